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
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import Library, QuotebookError
from ...core.domain.values import GroupBy
from ...core.sheet.csv_common import COLUMNS
from ...core.sheet.csv_risks import SheetRisks
from ...core.sheet.options import ExportOptions
from ...core.sheet.sheet_rows import ExportReport
from ..app.worker import Worker
from ..records.record_form import ERROR_STYLE
from ..records.record_view import while_alive
from . import messages
from .export_check import MoreOpenWarning, more_open_in_scope
from .export_options import ExportKind, export_risks, preview_rows, run_export

WARNING_STYLE = "color: #8a4b00;"
DANGER_STYLE = "color: #b00020; font-weight: bold;"

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """A few rows of a sheet as text, under its header (export and import previews)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[list[str]] = []

    def set_rows(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._header = list(header)
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._rows[index.row()]
        text = row[index.column()] if index.column() < len(row) else ""
        return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header[section] if 0 <= section < len(self._header) else None
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


def preview_table(model: PreviewModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setDefaultSectionSize(140)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
    return table


class ExportDialog(QDialog):
    """Export quotes as an editor sheet (CSV or an Excel workbook).

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
        super().__init__(parent)
        self.library = library
        self.worker = worker
        self.selected_ids = tuple(selected_ids)
        self.query = query.strip() if query and query.strip() else None
        self._cancel = threading.Event()
        self._running = False
        self.setWindowTitle(self.tr("Export quotes"))
        self.preview_model = PreviewModel(self)
        self._build()
        self._progressed.connect(self._on_progressed)
        self.refresh_preview()

    # -- building ---------------------------------------------------------

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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Preview of the first rows:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.more_open)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quotes"))
        self.selected_radio = QRadioButton(
            self.tr("Selected quotes ({n})").format(n=len(self.selected_ids))
        )
        self.search_radio = QRadioButton(
            self.tr("Current search: {query}").format(query=self.query or self.tr("none"))
        )
        self.all_radio = QRadioButton(self.tr("Whole library"))
        self.selected_radio.setEnabled(bool(self.selected_ids))
        self.search_radio.setEnabled(self.query is not None)
        chosen = (
            self.selected_radio
            if self.selected_ids
            else self.search_radio
            if self.query
            else self.all_radio
        )
        chosen.setChecked(True)
        self.scope_group = QButtonGroup(self)
        layout = QVBoxLayout(box)
        for radio in (self.selected_radio, self.search_radio, self.all_radio):
            self.scope_group.addButton(radio)
            layout.addWidget(radio)
        self.scope_group.buttonToggled.connect(lambda *_: self.refresh_preview())
        return box

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sheet"))
        form = QFormLayout(box)
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        for label, file_format in self._formats():
            self.format_combo.addItem(label, file_format)
        self.bom_check = QCheckBox(self.tr("Byte-order mark (for Excel)"))
        self.bom_check.setChecked(True)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem(self.tr("Comma ( , )"), ",")
        self.delimiter_combo.addItem(self.tr("Semicolon ( ; )"), ";")
        self.off_record_check = QCheckBox(self.tr("Include off-the-record quotes"))
        self.off_record_warning = self._warning(
            self.tr(
                "Quotes given off the record will be in the file. Their sources agreed to "
                "talk only if these words are never published."
            ),
            WARNING_STYLE,
        )
        self.unredacted_check = QCheckBox(self.tr("Unredacted: name every source"))
        self.unredacted_warning = self._warning(
            self.tr(
                "Names of background sources will appear: every source's printed name, "
                "age, role and organisation is written whatever the ground rule. Only "
                "for you, or an editor who must know who a source is."
            ),
            DANGER_STYLE,
        )
        form.addRow(self.tr("Format:"), self.format_combo)
        self.archive_note = self._warning(
            self.tr(
                "Every quote with every field, not redacted, for your own copy: Import CSV "
                "reads it back whole. Real names and contacts are left out."
            ),
            WARNING_STYLE,
        )
        form.addRow(self.archive_note)
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Group quotes by"))
        self.group_combo.addItem(self.tr("Article"), GroupBy.ARTICLE.value)
        self.group_combo.addItem(self.tr("Source"), GroupBy.SOURCE.value)
        self.group_combo.setEnabled(False)
        form.addRow(self.tr("Group quotes by:"), self.group_combo)
        form.addRow(self.bom_check)
        form.addRow(self.tr("Delimiter:"), self.delimiter_combo)
        form.addRow(self.off_record_check)
        form.addRow(self.off_record_warning)
        self.notes_check = QCheckBox(self.tr("Include notes on protected quotes"))
        self.notes_check.setAccessibleName(self.tr("Include notes on protected quotes"))
        self.notes_warning = self._warning(
            self.tr(
                "The context and notes of quotes on background, deep background and off "
                "the record will be in the file. Your own notes (where you met, what the "
                "source does) can identify them."
            ),
            DANGER_STYLE,
        )
        form.addRow(self.unredacted_check)
        form.addRow(self.unredacted_warning)
        form.addRow(self.notes_check)
        form.addRow(self.notes_warning)
        self.delimiter_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        for check, warning in (
            (self.off_record_check, self.off_record_warning),
            (self.unredacted_check, self.unredacted_warning),
            (self.notes_check, self.notes_warning),
        ):
            check.toggled.connect(warning.setVisible)
            check.toggled.connect(lambda _on: self.refresh_preview())
        return box

    def _formats(self) -> list[tuple[str, ExportKind]]:
        return [
            (self.tr("CSV sheet (.csv)"), ExportKind.CSV),
            (self.tr("Excel workbook (.xlsx)"), ExportKind.XLSX),
            (self.tr("Word quote sheet (.docx)"), ExportKind.DOCX),
            (self.tr("REFI-QDA project, for QDA tools (.qdpx)"), ExportKind.QDPX),
            (self.tr("Archive sheet: every field, for your own copy (.csv)"), ExportKind.ARCHIVE),
        ]

    def _kind(self) -> ExportKind:
        # Qt gives the item data back as a plain str.
        return ExportKind(self.format_combo.currentData())

    def _on_format_combo_changed(self, _index: int) -> None:
        kind = self._kind()
        self.bom_check.setEnabled(kind is ExportKind.CSV)
        self.delimiter_combo.setEnabled(kind is ExportKind.CSV)
        self.archive_note.setVisible(kind is ExportKind.ARCHIVE)
        self.group_combo.setEnabled(kind is ExportKind.DOCX)
        self._enable_choices(not self._running)
        self.refresh_preview()

    @staticmethod
    def _warning(text: str, style: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.hide()
        return label

    def _columns_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Columns (drag to reorder)"))
        self.columns_list = QListWidget()
        self.columns_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for name in COLUMNS:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.columns_list.addItem(item)
        self.columns_list.itemChanged.connect(lambda _item: self.refresh_preview())
        self.columns_list.model().rowsMoved.connect(lambda *_: self.refresh_preview())
        layout = QVBoxLayout(box)
        layout.addWidget(self.columns_list)
        return box

    # -- options ----------------------------------------------------------

    def set_columns(self, names: Sequence[str]) -> None:
        """Check exactly these columns, in this order (the others follow, unchecked)."""
        self.columns_list.blockSignals(True)
        order = list(names) + [name for name in COLUMNS if name not in names]
        self.columns_list.clear()
        for name in order:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if name in names else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.columns_list.addItem(item)
        self.columns_list.blockSignals(False)
        self.refresh_preview()

    def columns(self) -> tuple[str, ...]:
        items = (self.columns_list.item(row) for row in range(self.columns_list.count()))
        return tuple(item.text() for item in items if item.checkState() == Qt.CheckState.Checked)

    def options(self) -> ExportOptions:
        """The export chosen, as the value every writer takes (the command line builds
        the same one for the same choices)."""
        kind = self._kind()
        return ExportOptions(
            format=kind.format,
            query=self.query if self.search_radio.isChecked() else None,
            ids=self.selected_ids if self.selected_radio.isChecked() else None,
            columns=self.columns(),
            include_off_record=self.off_record_check.isChecked(),
            unredacted=self.unredacted_check.isChecked(),
            include_protected_notes=self.notes_check.isChecked(),
            bom=self.bom_check.isChecked(),
            delimiter=self.delimiter_combo.currentData(),
            group_by=GroupBy(self.group_combo.currentData()),
            archive=kind is ExportKind.ARCHIVE,
        )

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
            lambda: export_risks(self.library, options),
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

    def _enable_choices(self, enabled: bool) -> None:
        """The scope, columns and redaction choices, as far as the chosen kind has them.

        The archive sheet has none; the Word sheet and the REFI-QDA project their own
        columns; the project carries no source detail to unredact and no notes.
        """
        kind = self._kind()
        own_columns = (ExportKind.ARCHIVE, ExportKind.DOCX, ExportKind.QDPX)
        self.columns_list.setEnabled(enabled and kind not in own_columns)
        self.unredacted_check.setEnabled(enabled and kind is not ExportKind.QDPX)
        self.notes_check.setEnabled(enabled and kind not in (ExportKind.ARCHIVE, ExportKind.QDPX))
        enabled = enabled and kind is not ExportKind.ARCHIVE
        self.all_radio.setEnabled(enabled)
        self.selected_radio.setEnabled(enabled and bool(self.selected_ids))
        self.search_radio.setEnabled(enabled and self.query is not None)
        self.off_record_check.setEnabled(enabled)
        if not enabled:
            self.unredacted_check.setEnabled(False)

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
                "is damaged there. Restore it from a backup (File → Restore from backup…)."
            ).format(n=len(report.unreadable), ids=", ".join(map(str, report.unreadable[:20])))
        undescribed = report.risks.undescribed
        if undescribed:
            text += " " + self.tr(
                '{n} background quote(s) are attributed to "a source" because their source '
                'has no "described as" text (quote {ids}); write one so the editor can '
                "describe them."
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
