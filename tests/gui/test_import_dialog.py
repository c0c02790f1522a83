"""Importing through the dialog: mapping, dry run, rejected lines, encodings."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from quotebook.core import Library
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.options import ExportOptions
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs import messages
from quotebook.gui.dialogs.import_dialog import ImportDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SHEET = (
    "Quote,Who,Organisation,Date,Topic\n"
    "The draft is coming.,Sasha,Yandex,2024-03-01,draft\n"
    "We left.,Lepra,,2024-13-01,exodus\n"
    ",Oleg,,,\n"
    "Я уехал.,Ilya,Polar,2024-02-02,exodus; draft\n"
)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "mine.csv"
    path.write_text(SHEET, encoding="utf-8")
    return path


def open_dialog(qtbot: QtBot, library: Library, worker: Worker, path: Path) -> ImportDialog:
    dialog = ImportDialog(library, worker)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.load_file(path)
    worker.wait_idle()
    return dialog


def rejected(dialog: ImportDialog) -> list[str]:
    items = (dialog.rejected_list.item(row) for row in range(dialog.rejected_list.count()))
    return [item.text() for item in items]


def test_mapping_is_prefilled_from_the_header(
    qtbot: QtBot, library: Library, worker: Worker, sheet: Path
) -> None:
    dialog = open_dialog(qtbot, library, worker, sheet)
    assert dialog.mapping() == {"Quote": "quote", "Organisation": "organization", "Date": "said_on"}
    assert dialog.preview_model.rowCount() == 4
    assert dialog.mapping_combo("Who").itemText(0) == "(ignore)"
    # the import reads a column named "Quote" whatever the mapping says: no "(ignore)" for it
    assert dialog.mapping_combo("Quote").findData(None) == -1
    assert dialog.preview_model.index(3, 0).data() == "Я уехал."


def test_dry_run_shows_the_summary_and_rejected_lines_and_writes_nothing(
    qtbot: QtBot, library: Library, worker: Worker, sheet: Path
) -> None:
    library.add_source("Sasha")
    dialog = open_dialog(qtbot, library, worker, sheet)
    dialog.set_mapping({"Who": "source", "Topic": "tags"})
    dialog.dry_run_button.click()
    worker.wait_idle()
    summary = dialog.summary_label.text().splitlines()
    assert summary[0] == "Dry run of 4 rows; nothing has been written yet."
    assert "Quotes to create: 2" in summary
    assert "Sources to create: 1, matched: 1" in summary
    assert "Tags to create: 2" in summary
    assert rejected(dialog) == [
        "Line 3: column 'Date': '2024-13-01' is not a real calendar date",
        "Line 4: column 'Quote': must not be empty",
    ]
    assert library.info().quotes == 0
    assert [s.name for s in library.list_sources()] == ["Sasha"]


def test_import_writes_the_valid_rows_and_lists_the_rejected(
    qtbot: QtBot, library: Library, worker: Worker, sheet: Path
) -> None:
    dialog = open_dialog(qtbot, library, worker, sheet)
    dialog.set_mapping({"Who": "source", "Topic": "tags"})
    with qtbot.waitSignal(dialog.imported) as imported:
        dialog.import_button.click()
        worker.wait_idle()
    assert imported.args[0].quotes_created == 2
    assert sorted(s.name for s in library.list_sources()) == ["Ilya", "Sasha"]
    assert sorted((t.name, t.quote_count) for t in library.list_tags()) == [
        ("draft", 2),
        ("exodus", 1),
    ]
    assert "Quotes created: 2" in dialog.summary_label.text()
    assert [line.split(":")[0] for line in rejected(dialog)] == ["Line 3", "Line 4"]


def test_without_skipping_one_bad_row_stops_the_import(
    qtbot: QtBot, library: Library, worker: Worker, sheet: Path
) -> None:
    dialog = open_dialog(qtbot, library, worker, sheet)
    dialog.set_mapping({"Who": "source", "Topic": "tags"})
    dialog.skip_check.setChecked(False)
    dialog.import_button.click()
    worker.wait_idle()
    assert dialog.summary_label.text().startswith("Nothing was imported: 2 of 4 rows")
    assert library.info().quotes == 0
    assert len(rejected(dialog)) == 2


def test_an_exported_sheet_maps_itself_and_comes_back(
    qtbot: QtBot, library: Library, worker: Worker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sasha = library.add_source("Sasha", role="engineer").created
    assert sasha is not None
    library.add_quote("One.", sasha, tags=["draft"], said_on="2024-01-02")
    path = tmp_path / "export.csv"
    export_csv(library, path, ExportOptions(columns=("quote", "source", "role", "said_on", "tags")))
    other = Library(tmp_path / "other.sqlite3")
    try:

        def choose(_parent: QWidget, on_chosen: Callable[[Path], None]) -> None:
            on_chosen(path)

        monkeypatch.setattr(messages, "choose_csv_to_open", choose)
        dialog = ImportDialog(other, worker)
        qtbot.addWidget(dialog)
        dialog.choose_file()
        worker.wait_idle()
        assert dialog.file_edit.text() == str(path)
        assert dialog.mapping() == {
            "quote": "quote",
            "source": "source",
            "role": "role",
            "said_on": "said_on",
            "tags": "tags",
        }
        dialog.import_button.click()
        worker.wait_idle()
        quote = other.get_quote(1)
        assert (quote.text, quote.source_name, quote.tags) == ("One.", "Sasha", ("draft",))
        assert other.list_sources()[0].role == "engineer"
    finally:
        other.close()


def test_a_file_that_is_not_utf8_offers_an_encoding(
    qtbot: QtBot, library: Library, worker: Worker, tmp_path: Path
) -> None:
    path = tmp_path / "cyrillic.csv"
    path.write_text("quote,source\nЯ уехал в марте.,Илья\n", encoding="cp1251")
    dialog = open_dialog(qtbot, library, worker, path)
    worker.wait_idle()
    assert dialog.encoding_combo.isVisibleTo(dialog)
    assert dialog.encoding_combo.currentData() == "cp1251"
    assert "not UTF-8" in dialog.error_label.text()
    assert dialog.preview_model.index(0, 0).data() == "Я уехал в марте."
    dialog.import_button.click()
    worker.wait_idle()
    assert library.get_quote(1).source_name == "Илья"


def test_closing_while_importing_stops_the_import_and_imports_nothing(
    qtbot: QtBot, library: Library, worker: Worker, sheet: Path
) -> None:
    dialog = open_dialog(qtbot, library, worker, sheet)
    dialog.set_mapping({"Who": "source"})
    release = threading.Event()
    worker.submit(release.wait)  # holds the import in the queue while Close is pressed
    dialog.import_button.click()
    dialog.reject()
    assert dialog.isVisible()
    assert dialog.summary_label.text() == "Stopping the import: nothing is imported…"
    release.set()
    worker.wait_idle()
    assert not dialog.isVisible()
    assert library.info().quotes == 0 and library.list_sources() == []
    dialog = open_dialog(qtbot, library, worker, sheet)
    dialog.set_mapping({"Who": "source"})
    dialog.import_button.click()
    worker.wait_idle()
    assert library.info().quotes == 2


def test_a_sheet_without_a_header_is_refused_by_name(
    qtbot: QtBot, library: Library, worker: Worker, tmp_path: Path
) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    dialog = open_dialog(qtbot, library, worker, path)
    assert dialog.error_label.text() == "This file cannot be read: the file is empty"
    assert not dialog.import_button.isEnabled()


def test_new_sources_are_background_unless_the_dialog_says_otherwise(
    qtbot: QtBot, library: Library, worker: Worker, sheet: Path
) -> None:
    dialog = open_dialog(qtbot, library, worker, sheet)
    combo = next(
        c
        for c in dialog.findChildren(QComboBox)
        if c.accessibleName() == "New sources are filed as"
    )
    assert combo.currentData() == "background"
    dialog.set_mapping({"Who": "source", "Topic": "tags"})
    dialog.import_button.click()
    worker.wait_idle()
    assert {s.default_ground_rule.value for s in library.list_sources()} == {"background"}
    assert (
        "Without a ground rule, filed on their source's default: 2 (new sources: background)"
        in (dialog.summary_label.text())
    )
    other = Library(library.path.with_name("other.sqlite3"))
    try:
        dialog = open_dialog(qtbot, other, worker, sheet)
        combo = dialog.rule_combo
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: on the record
        assert combo.currentData() == "on_record"
        dialog.set_mapping({"Who": "source", "Topic": "tags"})
        dialog.import_button.click()
        worker.wait_idle()
        assert {q.ground_rule.value for q in other.quote_rows(other.search("").ids)} == {
            "on_record"
        }
    finally:
        worker.wait_idle()
        other.close()
