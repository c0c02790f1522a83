"""One person, one source: names that may be the same person, and merging two sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import GroundRule, Library, NotFoundError, ValidationError

Captured = pytest.CaptureFixture[str]


def _source(library: Library, name: str, **fields: object) -> int:
    created = library.add_source(name, **fields).created  # type: ignore[arg-type]
    assert created is not None
    return created


@pytest.mark.parametrize(
    "typed", ["sasha petrov", "Petrov Sasha", "Sásha Petrov", "Sasha Petrow", "SASHA  PETROV"]
)
def test_same_words_and_close_spellings_are_offered(library: Library, typed: str) -> None:
    sasha = _source(library, "Sasha Petrov")
    _source(library, "Olga Ivanova")
    assert [s.id for s in library.similar_sources(typed)] == [sasha]


def test_other_names_are_not_offered_and_same_words_come_first(library: Library) -> None:
    exact = _source(library, "Petrov Sasha")
    close = _source(library, "Sasha Petrova")
    _source(library, "Ivan")
    assert [s.id for s in library.similar_sources("sasha petrov")] == [exact, close]
    assert library.similar_sources("Maria") == []
    assert library.similar_sources("  ") == []


def _pair(library: Library) -> tuple[int, int, dict[str, int]]:
    keep = _source(library, "Sasha", role="engineer", default_ground_rule="on_record")
    other = _source(
        library,
        "Sasha P.",
        role="developer",
        organization="Vektor",
        contact="@sasha",
        is_pseudonym=True,
        default_ground_rule="background",
    )
    quotes = {
        "kept": library.add_quote("Kept words", keep).created or 0,  # follows its source
        "kept set": library.add_quote("Set words", keep, ground_rule="on_record").created or 0,
        "open": library.add_quote("Open words", other, ground_rule="on_record").created or 0,
        "deep": library.add_quote("Deep words", other, ground_rule="deep_background").created or 0,
        "trashed": library.add_quote("Trashed words", other).created or 0,
    }
    library.delete_quotes([quotes["trashed"]])
    return keep, other, quotes


def test_merge_moves_quotes_fills_fields_and_keeps_the_stricter_rule(library: Library) -> None:
    keep, other, quotes = _pair(library)
    plan = library.merge_plan(keep, other)
    assert (plan.quotes, plan.filled, plan.rule, plan.made_stricter) == (
        3,
        ("organization", "contact"),
        GroundRule.BACKGROUND,
        2,  # "open" (set, raised to the stricter default) and "kept" (follows it)
    )
    library.merge_sources(keep, other)
    merged = library.get_source(keep)
    assert (merged.role, merged.organization, merged.contact, merged.is_pseudonym) == (
        "engineer",
        "Vektor",
        "@sasha",
        True,
    )
    assert merged.default_ground_rule is GroundRule.BACKGROUND
    assert {library.get_quote(q).source_id for q in quotes.values()} == {keep}
    assert library.get_quote(quotes["open"]).ground_rule is GroundRule.BACKGROUND
    assert library.get_quote(quotes["deep"]).ground_rule is GroundRule.DEEP_BACKGROUND
    assert library.get_quote(quotes["kept"]).ground_rule is GroundRule.BACKGROUND
    assert library.get_quote(quotes["kept set"]).ground_rule is GroundRule.ON_RECORD
    assert library.search("org:vektor").total == 4  # the filled organisation is searched
    with pytest.raises(NotFoundError):
        library.get_source(other, trashed=True)


def test_one_undo_brings_both_sources_back_as_they_were(library: Library) -> None:
    keep, other, quotes = _pair(library)
    before = [library.get_quote(q) for q in quotes.values()]
    library.merge_sources(keep, other)
    assert library.undo_label == "Merge sources"
    library.undo()
    assert [library.get_quote(q) for q in quotes.values()] == before
    assert library.get_source(other).contact == "@sasha"
    assert library.get_source(keep).organization == ""


def test_a_source_is_not_merged_into_itself_or_a_missing_one(library: Library) -> None:
    keep = _source(library, "Sasha")
    with pytest.raises(ValidationError):
        library.merge_sources(keep, keep)
    with pytest.raises(NotFoundError):
        library.merge_sources(keep, 999)
    assert library.get_source(keep).name == "Sasha"


def test_the_command_line_refuses_a_namesake_unless_new_and_merges(
    library_path: Path, capsys: Captured
) -> None:
    lib = ["--library", str(library_path)]
    assert main([*lib, "add-source", "Sasha Petrov"]) == 0
    capsys.readouterr()
    assert main([*lib, "add-source", "petrov sasha"]) == 2
    err = capsys.readouterr().err
    assert "may be a source you have: #1 Sasha Petrov" in err and "--new" in err
    assert main([*lib, "add-source", "Sasha Petrow", "--new", "--rule", "off"]) == 0
    assert main([*lib, "add-quote", "Hello", "--source", "#2"]) == 0
    capsys.readouterr()
    assert main([*lib, "merge-sources", "#1", "#2", "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("would merge #2 Sasha Petrow into #1 Sasha Petrov")
    assert main([*lib, "merge-sources", "#1", "#2"]) == 0
    assert "1 quote moved; default rule off_record" in capsys.readouterr().out
    with Library(library_path) as library:
        assert [s.name for s in library.list_sources()] == ["Sasha Petrov"]
    assert main([*lib, "merge-sources", "#1", "#1"]) == 2
