"""A country, a state or a territory beside a role is where someone works or comes
from, not the body they speak for; "on" brings in a body only when it names one."""

from __future__ import annotations

import pytest

from quotebook.core.extract import extract
from quotebook.core.extract.describe import parse


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        ("the governor of the Kherson region", "governor", ""),
        ("Ohio Attorney General", "Ohio Attorney General", ""),
        ("Nordfrost's sales director for Poland", "sales director for Poland", "Nordfrost"),
        ("a 31-year-old from Tigray", "", ""),
        ("a spokesman from the interior ministry", "spokesman", "interior ministry"),
        ("chief executive of Brightwell", "chief executive", "Brightwell"),
        ("a governor on the Bank of Ruritania board", "governor", "Bank of Ruritania board"),
        ("an expert on China", "expert on China", ""),
        ("Lorne's mayor", "mayor", ""),
        ("Ferrara's chief prosecutor", "chief prosecutor", ""),
        ("Komiža's mayor", "mayor", ""),
        ("Pärnu's deputy mayor for urban environment", "deputy mayor for urban environment", ""),
        ("Saxony-Anhalt's economy minister", "economy minister", ""),
        ("Labour's shadow health minister", "shadow health minister", "Labour"),
        ("the ICC's chief prosecutor", "chief prosecutor", "ICC"),
    ],
)
def test_a_place_is_not_the_body(description: str, role: str, organization: str) -> None:
    fields = parse(description)
    assert (fields.role, fields.organization) == (role, organization)


@pytest.mark.parametrize(
    ("opening", "organization"),
    [
        (
            "Finance director Priya Nandakumar of Eastmoor Community Energy",
            "Eastmoor Community Energy",
        ),
        ("Chief nurse Colm Rafferty of Tarnside Care", "Tarnside Care"),
        ("Professor Ines Vahl of Kassel", ""),
        ("Mayor Tobias Lenk of Port Ellery", ""),
        ("Managing editor Joan of Arbroath", ""),
    ],
)
def test_a_body_after_a_role_and_a_name_but_not_a_place(opening: str, organization: str) -> None:
    text = f'{opening} said: "The bridge will stay shut until spring."'
    assert extract(text).proposals[-1].organization == organization


@pytest.mark.parametrize(
    "text",
    [
        'Odile Ferrand, prefect of the Gironde region, said: "The dykes held."',
        '"The dykes held," said Odile Ferrand, prefect of the Gironde region.',
        '"The dykes held," the prefect of the Gironde region, Odile Ferrand, told reporters.',
    ],
)
def test_an_office_of_a_place_is_the_role_and_the_place_no_body(text: str) -> None:
    quote = extract(text).proposals[-1]
    assert (quote.speaker, quote.role, quote.organization) == ("Odile Ferrand", "prefect", "")


def test_a_body_after_a_role_and_a_name_printed_after_the_verb_is_no_part_of_the_name() -> None:
    text = '"The bridge will stay shut," said site manager Ewan Pryce of Tolland Valley Works.'
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == ("site manager", "Tolland Valley Works")
