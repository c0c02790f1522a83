"""An edit that takes text out leaves no copy of it in the file, its -wal or the index.

Each test plants a word, saves an edit without it, and looks for the word while the
library is still open (the edit is saved) and after it is closed: in the raw bytes
of the file and its -wal (plain libraries), and in the full-text index's own blocks
read through SQL (plain and encrypted libraries alike).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotebook.core import Library
from quotebook.core.storage import erase, fts
from quotebook.core.storage.connect import connect

PASSPHRASE = "correct horse battery staple"
# A word found nowhere else. The index keeps each term after the start it shares with
# the term before it, so the word's end is what is looked for: no other term of the
# library ends so.
MARKER = "Zorblattqux"
TAIL = b"lattqu"

INDEXED = fts.TEXT_COLUMNS  # text, translation, original text, context, notes


def _bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _index_blocks(path: Path) -> bytes:
    """The full-text indexes' blocks, read through the library's own (keyed) SQLite."""
    conn = connect(path, "mode=ro")
    try:
        rows = conn.execute(
            "SELECT block FROM quote_fts_data UNION ALL SELECT block FROM name_fts_data"
        ).fetchall()
    finally:
        conn.close()
    return b"".join(bytes(row[0]) for row in rows if row[0] is not None)


@pytest.fixture(params=["plain", "encrypted"])
def opened(request: pytest.FixtureRequest, library_path: Path) -> Iterator[Library]:
    """A library with enough quotes for its index to hold several segments."""
    passphrase = PASSPHRASE if request.param == "encrypted" else None
    library = Library(library_path, passphrase=passphrase)
    source = library.add_source("Lepra").created or 0
    for n in range(40):
        library.add_quote(f"Ordinary words about visas and trains, number {n}", source)
    yield library
    library.close()


def _gone(library: Library, path: Path) -> None:
    """The marker is in no byte of the plain file or -wal, and in no block of the index,
    once the edit is saved and again once the library is closed."""
    assert TAIL not in _index_blocks(path).lower()
    assert TAIL not in _bytes(path).lower()  # encrypted: none ever was
    library.close()
    assert TAIL not in _index_blocks(path).lower()
    assert TAIL not in _bytes(path).lower()


@pytest.mark.parametrize("column", INDEXED)
def test_a_word_taken_out_of_a_quote_leaves_no_copy(
    opened: Library, library_path: Path, column: str
) -> None:
    source = opened.add_source("Sasha").created or 0
    fields = {column: f"asked at the flat of {MARKER} on Rustaveli"}
    text = fields.pop("text", "We left in March")
    quote = opened.add_quote(text, source, **fields).created or 0
    assert TAIL in _index_blocks(library_path).lower()  # the control: it was indexed
    opened.update_quote(quote, **{column: "asked at the flat on Rustaveli"})
    assert opened.search(MARKER).total == 0
    assert opened.search("rustaveli").ids == (quote,)
    _gone(opened, library_path)


@pytest.mark.parametrize("field", ["contact", "notes", "real_name"])
def test_text_taken_out_of_a_source_leaves_no_copy(
    opened: Library, library_path: Path, field: str
) -> None:
    source = opened.add_source("Sasha", **{field: f"{MARKER} +995 555 00 11"}).created or 0
    opened.update_source(source, **{field: "+995 555 00 11"})
    _gone(opened, library_path)


def test_a_renamed_source_leaves_no_copy_of_its_old_name(
    opened: Library, library_path: Path
) -> None:
    source = opened.add_source(f"{MARKER} Petrov").created or 0
    assert TAIL in _index_blocks(library_path).lower()  # names are indexed too
    opened.update_source(source, name="Sasha Petrov")
    _gone(opened, library_path)


def test_an_article_s_notes_taken_out_leave_no_copy(opened: Library, library_path: Path) -> None:
    article = opened.add_article("Exodus", notes=f"tip from {MARKER}").created or 0
    opened.update_article(article, notes="tip")
    _gone(opened, library_path)


def test_undo_that_takes_a_word_out_leaves_no_copy(opened: Library, library_path: Path) -> None:
    source = opened.add_source("Sasha").created or 0
    quote = opened.add_quote("We left in March", source).created or 0
    opened.update_quote(quote, notes=f"met {MARKER} there")
    opened.undo()
    assert opened.get_quote(quote).notes == ""
    assert TAIL not in _index_blocks(library_path).lower()


def test_an_edit_that_only_adds_words_keeps_the_cheaper_path(
    opened: Library, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only an edit that loses a word pays for FTS5's secure-delete."""
    source = opened.add_source("Sasha").created or 0
    quote = opened.add_quote("We left", source).created or 0
    used: list[bool] = []
    securely = fts._securely

    @contextlib.contextmanager
    def watched(raw: object) -> Iterator[None]:
        used.append(True)
        with securely(raw):  # type: ignore[arg-type]
            yield

    monkeypatch.setattr(fts, "_securely", watched)
    opened.update_quote(quote, text="We left in March")
    assert used == []
    opened.update_quote(quote, text="We left")
    assert used == [True]


def test_without_secure_delete_the_index_keeps_the_word(
    library: Library, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why fts.replace erases: an index entry taken out is otherwise only marked."""
    monkeypatch.setattr(fts, "_securely", lambda raw: contextlib.nullcontext())
    source = library.add_source("Sasha").created or 0
    quote = library.add_quote(f"met {MARKER} there", source).created or 0
    library.update_quote(quote, text="met there")
    assert TAIL in _index_blocks(library_path).lower()


def test_without_emptying_the_journal_the_old_page_stays_on_disk(
    library: Library, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why the journal is emptied: the -wal (and the file) keep the page as it was."""
    monkeypatch.setattr(erase, "clear_journal", lambda raw: True)
    source = library.add_source("Sasha", contact=f"{MARKER} +995").created or 0
    library.update_source(source, contact="+995")
    assert TAIL in _bytes(library_path).lower()
