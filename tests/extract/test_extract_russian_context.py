"""Russian copy: who a bare role noun, a list entry or an interview question refers to."""

from __future__ import annotations

from quotebook.core.extract import Proposal, extract


def quotes(text: str) -> list[Proposal]:
    return list(extract(text).proposals)


def test_expert_and_lawyer_refer_back_to_the_named_analyst_and_advocate() -> None:
    text = (
        "Экономист банка «Северный» Андрей Панов полагает, что цены вырастут.\n\n"
        "«Рубль будет слабеть до весны», — пояснил эксперт.\n\n"
        "Адвокат семьи Ольга Щукина сообщила, что иск уже подан.\n\n"
        "«Суд должен оценить действия управляющей компании», — отметила юрист."
    )
    found = quotes(text)
    assert [p.speaker_name for p in found] == ["Андрей Панов", "Ольга Щукина"]
    assert [p.role for p in found] == ["Экономист банка", "Адвокат семьи"]
