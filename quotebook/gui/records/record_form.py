"""A form over one library record whose fields save as they are edited.

:class:`RecordForm` lays out labelled fields, each with an error line under it.
With ``autosave`` on, finishing an edit of a field (leaving it, pressing Enter,
picking a choice) writes that one field through the library, on the database
worker (:attr:`RecordForm.worker`, which the view sets), so each change is one
undo step; the core's ``ValidationError``/``ConflictError`` shows under the field
it names and nothing is written. With ``autosave`` off the form is a draft
that :class:`NewRecordDialog` turns into a new record.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import Changes, ConflictError, NotFoundError, ValidationError
from ..app.worker import Worker
from ..dialogs import messages
from ..widgets.wheel_guard import guard_wheel

ERROR_STYLE = "color: #b00020;"


class PlainTextField(QPlainTextEdit):
    """A multi-line field that says when the reporter leaves it (it has no editingFinished)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


@dataclass
class _Field:
    label: str
    widget: QWidget
    error: QLabel
    get: Callable[[], Any]
    put: Callable[[Any], None]


def refusal_text(label: str, exc: ValidationError | ConflictError) -> str:
    """The sentence shown under a refused field: its label and the core's reason."""
    return f"{label.rstrip(':')}: {exc.reason}."


class RecordForm(QWidget):
    """Labelled fields over one record; subclasses add fields and say how to save.

    Signals: ``saved(Changes)`` after a field was written (autosave mode).
    """

    saved = Signal(object)

    def __init__(self, *, autosave: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.autosave = autosave
        self.record_id: int | None = None
        self.worker: Worker | None = None  # where writes run; the view that shows the form sets it
        self._fields: dict[str, _Field] = {}
        self._stored: dict[str, Any] = {}
        self._loading = False
        self.general_error = self._error_label()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general_error)
        self.form = self._form_layout()
        outer.addLayout(self.form)
        outer.addStretch(1)

    # -- what subclasses provide ------------------------------------------

    def fetch(self, record_id: int) -> Any:
        raise NotImplementedError

    def stored_values(self, record: Any) -> dict[str, Any]:
        """Each field's value as the form shows it, from a record of the core."""
        raise NotImplementedError

    def write(self, record_id: int, field: str, value: Any) -> Changes:
        raise NotImplementedError

    def create_record(self, values: dict[str, Any]) -> Changes:
        """Write a new record from the form's values (a "New …" dialog's Create)."""
        raise NotImplementedError

    # -- building ---------------------------------------------------------

    @staticmethod
    def _form_layout() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _add(
        self,
        name: str,
        label: str,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        form: QFormLayout | None,
    ) -> None:
        error = self._error_label()
        error.setObjectName(f"error_{name}")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        widget.setObjectName(name)
        caption = QLabel(label)
        caption.setBuddy(widget)  # a screen reader names the field after its label
        if label:
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        (form or self.form).addRow(caption, box)
        self._fields[name] = _Field(label, widget, error, get, put)

    def add_line(
        self, name: str, label: str, *, placeholder: str = "", form: QFormLayout | None = None
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(lambda: self._on_field_edited(name))

        def put(value: Any) -> None:
            edit.setText(value or "")
            edit.setCursorPosition(0)  # a long URL shows its start, not its end

        self._add(name, label, edit, edit.text, put, form)
        return edit

    def add_text(self, name: str, label: str, *, form: QFormLayout | None = None) -> QPlainTextEdit:
        edit = PlainTextField()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(60)
        edit.setMaximumHeight(160)
        edit.editing_finished.connect(lambda: self._on_field_edited(name))
        self._add(name, label, edit, edit.toPlainText, lambda v: edit.setPlainText(v or ""), form)
        return edit

    def add_choice(
        self,
        name: str,
        label: str,
        choices: list[tuple[str, str]],
        *,
        form: QFormLayout | None = None,
    ) -> QComboBox:
        """A drop-down of (value, shown text) pairs."""
        combo = QComboBox()
        for value, text in choices:
            combo.addItem(text, value)
        guard_wheel(combo)
        combo.currentIndexChanged.connect(lambda _i: self._on_field_edited(name))

        def put(value: Any) -> None:
            combo.setCurrentIndex(max(combo.findData(value), 0))

        self._add(name, label, combo, combo.currentData, put, form)
        return combo

    def add_check(
        self, name: str, label: str, text: str, *, form: QFormLayout | None = None
    ) -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(lambda _on: self._on_field_edited(name))
        self._add(name, label, box, box.isChecked, lambda v: box.setChecked(bool(v)), form)
        return box

    # -- state ------------------------------------------------------------

    def field(self, name: str) -> QWidget:
        return self._fields[name].widget

    def first_field(self) -> QWidget | None:
        """The field at the top of the form, where typing starts."""
        return next((f.widget for f in self._fields.values()), None)

    def error_text(self, name: str) -> str:
        """The error shown under a field ("" when none)."""
        label = self._fields[name].error
        return label.text() if not label.isHidden() else ""

    def values(self) -> dict[str, Any]:
        return {name: f.get() for name, f in self._fields.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for name, value in values.items():
                self._fields[name].put(value)
        finally:
            self._loading = False

    def load(self, record_id: int | None) -> None:
        """Show this record (None: an empty, disabled form)."""
        self.record_id = record_id
        self.clear_errors()
        record = None
        if record_id is not None:
            try:
                record = self.fetch(record_id)
            except NotFoundError:
                self.record_id = None
        if record is None:
            self.set_values({name: None for name in self._fields})
            self._stored = {}
            self.setEnabled(not self.autosave)
            return
        self._stored = self.stored_values(record)
        self.set_values(self._stored)
        self.setEnabled(True)

    def reload(self) -> None:
        """Show the record again as the library has it (after an undo, say)."""
        self.load(self.record_id)

    def clear_errors(self) -> None:
        self.general_error.hide()
        for field in self._fields.values():
            field.error.hide()

    def show_refusal(self, exc: ValidationError | ConflictError) -> None:
        """Put the core's reason under the field it names (or above the form)."""
        field = self._fields.get(exc.field)
        label = field.error if field else self.general_error
        label.setText(refusal_text(field.label if field else exc.field, exc))
        label.show()

    def commit(self) -> None:
        """Save every field whose shown value differs from the library's (autosave mode)."""
        for name in self._fields:
            self._on_field_edited(name)

    def run(
        self,
        write: Callable[[], Changes],
        done: Callable[[Changes], None],
        refused: Callable[[], None] = lambda: None,
    ) -> None:
        """Write on the worker; then ``done(changes)``, or the refusal under its field."""
        worker = self.worker
        assert worker is not None, "a form writes on the worker the view gives it"

        def failed(error: BaseException, trace: str) -> None:
            refused()
            if isinstance(error, ValidationError | ConflictError):
                self.show_refusal(error)
            elif isinstance(error, NotFoundError):
                self.general_error.setText(str(error))
                self.general_error.show()
            else:  # the window says a storage condition; a bug goes to the crash dialog
                worker.failed.emit(error, trace)

        worker.submit(write, done, failed)

    def _on_field_edited(self, name: str) -> None:
        if self._loading or not self.autosave or self.record_id is None:
            return
        record_id, value, before = self.record_id, self._fields[name].get(), self._stored.get(name)
        if value == before:
            return
        self._stored[name] = value  # sent: leaving the field again does not send it twice

        def done(changes: Changes) -> None:
            self._fields[name].error.hide()
            self.general_error.hide()
            if self.record_id == record_id and self._fields[name].get() == value:
                with suppress(NotFoundError):
                    self._stored = self.stored_values(self.fetch(record_id))
                self.set_values({name: self._stored[name]})
            self.saved.emit(changes)

        def refused() -> None:
            if self.record_id == record_id:
                self._stored[name] = before

        self.run(lambda: self.write(record_id, name, value), done, refused)


@dataclass(frozen=True)
class RecordDraft:
    """A "New …" form as a lock found it: which form (``kind``) and what it held."""

    kind: str
    values: tuple[tuple[str, Any], ...]
    for_editor: bool = False  # asked for by the quote editor, to file its quote under


class NewRecordDialog(QDialog):
    """A draft form in a dialog; its Create button adds the record to the library.

    Signals: ``created(int)`` with the new record's id, ``changed(Changes)`` with
    what the creation changed. Open it with ``open()``; it closes itself on success
    and stays open, errors shown under the fields, when the core refuses a value.
    A lock keeps what was typed (:meth:`lock_state`); :meth:`restore` puts it back.
    """

    created = Signal(int)
    changed = Signal(object)
    kind = ""  # which record the form makes, as :class:`RecordDraft` names it
    for_editor = False  # opened from the quote editor's picker (its opener says)

    def __init__(self, form: RecordForm, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())
        self._blank = form.values()  # what an untouched form holds
        first = form.first_field()
        if first is not None:
            first.setFocus()

    def lock_state(self) -> RecordDraft | None:
        """What was typed, to open the form again after a lock (None: nothing was)."""
        values = self.form.values()
        if values == self._blank:
            return None
        return RecordDraft(self.kind, tuple(values.items()), self.for_editor)

    def restore(self, draft: RecordDraft) -> None:
        self.form.set_values(dict(draft.values))

    def reject(self) -> None:
        """Escape or Cancel: a form with something typed in asks before it is dropped."""
        if self.form.values() == self._blank:
            super().reject()
            return
        messages.confirm(
            self,
            self.windowTitle(),
            self.tr("Discard what you typed in this form?"),
            self.tr("Discard"),
            super().reject,
        )

    def _on_buttons_accepted(self) -> None:
        self.form.clear_errors()
        values = self.form.values()
        self.create_button.setEnabled(False)  # until the worker answers

        def done(changes: Changes) -> None:
            self.changed.emit(changes)
            if changes.created is not None:
                self.created.emit(changes.created)
            self.accept()

        def refused() -> None:
            self.create_button.setEnabled(True)

        self.form.run(lambda: self.form.create_record(values), done, refused)
