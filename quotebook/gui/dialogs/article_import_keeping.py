"""What the article import holds when the app locks, and how it takes it back.

A lock deletes the dialog (see :mod:`..widgets.keeping`); :class:`ArticleDraft`
keeps the pasted text, the article's fields and the quotes as they were
reviewed, as plain values. The dialog opened again after the lock finds the
quotes anew (the sources are read again from the unlocked library), then shows
them as they were reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox

from .article_fields_box import ArticleFieldsBox
from .article_review_model import ReviewModel, ReviewRow
from .article_text_box import ArticleTextBox


@dataclass(frozen=True)
class ArticleDraft:
    """The article import as a lock found it: the text, the fields, the quotes reviewed."""

    text: str
    fmt: str
    fields: tuple[tuple[str, str], ...]
    rows: tuple[ReviewRow, ...]  # copies: the dialog that held them is gone
    unsure_first: bool


class ArticleKeeping:
    """:class:`~.article_import_dialog.ArticleImportDialog`'s side of a lock."""

    text_box: ArticleTextBox
    article_box: ArticleFieldsBox
    model: ReviewModel
    unsure_first_check: QCheckBox
    _kept: ArticleDraft | None

    if TYPE_CHECKING:  # the dialog's (defined here, they would hide them)

        def set_text(self, text: str, fmt: str = "auto") -> None: ...
        def find_quotes(self) -> None: ...

    def lock_state(self) -> ArticleDraft | None:
        """What the reporter pasted, typed and reviewed (None: nothing yet)."""
        text, fields = self.text_box.text(), self.article_box.fields()
        if not text.strip() and not fields:
            return None
        rows = tuple(replace(row) for row in self.model.rows)
        unsure_first = self.unsure_first_check.isChecked()
        return ArticleDraft(text, self.text_box.format(), tuple(fields.items()), rows, unsure_first)

    def restore(self, draft: ArticleDraft) -> None:
        """Hold ``draft`` again; its quotes are found anew, then shown as reviewed."""
        self.set_text(draft.text, draft.fmt)
        self.unsure_first_check.setChecked(draft.unsure_first)
        self.article_box.put_fields(dict(draft.fields))
        if draft.rows:
            self._kept = draft
            self.find_quotes()

    def _take_back_kept(self) -> None:
        """Once the quotes are found again: show them as the lock found them."""
        kept, self._kept = self._kept, None
        if kept is None:
            return
        self.model.reset([replace(row) for row in kept.rows], self.model.source_names)
        self.model.order(unsure_first=kept.unsure_first)
        self.article_box.put_fields(dict(kept.fields))
