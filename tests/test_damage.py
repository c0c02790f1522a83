"""Damaged files are refused with a clear message and left exactly as they were."""

from __future__ import annotations

import hashlib
import shlex
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quotebook.core import DamagedLibraryError, Library, NotALibraryError, StorageError
from quotebook.core.storage.backup import list_backups

_WRITER = """
import sys, time
from quotebook.core import Library
lib = Library(sys.argv[1])
source = lib.find_sources("Sasha")[0].id
for i in range(40):
    lib.add_quote(f"written before the crash {i}", source)
print("ready", flush=True)
time.sleep(60)
"""


def _fill(path: Path, quotes: int = 400) -> None:
    """A library whose quote table spans many pages."""
    with Library(path) as lib:
        source = lib.add_source("Sasha", real_name="Alexandra Petrova").created or 0
        for i in range(quotes):
            lib.add_quote(f"Quote number {i}: " + "words of the source " * 12, source)


def _crash_while_writing(path: Path) -> None:
    """Leave a -wal and a -shm behind, as a killed Quotebook does."""
    args = [sys.executable, "-c", _WRITER, str(path)]
    with subprocess.Popen(args, stdout=subprocess.PIPE) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        child.send_signal(signal.SIGKILL)
    assert Path(f"{path}-wal").stat().st_size > 0


def _hashes(path: Path) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for suffix in ("", "-wal", "-shm"):
        file = Path(f"{path}{suffix}")
        found[suffix] = hashlib.sha256(file.read_bytes()).hexdigest() if file.exists() else None
    return found


def _leaf_page(path: Path, table: str) -> int:
    """The first leaf page of ``table``'s b-tree (or an index's), found by walking down
    from its root."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (page,) = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,))
    finally:
        conn.close()
    data = path.read_bytes()
    number = page[0]
    while True:
        start = (number - 1) * page_size + (100 if number == 1 else 0)
        kind = data[start]
        if kind in (0x0D, 0x0A):  # a table's leaf, an index's leaf
            return int(number)
        assert kind in (0x05, 0x02), f"page {number} is not a b-tree page"
        first_cell = int.from_bytes(data[start + 12 : start + 14], "big")
        cell = (number - 1) * page_size + first_cell
        number = int.from_bytes(data[cell : cell + 4], "big")


def _corrupt_page(path: Path, number: int) -> None:
    """Overwrite a b-tree page's header and cell pointers with nonsense."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((number - 1) * page_size + 1)
        handle.write(b"\xff" * 40)


def _refused(path: Path, error: type[StorageError]) -> str:
    before = _hashes(path)
    with pytest.raises(error) as raised:
        Library(path)
    assert _hashes(path) == before, "the refused file or its journal changed"
    return str(raised.value)


@pytest.fixture
def damaged(library_path: Path) -> Path:
    """A library with a good backup, killed while writing, then with a page corrupted."""
    _fill(library_path)
    with Library(library_path) as lib:
        lib.backup_now()
    _crash_while_writing(library_path)
    _corrupt_page(library_path, _leaf_page(library_path, "quote"))
    return library_path


def test_a_corrupted_page_is_refused_and_nothing_is_changed(damaged: Path) -> None:
    message = _refused(damaged, DamagedLibraryError)
    assert "the library is damaged" in message
    assert "The file was left as it was" in message


def test_the_message_names_the_newest_good_backup_and_the_command(damaged: Path) -> None:
    backup = list_backups(damaged)[0]
    message = _refused(damaged, DamagedLibraryError)
    command = shlex.join(["quotebook", "--library", str(damaged), "restore", str(backup.path)])
    assert f"The newest good backup is {backup.path}" in message
    assert "400 quotes" in message
    assert command in message


def test_a_damaged_library_is_refused_again_on_every_open(damaged: Path) -> None:
    first = _refused(damaged, DamagedLibraryError)
    assert _refused(damaged, DamagedLibraryError) == first


def test_a_truncated_file_is_refused(library_path: Path) -> None:
    _fill(library_path)
    data = library_path.read_bytes()
    library_path.write_bytes(data[: len(data) // 2])
    message = _refused(library_path, DamagedLibraryError)
    assert "the library is damaged" in message


def test_a_file_cut_inside_its_header_is_refused(library_path: Path) -> None:
    _fill(library_path, quotes=1)
    library_path.write_bytes(library_path.read_bytes()[:60])
    assert "truncated" in _refused(library_path, DamagedLibraryError)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty (0 bytes)"),
        (b"%PDF-1.7 certainly not a database\n" * 40, "not SQLite at all"),
    ],
)
def test_a_file_that_is_not_a_library_is_refused_untouched(
    library_path: Path, content: bytes, words: str
) -> None:
    library_path.write_bytes(content)
    assert words in _refused(library_path, NotALibraryError)
    assert sorted(p.name for p in library_path.parent.iterdir()) == [library_path.name]


def _break_index(path: Path) -> None:
    """Make an index disagree with its table: only the full integrity check sees it."""
    conn = sqlite3.connect(path, isolation_level=None)
    row = conn.execute(
        "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema "
        "WHERE name = 'ix_source_name_key'"
    ).fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_schema WHERE name = 'ix_source_name_key'")
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE source SET name_key = 'someone else'")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_schema VALUES (?, ?, ?, ?, ?)", row)
    conn.close()


def test_after_a_crash_the_full_integrity_check_runs(library_path: Path) -> None:
    _fill(library_path, quotes=5)
    _crash_while_writing(library_path)
    with Library(library_path) as lib:
        assert lib.unclean_shutdown
        assert lib.info().quotes == 45
    with Library(library_path) as lib:
        assert not lib.unclean_shutdown


def test_index_damage_after_a_crash_is_found_by_the_full_check(library_path: Path) -> None:
    _fill(library_path, quotes=5)
    _crash_while_writing(library_path)
    conn = sqlite3.connect(library_path)  # fold the journal in, keep the marker
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _break_index(library_path)
    message = _refused(library_path, DamagedLibraryError)
    assert "integrity check found" in message
    assert "ix_source_name_key" in message
