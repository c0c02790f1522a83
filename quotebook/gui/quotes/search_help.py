"""The search syntax table, shown by the search box's "?" button and by F1.

The rows are the README's "Search syntax" table; a test keeps the two the same.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

ROWS: tuple[tuple[str, str], ...] = (
    ("exod", "quotes with a word starting so (“exodus”)"),
    ("left march", "quotes matching all the terms"),
    ('"left in march"', "an exact phrase (whole words, in this order)"),
    ('tag:draft, tag:"remote work"', "quotes carrying this tag (the whole tag name)"),
    ("source:sas", "a source's name has a word starting so"),
    ("org:vektor", "the source's organisation, the same way"),
    ('outlet:"meridian post"', "the article's outlet, the same way"),
    ("article:exodus", "the article's headline, the same way"),
    (
        "rule:on_record",
        "the ground rule: on_record (on), background (bg), "
        "deep_background (deep), off_record (off)",
    ),
    ("status:verified", "unverified, verified or disputed"),
    ("said:2024, said:2024-03, said:2024-03-14", "said in that year, month or day"),
    ("said>=2024-03-01, said<=2024-03", "said on or after / on or before"),
    ("said>2024, said<2024-03-14", "said after / before"),
    ('-word, -"a phrase", -tag:x', "leaves out quotes matching the term"),
    ("draft OR exemption", "either term"),
    ("(draft OR visa) -army", "parentheses group terms"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchHelp", text)


def syntax_html() -> str:
    rows = "".join(
        f"<tr><td><code>{escape(query)}</code></td><td>{escape(_tr(finds))}</td></tr>"
        for query, finds in ROWS
    )
    note = _tr(
        "Case, accents and Unicode form are ignored. Words search the quote's text, "
        "translation, original text, context and notes, and also its source's printed "
        "name, its tags and its article's headline and outlet; quotes with the words "
        "in their own text come first. Escape clears the search."
    )
    return (
        f"<table cellspacing='0' cellpadding='4' border='1'>"
        f"<tr><th>{_tr('Query')}</th><th>{_tr('Finds')}</th></tr>{rows}</table>"
        f"<p>{escape(note)}</p>"
    )


class SearchHelp(QDialog):
    """The syntax table in a small window that can stay open beside the search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search syntax"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Search syntax"))
        self.browser.setHtml(syntax_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 520)
