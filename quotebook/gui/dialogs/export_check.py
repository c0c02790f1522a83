"""The export dialog's last check: quotes more open than their sources' ground rule.

A reporter may set a quote on the record although its source speaks on background;
that is allowed, but before a sheet leaves the export says how many such quotes it
holds and offers to review them first (``Library.more_open_quotes``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...core import Library

WARNING_FRAME = "QFrame#moreOpen { background: #fff6e0; border: 1px solid #e0b050; }"


def more_open_in_scope(library: Library, ids: Sequence[int] | None, query: str | None) -> list[int]:
    """The quotes an export of ``ids`` (else ``query``, else all) would write more
    openly than their sources' ground rule. Runs on the worker."""
    if ids is None and query is not None:
        ids = library.search(query, limit=None).ids
    return library.more_open_quotes(ids)


class MoreOpenWarning(QFrame):
    """ "2 quotes are more open than their sources' ground rule": Review / Export anyway."""

    review_requested = Signal(list)  # the quote ids
    export_anyway = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moreOpen")
        self.setStyleSheet(WARNING_FRAME)
        self._ids: list[int] = []
        self.label = QLabel(self)
        self.label.setObjectName("moreOpenText")
        self.label.setWordWrap(True)
        self.review_button = QPushButton(self.tr("&Review them"), self)
        self.review_button.setAccessibleName(self.tr("Review"))
        self.anyway_button = QPushButton(self.tr("Export &anyway"), self)
        self.anyway_button.setAccessibleName(self.tr("Export anyway"))
        for button in (self.review_button, self.anyway_button):
            button.setAutoDefault(False)  # Enter in the dialog stays with its Export button
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.review_button)
        layout.addWidget(self.anyway_button)
        self.review_button.clicked.connect(lambda: self.review_requested.emit(list(self._ids)))
        self.anyway_button.clicked.connect(self.export_anyway)
        self.hide()

    def show_ids(self, ids: Sequence[int]) -> None:
        self._ids = list(ids)
        text = (
            self.tr("1 quote is more open than its source's ground rule.")
            if len(ids) == 1
            else self.tr("{n} quotes are more open than their sources' ground rule.").format(
                n=len(ids)
            )
        )
        self.label.setText(text)
        self.show()
        self.review_button.setFocus()
