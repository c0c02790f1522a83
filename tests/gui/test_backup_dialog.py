"""The backups dialog: listing, backing up now, restoring with the library closed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from quotebook.core import Library
from quotebook.core.storage.backup import AUTO, MANUAL, Backup, list_backups, make_backup
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs import backup_dialog, messages
from quotebook.gui.dialogs.backup_dialog import BackupDialog, BackupModel, Column


class _App:
    """What the main window does around a restore: close, then reopen its library."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.library: Library | None = Library(path)
        self.calls: list[str] = []

    def close_library(self) -> None:
        self.calls.append("close")
        assert self.library is not None
        self.library.close()
        self.library = None

    def reopen_library(self) -> None:
        self.calls.append("reopen")
        self.library = Library(self.path)


@pytest.fixture
def app(library_path: Path) -> _App:
    with Library(library_path) as lib:
        source = lib.add_source("Sasha").created or 0
        for i in range(3):
            lib.add_quote(f"Quote {i}", source)
    make_backup(library_path, AUTO)
    make_backup(library_path, MANUAL)
    opened = _App(library_path)
    yield opened
    if opened.library is not None:
        opened.library.close()


@pytest.fixture
def dialog(qtbot: QtBot, worker: Worker, app: _App) -> BackupDialog:
    shown = BackupDialog(app.path, worker, app.close_library, app.reopen_library)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.model.rowCount() == 2)
    return shown


def _cells(dialog: BackupDialog, column: Column) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_backups_are_listed_newest_first(dialog: BackupDialog) -> None:
    assert _cells(dialog, Column.KIND) == ["Made by hand", "Automatic"]
    assert _cells(dialog, Column.QUOTES) == ["3", "3"]
    assert not dialog.restore_button.isEnabled()  # nothing selected yet


def test_a_backup_under_another_passphrase_is_named_so(qtbot: QtBot, tmp_path: Path) -> None:
    taken = datetime(2024, 11, 25, 9, 0, tzinfo=UTC)
    model = BackupModel()
    model.set_backups([Backup(tmp_path / "old.sqlite3", taken, MANUAL, other_passphrase=True),
                       Backup(tmp_path / "bad.sqlite3", taken, AUTO)])  # fmt: skip
    quotes = [model.index(row, Column.QUOTES) for row in range(2)]
    assert [index.data() for index in quotes] == ["Other passphrase", "—"]
    assert "another passphrase" in quotes[0].data(Qt.ItemDataRole.ToolTipRole)


def test_a_backup_under_another_passphrase_cannot_be_chosen_for_a_restore(
    qtbot: QtBot, dialog: BackupDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def listed(library: Path) -> list[Backup]:
        first, *rest = list_backups(library)
        return [replace(first, quotes=None, other_passphrase=True), *rest]

    monkeypatch.setattr(backup_dialog, "list_backups", listed)
    dialog.refresh()
    qtbot.waitUntil(lambda: _cells(dialog, Column.QUOTES) == ["Other passphrase", "3"])
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    assert "another passphrase" in dialog.restore_button.toolTip()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()


def test_the_model_passes_qts_checks(qtmodeltester: ModelTester, dialog: BackupDialog) -> None:
    qtmodeltester.check(dialog.model)


def test_back_up_now_adds_a_checked_backup(qtbot: QtBot, dialog: BackupDialog) -> None:
    with qtbot.waitSignal(dialog.backed_up) as made:
        dialog.back_up_button.click()
    assert made.args is not None and made.args[0].quotes == 3
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert dialog.status.text() == "Backed up 3 quotes."


def _answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def confirm(_p: object, _t: str, text: str, _a: str, on_yes: Callable[[], None]) -> None:
        asked.append(text)
        on_yes()

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked


def test_restore_closes_swaps_and_reopens(
    qtbot: QtBot, dialog: BackupDialog, app: _App, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.library is not None
    app.library.add_quote("After the backups", app.library.find_sources("Sasha")[0].id)
    asked = _answer_yes(monkeypatch)
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored) as done:
        dialog.restore_button.click()
    assert "Replace the library with the backup of" in asked[0]
    assert app.calls == ["close", "reopen"]
    assert app.library is not None and app.library.info().quotes == 3
    assert done.args is not None and done.args[0].replaced.exists()
    assert dialog.status.text().startswith("Restored 3 quotes.")


def test_a_refused_restore_reopens_and_says_why(
    qtbot: QtBot, dialog: BackupDialog, app: _App, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer_yes(monkeypatch)
    other = Library(app.path)  # another window or command still has it open
    try:
        dialog.table.selectRow(0)
        with qtbot.waitSignal(dialog.failed) as failed:
            dialog.restore_button.click()
    finally:
        other.close()
    assert failed.args is not None and "close it first" in failed.args[0]
    assert "close it first" in dialog.status.text()
    assert app.calls == ["close", "reopen"]
    assert app.library is not None and app.library.info().quotes == 3
    assert len(list_backups(app.path)) == 2
