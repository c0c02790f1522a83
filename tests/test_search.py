"""Search: the query syntax, its SQL, sorting, paging and refusal of malformed queries."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotebook.core import Library, QueryError, ValidationError
from quotebook.core.domain.values import SortKey
from quotebook.core.search.parse import FIELDS, And, Field, Not, Or, Phrase, Said, Word
from quotebook.core.search.runner import parse_query, term


@dataclass(frozen=True)
class Ids:
    """The quotes of the sample library, by what they are about."""

    exodus: int
    draft: int
    ivan: int
    zoe: int
    bg: int
    undated: int


@pytest.fixture
def sample(library: Library) -> Iterator[tuple[Library, Ids]]:
    """Six quotes from four sources, two articles, several tags, dates and rules."""
    sasha = library.add_source("Sasha Petrov", organization="Yandex").created
    olga = library.add_source("Ольга", organization="Северный банк").created
    zoe = library.add_source("Zoë Martin", organization="Le Monde").created
    anon = library.add_source("Lepra", organization="Ministry of Defence").created
    exodus = library.add_article("The exodus of engineers", outlet="Daily Ledger").created
    visa = library.add_article("Visas for the few", outlet="Meridian Post").created
    assert None not in (sasha, olga, zoe, anon, exodus, visa)

    def add(text: str, source: int | None, **fields: object) -> int:
        created = library.add_quote(text, source or 0, **fields).created  # type: ignore[arg-type]
        assert created is not None
        return created

    ids = Ids(
        exodus=add(
            "We left in March, the whole exodus started then.",
            sasha,
            tags=["war crimes", "Exile"],
            said_on="2022-03-14",
            article_id=exodus,
            status="verified",
        ),
        draft=add(
            "The draft exemption never came.",
            sasha,
            tags=["draft"],
            said_on="2022-09-30",
            article_id=visa,
        ),
        ivan=add("Иван сказал, что ёлка уже стоит.", olga, tags=["Семья"], said_on="2023-01-02"),
        zoe=add(
            "Zoë's café closed; we moved the whole team.",
            zoe,
            tags=["exile"],
            said_on="2021-12-31",
            article_id=exodus,
        ),
        bg=add(
            "Nobody at the ministry wants a war of attrition.",
            anon,
            ground_rule="background",
            said_on="2022-03-01",
            status="disputed",
        ),
        undated=add("A quiet week; nothing happened.", anon, ground_rule="off_record"),
    )
    yield library, ids


def found(library: Library, query: str, **options: object) -> set[int]:
    return set(library.search(query, **options).ids)  # type: ignore[arg-type]


# -- free words, phrases, folding --------------------------------------------------


def test_empty_query_lists_every_live_quote_newest_first(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    result = library.search()
    assert result.ids == (ids.undated, ids.bg, ids.zoe, ids.ivan, ids.draft, ids.exodus)
    assert result.total == 6
    assert not result.ranked


def test_words_match_word_prefixes_and_all_terms(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    # Zoë's quote is filed under the article "The exodus of engineers", tagged exile.
    assert found(library, "exod") == {ids.exodus, ids.zoe}
    assert found(library, "ex") == {ids.exodus, ids.draft, ids.zoe}  # exodus, exemption
    assert found(library, "whole") == {ids.exodus, ids.zoe}
    assert found(library, "whole team") == {ids.zoe}
    assert found(library, "left nothing") == set()


def test_single_letter_matches_only_the_whole_word(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    assert found(library, "a") == {ids.bg, ids.undated}


def test_phrase_needs_the_words_together_in_order(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    assert found(library, '"left in march"') == {ids.exodus}
    assert found(library, '"march in left"') == set()
    assert found(library, '"whole"') == {ids.exodus, ids.zoe}
    assert found(library, '"exod"') == set()  # a phrase is whole words


@pytest.mark.parametrize(
    ("query", "expected"),
    [("иван", "ivan"), ("ИВАН", "ivan"), ("ёлка", "ivan"), ("елка", "ivan"), ("ЕЛКА", "ivan")],
)
def test_cyrillic_ignores_case_and_yo(
    sample: tuple[Library, Ids], query: str, expected: str
) -> None:
    library, ids = sample
    assert found(library, query) == {getattr(ids, expected)}


@pytest.mark.parametrize("query", ["zoe", "ZOË", "Zoe\u0308", "cafe", "CAFÉ"])
def test_accents_and_unicode_form_are_ignored(sample: tuple[Library, Ids], query: str) -> None:
    library, ids = sample
    assert found(library, query) == {ids.zoe}


def test_words_search_context_and_notes_too(library: Library) -> None:
    source = library.add_source("Anna").created or 0
    quote = library.add_quote("Yes.", source, context="Asked about relocation", notes="ёж").created
    assert found(library, "relocation") == {quote}
    assert found(library, "ЕЖ") == {quote}


def test_words_are_ranked_when_few_match(library: Library) -> None:
    source = library.add_source("Anna").created or 0
    once = library.add_quote("The visa came, then the flat, then the job.", source).created
    thrice = library.add_quote("Visa, visa, visa: nothing else mattered.", source).created
    library.add_quote("Unrelated words.", source)
    result = library.search("visa")
    assert result.ranked
    assert result.ids == (thrice, once)
    assert not library.search("visa", sort=SortKey.CREATED).ranked


# -- fields ----------------------------------------------------------------------------


def test_tag_matches_the_whole_tag_folded(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    assert found(library, "tag:exile") == {ids.exodus, ids.zoe}
    assert found(library, "tag:EXILE") == {ids.exodus, ids.zoe}
    assert found(library, 'tag:"war crimes"') == {ids.exodus}
    assert found(library, "tag:war") == set()
    assert found(library, "tag:семья") == {ids.ivan}
    assert found(library, "tag:nonesuch") == set()


def test_source_org_outlet_article_match_word_starts(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    assert found(library, "source:sas") == {ids.exodus, ids.draft}
    assert found(library, "source:pet") == {ids.exodus, ids.draft}
    assert found(library, 'source:"sasha p"') == {ids.exodus, ids.draft}
    assert found(library, "source:asha") == set()  # not the middle of a word
    assert found(library, "source:zoe") == {ids.zoe}
    assert found(library, "source:ольга") == {ids.ivan}
    assert found(library, "org:yan") == {ids.exodus, ids.draft}
    assert found(library, "org:банк") == {ids.ivan}
    assert found(library, 'org:"ministry of"') == {ids.bg, ids.undated}
    assert found(library, "outlet:daily") == {ids.exodus, ids.zoe}
    assert found(library, "outlet:post") == {ids.draft}
    assert found(library, "article:exodus") == {ids.exodus, ids.zoe}
    assert found(library, "article:vis") == {ids.draft}


def test_like_wildcards_in_values_are_literal(sample: tuple[Library, Ids]) -> None:
    library, _ = sample
    assert found(library, "source:%") == set()
    assert found(library, "source:_asha") == set()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("rule:on_record", {"exodus", "draft", "ivan", "zoe"}),
        ("rule:on", {"exodus", "draft", "ivan", "zoe"}),
        ("rule:background", {"bg"}),
        ("rule:BG", {"bg"}),
        ("rule:off", {"undated"}),
        ("rule:deep", set()),
        ("status:verified", {"exodus"}),
        ("status:disputed", {"bg"}),
        ("status:unverified", {"draft", "ivan", "zoe", "undated"}),
    ],
)
def test_rule_and_status(sample: tuple[Library, Ids], query: str, expected: set[str]) -> None:
    library, ids = sample
    assert found(library, query) == {getattr(ids, name) for name in expected}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("said:2022", {"exodus", "draft", "bg"}),
        ("said:2022-03", {"exodus", "bg"}),
        ("said:2022-03-14", {"exodus"}),
        ("said=2022-03-01", {"bg"}),
        ("said>=2022-03-01", {"exodus", "draft", "ivan", "bg"}),
        ("said>2022-03-01", {"exodus", "draft", "ivan"}),
        ("said>2022", {"ivan"}),
        ("said>=2022", {"exodus", "draft", "ivan", "bg"}),
        ("said<2022", {"zoe"}),
        ("said<2022-03-14", {"zoe", "bg"}),
        ("said<=2022-03", {"zoe", "bg", "exodus"}),
        ("said<=2022-03-13", {"zoe", "bg"}),
        ("said>=2022-03 said<2022-10", {"exodus", "draft", "bg"}),
        ("said:1999", set()),
        ("-said:2022", {"ivan", "zoe", "undated"}),
    ],
)
def test_said_dates(sample: tuple[Library, Ids], query: str, expected: set[str]) -> None:
    library, ids = sample
    assert found(library, query) == {getattr(ids, name) for name in expected}


# -- negation, OR, parentheses, combinations ---------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # "exodus" is in the exodus quote's words and in the headline Zoë's quote is under
        ("-exodus", {"draft", "ivan", "bg", "undated"}),
        ('-"whole team"', {"exodus", "draft", "ivan", "bg", "undated"}),
        ("-tag:exile", {"draft", "ivan", "bg", "undated"}),
        ("-outlet:daily", {"draft", "ivan", "bg", "undated"}),
        ("whole -team", {"exodus"}),
        ("whole -tag:exile", set()),
        ("the -rule:bg -said:2022", {"zoe"}),
        ("NOT march whole", {"zoe"}),
        ("exodus OR draft", {"exodus", "draft", "zoe"}),
        ("march OR tag:семья", {"exodus", "ivan"}),
        ("the march OR draft", {"exodus", "draft"}),
        ("exodus OR draft OR иван", {"exodus", "draft", "ivan", "zoe"}),
        ("tag:exile OR rule:off", {"exodus", "zoe", "undated"}),
        ("(tag:exile OR rule:off) -source:zoe", {"exodus", "undated"}),
        ("whole (march OR team)", {"exodus", "zoe"}),
        ("-(whole OR war)", {"draft", "ivan", "undated"}),
        ("the AND whole", {"exodus", "zoe"}),
        ("source:sas said:2022-09", {"draft"}),
        ("whole tag:exile -said:2023 status:verified", {"exodus"}),
    ],
)
def test_negation_or_and_groups(
    sample: tuple[Library, Ids], query: str, expected: set[str]
) -> None:
    library, ids = sample
    assert found(library, query) == {getattr(ids, name) for name in expected}


# -- trash --------------------------------------------------------------------------------


def test_trash_holds_trashed_quotes_and_those_of_trashed_sources(
    sample: tuple[Library, Ids],
) -> None:
    library, ids = sample
    library.delete_quotes([ids.exodus])
    source = library.get_quote(ids.ivan).source_id
    library.delete_source(source)
    assert found(library, "") == {ids.draft, ids.zoe, ids.bg, ids.undated}
    assert found(library, "", trash=True) == {ids.exodus, ids.ivan}
    assert found(library, "елка", trash=True) == {ids.ivan}
    assert found(library, "елка") == set()
    assert found(library, "whole") == {ids.zoe}
    assert found(library, "whole", trash=True) == {ids.exodus}
    assert found(library, "tag:exile", trash=True) == {ids.exodus}
    assert library.search(trash=True).ids == (ids.ivan, ids.exodus)
    library.restore_quotes([ids.exodus])
    assert found(library, "", trash=True) == {ids.ivan}


# -- sorting, paging, counting ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "ascending"),
    [
        (SortKey.QUOTE, ["undated", "bg", "draft", "exodus", "zoe", "ivan"]),
        (SortKey.SOURCE, ["bg", "undated", "exodus", "draft", "zoe", "ivan"]),
        (SortKey.TAGS, ["draft", "exodus", "zoe", "ivan", "bg", "undated"]),
        (SortKey.ARTICLE, ["exodus", "zoe", "draft", "ivan", "bg", "undated"]),
        (SortKey.SAID_ON, ["zoe", "bg", "exodus", "draft", "ivan", "undated"]),
        (SortKey.GROUND_RULE, ["exodus", "draft", "ivan", "zoe", "bg", "undated"]),
        (SortKey.CREATED, ["exodus", "draft", "ivan", "zoe", "bg", "undated"]),
    ],
)
def test_sort_by_each_key_both_ways_nulls_last(
    sample: tuple[Library, Ids], key: SortKey, ascending: list[str]
) -> None:
    library, ids = sample
    expected = [getattr(ids, name) for name in ascending]
    assert list(library.search(sort=key).ids) == expected
    descending = list(library.search(sort=key, descending=True).ids)
    nulls = {
        SortKey.TAGS: 2,
        SortKey.ARTICLE: 3,
        SortKey.SAID_ON: 1,
    }.get(key, 0)
    # Rows with no value stay last; among equal values, the tie-break (id) reverses too.
    if nulls:
        assert descending[-nulls:] == expected[-nulls:][::-1]
        assert [i for i in descending[:-nulls]] == _reversed_keeping_ties(
            library, key, expected[:-nulls]
        )
    else:
        assert descending == _reversed_keeping_ties(library, key, expected)


def _reversed_keeping_ties(library: Library, key: SortKey, ids: list[int]) -> list[int]:
    """``ids`` in descending order of ``key``, ties by descending id (as search does)."""
    return list(reversed(ids)) if key is not SortKey.GROUND_RULE else _rule_desc(library, ids)


def _rule_desc(library: Library, ids: list[int]) -> list[int]:
    order = ["on_record", "background", "deep_background", "off_record"]
    rows = {q.id: q for q in library.quote_rows(ids)}
    return sorted(ids, key=lambda i: (order.index(rows[i].ground_rule), i), reverse=True)


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("query", ["", "-tag:draft", "the OR a", "rule:on OR rule:bg"])
def test_sorted_pages_agree_with_the_whole_sorted_list(
    sample: tuple[Library, Ids], key: SortKey, descending: bool, query: str
) -> None:
    library, ids = sample
    library.delete_quotes([ids.ivan])
    library.add_quote("Another, same source.", library.get_quote(ids.draft).source_id)
    whole = library.search(query, sort=key, descending=descending).ids
    assert len(whole) >= 3
    for offset in range(len(whole)):
        page = library.search(query, sort=key, descending=descending, limit=2, offset=offset)
        assert page.ids == whole[offset : offset + 2]
        assert (page.total, page.total_capped) == (len(whole), False)
        capped = library.search(
            query, sort=key, descending=descending, limit=2, offset=offset, count_cap=2
        )
        assert capped.ids == whole[offset : offset + 2]
        assert (capped.total, capped.total_capped) == (2, len(whole) > 2)


def test_sort_applies_to_a_filtered_search(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    result = library.search("tag:exile", sort=SortKey.SAID_ON)
    assert result.ids == (ids.zoe, ids.exodus)
    assert not result.ranked


def test_limit_offset_and_count_cap(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    newest = [ids.undated, ids.bg, ids.zoe, ids.ivan, ids.draft, ids.exodus]
    first = library.search(limit=2)
    assert first.ids == tuple(newest[:2])
    assert (first.total, first.total_capped) == (6, False)
    second = library.search(limit=2, offset=2)
    assert second.ids == tuple(newest[2:4])
    assert second.total == 6
    capped = library.search(limit=2, count_cap=3)
    assert (capped.ids, capped.total, capped.total_capped) == (tuple(newest[:2]), 3, True)
    exact = library.search(limit=2, count_cap=6)
    assert (exact.total, exact.total_capped) == (6, False)
    beyond = library.search(limit=2, offset=10)
    assert (beyond.ids, beyond.total) == ((), 6)
    big = library.search(limit=2, offset=1, count_cap=100_000)
    assert (big.ids, big.total, big.total_capped) == (tuple(newest[1:3]), 6, False)
    assert library.search(offset=4).ids == tuple(newest[4:])
    assert library.search("whole", limit=1, count_cap=1).total_capped


@pytest.mark.parametrize(("name", "value"), [("limit", -1), ("offset", -5), ("count_cap", -1)])
def test_negative_counts_are_refused(library: Library, name: str, value: int) -> None:
    with pytest.raises(ValidationError) as caught:
        library.search(**{name: value})  # type: ignore[arg-type]
    assert caught.value.field == name


# -- the parser and term() ----------------------------------------------------------------------


def test_parse_tree() -> None:
    tree = parse_query('war -"the draft" tag:x OR source:"a b" said>=2022-03').root
    assert isinstance(tree, And)
    assert tree.terms[0] == Word("war")
    assert tree.terms[1] == Not(Phrase("the draft"))
    assert tree.terms[2] == Or((Field("tag", "x"), Field("source", "a b")))
    said = tree.terms[3]
    assert isinstance(said, Said)
    assert (said.first.isoformat() if said.first else None, said.end) == ("2022-03-01", None)
    assert parse_query("").root is None
    assert parse_query("   ").root is None


@pytest.mark.parametrize(
    ("field", "value", "text"),
    [
        ("tag", "war crimes", 'tag:"war crimes"'),
        ("tag", "draft", "tag:draft"),
        ("source", 'Sasha "Red" P', 'source:"Sasha \\"Red\\" P"'),
        ("article", "C:\\path", 'article:"C:\\\\path"'),
        ("outlet", "(Post)", 'outlet:"(Post)"'),
        ("tag", "-x", "tag:-x"),
        ("tag", "OR", "tag:OR"),
    ],
)
def test_term_writes_parseable_filters(field: str, value: str, text: str) -> None:
    assert term(field, value) == text
    assert parse_query(text).root == Field(field, value)


@given(
    field=st.sampled_from([f for f in FIELDS if f not in ("rule", "status", "said")]),
    value=st.text(min_size=1).filter(str.strip),
)
def test_term_round_trips_through_the_parser(field: str, value: str) -> None:
    assert parse_query(term(field, value)).root == Field(field, value)


def test_nodes_of_different_kinds_never_compare_equal() -> None:
    terms = parse_query('tag:word tag "tag" (a b) (a OR b)').root
    assert isinstance(terms, And)
    field, word, phrase, both, either = terms.terms
    assert (field, word, phrase) == (Field("tag", "word"), Word("tag"), Phrase("tag"))
    assert len({field, word, phrase}) == 3
    assert isinstance(both, And) and isinstance(either, Or) and both.terms == either.terms
    assert both != either
    assert Not(Word("a")) != Not(Phrase("a"))


def test_a_word_and_the_same_phrase_are_both_kept(library: Library) -> None:
    source = library.add_source("Anna").created or 0
    exact = library.add_quote("A tag here.", source).created
    prefixed = library.add_quote("Tagged there.", source).created
    assert set(library.search("tag").ids) == {exact, prefixed}
    assert library.search('tag "tag"').ids == (exact,)
    assert library.search('"tag" tag').ids == (exact,)


def test_term_refuses_unknown_fields_and_empty_values() -> None:
    with pytest.raises(ValueError):
        term("colour", "red")
    with pytest.raises(ValueError):
        term("tag", " ")


def test_term_finds_what_the_navigator_shows(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    assert found(library, term("tag", "war crimes")) == {ids.exodus}
    assert found(library, term("source", "Sasha Petrov")) == {ids.exodus, ids.draft}
    assert found(library, term("article", "The exodus of engineers")) == {ids.exodus, ids.zoe}


# -- malformed and hostile input ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "position", "words"),
    [
        ('war "the draft', 4, "quote mark"),
        ("war -", 4, "'-'"),
        ("- war", 0, "'-'"),
        ("tag:", 0, "needs a value"),
        ('war tag:""', 4, "needs a value"),
        ("rule:maybe", 0, "ground rule"),
        ("status:done", 0, "status"),
        ("said:2022-13", 0, "calendar"),
        ("said:2022-02-30", 0, "calendar"),
        ("said>=yesterday", 0, "date"),
        ("tag>=x", 0, "only 'said'"),
        ("war OR", 4, "OR"),
        ("OR war", 0, "OR"),
        ("war AND", 4, "AND"),
        ("war NOT", 4, "NOT"),
        ("(war", 0, "'('"),
        ("war)", 3, "')'"),
        ("()", 0, "empty"),
        ("(" * 20 + "x" + ")" * 20, 16, "nested"),
        ("a " * 200, 0, "too many"),
    ],
)
def test_malformed_queries_name_the_problem_and_where(
    library: Library, query: str, position: int, words: str
) -> None:
    with pytest.raises(QueryError) as caught:
        library.search(query)
    assert words in caught.value.reason
    assert caught.value.position == position


@pytest.mark.parametrize(
    "query",
    [
        "AND",
        "war NEAR peace",
        "NEAR(war peace)",
        "war*",
        "*",
        "^war",
        "war:peace",
        "col:war",
        "a:b:c",
        "wa(r",
        "\x00war\x07",
        "war\ud800",
        "😀",
        "😀 war 🎉",
        '"😀"',
        "-😀",
        '"\'"',
        '"war \\" peace"',
        '"',
        "x" * 10_000,
        "war " + "peace-" * 1500,
        '"' + "word " * 2000 + '"',
        "tag:😀",
        "source:\x00",
        "said<=9999",
        "said>9999-12-31",
        "said:0001-01",
        "-the -war",
        "NOT NOT war",
        "--war",
    ],
)
def test_odd_input_is_searched_literally_or_refused_cleanly(
    sample: tuple[Library, Ids], query: str
) -> None:
    library, ids = sample
    try:
        result = library.search(query, limit=5, count_cap=10)
    except QueryError as error:
        assert error.reason
        assert 0 <= error.position <= len(query)
    else:
        assert set(result.ids) <= {
            ids.exodus,
            ids.draft,
            ids.ivan,
            ids.zoe,
            ids.bg,
            ids.undated,
        }


def test_fts5_operators_are_searched_as_words(library: Library) -> None:
    source = library.add_source("Anna").created or 0
    near = library.add_quote("We stayed near the border.", source).created
    star = library.add_quote("War* is a footnote.", source).created
    assert found(library, "NEAR") == {near}
    assert found(library, "near border") == {near}
    assert found(library, "war*") == {star}
    assert found(library, "*") == {near, star}  # nothing to search for: every quote
    assert found(library, "😀") == {near, star}


def test_lowercase_or_is_a_word(library: Library) -> None:
    source = library.add_source("Anna").created or 0
    quote = library.add_quote("Now or never.", source).created
    library.add_quote("Now and then.", source)
    assert found(library, "now or never") == {quote}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=st.characters(), max_size=60))
def test_arbitrary_text_raises_nothing_but_query_error(tmp_path_factory: pytest.TempPathFactory,
                                                       text: str) -> None:  # fmt: skip
    library = _shared_library(tmp_path_factory)
    try:
        result = library.search(text, limit=3, count_cap=5)
    except QueryError as error:
        assert 0 <= error.position <= len(text)
    else:
        assert result.total >= len(result.ids)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(
        st.sampled_from(
            ["war", "-", "OR", "AND", "NOT", "(", ")", '"', "tag:", "said>=", "2022", "*", "ё",
             ":", "x", " ", "-tag:exile", "source:", "rule:on", "\\", "😀", "NEAR"]
        ),
        max_size=12,
    )
)  # fmt: skip
def test_syntax_soup_raises_nothing_but_query_error(
    tmp_path_factory: pytest.TempPathFactory, parts: list[str]
) -> None:
    library = _shared_library(tmp_path_factory)
    text = "".join(parts)
    for joined in (text, " ".join(parts)):
        try:
            library.search(joined, limit=3, count_cap=5, sort=SortKey.TAGS)
        except QueryError as error:
            assert 0 <= error.position <= len(joined)


_LIBRARIES: dict[str, Library] = {}


def _shared_library(factory: pytest.TempPathFactory) -> Library:
    """One small library for every Hypothesis example (fixtures are not reset per example)."""
    if "lib" not in _LIBRARIES:
        path: Path = factory.mktemp("search") / "library.sqlite3"
        library = Library(path)
        source = library.add_source("Sasha").created or 0
        library.add_quote("War and peace: ёлка, Zoë, 2022.", source, tags=["exile"])
        library.add_quote("Another quote", source, said_on="2022-03-01")
        _LIBRARIES["lib"] = library
    return _LIBRARIES["lib"]


@pytest.fixture(scope="module", autouse=True)
def _close_shared() -> Iterator[None]:
    yield
    for library in _LIBRARIES.values():
        library.close()
    _LIBRARIES.clear()
