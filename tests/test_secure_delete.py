"""Emptying the trash leaves no trace of the deleted text in the file or its -wal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotebook.core import Library

# Words found nowhere else in the library, so that no shared prefix can hide them.
# The index stores its terms in order, each after the prefix it shares with the one
# before: "xylocarpous" follows its stem "xylocarp" as "ous", so the stem is what
# stands whole in the file.
SECRETS = [
    "Xylocarpous",
    "xylocarp",  # its stem, as the full-text index holds it
    "Quarkwhistle",
    "quarkwhistle",
    "Zbigniew",
    "quarkwhistle.secret@proton.me",
    "+48 600 111 222",
    "Йошкар-Ола",
    "иошкар",
]


def _raw(path: Path) -> bytes:
    """The library file and its -wal, as they are on disk."""
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _found(path: Path) -> list[str]:
    data = _raw(path)
    return [word for word in SECRETS if word.encode("utf-8") in data]


@pytest.fixture
def trashed(library: Library, library_path: Path) -> Library:
    """A library where a protected source and a secret quote sit in the trash."""
    keep = library.add_source("Lepra").created or 0
    for i in range(60):
        library.add_quote(f"Ordinary words number {i} about visas and trains", keep)
    secret = library.add_source(
        "Zbigniew Quarkwhistle",
        real_name="Zbigniew Quarkwhistle",
        contact="quarkwhistle.secret@proton.me +48 600 111 222",
    ).created
    assert secret
    library.add_quote("Xylocarpous plans were made in Йошкар-Ола", secret, tags=["leak"])
    other = library.add_quote("Xylocarpous is what I said", keep).created or 0
    library.delete_quotes([other])
    library.delete_source(secret)
    return library


def test_the_deleted_words_are_on_disk_before_the_trash_is_emptied(
    trashed: Library, library_path: Path
) -> None:
    """The control: the search below would see the words if they were left behind."""
    assert _found(library_path) == SECRETS


def test_emptying_the_trash_leaves_no_trace_in_file_or_wal(
    trashed: Library, library_path: Path
) -> None:
    trashed.empty_trash()
    assert _found(library_path) == []
    assert trashed.info().quotes == 60
    trashed.close()
    assert _found(library_path) == []


def test_the_index_still_finds_what_remains(trashed: Library, library_path: Path) -> None:
    trashed.empty_trash()
    conn = sqlite3.connect(f"{library_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        hits = conn.execute("SELECT count(*) FROM quote_fts WHERE quote_fts MATCH 'visas'")
        assert hits.fetchone()[0] == 60
        gone = conn.execute("SELECT count(*) FROM quote_fts WHERE quote_fts MATCH 'xylocarpous'")
        assert gone.fetchone()[0] == 0
    finally:
        conn.close()


def test_deleted_words_linger_without_the_index_purge(
    trashed: Library, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why the purge is there: without it the index keeps the deleted words."""
    from quotebook.core.library import quotes

    monkeypatch.setattr(quotes, "purge_index", lambda conn: None)
    trashed.empty_trash()
    assert "xylocarp" in _found(library_path)
    assert "Quarkwhistle" not in _found(library_path)  # rows themselves: secure_delete
