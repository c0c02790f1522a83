"""The list of quotes an article import found: one row each, chosen one at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .article_review_model import Column, ReviewModel


class ReviewTable(QTableView):
    """The review model's rows; the quote's text takes the width the others leave."""

    def __init__(self, model: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Quotes found"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.QUOTE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.SPEAKER, 140)
        header.resizeSection(Column.SOURCE, 170)
        self.verticalHeader().hide()
