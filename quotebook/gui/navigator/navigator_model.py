"""The navigator's tree model: All quotes, Trash, Saved searches, Tags, Sources, Articles.

Top-level rows are fixed; the four sections hold one child per saved search, tag,
source or article with its quote count in the second column. Each entry knows the
search text that shows its quotes (``tag:"war"``, a saved search's query), so
picking an entry and typing that text in the search box are the same thing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from ...core import Listed, Listing, SavedSearch
from ...core.search.runner import term
from ..quotes.quote_model import QUOTE_IDS_MIME, quote_ids_from_mime

TAG_ID_MIME = "application/x-quotebook-tag-id"
SOURCE_ID_MIME = "application/x-quotebook-source-id"

Index = QModelIndex | QPersistentModelIndex


class Kind(IntEnum):
    """Sections by their row, then the kinds of their entries."""

    ALL = 0
    TRASH = 1
    SEARCHES = 2
    TAGS = 3
    SOURCES = 4
    ARTICLES = 5
    TAG = 6
    SOURCE = 7
    ARTICLE = 8
    SEARCH = 9


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    ENTRY_ID = Qt.ItemDataRole.UserRole + 2
    FILTER = Qt.ItemDataRole.UserRole + 3  # the search text for this entry
    COUNT = Qt.ItemDataRole.UserRole + 4


class NavColumn(IntEnum):
    NAME = 0
    COUNT = 1


SECTIONS = (Kind.ALL, Kind.TRASH, Kind.SEARCHES, Kind.TAGS, Kind.SOURCES, Kind.ARTICLES)
_CHILD_KIND = {
    Kind.SEARCHES: Kind.SEARCH,
    Kind.TAGS: Kind.TAG,
    Kind.SOURCES: Kind.SOURCE,
    Kind.ARTICLES: Kind.ARTICLE,
}
_FIELD = {Kind.TAG: "tag", Kind.SOURCE: "source", Kind.ARTICLE: "article"}
_TOP = 0  # internal id of top-level rows; children carry their section's row + 1
_PLACE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# Saved searches and Tags only title their entries: nothing to show, so not selectable
# (Sources and Articles open their views).
_TITLES = (Kind.SEARCHES, Kind.TAGS)
_TITLE_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ENTRY_FLAGS = _PLACE_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
_TAG_FLAGS = _ENTRY_FLAGS | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
# (sources too: a source dropped on another is merged into it)


Entry = Listed  # one tag, source or article as the navigator lists it
Item = Listed | SavedSearch  # any entry of a section
Contents = Listing  # everything the navigator shows, read on the worker in one go


def _dot(color: str) -> QIcon:
    """A small filled circle in a tag's colour."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class NavigatorModel(QAbstractItemModel):
    """A two-level tree: fixed sections, and the entries of Tags, Sources and Articles."""

    quotes_dropped_on_tag = Signal(list, int)  # quote ids, tag id
    tag_dropped_on_tag = Signal(int, int)  # dropped tag id, target tag id
    source_dropped_on_source = Signal(int, int)  # dropped source id, target source id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contents = Contents(0, 0, (), (), ())
        self._read = False  # the first counts are still being read
        self._icons: dict[str, QIcon] = {}
        translate = QCoreApplication.translate  # lupdate reads the literal calls below
        self._titles = {
            Kind.ALL: translate("Navigator", "All quotes"),
            Kind.TRASH: translate("Navigator", "Trash"),
            Kind.SEARCHES: translate("Navigator", "Saved searches"),
            Kind.TAGS: translate("Navigator", "Tags"),
            Kind.SOURCES: translate("Navigator", "Sources"),
            Kind.ARTICLES: translate("Navigator", "Articles"),
        }

    # -- contents ---------------------------------------------------------------

    def entries(self, section: Kind) -> tuple[Item, ...]:
        if section is Kind.SEARCHES:
            return self._contents.searches
        if section is Kind.TAGS:
            return self._contents.tags
        if section is Kind.SOURCES:
            return self._contents.sources
        if section is Kind.ARTICLES:
            return self._contents.articles
        return ()

    @property
    def counts_read(self) -> bool:
        """Whether the library's counts have been read (shown as blanks until then)."""
        return self._read

    def set_contents(self, contents: Contents) -> None:
        """Show new lists and counts, moving rows only where the lists differ."""
        self._read = True
        old = self._contents
        for section in _CHILD_KIND:
            self._replace_section(section, self.entries(section), _pick(contents, section))
        self._contents = contents
        if (old.quotes, old.trashed_quotes) != (contents.quotes, contents.trashed_quotes):
            first = self.index(Kind.ALL, NavColumn.COUNT)
            self.dataChanged.emit(first, self.index(Kind.TRASH, NavColumn.COUNT))

    def _replace_section(self, section: Kind, old: tuple[Item, ...], new: tuple[Item, ...]) -> None:
        parent = self.index(section, 0)
        if [e.id for e in old] == [e.id for e in new]:
            self._contents = _with_section(self._contents, section, new)
            if new and old != new:
                last = self.index(len(new) - 1, NavColumn.COUNT, parent)
                self.dataChanged.emit(self.index(0, 0, parent), last)
            return
        if old:
            self.beginRemoveRows(parent, 0, len(old) - 1)
            self._contents = _with_section(self._contents, section, ())
            self.endRemoveRows()
        if new:
            self.beginInsertRows(parent, 0, len(new) - 1)
            self._contents = _with_section(self._contents, section, new)
            self.endInsertRows()

    def find_filter(self, text: str, trash: bool) -> QModelIndex:
        """The entry whose search text is ``text`` (Trash when ``trash``), else invalid."""
        if trash:
            return self.index(Kind.TRASH, 0) if not text.strip() else QModelIndex()
        if not text.strip():
            return self.index(Kind.ALL, 0)
        text = text.strip()
        for row, search in enumerate(self._contents.searches):
            if search.query.strip() == text:
                return self.index(row, 0, self.index(Kind.SEARCHES, 0))
        for section in (Kind.TAGS, Kind.SOURCES, Kind.ARTICLES):
            if not text.startswith(f"{_FIELD[_CHILD_KIND[section]]}:"):
                continue
            parent = self.index(section, 0)
            for row, entry in enumerate(self.entries(section)):
                # A name written plainly or in quotes stands in the text as it is
                # (unless it holds a quote mark or a backslash, which are escaped):
                # most entries of a large library are passed over without writing
                # out their filter.
                plain = '"' not in entry.name and "\\" not in entry.name
                if plain and entry.name not in text:
                    continue
                if entry_filter(_CHILD_KIND[section], entry) == text:
                    return self.index(row, 0, parent)
        return QModelIndex()

    def entry_index(self, kind: Kind, entry_id: int) -> QModelIndex:
        """The row of one tag, source or article (``kind`` is TAG, SOURCE or ARTICLE)."""
        section = next(s for s, child in _CHILD_KIND.items() if child is kind)
        parent = self.index(section, 0)
        for row, entry in enumerate(self.entries(section)):
            if entry.id == entry_id:
                return self.index(row, 0, parent)
        return QModelIndex()

    # -- Qt's model interface -------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(SECTIONS)
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        return len(self.entries(Kind(parent.row())))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(NavColumn)

    def _kind(self, index: Index) -> Kind:
        if index.internalId() == _TOP:
            return Kind(index.row())
        return _CHILD_KIND[Kind(index.internalId() - 1)]

    def _entry(self, index: Index) -> Item:
        return self.entries(Kind(index.internalId() - 1))[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind = self._kind(index)
        if role == Role.KIND:
            return int(kind)
        if index.internalId() == _TOP:
            return self._section_data(kind, index.column(), role)
        entry = self._entry(index)
        return self._entry_data(kind, entry, index.column(), role)

    def _section_data(self, kind: Kind, column: int, role: int) -> Any:
        totals = {Kind.ALL: self._contents.quotes, Kind.TRASH: self._contents.trashed_quotes}
        count = totals.get(kind) if self._read else None  # no "0" before the counts are read
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NavColumn.NAME:
                return self._titles[kind]
            return f"{count:,}" if count is not None else None
        if role == Role.FILTER and kind in (Kind.ALL, Kind.TRASH):
            return ""
        if role == Role.COUNT:
            return count
        if role == Qt.ItemDataRole.FontRole and kind in _CHILD_KIND:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NavColumn.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _entry_data(self, kind: Kind, entry: Item, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name if column == NavColumn.NAME else _count(entry)
        if role == Qt.ItemDataRole.ToolTipRole and column == NavColumn.NAME:
            return entry.query if isinstance(entry, SavedSearch) else entry.name
        if role == Role.ENTRY_ID:
            return entry.id
        if role == Role.FILTER:
            return entry_filter(kind, entry)
        if role == Role.COUNT:
            return entry.quote_count
        if role == Qt.ItemDataRole.DecorationRole and column == NavColumn.NAME:
            return self._icon(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NavColumn.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _icon(self, entry: Item) -> QIcon | None:
        if isinstance(entry, SavedSearch) or not entry.color:
            return None
        icon = self._icons.get(entry.color)
        if icon is None:
            icon = self._icons[entry.color] = _dot(entry.color)
        return icon

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every entry each time a section opens: worked out once, below.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _TOP:
            return _TITLE_FLAGS if index.row() in _TITLES else _PLACE_FLAGS
        section = index.internalId() - 1
        return _TAG_FLAGS if section in (Kind.TAGS, Kind.SOURCES) else _ENTRY_FLAGS

    def match(
        self,
        start: Index,
        role: int,
        value: Any,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """Qt's match, passing over the titles, which cannot be selected.

        The tree view's type-ahead puts its cursor on the first index found here,
        whatever its flags: "t" typed on Trash would land on Tags, "sa" on Saved
        searches, and the quotes listed would not follow.
        """
        if start.parent().isValid():  # one section's entries: every one selectable
            return super().match(start, role, value, hits, flags)
        found = super().match(start, role, value, -1, flags)
        places = [i for i in found if self.flags(i) & Qt.ItemFlag.ItemIsSelectable]
        return places if hits < 0 else places[:hits]

    # -- drag and drop: quotes onto a tag, a tag onto another -------------------

    def mimeTypes(self) -> list[str]:
        return [TAG_ID_MIME, SOURCE_ID_MIME, QUOTE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        tags = [self._entry(i).id for i in indexes if i.isValid() and self._kind(i) is Kind.TAG]
        if tags:
            data.setData(TAG_ID_MIME, json.dumps(tags[0]).encode())
        sources = [
            self._entry(i).id for i in indexes if i.isValid() and self._kind(i) is Kind.SOURCE
        ]
        if sources:
            data.setData(SOURCE_ID_MIME, json.dumps(sources[0]).encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if not parent.isValid():
            return False
        if self._kind(parent) is Kind.SOURCE:
            return data.hasFormat(SOURCE_ID_MIME)
        if self._kind(parent) is not Kind.TAG:
            return False
        return data.hasFormat(QUOTE_IDS_MIME) or data.hasFormat(TAG_ID_MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        """Announce a drop on a tag; the window acts on it through the library."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self._entry(parent).id
        if self._kind(parent) is Kind.SOURCE:
            source_id = id_from_mime(data, SOURCE_ID_MIME)
            if source_id is None or source_id == target:
                return False
            self.source_dropped_on_source.emit(source_id, target)
            return True
        quote_ids = quote_ids_from_mime(data)
        if quote_ids:
            self.quotes_dropped_on_tag.emit(quote_ids, target)
            return True
        tag_id = tag_id_from_mime(data)
        if tag_id is not None and tag_id != target:
            self.tag_dropped_on_tag.emit(tag_id, target)
            return True
        return False


def entry_filter(kind: Kind, entry: Item) -> str:
    """The search text that lists an entry's quotes."""
    if isinstance(entry, SavedSearch):
        return entry.query
    return term(_FIELD[kind], entry.name)


def _count(entry: Item) -> str:
    capped = isinstance(entry, SavedSearch) and entry.capped
    return f"{entry.quote_count:,}{'+' if capped else ''}"


def tag_id_from_mime(data: QMimeData) -> int | None:
    return id_from_mime(data, TAG_ID_MIME)


def id_from_mime(data: QMimeData, mime: str) -> int | None:
    """The one tag or source id a drag carries under ``mime``, if any."""
    if not data.hasFormat(mime):
        return None
    try:
        value = json.loads(bytes(data.data(mime).data()).decode())
    except ValueError:
        return None
    return value if isinstance(value, int) else None


def _pick(contents: Contents, section: Kind) -> tuple[Item, ...]:
    return {
        Kind.SEARCHES: contents.searches,
        Kind.TAGS: contents.tags,
        Kind.SOURCES: contents.sources,
        Kind.ARTICLES: contents.articles,
    }[section]


def _with_section(contents: Contents, section: Kind, entries: tuple[Any, ...]) -> Contents:
    if section is Kind.SEARCHES:
        return replace(contents, searches=entries)
    if section is Kind.TAGS:
        return replace(contents, tags=entries)
    if section is Kind.SOURCES:
        return replace(contents, sources=entries)
    return replace(contents, articles=entries)
