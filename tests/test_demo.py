"""The demo library: what it holds, and that it only ever fills an empty library."""

from __future__ import annotations

import re

import pytest

from quotebook.core import ConflictError, GroundRule, Library, Quote
from quotebook.core.domain.attribution import attribution
from quotebook.core.library.demo import demo_data, load_demo

_CYRILLIC = re.compile("[\u0400-\u04ff]")


@pytest.fixture
def demo(library: Library) -> Library:
    load_demo(library)
    return library


def _quotes(library: Library) -> list[Quote]:
    return [library.get_quote(i) for i in range(1, library.info().quotes + 1)]


def test_demo_fills_every_kind_of_row(demo: Library) -> None:
    info = demo.info()
    assert 10 <= info.sources <= 15
    assert 4 <= info.articles <= 6
    assert 8 <= info.tags <= 12
    assert 40 <= info.quotes <= 60
    assert all(tag.color for tag in demo.list_tags())
    assert all(
        article.url and article.outlet and article.published_on for article in demo.list_articles()
    )


def test_demo_covers_every_ground_rule_for_sources_and_quotes(demo: Library) -> None:
    sources = demo.list_sources()
    assert {source.default_ground_rule for source in sources} == set(GroundRule)
    rules = {quote.ground_rule for quote in _quotes(demo)}
    assert rules == set(GroundRule)


def test_demo_has_a_protected_pseudonym(demo: Library) -> None:
    protected = [s for s in demo.list_sources() if s.is_pseudonym and s.real_name and s.contact]
    assert protected
    source = protected[0]
    line = attribution(source, GroundRule.BACKGROUND)
    assert line and source.real_name not in line and source.name not in line


def test_demo_sources_are_described(demo: Library) -> None:
    for source in demo.list_sources():
        assert source.age is not None and source.role and source.location and source.described_as
        assert source.quote_count > 0


def test_demo_has_translated_cyrillic_and_accented_quotes(demo: Library) -> None:
    quotes = _quotes(demo)
    cyrillic = [q for q in quotes if _CYRILLIC.search(q.text)]
    assert len(cyrillic) >= 5
    assert all(q.translation and q.language == "ru" for q in cyrillic)
    assert any(ch in q.text for q in quotes for ch in "éëčćšİı")
    months = {q.said_on.month for q in quotes if q.said_on}
    assert len(months) >= 6
    assert all(q.tags for q in quotes)


def test_demo_attributions_follow_the_ground_rules(demo: Library) -> None:
    sasha = demo.find_sources("Sasha")[0]
    assert attribution(sasha, GroundRule.ON_RECORD) == (
        "Sasha, a 23-year-old machine learning engineer at Vektor Search"
    )
    assert attribution(sasha, GroundRule.DEEP_BACKGROUND) == ""


def test_demo_names_articles_for_some_quotes_and_not_others(demo: Library) -> None:
    quotes = _quotes(demo)
    assert any(q.article_id for q in quotes) and any(q.article_id is None for q in quotes)
    for article in demo.list_articles():
        assert article.quote_count > 0
        said = [q.said_on for q in quotes if q.article_id == article.id and q.said_on]
        assert article.published_on and all(day <= article.published_on for day in said)


def test_demo_is_one_undo_step(library: Library) -> None:
    changes = load_demo(library)
    assert changes.label == "Load demo library"
    assert len(changes.quotes) == library.info().quotes
    assert library.undo_label == "Load demo library"
    library.undo()
    assert library.info().quotes == 0 and library.info().sources == 0


def test_demo_refuses_a_library_holding_anything(library: Library) -> None:
    library.add_tag("mine")
    with pytest.raises(ConflictError, match="not empty"):
        load_demo(library)
    assert [tag.name for tag in library.list_tags()] == ["mine"]
    assert library.info().quotes == 0


def test_demo_refuses_a_library_with_only_trashed_rows(library: Library) -> None:
    source = library.add_source("Gone").created or 0
    library.delete_source(source)
    with pytest.raises(ConflictError):
        load_demo(library)


def test_demo_data_ships_with_the_package() -> None:
    data = demo_data()
    keys = {source["key"] for source in data["sources"]}
    assert {quote["source"] for quote in data["quotes"]} == keys
