"""A filter too large to lead a page still leads a count and a whole list, read from
its own index: the results are the same as when it is checked quote by quote."""

from __future__ import annotations

import pytest

from quotebook.core import Library
from quotebook.core.search import plan
from quotebook.core.search.fields import Filter
from quotebook.core.search.parse import parse_query
from quotebook.core.search.sql import Compiler

N = 30


def _kept(n: int) -> bool:
    """Outside the trash: not deleted itself (every 7th) nor said by Gone Source."""
    return n % 7 != 0 and n % 3 != 2


@pytest.fixture
def sample(library: Library) -> tuple[Library, list[int]]:
    border = library.add_source("Border Guard").created or 0
    lepra = library.add_source("Lepra", default_ground_rule="background").created or 0
    gone = library.add_source("Gone Source", default_ground_rule="background").created or 0
    article = library.add_article("Across the border").created or 0
    quotes = []
    for n in range(N):
        source = (border, lepra, gone)[n % 3]
        text = ("We crossed the border at night", "Visa papers took months", "Nothing")[n % 3]
        tags = ["visa", "draft"] if n % 4 == 0 else ["visa"] if n % 5 == 0 else []
        fields = {"article_id": article} if n % 2 == 0 else {}
        made = library.add_quote(f"{text} ({n})", source, tags=tags, **fields).created
        quotes.append(made or 0)
    library.delete_quotes(quotes[::7])
    library.delete_source(gone)
    return library, quotes


def _expected(quotes: list[int]) -> dict[str, set[int]]:
    def where(test: object) -> set[int]:
        return {quotes[n] for n in range(N) if test(n) and _kept(n)}  # type: ignore[operator]

    return {
        "rule:background": where(lambda n: n % 3 != 0),
        "tag:visa": where(lambda n: n % 4 == 0 or n % 5 == 0),
        "border": where(lambda n: n % 3 == 0 or n % 2 == 0),  # text, source or article
        "border rule:background": where(lambda n: n % 3 != 0 and n % 2 == 0),
        "vis*": where(lambda n: n % 3 == 1 or n % 4 == 0 or n % 5 == 0),  # text or tag
        "rule:background -tag:visa": where(lambda n: n % 3 != 0 and n % 4 != 0 and n % 5 != 0),
    }


@pytest.mark.parametrize("cap", [20_000, 1])  # a filter leads every page; none does
def test_counts_and_whole_lists_leave_out_the_trash_and_count_each_quote_once(
    sample: tuple[Library, list[int]], monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    library, quotes = sample
    monkeypatch.setattr(plan, "ESTIMATE_CAP", cap)
    for query, expected in _expected(quotes).items():
        whole = library.search(query)
        assert set(whole.ids) == expected, query
        assert list(whole.ids) == sorted(whole.ids, reverse=True) or whole.ranked, query
        assert whole.total == len(whole.ids) == len(expected), query
        page = library.search(query, limit=2)
        assert page.total == len(expected) and set(page.ids) <= expected, query
        capped = library.search(query, limit=2, count_cap=3)
        assert (capped.total, capped.total_capped) == (min(3, len(expected)), len(expected) > 3)
        in_trash = library.search(query, trash=True)
        assert not set(in_trash.ids) & expected, query


def test_a_filter_whose_quotes_were_mostly_trashed_leads_instead_of_a_walk(
    sample: tuple[Library, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, _ = sample
    monkeypatch.setattr(plan, "ESTIMATE_CAP", 5)
    visa = sorted(library.search("tag:visa").ids)
    assert len(visa) > 5

    def lead(trash: bool) -> Filter | None:
        with library._plain_read() as conn:
            root = parse_query("tag:visa").root
            return plan.make_plan(Compiler(conn), root, trash).lead

    assert lead(False) is None  # too many to lead: a page walks the newest quotes
    library.delete_quotes(visa[1:])
    assert lead(False) is not None  # one left outside the trash: it leads
    assert lead(True) is None  # in the Trash, every one of them is there
    page = library.search("tag:visa", limit=2, count_cap=3)
    assert (page.ids, page.total) == ((visa[0],), 1)
    assert set(library.search("tag:visa", trash=True).ids) >= set(visa[1:])


def _plans_read(library: Library, query: str) -> list[str]:
    """The query plan of every statement a whole list of ``query`` runs."""
    seen: list[str] = []
    library.search("")  # the thread's read connection is open
    conns = list(library._plain)
    for conn in conns:
        conn.set_trace_callback(seen.append)
    try:
        library.search(query)
    finally:
        for conn in conns:
            conn.set_trace_callback(None)
    with library._plain_read() as conn:
        return [
            row[3]
            for sql in seen
            if sql.lstrip().upper().startswith("SELECT")
            for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")
        ]


def test_bounds_on_the_date_said_are_one_range_of_the_date_index(library: Library) -> None:
    source = library.add_source("Dated").created or 0
    days = ["2023-01-15", "2023-02-01", "2023-02-28", "2023-03-01", "2022-12-31", None]
    ids = {day: library.add_quote(f"Said on {day}", source, said_on=day).created for day in days}
    february = {ids["2023-02-01"], ids["2023-02-28"]}
    for query in (
        "said>=2023-01 said<2023-03 said>=2023-02",
        "said<2023-03 said>=2023-02",
        "said:2023 said<2023-03 said>2023-01",
    ):
        found = library.search(query)
        assert set(found.ids) == february and found.total == 2, query
        assert library.search(query, limit=1).total == 2, query
    assert set(library.search("said>=2023-02 -said>=2023-03").ids) == february
    assert set(library.search("said>=2023-03 said<2023-02").ids) == set()
    plans = _plans_read(library, "said>=2023-02 said<2023-03")
    assert any("ix_quote_said_on (said_on>? AND said_on<?)" in step for step in plans), plans


def test_a_count_is_led_by_the_smaller_of_two_filters_too_large_to_lead_a_page(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = library.add_source("Many").created or 0
    tagged = set()
    for n in range(12):
        made = library.add_quote(
            f"Quote {n}", source, said_on="2024-05-01", tags=["rare"] if n % 4 == 0 else []
        ).created
        if n % 4 == 0:
            tagged.add(made)
    monkeypatch.setattr(plan, "ESTIMATE_CAP", 2)  # both filters look too large at first
    query = "said>=2024 tag:rare"
    with library._plain_read() as conn:
        compiler = Compiler(conn)
        made = plan.make_plan(compiler, parse_query(query).root, False)
        assert made.lead is None and made.count_lead is not None
        lead = plan.counted(compiler, made).lead
        assert lead is not None and "quote_tag" in lead.ids.text  # 3 tagged, not 12 dated
    found = library.search(query)
    assert set(found.ids) == tagged and found.total == 3
    assert library.search(query, limit=1).total == 3


def test_a_whole_list_checks_each_quote_in_the_index_of_the_checked_columns(
    library: Library,
) -> None:
    source = library.add_source("Checked").created or 0
    other = library.add_source("Other", default_ground_rule="background").created or 0
    made = {
        (who, day, tag): library.add_quote(f"Visa {n}", who, said_on=day, tags=[tag]).created
        for n, (who, day, tag) in enumerate(
            (who, day, tag)
            for who in (source, other)
            for day in ("2022-05-01", "2023-05-01")
            for tag in ("visa", "draft")
        )
    }
    library.delete_quotes([made[other, "2023-05-01", "draft"]])
    query = "visa said>=2023 -tag:draft"  # words, a date and a tag checked in each quote
    assert set(library.search(query).ids) == {made[source, "2023-05-01", "visa"],
                                              made[other, "2023-05-01", "visa"]}  # fmt: skip
    plans = _plans_read(library, query)
    assert any("COVERING INDEX ix_quote_checks" in step for step in plans), plans
    # A check on a column the index does not hold reads the quote rows, as before.
    ruled = "visa said>=2023 rule:background"
    assert set(library.search(ruled).ids) == {made[other, "2023-05-01", "visa"]}
    assert not any("ix_quote_checks" in step for step in _plans_read(library, ruled))
