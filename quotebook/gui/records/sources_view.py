"""The sources view: every source with its quote count, and the selected one's form."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...core import Changes, Library, Source
from ...core.domain.validate import fold
from ..app.worker import Worker
from .record_form import NewRecordDialog
from .record_model import RecordTableModel
from .record_view import RecordsView, search_term
from .source_editor import NewSourceDialog, SourceEditor, rule_text


class SourceColumn(IntEnum):
    """Columns in display order: the count right after the name, where it stays in view."""

    NAME = 0
    QUOTES = 1
    PSEUDONYM = 2
    AGE = 3
    ROLE = 4
    ORGANIZATION = 5
    LOCATION = 6
    GROUND_RULE = 7


_HEADERS = {
    SourceColumn.NAME: "Name",
    SourceColumn.PSEUDONYM: "Pseudonym",
    SourceColumn.AGE: "Age",
    SourceColumn.ROLE: "Role",
    SourceColumn.ORGANIZATION: "Organisation",
    SourceColumn.LOCATION: "Location",
    SourceColumn.GROUND_RULE: "Ground rule",  # the default for new quotes, as in the form
    SourceColumn.QUOTES: "Quotes",
}


class SourceTableModel(RecordTableModel):
    """One row per live source (:class:`~quotebook.core.Source` values)."""

    COLUMNS: ClassVar[type[IntEnum]] = SourceColumn
    RIGHT_ALIGNED: ClassVar[frozenset[int]] = frozenset({SourceColumn.AGE, SourceColumn.QUOTES})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def header(self, column: int) -> str:
        return self.tr(_HEADERS[SourceColumn(column)])

    def cell(self, record: Source, column: int) -> str:
        match SourceColumn(column):
            case SourceColumn.NAME:
                return record.name
            case SourceColumn.PSEUDONYM:
                return self.tr("yes") if record.is_pseudonym else ""
            case SourceColumn.AGE:
                return "" if record.age is None else str(record.age)
            case SourceColumn.ROLE:
                return record.role
            case SourceColumn.ORGANIZATION:
                return record.organization
            case SourceColumn.LOCATION:
                return record.location
            case SourceColumn.GROUND_RULE:
                return rule_text(record.default_ground_rule)
            case SourceColumn.QUOTES:
                return str(record.quote_count)

    def sort_key(self, record: Source, column: int) -> Any:
        match SourceColumn(column):
            case SourceColumn.AGE:
                return record.age
            case SourceColumn.QUOTES:
                return record.quote_count
            case SourceColumn.PSEUDONYM:
                return int(record.is_pseudonym)
            case SourceColumn.GROUND_RULE:
                return list(type(record.default_ground_rule)).index(record.default_ground_rule)
            case _:
                return fold(self.cell(record, column))

    def tooltip(self, record: Source, column: int) -> str | None:
        if column == SourceColumn.NAME and record.described_as:
            return record.described_as
        return None


class SourcesView(RecordsView):
    """Sources table, filter box and source form; edits save as they are made.

    ``SourcesView(library, worker, parent)``; call :meth:`reload` once to fill it.
    Signals (from :class:`RecordsView`): ``quotes_requested(str)`` with a search such
    as ``source:"Sasha"``, and ``changed(Changes)`` after each edit.
    """

    def __init__(self, library: Library, worker: Worker, parent: QWidget | None = None) -> None:
        self.library = library
        self.source_editor = SourceEditor(library)
        super().__init__(worker, SourceTableModel(), self.source_editor, parent)
        self.model.setParent(self)
        self.filter_box.setAccessibleName(self.tr("Filter sources"))
        self.table.setAccessibleName(self.tr("Sources"))
        self.filter_box.setPlaceholderText(self.tr("Filter sources by name, role, organisation…"))
        self.new_button.setText(self.tr("New source…"))

    def fetch_all(self) -> list[Source]:
        return self.library.list_sources()

    def fetch_one(self, record_id: int) -> Source:
        return self.library.get_source(record_id)

    def changed_ids(self, changes: Changes) -> frozenset[int]:
        return changes.sources

    def quotes_query(self, record: Source) -> str:
        return search_term("source", record.name)

    def new_dialog(self) -> NewRecordDialog:
        return NewSourceDialog(self.library)

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("1 source") if total == 1 else self.tr("{n} sources").format(n=total)
        return self.tr("{shown} of {total} sources").format(shown=shown, total=total)
