"""The quote table as a reporter uses it on a large result."""

from __future__ import annotations

import sys
from types import FrameType

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from window_helpers import fill_quotes

from quotebook.core import Library
from quotebook.gui.quotes.quote_list import QuoteList
from quotebook.gui.quotes.quote_model import QuoteTableModel, Role

ROWS = 5_000


class _Counting(QuoteTableModel):
    """Counts Qt's questions about the cells' flags."""

    asked = 0

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        _Counting.asked += 1
        return super().flags(index)


def test_selecting_every_quote_asks_the_model_nothing_per_row(
    qtbot: QtBot, library: Library
) -> None:
    """Ctrl+A on a large result: Qt's header asked the model about every row of each
    column as it repainted (1.9 s with 100,000 quotes selected)."""
    model = _Counting(library)
    view = QuoteList(model)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    model.set_ids(range(1, ROWS + 1))  # rows never shown are never read
    view.table.setSortingEnabled(True)  # as the window does once a search has run
    _Counting.asked = 0
    QTest.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)  # the table and its header repaint
    assert len(view.selected_ids()) == ROWS
    assert _Counting.asked < ROWS  # a question per row of one column would be 5,000


def _shown(qtbot: QtBot, model: QuoteTableModel) -> QuoteList:
    view = QuoteList(model)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


# What a repaint asks of each cell, and what the model answers.
_ROLES = (*Qt.ItemDataRole, *Role)


def test_a_cell_answers_every_role_at_once_as_it_does_one_at_a_time(library: Library) -> None:
    model = QuoteTableModel(library)
    model.set_ids(fill_quotes(library, 6))
    model.set_highlight(("number",))
    answered = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in _ROLES:
                asked = QModelRoleData(int(role))
                span = QModelRoleDataSpan(asked)
                index.multiData(span)
                assert span[0].data() == index.data(role), (row, column, role)
                answered += index.data(role) is not None
    assert answered > 6 * 6  # the cells said something, not only None


def test_a_repaint_calls_into_python_a_few_times_a_cell(qtbot: QtBot, library: Library) -> None:
    """Each call from Qt into Python waits for Python's lock while the worker runs:
    a repaint beside a bulk change held the window four times as long as alone."""
    model = QuoteTableModel(library)
    view = _shown(qtbot, model)
    model.set_ids(fill_quotes(library, 40))
    qtbot.wait(50)  # laid out and painted: the rows shown are read, outside the count
    viewport = view.table.viewport()
    rows = view.table.rowAt(viewport.height() - 1) + 1 or model.rowCount()
    cells = rows * model.columnCount()
    calls = 0

    def count(frame: FrameType, event: str, _arg: object) -> None:
        nonlocal calls
        if event == "call" and frame.f_back is not None and frame.f_back.f_code is here:
            calls += 1

    def repaint() -> None:
        viewport.repaint()

    here = repaint.__code__
    sys.setprofile(count)
    try:
        repaint()
    finally:
        sys.setprofile(None)
    assert cells >= 6 * 10
    assert cells <= calls <= 5 * cells  # asked role by role, it was ten a cell


class _Paints(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_letting_go_of_the_selection_paints_it_gone_before_returning(
    qtbot: QtBot, library: Library
) -> None:
    """A bulk change lets go of the selection, then goes to the worker: the table is
    painted first, so the repaint does not run beside the worker."""
    model = QuoteTableModel(library)
    view = _shown(qtbot, model)
    model.set_ids(fill_quotes(library, 20))
    QTest.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    paints = _Paints()
    view.table.viewport().installEventFilter(paints)
    view.let_go_of_selection()
    assert view.selected_ids() == []
    assert paints.count == 1  # painted at once, not when the event loop next runs
