"""The article import's review list: one checkable row per proposed quote.

Each row keeps what the reporter has left of a proposal (text, speaker, age,
role, organisation, description) and the source it goes under: an existing one
or a new one made from its fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from ...core import Library, Source
from ...core.domain.validate import fold
from ...core.extract import SURE, Extraction, FileItem, Match, extract, match_sources
from ...core.extract.filing import already_filed, known_article

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
    confidence: float = 1.0  # how sure the extractor is of the speaker
    doubts: tuple[str, ...] = ()  # why it is less sure (the codes of Proposal.doubts)
    written: str = ""  # the speaker as the article writes them ("she")
    proposed: tuple[str, int | None] = ("", None)  # the speaker and source proposed
    position: int = 0  # where the quote stands in the article
    language: str = ""  # the quote's language, when the extractor tells ("ru")

    @property
    def unsure(self) -> bool:
        """An uncertain speaker the reporter has not yet changed: worth a second look."""
        untouched = (self.speaker, self.source_id) == self.proposed
        return self.confidence < SURE and untouched and self.existing is None

    def item(self) -> FileItem:
        """The quote to file, under its chosen source or a new one made from the fields."""
        quote = {"language": self.language} if self.language else {}
        if self.source_id is not None:
            return FileItem(self.text, self.source_id, quote=quote)
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
        return FileItem(self.text, None, fields, fold(f"{name}|{self.organization}"), quote)

    @property
    def fileable(self) -> bool:
        return self.source_id is not None or bool(self.speaker.strip() or self.label)


UNSURE_ROLE = Qt.ItemDataRole.UserRole + 1  # True for a speaker worth a second look
UNSURE_MARK = "⚠"


class Column(IntEnum):
    QUOTE = 0
    SPEAKER = 1
    SOURCE = 2


class ReviewModel(QAbstractTableModel):
    """The proposed quotes: checkable, with their speaker and the source they go under."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewModel", "Quote"),
        QT_TRANSLATE_NOOP("ReviewModel", "Speaker"),
        QT_TRANSLATE_NOOP("ReviewModel", "File under"),
    )

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
            return self.tr(str(self.HEADERS[section])) if 0 <= section < len(Column) else None
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
        if role == UNSURE_ROLE:
            return row.unsure
        if column == Column.SPEAKER and row.unsure:
            return self._unsure_data(row, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == Column.QUOTE:
                return row.text
            if column == Column.SPEAKER:
                return row.speaker or row.label
            return self.source_text(row)
        return None

    def _unsure_data(self, row: ReviewRow, role: int) -> Any:
        """The speaker cell of an unsure row: marked, and saying why."""
        if role == Qt.ItemDataRole.DisplayRole:
            nobody = self.tr("(nobody)")
            return f"{UNSURE_MARK} {row.speaker or row.label or nobody}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.doubt_text(row)
        return None

    def doubt_text(self, row: ReviewRow) -> str:
        """Why the speaker of ``row`` is unsure, in a sentence or two ("" when it is not)."""
        if not row.unsure:
            return ""
        who = row.speaker or row.label
        reasons = {
            "no-speaker": self.tr("No speaker found: choose who said it."),
            "unnamed": self.tr("The speaker is not named, only described."),
            "pronoun": self.tr("Speaker guessed from “%1”: check that it means %2.")
            .replace("%1", row.written)
            .replace("%2", who),
            "follow-on": self.tr("No attribution: taken to be %1, who spoke just before.").replace(
                "%1", who
            ),
            "introduced": self.tr(
                "No attribution and nobody spoke just before: taken to be %1, named last."
            ).replace("%1", who),
            "lone-name": self.tr(
                "“%1” is one word the article never introduced: check that it is a person, "
                "not a company or a body."
            ).replace("%1", who),
            "another-name": self.tr(
                "Another name is printed right after “%1”: check that the speaker was read whole."
            ).replace("%1", who),
            "partial": self.tr("A phrase inside the writer's own sentence."),
            "unclosed": self.tr("The closing quotation mark is missing: check where it ends."),
        }
        said = [reasons[code] for code in row.doubts if code in reasons]
        head = self.tr("Unsure speaker (confidence %1).").replace("%1", f"{row.confidence:.2f}")
        return " ".join([head, *said])

    def unsure_count(self) -> int:
        return sum(row.unsure for row in self.rows)

    def order(self, *, unsure_first: bool) -> None:
        """Show the unsure speakers first, or the quotes in the article's order."""
        self.beginResetModel()
        self.rows.sort(key=lambda row: (unsure_first and not row.unsure, row.position))
        self.endResetModel()

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
    for position, match in enumerate(matches):
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
                confidence=p.confidence,
                doubts=p.doubts,
                written=p.speaker,
                proposed=(p.speaker_name, match.source_id),
                position=position,
                language=p.language,
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
