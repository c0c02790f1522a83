"""Edits of many quotes at once: one undo step, the stricter rule kept, more open confirmed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import GroundRule, Library, NotFoundError, QuoteStatus, ValidationError

Captured = pytest.CaptureFixture[str]


@pytest.fixture
def quotes(library: Library) -> list[int]:
    sasha = library.add_source("Sasha", default_ground_rule="on_record").created or 0
    return [
        library.add_quote(f"Quote {n}", sasha, ground_rule=rule).created or 0
        for n, rule in enumerate(["on_record", "background", "off_record"])
    ]


def test_many_quotes_are_set_in_one_undo_step(library: Library, quotes: list[int]) -> None:
    article = library.add_article("Exodus").created
    before = [library.get_quote(q) for q in quotes]
    changes = library.edit_quotes(
        quotes, status="verified", said_on="2024-03-01", article_id=article
    )
    assert changes.quotes == frozenset(quotes)
    for quote in map(library.get_quote, quotes):
        assert (quote.status, quote.said_on, quote.article_id) == (
            QuoteStatus.VERIFIED,
            date(2024, 3, 1),
            article,
        )
    assert library.undo_label == "Edit 3 quotes"
    library.undo()
    assert [library.get_quote(q) for q in quotes] == before


def test_moving_to_a_stricter_source_makes_quotes_at_least_as_strict(
    library: Library, quotes: list[int]
) -> None:
    olga = library.add_source("Olga", default_ground_rule="background").created or 0
    library.edit_quotes(quotes, source_id=olga)
    rules = [library.get_quote(q).ground_rule for q in quotes]
    assert rules == [GroundRule.BACKGROUND, GroundRule.BACKGROUND, GroundRule.OFF_RECORD]
    assert {library.get_quote(q).source_id for q in quotes} == {olga}


def test_opening_counts_the_quotes_and_sources_made_more_open(
    library: Library, quotes: list[int]
) -> None:
    other = library.add_source("Olga").created or 0
    extra = library.add_quote("Olga's", other, ground_rule="deep_background").created or 0
    opening = library.opening([*quotes, extra], GroundRule.ON_RECORD)
    assert (opening.quotes, opening.sources) == (3, 2)
    assert library.opening(quotes, "off_record").quotes == 0


def test_bad_edits_change_nothing(library: Library, quotes: list[int]) -> None:
    before = [library.get_quote(q) for q in quotes]
    with pytest.raises(ValidationError):
        library.edit_quotes(quotes, text="new words")
    with pytest.raises(ValidationError):
        library.edit_quotes(quotes, status="nope")
    with pytest.raises(ValidationError):
        library.edit_quotes(quotes, source_id=999)
    with pytest.raises(NotFoundError):
        library.edit_quotes([*quotes, 999], status="verified")
    assert [library.get_quote(q) for q in quotes] == before


def test_the_command_line_edits_by_id_or_search_and_asks_before_opening(
    library_path: Path, capsys: Captured
) -> None:
    with Library(library_path) as library:
        sasha = library.add_source("Sasha").created or 0
        for rule in ("background", "off_record"):
            library.add_quote(f"Words {rule}", sasha, ground_rule=rule)
    lib = ["--library", str(library_path)]
    assert main([*lib, "edit-quotes", "1", "#2", "--rule", "on"]) == 2
    assert "makes 2 quotes of 1 source more open" in capsys.readouterr().err
    assert main([*lib, "edit-quotes", "--query", "words", "--status", "disputed"]) == 0
    assert capsys.readouterr().out == "edited 2 of 2 quotes: status disputed\n"
    assert main([*lib, "edit-quotes", "1", "--rule", "on", "--yes"]) == 0
    assert main([*lib, "edit-quotes", "7", "--status", "verified"]) == 2
    assert main([*lib, "edit-quotes", "1"]) == 2
    with Library(library_path) as library:
        first, second = (library.get_quote(q) for q in (1, 2))
        assert first.ground_rule is GroundRule.ON_RECORD
        assert second.ground_rule is GroundRule.OFF_RECORD
        assert first.status is second.status is QuoteStatus.DISPUTED


def test_a_rule_set_in_bulk_is_kept_when_moved_and_following_quotes_take_the_default(
    library: Library,
) -> None:
    off = library.add_source("Oleg", default_ground_rule="off_record").created or 0
    bg = library.add_source("Olga", default_ground_rule="background").created or 0
    following = library.add_quote("Follows Oleg", off).created or 0
    chosen = library.add_quote("Chosen", off).created or 0
    library.edit_quotes([chosen], ground_rule="deep_background")
    library.edit_quotes([following, chosen], source_id=bg)
    assert library.get_quote(following).ground_rule is GroundRule.BACKGROUND
    assert library.get_quote(chosen).ground_rule is GroundRule.DEEP_BACKGROUND
    assert library.get_quote(chosen).ground_rule_set


@pytest.fixture
def following(library: Library) -> tuple[list[int], int]:
    """Two quotes following Lepra's background rule, one set off the record by hand,
    and Sasha, on the record."""
    lepra = library.add_source("Lepra", default_ground_rule="background").created or 0
    sasha = library.add_source("Sasha", default_ground_rule="on_record").created or 0
    ids = [library.add_quote(f"Quote {n}", lepra).created or 0 for n in range(2)]
    ids.append(library.add_quote("Set", lepra, ground_rule="off_record").created or 0)
    return ids, sasha


def test_moving_following_quotes_to_a_more_open_source_counts_what_it_exposes(
    library: Library, following: tuple[list[int], int]
) -> None:
    ids, sasha = following
    opening = library.opening_under_source(ids, sasha)
    assert (opening.quotes, opening.sources, opening.rule) == (2, 1, GroundRule.ON_RECORD)
    stricter = library.add_source("Oleg", default_ground_rule="off_record").created or 0
    assert library.opening_under_source(ids, stricter).quotes == 0


def test_the_command_line_asks_before_a_source_change_opens_quotes(
    library: Library, following: tuple[list[int], int], capsys: Captured
) -> None:
    ids, _sasha = following
    lib = ["--library", str(library.path)]
    argv = [*lib, "edit-quotes", *map(str, ids), "--source", "Sasha"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "this moves 2 quotes of 1 source that follow their source's ground rule" in err
    assert [library.get_quote(i).source_name for i in ids] == ["Lepra"] * 3
    assert main([*argv, "--yes"]) == 0
    assert [library.get_quote(i).ground_rule for i in ids] == [
        GroundRule.ON_RECORD,
        GroundRule.ON_RECORD,
        GroundRule.OFF_RECORD,
    ]
