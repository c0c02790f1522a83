"""Fail-safe attribution: a quote's rule follows its source until set, and never gets
more open by a change of source."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from quotebook.core import GroundRule, Library
from quotebook.core.library.ground_rules import (
    more_open,
    printed_attribution,
    rule_under_source,
    strictest,
)
from quotebook.core.sheet.csv_import import import_csv

ON, BG, DEEP, OFF = (
    GroundRule.ON_RECORD,
    GroundRule.BACKGROUND,
    GroundRule.DEEP_BACKGROUND,
    GroundRule.OFF_RECORD,
)
LEPRA = "a senior developer at one of Russia's largest IT companies"


def _sources(lib: Library) -> tuple[int, int, int]:
    sasha = lib.add_source("Sasha", age=23, role="engineer", organization="Yandex").created
    lepra = lib.add_source(
        "Lepra", is_pseudonym=True, described_as=LEPRA, default_ground_rule="background"
    ).created
    quiet = lib.add_source("Quiet", default_ground_rule="off_record").created
    assert sasha and lepra and quiet
    return sasha, lepra, quiet


def _rule(lib: Library, quote_id: int) -> tuple[GroundRule, bool]:
    quote = lib.get_quote(quote_id)
    return quote.ground_rule, quote.ground_rule_set


def test_strictness_order() -> None:
    assert strictest(ON, BG) is BG and strictest(OFF, DEEP, ON) is OFF
    assert more_open(ON, BG) and more_open(DEEP, OFF) and not more_open(BG, BG)
    assert rule_under_source(ON, False, BG) is BG and rule_under_source(DEEP, False, ON) is ON
    assert rule_under_source(ON, True, BG) is BG and rule_under_source(DEEP, True, BG) is DEEP


def test_a_new_quote_follows_its_source_until_a_rule_is_set(library: Library) -> None:
    sasha, lepra, quiet = _sources(library)
    quote = library.add_quote("We left in March.", sasha).created or 0
    assert _rule(library, quote) == (ON, False)
    library.update_quote(quote, source_id=lepra)
    assert _rule(library, quote) == (BG, False)
    library.update_quote(quote, source_id=sasha)  # not set: follows back to on the record
    assert _rule(library, quote) == (ON, False)
    library.update_quote(quote, ground_rule="deep_background")
    assert _rule(library, quote) == (DEEP, True)
    library.update_quote(quote, source_id=lepra)  # set and stricter than Lepra's: kept
    assert _rule(library, quote) == (DEEP, True)
    library.update_quote(quote, source_id=quiet)  # Quiet's default is stricter: raised
    assert _rule(library, quote) == (OFF, True)


def test_a_set_rule_more_open_than_the_new_source_is_raised(library: Library) -> None:
    sasha, lepra, _ = _sources(library)
    quote = library.add_quote("Words.", sasha, ground_rule="on_record").created or 0
    assert _rule(library, quote) == (ON, True)
    changes = library.update_quote(quote, source_id=lepra)
    assert _rule(library, quote) == (BG, True)
    assert changes.quotes == {quote}
    library.undo()
    assert _rule(library, quote) == (ON, True)
    assert library.get_quote(quote).source_id == sasha


def test_a_source_default_change_moves_following_quotes_only(library: Library) -> None:
    _, lepra, _ = _sources(library)
    following = library.add_quote("Following.", lepra).created or 0
    chosen = library.add_quote("Chosen.", lepra, ground_rule="on_record").created or 0
    changes = library.update_source(lepra, default_ground_rule="deep_background")
    assert _rule(library, following) == (DEEP, False)
    assert _rule(library, chosen) == (ON, True)
    assert following in changes.quotes and chosen not in changes.quotes
    assert library.more_open_quotes() == [chosen]
    library.undo()
    assert _rule(library, following) == (BG, False)


def test_more_open_quotes_in_a_scope_leave_out_the_trash(library: Library) -> None:
    sasha, lepra, _ = _sources(library)
    opened = [
        library.add_quote(f"Open {n}.", lepra, ground_rule="on_record").created or 0
        for n in range(3)
    ]
    library.add_quote("Strict.", sasha, ground_rule="background")
    library.delete_quotes([opened[2]])
    assert library.more_open_quotes() == opened[:2]
    assert library.more_open_quotes([opened[1], opened[2]]) == [opened[1]]
    assert library.more_open_quotes([]) == []


def test_the_printed_attribution_is_the_exports(library: Library) -> None:
    sasha, lepra, _ = _sources(library)
    source = library.get_source(lepra)
    assert printed_attribution(source, BG) == LEPRA
    assert printed_attribution(source, ON) == "Lepra"
    assert printed_attribution(source, DEEP) == ""
    assert printed_attribution(source, OFF) is None
    named = printed_attribution(library.get_source(sasha), ON)
    assert named == "Sasha, a 23-year-old engineer at Yandex"


def test_a_sheet_rule_is_set_and_a_blank_one_follows(library: Library) -> None:
    _, lepra, _ = _sources(library)
    sheet = "quote,source,ground_rule\nSet in the sheet.,Lepra,on_record\nBlank.,Lepra,\n"
    import_csv(library, io.StringIO(sheet))
    ids = {library.get_quote(i).text: i for i in library.search("").ids}
    assert _rule(library, ids["Set in the sheet."]) == (ON, True)
    assert _rule(library, ids["Blank."]) == (BG, False)
    library.update_source(lepra, default_ground_rule="deep_background")
    assert _rule(library, ids["Blank."]) == (DEEP, False)
    assert _rule(library, ids["Set in the sheet."]) == (ON, True)


def test_the_upgrade_counts_a_rule_unlike_its_sources_as_set(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "library_v1.sqlite3", path)
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT q.id, q.ground_rule = s.default_ground_rule FROM quote q "
        "JOIN source s ON s.id = q.source_id"
    ).fetchall()
    conn.close()
    assert {same for _, same in rows} == {0, 1}  # the fixture has both kinds
    with Library(path) as lib:
        for quote_id, same in rows:
            assert lib.get_quote(quote_id).ground_rule_set is not bool(same)


@pytest.mark.parametrize("rule", list(GroundRule))
def test_a_rule_given_at_creation_is_set(library: Library, rule: GroundRule) -> None:
    _, lepra, _ = _sources(library)
    quote = library.add_quote("Words.", lepra, ground_rule=rule.value).created or 0
    assert _rule(library, quote) == (rule, True)


def test_a_body_filed_under_its_own_name_is_printed_by_it_alone(library: Library) -> None:
    body = library.add_source("Fife Council", organization="Fife Council").created
    assert body and printed_attribution(library.get_source(body), ON) == "Fife Council"
    staff = library.add_source("Ann Roe", organization="Fife Council").created
    assert staff
    assert printed_attribution(library.get_source(staff), ON) == "Ann Roe, someone at Fife Council"
