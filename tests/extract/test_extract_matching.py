"""Matching proposed speakers to existing sources, without a library."""

from __future__ import annotations

from quotebook.core import Source
from quotebook.core.extract import Proposal, match_sources


def proposal(name: str, organization: str = "", role: str = "", **fields: object) -> Proposal:
    return Proposal(
        text="x",
        start=0,
        end=1,
        speaker_name=name,
        organization=organization,
        role=role,
        **fields,  # type: ignore[arg-type]
    )


SOURCES = [
    Source(id=1, name="María González", organization="Acme"),
    Source(id=2, name="Jonas Becker", organization="Northwind"),
    Source(id=3, name="Jonas Becker", organization="Verdi"),
    Source(id=4, name="Anna Li", organization="Ministry of Health"),
]


def test_same_name_ignoring_case_and_accents() -> None:
    (match,) = match_sources([proposal("maria gonzalez")], SOURCES)
    assert (match.source_id, match.score) == (1, 1.0)


def test_organisation_breaks_a_tie_between_namesakes() -> None:
    (match,) = match_sources([proposal("Jonas Becker", "Verdi")], SOURCES)
    assert match.source_id == 3 and match.candidates == (2,)


def test_close_spelling_matches() -> None:
    (match,) = match_sources([proposal("Jonas Beker", "Northwind")], SOURCES)
    assert match.source_id == 2
    assert 0.85 <= match.score < 1.0


def test_surname_alone_needs_the_organisation() -> None:
    same, other = match_sources(
        [proposal("Li", "Ministry of Health"), proposal("Li", "City Council")], SOURCES
    )
    assert same.source_id == 4
    assert other.source_id is None and other.candidates == (4,)


def test_unknown_speaker_is_a_new_source_with_the_parsed_fields() -> None:
    first, second = match_sources(
        [
            proposal("Sasha", "Yandex", "engineer", age=23),
            proposal("Sasha", "Yandex", "engineer", age=23),
        ],
        SOURCES,
    )
    assert first.is_new and first.new_source == {
        "name": "Sasha",
        "age": 23,
        "role": "engineer",
        "organization": "Yandex",
    }
    assert first.new_key == second.new_key


def test_unnamed_speaker_is_filed_under_its_description() -> None:
    unnamed = Proposal(
        text="x",
        start=0,
        end=1,
        role="spokesperson",
        organization="ministry",
        description="a ministry spokesperson",
    )
    (match,) = match_sources([unnamed], SOURCES)
    assert match.new_source == {
        "name": "Spokesperson, ministry",
        "role": "spokesperson",
        "organization": "ministry",
        "described_as": "a ministry spokesperson",
    }
    described = Source(id=9, name="Ministry source", described_as="Spokesperson, ministry")
    (again,) = match_sources([unnamed], [described])
    assert again.source_id == 9
