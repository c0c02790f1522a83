"""A sortable, filterable table of records with an editor for the selected one.

The sources and articles views are both a :class:`RecordsView`: the table on the
left, the record's form on the right, a filter box and buttons above. The list is
read on the worker thread; after an edit only the rows the core's ``Changes``
name are read again (a change to quotes re-reads the list for its counts, off the
GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...core import Changes, NotFoundError
from ...core.search.parse import term
from ..app.worker import Worker
from .record_form import NewRecordDialog, RecordForm
from .record_model import RecordFilterProxy, RecordTableModel, Role

# More changed rows than this are read back as a whole new list on the worker.
MAX_ROWS_READ_ON_GUI = 50
MAX_FITTED = 200  # pixels: a long headline or role is elided, and whole in the form


def while_alive(owner: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """``callback``, skipped once ``owner`` is deleted (a worker result after its dialog closed)."""

    def call(*args: Any) -> None:
        if isValid(owner):
            callback(*args)

    return call


def fit_widths(wanted: list[int], available: int, floor: int = 60) -> list[int]:
    """Column widths that fill ``available`` pixels.

    Room to spare goes to the first column (the name or headline). When there is
    too little, the first column keeps its width and the widest of the others give
    way first, none below ``floor``: their text is elided, and whole in the form.
    """
    if not wanted:
        return []
    spare = available - sum(wanted)
    if spare >= 0:
        return [wanted[0] + spare, *wanted[1:]]
    first, rest = wanted[0], wanted[1:]
    room = available - first
    cap = max(rest, default=floor)
    while cap > floor and sum(min(width, cap) for width in rest) > room:
        cap -= 1
    trimmed = [min(width, cap) for width in rest]
    return [first + max(room - sum(trimmed), 0), *trimmed]  # the pixels left, to the first


def search_term(field: str, value: str) -> str:
    """The search syntax for one field's value, quoted when needed: ``source:"Sasha K."``."""
    return term(field, value)


class RecordsView(QWidget):
    """Table, filter box and editor of one kind of record.

    Signals: ``quotes_requested(str)`` carries the search that lists the selected
    record's quotes; ``changed(Changes)`` follows every edit made here (the window
    passes it on to its other views). Call :meth:`apply_changes` with changes made
    elsewhere (undo, the quote editor) and :meth:`reload` after an import.
    """

    quotes_requested = Signal(str)
    changed = Signal(object)

    def __init__(
        self,
        worker: Worker,
        model: RecordTableModel,
        editor: RecordForm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.model = model
        self.editor = editor
        editor.worker = worker
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.table = self._make_table()
        self._fit_pending = False
        self._stale = False  # the list changed while the view was hidden
        self._loaded = False
        self.filter_box = QLineEdit()
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter_box_text_changed)
        self.count_label = QLabel()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.open_new_dialog)
        self.show_quotes_button = QPushButton(self.tr("Show quotes"))
        self.show_quotes_button.setEnabled(False)
        self.show_quotes_button.clicked.connect(self.request_quotes)
        self.show_quotes_action = QAction(self.tr("Show quotes"), self)
        self.show_quotes_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.show_quotes_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.show_quotes_action.triggered.connect(self.request_quotes)
        self.table.addAction(self.show_quotes_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        editor.saved.connect(self._on_editor_saved)
        model.rowsInserted.connect(self._update_count)
        model.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._lay_out()

    # -- what subclasses provide ------------------------------------------

    def fetch_all(self) -> Sequence[Any]:
        """Every record with its quote count (runs on the worker thread)."""
        raise NotImplementedError

    def fetch_one(self, record_id: int) -> Any:
        raise NotImplementedError

    def changed_ids(self, changes: Changes) -> frozenset[int]:
        raise NotImplementedError

    def quotes_query(self, record: Any) -> str:
        raise NotImplementedError

    def new_dialog(self) -> NewRecordDialog:
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    # -- layout -----------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the form
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        table.doubleClicked.connect(lambda _index: self.request_quotes())
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)
        bar.addWidget(self.show_quotes_button)
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the first field
        scroll.setMinimumWidth(340)
        scroll.setMaximumWidth(520)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._update_count()

    # -- reading ----------------------------------------------------------

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the whole list again on the worker; rows that did not change stay put."""

        def loaded(records: Sequence[Any]) -> None:
            self.model.sync(records)
            self._loaded = True
            if then is not None:
                then()

        self.worker.submit(self.fetch_all, while_alive(self, loaded), key=f"records-{id(self)}")

    def refresh_when_shown(self) -> None:
        """Re-read the list now if the view is on screen, else when it is next shown.

        A large library has tens of thousands of sources and articles: a hidden
        view does not read and sort them after every edit made elsewhere.
        """
        if self.isVisible():
            self.reload(None if self._loaded else self.resize_columns)
        else:
            self._stale = True

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Role.RECORD_ID) if rows else None

    def select(self, record_id: int) -> None:
        """Select a record's row (and show it in the editor)."""
        row = self.model.row_of(record_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: clear the filter so it can be seen
            self.filter_box.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    # -- changes ----------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Show what a mutation changed: re-read those rows, or the list for new counts."""
        ids = self.changed_ids(changes)
        if len(ids) > MAX_ROWS_READ_ON_GUI:
            self.reload()
        else:
            self._read_rows(ids)
            if changes.quotes:
                self.reload()
        current = self.editor.record_id
        if current is not None and current in ids:
            self.editor.reload()

    def _read_rows(self, ids: frozenset[int]) -> None:
        found, gone = [], []
        for record_id in ids:
            try:
                found.append(self.fetch_one(record_id))
            except NotFoundError:
                gone.append(record_id)
        self.model.remove(gone)
        self.model.put(found)

    def request_quotes(self) -> None:
        """Ask for the selected record's quotes (``quotes_requested``)."""
        record_id = self.selected_id()
        record = None if record_id is None else self.model.record(record_id)
        if record is not None:
            self.quotes_requested.emit(self.quotes_query(record))

    def open_new_dialog(self) -> None:
        """Open the "New…" dialog; the record it creates is selected here."""
        dialog = self.new_dialog()
        dialog.form.worker = self.worker
        dialog.setParent(self, dialog.windowFlags())
        dialog.changed.connect(self._on_new_dialog_changed)
        dialog.created.connect(self._on_new_dialog_created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- slots ------------------------------------------------------------

    def _on_new_dialog_changed(self, changes: Changes) -> None:
        self.apply_changes(changes)
        self.changed.emit(changes)

    def _on_new_dialog_created(self, record_id: int) -> None:
        self.select(record_id)

    def _on_editor_saved(self, changes: Changes) -> None:
        self.apply_changes(changes)
        self.changed.emit(changes)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        record_id = self.selected_id()
        if record_id != self.editor.record_id:
            self.editor.commit()
            self.editor.load(record_id)
        self.show_quotes_button.setEnabled(record_id is not None)

    def _on_filter_box_text_changed(self, text: str) -> None:
        self.proxy.set_filter_words(text)
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        self.count_label.setText(self.count_text(self.proxy.rowCount(), self.model.rowCount()))

    def resize_columns(self) -> None:
        """Fit the columns to their contents, then to the table (once the first rows are in).

        A page not shown yet has no width of its own: it is fitted when first shown.
        """
        self.table.resizeColumnsToContents()
        self._fit_pending = True
        if self.table.isVisible():
            self._fit_to_width()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload(None if self._loaded else self.resize_columns)
        if self._fit_pending:  # once the page's layout has given the table its width
            QTimer.singleShot(0, while_alive(self, self._fit_to_width))

    def _fit_to_width(self) -> None:
        if not self._fit_pending:
            return
        self._fit_pending = False
        header = self.table.horizontalHeader()
        count = self.model.columnCount()
        wanted = [min(header.sectionSize(column), MAX_FITTED) for column in range(count)]
        for column, width in enumerate(fit_widths(wanted, self.table.viewport().width())):
            header.resizeSection(column, width)
