"""The fields of the quote selected in the article import's review list.

The quote's text, speaker, age, role, organisation and description as the
extractor proposed them, editable, and the source it goes under: a new one or any
source of the library.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import Source
from .article_review_model import NEW, UNSURE_MARK, ReviewRow


class ReviewDetail(QWidget):
    """Edits one review row; ``edited`` says the reporter changed a field."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.quote_edit = QPlainTextEdit()
        self.quote_edit.setTabChangesFocus(True)
        self.speaker_edit = QLineEdit()
        self.age_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.organization_edit = QLineEdit()
        self.description_edit = QLineEdit()
        self.source_combo = QComboBox()
        self.doubt_label = QLabel()
        self.doubt_label.setWordWrap(True)
        self.doubt_label.setAccessibleName(self.tr("Why the speaker is unsure"))
        self.doubt_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.doubt_label)  # outside the form, which squeezes wrapped text
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("&Quote:"), self.quote_edit)
        form.addRow(self.tr("Spea&ker:"), self.speaker_edit)
        form.addRow(self.tr("A&ge:"), self.age_edit)
        form.addRow(self.tr("Ro&le:"), self.role_edit)
        form.addRow(self.tr("Organ&isation:"), self.organization_edit)
        form.addRow(self.tr("&Described as:"), self.description_edit)
        form.addRow(self.tr("Fil&e under:"), self.source_combo)
        self.quote_edit.textChanged.connect(self._on_field_edited)
        for edit in self._line_edits():
            edit.textEdited.connect(self._on_field_edited)
        self.source_combo.activated.connect(self._on_field_edited)
        self.setEnabled(False)

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        return (self.speaker_edit, self.age_edit, self.role_edit,
                self.organization_edit, self.description_edit)  # fmt: skip

    def fill_sources(self, sources: list[Source]) -> None:
        """The "File under" choices: a new source, then every source of the library."""
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("New source"), NEW)
        for source in sources:
            detail = ", ".join(p for p in (source.role, source.organization) if p)
            text = f"{source.name} ({detail})" if detail else source.name
            self.source_combo.addItem(f"#{source.id} {text}", source.id)

    def show_row(self, row: ReviewRow, doubt: str = "") -> None:
        """Show ``row``'s fields without reporting them as edited, and why its speaker is
        unsure (``doubt``, blank for a sure one)."""
        self.show_doubt(doubt)
        self._loading = True
        self.quote_edit.setPlainText(row.text)
        self.speaker_edit.setText(row.speaker)
        self.speaker_edit.setPlaceholderText(row.label)
        self.age_edit.setText(row.age)
        self.role_edit.setText(row.role)
        self.organization_edit.setText(row.organization)
        self.description_edit.setText(row.description)
        choice = NEW if row.source_id is None else row.source_id
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(choice)))
        for edit in self._line_edits():
            edit.setCursorPosition(0)  # a long description shows its start
        self._loading = False

    def show_doubt(self, doubt: str) -> None:
        self.doubt_label.setText(f"{UNSURE_MARK} {doubt}" if doubt else "")
        self.doubt_label.setVisible(bool(doubt))

    def read_into(self, row: ReviewRow) -> None:
        """Copy the fields as edited into ``row``."""
        row.text = self.quote_edit.toPlainText()
        row.speaker = self.speaker_edit.text()
        row.age = self.age_edit.text()
        row.role = self.role_edit.text()
        row.organization = self.organization_edit.text()
        row.description = self.description_edit.text()
        choice = self.source_combo.currentData()
        row.source_id = None if choice in (None, NEW) else int(choice)

    def _on_field_edited(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
