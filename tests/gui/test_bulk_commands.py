"""Edit → Set on selected quotes: one field on many quotes, one undo step."""

from __future__ import annotations

from window_helpers import Answers, Gui

from quotebook.core import GroundRule, QuoteStatus


def _quotes(gui: Gui) -> list[int]:
    library = gui.library
    sasha = library.add_source("Sasha").created or 0
    ids = [
        library.add_quote(f"Quote {n}", sasha, ground_rule="off_record").created or 0
        for n in range(3)
    ]
    gui.search("quote")
    gui.select(*ids[:2])
    return ids


def test_a_status_is_set_on_the_selected_quotes_in_one_undo_step(
    gui: Gui, answers: Answers
) -> None:
    ids = _quotes(gui)
    answers.choice = "Verified"
    gui.window.bulk.set_status.trigger()
    gui.settle()
    statuses = [gui.library.get_quote(i).status for i in ids]
    assert statuses == [QuoteStatus.VERIFIED, QuoteStatus.VERIFIED, QuoteStatus.UNVERIFIED]
    gui.window.acts.undo.trigger()
    gui.settle()
    assert {gui.library.get_quote(i).status for i in ids} == {QuoteStatus.UNVERIFIED}


def test_a_more_open_rule_names_what_it_exposes_and_waits_for_a_yes(
    gui: Gui, answers: Answers
) -> None:
    ids = _quotes(gui)
    answers.choice = "On the record"
    answers.confirm = False
    gui.window.bulk.set_rule.trigger()
    gui.settle()
    assert answers.confirmations == [
        "Make quotes more open?: 2 quotes of 1 source will be more open: On the record. "
        "Their sources may then be named or described where they were not."
    ]
    assert {gui.library.get_quote(i).ground_rule for i in ids} == {GroundRule.OFF_RECORD}
    answers.confirm = True
    gui.window.bulk.set_rule.trigger()
    gui.settle()
    rules = [gui.library.get_quote(i).ground_rule for i in ids]
    assert rules == [GroundRule.ON_RECORD, GroundRule.ON_RECORD, GroundRule.OFF_RECORD]


def test_the_actions_wait_for_a_selection(gui: Gui) -> None:
    assert not gui.window.bulk.set_source.isEnabled()
    _quotes(gui)
    assert gui.window.bulk.set_source.isEnabled()


def test_moving_quotes_to_a_more_open_source_asks_first(gui: Gui, answers: Answers) -> None:
    library = gui.library
    lepra = library.add_source("Lepra", default_ground_rule="background").created or 0
    sasha = library.add_source("Sasha", default_ground_rule="on_record").created or 0
    ids = [library.add_quote(f"Quote {n}", lepra).created or 0 for n in range(2)]
    gui.window.refresh_navigator()
    gui.settle()
    gui.search("quote")
    gui.select(*ids)
    answers.choice = f"Sasha (#{sasha})"
    answers.confirm = False
    gui.window.bulk.set_source.trigger()
    gui.settle()
    assert answers.confirmations == [
        "Make quotes more open?: 2 quotes of 1 source follow their source's ground "
        "rule and will take the new source's, which is more open: On the record. Their "
        "sources may then be named or described where they were not."
    ]
    assert {library.get_quote(i).source_name for i in ids} == {"Lepra"}
    answers.confirm = True
    gui.window.bulk.set_source.trigger()
    gui.settle()
    assert {(library.get_quote(i).source_name, library.get_quote(i).ground_rule) for i in ids} == {
        ("Sasha", GroundRule.ON_RECORD)
    }
