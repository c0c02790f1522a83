"""Encrypted libraries: what is on disk, passphrases, damage, and re-keying."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from encrypted_library import MARKERS, every_row, fill

from quotebook.core import (
    DamagedLibraryError,
    Library,
    NotALibraryError,
    PassphraseNeededError,
    WrongPassphraseError,
)
from quotebook.core.domain.errors import LockedLibraryError, StorageError
from quotebook.core.library.scrub import backups_holding, scrub_backups, trash_rows
from quotebook.core.sheet import csv_import_rows, csv_import_stage
from quotebook.core.sheet.csv_import import import_csv
from quotebook.core.storage import fts, keys
from quotebook.core.storage.backup import list_backups, restore_backup
from quotebook.core.storage.encryption import (
    change_passphrase,
    decrypt_library,
    encrypt_library,
    is_encrypted,
)


@pytest.fixture(autouse=True)
def _empty_ring() -> Iterator[None]:
    keys.forget_all()
    yield
    keys.forget_all()


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def digest(folder: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files_of(folder)}


def no_marker_in(paths: list[Path]) -> None:
    assert paths
    for path in paths:
        data = path.read_bytes()
        for marker in MARKERS:
            assert marker.encode() not in data, f"{marker!r} readable in {path.name}"


def test_an_encrypted_library_its_journal_and_backups_hold_no_readable_marker(
    library_path: Path,
) -> None:
    with Library(library_path, passphrase="correct horse battery") as library:
        fill(library)
        library.backup_now()
        wal = Path(f"{library_path}-wal")
        assert wal.stat().st_size > 0  # the edits are in the journal right now
        no_marker_in(files_of(library_path.parent))
        assert library.info().encrypted
    no_marker_in(files_of(library_path.parent))
    assert is_encrypted(library_path)
    assert all(is_encrypted(b.path) for b in list_backups(library_path))


def test_the_same_markers_are_readable_in_a_plain_library(library_path: Path) -> None:
    """The check above can fail: a plain library shows the markers."""
    with Library(library_path) as library:
        fill(library)
    data = library_path.read_bytes()
    assert b"Tamar Gvaramia" in data
    assert not is_encrypted(library_path)


def test_only_a_plain_library_keeps_its_temporary_tables_in_files(library_path: Path) -> None:
    """SQLite's temporary files are not encrypted: an encrypted library's temporary
    tables (an import's staged rows) stay in memory, a plain one's go to files so an
    import of any length costs the same memory."""
    encrypted = library_path.with_name("encrypted.sqlite3")
    with (
        Library(encrypted, passphrase="correct horse battery") as library,
        library.snapshot() as conn,
    ):
        assert conn.execute("PRAGMA temp_store").fetchone()[0] != 1
    with Library(library_path) as library, library.snapshot() as conn:
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 1  # FILE


def test_an_encrypted_library_s_bulk_write_keeps_a_smaller_page_cache(library_path: Path) -> None:
    """What an encrypted library would keep in temporary files stays in memory and
    grows with the page cache: its bulk writes (an import) get half the cache."""
    encrypted = library_path.with_name("encrypted.sqlite3")
    sizes = []
    for path, passphrase in ((encrypted, "correct horse battery"), (library_path, None)):
        with Library(path, passphrase=passphrase) as library, library._write("x", bulk=True) as tx:
            sizes.append(tx.conn.exec_driver_sql("PRAGMA cache_size").scalar())
    assert sizes == [-32 * 1024, -64 * 1024]


def test_no_passphrase_wrong_passphrase_and_damage_are_told_apart_and_change_nothing(
    tmp_path: Path,
) -> None:
    encrypted = tmp_path / "enc" / "library.sqlite3"
    with Library(encrypted, passphrase="right") as library:
        fill(library)
    keys.forget_all()
    before = digest(encrypted.parent)
    with pytest.raises(PassphraseNeededError) as needed:
        Library(encrypted)
    assert needed.value.path == str(encrypted)
    with pytest.raises(WrongPassphraseError) as wrong:
        Library(encrypted, passphrase="wrong")
    assert "passphrase does not open" in wrong.value.reason
    assert digest(encrypted.parent) == before
    assert not keys.known(encrypted)  # a wrong passphrase is not kept

    plain = tmp_path / "plain" / "library.sqlite3"
    with Library(plain) as library:
        fill(library)
    data = bytearray(plain.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree, header kept
    plain.write_bytes(bytes(data))
    before = digest(plain.parent)
    with pytest.raises(DamagedLibraryError):
        Library(plain, passphrase="anything")
    assert digest(plain.parent) == before


def test_a_file_that_is_not_a_whole_number_of_pages_is_not_taken_for_encrypted(
    library_path: Path,
) -> None:
    library_path.write_bytes(b"%PDF-1.7 certainly not a database\n" * 40)
    with pytest.raises(NotALibraryError):
        Library(library_path)


def test_a_flipped_byte_in_an_encrypted_page_is_refused_naming_the_backup(
    library_path: Path,
) -> None:
    with Library(library_path, passphrase="pw") as library:
        fill(library, quotes=400)
        made = library.backup_now()
    data = bytearray(library_path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 2000
    data[middle] ^= 0x01
    library_path.write_bytes(bytes(data))
    keys.forget_all()
    library = Library(library_path, passphrase="pw")
    with library, pytest.raises(DamagedLibraryError) as damaged:
        library.check()
    assert str(made.path) in damaged.value.reason
    assert "restore" in damaged.value.reason


def test_encrypt_change_and_decrypt_keep_every_row_and_every_backup(library_path: Path) -> None:
    with Library(library_path) as library:
        fill(library)
        library.backup_now()
    rows = every_row(library_path, None)
    assert rows["quote"]

    done = encrypt_library(library_path, "first")
    assert (done.encrypted, done.library_rewritten, done.backups_rewritten) == (True, True, 1)
    keys.forget_all()
    assert every_row(library_path, "first") == rows
    no_marker_in(files_of(library_path.parent))

    changed = change_passphrase(library_path, "first", "second")
    assert changed.backups_rewritten == 1
    keys.forget_all()
    with pytest.raises(WrongPassphraseError):
        Library(library_path, passphrase="first")
    assert every_row(library_path, "second") == rows
    keys.forget_all()

    decrypt_library(library_path, "second")
    assert not is_encrypted(library_path)
    assert every_row(library_path, None) == rows
    assert [b.quotes for b in list_backups(library_path)] == [40]


def leaves(path: Path, passphrase: str | None) -> tuple[int, int, int]:
    """The quotes' index: its longest leaf, its ``pgsz`` setting, and how many quotes
    one of its words finds."""
    with (
        Library(path, passphrase=passphrase, read_only=True) as library,
        library.snapshot() as conn,
    ):
        longest = conn.execute("SELECT max(length(block)) FROM quote_fts_data").fetchone()[0]
        setting = conn.execute("SELECT v FROM quote_fts_config WHERE k = 'pgsz'").fetchone()[0]
        return longest, setting, library.search("word7").total


def test_encrypting_rewrites_the_index_in_leaves_that_fit_an_encrypted_page(
    library_path: Path,
) -> None:
    """A leaf of FTS5's default size spills onto a second page once SQLCipher takes its
    bytes of each page; a library written with them is rewritten as it is encrypted."""
    with Library(library_path) as library:
        source = library.add_source("Nino").created
        for n in range(150):
            words = " ".join(f"word{(n * 7 + k * 13) % 997}" for k in range(60))
            library.add_quote(f"{words} case {n}", source)
    conn = sqlite3.connect(library_path)  # as a library of an earlier version left it
    conn.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES ('pgsz', 4050)")
    conn.execute("INSERT INTO quote_fts(quote_fts) VALUES ('optimize')")
    conn.commit()
    conn.close()
    longest, _, found = leaves(library_path, None)
    assert longest > fts.LEAF_BYTES + 8 and found > 0

    encrypt_library(library_path, "a passphrase")
    keys.forget_all()
    assert leaves(library_path, "a passphrase") == (
        pytest.approx(fts.LEAF_BYTES, abs=8),
        fts.LEAF_BYTES,
        found,
    )


def test_a_new_library_writes_leaves_that_fit_an_encrypted_page(library_path: Path) -> None:
    with Library(library_path) as library:
        fill(library)
    _, setting, _ = leaves(library_path, None)
    assert setting == fts.LEAF_BYTES


def test_re_keying_refuses_a_library_open_elsewhere_and_the_wrong_passphrase(
    library_path: Path,
) -> None:
    with Library(library_path, passphrase="pw") as library:
        fill(library, quotes=1)
        with pytest.raises(LockedLibraryError):
            change_passphrase(library_path, "pw", "new")
    before = digest(library_path.parent)
    with pytest.raises(WrongPassphraseError):
        change_passphrase(library_path, "not it", "new")
    with pytest.raises(StorageError, match="already encrypted"):
        encrypt_library(library_path, "again")
    assert digest(library_path.parent) == before


def test_a_backup_of_an_encrypted_library_restores_with_its_key(library_path: Path) -> None:
    with Library(library_path, passphrase="pw") as library:
        fill(library, quotes=3)
        made = library.backup_now()
        library.add_quote("added after the backup", 1)
    restored = restore_backup(library_path, made.path)
    assert restored.quotes == 3
    keys.forget_all()
    with Library(library_path, passphrase="pw") as library:
        assert library.info().quotes == 3
    assert restored.replaced is not None
    no_marker_in(files_of(library_path.parent))


def test_scrubbing_the_backups_of_an_encrypted_library_keeps_them_encrypted(
    library_path: Path,
) -> None:
    with Library(library_path, passphrase="pw") as library:
        fill(library, quotes=5)
        gone = library.add_quote("Xylocarpous words to scrub", 1).created or 0
        library.delete_quotes([gone])
        made = library.backup_now()
        erased = trash_rows(library)
        library.empty_trash()
        assert backups_holding(library_path, erased) == [made.path]
        assert scrub_backups(library_path, erased) == [made.path]
        assert backups_holding(library_path, erased) == []
    assert is_encrypted(made.path)
    assert [b.quotes for b in list_backups(library_path) if b.path == made.path] == [5]
    no_marker_in([made.path])


def test_a_backup_kept_elsewhere_restores_with_the_library_key(
    library_path: Path, tmp_path: Path
) -> None:
    with Library(library_path, passphrase="pw") as library:
        fill(library, quotes=2)
        made = library.backup_now()
    elsewhere = tmp_path / "usb" / "copy.sqlite3"
    elsewhere.parent.mkdir()
    made.path.rename(elsewhere)
    keys.forget_all()
    keys.use(library_path, "pw")
    assert restore_backup(library_path, elsewhere).quotes == 2
    assert not keys.known(elsewhere)  # lent for the restore only


def test_a_plain_backup_left_beside_an_encrypted_library_is_refused_clearly(
    library_path: Path,
) -> None:
    with Library(library_path) as library:
        fill(library, quotes=2)
        made = library.backup_now()
    kept = made.path.read_bytes()
    encrypt_library(library_path, "pw")
    made.path.write_bytes(kept)  # as if the process had died before rewriting it
    with pytest.raises(StorageError, match="encrypt the library again"):
        restore_backup(library_path, made.path)
    assert encrypt_library(library_path, "pw").backups_rewritten == 1
    assert restore_backup(library_path, made.path).quotes == 2


@pytest.mark.parametrize("made_by", ["new library", "encrypt"])
def test_an_encrypted_library_opens_in_sqlcipher_with_its_passphrase_and_page_settings(
    library_path: Path, made_by: str
) -> None:
    """Pages checked with HMAC-SHA256 (connect.CIPHER_SETTINGS), whichever way it was made;
    SQLCipher 4's defaults alone do not open it."""
    import sqlcipher3.dbapi2 as sqlcipher

    from quotebook.core.storage.connect import CIPHER_SETTINGS

    passphrase = "correct horse battery staple"
    with Library(library_path, passphrase=None if made_by == "encrypt" else passphrase) as lib:
        fill(lib)
    if made_by == "encrypt":
        encrypt_library(library_path, passphrase)
    keys.forget_all()

    def quotes(settings: tuple[tuple[str, str], ...]) -> int:
        conn = sqlcipher.connect(f"{library_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = '{passphrase}'")
            for name, value in settings:
                conn.execute(f"PRAGMA {name} = {value}")
            return int(conn.execute("SELECT count(*) FROM quote").fetchone()[0])
        finally:
            conn.close()

    assert quotes(CIPHER_SETTINGS) == 40
    with pytest.raises(sqlcipher.DatabaseError, match="not a database"):
        quotes(())


@pytest.mark.parametrize("encrypted", [True, False])
def test_an_import_stages_its_rows_encrypted_on_the_disk_and_removes_them(
    library_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encrypted: bool
) -> None:
    """An encrypted library's import stages the sheet's rows in a scratch file under a
    key of its own, not in memory (a plain library's go to SQLite's temporary files)."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr(csv_import_stage, "BATCH", 1)  # staged row by row
    monkeypatch.setattr(csv_import_rows, "PROGRESS_EVERY", 1)
    sheet = tmp_path / "sheet.csv"
    rows = [f'"Tenders at the Rustaveli office were rigged, case {n}",Tamar' for n in range(9)]
    sheet.write_text("quote,source\n" + "\n".join(rows) + "\n", encoding="utf-8")
    staged: list[int] = []

    def look(_read: int, _total: int) -> None:
        files = list(scratch.iterdir())
        if encrypted:
            assert len(files) == 1 and files[0].name.endswith(".scratch")
            no_marker_in(files)
            staged.append(files[0].stat().st_size)
        else:
            assert files == []

    passphrase = "correct horse battery" if encrypted else None
    with Library(library_path, passphrase=passphrase) as library:
        report = import_csv(library, sheet, progress=look)
        assert report.quotes_created == 9
        assert library.search("rustaveli").total == 9
    assert list(scratch.iterdir()) == []  # removed once the import is done
    if encrypted:
        assert staged and staged[-1] > 0
