"""The articles view: every article with its quote count, and the selected one's form."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from ...core import Article, Changes, Library
from ...core.domain.validate import fold
from ..app.worker import Worker
from .article_editor import ArticleEditor, NewArticleDialog
from .record_form import NewRecordDialog
from .record_model import RecordTableModel
from .record_view import RecordsView, search_term


class ArticleColumn(IntEnum):
    """Columns in display order: the count right after the headline, where it stays in view."""

    HEADLINE = 0
    QUOTES = 1
    PUBLISHED_ON = 2
    OUTLET = 3
    AUTHOR = 4
    DATELINE = 5
    URL = 6


_HEADERS = {
    ArticleColumn.HEADLINE: "Headline",
    ArticleColumn.OUTLET: "Outlet",
    ArticleColumn.URL: "URL",
    ArticleColumn.PUBLISHED_ON: "Published",
    ArticleColumn.AUTHOR: "Author",
    ArticleColumn.DATELINE: "Dateline",
    ArticleColumn.QUOTES: "Quotes",
}


class ArticleTableModel(RecordTableModel):
    """One row per article (:class:`~quotebook.core.Article` values)."""

    COLUMNS: ClassVar[type[IntEnum]] = ArticleColumn
    RIGHT_ALIGNED: ClassVar[frozenset[int]] = frozenset({ArticleColumn.QUOTES})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def header(self, column: int) -> str:
        return self.tr(_HEADERS[ArticleColumn(column)])

    def cell(self, record: Article, column: int) -> str:
        match ArticleColumn(column):
            case ArticleColumn.HEADLINE:
                return record.headline
            case ArticleColumn.OUTLET:
                return record.outlet
            case ArticleColumn.URL:
                return record.url or ""
            case ArticleColumn.PUBLISHED_ON:
                return "" if record.published_on is None else record.published_on.isoformat()
            case ArticleColumn.AUTHOR:
                return record.author
            case ArticleColumn.DATELINE:
                return record.dateline
            case ArticleColumn.QUOTES:
                return str(record.quote_count)

    def sort_key(self, record: Article, column: int) -> Any:
        match ArticleColumn(column):
            case ArticleColumn.PUBLISHED_ON:
                return record.published_on
            case ArticleColumn.QUOTES:
                return record.quote_count
            case _:
                return fold(self.cell(record, column))

    def tooltip(self, record: Article, column: int) -> str | None:
        if column in (ArticleColumn.HEADLINE, ArticleColumn.URL):
            return self.cell(record, column) or None
        return None


class ArticlesView(RecordsView):
    """Articles table, filter box and article form; edits save as they are made.

    ``ArticlesView(library, worker, parent)``; call :meth:`reload` once to fill it.
    Signals (from :class:`RecordsView`): ``quotes_requested(str)`` with a search such
    as ``article:"Headline"``, and ``changed(Changes)`` after each edit.
    """

    def __init__(self, library: Library, worker: Worker, parent: QWidget | None = None) -> None:
        self.library = library
        super().__init__(worker, ArticleTableModel(), ArticleEditor(library), parent)
        self.model.setParent(self)
        self.table.sortByColumn(ArticleColumn.PUBLISHED_ON, Qt.SortOrder.DescendingOrder)
        self.filter_box.setAccessibleName(self.tr("Filter articles"))
        self.table.setAccessibleName(self.tr("Articles"))
        self.filter_box.setPlaceholderText(self.tr("Filter articles by headline, outlet, author…"))
        self.new_button.setText(self.tr("New article…"))

    def fetch_all(self) -> list[Article]:
        return self.library.list_articles()

    def fetch_one(self, record_id: int) -> Article:
        return self.library.get_article(record_id)

    def changed_ids(self, changes: Changes) -> frozenset[int]:
        return changes.articles

    def quotes_query(self, record: Article) -> str:
        return search_term("article", record.headline)

    def new_dialog(self) -> NewRecordDialog:
        return NewArticleDialog(self.library)

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("1 article") if total == 1 else self.tr("{n} articles").format(n=total)
        return self.tr("{shown} of {total} articles").format(shown=shown, total=total)
