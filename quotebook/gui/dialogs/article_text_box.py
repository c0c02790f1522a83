"""Where an article's text goes in the import: pasted or opened, read as which format."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .article_fields_box import buddy

FORMATS = (
    (QT_TRANSLATE_NOOP("ArticleTextBox", "Detect"), "auto"),
    (QT_TRANSLATE_NOOP("ArticleTextBox", "Plain text"), "text"),
    (QT_TRANSLATE_NOOP("ArticleTextBox", "Markdown"), "markdown"),
    (QT_TRANSLATE_NOOP("ArticleTextBox", "HTML page"), "html"),
)


class ArticleTextBox(QGroupBox):
    """The article's text, the Open and Find buttons, the format and a status line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Article text"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            self.tr("Paste the article here (plain text, Markdown or a page's HTML)…")
        )
        self.text_edit.setAccessibleName(self.tr("Article text"))
        self.open_button = QPushButton(self.tr("Open &file…"))
        self.format_combo = QComboBox()
        for label, value in FORMATS:
            self.format_combo.addItem(self.tr(str(label)), value)
        self.find_button = QPushButton(self.tr("Fi&nd quotes"))
        self.status_label = QLabel(self.tr("Paste an article or open a file."))
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(buddy(self.tr("&Read as:"), self.format_combo))
        row.addWidget(self.format_combo)
        row.addWidget(self.find_button)
        row.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(row)

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def format(self) -> str:
        return str(self.format_combo.currentData())

    def set_text(self, text: str, fmt: str) -> None:
        self.text_edit.setPlainText(text)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
