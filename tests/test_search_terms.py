"""The words a search highlights, and where they are."""

from __future__ import annotations

from quotebook.core.search.terms import highlight_spans, highlight_terms


def test_free_words_and_phrases_are_highlighted_not_negated_or_filters() -> None:
    terms = highlight_terms('exod "left in" -army tag:draft said>=2024 (visa OR Zoë)')
    assert terms == ("exod", "left", "in", "visa", "zoe")
    assert highlight_terms('"unclosed') == ()
    assert highlight_terms("") == ()


def test_spans_cover_whole_words_starting_with_a_term_whatever_the_case_or_accent() -> None:
    text = "Zoë said the Exodus began; Ёлка, exodus-like, ZOE."
    spans = highlight_spans(text, highlight_terms("zoe exod елка"))
    assert [text[a:b] for a, b in spans] == ["Zoë", "Exodus", "Ёлка", "exodus", "ZOE"]
    assert highlight_spans(text, ()) == []
