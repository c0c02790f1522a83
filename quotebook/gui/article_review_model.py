"""The article import's review list: one checkable row per proposed quote.

Each row keeps what the reporter has left of a proposal (text, speaker, age,
role, organisation, description) and the source it goes under: an existing one
or a new one made from its fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from ..core import Library, Source
from ..core.extract import Extraction, FileItem, Match, extract, match_sources
from ..core.extract.filing import already_filed, known_article
from ..core.validate import fold

AnyIndex = QModelIndex | QPersistentModelIndex
NEW = -1  # the "File under" choice that makes a new source


@dataclass
class ReviewRow:
    """One proposed quote as the reporter has left it."""

    checked: bool
    text: str
    speaker: str
    age: str
    role: str
    organization: str
    description: str
    source_id: int | None
    label: str  # what a new source would be called
    existing: int | None = None  # the same words by the same source, already filed

    def item(self) -> FileItem:
        """The quote to file, under its chosen source or a new one made from the fields."""
        if self.source_id is not None:
            return FileItem(self.text, self.source_id)
        name = self.speaker.strip() or self.label
        fields: dict[str, Any] = {
            "name": name,
            "role": self.role,
            "organization": self.organization,
        }
        if self.age.strip():
            fields["age"] = self.age.strip()
        if not self.speaker.strip() and self.description:
            fields["described_as"] = self.description
        return FileItem(self.text, None, fields, fold(f"{name}|{self.organization}"))

    @property
    def fileable(self) -> bool:
        return self.source_id is not None or bool(self.speaker.strip() or self.label)


class Column(IntEnum):
    QUOTE = 0
    SPEAKER = 1
    SOURCE = 2


class ReviewModel(QAbstractTableModel):
    """The proposed quotes: checkable, with their speaker and the source they go under."""

    HEADERS = ("Quote", "Speaker", "File under")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewRow] = []
        self.source_names: dict[int, str] = {}

    def reset(self, rows: list[ReviewRow], source_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.source_names = rows, source_names
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section]) if 0 <= section < len(Column) else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.QUOTE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.QUOTE:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == Column.QUOTE:
                return row.text
            if column == Column.SPEAKER:
                return row.speaker or row.label
            return self.source_text(row)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self.rows[index.row()].checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def source_text(self, row: ReviewRow) -> str:
        if row.existing is not None:
            return self.tr("Already in the library (#%1)").replace("%1", str(row.existing))
        if row.source_id is not None:
            return f"#{row.source_id} {self.source_names.get(row.source_id, '')}"
        name = row.speaker.strip() or row.label
        return self.tr("New: %1").replace("%1", name) if name else self.tr("(choose a source)")

    def row_changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(Column) - 1))


def rows_from(matches: list[Match]) -> list[ReviewRow]:
    """Review rows for the extractor's proposals: checked when a speaker was found."""
    rows = []
    for match in matches:
        p = match.proposal
        rows.append(
            ReviewRow(
                checked=match.source_id is not None or bool(p.source_label),
                text=p.text,
                speaker=p.speaker_name,
                age="" if p.age is None else str(p.age),
                role=p.role,
                organization=p.organization,
                description=p.description,
                source_id=match.source_id,
                label=p.source_label,
            )
        )
    return rows


# What finding quotes brings back: the extraction, its speakers matched to sources,
# the sources, each quote's copy already in the library, the article already there.
Found = tuple[Extraction, list[Match], list[Source], list[int | None], int | None]


def find_in(library: Library, text: str, fmt: str) -> Found:
    """Extract an article's quotes and match their speakers (on the worker)."""
    extraction = extract(text, fmt=fmt)
    sources = library.list_sources()
    matches = match_sources(extraction.proposals, sources)
    items = [FileItem(m.proposal.text, m.source_id) for m in matches]
    filed = already_filed(library, items)
    return extraction, matches, sources, filed, known_article(library, extraction.meta.fields())
