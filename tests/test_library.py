"""The Library's create, read, update, delete, trash, tags and undo, on real files."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from quotebook.core import (
    ConflictError,
    GroundRule,
    Library,
    NewerLibraryError,
    NotALibraryError,
    NotFoundError,
    ValidationError,
)
from quotebook.core.domain.attribution import attribution
from quotebook.core.storage.connect import connect


def _source(lib: Library, name: str = "Sasha", **fields: object) -> int:
    created = lib.add_source(name, **fields).created
    assert created is not None
    return created


def test_quote_round_trip_with_tags_and_article(library: Library) -> None:
    source = _source(library, age=23, role="machine learning engineer", organization="Yandex")
    article = library.add_article("The exodus", outlet="Daily", url="https://x.test/a").created
    changes = library.add_quote(
        "We left in March.",
        source,
        article_id=article,
        tags=["draft", "Exile"],
        said_on="2022-03-14",
        context="On leaving",
    )
    quote = library.get_quote(changes.created or 0)
    assert quote.text == "We left in March."
    assert quote.source_name == "Sasha"
    assert quote.article_headline == "The exodus"
    assert quote.said_on == date(2022, 3, 14)
    assert set(quote.tags) == {"draft", "Exile"}
    assert changes.quotes == {quote.id}
    assert changes.tags == set(quote.tag_ids)


def test_text_is_normalised_to_nfc(library: Library) -> None:
    source = _source(library, "Zoe\u0308")
    assert library.get_source(source).name == "Zoë"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda lib, s: lib.add_source("   "), "name"),
        (lambda lib, s: lib.add_source("A\x00B"), "name"),
        (lambda lib, s: lib.add_source("A\ud800"), "name"),
        (lambda lib, s: lib.add_source("A", age=131), "age"),
        (lambda lib, s: lib.add_source("A", age=-1), "age"),
        (lambda lib, s: lib.add_source("A", default_ground_rule="secret"), "default_ground_rule"),
        (lambda lib, s: lib.add_quote("", s), "text"),
        (lambda lib, s: lib.add_quote("x", s, ground_rule="maybe"), "ground_rule"),
        (lambda lib, s: lib.add_quote("x", s, said_on="2023-02-30"), "said_on"),
        (lambda lib, s: lib.add_quote("x", s, said_on="yesterday"), "said_on"),
        (lambda lib, s: lib.add_quote("x", s, tags=[""]), "tag"),
        (lambda lib, s: lib.add_article(""), "headline"),
        (lambda lib, s: lib.add_article("H", published_on="2021-13-01"), "published_on"),
    ],
)
def test_bad_values_name_the_field_and_write_nothing(library: Library, call, field) -> None:  # type: ignore[no-untyped-def]
    source = _source(library)
    before = library.info()
    with pytest.raises(ValidationError) as raised:
        call(library, source)
    assert raised.value.field == field
    assert library.info() == before


def test_quote_takes_the_sources_default_ground_rule(library: Library) -> None:
    source = _source(library, default_ground_rule="background")
    quote = library.add_quote("Off the books.", source).created or 0
    assert library.get_quote(quote).ground_rule is GroundRule.BACKGROUND


def test_article_urls_are_unique(library: Library) -> None:
    library.add_article("One", url="https://x.test/1")
    with pytest.raises(ConflictError):
        library.add_article("Two", url="https://x.test/1")


def test_trash_and_restore(library: Library) -> None:
    source = _source(library)
    quote = library.add_quote("Words.", source).created or 0
    library.delete_quotes([quote])
    assert library.info().quotes == 0
    assert library.trashed_quote_ids() == [quote]
    library.restore_quotes([quote])
    assert library.info().quotes == 1
    library.delete_source(source)
    assert library.info().quotes == 0 and library.info().trashed_sources == 1
    with pytest.raises(NotFoundError):
        library.get_source(source)
    library.restore_source(source)
    assert library.info().quotes == 1
    library.delete_quotes([quote])
    library.empty_trash()
    assert library.trashed_quote_ids() == []
    with pytest.raises(NotFoundError):
        library.get_quote(quote)


def test_trash_or_restore_naming_a_missing_quote_changes_nothing(library: Library) -> None:
    source = _source(library)
    quote = library.add_quote("Words.", source).created or 0
    label = library.undo_label
    with pytest.raises(NotFoundError) as refused:
        library.delete_quotes([quote, quote + 7])
    assert refused.value.key == quote + 7
    assert library.info().quotes == 1 and library.trashed_quote_ids() == []
    assert library.undo_label == label  # no step for a write rolled back
    library.delete_quotes([quote])
    with pytest.raises(NotFoundError):
        library.restore_quotes([quote + 7, quote])
    assert library.trashed_quote_ids() == [quote]


def test_tags_rename_merge_delete_and_counts(library: Library) -> None:
    source = _source(library)
    q1 = library.add_quote("One.", source, tags=["war"]).created or 0
    q2 = library.add_quote("Two.", source, tags=["War crimes"]).created or 0
    tags = {tag.name: tag for tag in library.list_tags()}
    with pytest.raises(ConflictError):
        library.rename_tag(tags["War crimes"].id, "WAR")
    library.merge_tags([tags["War crimes"].id], into=tags["war"].id)
    assert [(t.name, t.quote_count) for t in library.list_tags()] == [("war", 2)]
    library.rename_tag(tags["war"].id, "Війна")
    library.tag_quotes([q1, q2], ["exodus"])
    counts = {t.name: t.quote_count for t in library.list_tags()}
    assert counts == {"Війна": 2, "exodus": 2}
    library.delete_tag(tags["war"].id)
    assert library.get_quote(q1).tags == ("exodus",)
    assert library.get_quote(q1).text == "One."


def test_undo_and_redo_cover_every_kind_of_edit(library: Library) -> None:
    source = _source(library)
    quote = library.add_quote("First words.", source, tags=["a", "b"]).created or 0
    library.update_quote(quote, text="Second words.")
    library.tag_quotes([quote], ["c"])
    tags = {tag.name: tag.id for tag in library.list_tags()}
    library.merge_tags([tags["a"]], into=tags["b"])
    library.delete_quotes([quote])
    assert library.info().quotes == 0
    library.undo()  # delete
    library.undo()  # merge
    assert set(library.get_quote(quote).tags) == {"a", "b", "c"}
    library.undo()  # tag
    library.undo()  # text
    assert library.get_quote(quote).text == "First words."
    assert set(library.get_quote(quote).tags) == {"a", "b"}
    library.redo()
    assert library.get_quote(quote).text == "Second words."
    library.undo()
    library.undo()  # creation
    with pytest.raises(NotFoundError):
        library.get_quote(quote)
    library.redo()
    assert library.get_quote(quote).text == "First words."


def test_full_text_index_follows_undo(library: Library, library_path: Path) -> None:
    source = _source(library)
    quote = library.add_quote("Zoë met Иван", source).created or 0
    library.update_quote(quote, text="nothing here")
    library.undo()
    raw = connect(library_path)  # the library's SQLite: its index may use secure-delete
    hits = raw.execute("SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'иван'").fetchall()
    assert hits == [(quote,)]
    assert raw.execute(
        "SELECT count(*) FROM quote_fts WHERE quote_fts MATCH 'nothing'"
    ).fetchone() == (0,)


def test_attribution_for_each_ground_rule(library: Library) -> None:
    source = library.get_source(
        _source(
            library,
            age=23,
            role="machine learning engineer",
            organization="Yandex",
            described_as="a developer at one of the country's largest IT companies",
            real_name="Alexandra Petrova",
            contact="+7 900",
        )
    )
    assert attribution(source, GroundRule.ON_RECORD) == (
        "Sasha, a 23-year-old machine learning engineer at Yandex"
    )
    assert attribution(source, GroundRule.BACKGROUND) == (
        "a developer at one of the country's largest IT companies"
    )
    assert attribution(source, GroundRule.DEEP_BACKGROUND) == ""
    assert attribution(source, GroundRule.OFF_RECORD) == ""


def test_newer_library_is_refused_and_left_unchanged(library_path: Path) -> None:
    Library(library_path).close()
    raw = sqlite3.connect(library_path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    digest = hashlib.sha256(library_path.read_bytes()).hexdigest()
    siblings = sorted(p.name for p in library_path.parent.iterdir())
    with pytest.raises(NewerLibraryError) as raised:
        Library(library_path)
    assert "newer Quotebook" in str(raised.value)
    assert hashlib.sha256(library_path.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in library_path.parent.iterdir()) == siblings


@pytest.mark.parametrize("content", [b"", b"hello, this is not a database" * 10])
def test_a_file_that_is_not_a_library_is_refused(library_path: Path, content: bytes) -> None:
    library_path.write_bytes(content)
    with pytest.raises(NotALibraryError):
        Library(library_path)
    assert library_path.read_bytes() == content


def test_core_and_cli_load_no_qt() -> None:
    code = "import sys, quotebook.core, quotebook.cli; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_listing_gives_every_name_with_its_live_count_in_one_snapshot(library: Library) -> None:
    sasha, lepra = _source(library, "Sasha"), _source(library, "Lepra")
    old = library.add_article("Old", published_on="2021-01-01").created
    new = library.add_article("New", published_on="2023-01-01").created
    library.add_tag("war", color="#aa0000")
    kept = library.add_quote("One", sasha, article_id=old, tags=["war"]).created
    library.add_quote("Two", sasha, article_id=new, tags=["war", "draft"])
    library.add_quote("Three", lepra, article_id=new)
    library.delete_quotes([kept or 0])
    library.delete_source(lepra)

    listing = library.listing()

    assert (listing.quotes, listing.trashed_quotes) == (1, 2)
    assert listing.sources == ((sasha, "Sasha", 1, ""),)  # Lepra is in the trash
    assert [(a.name, a.quote_count) for a in listing.articles] == [("New", 1), ("Old", 0)]
    assert [(t.name, t.quote_count, t.color) for t in listing.tags] == [
        ("draft", 1, ""),
        ("war", 1, "#aa0000"),
    ]
    assert (listing.quotes, listing.trashed_quotes) == (
        library.info().quotes,
        library.info().trashed_quotes,
    )
