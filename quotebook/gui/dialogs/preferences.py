"""Edit → Preferences: the language of the app (it changes at the next start) and how
long an encrypted library stays open without input before it locks."""

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

LOCK_CHOICES = (1, 5, 15, 30, 60, 0)  # minutes; 0: never


class PreferencesDialog(QDialog):
    """The reporter's choices that outlive a library: the language, the idle lock."""

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
        self.lock_combo = self._lock_combo(settings.lock_after_minutes())
        lock_note = QLabel(
            self.tr(
                "An encrypted library locks after this long without use, and asks for "
                "its passphrase again."
            )
        )
        lock_note.setWordWrap(True)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(note)
        form.addRow(self.tr("&Lock after:"), self.lock_combo)
        form.addRow(lock_note)
        form.addRow(buttons)

    def _lock_combo(self, minutes: int) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Lock after:"))
        for choice in LOCK_CHOICES:
            text = self._minutes(choice) if choice else self.tr("Never")
            combo.addItem(text, choice)
        index = combo.findData(minutes)
        if index < 0:  # a value set by hand in the settings file: shown as it is
            combo.addItem(self._minutes(minutes), minutes)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        return combo

    def _minutes(self, minutes: int) -> str:
        return self.tr("{n} min").format(n=minutes)  # "min" takes no plural form

    def accept(self) -> None:
        self.settings.set_language(str(self.language_combo.currentData()))
        self.settings.set_lock_after_minutes(int(self.lock_combo.currentData()))
        self.settings.sync()
        super().accept()
