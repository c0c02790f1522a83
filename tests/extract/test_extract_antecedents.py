"""Who a pronoun, a shared surname or an unattributed answer refers to, in context."""

from __future__ import annotations

from quotebook.core.extract import Proposal, extract


def speakers(text: str) -> list[str]:
    return [p.speaker_name for p in extract(text).proposals]


def quotes(text: str) -> list[Proposal]:
    return list(extract(text).proposals)


def test_a_name_after_the_pronoun_is_not_its_antecedent() -> None:
    text = (
        "Tomas Brandt, 61, admitted stealing from the club.\n\n"
        "Inspector Hugh Farrow, of the county police, led the inquiry. "
        'He said Brandt had "covered his tracks with great care."'
    )
    assert speakers(text) == ["Hugh Farrow"]
