"""The command line and the export dialog describe the same export with the same value."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox
from pytestqt.qtbot import QtBot

from quotebook.cli import build_parser
from quotebook.commands.export import export_options
from quotebook.core import Library
from quotebook.core.domain.values import GroupBy
from quotebook.core.sheet.formats import ExportFormat
from quotebook.core.sheet.options import ExportOptions
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs.export_dialog import ExportDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

Choose = Callable[[ExportDialog], None]


def _pick(combo: QComboBox, data: str) -> None:
    """Choose the item of ``data`` with the arrow keys, as a user would."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != data:
        before = combo.currentIndex()
        QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"no item {data!r}"


def _tick(box: QCheckBox) -> None:
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)


def _combo(dialog: ExportDialog, name: str) -> QComboBox:
    (found,) = [c for c in dialog.findChildren(QComboBox) if c.accessibleName() == name]
    return found


def _xlsx_off_record_unredacted(dialog: ExportDialog) -> None:
    _pick(_combo(dialog, "Format"), "xlsx")
    _tick(dialog.off_record_check)
    _tick(dialog.unredacted_check)


def _docx_by_source_with_notes(dialog: ExportDialog) -> None:
    _pick(_combo(dialog, "Format"), "docx")
    _pick(_combo(dialog, "Group quotes by"), GroupBy.SOURCE.value)
    _tick(dialog.notes_check)


def _csv_semicolon_no_bom_columns(dialog: ExportDialog) -> None:
    _tick(dialog.bom_check)
    _pick(dialog.delimiter_combo, ";")
    dialog.set_columns(["quote", "tags", "quote_id"])


def _qdpx_off_record(dialog: ExportDialog) -> None:
    _pick(_combo(dialog, "Format"), "qdpx")
    _tick(dialog.off_record_check)


def _archive(dialog: ExportDialog) -> None:
    _pick(_combo(dialog, "Format"), "archive")


XLSX, DOCX, QDPX = ExportFormat.XLSX, ExportFormat.DOCX, ExportFormat.QDPX
CASES: list[tuple[list[str], str | None, Choose, ExportOptions]] = [
    (["-o", "q.csv"], None, lambda _dialog: None, ExportOptions()),
    (
        ["draft", "-o", "q.xlsx", "--include-off-record", "--unredacted"],
        "draft",
        _xlsx_off_record_unredacted,
        ExportOptions(format=XLSX, query="draft", include_off_record=True, unredacted=True),
    ),
    (
        ["draft", "-o", "q.docx", "--group-by", "source", "--include-protected-notes"],
        "draft",
        _docx_by_source_with_notes,
        ExportOptions(
            format=DOCX, query="draft", include_protected_notes=True, group_by=GroupBy.SOURCE
        ),
    ),
    (
        ["-o", "q.csv", "--no-bom", "--delimiter", ";", "--columns", "quote,tags,quote_id"],
        None,
        _csv_semicolon_no_bom_columns,
        ExportOptions(columns=("quote", "tags", "quote_id"), bom=False, delimiter=";"),
    ),
    (
        ["-o", "q.qdpx", "--include-off-record"],
        None,
        _qdpx_off_record,
        ExportOptions(format=QDPX, include_off_record=True),
    ),
    (["--archive", "-o", "a.csv"], None, _archive, ExportOptions(archive=True)),
]


@pytest.mark.parametrize(
    ("argv", "query", "choose", "expected"),
    CASES,
    ids=["defaults", "xlsx-search", "docx-by-source", "csv-spelled", "qdpx", "archive"],
)
def test_the_dialog_and_the_command_line_give_the_same_options(
    qtbot: QtBot,
    library: Library,
    worker: Worker,
    argv: list[str],
    query: str | None,
    choose: Choose,
    expected: ExportOptions,
) -> None:
    args = build_parser(["export"]).parse_args(["export", *argv])
    from_cli = export_options(args, library)
    dialog = ExportDialog(library, worker, query=query)
    qtbot.addWidget(dialog)
    dialog.open()
    worker.wait_idle()
    choose(dialog)
    worker.wait_idle()
    assert dialog.options() == from_cli == expected
