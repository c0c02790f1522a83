"""The article form: beside the articles table, and as the "New article…" dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ...core import Article, Changes, Library
from .record_form import NewRecordDialog, RecordForm


class ArticleEditor(RecordForm):
    """The fields of one article.

    ``ArticleEditor(library, autosave=True)`` edits the article given to
    :meth:`load`, writing each field as it is finished (``saved(Changes)`` follows);
    a URL another article has, or a date that is not ``YYYY-MM-DD``, is shown under
    its field and nothing is written. ``autosave=False`` makes a draft for
    :class:`NewArticleDialog`.
    """

    def __init__(
        self, library: Library, *, autosave: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(autosave=autosave, parent=parent)
        self.library = library
        self.add_line("headline", self.tr("Headline:"))
        self.add_line("outlet", self.tr("Outlet:"), placeholder=self.tr("newspaper, site"))
        self.add_line("url", self.tr("URL:"), placeholder="https://")
        self.add_line("published_on", self.tr("Published on:"), placeholder=self.tr("YYYY-MM-DD"))
        self.add_line("author", self.tr("Author:"))
        self.add_line("dateline", self.tr("Dateline:"), placeholder=self.tr("city"))
        self.add_text("notes", self.tr("Notes:"))
        self.load(None)

    def fetch(self, record_id: int) -> Article:
        return self.library.get_article(record_id)

    def stored_values(self, record: Article) -> dict[str, Any]:
        published = record.published_on
        return {
            "headline": record.headline,
            "outlet": record.outlet,
            "url": record.url or "",
            "published_on": "" if published is None else published.isoformat(),
            "author": record.author,
            "dateline": record.dateline,
            "notes": record.notes,
        }

    def write(self, record_id: int, field: str, value: Any) -> Changes:
        return self.library.update_article(record_id, **{field: value})

    def create_record(self, values: dict[str, Any]) -> Changes:
        fields = dict(values)
        return self.library.add_article(fields.pop("headline"), **fields)


class NewArticleDialog(NewRecordDialog):
    """ "New article…": a blank article form; ``created(int)`` gives the new article's id.

    ``NewArticleDialog(library, parent)``, then ``open()``; ``changed(Changes)`` also
    carries what was written.
    """

    kind = "article"

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        editor = ArticleEditor(library, autosave=False)
        super().__init__(editor, editor.tr("New article"), parent)
        self.editor = editor
