"""Every file that holds sources is owner-only: 0700 folders, 0600 files.

Each test runs with an empty umask, so a file the code did not make owner-only
itself shows up as readable by others (0644, 0666) instead of being masked.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import Library
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.options import ExportOptions
from quotebook.core.storage.backup import AUTO, MANUAL, backup_folder, make_backup, restore_backup
from quotebook.core.storage.files import library_files
from quotebook.core.storage.lock import lock_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
FIXTURE = Path(__file__).parent / "fixtures" / "library_v1.sqlite3"


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_owner_only(*paths: Path) -> None:
    found = {str(p): oct(mode(p)) for p in paths}
    wanted = {str(p): oct(0o700 if p.is_dir() else 0o600) for p in paths}
    assert found == wanted


def _fill(path: Path) -> None:
    with Library(path) as lib:
        sasha = lib.add_source("Sasha", real_name="Alexandra Petrova").created or 0
        lib.add_quote("We left in March.", sasha)


def test_a_new_library_its_folder_journal_and_lock_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "library.sqlite3"
    with Library(path) as lib:
        lib.add_source("Sasha", real_name="Alexandra Petrova")
        journal = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(p.exists() for p in journal)
        assert_owner_only(path.parent, path.parent.parent, path, lock_path(path), *journal)


def test_backups_and_their_folder_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _fill(path)
    made = [make_backup(path, MANUAL).path, make_backup(path, AUTO).path]
    assert_owner_only(backup_folder(path), *made)


def test_the_pre_migration_backup_and_upgraded_library_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    os.chmod(path, 0o600)
    with Library(path) as lib:
        assert lib.upgraded_from == 1
        made = list(backup_folder(path).iterdir())
        assert_owner_only(backup_folder(path), *made, Path(f"{path}-wal"))


def test_a_restore_leaves_every_file_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _fill(path)
    backup = make_backup(path, MANUAL).path
    with Library(path) as lib:
        lib.add_source("Lepra")
    restored = restore_backup(path, backup)
    assert restored.replaced is not None
    assert_owner_only(path, restored.replaced)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_export_is_owner_only_even_over_a_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _fill(path)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("old")
    os.chmod(sheet, 0o644)
    with Library(path) as lib:
        export_csv(lib, sheet)
    assert_owner_only(sheet)
    assert "We left in March." in sheet.read_text(encoding="utf-8-sig")


def test_the_command_line_export_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _fill(path)
    sheet = tmp_path / "cli.csv"
    assert main(["--library", str(path), "export", "-o", str(sheet)]) == 0
    assert_owner_only(sheet)


def _loosen(path: Path) -> list[Path]:
    loose = [p for p in library_files(path) if p.exists()]
    for p in loose:
        os.chmod(p, 0o755 if p.is_dir() else 0o644)
    return loose


def test_opening_tightens_a_library_others_could_read(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _fill(path)
    make_backup(path, MANUAL)
    loose = _loosen(path)
    assert len(loose) >= 4  # library, lock, backups folder, a backup
    with Library(path) as lib:
        assert sorted(lib.tightened) == sorted(loose)
    assert_owner_only(*loose)
    with Library(path) as lib:
        assert lib.tightened == ()


def test_the_command_line_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "library.sqlite3"
    _fill(path)
    _loosen(path)
    assert main(["--library", str(path), "info"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert "other users could read 2 files of this library" in lines[0]
    assert "made readable by you only" in lines[0]


def test_a_folder_the_reporter_chose_is_left_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    path = folder / "library.sqlite3"
    _fill(path)
    assert mode(folder) == 0o755
    assert_owner_only(path)


def test_quotebooks_own_data_folder_is_tightened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "share" / "Quotebook"
    own.mkdir(parents=True, mode=0o755)
    monkeypatch.setattr("quotebook.core.storage.opening.data_folder", lambda: own)
    with Library(own / "library.sqlite3") as lib:
        assert own in lib.tightened
    assert_owner_only(own)


@pytest.mark.parametrize("name", ["sheet.xlsx", "sheet.docx", "archive.csv"])
def test_every_export_format_is_owner_only(tmp_path: Path, name: str) -> None:
    from quotebook.core.sheet.archive import export_archive
    from quotebook.core.sheet.formats import format_for
    from quotebook.core.sheet.writers import export_sheet

    path = tmp_path / "library.sqlite3"
    _fill(path)
    out = tmp_path / name
    with Library(path) as lib:
        if name == "archive.csv":
            export_archive(lib, out, ExportOptions(archive=True, with_protected=True))
        else:
            export_sheet(lib, out, ExportOptions(format=format_for(out)))
    assert_owner_only(out)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
