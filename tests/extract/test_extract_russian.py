"""Russian names and roles: filed in the nominative, words glued to a name kept apart."""

from __future__ import annotations

import pytest

from quotebook.core.extract import Proposal, extract, morph


def only(text: str) -> Proposal:
    found = list(extract(text).proposals)
    assert len(found) == 1, [p.text for p in found]
    return found[0]


@pytest.mark.parametrize(
    ("written", "filed"),
    [
        ("Наталью Самойленко", "Наталья Самойленко"),
        ("Дениса Ляхова", "Денис Ляхов"),
        ("Людмилы Шарафутдиновой", "Людмила Шарафутдинова"),
        ("Игоря Лапина", "Игорь Лапин"),
        ("Алисы Фрейндлих-Горской", "Алиса Фрейндлих-Горская"),
        ("Анна Белова", "Анна Белова"),
        ("Виктор Семенов", "Виктор Семенов"),
        ("Георгий Мчедлишвили", "Георгий Мчедлишвили"),
    ],
)
def test_a_name_in_any_case_is_filed_in_the_nominative(written: str, filed: str) -> None:
    assert morph.nominative(written) == filed


def test_gender_comes_from_the_first_name() -> None:
    assert morph.name_gender("Наталья Кравцова") == "f"
    assert morph.name_gender("Константин Ершов") == "m"
    assert morph.name_gender("Саша") == ""


@pytest.mark.parametrize("word", ["Сейчас", "Ранее", "Бизнес-аналитик", "Москвы", "Режиссер"])
def test_adverbs_roles_and_places_are_not_name_words(word: str) -> None:
    assert not morph.is_name_word(word)


def test_an_object_after_a_verb_of_quoting_is_filed_in_the_nominative() -> None:
    quote = only(
        "Издание сообщает, что мать журналистки плакала.\n\n"
        "Газета цитирует Наталью Кравцову: «Я горжусь дочерью»."
    )
    assert quote.speaker_name == "Наталья Кравцова"


def test_an_adverb_before_a_name_is_not_part_of_it() -> None:
    quote = only("Сейчас Саша снимает квартиру.\n\n«Это уже почти дом», — говорит Саша.")
    assert quote.speaker_name == "Саша"


def test_a_hyphenated_role_before_a_name_is_the_role() -> None:
    quote = only(
        "Бизнес-аналитик Константин Ершов переехал в Алматы.\n\n"
        "«Мы выбирали по простому принципу», — вспоминает Константин."
    )
    assert (quote.speaker_name, quote.role) == ("Константин Ершов", "Бизнес-аналитик")


def test_a_role_before_a_body_is_split_from_it() -> None:
    quote = only("«Снижать ставку преждевременно», — сказала председатель ЦБ Эльвира Набиуллина.")
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Эльвира Набиуллина",
        "председатель",
        "ЦБ",
    )
