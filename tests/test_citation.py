"""Quotes pasted into a draft: one comma, the house style, the rule's attribution."""

from __future__ import annotations

from datetime import date

import pytest

from quotebook.core import GroundRule, Source, ValidationError
from quotebook.core.domain.citation import CiteOptions, CiteStyle, cite

ON, BG, DEEP = GroundRule.ON_RECORD, GroundRule.BACKGROUND, GroundRule.DEEP_BACKGROUND
SASHA = Source(
    id=1, name="Sasha", is_pseudonym=True, age=23, role="engineer", organization="Yandex"
)
LEPRA = Source(id=2, name="Lepra", described_as="a developer in Yerevan")
ZOE = Source(id=3, name="Zoë Hartmann", role="consultant")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I had waited a long time,",
            "“I had waited a long time,” said Zoë Hartmann, a consultant.",
        ),
        ("We left in March.", "“We left in March,” said Zoë Hartmann, a consultant."),
        ("We left;", "“We left,” said Zoë Hartmann, a consultant."),
        ("Why now?", "“Why now?” said Zoë Hartmann, a consultant."),
        ("“Quoted, already,”", "“Quoted, already,” said Zoë Hartmann, a consultant."),
        ("And then...", "“And then...” said Zoë Hartmann, a consultant."),
    ],
)
def test_english_news_joins_with_one_comma(text: str, expected: str) -> None:
    options = CiteOptions(style=CiteStyle.ENGLISH)
    assert cite(text, ZOE, ON, options) == expected
    assert ",," not in cite(text, ZOE, ON, options)


def test_every_style_on_the_record_background_and_deep() -> None:
    text = "I had waited a long time,"
    out = {
        style: [
            cite(text, source, rule, CiteOptions(style=style))
            for source, rule in ((SASHA, ON), (LEPRA, BG), (LEPRA, DEEP))
        ]
        for style in CiteStyle
    }
    assert out[CiteStyle.ENGLISH] == [
        "“I had waited a long time,” said Sasha (name changed), a 23-year-old engineer at Yandex.",
        "“I had waited a long time,” said a developer in Yerevan.",
        "“I had waited a long time.”",
    ]
    assert out[CiteStyle.WIRE] == [
        "“I had waited a long time,” Sasha (name changed), a 23-year-old engineer at Yandex, said.",
        "“I had waited a long time,” a developer in Yerevan said.",
        "“I had waited a long time.”",
    ]
    assert out[CiteStyle.RUSSIAN] == [
        "«I had waited a long time», — сказал Sasha (имя изменено), "
        "a 23-year-old engineer at Yandex.",
        "«I had waited a long time», — сказал a developer in Yerevan.",
        "«I had waited a long time»",
    ]
    assert out[CiteStyle.PLAIN] == [
        "I had waited a long time — Sasha (name changed), a 23-year-old engineer at Yandex",
        "I had waited a long time — a developer in Yerevan",
        "I had waited a long time",
    ]


def test_name_changed_is_optional_and_outlet_and_date_follow() -> None:
    options = CiteOptions(name_changed=False, outlet="The Meridian Post", said_on=date(2024, 3, 1))
    assert cite("Вы где?", SASHA, ON, options) == (
        "“Вы где?” said Sasha, a 23-year-old engineer at Yandex. (The Meridian Post, 2024-03-01)"
    )
    russian = CiteOptions(style=CiteStyle.RUSSIAN, said_on=date(2024, 3, 1))
    assert (
        cite("Вы где?", LEPRA, BG, russian)
        == "«Вы где?» — сказал a developer in Yerevan. (2024-03-01)"
    )


def test_off_the_record_and_empty_words_are_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        cite("Secret.", LEPRA, GroundRule.OFF_RECORD)
    assert refused.value.field == "ground_rule"
    with pytest.raises(ValidationError):
        cite(" ,", LEPRA, BG)
