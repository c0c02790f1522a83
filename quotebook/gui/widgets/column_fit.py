"""Keeps a table's stretching column readable in a narrow window.

A header's stretching section only gets what the other sections leave: at 1024
pixels the quote table's Quote column fell to a sliver while Source, Tags and the
rest kept their widths. Here the other columns give way (the widest first, none
below a floor, their text elided with the whole in a tooltip) so that the
stretching column keeps at least a share of the width; with room again they go
back to the widths the reporter chose.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

from ..records.record_view import fit_widths

SHARE = 0.4  # of the table's width kept for the stretching column
FLOOR = 60  # the narrowest another column becomes


class ColumnFit(QObject):
    """Fits ``table``'s columns around ``stretch`` whenever the table is resized."""

    def __init__(self, table: QTableView, stretch: int) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self._wanted: dict[int, int] = {}  # the widths chosen, before any fitting
        self._fitting = False
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._on_header_section_resized)

    def wanted(self, column: int) -> int:
        return self._wanted.get(column, self.table.horizontalHeader().sectionSize(column))

    def show_wanted(self) -> None:
        """Put back the widths chosen (before the header's state is saved)."""
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in self._wanted.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        columns = [
            c for c in range(header.count()) if c != self.stretch and not header.isSectionHidden(c)
        ]
        for column in columns:
            self._wanted.setdefault(column, header.sectionSize(column))
        available = self.table.viewport().width()
        wanted = [self._wanted[c] for c in columns]
        widths = fit_widths([int(available * SHARE), *wanted], available, FLOOR)[1:]
        self._fitting = True
        try:
            for column, width in zip(columns, widths, strict=True):
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column != self.stretch:
            self._wanted[column] = new  # the reporter's own width
