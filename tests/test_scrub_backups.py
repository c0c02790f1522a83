"""Emptying the trash can take what it held out of the backups too."""

from __future__ import annotations

from pathlib import Path

from quotebook.core import Library
from quotebook.core.library.scrub import backups_holding, scrub_backups, trash_rows
from quotebook.core.storage.backup import MANUAL, list_backups, make_backup
from quotebook.core.storage.safety import verify_copy

# The rows' own words; the index's are checked by searching (it stores terms
# prefix-compressed, so a word need not appear whole in its pages).
SECRETS = [b"Quarkwhistle", b"quarkwhistle.secret@proton.me", b"Xylocarpous"]


def _fill(path: Path) -> None:
    with Library(path) as lib:
        keep = lib.add_source("Lepra").created or 0
        for i in range(30):
            lib.add_quote(f"Ordinary words number {i} about visas", keep)
        secret = lib.add_source(
            "Zbigniew Quarkwhistle", contact="quarkwhistle.secret@proton.me"
        ).created
        lib.add_quote("Xylocarpous plans were made", secret or 0, tags=["leak"])
        lonely = lib.add_quote("Xylocarpous is what I said", keep).created or 0
        lib.delete_quotes([lonely])
        lib.delete_source(secret or 0)


def _found(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [word for word in SECRETS if word in data]


def test_scrubbing_rewrites_each_backup_without_the_erased_rows(library_path: Path) -> None:
    _fill(library_path)
    old = [make_backup(library_path, MANUAL).path, make_backup(library_path, MANUAL).path]
    assert _found(old[0]) == SECRETS
    with Library(library_path) as lib:
        erased = trash_rows(lib)
        assert (len(erased.quotes), len(erased.sources)) == (2, 1)
        lib.empty_trash()
        assert backups_holding(library_path, erased) == old[::-1]  # newest first
        after = make_backup(library_path, MANUAL).path
        assert backups_holding(library_path, erased) == old[::-1]
        assert scrub_backups(library_path, erased) == old[::-1]
        assert backups_holding(library_path, erased) == []
    for path in old:
        assert _found(path) == []
        assert verify_copy(path, 99)[1] == 30
        assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    with Library(old[0]) as copy:
        assert copy.search("visas").ids and not copy.search("xylocarpous").ids
        assert [s.name for s in copy.list_sources()] == ["Lepra"]
    assert after in {b.path for b in list_backups(library_path)}
    assert list(old[0].parent.glob(".*")) == []


def test_a_row_with_a_reused_id_is_not_taken_for_an_erased_one(library_path: Path) -> None:
    with Library(library_path) as lib:
        keep = lib.add_source("Lepra").created or 0
        gone = lib.add_quote("Xylocarpous, said once", keep).created or 0
        lib.delete_quotes([gone])
        erased = trash_rows(lib)
        lib.empty_trash()
        again = lib.add_quote("A new quote that took the free id", keep).created
        assert again == gone
    make_backup(library_path, MANUAL)
    assert backups_holding(library_path, erased) == []
