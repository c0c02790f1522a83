"""The navigator's counts brought up to date from a write's moves equal a fresh count."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quotebook.core import Changes, Library, Listing


@pytest.fixture
def filled(library: Library) -> dict[str, list[int]]:
    """Two sources (one of them later trashed), two articles, two tags, twelve quotes."""
    sasha = library.add_source("Sasha").created or 0
    lepra = library.add_source("Lepra").created or 0
    old = library.add_article("Old").created
    new = library.add_article("New").created
    library.add_tag("war")
    quotes: list[int] = []
    for n in range(12):
        tags = [["war"], ["war", "draft"], []][n % 3]
        source, article = (sasha, old) if n % 2 else (lepra, new if n % 4 else None)
        quotes.append(
            library.add_quote(f"Q{n}", source, article_id=article, tags=tags).created or 0
        )
    library.save_search("Drafts", "tag:draft")
    return {"quotes": quotes, "sources": [sasha, lepra]}


def recount_after(library: Library, write: Callable[[], Changes]) -> Listing | None:
    before = library.listing()
    changes = write()
    assert changes.serial == library.serial
    return library.recounted(before, changes)


Write = Callable[[Library, list[int]], object]


def _war(lib: Library) -> int:
    return next(t.id for t in lib.listing().tags if t.name == "war")


# What is done first, then the write whose moves are counted.
WRITES: dict[str, tuple[Write, Write]] = {
    "trash": (lambda lib, q: None, lambda lib, q: lib.delete_quotes(q[:7])),
    "restore": (lambda lib, q: lib.delete_quotes(q[2:9]), lambda lib, q: lib.restore_quotes(q[:5])),
    "undo trash": (lambda lib, q: lib.delete_quotes(q[1:6]), lambda lib, q: lib.undo()),
    "redo trash": (
        lambda lib, q: (lib.delete_quotes(q[1:6]), lib.undo()),
        lambda lib, q: lib.redo(),
    ),
    "tag": (
        lambda lib, q: lib.delete_quotes(q[:2]),
        lambda lib, q: lib.tag_quotes(q[:8], ["draft"]),
    ),
    "untag": (
        lambda lib, q: lib.delete_quotes(q[:2]),
        lambda lib, q: lib.untag_quotes(q, [_war(lib)]),
    ),
    "undo untag": (lambda lib, q: lib.untag_quotes(q, [_war(lib)]), lambda lib, q: lib.undo()),
    "edit text": (lambda lib, q: None, lambda lib, q: lib.update_quote(q[3], text="Changed")),
    "set rule": (lambda lib, q: None, lambda lib, q: lib.edit_quotes(q, ground_rule="background")),
}


@pytest.mark.parametrize("name", list(WRITES))
def test_counts_from_moves_equal_a_fresh_count(
    library: Library, filled: dict[str, list[int]], name: str
) -> None:
    quotes = filled["quotes"]
    first, then = WRITES[name]
    library.delete_source(filled["sources"][1])  # its quotes are out of every count
    first(library, quotes)

    recounted = recount_after(library, lambda: then(library, quotes))  # type: ignore[arg-type,return-value]

    assert recounted is not None  # brought up to date, not counted again
    assert recounted == library.listing()


def test_a_trash_moves_the_counts_of_its_quotes_sources_articles_and_tags(
    library: Library, filled: dict[str, list[int]]
) -> None:
    before = library.listing()

    recounted = recount_after(library, lambda: library.delete_quotes(filled["quotes"][:6]))

    assert recounted is not None
    assert (recounted.quotes, recounted.trashed_quotes) == (6, 6)
    counts = {e.name: e.quote_count for e in (*recounted.sources, *recounted.tags)}
    assert counts == {"Sasha": 3, "Lepra": 3, "war": 4, "draft": 2}
    assert [e.quote_count for e in before.articles] == [3, 6]  # "New", "Old"
    assert [e.quote_count for e in recounted.articles] == [2, 3]
    assert [(s.name, s.quote_count) for s in recounted.searches] == [("Drafts", 2)]


@pytest.mark.parametrize(
    "write",
    [
        lambda lib, f: lib.delete_source(f["sources"][0]),
        lambda lib, f: lib.add_quote("New one", f["sources"][0]),
        lambda lib, f: lib.update_quote(f["quotes"][1], source_id=f["sources"][1]),
        lambda lib, f: lib.edit_quotes(f["quotes"], article_id=None),
        lambda lib, f: lib.tag_quotes(f["quotes"], ["a new tag"]),
        lambda lib, f: lib.empty_trash(),
    ],
    ids=["trash source", "add quote", "refile", "bulk refile", "new tag", "empty trash"],
)
def test_a_write_that_changes_counts_otherwise_asks_for_a_fresh_count(
    library: Library, filled: dict[str, list[int]], write: Callable[..., Changes]
) -> None:
    library.delete_quotes(filled["quotes"][:1])

    assert recount_after(library, lambda: write(library, filled)) is None


def test_counts_of_an_older_library_or_after_a_later_write_are_counted_again(
    library: Library, filled: dict[str, list[int]]
) -> None:
    older = library.listing()
    library.delete_quotes(filled["quotes"][:1])
    before = library.listing()
    changes = library.delete_quotes(filled["quotes"][1:3])

    assert library.recounted(older, changes) is None  # a write between them is missed

    library.restore_quotes(filled["quotes"][1:2])
    assert library.recounted(before, changes) is None  # the library has moved on


def test_the_counts_leave_out_the_trash_and_read_one_index_without_sorting(
    library: Library, filled: dict[str, list[int]]
) -> None:
    """With quotes and a source in the trash, every tag, source and article is right;
    each count walks an index in its order (SQLite sorts in one step a stop cannot
    end, so closing would wait for it) and reads no quote row."""
    from quotebook.core.library.live import counted_live
    from quotebook.core.library.tx import QUOTE, QUOTE_TAG

    quotes, sources = filled["quotes"], filled["sources"]
    library.delete_quotes(quotes[:3])
    library.delete_source(sources[0])
    listed = library.listing()
    live = [q for q in quotes[3:] if library.get_quote(q).source_name != "Sasha"]
    assert sum(t.quote_count for t in listed.tags if t.name == "war") == sum(
        1 for q in live if "war" in library.get_quote(q).tags
    )
    assert [s.quote_count for s in listed.sources] == [len(live)]
    with library.snapshot() as conn:
        for column in (QUOTE.c.source_id, QUOTE.c.article_id, QUOTE_TAG.c.tag_id):
            sql = str(counted_live(column).compile(compile_kwargs={"literal_binds": True}))
            plan = [row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
            assert not [step for step in plan if "TEMP B-TREE" in step], plan
            walked = [step for step in plan if step.startswith(("SCAN", "SEARCH"))]
            assert "COVERING INDEX" in walked[0], plan
