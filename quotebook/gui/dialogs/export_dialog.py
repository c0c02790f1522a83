"""The export dialog: which quotes, which columns, how the sheet is spelled, and a preview.

The preview and the export itself run on the worker thread through the core's
writers (``run_export``); progress comes back by a queued signal and Cancel sets a flag the
export checks between batches, so the window stays responsive. Off-the-record
quotes, unredacted names and notes on protected quotes are opt-in, each with a
warning saying what it means. Before a file is chosen the sheet's risks are read
(csv_risks.py): a sheet holding one source's quotes on the record and protected
asks first, since a reader could link them.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ...core import Library, QuotebookError
from ...core.sheet.csv_risks import SheetRisks, sheet_risks
from ...core.sheet.sheet_rows import ExportReport
from ..app.worker import Worker
from ..records.record_form import ERROR_STYLE
from ..records.record_view import while_alive
from . import messages
from .export_check import MoreOpenWarning, more_open_in_scope
from .export_choices import ExportChoices
from .export_options import preview_rows, run_export
from .preview_model import PreviewModel, preview_table


class ExportDialog(ExportChoices):
    """Export quotes as an editor sheet (CSV, XLSX, DOCX), a REFI-QDA project or the archive.

    ``ExportDialog(library, worker, selected_ids=..., query=..., parent=...)``: the
    window passes the quotes selected in its table and its current search; then
    ``open()``. The file name is asked through :func:`messages.choose_export_to_save`,
    with the extension of the chosen format.
    Signal ``exported(Path, ExportReport)`` after a file was written; the dialog
    then tells the row count and the path and closes.
    """

    exported = Signal(object, object)
    review_requested = Signal(list)  # ids of quotes more open than their sources
    _progressed = Signal(int, int)

    def __init__(
        self,
        library: Library,
        worker: Worker,
        *,
        selected_ids: Sequence[int] = (),
        query: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(selected_ids, query, parent)
        self.library = library
        self.worker = worker
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("Export quotes"))
        self.preview_model = PreviewModel(self)
        self._build()
        self._progressed.connect(self._on_progressed)
        self.refresh_preview()

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._scope_box())
        left.addWidget(self._options_box())
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self._columns_box(), 1)
        self.preview = preview_table(self.preview_model)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.more_open = MoreOpenWarning(self)
        self.more_open.export_anyway.connect(self._on_more_open_export_anyway)
        self.more_open.review_requested.connect(self._on_more_open_review_requested)
        self._add_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Preview of the first rows:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.more_open)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    def _add_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)

    # -- preview ----------------------------------------------------------

    def refresh_preview(self) -> None:
        """Export the first rows into memory on the worker and show them."""
        options = self.options()
        if not options.columns:
            self._show_error(self.tr("Choose at least one column."))
            self.preview_model.set_rows([], [])
            return
        self.export_button.setEnabled(not self._running)
        self.more_open.hide()
        self.status_label.clear()
        self.status_label.setStyleSheet("")
        self.worker.submit(
            lambda: preview_rows(self.library, options),
            while_alive(self, self._on_preview_ready),
            while_alive(self, self._on_failed),
            key=f"export-preview-{id(self)}",
        )

    def _on_preview_ready(self, rows: list[list[str]]) -> None:
        header, body = (rows[0], rows[1:]) if rows else ([], [])
        self.preview_model.set_rows(header, body)

    # -- export -----------------------------------------------------------

    def choose_file(self) -> None:
        """Check for quotes more open than their sources, then for sources a reader
        could link, then ask where to write."""
        if self._running or not self.columns():
            return
        options = self.options()
        self.worker.submit(
            lambda: more_open_in_scope(self.library, options.ids, options.query),
            while_alive(self, self._on_more_open_found),
            while_alive(self, self._on_failed),
        )

    def _on_more_open_found(self, ids: list[int]) -> None:
        if ids:
            self.more_open.show_ids(ids)
        else:
            self._check_risks()

    def _on_more_open_export_anyway(self) -> None:
        self.more_open.hide()
        self._check_risks()

    def _on_more_open_review_requested(self, ids: list[int]) -> None:
        self.review_requested.emit(ids)
        self.reject()

    def _check_risks(self) -> None:
        """Read the sheet's risks, then warn of linkable sources before asking for a file."""
        options = self.options()
        self._cancel.clear()
        self._set_running(True)
        self.worker.submit(
            lambda: sheet_risks(self.library, options),
            while_alive(self, self._on_risks_read),
            while_alive(self, self._on_failed),
        )

    def _on_risks_read(self, risks: SheetRisks) -> None:
        self._set_running(False)
        if self._cancel.is_set():
            self.status_label.setText(self.tr("Export cancelled; no file was written."))
            return
        if not risks.linkable:
            self._ask_file()
            return
        messages.confirm(
            self,
            self.tr("A reader could link these quotes"),
            self.tr(
                "This sheet holds quotes on the record and protected quotes of the same "
                "source: {names}. A reader could link the protected words to the name "
                "printed beside the others. Export only one kind, or go ahead if the "
                "editor may know."
            ).format(names=", ".join(risks.linkable)),
            self.tr("Export anyway"),
            self._ask_file,
        )

    def _ask_file(self) -> None:
        suffix = self._kind().suffix
        messages.choose_export_to_save(self, Path.home() / f"quotes{suffix}", self.export_to)

    def export_to(self, path: Path) -> None:
        """Write the sheet to ``path`` on the worker, with progress and Cancel."""
        options = self.options()
        self._cancel.clear()
        self._set_running(True)

        def work() -> ExportReport:
            return run_export(
                self.library,
                path,
                options,
                progress=self._progressed.emit,
                cancel=self._cancel.is_set,
            )

        done = while_alive(self, lambda report: self._on_export_done(path, report))
        self.worker.submit(work, done, while_alive(self, self._on_failed))

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.export_button.setEnabled(not running)
        self._enable_choices(not running)

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status_label.setText(
            self.tr("{done} of {total} quotes written…").format(done=done, total=total)
        )

    def _on_export_done(self, path: Path, report: ExportReport) -> None:
        self._set_running(False)
        self.status_label.setStyleSheet("")
        if report.cancelled:
            self.status_label.setText(self.tr("Export cancelled; no file was written."))
            return
        text = self._exported_text(path, report)
        self.status_label.setText(text)
        self.exported.emit(path, report)
        messages.inform(self.parentWidget() or self, self.tr("Export finished"), text)
        self.accept()

    def _exported_text(self, path: Path, report: ExportReport) -> str:
        if report.rows == 1:
            text = self.tr("Exported 1 quote to {path}.").format(path=path)
        else:
            text = self.tr("Exported {n} quotes to {path}.").format(n=report.rows, path=path)
        left_out = report.off_record_left_out
        if left_out == 1:
            text += " " + self.tr("1 off-the-record quote was left out.")
        elif left_out:
            text += " " + self.tr("{n} off-the-record quotes were left out.").format(n=left_out)
        if report.unreadable:
            text += " " + self.tr(
                "{n} quote(s) could not be read and were left out (quote {ids}): the library "
                "is damaged there. Restore it from a backup (File → Restore from backup…).",
                "",
                len(report.unreadable),
            ).format(n=len(report.unreadable), ids=", ".join(map(str, report.unreadable[:20])))
        undescribed = report.risks.undescribed
        if undescribed:
            text += " " + self.tr(
                '{n} background quote(s) are attributed to "a source" because their source '
                'has no "described as" text (quote {ids}); write one so the editor can '
                "describe them.",
                "",
                len(undescribed),
            ).format(n=len(undescribed), ids=", ".join(map(str, undescribed[:20])))
        return text

    def _on_failed(self, error: BaseException, trace: str) -> None:
        self._set_running(False)
        if isinstance(error, QuotebookError | OSError):
            self._show_error(str(getattr(error, "reason", None) or error))
        else:
            self.worker.failed.emit(error, trace)

    def _show_error(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.export_button.setEnabled(False)

    def reject(self) -> None:
        """Cancel a running export (the dialog stays until it has stopped), else close."""
        if self._running:
            self._cancel.set()
            self.status_label.setText(self.tr("Cancelling…"))
            return
        super().reject()
