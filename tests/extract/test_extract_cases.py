"""One small article per case the extractor handles: text, speaker, fields, kind, offsets."""

from __future__ import annotations

import pytest

from quotebook.core.extract import Proposal, extract


def quotes(text: str) -> list[Proposal]:
    return list(extract(text).proposals)


def only(text: str) -> Proposal:
    found = quotes(text)
    assert len(found) == 1, [p.text for p in found]
    return found[0]


def test_curly_quotes_after_attribution_with_offsets() -> None:
    text = "The mayor spoke first.\n\n“We are ready for the storm,” said Mayor Anna Li."
    quote = only(text)
    assert quote.text == "We are ready for the storm,"
    assert (quote.speaker, quote.speaker_name, quote.role) == ("Mayor Anna Li", "Anna Li", "Mayor")
    assert quote.kind == "direct" and quote.verb == "said"
    assert text[quote.start : quote.end] == "“We are ready for the storm,”"
    assert text[quote.pieces[0][0] : quote.pieces[0][1]] == "We are ready for the storm,"


def test_straight_quotes_and_speaker_after() -> None:
    quote = only('"Nobody saw it coming," Tom Becker told reporters on Monday.')
    assert quote.text == "Nobody saw it coming,"
    assert quote.speaker_name == "Tom Becker"
    assert quote.verb == "told"
    assert (quote.start, quote.end) == (0, 23)


def test_speaker_before_with_colon() -> None:
    text = 'Police chief Dana Ruiz said: "The road will stay closed until Friday."'
    quote = only(text)
    assert quote.text == "The road will stay closed until Friday."
    assert (quote.speaker_name, quote.role) == ("Dana Ruiz", "Police chief")
    assert text[quote.start : quote.end].startswith('"The road')


def test_inverted_attribution_with_description_before_the_name() -> None:
    text = "“Talks will resume,” said the minister, Olga Brandt, on Tuesday."
    quote = only(text)
    assert (quote.speaker_name, quote.role) == ("Olga Brandt", "minister")


def test_guillemets_in_russian_copy_with_age_role_and_organisation() -> None:
    text = (
        "Компания сокращает штат.\n\n"
        "«Мы потеряли треть команды», — сказал Андрей Соколов, "
        "45-летний директор компании «Вектор»."
    )
    quote = only(text)
    assert quote.text == "Мы потеряли треть команды"
    assert quote.speaker_name == "Андрей Соколов"
    assert (quote.age, quote.role, quote.organization) == (45, "директор", "Вектор")
    assert quote.verb == "сказал"
    assert quote.language == "ru"


@pytest.mark.parametrize(
    "verb",
    ["сказала", "заявила", "отметила", "добавила", "рассказала", "пояснила", "говорит"],
)
def test_russian_speech_verbs(verb: str) -> None:
    quote = only(f"«Ничего не изменилось», — {verb} Мария Иванова.")
    assert quote.speaker_name == "Мария Иванова"
    assert quote.verb == verb


def test_russian_quote_split_by_dashes_inside_the_marks() -> None:
    text = "«Сначала было страшно, — говорит Анна Белова. — Потом привыкли»."
    quote = only(text)
    assert quote.text == "Сначала было страшно, Потом привыкли"
    assert quote.speaker_name == "Анна Белова"
    assert len(quote.pieces) == 2


def test_low_opening_mark_closed_by_high_one() -> None:
    quote = only("„Security has no price tag”, Defence Minister Jan Nowak said.")
    assert quote.text == "Security has no price tag"
    assert (quote.speaker_name, quote.role) == ("Jan Nowak", "Defence Minister")


def test_single_quotes_nested_in_double_quotes() -> None:
    text = "\"They told me, 'You're crazy,'\" said Tanya Brooks, 39."
    quote = only(text)
    assert quote.text == "They told me, 'You're crazy,'"
    assert (quote.speaker_name, quote.age) == ("Tanya Brooks", 39)


def test_apostrophes_are_not_quote_marks() -> None:
    text = "The Joneses’ garden flooded. “We don’t know what’s next,” said Joan Whitfield."
    quote = only(text)
    assert quote.text == "We don’t know what’s next,"
    assert quote.speaker_name == "Joan Whitfield"


def test_quote_running_over_paragraphs_without_closing_marks() -> None:
    text = (
        "Sasha, 23, an engineer at Vektor, crossed the border in October.\n\n"
        "“The queue was thirty kilometres long.\n\n"
        "“When I finally crossed, I cried for an hour.”"
    )
    quote = only(text)
    assert quote.text == (
        "The queue was thirty kilometres long. When I finally crossed, I cried for an hour."
    )
    assert (quote.speaker_name, quote.age, quote.role, quote.organization) == (
        "Sasha",
        23,
        "engineer",
        "Vektor",
    )
    assert len(quote.pieces) == 2
    assert text[quote.start] == "“" and text[quote.end - 1] == "”"


def test_quote_split_by_she_said_is_joined() -> None:
    text = "“I was scared,” she said. “But I had to go.”"
    quote = only("Maria Lopez, 31, lives in Kharkiv.\n\n" + text)
    assert quote.text == "I was scared, But I had to go."
    assert quote.speaker == "she" and quote.speaker_name == "Maria Lopez"
    assert len(quote.pieces) == 2


def test_colon_introduction_ending_the_previous_paragraph() -> None:
    text = (
        "Fire chief Daniel Mbeki, who oversaw the evacuation, told reporters:\n\n"
        '"Everyone who wanted to leave got out."'
    )
    quote = only(text)
    assert quote.text == "Everyone who wanted to leave got out."
    assert (quote.speaker_name, quote.role, quote.verb) == ("Daniel Mbeki", "Fire chief", "told")


def test_according_to_before_the_quote() -> None:
    text = (
        "According to Dr. Ellen Fitzgerald, a pediatrician at Boston Children's Hospital, "
        '"Every month we wait is another month of harm."'
    )
    quote = only(text)
    assert quote.speaker_name == "Ellen Fitzgerald"
    assert (quote.role, quote.organization) == ("pediatrician", "Boston Children's Hospital")
    assert quote.verb == "according to"


def test_dash_and_name_after_the_quote() -> None:
    text = '"My grandchildren will remember it." — Harold Baptiste, 81, a retired signalman'
    quote = only(text)
    assert (quote.speaker_name, quote.age, quote.role) == (
        "Harold Baptiste",
        81,
        "retired signalman",
    )


def test_pronouns_resolve_to_the_last_fitting_speaker() -> None:
    text = (
        "Clara Vogt, an analyst at Berenberg, said the cuts were overdue. "
        "Jonas Becker, the chief executive, disagreed.\n\n"
        "“We grew too fast,” she said.\n\n"
        "“Nobody takes this lightly,” he said."
    )
    first, second = quotes(text)
    assert (first.speaker, first.speaker_name, first.organization) == (
        "she",
        "Clara Vogt",
        "Berenberg",
    )
    assert (second.speaker, second.speaker_name, second.role) == (
        "he",
        "Jonas Becker",
        "chief executive",
    )


def test_they_resolves_to_a_group() -> None:
    text = (
        "Economists at the Institute for Fiscal Studies said the freeze helped higher earners. "
        "In a note, they wrote that the policy was “poorly targeted and expensive”."
    )
    quote = only(text)
    assert quote.kind == "partial"
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "Economists",
        "Institute for Fiscal Studies",
    )


def test_quote_only_paragraph_inherits_the_previous_speaker() -> None:
    text = (
        "Haddad said the discovery explains early farming.\n\n"
        '"People didn\'t just wander into the desert."'
    )
    quote = only(text)
    assert quote.speaker == "" and quote.speaker_name == "Haddad"
    assert quote.confidence < 0.7


def test_titles_initials_and_abbreviations_do_not_split_sentences() -> None:
    text = (
        "U.S. District Judge Harold J. Whitcombe blocked the law on Thursday. "
        '"Today\'s ruling is clear," said Sen. J. Q. Public, R-Texas.'
    )
    quote = only(text)
    assert (quote.speaker_name, quote.role) == ("J. Q. Public", "senator")


def test_age_in_both_forms() -> None:
    first, second = quotes(
        '"It is hard," said Kaylee Brandt, a 26-year-old farmer.\n\n'
        '"It is harder," said Dale Moss, 61, a rancher.'
    )
    assert (first.age, first.role) == (26, "farmer")
    assert (second.age, second.role) == (61, "rancher")


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        ("an analyst at Kiwoom Securities", "analyst", "Kiwoom Securities"),
        ("president of the Unia trade union", "president", "Unia trade union"),
        ("a spokeswoman for the Verdi union", "spokeswoman", "Verdi union"),
        ("Aslef's general secretary", "general secretary", "Aslef"),
    ],
)
def test_role_and_organisation_at_of_for_and_possessive(
    description: str, role: str, organization: str
) -> None:
    quote = only(f'"We will not back down," said Mick Whelan, {description}.')
    assert (quote.role, quote.organization) == (role, organization)


def test_the_companys_chief_executive_resolves_to_the_company_named_earlier() -> None:
    text = (
        "Northwind Logistics, a freight software company, will cut 400 jobs.\n\n"
        "“We grew too fast,” the company’s chief executive, Jonas Becker, told Reuters."
    )
    quote = only(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Jonas Becker",
        "chief executive",
        "Northwind Logistics",
    )


def test_description_before_the_name() -> None:
    text = "A spokeswoman for the ministry, Anna Li, said: “No decision has been taken.”"
    quote = only(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Anna Li",
        "spokeswoman",
        "ministry",
    )


def test_unnamed_speaker_has_role_and_organisation_but_no_name() -> None:
    quote = only("“The shelter stays open,” a ministry spokesperson said.")
    assert (quote.speaker, quote.speaker_name) == ("a ministry spokesperson", "")
    assert (quote.role, quote.organization) == ("spokesperson", "ministry")
    assert quote.source_label == "Spokesperson, ministry"


def test_told_an_outlet_is_the_audience_not_the_employer() -> None:
    quote = only("“It is the fourth strike this year,” Priya Shah, 34, told the BBC.")
    assert (quote.speaker_name, quote.age, quote.organization) == ("Priya Shah", 34, "")


def test_titles_scare_quotes_and_single_terms_are_not_quotes() -> None:
    text = (
        'Her documentary, "The Last Ferry," premieres Friday. She is writing a book titled '
        '"Islanders." The city\'s new "green" buses sit idle in what officials call a '
        '"temporary setback".'
    )
    assert quotes(text) == []


def test_partial_quote_inside_the_writers_sentence() -> None:
    text = 'Library director Susan Marsh called the change "a lifeline for families."'
    quote = only(text)
    assert quote.kind == "partial"
    assert quote.text == "a lifeline for families."
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Susan Marsh",
        "director",
        "Library",
    )


def test_html_offsets_point_into_the_page() -> None:
    page = "<html><body><p>&ldquo;We heard you,&rdquo; said Gloria Nu&ntilde;ez.</p></body></html>"
    quote = only(page)
    assert quote.speaker_name == "Gloria Nuñez"
    assert page[quote.start : quote.end] == "&ldquo;We heard you,&rdquo;"


def test_markdown_emphasis_is_read_through() -> None:
    text = '# Rivers\n\n"It is like a ghost," said **Dr. Amira Haddad**, a geologist at Leeds.\n'
    extraction = extract(text)
    (quote,) = extraction.proposals
    assert extraction.format == "markdown"
    assert extraction.meta.headline == "Rivers"
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Amira Haddad",
        "geologist",
        "Leeds",
    )
    assert text[quote.start : quote.end] == '"It is like a ghost,"'


def test_an_unresolved_pronoun_proposes_no_source() -> None:
    quote = only('"We are done here," she said.')
    assert (quote.speaker, quote.speaker_name, quote.source_label) == ("she", "", "")
    assert quote.confidence < 0.5


def test_an_institution_speaks_under_its_own_name() -> None:
    quote = only("“We are monitoring the situation,” the White House said.")
    assert (quote.speaker_name, quote.role, quote.organization) == ("", "", "White House")


def test_a_genitive_name_after_po_slovam_is_given_in_the_nominative() -> None:
    quote = only("По словам юриста Игоря Малова, «все сроки сорваны».")
    assert (quote.speaker_name, quote.role) == ("Игорь Малов", "юрист")


def test_a_number_with_a_comma_in_a_clause_about_the_speaker() -> None:
    text = (
        "The Royal Society, which represents about 5,000 researchers, said parents "
        'should set "a simple rule: no screens after ten."'
    )
    quote = only(text)
    assert (quote.speaker_name, quote.organization) == ("", "Royal Society")


def test_the_statement_said_is_the_body_whose_statement_it_is() -> None:
    text = (
        "According to a statement from the Union of the Baltic Cities, 40 ports were "
        'affected. "Needs far outstrip what we can deliver," the statement said.'
    )
    quote = only(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "",
        "Union of the Baltic Cities",
    )


def test_a_body_that_said_one_thing_and_warned_another_is_the_speaker_without_a_role() -> None:
    text = (
        "The Local Government Association said councils faced a shortfall of £6 billion "
        'and warned that "statutory services are now eating everything else."'
    )
    quote = only(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "",
        "Local Government Association",
    )


def test_the_spokesman_is_the_one_a_sentence_without_speech_described_with_his_body() -> None:
    text = (
        "A spokesman for Meta, which owns Instagram, pointed to its accounts for teenagers. "
        '"We want teens to have safe experiences," the spokesman said.'
    )
    quote = only(text)
    assert (quote.speaker_name, quote.role, quote.organization) == ("", "spokesman", "Meta")


def test_a_body_speaking_is_filed_under_its_name_without_the_article_or_initials() -> None:
    text = 'The Kent Cider Makers\' Guild (KCMG) said the harvest was "the worst in memory".'
    quote = extract(text).proposals[-1]
    assert quote.source_label == "Kent Cider Makers' Guild"
