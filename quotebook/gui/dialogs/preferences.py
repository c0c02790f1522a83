"""Edit → Preferences: the language of the app (it changes at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from ..app.settings import Settings
from ..app.translation import LANGUAGES


class PreferencesDialog(QDialog):
    """The reporter's choices that outlive a library: for now, the language."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language:"))
        self.language_combo.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(settings.language())
        self.language_combo.setCurrentIndex(max(index, 0))
        note = QLabel(self.tr("The language changes when Quotebook next starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.set_language(str(self.language_combo.currentData()))
        self.settings.sync()
        super().accept()
