"""``quotebook extract``: the listing, JSON, --save, and unreadable files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import Library

Captured = pytest.CaptureFixture[str]
ARTICLES = Path(__file__).parent / "articles"
PAGE = ARTICLES / "en09_school_start_times.html"
TEXT = ARTICLES / "en02_freight_layoffs.txt"


def run(library: Path, *argv: str) -> int:
    return main(["--library", str(library), *argv])


def test_listing_shows_quotes_speakers_and_sources(library_path: Path, capsys: Captured) -> None:
    with Library(library_path) as library:
        vogt = library.add_source("Clara Vogt", organization="Berenberg").created
    assert run(library_path, "extract", str(TEXT)) == 0
    out = capsys.readouterr().out
    assert "1. [direct, 0.90] We grew too fast during the pandemic" in out
    assert "Jonas Becker — 52, chief executive, Northwind Logistics" in out
    assert 'Petra Hahn (as "she")' in out
    assert "source: new (Jonas Becker)" in out
    assert f"source: #{vogt} Clara Vogt" in out


def test_json_lists_every_field_and_the_matched_source(
    library_path: Path, capsys: Captured
) -> None:
    with Library(library_path) as library:
        lee = library.add_source("Marcus Lee").created
    assert run(library_path, "extract", str(PAGE), "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["speaker_name"] for row in rows] == [
        "Gloria Nuñez",
        "Marcus Lee",
        "Alan Greer",
        "Priya Raman",
    ]
    first = rows[0]
    assert set(first) >= {
        "text", "kind", "start", "end", "speaker", "age", "role", "organization",
        "description", "verb", "confidence", "doubts", "source",
    }  # fmt: skip
    assert (first["source"], first["role"], first["verb"]) == ("new", "board president", "told")
    assert rows[1]["source"] == lee
    page = PAGE.read_text(encoding="utf-8")
    assert page[first["start"] : first["end"]].startswith("&ldquo;We heard you,&rdquo;")


def test_save_files_the_article_from_the_page_metadata(
    library_path: Path, capsys: Captured
) -> None:
    assert run(library_path, "extract", str(PAGE), "--save") == 0
    assert "saved 4 quotes in article #1 (4 new sources)" in capsys.readouterr().out
    with Library(library_path) as library:
        (article,) = library.list_articles()
        assert article.headline == "School board delays start-time change after parents object"
        assert (article.outlet, str(article.published_on)) == ("The Valley Courier", "2024-03-12")
        assert article.quote_count == 4
        assert library.undo_label is None  # a new process: the app's undo is per session


def test_save_options_override_the_page(library_path: Path, capsys: Captured) -> None:
    argv = ["extract", str(TEXT), "--save", "--headline", "Cuts", "--outlet", "Wire"]
    assert run(library_path, *argv, "--published-on", "2024-05-01") == 0
    with Library(library_path) as library:
        (article,) = library.list_articles()
        assert (article.headline, article.outlet, str(article.published_on)) == (
            "Cuts",
            "Wire",
            "2024-05-01",
        )


def test_save_without_a_headline_is_a_usage_error(library_path: Path, capsys: Captured) -> None:
    assert run(library_path, "extract", str(TEXT), "--save") == 2
    assert "give one with --headline" in capsys.readouterr().err
    with Library(library_path) as library:
        assert library.list_articles() == [] and library.list_sources() == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("folder", "it is a folder"),
        (b"\x00\x01binary", "not a text file"),
        ("caf\xe9".encode("latin-1"), "not UTF-8 text"),
    ],
)
def test_unreadable_file_exits_2_with_a_clear_message(
    tmp_path: Path, library_path: Path, capsys: Captured, content: object, message: str
) -> None:
    target = tmp_path / "article.txt"
    if content == "folder":
        target.mkdir()
    elif isinstance(content, bytes):
        target.write_bytes(content)
    assert run(library_path, "extract", str(target)) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("quotebook: cannot read") and message in err
    assert "Traceback" not in err
    assert not library_path.exists()
