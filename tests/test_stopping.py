"""Long background work (the full check, an automatic backup) stops when asked."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from quotebook.core import Library, StoppedError
from quotebook.core.storage.backup import BackupPolicy, backup_folder, list_backups


def _library(path: Path) -> Path:
    with Library(path) as library:
        source = library.add_source("Sasha").created or 0
        for number in range(300):
            library.add_quote(f"Words of quote {number} about the border " * 5, source)
    return path


def test_a_stopped_check_records_nothing_and_is_due_again(tmp_path: Path) -> None:
    path = _library(tmp_path / "library.sqlite3")
    with Library(path, defer_check=True) as library:
        assert library.check_pending
        library.stop_background()
        with pytest.raises(StoppedError):
            library.check_deferred()
        assert library.check_pending
    with Library(path, defer_check=True) as library:
        assert library.check_pending  # still due: the stopped check counted for nothing
        library.check_deferred()
        assert not library.check_pending


def test_a_stopped_backup_leaves_no_file(tmp_path: Path) -> None:
    path = _library(tmp_path / "library.sqlite3")
    for made in list_backups(path):
        made.path.unlink()
    with Library(path, backup_policy=BackupPolicy(inline_limit=0)) as library:
        assert library.backup_due()
        library.stop_background()
        with pytest.raises(StoppedError):
            library.backup_if_due()
    assert list_backups(path) == []
    assert [p.name for p in backup_folder(path).iterdir()] == []


def test_stopping_from_another_thread_ends_a_running_check(tmp_path: Path) -> None:
    path = _library(tmp_path / "library.sqlite3")
    with Library(path) as library:
        outcome: list[BaseException | None] = []

        def check_many_times() -> None:
            try:
                for _ in range(100_000):  # far longer than the test waits
                    library.check()
            except BaseException as error:
                outcome.append(error)

        thread = threading.Thread(target=check_many_times)
        thread.start()
        library.stop_background()
        thread.join(60)
        assert not thread.is_alive()
        assert len(outcome) == 1 and isinstance(outcome[0], StoppedError)


def test_stopping_ends_a_read_in_flight(tmp_path: Path) -> None:
    """Closing the app ends a search or count running on the worker (a read that would
    never end, here) with StoppedError instead of waiting for it."""
    with Library(tmp_path / "library.sqlite3") as library:
        started = threading.Event()
        outcome: list[BaseException] = []

        def read_forever() -> None:
            try:
                with library._read() as conn:
                    started.set()
                    conn.exec_driver_sql(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                        "SELECT count(*) FROM n"
                    ).scalar()
            except BaseException as error:
                outcome.append(error)

        thread = threading.Thread(target=read_forever, daemon=True)
        thread.start()
        assert started.wait(60)
        for _ in range(600):  # again until it lands: the read may not have begun yet
            library.stop_background()
            thread.join(0.1)
            if not thread.is_alive():
                break
        assert not thread.is_alive()
        assert len(outcome) == 1 and isinstance(outcome[0], StoppedError)


def test_stopping_ends_a_running_integrity_check_at_once(tmp_path: Path) -> None:
    """SQLite's integrity check is one long step that a progress handler never sees; the
    library's stop request interrupts it (a check that would run on, here)."""
    path = _library(tmp_path / "library.sqlite3")
    with Library(path) as library:
        stop = library._stopping
        conn = sqlite3.connect(path, check_same_thread=False)
        stop.watch(conn)

        def set_on_first_call() -> int:
            stop.set()  # from "another thread": here, inside the only step
            return 0

        conn.set_progress_handler(set_on_first_call, 1)  # only the interrupt can stop it
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            conn.execute("PRAGMA integrity_check").fetchall()
        conn.close()
