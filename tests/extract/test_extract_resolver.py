"""Who "he", "she", a surname or a bare role refers to: people only, never a place or outlet."""

from __future__ import annotations

import pytest

from quotebook.core.extract import Proposal, extract
from quotebook.core.extract.speech import find_verbs


def speakers(text: str) -> list[str]:
    return [p.speaker_name for p in extract(text).proposals]


def last(text: str) -> Proposal:
    return extract(text).proposals[-1]


def test_she_is_not_the_charity_named_after_the_speaker() -> None:
    text = (
        '"Every agreement opens a more dangerous door," said Marta Bellini of the charity '
        'Sea Watch. She said rescue ships had been kept in port.\n\n"We could have been there," '
        "she said."
    )
    assert speakers(text) == ["Marta Bellini", "Marta Bellini"]


def test_she_is_not_the_newspaper_that_quoted_her() -> None:
    text = (
        "Chief executive Ingrid Solberg said orders had fallen.\n\n"
        "Solberg was quoted by the business daily Dagens Naeringsliv as saying the plant "
        'would open on time. "We have the money and we have the people," she said.'
    )
    assert last(text).speaker_name == "Ingrid Solberg"


def test_the_one_a_paper_quoted_is_the_speaker_not_the_paper() -> None:
    text = (
        "The Nordvik Shipping Group said the ferry would stay in port.\n\n"
        '"Nobody will sail until the hull is checked," the daily Aftenposten quoted '
        "Transport Minister Ola Berg as saying on Tuesday."
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Ola Berg",
        "Transport Minister",
        "",
    )


def test_a_nationality_before_a_noun_is_not_a_person() -> None:
    text = (
        "The case was brought by a 31-year-old Syrian man.\n\n"
        "His lawyer, Katrin Vogel, said the ruling was overdue. "
        '"People were sleeping in parks," she told reporters.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.age) == ("Katrin Vogel", None)


def test_a_nationality_before_a_trade_the_lexicon_lacks_is_not_a_person() -> None:
    text = (
        "Juris Ozols, a 41-year-old Latvian welder who came to Cork from Riga six years ago, "
        'was due to start his shift at 6 a.m. "I heard the bang from the canteen," he said.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.age, quote.role) == ("Juris Ozols", 41, "welder")


def test_whose_husband_makes_nobody_a_man() -> None:
    text = (
        '"The pumps failed at dawn," said Karl Brandt, the plant manager.\n\n'
        "Marta Wiśniewska, 51, whose husband Jan was among the injured, said she had heard "
        'the siren. "They told us nothing for six hours," she said.'
    )
    assert (last(text).speaker_name, last(text).age) == ("Marta Wiśniewska", 51)


def test_her_supervisor_is_not_thereby_a_woman() -> None:
    text = (
        "Maricel Santos, 34, has worked in a public hospital for eleven years. She earns $400.\n\n"
        "Her supervisor, Dr. Ramon Cruz, says the hospital has lost a third of its nurses. "
        '"We train them, and then we lose them," he said.'
    )
    assert last(text).speaker_name == "Ramon Cruz"


def test_a_bare_russian_role_refers_back_to_the_named_person() -> None:
    text = (
        "Генеральный директор холдинга Олег Дёмин отказался обсуждать сокращения.\n\n"
        "«Мы платим пособия выше, чем требует закон», — возмутился руководитель холдинга."
    )
    assert last(text).speaker_name == "Олег Дёмин"


def test_an_inverted_russian_attribution_makes_the_speaker_of_the_next_quote() -> None:
    text = (
        "По словам директора школы Людмилы Шарафутдиновой, учителей не хватает.\n\n"
        "Молодых специалистов в село не заманить, считает она. «Приезжают и уезжают»."
    )
    assert last(text).speaker_name == "Людмила Шарафутдинова"


def test_a_surname_first_then_a_full_possessive_files_under_the_full_name() -> None:
    text = (
        "Roth, who founded the firm in 1998, said growth had stalled.\n\n"
        'Karen Roth\'s deputy, James Lee, disagreed. "We are growing in Asia," he said.\n\n'
        '"Europe is flat," Roth said.'
    )
    found = extract(text).proposals
    assert [(p.speaker_name, p.organization) for p in found] == [
        ("James Lee", ""),
        ("Karen Roth", ""),
    ]


def test_she_after_a_sentence_prefers_its_subject_to_a_person_it_mentions() -> None:
    text = (
        "The minister, Elena Vogt, met her counterpart, Radoslaw Sikorski, in Warsaw. "
        '"We agreed on a plan," she told reporters.'
    )
    assert last(text).speaker_name == "Elena Vogt"


def test_a_clause_set_off_between_an_unnamed_subject_and_its_verb_names_no_one() -> None:
    """ "A baggage handler who …, because staff had been told not to talk, said": the
    handler speaks, and "he" after is the handler, not the man named before."""
    text = (
        'Gareth Lomax, 46, a plumber, landed in Tenerife. "We had nothing," he said.\n\n'
        "A baggage handler who spoke on condition of anonymity, because staff had been "
        "told not to talk to the media, said workers had complained for weeks. "
        '"Labels were being rejected every day," he said.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role) == ("", "baggage handler")


def test_someone_unnamed_on_purpose_opening_a_sentence_is_who_she_means_next() -> None:
    """ "A former front-desk manager at one of the chain's gyms, who spoke on condition
    of anonymity, described …": she is introduced, unnamed, with any verb; the chain
    whose gym it is is her body."""
    text = (
        "IronHouse Fitness Ltd, a gym chain, is under investigation.\n\n"
        "The company's founder, Lee Cartwright, said the rule was fair. \"That is not a "
        'trap," Cartwright said.\n\n'
        "A former front-desk manager at one of the chain's gyms in Leicester, who spoke on "
        'condition of anonymity, described a different picture. "We were told never to '
        'process a cancellation on the spot," she said.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "former front-desk manager",
        "IronHouse Fitness Ltd",
    )


def test_a_founder_named_after_by_and_a_year_holds_the_post_a_clause_gives() -> None:
    """ "Stackleaf was founded in 2020 by Oliver Crane, who remained its chief
    executive": Crane is introduced, with the post in the body just named."""
    text = (
        "Stackleaf Technologies Ltd went into administration on Thursday. Stackleaf was "
        "founded in 2020 by Oliver Crane, who remained its chief executive, and Mei Lin "
        'Hart, a plant scientist.\n\nIn a post, Crane said he was "heartbroken".'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Oliver Crane",
        "chief executive",
        "Stackleaf Technologies Ltd",
    )


def test_a_house_by_name_is_a_place_no_pronoun_means() -> None:
    """ "Larkspur House … provides day care": a body, which a later "he" is not."""
    text = (
        "Larkspur House, in the Northside area, provides day care to 41 people.\n\n"
        "Colin Fairbairn, 74, a former shipyard electrician, has cared for his wife since "
        "2019. She has attended Larkspur on Mondays since 2021.\n\n"
        '"Those three days are the only time I get to do the shopping," he said.'
    )
    assert last(text).speaker_name == "Colin Fairbairn"


def test_it_said_is_the_body_named_before() -> None:
    """ "In a statement, it said": the body just named speaks; with none named before,
    "it" is no one, and nothing is filed for it."""
    text = (
        "The Forestry Commission approved a felling licence in January. In a statement, "
        'it said: "Landowners have a legal duty to manage trees."'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == ("", "", "Forestry Commission")
    quote = last('The report was published on Tuesday. It said that "the system failed".')
    assert (quote.role, quote.organization) == ("", "")


def test_its_in_a_sentence_about_a_body_by_its_first_word_is_that_body() -> None:
    """ "Stackleaf was founded in 2020 by Oliver Crane, who remained its chief executive":
    the firm the sentence is about, not the administrators named in between."""
    text = (
        "Stackleaf Technologies Ltd went into administration. It appointed administrators "
        "from Kestrel Restructuring LLP on Thursday.\n\nStackleaf was founded in 2020 by "
        'Oliver Crane, who remained its chief executive.\n\nCrane said he was "heartbroken".'
    )
    assert last(text).organization == "Stackleaf Technologies Ltd"


def test_a_surname_of_two_words_is_the_one_named_in_full_with_it() -> None:
    text = (
        'Kessler & Dean Inc. will be sold to its employees. "I was not going to sell it," '
        "said Ruth Kessler Abbott, 68, the company's chair.\n\nKessler Abbott said she "
        'would stay on as chair. "Ask me again in two years," she said.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.age, quote.role) == ("Ruth Kessler Abbott", 68, "chair")


def test_the_town_a_firm_is_from_is_no_part_of_its_name() -> None:
    text = (
        "The launch was operated by Vantor Launch Systems Inc. of Long Beach, California. "
        'The company said it would "take full responsibility for the recovery".'
    )
    assert last(text).organization.rstrip(".") == "Vantor Launch Systems Inc"


def test_a_partial_quote_after_but_warned_is_the_sentence_subject_s() -> None:
    """ "He welcomed the designation but warned that it was “…”": the subject of the
    sentence, whose first verb reports nothing, speaks the partial quote."""
    text = (
        "Derek Malley, chairman of the Bramford and District Angling Association, said his "
        "members were catching fewer trout. He welcomed the designation but warned that it "
        'was "a label, not a cure".'
    )
    quote = last(text)
    assert (quote.text, quote.speaker_name) == ("a label, not a cure", "Derek Malley")


_SHOPKEEPER = (
    "Harjit Sandhu, 52, a newsagent, said his bill had gone up.\n\n"
    '"It is a lot of money for a small shop," he said.\n\n'
)


@pytest.mark.parametrize(
    "prose",
    [
        "Most of his customers now pay by card, even for a newspaper.",
        "He has cut his opening hours. Most of his customers pay by card.",
    ],
)
def test_a_quote_after_words_about_the_last_speaker_is_theirs(prose: str) -> None:
    quote = extract(f'{_SHOPKEEPER}{prose} "Ten years ago it was coins."').proposals[-1]
    assert (quote.speaker_name, quote.age) == ("Harjit Sandhu", 52)


@pytest.mark.parametrize(
    "prose",
    [
        "Her customers pay by card.",  # someone else: he is a man
        "Most of his customers go to Tesco now.",  # a body named
        "His landlord, Ann Roe, raised the rent.",  # someone else introduced
    ],
)
def test_a_quote_after_words_about_someone_else_is_not_the_last_speakers(prose: str) -> None:
    quote = extract(f'{_SHOPKEEPER}{prose} "Ten years ago it was coins."').proposals[-1]
    assert quote.speaker_name != "Harjit Sandhu"


@pytest.mark.parametrize("document", ["A letter that arrived on Saturday", "An email"])
def test_a_document_that_tells_someone_something_is_no_one_he_can_mean(document: str) -> None:
    text = (
        "Ken Staniforth, 61, worked at the foundry for 34 years. "
        f"{document} told him his pension would fall.\n\n"
        '"I did everything right," he said.'
    )
    assert (last(text).speaker_name, last(text).role) == ("Ken Staniforth", "")


def test_the_employee_is_the_unnamed_worker_described_before() -> None:
    text = (
        "A former collections officer at Tallypay, who spoke on condition of anonymity, "
        'said staff had a script. "The script always ended with the fee staying," the '
        "former employee said."
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "former collections officer",
        "Tallypay",
    )


@pytest.mark.parametrize(
    "opening",
    ["EDINBURGH, Nov 6 (Reuters) - ", "MELBOURNE, Australia (Reuters) - ", "LEITH — ", ""],
)
def test_the_head_of_a_firm_that_just_spoke_is_at_that_firm(opening: str) -> None:
    text = (
        f"{opening}Caledonia Mutual Bank PLC said on Wednesday it would close 38 branches.\n\n"
        '"We cannot keep paying rent on empty buildings," chief executive Morag Dunbar said.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Morag Dunbar",
        "chief executive",
        "Caledonia Mutual Bank PLC",
    )


def test_the_head_of_a_firm_after_someone_else_spoke_is_at_no_firm_said() -> None:
    text = (
        "Caledonia Mutual Bank PLC said it would close 38 branches.\n\n"
        '"It is a disgrace," said Ann Roe, a customer.\n\n'
        '"We cannot stay," chief executive Morag Dunbar said.'
    )
    assert last(text).organization == ""


@pytest.mark.parametrize(
    ("opening", "name"),
    [("Dean Kirkwood, 38, a support worker,", "Dean Kirkwood"), ("Bishop Kirkwood", "Kirkwood")],
)
def test_a_first_name_that_is_also_a_title_is_a_name_before_a_surname(
    opening: str, name: str
) -> None:
    assert last(f'{opening} said: "I slept in a bus shelter."').speaker_name == name


def test_what_the_speaker_said_something_of_after_and_said_is_no_speaker() -> None:
    text = (
        "The family's attorney, Raymond Ochoa, said he would sue. He called the delay "
        '"the opposite of transparency" and said the footage "answers none of the '
        'questions this family has been asking."'
    )
    assert [p.speaker_name for p in extract(text).proposals] == ["Raymond Ochoa"] * 2


def test_an_unnamed_caseworker_of_a_body_by_its_initials_is_who_she_means() -> None:
    text = (
        "The Garrow Valley Children's Aid Society (GVCAS) said it had 112 foster homes.\n\n"
        '"We love it," said Marianne Tessier, 64.\n\n'
        "A GVCAS caseworker, who spoke on condition of anonymity, described three nights "
        'in a motel.\n\n"He asked me whether this was his room now," she said.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "caseworker",
        "Garrow Valley Children's Aid Society",
    )


def test_the_union_local_is_the_union_named_before() -> None:
    text = (
        "The Ontario Social Services Workers' Union (OSSWU) said shifts were too long. "
        'Raj Bhandari, president of the union local, said: "Staff are exhausted."'
    )
    assert last(text).organization == "Ontario Social Services Workers' Union"


@pytest.mark.parametrize(
    ("opening", "pronoun", "name"),
    [
        ("Kerry Lowther, whose nine-year-old son plays in midfield,", "she", "Kerry Lowther"),
        (
            "Robert Penhale, who runs a farm with his wife and their daughter,",
            "he",
            "Robert Penhale",
        ),
    ],
)
def test_a_child_or_spouse_after_a_possessive_makes_nobody_a_man_or_woman(
    opening: str, pronoun: str, name: str
) -> None:
    text = f'{opening} said {pronoun} was relieved. "It is a relief," {pronoun} said.'
    assert last(text).speaker_name == name


def test_a_participle_before_a_noun_after_an_ing_word_reports_no_speech() -> None:
    assert find_verbs("studies linking repeated heading to dementia", naming=False) == []
    found = find_verbs("Whitcombe, who flew in for the meeting, called the campus", naming=True)
    assert [verb.word for verb in found] == ["called"]


def test_the_councillor_is_the_unnamed_member_of_a_council_committee_just_introduced() -> None:
    quote = last(
        "Councillor Ann Roe, the council's cabinet member for transport, defended the cuts."
        "\n\nA member of the county council's scrutiny committee, who asked not to be "
        'named, said costs had risen. "The savings just are not there," the councillor said.'
    )
    assert (quote.speaker_name, quote.role) == ("", "member of the scrutiny committee")


def test_he_is_the_man_a_woman_was_represented_by() -> None:
    quote = last(
        "Dawn Mercer, 46, pleaded guilty to owning a dangerous dog.\n\nMercer was "
        'represented by solicitor Rajesh Bhalla. He said his client was "devastated" '
        "by what had happened."
    )
    assert (quote.speaker_name, quote.role) == ("Rajesh Bhalla", "solicitor")


def test_according_to_who_or_how_names_no_source() -> None:
    text = (
        'The minibuses pick passengers up from "virtual stops" and plot their routes '
        "according to who has booked."
    )
    assert extract(text).proposals == ()


def test_a_firm_with_its_town_in_brackets_speaks_by_the_name_before_them() -> None:
    proposals = extract(
        "The rowing club received a notice to quit from the new owner, Riverside Quarter "
        "(York) Ltd, last week.\n\nRiverside Quarter said in a statement that it had been "
        '"transparent throughout the process". Its director, Jonathan Pike, said the '
        'boathouse was unsound.\n\n"The roof is held up by optimism," he said.'
    ).proposals
    assert [(p.speaker_name, p.organization) for p in proposals] == [
        ("", "Riverside Quarter (York) Ltd"),
        ("Jonathan Pike", "Riverside Quarter (York) Ltd"),
    ]


def test_a_name_after_a_firm_s_abbreviated_legal_form_opens_a_new_sentence() -> None:
    quote = last(
        "The largest of the builders is Thornvale Communities Inc. Greg Osei, its "
        "vice-president of land development, said the firm had been misled.\n\n"
        '"We planned our schedule around the timetable," Osei said.'
    )
    assert (quote.speaker_name, quote.role) == ("Greg Osei", "vice-president of land development")
    assert quote.organization.startswith("Thornvale Communities Inc")


def test_a_woman_by_her_first_name_is_she_though_her_post_is_chairman() -> None:
    quote = last(
        "The Association of Preserved Railways said half its lines had cut services. Its "
        "chairman, Margaret Oyelaran, said the pandemic had broken the habit.\n\n"
        '"During lockdown a lot of our older volunteers simply stopped," she said.'
    )
    assert (quote.speaker_name, quote.role) == ("Margaret Oyelaran", "chairman")


def test_a_man_known_by_a_short_first_name_led_others_and_spoke_later() -> None:
    quote = last(
        "Opponents of the sale, led by Bill Hargreaves, 79, a retired joiner, argued that "
        "the field could have been leased.\n\n"
        '"Once it has gone, it has gone," Hargreaves said.'
    )
    assert (quote.speaker_name, quote.age, quote.role) == ("Bill Hargreaves", 79, "retired joiner")


def test_an_unnamed_source_of_whom_something_else_is_said_first() -> None:
    quote = last(
        '"They pulled me out," said Tom Pascoe, who was rescued in August.\n\n'
        "A coastguard officer who has worked on the north coast for more than a decade, and "
        "who asked not to be named because he was not authorised to speak to the press, said "
        "the patrols were stretched.\n\n"
        '"We are doing our best with half the people," he said.'
    )
    assert (quote.speaker_name, quote.role) == ("", "coastguard officer")


def test_a_body_that_is_one_of_several_of_its_kind_speaks_for_itself() -> None:
    quote = last(
        "Downland Mutual Insurance, one of the largest farm insurers, said premiums would "
        'rise "if the thefts continue".'
    )
    assert (quote.speaker_name, quote.organization) == ("", "Downland Mutual Insurance")


def test_an_anonymous_source_whose_trade_the_word_lists_do_not_know() -> None:
    quote = last(
        "Martin Hale, chief executive of Brightwater, said the firm was sorry.\n\n"
        "A former field agent for a contractor that carried out installations for "
        "Brightwater, who spoke on condition of anonymity because he had signed a "
        "confidentiality agreement, said agents were paid for each meter fitted.\n\n"
        '"You knocked, you waited a minute, then the locksmith went in," he said.'
    )
    assert (quote.speaker_name, quote.role) == ("", "former field agent")


def test_a_post_held_alone_needs_no_article() -> None:
    quote = last(
        '"They took the whole roof," said Ruth Amble, 52, who has been vicar of the parish '
        "since 2019."
    )
    assert (quote.speaker_name, quote.role) == ("Ruth Amble", "vicar")


def test_the_size_of_a_hotel_is_no_part_of_its_name() -> None:
    quote = last('"We lose a week," said Paul Roux, owner of the 22-room Hôtel Le Chamois.')
    assert (quote.role, quote.organization) == ("owner", "Hôtel Le Chamois")


def test_a_french_firm_s_name_goes_on_past_des() -> None:
    quote = last(
        'The lifts are run by Remontées des Arcelles SAS. "We will comply," said Luc Morel, '
        "its director."
    )
    assert quote.organization == "Remontées des Arcelles SAS"


def test_employed_by_a_body_no_kind_names_is_no_part_of_the_job() -> None:
    quote = last(
        "An enquiry officer employed by the force, who asked not to be identified, said "
        'morale was low. "Nobody asked us," she said.'
    )
    assert (quote.speaker_name, quote.role) == ("", "enquiry officer")


def test_a_name_after_to_with_an_age_is_a_person_named_in_full() -> None:
    quote = last(
        "The fields belong to Richard Hale, 58, a beef farmer.\n\n"
        '"The bottom field goes under every winter," Hale said.'
    )
    assert (quote.speaker_name, quote.age) == ("Richard Hale", 58)


def test_no_surname_comes_before_a_given_name() -> None:
    quote = last(
        "Spinner Kirsty Elliot, 24, said the mill had been her home.\n\n"
        '"My gran worked here," she said.'
    )
    assert (quote.speaker_name, quote.age) == ("Kirsty Elliot", 24)


def test_a_verb_after_a_judge_s_name_is_no_role_of_the_man_he_fined() -> None:
    quote = last(
        "Connor Whitby, 34, of Croydon, pleaded guilty on Thursday.\n\n"
        'District Judge Paul Whitcombe fined Whitby £18,000. He said Whitby had "made a '
        'business out of helping people".\n\n'
        '"Every degree this company sold is a small lie," the judge said.'
    )
    assert (quote.speaker_name, quote.role) == ("Paul Whitcombe", "District Judge")


def test_a_body_named_with_its_initials_speaks_for_itself() -> None:
    quote = last(
        "Wines of Southern England (WSE), the trade body for producers in the region, "
        'called the sale "a vote of confidence".'
    )
    assert (quote.speaker_name, quote.organization) == ("", "Wines of Southern England")


def test_a_regional_body_for_a_sport_is_a_body() -> None:
    quote = last(
        "Snowsports Midlands, the regional body for the sport, warned of "
        '"a hole in the pathway for young skiers".'
    )
    assert (quote.speaker_name, quote.organization) == ("", "Snowsports Midlands")


def test_where_a_body_is_after_its_name_is_no_body() -> None:
    quote = last(
        '"I looked for a buyer," said Keith Lomas, 68, the owner of the Ridgemoor Ski Centre '
        "on the outskirts of Hensford."
    )
    assert (quote.role, quote.organization) == ("owner", "Ridgemoor Ski Centre")


def test_a_local_branch_of_a_named_body_is_the_body() -> None:
    quote = last(
        '"We want the site back," said Derek Hollins, chairman of the Royal British Legion '
        "branch in the town."
    )
    assert quote.organization == "Royal British Legion"
