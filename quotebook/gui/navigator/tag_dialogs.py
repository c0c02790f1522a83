"""Renaming, merging, recolouring and deleting a tag.

:class:`TagActions` is what the window's tag menu calls: each method opens the
right dialog or question with ``open()`` and emits ``changed(Changes)`` once the
library has been changed (one undo step each). The rename and merge dialogs can
also be used on their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import Changes, ConflictError, Library, NotFoundError, Tag, ValidationError
from ..app.worker import Worker
from ..dialogs import messages
from ..records.record_form import ERROR_STYLE


def _tag(library: Library, tag_id: int) -> Tag:
    for tag in library.list_tags():
        if tag.id == tag_id:
            return tag
    raise NotFoundError("tag", tag_id)


def _quotes(count: int) -> str:
    return "1 quote" if count == 1 else f"{count} quotes"


class RenameTagDialog(QDialog):
    """Rename a tag. A name another tag has (ignoring case and accents) offers a merge.

    ``RenameTagDialog(library, worker, tag_id, parent)``, then ``open()``. Signal
    ``changed(Changes)`` after the rename (or the merge it offered) was written.
    """

    changed = Signal(object)

    def __init__(
        self, library: Library, worker: Worker, tag_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library, self.worker = library, worker
        self.tag = _tag(library, tag_id)
        self._other: Tag | None = None
        self.setWindowTitle(self.tr("Rename tag"))
        self.name_edit = QLineEdit(self.tag.name)
        self.name_edit.selectAll()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.merge_button = QPushButton()
        self.merge_button.hide()
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.rename_button = buttons.addButton(
            self.tr("Rename"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.rename_button.setDefault(True)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.name_edit.textEdited.connect(self._on_name_edit_text_edited)
        form = QFormLayout()
        form.addRow(self.tr("New name:"), self.name_edit)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Rename “{name}” ({count}).").format(
                name=self.tag.name, count=_quotes(self.tag.quote_count)
            )
        )
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.merge_button)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _on_name_edit_text_edited(self, _text: str) -> None:
        self.error_label.hide()
        self.merge_button.hide()

    def _on_buttons_accepted(self) -> None:
        name, tag_id = self.name_edit.text(), self.tag.id
        self.rename_button.setEnabled(False)  # until the worker answers

        def refused(error: BaseException) -> bool:
            self.rename_button.setEnabled(True)
            if isinstance(error, ValidationError):
                self._show_error(self.tr("Name: {reason}.").format(reason=error.reason))
            elif isinstance(error, ConflictError):
                self._offer_merge(name)
            return isinstance(error, ValidationError | ConflictError)

        submit(self.worker, lambda: self.library.rename_tag(tag_id, name), self._done, refused)

    def _done(self, changes: Changes) -> None:
        self.changed.emit(changes)
        self.accept()

    def _offer_merge(self, name: str) -> None:
        other = self.library.find_tag(name)
        if other is None:  # pragma: no cover - the conflict names a tag that exists
            return
        self._other = other
        self._show_error(
            self.tr("A tag named “{name}” already exists. Merge “{old}” into it instead?").format(
                name=other.name, old=self.tag.name
            )
        )
        self.merge_button.setText(self.tr("Merge into “{name}”").format(name=other.name))
        self.merge_button.show()
        self.adjustSize()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()

    def _on_merge_button_clicked(self) -> None:
        if self._other is None:
            return
        merged, into = [self.tag.id], self._other.id
        submit(self.worker, lambda: self.library.merge_tags(merged, into=into), self._done)


class MergeTagsDialog(QDialog):
    """Merge tags into one chosen among the others; says how many quotes move.

    ``MergeTagsDialog(library, worker, tag_ids, parent)``, then ``open()``. Signal
    ``changed(Changes)`` after the merge was written.
    """

    changed = Signal(object)

    def __init__(
        self,
        library: Library,
        worker: Worker,
        tag_ids: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.worker = library, worker
        tags = library.list_tags()
        self.merged = [tag for tag in tags if tag.id in set(tag_ids)]
        self._names = {tag.id: tag.name for tag in tags}
        if not self.merged:
            raise NotFoundError("tag", tag_ids[0] if tag_ids else None)
        self.setWindowTitle(self.tr("Merge tags"))
        self.target_combo = QComboBox()
        for tag in tags:
            if tag not in self.merged:
                self.target_combo.addItem(f"{tag.name} ({_quotes(tag.quote_count)})", tag.id)
        self.target_combo.currentIndexChanged.connect(self._update_summary)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        names = ", ".join(f"“{tag.name}”" for tag in self.merged)
        form.addRow(self.tr("Merge {names} into:").format(names=names), self.target_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._update_summary()

    def set_target(self, tag_id: int) -> None:
        self.target_combo.setCurrentIndex(self.target_combo.findData(tag_id))

    def _update_summary(self, *_args: object) -> None:
        target = self.target_combo.currentData()
        self.merge_button.setEnabled(target is not None)
        if target is None:
            self.summary_label.setText(self.tr("There is no other tag to merge into."))
            return
        moved = sum(tag.quote_count for tag in self.merged)
        names = ", ".join(f"“{tag.name}”" for tag in self.merged)
        self.summary_label.setText(
            self.tr("{quotes} move to “{target}”; {names} will be deleted.").format(
                quotes=_quotes(moved), target=self._target_name(target), names=names
            )
        )

    def _target_name(self, tag_id: int) -> str:
        return self._names[tag_id]

    def _on_buttons_accepted(self) -> None:
        target = self.target_combo.currentData()
        if target is None:
            return
        merged = [t.id for t in self.merged]
        self.merge_button.setEnabled(False)

        def done(changes: Changes) -> None:
            self.changed.emit(changes)
            self.accept()

        submit(self.worker, lambda: self.library.merge_tags(merged, into=target), done)


class TagActions(QObject):
    """The tag menu's actions on one library; ``changed(Changes)`` after each one.

    ``TagActions(library, worker, parent_widget)``; then ``rename(tag_id)``,
    ``merge(tag_ids)``, ``recolor(tag_id)`` or ``delete(tag_id)``. A tag removed
    meanwhile is reported with a message and nothing is changed.
    """

    changed = Signal(object)

    def __init__(self, library: Library, worker: Worker, parent: QWidget) -> None:
        super().__init__(parent)
        self.library, self.worker = library, worker
        self.widget = parent

    def rename(self, tag_id: int) -> None:
        self._open(lambda: RenameTagDialog(self.library, self.worker, tag_id, self.widget))

    def merge(self, tag_ids: Sequence[int], into: int | None = None) -> None:
        def make() -> MergeTagsDialog:
            dialog = MergeTagsDialog(self.library, self.worker, tag_ids, self.widget)
            if into is not None:
                dialog.set_target(into)
            return dialog

        self._open(make)

    def recolor(self, tag_id: int) -> None:
        tag = self._find(tag_id)
        if tag is not None:
            messages.choose_color(self.widget, tag.color, lambda c: self._recolor(tag_id, c))

    def delete(self, tag_id: int) -> None:
        tag = self._find(tag_id)
        if tag is None:
            return
        text = self.tr(
            "{quotes} will lose the tag “{name}”. The quotes themselves stay. You can undo this."
        ).format(quotes=_quotes(tag.quote_count), name=tag.name)
        messages.confirm(
            self.widget,
            self.tr("Delete tag"),
            text,
            self.tr("Delete tag"),
            lambda: self._run(lambda: self.library.delete_tag(tag_id)),
        )

    def _recolor(self, tag_id: int, color: str) -> None:
        self._run(lambda: self.library.recolor_tag(tag_id, color))

    def _open(self, make: Callable[[], RenameTagDialog | MergeTagsDialog]) -> None:
        try:
            dialog = make()
        except NotFoundError:
            self._gone()
            return
        dialog.changed.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _run(self, mutation: Callable[[], Changes]) -> None:
        def refused(error: BaseException) -> bool:
            if isinstance(error, NotFoundError):
                self._gone()
            return isinstance(error, NotFoundError)

        submit(self.worker, mutation, self.changed.emit, refused)

    def _find(self, tag_id: int) -> Tag | None:
        try:
            return _tag(self.library, tag_id)
        except NotFoundError:
            self._gone()
            return None

    def _gone(self) -> None:
        messages.inform(
            self.widget, self.tr("Tag"), self.tr("That tag no longer exists."), warning=True
        )


def submit(
    worker: Worker,
    write: Callable[[], Changes],
    done: Callable[[Changes], None],
    refused: Callable[[BaseException], bool] = lambda _error: False,
) -> None:
    """Write on the worker, then ``done(changes)``; an error ``refused`` does not
    take is a bug, for the crash dialog."""

    def failed(error: BaseException, trace: str) -> None:
        if not refused(error):
            worker.failed.emit(error, trace)

    worker.submit(write, done, failed)
