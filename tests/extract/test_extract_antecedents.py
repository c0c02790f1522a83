"""Who a pronoun, a shared surname or an unattributed answer refers to, in context."""

from __future__ import annotations

import pytest

from quotebook.core.extract import Proposal, extract
from quotebook.core.extract.narrative import read_sentence


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


def test_answers_after_an_interviewers_question_are_the_interviewees() -> None:
    text = (
        "Ruth Adeyemi, 39, runs a bakery in Leeds.\n\n"
        "How did it start?\n\n"
        '"With one oven and a loan from my aunt," Adeyemi said.\n\n'
        "And now? Would you do it again?\n\n"
        '"Every morning at four I ask myself that. The answer is still yes."\n\n'
        "What comes next?\n\n"
        '"A second shop, if the bank agrees."'
    )
    found = quotes(text)
    assert [p.speaker_name for p in found] == ["Ruth Adeyemi"] * 3
    assert [p.age for p in found] == [39] * 3


def test_a_narrative_paragraph_breaks_the_chain_of_answers() -> None:
    text = (
        '"We will appeal," said Ruth Adeyemi.\n\n'
        "The council did not respond to a request for comment on Friday.\n\n"
        '"Nobody told us anything."'
    )
    assert speakers(text) == ["Ruth Adeyemi", ""]


def test_a_role_naming_a_kind_of_body_describes_a_person() -> None:
    text = (
        "His sister, Grace Okafor, a retired bank clerk, moved in last year. "
        '"The house is full again," Okafor said.'
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Grace Okafor",
        "retired bank clerk",
        "",
    )


def test_a_surname_alone_stays_with_the_first_of_a_family() -> None:
    text = (
        "Omar Haddad, 52, opened the shop in 1998.\n\n"
        'His daughter, Leila Haddad, 19, works there on Saturdays. "I grew up behind '
        'this counter," she said.\n\n'
        'He will not sell. "My father built it, and I will keep it," Haddad said.'
    )
    assert speakers(text) == ["Leila Haddad", "Omar Haddad"]


def test_letters_after_a_name_are_not_part_of_it() -> None:
    text = (
        "Helen Marsh KC, for the defence, called two witnesses. Marsh told the jury: "
        '"My client was asleep at home."\n\nTom Reid MP said: "The law must change."'
    )
    assert speakers(text) == ["Helen Marsh", "Tom Reid"]


def test_a_possessive_opening_the_words_after_according_to_owns_the_role() -> None:
    text = (
        '"Demand will pick up in the spring," according to a note from Brightwell\'s '
        "head of research, Omar Siddiqui."
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Omar Siddiqui",
        "head of research",
        "Brightwell",
    )


def test_business_before_a_role_is_part_of_the_role() -> None:
    text = 'His business partner, Jonas Berg, 45, was blunt: "We will close in March."'
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Jonas Berg",
        "business partner",
        "",
    )


def test_a_sentence_about_someone_makes_them_the_she_of_the_next_quote() -> None:
    text = (
        "Maria Costa, 61, and her neighbour Ana Reis, 58, both lost their homes.\n\n"
        '"We will rebuild," Reis said.\n\n'
        'For Costa, the question is money. "The insurer has not called back," she said.'
    )
    assert speakers(text) == ["Ana Reis", "Maria Costa"]


def test_whose_role_names_the_body_just_named() -> None:
    text = (
        "The vote split the Green Future party, whose chairman, Piotr Zielinski, had "
        "backed the deal. Later the prime minister met Zielinski in private.\n\n"
        '"We were not consulted," Zielinski said.'
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Piotr Zielinski",
        "chairman",
        "Green Future party",
    )


def test_a_verb_between_two_names_is_no_role() -> None:
    text = 'The mayor met Ines Duarte on Friday. "The market stays," Duarte said.'
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role) == ("Ines Duarte", "")


def test_a_speaker_stays_the_antecedent_over_a_man_named_in_his_sentence() -> None:
    text = (
        "Hamid Rahimi, 44, chairs the drivers' association. Rahimi said the mayor, "
        'Stefan Kovac, had ignored three letters. "We will park outside his office '
        'until he answers," he said.'
    )
    assert speakers(text) == ["Hamid Rahimi"]


def test_an_english_street_poll_label_names_the_speaker_and_describes_them() -> None:
    text = (
        "We asked shoppers in Leeds about the new market hall.\n\n"
        'Priya Nair, 36, pharmacist: "It is bright and the stalls are cheaper."\n\n'
        'Omar Said, 58, cab driver at Leeds Station: "Parking is the problem, not the hall."'
    )
    found = quotes(text)
    assert [(p.speaker_name, p.age, p.role, p.organization) for p in found] == [
        ("Priya Nair", 36, "pharmacist", ""),
        ("Omar Said", 58, "cab driver", "Leeds Station"),
    ]


def test_what_a_named_speaker_says_is_no_description_of_them() -> None:
    text = (
        "The union called the strike on Monday. Its general secretary, Ruth Nkosi, said "
        'nurses were "tired of promises that never arrive."'
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role) == ("Ruth Nkosi", "general secretary")


def test_a_name_printed_with_the_and_a_title_is_the_speaker() -> None:
    text = (
        "The food bank opened a second hall. Its director, the Rev. Mark Ellery, said: "
        '"We fed 400 families last week."'
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role) == ("Mark Ellery", "director")


def test_its_after_a_sentence_about_a_body_is_that_body() -> None:
    text = (
        "Harbour Link, which runs the night buses and is funded by the Metropolitan "
        "Transport Agency, said it would cut two routes. Its planning director, Nora Quist, "
        'said the cuts were "the least bad choice."'
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Nora Quist",
        "planning director",
        "Harbour Link",
    )


def test_a_second_partial_quote_in_the_same_sentence_has_the_same_speaker() -> None:
    text = (
        'The inspector, Carla Mendes, said the home had been "badly run for years" and '
        'that residents were "left alone at night."'
    )
    assert [(p.speaker_name, p.kind) for p in quotes(text)] == [
        ("Carla Mendes", "partial"),
        ("Carla Mendes", "partial"),
    ]


def test_of_a_bodys_unit_after_a_name_gives_the_body() -> None:
    text = (
        "Inspector Dev Malhotra, of Northumbria Police's cyber crime unit, said the gang "
        'had "targeted pensioners above all."'
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Dev Malhotra",
        "Inspector",
        "Northumbria Police",
    )


def test_a_pronoun_subject_stays_the_antecedent_over_a_man_its_sentence_names() -> None:
    text = (
        "The site manager, Colin Reeve, denied any leak. He pointed to a report signed by "
        'the inspector Martin Hale. "Every sample was within the limit," he said.'
    )
    assert speakers(text) == ["Colin Reeve"]


def test_a_country_in_the_possessive_is_no_person() -> None:
    text = "Ana Lima, 22, became the first woman to win Portugal's national rowing title."
    people = [e.mention.name for e in read_sentence(text, 0, len(text)) if e.mention]
    assert people == ["Ana Lima"]


def test_answers_after_questions_stay_the_interviewees_after_another_speaks() -> None:
    text = (
        "Nadia Haddad, 31, runs the only bookshop in the town. Her partner, David Aoun, "
        "keeps the accounts. We met her in the shop.\n\n"
        "Why books?\n\n"
        '"Because nobody else would open a bookshop here."\n\n'
        'Aoun said the first year had lost money. "We lived on noodles," he said.\n\n'
        "And now?\n\n"
        '"Now we break even, and that feels like a fortune."'
    )
    assert speakers(text) == ["Nadia Haddad", "David Aoun", "Nadia Haddad"]


def test_a_person_named_after_led_by_is_introduced_with_their_description() -> None:
    text = (
        "The survey was led by Laura Bennett, an economist at Harwell College.\n\n"
        '"Rents rose faster than wages in every region," Bennett said.\n\n'
        "The report was quoted by Reuters on Monday."
    )
    quote = extract(text).proposals[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Laura Bennett",
        "economist",
        "Harwell College",
    )


def test_a_capitalised_russian_adjective_before_its_noun_is_no_person() -> None:
    text = "Старший научный сотрудник Зоологического института Инна Белова изучает птиц."
    named = [e.mention.name for e in read_sentence(text, 0, len(text)) if e.mention]
    assert named == ["Инна Белова"]


def test_a_bodys_first_word_in_the_possessive_is_the_body_not_a_person() -> None:
    text = (
        "Nordwind Automotive, a maker of car parts, said it would cut 4,500 jobs. "
        "Nordwind's chief executive, Lars Becker, "
        'told analysts: "We built factories for a market that came slowly."'
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Lars Becker",
        "chief executive",
        "Nordwind",
    )


def test_a_bodys_first_word_alone_as_a_speaker_is_that_body() -> None:
    text = (
        '"The pump seized," said Ines Vogt, the plant manager at Korvath Polymers AG.\n\n'
        "Korvath, which has run the plant since 1998, said in a statement that it was "
        '"fully cooperating" with the inspectors.'
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "",
        "Korvath Polymers AG",
    )


def test_the_orchestra_or_the_choir_is_the_one_named_before() -> None:
    text = (
        "The Fenland Youth Orchestra lost its grant on Monday.\n\n"
        '"We will keep playing," said Ruth Okoro, the orchestra\'s general manager.'
    )
    quote = quotes(text)[-1]
    assert (quote.role, quote.organization) == ("general manager", "Fenland Youth Orchestra")


def test_the_agency_is_an_administration_named_before() -> None:
    text = (
        "The Food and Drug Administration said the shortage was "
        '"expected to ease by the summer."\n\n'
        "The agency's commissioner, Robert Hale, told reporters that imports were approved. "
        '"This is a fragile market," Hale said.'
    )
    quote = quotes(text)[-1]
    assert (quote.role, quote.organization) == ("commissioner", "Food and Drug Administration")


def test_its_role_before_a_name_wins_over_what_else_the_person_is() -> None:
    text = (
        "The Headingley Residents' Association said it would seek a judicial review. Its "
        "secretary, Peter Lund, a former bus driver, said the library was warm. "
        '"Pensioners sit there all afternoon," he said.'
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Peter Lund",
        "secretary",
        "Headingley Residents' Association",
    )


def test_its_role_before_a_name_wins_over_a_body_the_person_works_at_too() -> None:
    text = (
        "The Marlow Valley Nurses Guild opposes the rota. Its secretary, Hannah Orme, who "
        "has worked night shifts at St. Cuthbert's Hospital since 2009, said members were "
        'tired. "We are running on empty," Orme said.'
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Hannah Orme",
        "secretary",
        "Marlow Valley Nurses Guild",
    )


def test_the_agency_is_the_state_department_named_before() -> None:
    text = (
        "The Idaho Department of Fish and Game (IDFG) closed the river to anglers. A "
        'biologist at the agency said the trout were "under real stress this summer."'
    )
    assert quotes(text)[0].organization == "Idaho Department of Fish and Game"


def test_someone_at_the_infirmary_is_at_the_infirmary_named_before() -> None:
    text = (
        "Visitors to Dunmore Royal Infirmary will need a pass from Monday. A porter at "
        'the infirmary said the queues had been "chaos since breakfast."'
    )
    quote = quotes(text)[0]
    assert (quote.role, quote.organization) == ("porter", "Dunmore Royal Infirmary")


def test_the_charity_is_the_body_named_before_whose_name_says_no_kind() -> None:
    text = (
        "The Brackenfield Project, which had objected to the plan, said it was still "
        "waiting for the survey. A spokeswoman for the charity said: "
        '"Nobody has counted the otters."'
    )
    assert quotes(text)[0].organization == "Brackenfield Project"


def test_a_post_only_one_kind_of_body_has_is_held_in_the_body_named() -> None:
    named = quotes(
        "Kilbride University will close its farm campus. "
        '"We cannot keep it," said Professor Ian Moss, the vice-chancellor.'
    )[0]
    unnamed = quotes(
        "Pupils at Ferndale Academy sat the paper again. A headteacher in Kent, who asked "
        'not to be named, said: "The rules are clear."'
    )[0]
    assert (named.role, named.organization) == ("vice-chancellor", "Kilbride University")
    assert (unnamed.role, unnamed.organization) == ("headteacher", "")


def test_an_inspector_of_the_inspectorate_that_just_spoke_is_its_own() -> None:
    text = (
        "HM Inspectorate of Prisons (HMIP) said it would review the case. Chief Inspector "
        'Alan Roe said his team would ask "who knew what, and when".'
    )
    quote = quotes(text)[0]
    assert (quote.role, quote.organization) == ("Chief Inspector", "HM Inspectorate of Prisons")


def test_the_partnership_is_the_partnership_named_before() -> None:
    text = (
        "The Severn Flood Partnership warned of rising water. Its chair was away. "
        '"We are ready," said Jo Platt, the partnership\'s operations lead.'
    )
    assert quotes(text)[0].organization == "Severn Flood Partnership"


def test_the_group_is_the_body_called_a_group_not_the_place_named_last() -> None:
    text = (
        "The judge dismissed the claim of the Aire Valley Quiet Skies Group. Outside the "
        "Bradford Justice Centre, the group's secretary, Ann Kerr, said the fight went on. "
        '"We will appeal," she said.'
    )
    assert quotes(text)[0].organization == "Aire Valley Quiet Skies Group"


def test_its_post_after_when_and_a_restaurant_named_before() -> None:
    text = (
        "For six years a plaque by the door of Salt & Ember, a 40-cover restaurant off "
        "Hereford's Bridge Street, announced its star. Last week its chef-owner, Tom Hale, "
        'took it down.\n\n"We were cooking for the inspector," Hale said.\n\n'
        'Jo Wren, 26, the restaurant\'s sous-chef, agreed. "It is calmer now," she said.'
    )
    chef, sous = quotes(text)
    assert (chef.role, chef.organization) == ("chef-owner", "Salt & Ember")
    assert (sous.role, sous.organization) == ("sous-chef", "Salt & Ember")


def test_a_place_based_body_is_named_by_its_name_not_where_it_is() -> None:
    text = (
        "Guests complained about Tern Bay Hotels Ltd, a Swansea-based group that runs six "
        'hotels. A spokesman for the group said: "We are sorry."'
    )
    assert quotes(text)[0].organization == "Tern Bay Hotels Ltd"


def test_a_council_officer_is_at_the_council_named_or_at_none() -> None:
    named = quotes(
        "Brackley Shire Council closed the hall in May. A council officer, who asked not "
        'to be named, said: "We knew for years."'
    )[0]
    unnamed = quotes('A council officer, who asked not to be named, said: "We knew for years."')
    assert (named.role, named.organization) == ("council officer", "Brackley Shire Council")
    assert (unnamed[0].role, unnamed[0].organization) == ("council officer", "")


def test_a_name_after_and_or_an_ampersand_in_a_body_s_name_is_no_person() -> None:
    department = quotes(
        "A spokesperson for the Department of Energy and Climate Change said the plan "
        'would "keep the lights on" this winter.'
    )[0]
    firm = quotes(
        "Pryor & Vane said in a statement that the sale had drawn interest from "
        '"collectors on three continents" already.'
    )[0]
    assert (department.speaker_name, department.organization) == (
        "",
        "Department of Energy and Climate Change",
    )
    assert (firm.speaker_name, firm.organization) == ("", "Pryor & Vane")


def test_an_unnamed_source_whose_trade_runs_long_is_the_one_who_said_it() -> None:
    text = (
        "Councillor Ian Pike said cages would be installed.\n\n"
        "A second-hand tool dealer who sells at one of the county's Sunday car boot sales, "
        "and who asked not to be named, said sellers had become careful.\n\n"
        '"Now everybody wants a receipt," he said.'
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role) == ("", "second-hand tool dealer")


def test_a_name_a_volunteer_group_is_a_body_speaking() -> None:
    text = (
        'Pedal Harbourside, a volunteer group, said the city had built "lanes to nowhere" '
        "in the last decade."
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.organization) == ("", "Pedal Harbourside")


def test_what_which_stands_for_argued_not_the_judge_before_it() -> None:
    text = (
        "Judge Sarah Kemp dismissed the claim brought by the Ouse Valley Residents Group, "
        "which had argued that the council ignored the noise.\n\n"
        'In her judgment, the judge said councillors had "weighed the evidence with care" '
        "before they voted."
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role) == ("Sarah Kemp", "Judge")


def test_a_named_councillor_sits_on_the_council_named_and_a_charity_after_its_initials() -> None:
    text = (
        "The cuts were approved by Marsden Borough Council on Monday.\n\n"
        '"We had no choice," said Councillor Ruth Ames, the cabinet member for finance.\n\n'
        "The Marsden Debt Advice Service (MDAS), a charity that helps 2,000 people a year, "
        'disagreed. "Arrears will soar," said Tom Hale, the charity\'s manager.'
    )
    ames, hale = quotes(text)
    assert (ames.role, ames.organization) == (
        "cabinet member for finance",
        "Marsden Borough Council",
    )
    assert (hale.role, hale.organization) == ("manager", "Marsden Debt Advice Service")


def test_a_consortium_its_initials_team_and_an_airline_called_airways() -> None:
    text = (
        "The Arctic Sea Ice Consortium (ASIC) finished its survey on Friday. The "
        "consortium's chief scientist, Maren Holt, 51, said the ice was thin. "
        '"We expected worse," Holt said.\n\n'
        "A member of the ASIC diving team, who asked not to be named, said the work was "
        '"colder than anyone admits" this year.\n\n'
        "Flights by Corvo Airways Ltd were diverted. The airline said passengers would be "
        '"looked after in line with their rights" overnight.'
    )
    holt, diver, airline = quotes(text)
    assert holt.organization == "Arctic Sea Ice Consortium"
    assert (diver.role, diver.organization) == (
        "member of the diving team",
        "Arctic Sea Ice Consortium",
    )
    assert airline.organization == "Corvo Airways Ltd"


def test_initials_after_the_name_and_the_chief_of_the_firm_just_named() -> None:
    text = (
        "The Leeds Sikh Temples Forum (LSTF) launched an appeal.\n\n"
        '"We were told it was a luxury," Amrit Gill, the chair of the LSTF, said.\n\n'
        "Cornish Tin Mining PLC expects to pump 90 million litres a month. "
        '"Today this becomes a mine," chief executive Alan Rowe told reporters.\n\n'
        "ShopRight, which sold a third of the heaters, said customers could return them "
        '"with or without a receipt" this week.'
    )
    gill, rowe, shop = quotes(text)
    assert gill.organization == "Leeds Sikh Temples Forum"
    assert (rowe.role, rowe.organization) == ("chief executive", "Cornish Tin Mining PLC")
    assert (shop.speaker_name, shop.organization) == ("", "ShopRight")


def test_a_council_called_for_short_is_the_council_named_in_full() -> None:
    text = (
        "Ashby Borough Council ran the ballot in May.\n\n"
        '"We listened," said Jo Reid, the cabinet member for housing at Ashby Council.'
    )
    assert quotes(text)[0].organization == "Ashby Borough Council"


def test_a_name_after_to_with_a_possessive_post_after_it_is_a_person() -> None:
    text = (
        "For 20 years listeners have woken up to Ann Pryce, Severn FM's breakfast "
        'presenter. "I will miss them," Pryce, 61, said.'
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Ann Pryce",
        "breakfast presenter",
        "Severn FM",
    )


def test_a_word_of_a_bodys_name_is_not_a_persons_surname() -> None:
    text = (
        "Northfield Rovers were deducted 12 points on Friday. The Northfield Rovers chairman, "
        'Graham Pike, said the club would appeal. "We were late," Pike said.\n\n'
        'Rovers manager Danny Hale said the players were told. "The lads found out," Hale said.'
    )
    found = quotes(text)
    assert [(p.speaker_name, p.role, p.organization) for p in found] == [
        ("Graham Pike", "chairman", "Northfield Rovers"),
        ("Danny Hale", "manager", "Rovers"),
    ]


@pytest.mark.parametrize(
    ("opening", "role", "organization"),
    [
        (
            "Hull City Council's cabinet member for transport, Councillor Omar Patel,",
            "cabinet member for transport",
            "Hull City Council",
        ),
        (
            "The Fenland Youth Orchestra's leader, the Welsh violinist Omar Patel, 38,",
            "leader",
            "Fenland Youth Orchestra",
        ),
    ],
)
def test_a_post_a_body_owns_wins_over_what_the_name_is_printed_with(
    opening: str, role: str, organization: str
) -> None:
    text = f'{opening} said the cut was unfair. "We will fight it," Patel said.'
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Omar Patel",
        role,
        organization,
    )


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        (
            "The Coastal Rescue Association (CRA) lost its grant on Monday.\n\n"
            '"We were not consulted," said Gwen Lacey, director of the CRA.',
            "Coastal Rescue Association",
        ),
        (
            "The grant of the Coastal Rescue Association (CRA) was cut on Monday.\n\n"
            '"We were not consulted," a CRA spokeswoman said.',
            "Coastal Rescue Association",
        ),
        (
            "The grant came from the Department of Marine Affairs (DoMA) in May.\n\n"
            '"We were not consulted," a DoMA spokeswoman said.',
            "Department of Marine Affairs",
        ),
        (
            "An inspection by HM Inspectorate of Prisons (HMIP) found drugs.\n\n"
            '"I have never seen this," said Graham Eddowes, HMIP\'s deputy chief inspector.',
            "HM Inspectorate of Prisons",
        ),
        (
            "Фонд развития океанологии (ФРО) лишился гранта.\n\n"
            "«Нас никто не спросил», — сказал представитель ФРО Олег Сомов.",
            "Фонд развития океанологии",
        ),
    ],
)
def test_initials_printed_after_a_bodys_name_stand_for_it_later(
    text: str, organization: str
) -> None:
    assert quotes(text)[-1].organization == organization


def test_a_body_named_in_the_possessive_is_what_the_kind_refers_to_later() -> None:
    text = (
        "The plan has angered Harwick Borough Council's heritage officers.\n\n"
        'The council\'s housing lead, Dev Mistry, said it would be judged "on the evidence".'
    )
    assert quotes(text)[-1].organization == "Harwick Borough Council"


@pytest.mark.parametrize("kind", ["Trust", "Foundation", "Council", "Committee"])
def test_a_plurals_apostrophe_inside_a_bodys_name_is_no_owner(kind: str) -> None:
    text = f'The Marlow Growers\' {kind} said it wanted "a written guarantee" first.'
    quote = quotes(text)[-1]
    assert (quote.role, quote.organization) == ("", f"Marlow Growers' {kind}")


@pytest.mark.parametrize("clause", ["", ", and who asked that her name not be used,"])
def test_she_said_after_an_unnamed_woman_is_hers_not_the_official_named_before(
    clause: str,
) -> None:
    text = (
        '"The mill will reopen in May," said Mayor Tomas Quill.\n\n'
        f"A 38-year-old woman who has packed flour there for a decade{clause} said the "
        'staff had heard "nothing at all" from the owners.\n\n'
        '"We read about it in the paper," she said.'
    )
    found = quotes(text)
    assert [(q.speaker_name, q.age, q.role) for q in found[1:]] == [("", 38, "")] * 2


@pytest.mark.parametrize(
    ("text", "speaker", "organization"),
    [
        (
            "The dam was drained overnight, in what the Upland Water Agency called a "
            '"routine precaution" after heavy rain.',
            "",
            "Upland Water Agency",
        ),
        (
            "Dora Keane spoke to staff on Friday. The mill will shut in May, in what Keane "
            'called "a betrayal of the valley".',
            "Dora Keane",
            "",
        ),
    ],
)
def test_in_what_someone_called_names_who_said_the_phrase(
    text: str, speaker: str, organization: str
) -> None:
    quote = quotes(text)[-1]
    assert (quote.kind, quote.speaker_name, quote.organization) == (
        "partial",
        speaker,
        organization,
    )


@pytest.mark.parametrize("body", ["NHS Wales", "BBC Scotland"])
def test_a_body_whose_name_opens_with_its_initials_speaks_as_a_body(body: str) -> None:
    quote = quotes(f'{body} said in a statement that it was "reviewing every case" now.')[-1]
    assert (quote.speaker_name, quote.organization) == ("", body)


def test_a_person_whose_name_opens_with_two_initials_is_a_person() -> None:
    quote = quotes('"We will appeal," said DJ Moran, a retired steward.')[-1]
    assert (quote.speaker_name, quote.organization) == ("DJ Moran", "")


@pytest.mark.parametrize(
    ("later", "organization"),
    [
        ('"We will appeal," said Mara Holt, chief executive of Kestrel.', "Kestrel Freight Ltd"),
        ('"We will appeal," said Mara Holt of Kestrel Freight.', "Kestrel Freight Ltd"),
        ('"We will appeal," said Mara Holt of Kestrel Holdings.', "Kestrel Holdings"),
    ],
)
def test_a_firm_named_for_short_is_filed_under_its_full_name_with_its_legal_form(
    later: str, organization: str
) -> None:
    text = f"Kestrel Freight Ltd was fined £40,000 on Monday.\n\n{later}"
    assert quotes(text)[-1].organization == organization


def test_a_capitalised_word_inside_a_quote_is_nobody_a_pronoun_refers_to() -> None:
    text = (
        "The agency's head of fraud, Nadia Brook, said it would seize the assets. She "
        'called the fund "a classic Madoff wrapped in a glossy brochure".\n\n'
        '"Check our register before you invest," she said.'
    )
    assert quotes(text)[-1].speaker_name == "Nadia Brook"


def test_a_person_described_at_a_body_is_no_body_and_he_refers_to_them() -> None:
    text = (
        "Harvest Co-op's buyer, Inge Vos, said prices would rise. Forecasters say the rain "
        "will go on. Pieter Claes, a hydrologist at the Flanders Water Institute, said the "
        'rivers were full. "Every field is a pond," he said.'
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Pieter Claes",
        "hydrologist",
        "Flanders Water Institute",
    )


def test_a_verb_in_a_second_who_clause_is_not_the_sentences() -> None:
    text = (
        "A driver who works for several firms around Ghent, and who asked not to be named, said "
        'he had stopped taking night shifts. "The roads are empty," he said.'
    )
    assert [(q.speaker_name, q.role) for q in quotes(text)] == [("", "driver")]


def test_a_group_named_by_one_plural_word_is_not_he() -> None:
    text = (
        "Tom Vries said the dyke would hold. Meteorologists say the storm will pass. "
        '"We have sandbags ready," he said.'
    )
    assert quotes(text)[-1].speaker_name == "Tom Vries"


def test_a_partial_quote_after_a_verb_with_no_subject_of_its_own_is_the_reporting_verbs() -> None:
    text = (
        "Ada Pryce, a spokeswoman for Tarn Mutual Ltd, said premiums reflected "
        '"the rising cost of storms everywhere."'
    )
    quote = quotes(text)[-1]
    assert (quote.kind, quote.speaker_name, quote.organization) == (
        "partial",
        "Ada Pryce",
        "Tarn Mutual Ltd",
    )


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("One of the club's riders, who asked not to be named,", "rider"),
        ("One of the striking miners, who asked not to be named,", "striking miner"),
    ],
)
def test_one_of_several_opening_a_sentence_is_the_unnamed_he_after_it(
    opening: str, role: str
) -> None:
    text = (
        "Rider Tom Hale won the final in May. Marshfield Hawks lost the case on Friday.\n\n"
        f"{opening} said several teammates had been approached. "
        '"Half the lads will go to Poland," he said.'
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("", role)


@pytest.mark.parametrize("description", ["one of the bill's authors", "one of those graduates"])
def test_one_of_a_things_makers_or_a_group_named_before_is_no_role(description: str) -> None:
    text = f'Sen. Amy Hale, {description}, said the money would last. "It is not a handout."'
    assert quotes(text)[-1].role == "senator"


def test_a_league_speaking_is_the_league_named_before_and_no_one_at_it() -> None:
    text = (
        "Kettlewell United, the League One football club, won its appeal. The National "
        'Speedway League (NSL) warned of the cost. "We are deeply concerned," the league '
        "said in a statement."
    )
    quote = quotes(text)[-1]
    assert (quote.role, quote.organization) == ("", "National Speedway League")


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Wrekin Narrowboats Ltd said it had contacted every customer. Its managing "
            'director, Phil Saddler, was blunt: "This is the fortnight that pays for the winter."',
            "Phil Saddler",
            "managing director",
        ),
        ('Ms Ann Roe, 54, a nurse, was more direct: "We are exhausted."', "Ann Roe", "nurse"),
        (
            "After the meeting with Phil Saddler, the figures were stark: "
            '"Nobody came to the lock this week, and nobody will come next week."',
            "",
            "",
        ),
    ],
)
def test_a_named_subject_introducing_a_quote_after_a_colon_is_its_speaker(
    text: str, speaker: str, role: str
) -> None:
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == (speaker, role)


def test_initials_in_capitals_are_no_persons_name_for_she_to_refer_to() -> None:
    text = (
        "Tessa Pike, a 39-year-old dental nurse, bought a car in February. The odometer "
        "showed 42,000 miles; an old MOT certificate showed 118,000.\n\n"
        '"Two weeks later the gearbox went, and the garage laughed," she said.'
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("Tessa Pike", "dental nurse")


@pytest.mark.parametrize("opening", ["In a statement the company", "In an email, the company"])
def test_how_a_body_spoke_opening_the_sentence_is_no_part_of_the_body(opening: str) -> None:
    text = (
        "The report criticised the vessel's owner, North Ugie Fishing Co Ltd, for its "
        f'checks.\n\n{opening} said it accepted the findings. "We will do whatever the '
        'report asks of us," it said.'
    )
    assert quotes(text)[-1].organization == "North Ugie Fishing Co Ltd"


@pytest.mark.parametrize(
    ("introduction", "later", "speaker"),
    [
        ("Ted Van Wyck, whose family grows apples,", "Van Wyck", "Ted Van Wyck"),
        ("Anna de Vries", "De Vries", "Anna de Vries"),
    ],
)
def test_a_surname_with_a_particle_alone_is_the_person_named_in_full(
    introduction: str, later: str, speaker: str
) -> None:
    text = f'{introduction} signed a lease.\n\n"Apples don\'t pay anymore," {later} said.'
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker", "organization"),
    [
        (
            "Sandra Oakes (57), a greengrocer, described the car park as "
            '"a wind tunnel with a pay machine".',
            "Sandra Oakes",
            "",
        ),
        (
            "The Kettleby Traders' Association wants the market to stay. In a letter to the "
            "council, seen by the Wensley Gazette, the association warned that a move would be "
            '"the final nail for a market that is already on its knees".',
            "",
            "Kettleby Traders' Association",
        ),
    ],
)
def test_a_partial_quote_after_an_age_in_brackets_or_a_setting_is_the_subjects(
    sentence: str, speaker: str, organization: str
) -> None:
    quote = extract(sentence).proposals[-1]
    assert (quote.kind, quote.speaker_name, quote.organization) == (
        "partial",
        speaker,
        organization,
    )
    assert quote.age == (57 if speaker else None)


@pytest.mark.parametrize(
    ("sentence", "speaker", "organization"),
    [
        (
            "Buses are running late across the county, the transport authority said on "
            'Monday, warning that services were "close to collapse" in rural areas.',
            "",
            "transport authority",
        ),
        (
            "Parents are furious about the plan, Helen Marsh said, adding that the closure "
            'would be "a disaster for the village".',
            "Helen Marsh",
            "",
        ),
    ],
)
def test_a_partial_quote_after_a_participle_is_the_speaker_of_the_verb_before_it(
    sentence: str, speaker: str, organization: str
) -> None:
    quote = quotes(sentence)[-1]
    assert (quote.kind, quote.speaker_name, quote.organization) == (
        "partial",
        speaker,
        organization,
    )


def test_a_dateline_opening_a_partial_quotes_sentence_is_no_speaker() -> None:
    text = (
        'TRURO, England — A volunteer lifeboat crew has urged swimmers to "stay out of the '
        'water after dark" after a record summer.'
    )
    assert quotes(text)[-1].speaker_name != "England"


def test_a_name_in_what_is_said_of_someone_unnamed_on_purpose_is_no_speaker() -> None:
    text = (
        "Ann Cole, the site manager, said the work was done well.\n\n"
        "A former forester who worked on Greystone Moss, and who asked not to be named, "
        'disagreed. "Half the trees were in the wrong ground," he said.'
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("", "former forester")


@pytest.mark.parametrize("preposition", ["over", "against", "with"])
def test_a_name_after_a_preposition_with_an_age_and_a_role_is_a_persons(preposition: str) -> None:
    text = (
        f"Harto, 61, won the vote {preposition} Sri Wulandari, 44, a retired teacher.\n\n"
        '"The count must be checked," Wulandari told reporters.'
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.age, quote.role) == ("Sri Wulandari", 44, "retired teacher")
