"""Quotation marks beyond the usual pairs: two apostrophes, and a quote inside a quote."""

from __future__ import annotations

from quotebook.core.extract import extract


def test_two_apostrophes_mark_a_quote() -> None:
    text = "''We are not losing customers,'' Ingrid Solberg told analysts. ''Volume will return.''"
    found = extract(text).proposals
    assert [p.text for p in found] == ["We are not losing customers, Volume will return."]
    assert found[0].speaker_name == "Ingrid Solberg"
    assert text[found[0].start : found[0].start + 3] == "''W"


def test_a_straight_quote_inside_a_straight_quote_does_not_cut_it_short() -> None:
    text = '"My mother said to me, "Go, and do not look back." So I am going," Santos said.'
    (quote,) = extract(text).proposals
    assert quote.text == 'My mother said to me, "Go, and do not look back." So I am going,'
    assert quote.speaker_name == "Santos"


def test_a_curly_quote_inside_a_curly_quote_does_not_cut_it_short() -> None:
    text = "“They told me, “Wait here,” and left,” said Ana Ruiz."
    (quote,) = extract(text).proposals
    assert quote.text == "They told me, “Wait here,” and left,"
    assert quote.speaker_name == "Ana Ruiz"


def test_a_one_word_partial_quote_the_attribution_states_is_proposed() -> None:
    text = (
        "Judge Ellen Park said the council's decision was “unlawful” and sent it back.\n\n"
        "Critics called the scheme “reckless”, though the mayor, Tom Ward, defended it.\n\n"
        "The so-called “bridge” loans were never repaid, the report found."
    )
    found = [(p.text, p.speaker_name or p.role, p.kind) for p in extract(text).proposals]
    assert found == [("unlawful", "Ellen Park", "partial"), ("reckless", "Critics", "partial")]


def test_a_group_naming_something_in_a_russian_sentence_says_a_partial_quote() -> None:
    text = "Фермеры называют новые пошлины «последней каплей» для малых хозяйств."
    found = [(p.text, p.role, p.kind) for p in extract(text).proposals]
    assert found == [("последней каплей", "Фермеры", "partial")]


def test_words_on_a_sign_or_banner_are_not_a_quote() -> None:
    text = (
        "Marchers carried banners reading “Homes, not hotels” past the town hall.\n\n"
        "На плакате была надпись «Верните нам парк».\n\n"
        "“We will be back every week,” said organiser Ana Lopes."
    )
    assert [p.text for p in extract(text).proposals] == ["We will be back every week,"]
