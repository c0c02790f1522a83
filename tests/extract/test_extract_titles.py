"""Titles printed before a name, Russian dash lines inside a paragraph, and the body an
unnamed speaker belongs to ("its chief executive", "a spokesperson for the embassy")."""

from __future__ import annotations

import pytest

from quotebook.core.extract import Proposal, extract


def last(text: str) -> Proposal:
    return extract(text).proposals[-1]


@pytest.mark.parametrize(
    ("printed", "name", "role"),
    [
        ("Lord Justice Patel", "Patel", "Lord Justice"),
        ("Mr Justice Hayden", "Hayden", "Mr Justice"),
        ("Lady Justice Simler", "Simler", "Lady Justice"),
        ("Lord Chief Justice Sue Carr", "Sue Carr", "Lord Chief Justice"),
        ("Sir Keir Starmer", "Keir Starmer", ""),
        ("Dame Sarah Mullally", "Sarah Mullally", ""),
        ("Dr. Anna Weiss", "Anna Weiss", ""),
        ("the Rev. Al Sharpton", "Al Sharpton", ""),
        ("Prof. Anna Weiss", "Anna Weiss", "professor"),
        ("Gen. Mark Milley", "Mark Milley", "general"),
        ("Sen. Amy Klobuchar", "Amy Klobuchar", "senator"),
        ("Rep. Chip Roy", "Chip Roy", "representative"),
        ("Gov. Gavin Newsom", "Gavin Newsom", "governor"),
        ("Judge Amy Berman Jackson", "Amy Berman Jackson", "Judge"),
    ],
)
def test_a_title_is_part_of_the_role_only_when_it_names_an_office(
    printed: str, name: str, role: str
) -> None:
    quote = last(f'"The decision was irrational," {printed} said.')
    assert (quote.speaker_name, quote.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "speaker", "quote_text"),
    [
        (
            "Глава пресс-службы Кремля Дмитрий Песков ответил коротко: — Комментариев не будет.",
            "Дмитрий Песков",
            "Комментариев не будет.",
        ),
        (
            "Его мать, Наталья Иванова, говорит: — Мы ждали его три года.",
            "Наталья Иванова",
            "Мы ждали его три года.",
        ),
        (
            "Анна Кузнецова переехала в Белград в марте. — Первые два месяца было очень "
            "тяжело, — вспоминает она. — Потом стало проще.",
            "Анна Кузнецова",
            "Первые два месяца было очень тяжело, Потом стало проще.",
        ),
        (
            "Опрос провели у метро. Марина Котова, пенсионерка: — Я езжу на работу каждый день.",
            "Марина Котова",
            "Я езжу на работу каждый день.",
        ),
    ],
)
def test_a_russian_dash_line_inside_a_paragraph(text: str, speaker: str, quote_text: str) -> None:
    quote = last(text)
    assert (quote.speaker_name, quote.text) == (speaker, quote_text)


def test_a_dash_in_the_writers_prose_is_no_speech() -> None:
    text = "Москва — столица России. Цены выросли на треть. — Это только начало."
    assert extract(text).proposals == ()


@pytest.mark.parametrize(
    ("before", "speaker", "organization"),
    [
        (
            "Northwind Logistics will cut 400 jobs. The company said demand fell.",
            "its chief executive",
            "Northwind Logistics",
        ),
        (
            "Maersk, the Danish shipping company, reported a loss.",
            "its finance director",
            "Maersk",
        ),
        (
            "The Danish shipping group Maersk reported a loss.",
            "a spokesman for the group",
            "Maersk",
        ),
        (
            "The case was heard at Cardiff Crown Court. The housing association said it had "
            "changed how payments were approved.",
            "its chief executive",
            "",
        ),
        (
            "The Tenants Union of Lisbon organised the march.",
            "a spokesman for the group",
            "Tenants Union of Lisbon",
        ),
        (
            "The German Foreign Office says processing times have fallen.",
            "a spokesperson for the embassy",
            "embassy",
        ),
    ],
)
def test_the_body_an_unnamed_speaker_belongs_to(
    before: str, speaker: str, organization: str
) -> None:
    quote = last(f'{before} "We expected worse," {speaker} said.')
    assert (quote.speaker_name, quote.organization) == ("", organization)


def test_a_dialogue_line_no_dash_attributes_is_a_follow_on_to_check() -> None:
    text = (
        "— Мы ничего не успели вынести, — говорит Магомед Гасанов. — Документы сгорели.\n\n"
        "— А что с домом?\n\n"
        "— Дом придется строить заново."
    )
    first, last_line = extract(text).proposals
    assert first.sure and "follow-on" not in first.doubts
    assert last_line.speaker_name == "Магомед Гасанов"
    assert not last_line.sure and last_line.doubts[0] == "follow-on"


def test_a_lone_name_nobody_was_introduced_as_needs_a_second_look() -> None:
    lone = last('"We are reviewing the case," Ofcom said in a statement.')
    first_name = last('"We are reviewing the case," Sasha said.')
    surname = last('Anna Weiss heads the union. "We are reviewing the case," Weiss said.')
    assert not lone.sure and lone.doubts == ("lone-name",)
    assert first_name.sure and surname.sure and surname.speaker_name == "Anna Weiss"


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organization"),
    [
        (
            "Иван Петров возглавляет фонд с 2015 года. «Денег не хватает», — отметил в беседе "
            "с корреспондентом «Ленты.ру» Петров.",
            "Иван Петров",
            "",
            "",
        ),
        (
            "Ольга Ким преподает в школе № 5 уже 20 лет. «Денег не хватает», — рассказала "
            "учительница.",
            "Ольга Ким",
            "учительница",
            "",
        ),
        (
            "Ольга Ким, директор школы, преподает 20 лет. «Денег не хватает», — рассказала "
            "учительница.",
            "",
            "учительница",
            "",
        ),
    ],
)
def test_a_russian_attribution_after_a_dash_with_its_setting_or_a_bare_role(
    text: str, speaker: str, role: str, organization: str
) -> None:
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (speaker, role, organization)


def test_a_titled_name_of_the_body_before_a_who_clause_is_the_speaker() -> None:
    text = (
        "Chief Inspector Maria Lopez of the Northern Police, who led the inquiry, said the "
        'money had been traced. "Every pound we find goes back," she said.'
    )
    quote = extract(text).proposals[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Maria Lopez",
        "Chief Inspector",
        "Northern Police",
    )


def test_a_short_phrase_in_marks_after_an_article_is_a_term() -> None:
    term = (
        'A fungus can break down some of the "forever chemicals" that pollute water, '
        "according to a study published on Wednesday."
    )
    partial = 'The court found a "serious risk of extreme material need," the ruling said.'
    assert extract(term).proposals == ()
    named = 'The minister called the ruling a "disgrace" on Friday.'
    found = [p.text for p in extract(partial).proposals]
    assert found == ["serious risk of extreme material need,"]
    assert [p.text for p in extract(named).proposals] == ["disgrace"]


def test_a_short_phrase_after_an_article_is_what_a_verb_early_in_the_sentence_reports() -> None:
    text = (
        "Finance director Mia Roark told analysts on a conference call on Tuesday that the "
        'group saw a "brief and shallow" dip in bookings.'
    )
    found = [(p.text, p.speaker_name, p.kind) for p in extract(text).proposals]
    assert found == [("brief and shallow", "Mia Roark", "partial")]


@pytest.mark.parametrize(
    "sentence",
    [
        'The bend below the mill, known locally as "the Kettle", floods every spring.',
        'Her debut has been dubbed "the Welsh Middlemarch" by critics, she said.',
        'The ferry, nicknamed "Old Rusty", sailed at dawn.',
    ],
)
def test_a_name_given_to_something_is_no_quote(sentence: str) -> None:
    assert extract(f"Anna Bell owns the mill. {sentence}").proposals == ()
