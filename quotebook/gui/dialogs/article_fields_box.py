"""The article an import files its quotes under: headline, outlet, URL, date, author,
dateline, filled from what the page says about itself and editable."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...core.extract import ArticleMeta


def buddy(text: str, field: QWidget) -> QLabel:
    """A label that names ``field`` (for screen readers) and focuses it on its mnemonic."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


class ArticleFieldsBox(QGroupBox):
    """The article's fields; :meth:`fields` gives those filled in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Article"))
        self.headline_edit = QLineEdit()
        self.outlet_edit = QLineEdit()
        self.url_edit = QLineEdit()
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.author_edit = QLineEdit()
        self.dateline_edit = QLineEdit()
        self.dateline_edit.setPlaceholderText(self.tr("where it was filed from, e.g. YEREVAN"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Headline:"), self.headline_edit)
        pair = QHBoxLayout()
        pair.addWidget(self.outlet_edit, 1)
        pair.addWidget(buddy(self.tr("&Published:"), self.date_edit))
        pair.addWidget(self.date_edit)
        pair.addWidget(buddy(self.tr("Au&thor:"), self.author_edit))
        pair.addWidget(self.author_edit, 1)
        form.addRow(buddy(self.tr("&Outlet:"), self.outlet_edit), pair)
        form.addRow(self.tr("&URL:"), self.url_edit)
        form.addRow(self.tr("D&ateline:"), self.dateline_edit)

    def show_meta(self, meta: ArticleMeta) -> None:
        """Fill the fields from what the page says about itself."""
        self.headline_edit.setText(meta.headline)
        self.outlet_edit.setText(meta.outlet)
        self.url_edit.setText(meta.url)
        self.date_edit.setText(meta.published_on.isoformat() if meta.published_on else "")
        self.author_edit.setText(meta.author)
        self.dateline_edit.setText(meta.dateline)
        for edit in (self.headline_edit, self.outlet_edit, self.url_edit, self.author_edit):
            edit.setCursorPosition(0)

    def put_fields(self, fields: dict[str, str]) -> None:
        """Fill the fields as :meth:`fields` gave them (what a lock kept)."""
        edits = {
            "headline": self.headline_edit,
            "outlet": self.outlet_edit,
            "url": self.url_edit,
            "published_on": self.date_edit,
            "author": self.author_edit,
            "dateline": self.dateline_edit,
        }
        for name, edit in edits.items():
            edit.setText(fields.get(name, ""))

    def fields(self) -> dict[str, str]:
        """The filled-in fields, named as :meth:`Library.add_article` takes them."""
        fields = {
            "headline": self.headline_edit.text(),
            "outlet": self.outlet_edit.text(),
            "url": self.url_edit.text(),
            "published_on": self.date_edit.text().strip(),
            "author": self.author_edit.text(),
            "dateline": self.dateline_edit.text(),
        }
        return {key: value for key, value in fields.items() if value.strip()}
