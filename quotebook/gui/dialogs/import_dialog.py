"""The import dialog: a sheet's columns mapped to Quotebook's, a dry run, then the import.

Reading the file, the dry run and the import run on the worker thread through the
core's ``preview_csv`` and ``import_csv``. The mapping starts from the sheet's
header (an exported sheet maps itself); a file that is not UTF-8 shows the core's
reason and an encoding choice. Every rejected row is listed with its line number.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import CsvError, Library, QuotebookError
from ...core.domain.validate import fold
from ...core.sheet.csv_common import CsvEncodingError
from ...core.sheet.csv_import import (
    IMPORT_FIELDS,
    CsvPreview,
    ImportReport,
    import_csv,
    preview_csv,
)
from ..app.worker import Worker
from ..records.record_form import ERROR_STYLE
from ..records.record_view import while_alive
from ..widgets.wheel_guard import guard_wheel
from . import messages
from .export_choices import WARNING_STYLE
from .preview_model import PreviewModel, preview_table

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1251", "cp1252", "latin-1", "koi8-r", "mac-roman")
DELIMITERS = ((",", "Comma ( , )"), (";", "Semicolon ( ; )"), ("\t", "Tab"))
PREVIEW_ROWS = 20


def guess_field(header: str) -> str | None:
    """The Quotebook field a sheet's header names, ignoring case, accents and spacing."""
    key = "_".join(fold(header).replace("-", " ").split())
    key = _ALIASES.get(key, key)
    return key if key in IMPORT_FIELDS else None


def read_without_mapping(header: str) -> str | None:
    """The field the import reads a column as when the mapping does not name it."""
    key = "_".join(header.strip().lower().split())
    return key if key in IMPORT_FIELDS else None


_ALIASES = {
    "organisation": "organization",
    "text": "quote",
    "date": "said_on",
    "headline": "article",
    "name": "source",
}


class ImportDialog(QDialog):
    """Import quotes from a CSV sheet.

    ``ImportDialog(library, worker, parent)``, then ``open()``; the file is asked
    through :func:`messages.choose_csv_to_open` (or given to :meth:`load_file`).
    Signal ``imported(ImportReport)`` after an import wrote to the library (the
    window reloads its views; the import is one undo step).
    """

    imported = Signal(object)
    _progressed = Signal(int, int)

    def __init__(self, library: Library, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.worker = worker
        self.path: Path | None = None
        self.header: list[str] = []
        self._combos: list[QComboBox] = []
        self._running = False
        self._closing = False  # closed during an import: it is being stopped
        self.setWindowTitle(self.tr("Import quotes"))
        self.preview_model = PreviewModel(self)
        self._build()
        self._progressed.connect(self._on_progressed)
        self._set_ready(False)

    # -- building ---------------------------------------------------------

    def _build(self) -> None:
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.error_label)
        layout.addLayout(self._reading_row())
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self._mapping_box())
        top.addWidget(self._preview_box())
        top.setStretchFactor(1, 1)
        splitter.addWidget(top)
        splitter.addWidget(self._result_box())
        layout.addWidget(splitter, 1)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addWidget(self._buttons())
        self.resize(980, 680)

    def _reading_row(self) -> QHBoxLayout:
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("Detect"), None)
        for name in ENCODINGS:
            self.encoding_combo.addItem(name, name)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem(self.tr("Detect"), None)
        for value, text in DELIMITERS:
            self.delimiter_combo.addItem(self.tr(text), value)
        self.encoding_combo.activated.connect(lambda _i: self.read_file())
        self.delimiter_combo.activated.connect(lambda _i: self.read_file())
        self.skip_check = QCheckBox(self.tr("Skip rows that cannot be imported"))
        self.skip_check.setChecked(True)
        self.skip_check.setToolTip(
            self.tr("Off: one bad row stops the import and nothing is written.")
        )
        self.encoding_label = QLabel(self.tr("Encoding:"))
        self.encoding_label.hide()
        self.encoding_combo.hide()
        row = QHBoxLayout()
        row.addWidget(self.encoding_label)
        row.addWidget(self.encoding_combo)
        row.addWidget(QLabel(self.tr("Delimiter:")))
        row.addWidget(self.delimiter_combo)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("New sources are filed as:")))
        row.addWidget(self._rule_combo())
        row.addWidget(self.skip_check)
        return row

    def _rule_combo(self) -> QComboBox:
        """The default ground rule of the sources the import creates: background first."""
        self.rule_combo = QComboBox()
        self.rule_combo.setAccessibleName(self.tr("New sources are filed as"))
        for rule, text in (
            ("background", self.tr("Background")),
            ("deep_background", self.tr("Deep background")),
            ("off_record", self.tr("Off the record")),
            ("on_record", self.tr("On the record")),
        ):
            self.rule_combo.addItem(text, rule)
        self.rule_combo.setToolTip(
            self.tr(
                "Sources the import creates get this ground rule, and so do their quotes "
                "that have none in the sheet. Known sources keep theirs."
            )
        )
        return self.rule_combo

    def _mapping_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Columns of the sheet → Quotebook"))
        self.mapping_form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(320)
        layout = QVBoxLayout(box)
        layout.addWidget(scroll)
        return box

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("First rows of the sheet"))
        self.preview = preview_table(self.preview_model)
        layout = QVBoxLayout(box)
        layout.addWidget(self.preview)
        return box

    def _result_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Result"))
        self.summary_label = QLabel(
            self.tr("Choose a file, check the columns, then try a dry run.")
        )
        self.summary_label.setWordWrap(True)
        self.rejected_list = QListWidget()
        self.rejected_list.setAlternatingRowColors(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel(self.tr("Rejected rows:")))
        layout.addWidget(self.rejected_list, 1)
        return box

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.dry_run_button = buttons.addButton(
            self.tr("Dry run"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.dry_run_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        buttons.rejected.connect(self.reject)
        return buttons

    # -- reading the file -------------------------------------------------

    def choose_file(self) -> None:
        messages.choose_csv_to_open(self, self.load_file)

    def load_file(self, path: Path) -> None:
        """Read a sheet's header and first rows (on the worker) and map its columns."""
        self.path = path
        self.file_edit.setText(str(path))
        self.encoding_combo.setCurrentIndex(0)
        self.delimiter_combo.setCurrentIndex(0)
        self.read_file()

    def read_file(self) -> None:
        if self.path is None:
            return
        path = self.path
        encoding = self.encoding_combo.currentData()
        delimiter = self.delimiter_combo.currentData()
        self._set_ready(False)
        self.worker.submit(
            lambda: preview_csv(path, encoding=encoding, delimiter=delimiter, rows=PREVIEW_ROWS),
            while_alive(self, self._on_preview_read),
            while_alive(self, self._on_failed),
            key=f"import-preview-{id(self)}",
        )

    def _on_preview_read(self, preview: CsvPreview) -> None:
        if self.encoding_combo.currentData() is None:
            self.error_label.hide()
        self.header = list(preview.header)
        self.preview_model.set_rows(self.header, preview.rows)
        self._select_data(self.encoding_combo, preview.encoding)
        self._select_data(self.delimiter_combo, preview.delimiter)
        self._fill_mapping(self.header)
        self._set_ready(True)

    @staticmethod
    def _select_data(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill_mapping(self, header: Sequence[str]) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self._combos = []
        taken: set[str] = set()
        for column in header:
            combo = QComboBox()
            guard_wheel(combo)  # the mapping scrolls: the wheel must not remap a column
            label = QLabel(column or self.tr("(no name)"))
            label.setToolTip(column)
            if read_without_mapping(column) is None:
                combo.addItem(self.tr("(ignore)"), None)
            else:  # the import reads a column named like a field unless it is mapped elsewhere
                combo.setToolTip(self.tr("A column named like a field is always imported."))
            for name in IMPORT_FIELDS:
                combo.addItem(name, name)
            field = guess_field(column)
            if field is not None and field not in taken:
                taken.add(field)
                combo.setCurrentIndex(combo.findData(field))
            self.mapping_form.addRow(label, combo)
            self._combos.append(combo)

    # -- mapping ----------------------------------------------------------

    def set_mapping(self, mapping: dict[str, str | None]) -> None:
        """Map sheet columns (by header) to Quotebook columns; None ignores a column."""
        for column, combo in zip(self.header, self._combos, strict=True):
            if column in mapping:
                combo.setCurrentIndex(combo.findData(mapping[column]))

    def mapping_combo(self, column: str) -> QComboBox:
        """The drop-down that maps the sheet column named ``column``."""
        return self._combos[self.header.index(column)]

    def mapping(self) -> dict[str, str]:
        """The sheet's columns that are imported, by header, and the field each fills."""
        chosen = zip(self.header, (c.currentData() for c in self._combos), strict=True)
        return {column: field for column, field in chosen if field is not None}

    # -- dry run and import -----------------------------------------------

    def run(self, *, dry_run: bool) -> None:
        """Check (``dry_run``) or import the sheet on the worker, with progress."""
        if self.path is None or self._running:
            return
        path, mapping = self.path, self.mapping()
        encoding = self.encoding_combo.currentData()
        delimiter = self.delimiter_combo.currentData()
        skip = self.skip_check.isChecked()
        rule = self.rule_combo.currentData()
        self._set_running(True)

        def work() -> ImportReport:
            return import_csv(
                self.library,
                path,
                mapping=mapping,
                dry_run=dry_run,
                skip_invalid=skip,
                encoding=encoding,
                delimiter=delimiter,
                progress=self._progressed.emit,
                new_source_rule=rule,
            )

        done = while_alive(self, lambda report: self._on_run_done(report, dry_run))
        self.worker.submit(work, done, while_alive(self, self._on_failed))

    def reject(self) -> None:
        """Close; an import or dry run under way is stopped first, and nothing is imported
        (its transaction is rolled back). The dialog closes once the worker says so."""
        if not self._running:
            super().reject()
        elif not self._closing:
            self._closing = True
            self.library.stop_bulk_write()
            self.summary_label.setText(self.tr("Stopping the import: nothing is imported…"))

    def _finish_closing(self) -> bool:
        """Close after an import stopped by closing (or finished first); True if so."""
        if not self._closing:
            return False
        self._closing = False
        self.library.resume_bulk_writes()
        super().reject()
        return True

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_run_done(self, report: ImportReport, dry_run: bool) -> None:
        self._set_running(False)
        self.show_report(report)
        if not dry_run and not report.aborted:
            self.imported.emit(report)  # written before the stop could land
        self._finish_closing()

    def show_report(self, report: ImportReport) -> None:
        self.summary_label.setText(summary_text(report))
        self.rejected_list.clear()
        for line, reason in report.rejected:
            self.rejected_list.addItem(
                self.tr("Line {line}: {reason}").format(line=line, reason=reason)
            )

    def _on_failed(self, error: BaseException, trace: str) -> None:
        self._set_running(False)
        if self._finish_closing() and isinstance(error, QuotebookError):
            return  # stopped, as asked (or refused on its way out): nothing to show
        if isinstance(error, CsvEncodingError) and self.encoding_combo.currentData() is None:
            self._ask_encoding(error)
        elif isinstance(error, CsvError):
            self.error_label.setStyleSheet(ERROR_STYLE)
            self.error_label.setText(
                self.tr("This file cannot be read: {reason}").format(reason=error)
            )
            self.error_label.show()
            self._set_ready(False)
        elif isinstance(error, QuotebookError | OSError):
            self.error_label.setStyleSheet(ERROR_STYLE)
            self.error_label.setText(str(getattr(error, "reason", None) or error))
            self.error_label.show()
        else:
            self.worker.failed.emit(error, trace)

    def _ask_encoding(self, error: CsvEncodingError) -> None:
        """Show the encoding choice, set to the core's suggestion, and read the file with it."""
        self.encoding_label.show()
        self.encoding_combo.show()
        index = self.encoding_combo.findData(error.suggested_encoding)
        if index < 0:
            self.encoding_combo.addItem(error.suggested_encoding, error.suggested_encoding)
            index = self.encoding_combo.count() - 1
        self.encoding_combo.setCurrentIndex(index)
        self.error_label.setText(
            self.tr(
                "This file is not UTF-8. It is read below as {encoding}; choose another "
                "encoding if the text looks wrong."
            ).format(encoding=error.suggested_encoding)
        )
        self.error_label.setStyleSheet(WARNING_STYLE)
        self.error_label.show()
        self.read_file()

    def _set_ready(self, ready: bool) -> None:
        self.dry_run_button.setEnabled(ready)
        self.import_button.setEnabled(ready)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self._set_ready(not running and self.path is not None)


def summary_text(report: ImportReport) -> str:
    """What a dry run would do, or what an import did (or why it wrote nothing)."""
    tr = _tr
    if report.aborted:
        return tr(
            "Nothing was imported: {n} of {rows} rows cannot be imported (listed below). "
            "Correct them, or tick “Skip rows that cannot be imported”."
        ).format(n=len(report.rejected), rows=report.rows_read)
    if report.dry_run:
        head = tr("Dry run of {rows} rows; nothing has been written yet.")
        verbs = (tr("to create"), tr("would be rejected"))
    else:
        head = tr("Imported {rows} rows.")
        verbs = (tr("created"), tr("rejected"))
    lines = [
        head.format(rows=report.rows_read),
        tr("Quotes {verb}: {n}").format(verb=verbs[0], n=report.quotes_created),
        tr("Sources {verb}: {n}, matched: {m}").format(
            verb=verbs[0], n=report.sources_created, m=report.sources_matched
        ),
        tr("Articles {verb}: {n}, matched: {m}").format(
            verb=verbs[0], n=report.articles_created, m=report.articles_matched
        ),
        tr("Tags {verb}: {n}").format(verb=verbs[0], n=report.tags_created),
    ]
    if report.quotes_already_present:
        lines.append(tr("Already in the library: {n}").format(n=report.quotes_already_present))
    if report.made_stricter:
        lines.append(tr("Made stricter: {n}").format(n=len(report.made_stricter)))
    if report.filed_by_default:
        lines.append(
            tr(
                "Without a ground rule, filed on their source's default: {n} (new sources: {rule})"
            ).format(n=report.filed_by_default, rule=report.new_source_rule.replace("_", " "))
        )
    lines.append(tr("Rows {verb}: {n}").format(verb=verbs[1], n=len(report.rejected)))
    if report.unknown_columns:
        lines.append(
            tr("Columns not imported: {names}").format(names=", ".join(report.unknown_columns))
        )
    return "\n".join(lines)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)
