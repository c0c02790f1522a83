"""A quote filed from an article takes the same defaults as any new quote."""

from __future__ import annotations

from dataclasses import asdict, replace

from quotebook.core import GroundRule, Library
from quotebook.core.extract import FileItem, file_proposals


def test_a_filed_quote_has_the_fields_of_a_quote_added_by_hand(library: Library) -> None:
    source = library.add_source("Clara Vogt", default_ground_rule="background").created or 0
    by_hand = library.get_quote(library.add_quote("Cuts were due.", source).created or 0)

    changes = file_proposals(library, None, [FileItem("Costs were high.", source)])

    (filed_id,) = changes.quotes
    filed = library.get_quote(filed_id)
    same = {"id": by_hand.id, "text": by_hand.text, "created_at": None, "updated_at": None}
    assert asdict(replace(filed, **same)) == asdict(replace(by_hand, **same))
    assert not filed.ground_rule_set  # no rule given: it follows its source, as by hand
    assert (filed.ground_rule, filed.status.value, filed.said_on) == (
        GroundRule.BACKGROUND,
        "unverified",
        None,
    )
    assert (filed.context, filed.language, filed.notes, filed.article_id) == ("", "", "", None)


def test_fields_given_with_a_filed_quote_are_kept(library: Library) -> None:
    source = library.add_source("Clara Vogt").created or 0
    quote = {"context": "On the cuts", "said_on": "2024-05-01", "language": "de"}

    changes = file_proposals(library, None, [FileItem("Costs were high.", source, quote=quote)])

    filed = library.get_quote(next(iter(changes.quotes)))
    assert (filed.context, str(filed.said_on), filed.language) == (
        "On the cuts",
        "2024-05-01",
        "de",
    )


def test_a_filed_quote_without_a_rule_follows_its_source_made_stricter(library: Library) -> None:
    source = library.add_source("Clara Vogt").created or 0
    kept = {"ground_rule": "on_record"}
    changes = file_proposals(
        library,
        None,
        [FileItem("Costs were high.", source), FileItem("I said it.", source, quote=kept)],
    )
    library.update_source(source, default_ground_rule="background")
    rules = {library.get_quote(i).text: library.get_quote(i).ground_rule for i in changes.quotes}
    assert rules == {"Costs were high.": GroundRule.BACKGROUND, "I said it.": GroundRule.ON_RECORD}
