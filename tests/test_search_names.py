"""Free words also find quotes by their source's printed name, their tags and their
article's headline and outlet; the quote's own words rank first."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from quotebook.core import Library
from quotebook.core.domain.values import SortKey
from quotebook.core.sheet.csv_import import import_csv


@dataclass(frozen=True)
class Ids:
    plain: int  # "Nothing to add." by Lepra, no tag, no article
    border: int  # says "Tbilisi", by Zoë under the Tbilisi article
    tagged: int  # tagged "Relocation"
    leaving: int  # says "leaving", by Lepra
    sources: tuple[int, int]  # Zoë, Lepra
    article: int
    tag: int


@pytest.fixture
def sample(library: Library) -> Iterator[tuple[Library, Ids]]:
    zoe = library.add_source("Zoë Hartmann").created
    lepra = library.add_source("Lepra", real_name="Ivan Sidorov", is_pseudonym=True).created
    article = library.add_article("Notes from Tbilisi", outlet="Meridian Post").created
    assert zoe and lepra and article

    def add(text: str, source: int, **fields: object) -> int:
        created = library.add_quote(text, source, **fields).created  # type: ignore[arg-type]
        assert created is not None
        return created

    plain = add("Nothing to add.", lepra)
    border = add("Tbilisi took us in.", zoe, article_id=article)
    tagged = add("We packed in a night.", zoe, tags=["Relocation"])
    leaving = add("I am leaving for good.", lepra)
    (tag,) = [t.id for t in library.list_tags() if t.name == "Relocation"]
    yield library, Ids(plain, border, tagged, leaving, (zoe, lepra), article, tag)


def found(library: Library, query: str, **options: object) -> set[int]:
    return set(library.search(query, **options).ids)  # type: ignore[arg-type]


def test_each_name_is_found_by_its_words(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    assert found(library, "zoe") == {ids.border, ids.tagged}  # the source's printed name
    assert found(library, "hartm") == {ids.border, ids.tagged}
    assert found(library, "relocat") == {ids.tagged}  # a tag
    assert found(library, "notes") == {ids.border}  # the article's headline
    assert found(library, "meridian post") == {ids.border}  # its outlet
    assert found(library, "zoe relocation") == {ids.tagged}  # every word, each anywhere
    assert found(library, "zoe -relocation") == {ids.border}


def test_a_real_name_is_never_matched(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    assert found(library, "ivan") == set()
    assert found(library, "sidorov") == set()
    assert found(library, '"ivan sidorov"') == set()
    assert found(library, "lepra") == {ids.plain, ids.leaving}


def test_word_forms_and_exact_forms_match_names_as_they_match_text(
    sample: tuple[Library, Ids],
) -> None:
    library, ids = sample
    assert found(library, "relocations") == {ids.tagged}  # a stem, as in the text
    assert found(library, "=relocation") == {ids.tagged}
    assert found(library, "=relocations") == set()
    assert found(library, "=relocat") == set()  # =word is a whole word
    assert found(library, '"meridian post"') == {ids.border}
    assert found(library, '"post meridian"') == set()


def test_words_in_the_text_rank_before_names(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    result = library.search("tbilisi")
    assert result.ranked
    assert set(result.ids) == {ids.border}
    library.add_quote("Tbilisi, Tbilisi, always Tbilisi.", ids.sources[1])
    newest = library.add_quote("Just a note.", ids.sources[0], article_id=ids.article).created
    result = library.search("tbilisi")
    assert result.ranked
    assert result.ids[-1] == newest  # found by its headline only: after both text matches
    assert result.total == 3


def test_a_renamed_source_tag_or_article_is_found_by_its_new_name(
    sample: tuple[Library, Ids],
) -> None:
    library, ids = sample
    library.update_source(ids.sources[0], name="Zoya")
    library.rename_tag(ids.tag, "Exile")
    library.update_article(ids.article, headline="Letters home", outlet="Daily Ledger")
    assert found(library, "zoya") == {ids.border, ids.tagged}
    assert found(library, "hartmann") == set()
    assert found(library, "exile") == {ids.tagged}
    assert found(library, "relocation") == set()
    assert found(library, "letters ledger") == {ids.border}
    assert found(library, "notes OR meridian") == set()
    library.undo()
    assert found(library, "notes") == {ids.border}
    assert found(library, "letters") == set()


def test_deleted_and_merged_names_find_nothing(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    library.delete_tag(ids.tag)
    assert found(library, "relocation") == set()
    library.undo()
    assert found(library, "relocation") == {ids.tagged}
    other = library.add_tag("Exile").created
    assert other is not None
    library.merge_tags([ids.tag], into=other)
    assert found(library, "relocation") == set()
    assert found(library, "exile") == {ids.tagged}


def test_names_from_an_import_are_found(library: Library, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "quote,source,tags,article,outlet\n"
        "Words here.,Olga Ivanova,Bureaucracy,A long queue,Northern Courier\n",
        encoding="utf-8",
    )
    report = import_csv(library, sheet)
    assert report.quotes_created == 1
    (quote,) = library.search("").ids
    for word in ("olga", "bureaucr", "queue", "courier"):
        assert found(library, word) == {quote}, word


def test_names_under_sorts_pages_and_the_trash(sample: tuple[Library, Ids]) -> None:
    library, ids = sample
    by_text = library.search("zoe", sort=SortKey.QUOTE)
    assert by_text.ids == (ids.border, ids.tagged)  # "Tbilisi…" before "We packed…"
    page = library.search("zoe OR lepra", limit=2, count_cap=3)
    assert page.ids == (ids.leaving, ids.tagged) and page.total == 3 and page.total_capped
    library.delete_quotes([ids.tagged])
    assert found(library, "zoe") == {ids.border}
    assert found(library, "zoe", trash=True) == {ids.tagged}
    library.delete_source(ids.sources[1])
    assert found(library, "lepra") == set()


def test_text_and_name_matches_merge_newest_first_when_not_ranked(
    sample: tuple[Library, Ids], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, ids = sample
    monkeypatch.setattr("quotebook.core.search.merge.RANK_CAP", 0)  # as for a broad word
    said = library.add_quote("Zoe said so.", ids.sources[1]).created  # in the text only
    result = library.search("zoe")
    assert not result.ranked
    assert result.ids == (said, ids.tagged, ids.border)
    page = library.search("zoe", limit=1, offset=1)
    assert page.ids == (ids.tagged,) and page.total == 3 and not page.total_capped
    capped = library.search("zoe", limit=1, count_cap=2)
    assert capped.ids == (said,) and capped.total == 2 and capped.total_capped


def test_past_the_count_the_page_still_takes_newer_name_matches(
    sample: tuple[Library, Ids], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, ids = sample
    monkeypatch.setattr("quotebook.core.search.merge.RANK_CAP", 0)
    old = [library.add_quote(f"Zoe said so, {n}.", ids.sources[1]).created for n in range(3)]
    newest = library.add_quote("Packed.", ids.sources[0]).created  # Zoë's: by name only
    page = library.search("zoe", limit=2, count_cap=1)
    assert page.ids == (newest, old[2]) and page.total == 1 and page.total_capped
    page = library.search("zoe", limit=2, offset=3, count_cap=1)
    assert page.ids == (old[0], ids.tagged)
