"""Exporting through the dialog, the file read back with the csv module."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from quotebook.core import Library
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs import messages
from quotebook.gui.dialogs.export_dialog import ExportDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def filled(library: Library) -> Library:
    sasha = library.add_source("Sasha", age=23, role="engineer", organization="Yandex").created
    lepra = library.add_source(
        "Lepra", described_as="a developer in Yerevan", default_ground_rule="background"
    ).created
    oleg = library.add_source("Oleg", default_ground_rule="off_record").created
    assert sasha and lepra and oleg
    library.add_quote("The draft is coming.", sasha, tags=["draft"])
    library.add_quote("=We left in a week.", lepra)
    library.add_quote("Nobody may know this.", oleg)
    return library


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The file chooser answers with tmp_path/out.csv; messages shown are collected."""
    shown: list[str] = []

    def choose(
        _parent: QWidget, _suggested: Path | None, on_chosen: Callable[[Path], None]
    ) -> None:
        on_chosen(tmp_path / "out.csv")

    def inform(_parent: QWidget, _title: str, text: str, *, warning: bool = False) -> None:
        shown.append(text)

    monkeypatch.setattr(messages, "choose_export_to_save", choose)
    monkeypatch.setattr(messages, "inform", inform)
    return shown


def open_dialog(qtbot: QtBot, library: Library, worker: Worker, **scope: object) -> ExportDialog:
    dialog = ExportDialog(library, worker, **scope)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    worker.wait_idle()
    return dialog


def export(dialog: ExportDialog, worker: Worker) -> None:
    dialog.export_button.click()
    worker.wait_idle()


def read(path: Path, delimiter: str = ",") -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_whole_library_export_leaves_off_record_quotes_out(
    qtbot: QtBot, filled: Library, worker: Worker, answers: list[str], tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, filled, worker)
    assert dialog.all_radio.isChecked()
    assert not dialog.selected_radio.isEnabled()
    export(dialog, worker)
    out = tmp_path / "out.csv"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read(out)
    assert rows[0][:4] == ["quote_id", "quote", "attribution", "source"]
    assert [row[1] for row in rows[1:]] == ["The draft is coming.", "'=We left in a week."]
    assert rows[1][2] == "Sasha, a 23-year-old engineer at Yandex"
    assert rows[2][2:4] == ["a developer in Yerevan", ""]
    assert answers == [f"Exported 2 quotes to {out}. 1 off-the-record quote was left out."]
    assert not dialog.isVisible()


def test_off_record_and_unredacted_come_with_warnings(
    qtbot: QtBot, filled: Library, worker: Worker, answers: list[str], tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, filled, worker)
    assert not dialog.off_record_warning.isVisibleTo(dialog)
    dialog.off_record_check.setChecked(True)
    assert dialog.off_record_warning.isVisibleTo(dialog)
    assert "off the record will be in the file" in dialog.off_record_warning.text()
    dialog.unredacted_check.setChecked(True)
    assert dialog.unredacted_warning.isVisibleTo(dialog)
    assert "Names of background sources will appear" in dialog.unredacted_warning.text()
    export(dialog, worker)
    rows = read(tmp_path / "out.csv")
    assert [row[3] for row in rows[1:]] == ["Sasha", "Lepra", "Oleg"]
    assert rows[3][1] == "Nobody may know this."
    assert answers == [f"Exported 3 quotes to {tmp_path / 'out.csv'}."]


def test_selected_quotes_chosen_columns_semicolon_no_bom(
    qtbot: QtBot, filled: Library, worker: Worker, answers: list[str], tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, filled, worker, selected_ids=[2, 1], query="draft")
    assert dialog.selected_radio.isChecked()
    dialog.set_columns(["quote", "tags", "quote_id"])
    dialog.bom_check.setChecked(False)
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(";"))
    worker.wait_idle()
    assert (
        dialog.preview_model.headerData(1, dialog.preview.horizontalHeader().orientation())
        == "tags"
    )
    export(dialog, worker)
    out = tmp_path / "out.csv"
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read(out, ";") == [
        ["quote", "tags", "quote_id"],
        ["'=We left in a week.", "", "2"],
        ["The draft is coming.", "draft", "1"],
    ]


def test_preview_shows_the_first_rows_as_written(
    qtbot: QtBot, filled: Library, worker: Worker
) -> None:
    dialog = open_dialog(qtbot, filled, worker)
    model = dialog.preview_model
    assert model.rowCount() == 2
    assert model.index(1, 1).data() == "'=We left in a week."
    dialog.off_record_check.setChecked(True)
    worker.wait_idle()
    assert model.rowCount() == 3


def test_no_columns_cannot_be_exported(qtbot: QtBot, filled: Library, worker: Worker) -> None:
    dialog = open_dialog(qtbot, filled, worker)
    dialog.set_columns([])
    assert dialog.status_label.text() == "Choose at least one column."
    assert not dialog.export_button.isEnabled()


def test_cancel_stops_the_export_and_writes_no_file(
    qtbot: QtBot,
    filled: Library,
    worker: Worker,
    answers: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, filled, worker)
    release = threading.Event()

    def choose(
        _parent: QWidget, _suggested: Path | None, on_chosen: Callable[[Path], None]
    ) -> None:
        worker.submit(release.wait)  # keeps the export queued until Cancel has been pressed
        on_chosen(tmp_path / "out.csv")

    monkeypatch.setattr(messages, "choose_export_to_save", choose)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.progress.isVisibleTo(dialog))
    dialog.reject()
    release.set()
    worker.wait_idle()
    assert dialog.status_label.text() == "Export cancelled; no file was written."
    assert not (tmp_path / "out.csv").exists()
    assert list(tmp_path.glob("*.part")) == []
    assert answers == []
    assert dialog.isVisible()


def test_a_preview_that_arrives_after_the_dialog_is_gone_is_dropped(
    qtbot: QtBot, filled: Library, worker: Worker
) -> None:
    release = threading.Event()
    worker.submit(release.wait)  # the preview waits in the queue while the dialog goes
    dialog = ExportDialog(filled, worker)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not isValid(dialog))
    release.set()
    assert worker.wait_idle()


def test_notes_on_protected_quotes_only_when_ticked_with_a_warning(
    qtbot: QtBot, filled: Library, worker: Worker, answers: list[str], tmp_path: Path
) -> None:
    filled.add_quote("On background.", 2, notes="met at his flat", context="at the flat")
    dialog = open_dialog(qtbot, filled, worker)
    export(dialog, worker)
    notes = [row[-1] for row in read(tmp_path / "out.csv")[1:]]
    assert "met at his flat" not in notes
    dialog = open_dialog(qtbot, filled, worker)
    check = next(
        c
        for c in dialog.findChildren(QCheckBox)
        if c.accessibleName() == "Include notes on protected quotes"
    )
    assert not check.isChecked() and not dialog.notes_warning.isVisibleTo(dialog)
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked() and dialog.notes_warning.isVisibleTo(dialog)
    assert "can identify them" in dialog.notes_warning.text()
    export(dialog, worker)
    assert [row[-1] for row in read(tmp_path / "out.csv")[1:]][-1] == "met at his flat"


def test_a_sheet_that_links_a_source_asks_before_writing(
    qtbot: QtBot,
    filled: Library,
    worker: Worker,
    answers: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    filled.add_quote("Between us.", 1, ground_rule="background")
    asked: list[str] = []
    go_ahead = [False]

    def confirm(_p: QWidget, title: str, text: str, _a: str, on_yes: Callable[[], None]) -> None:
        asked.append(text)
        if go_ahead[0]:
            on_yes()

    monkeypatch.setattr(messages, "confirm", confirm)
    dialog = open_dialog(qtbot, filled, worker)
    export(dialog, worker)
    assert len(asked) == 1 and "same source: Sasha." in asked[0]
    assert not (tmp_path / "out.csv").exists()
    go_ahead[0] = True
    export(dialog, worker)
    assert (tmp_path / "out.csv").exists()
    assert 'attributed to "a source"' in answers[-1]


def test_a_quote_that_cannot_be_read_is_named_and_the_rest_written(
    qtbot: QtBot, library: Library, worker: Worker, answers: list[str], tmp_path: Path
) -> None:
    import sqlite3

    sasha = library.add_source("Sasha").created or 0
    for words in ("First words.", "Second words.", "Third words."):
        library.add_quote(words, sasha)
    raw = sqlite3.connect(library.path)
    raw.execute("UPDATE quote SET text = CAST(X'FF53' AS TEXT) WHERE id = 2")  # a flipped byte
    raw.commit()
    raw.close()
    dialog = open_dialog(qtbot, library, worker)
    qtbot.keyClick(dialog.export_button, Qt.Key.Key_Return)
    worker.wait_idle()
    assert [row[1] for row in read(tmp_path / "out.csv")[1:]] == ["First words.", "Third words."]
    assert len(answers) == 1
    assert "1 quote could not be read and was left out (quote 2)" in answers[0]
