"""Automatic, verified, rotated backups; restore; the backup commands."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import (
    DamagedLibraryError,
    Library,
    LockedLibraryError,
    NewerLibraryError,
    NotALibraryError,
)
from quotebook.core.storage import backup
from quotebook.core.storage.backup import (
    AUTO,
    MANUAL,
    PRE_MIGRATION,
    BackupPolicy,
    backup_folder,
    list_backups,
    make_backup,
    restore_backup,
    rotate,
)
from quotebook.core.storage.migrations import SCHEMA_VERSION

Captured = pytest.CaptureFixture[str]


def _fill(path: Path, quotes: int = 3) -> None:
    with Library(path) as lib:
        source = lib.add_source("Sasha", real_name="Alexandra Petrova").created or 0
        for i in range(quotes):
            lib.add_quote(f"Quote {i}", source, tags=["exodus"])


def _check(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _texts(path: Path) -> list[str]:
    with Library(path) as lib:
        return sorted(row.text for row in lib.quote_rows(range(1, 1000)))


def test_a_new_library_is_not_backed_up(library_path: Path) -> None:
    Library(library_path).close()
    assert list_backups(library_path) == []


def test_opening_makes_one_verified_backup_per_interval(library_path: Path) -> None:
    _fill(library_path)
    Library(library_path).close()
    Library(library_path).close()
    (backup,) = list_backups(library_path)
    assert (backup.kind, backup.quotes, backup.schema_version) == (AUTO, 3, SCHEMA_VERSION)
    assert backup.path.parent == library_path.with_name("library.sqlite3.backups")
    assert _check(backup.path) == "ok"
    assert not Path(f"{backup.path}-wal").exists()  # self-contained
    assert backup.path.stat().st_mode & 0o077 == 0  # the owner's only
    policy = BackupPolicy(interval=timedelta(0))
    Library(library_path, backup_policy=policy).close()
    (newer,) = list_backups(library_path)  # due again; rotation keeps one a day
    assert newer.path != backup.path


def test_a_disabled_policy_makes_no_backup(library_path: Path) -> None:
    _fill(library_path)
    Library(library_path, backup_policy=BackupPolicy(enabled=False)).close()
    assert list_backups(library_path) == []


def test_a_large_library_is_backed_up_after_opening(library_path: Path) -> None:
    _fill(library_path)
    with Library(library_path, backup_policy=BackupPolicy(inline_limit=1)) as lib:
        assert list_backups(library_path) == []
        made = lib.backup_if_due()
        assert made is not None and made.quotes == 3
        assert lib.backup_if_due() is None  # not due again
    assert [b.kind for b in list_backups(library_path)] == [AUTO]


def test_a_backup_of_many_steps_is_one_snapshot_while_the_app_writes(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saves landing between the steps of a copy neither restart it (SQLite starts a copy
    over when its source changed between two steps, so a large library being edited was
    copied again and again) nor get into it half-way: the backup is the library as it
    was when the copy began."""
    _fill(library_path, 50)
    with Library(library_path) as lib:
        source = lib.find_sources("Sasha")[0].id
        steps: list[int] = []

        def saving(stop: object) -> Callable[[int, int, int], None]:
            steps.append(0)

            def progress(_status: int, _remaining: int, total: int) -> None:
                steps[-1] += 1
                assert steps[-1] <= total, "the copy started over"
                if steps[-1] <= 3:
                    lib.add_quote(f"Saved during step {steps[-1]}", source)

            return progress

        monkeypatch.setattr(backup, "_COPY_STEP_PAGES", 1)
        monkeypatch.setattr(backup, "_stopper", saving)
        made = lib.backup_now()
        monkeypatch.undo()
    assert made.quotes == 50 and steps[0] > 3
    assert len(_texts(library_path)) == 53


def test_a_backup_holds_what_the_library_held(library_path: Path) -> None:
    _fill(library_path)
    with Library(library_path) as lib:
        lib.add_quote("Written while open", lib.find_sources("Sasha")[0].id)
        made = lib.backup_now()
    assert made.kind == MANUAL and made.quotes == 4
    assert _texts(made.path) == _texts(library_path)


def test_a_damaged_library_is_never_backed_up(library_path: Path) -> None:
    _fill(library_path, quotes=200)
    make_backup(library_path, AUTO)
    before = sorted(backup_folder(library_path).iterdir())
    data = bytearray(library_path.read_bytes())
    page = 4096
    data[page * 3 + 1 : page * 3 + 41] = b"\xff" * 40
    library_path.write_bytes(bytes(data))
    with pytest.raises(DamagedLibraryError) as raised:
        make_backup(library_path, AUTO)
    assert "no backup was made and the existing backups were kept" in str(raised.value)
    assert sorted(backup_folder(library_path).iterdir()) == before


def _stamped(path: Path, days: list[int], now: datetime) -> None:
    for day in days:
        make_backup(path, AUTO, at=now - timedelta(days=day))


def test_rotation_keeps_days_weeks_and_months(library_path: Path) -> None:
    _fill(library_path, quotes=1)
    now = datetime(2025, 6, 30, 12, tzinfo=UTC)
    _stamped(library_path, [*range(0, 400, 3), 0, 1], now)
    make_backup(library_path, MANUAL, at=now - timedelta(days=500))
    make_backup(library_path, PRE_MIGRATION, at=now - timedelta(days=600))
    rotate(library_path, BackupPolicy(daily=7, weekly=4, monthly=12), at=now)
    kept = list_backups(library_path, count=False)
    autos = [b.taken_at for b in kept if b.kind == AUTO]
    days = {(now - t).days for t in autos}
    assert {0, 1, 3, 6, 9, 12, 15} <= days  # the newest of 7 distinct days
    assert len(autos) == len(set(autos))
    months = {(t.year, t.month) for t in autos}
    assert len(months) == 12  # one per month for a year
    assert max(days) < 366
    assert len(autos) < 7 + 4 + 12
    assert {b.kind for b in kept} == {AUTO, MANUAL, PRE_MIGRATION}  # never rotated away


def test_restore_swaps_the_backup_in_and_keeps_the_replaced_file(library_path: Path) -> None:
    _fill(library_path)
    backup = make_backup(library_path, MANUAL)
    with Library(library_path) as lib:
        lib.add_quote("Written after the backup", lib.find_sources("Sasha")[0].id)
    after = _texts(library_path)
    restored = restore_backup(library_path, backup.path)
    assert restored.quotes == 3
    assert restored.replaced is not None
    assert restored.replaced.name.startswith("library.sqlite3.replaced-")
    assert _texts(restored.replaced) == after
    assert _texts(library_path) == _texts(backup.path)
    with Library(library_path) as lib:
        assert not lib.unclean_shutdown


_CRASH = """
import os, sys
from quotebook.core import Library
lib = Library(sys.argv[1])
lib.add_quote("Only in the journal", lib.find_sources("Sasha")[0].id)
os.kill(os.getpid(), 9)
"""


def test_restore_after_a_crash_keeps_the_crashed_journal_with_the_replaced_file(
    library_path: Path,
) -> None:
    _fill(library_path)
    backup = make_backup(library_path, MANUAL)
    subprocess.run([sys.executable, "-c", _CRASH, str(library_path)], check=False)
    assert Path(f"{library_path}-wal").stat().st_size > 0
    restored = restore_backup(library_path, backup.path)
    assert restored.replaced is not None
    assert Path(f"{restored.replaced}-wal").exists()
    assert not Path(f"{library_path}-wal").exists()
    assert "Only in the journal" in _texts(restored.replaced)
    assert "Only in the journal" not in _texts(library_path)


def test_restore_refuses_while_the_library_is_open(library_path: Path) -> None:
    _fill(library_path)
    backup = make_backup(library_path, MANUAL)
    with Library(library_path), pytest.raises(LockedLibraryError, match="close it first"):
        restore_backup(library_path, backup.path)
    assert not list(library_path.parent.glob("*.replaced-*"))


def test_restore_refuses_a_damaged_backup(library_path: Path) -> None:
    _fill(library_path, quotes=200)
    backup = make_backup(library_path, MANUAL)
    data = bytearray(backup.path.read_bytes())
    data[4096 * 3 + 1 : 4096 * 3 + 41] = b"\xff" * 40
    backup.path.write_bytes(bytes(data))
    before = library_path.read_bytes()
    with pytest.raises(DamagedLibraryError) as raised:
        restore_backup(library_path, backup.path)
    assert str(backup.path) in str(raised.value)
    assert library_path.read_bytes() == before
    assert sorted(p.name for p in library_path.parent.iterdir() if "restor" in p.name) == []


def test_restore_refuses_a_newer_or_foreign_file(library_path: Path, tmp_path: Path) -> None:
    _fill(library_path)
    newer = make_backup(library_path, MANUAL).path
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(NewerLibraryError):
        restore_backup(library_path, newer)
    foreign = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(NotALibraryError):
        restore_backup(library_path, foreign)
    assert _texts(library_path) == ["Quote 0", "Quote 1", "Quote 2"]


def test_backup_commands(library_path: Path, capsys: Captured) -> None:
    _fill(library_path)
    assert main(["--library", str(library_path), "backup"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("backed up 3 quotes to ")
    made = Path(out.strip().split(" to ", 1)[1])
    assert made.exists()
    assert main(["--library", str(library_path), "backups"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2  # the manual backup and the automatic one of that opening
    assert any("manual" in line and "3 quotes" in line and str(made) in line for line in lines)
    assert main(["--library", str(library_path), "restore", made.name]) == 0
    out = capsys.readouterr().out
    assert "restored 3 quotes from" in out
    assert "the library it replaced was kept as" in out


def test_backups_of_a_library_without_any(library_path: Path, capsys: Captured) -> None:
    assert main(["--library", str(library_path), "backups"]) == 0
    assert "no backups yet in" in capsys.readouterr().err
    assert not library_path.exists()  # listing opened nothing


def test_the_command_line_warns_about_a_synchronised_folder(
    tmp_path: Path, capsys: Captured
) -> None:
    path = tmp_path / "Dropbox" / "library.sqlite3"
    assert main(["--library", str(path), "info"]) == 0
    assert "synchronised by Dropbox" in capsys.readouterr().err
