"""The export dialog's choices: which quotes, which format and columns, how redacted.

:class:`ExportChoices` builds the widgets and reads them back as the one
:class:`~quotebook.core.sheet.options.ExportOptions` the writers take; the
dialog (export_dialog.py) adds the preview and runs the export.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.domain.values import GroupBy
from ...core.sheet.csv_common import COLUMNS
from ...core.sheet.options import ExportOptions
from .export_options import ExportKind

WARNING_STYLE = "color: #8a4b00;"
DANGER_STYLE = "color: #b00020; font-weight: bold;"


class ExportChoices(QDialog):
    """The choices of an export as widgets, and :meth:`options` reading them.

    A change of choice calls :meth:`refresh_preview`; choices are locked while
    ``_running``.
    """

    def __init__(
        self, selected_ids: Sequence[int], query: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.selected_ids = tuple(selected_ids)
        self.query = query.strip() if query and query.strip() else None
        self._running = False
        self._warnings: dict[QCheckBox, QLabel] = {}

    def refresh_preview(self) -> None:
        """Show what the choices give (the dialog reads its preview here)."""

    # -- building ---------------------------------------------------------

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
        self._add_format_rows(form)
        self._add_redaction_rows(form)
        self.delimiter_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        for check, warning in self._warnings.items():
            check.toggled.connect(warning.setVisible)
            check.toggled.connect(lambda _on: self.refresh_preview())
        return box

    def _add_format_rows(self, form: QFormLayout) -> None:
        """The format, and how it is spelled: grouping (Word), byte-order mark and delimiter
        (CSV)."""
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        for label, file_format in self._formats():
            self.format_combo.addItem(label, file_format)
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
        self.bom_check = QCheckBox(self.tr("Byte-order mark (for Excel)"))
        self.bom_check.setChecked(True)
        form.addRow(self.bom_check)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem(self.tr("Comma ( , )"), ",")
        self.delimiter_combo.addItem(self.tr("Semicolon ( ; )"), ";")
        form.addRow(self.tr("Delimiter:"), self.delimiter_combo)

    def _add_redaction_rows(self, form: QFormLayout) -> None:
        """The opt-in choices that loosen the redaction, each with its warning."""
        self.off_record_check, self.off_record_warning = self._opt_in(
            self.tr("Include off-the-record quotes"),
            self.tr(
                "Quotes given off the record will be in the file. Their sources agreed to "
                "talk only if these words are never published."
            ),
            WARNING_STYLE,
        )
        self.unredacted_check, self.unredacted_warning = self._opt_in(
            self.tr("Unredacted: name every source"),
            self.tr(
                "Names of background sources will appear: every source's printed name, "
                "age, role and organisation is written whatever the ground rule. Only "
                "for you, or an editor who must know who a source is."
            ),
            DANGER_STYLE,
        )
        self.notes_check, self.notes_warning = self._opt_in(
            self.tr("Include notes on protected quotes"),
            self.tr(
                "The context and notes of quotes on background, deep background and off "
                "the record will be in the file. Your own notes (where you met, what the "
                "source does) can identify them."
            ),
            DANGER_STYLE,
        )
        self.notes_check.setAccessibleName(self.tr("Include notes on protected quotes"))
        for check in (self.off_record_check, self.unredacted_check, self.notes_check):
            form.addRow(check)
            form.addRow(self._warnings[check])

    def _opt_in(self, label: str, warning: str, style: str) -> tuple[QCheckBox, QLabel]:
        """A check box and the warning shown while it is ticked."""
        check = QCheckBox(label)
        self._warnings[check] = self._warning(warning, style)
        return check, self._warnings[check]

    def _formats(self) -> list[tuple[str, ExportKind]]:
        return [
            (self.tr("CSV sheet (.csv)"), ExportKind.CSV),
            (self.tr("Excel workbook (.xlsx)"), ExportKind.XLSX),
            (self.tr("Word quote sheet (.docx)"), ExportKind.DOCX),
            (self.tr("REFI-QDA project, for QDA tools (.qdpx)"), ExportKind.QDPX),
            (self.tr("Archive sheet: every field, for your own copy (.csv)"), ExportKind.ARCHIVE),
        ]

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
            self._add_column(name, checked=True)
        self.columns_list.itemChanged.connect(lambda _item: self.refresh_preview())
        self.columns_list.model().rowsMoved.connect(lambda *_: self.refresh_preview())
        layout = QVBoxLayout(box)
        layout.addWidget(self.columns_list)
        return box

    def _add_column(self, name: str, *, checked: bool) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.columns_list.addItem(item)

    # -- reading and enabling ---------------------------------------------

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

    def set_columns(self, names: Sequence[str]) -> None:
        """Check exactly these columns, in this order (the others follow, unchecked)."""
        self.columns_list.blockSignals(True)
        self.columns_list.clear()
        for name in list(names) + [name for name in COLUMNS if name not in names]:
            self._add_column(name, checked=name in names)
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
