"""Age, role and organisation from the description clause only; a body must be named."""

from __future__ import annotations

import pytest

from quotebook.core.extract import Proposal, extract


def last(text: str) -> Proposal:
    return extract(text).proposals[-1]


def fields(quote: Proposal) -> tuple[int | None, str, str]:
    return quote.age, quote.role, quote.organization


def test_an_age_in_brackets_and_a_birthplace_that_is_not_a_role() -> None:
    text = (
        "Dmitry Volkov (29), a Moscow-born software developer, came in September.\n\n"
        '"We packed for a holiday," Volkov said.'
    )
    assert fields(last(text)) == (29, "software developer", "")


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        ("a 26-year-old IT worker", "IT worker", ""),
        (
            "president of the Alliance for Automotive Innovation",
            "president",
            "Alliance for Automotive Innovation",
        ),
        ("a senior administration official", "senior administration official", ""),
        ("an Italian coast guard official", "coast guard official", ""),
        ("an analyst at DNB Markets", "analyst", "DNB Markets"),
        ("a shepherd in the Yorkshire Dales", "shepherd", ""),
        ("a ferryman near the Norfolk Broads", "ferryman", ""),
        (
            "who leads the housing team at the charity Roofline Trust",
            "leader of the housing team",
            "Roofline Trust",
        ),
        (
            "who chairs the audit committee of the Harbour Pension Fund",
            "chair of the audit committee",
            "Harbour Pension Fund",
        ),
        (
            "who chairs the grants panel of the Anglers' Conservation Trust (ACT)",
            "chair of the grants panel",
            "Anglers' Conservation Trust",
        ),
    ],
)
def test_role_and_organisation_of_a_description(
    description: str, role: str, organization: str
) -> None:
    quote = last(f'"The queue was thirty kilometres long," said Alexei Orlov, {description}.')
    assert (quote.role, quote.organization) == (role, organization)


def test_a_statement_from_someone_is_not_their_role() -> None:
    text = (
        '"We have apologised to our tenants," according to a statement from its chief '
        "executive, Mair Rees."
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role) == ("Mair Rees", "chief executive")


def test_a_person_s_barrister_has_no_organisation() -> None:
    text = (
        "Gareth Pryce, 54, diverted the payments, the court heard.\n\n"
        "Pryce's barrister, Owen Lewis, said his client was ashamed. "
        '"He has paid back part of it," Lewis said.'
    )
    assert (last(text).speaker_name, last(text).organization) == ("Owen Lewis", "")


def test_the_body_named_after_of_the_charity() -> None:
    quote = last('"We could have been there," said Marta Bellini of the charity Sea Watch.')
    assert (quote.speaker_name, quote.organization) == ("Marta Bellini", "Sea Watch")


def test_a_dateline_is_not_part_of_the_role() -> None:
    text = 'BERLIN, Germany - Mayor Kai Wegner spoke on Monday.\n\n"We will rebuild," he said.'
    assert (last(text).speaker_name, last(text).role) == ("Kai Wegner", "Mayor")


def test_a_body_after_an_opening_phrase_speaks() -> None:
    text = 'In a statement, the ministry said the measures were "temporary and proportionate."'
    quote = last(text)
    assert (quote.kind, quote.organization) == ("partial", "ministry")


@pytest.mark.parametrize(
    ("sentence", "role", "organization"),
    [
        (
            '"We are stretched," said Dr. Amir Khan, a physician at St Mary\'s Hospital in London.',
            "physician",
            "St Mary's Hospital",
        ),
        ('"We will appeal," said Mark Stone, a lawyer for the family.', "lawyer", ""),
        (
            'Retired teacher Helen Moss, 68, lives alone. "The bill scares me," she said.',
            "Retired teacher",
            "",
        ),
    ],
)
def test_a_city_a_family_or_an_adjective_is_no_organisation(
    sentence: str, role: str, organization: str
) -> None:
    quote = last(f"Intro.\n\n{sentence}")
    assert (quote.role, quote.organization) == (role, organization)


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        ("a Pakistani customs official", "customs official", ""),
        ("a spokeswoman for the farmers' association Terra Viva", "spokeswoman", "Terra Viva"),
        ("his wife", "wife", ""),
        ("a mother of three", "", ""),
    ],
)
def test_nationalities_kinds_of_body_and_relations(
    description: str, role: str, organization: str
) -> None:
    quote = last(f'"The queue was thirty kilometres long," said Alexei Orlov, {description}.')
    assert (quote.role, quote.organization) == (role, organization)


def test_a_body_named_before_its_speaker_is_its_organisation_not_a_nationality() -> None:
    quote = last('"We will not sign this," Unite organiser Dale Harper told reporters.')
    assert (quote.role, quote.organization) == ("organiser", "Unite")


@pytest.mark.parametrize(
    "description",
    [
        "A nurse from one of the agency teams",
        "A shareholder in one of the first funding rounds",
        "A driver with one of the smaller haulage firms",
    ],
)
def test_one_of_several_unnamed_is_no_part_of_the_role(description: str) -> None:
    role = description.split()[1]
    quote = last(f'{description} said the plan was late. "Nobody asked us," the {role} said.')
    assert (quote.role, quote.organization) == (role, "")


def test_a_place_owning_a_body_s_name_is_part_of_the_name() -> None:
    text = (
        "The St. Anne's Tenants' Association said in a letter that the lifts had been "
        'broken "for the whole of the winter".'
    )
    quote = last(text)
    assert (quote.role, quote.organization) == ("", "St. Anne's Tenants' Association")


def test_a_relation_word_in_a_body_s_name_is_no_relation() -> None:
    text = (
        "Dr. Ana Ruiz, a dentist at St. Jude's Family Practice in Elmwood, urged parents "
        'to book check-ups. "Start early," she said.'
    )
    assert fields(last(text))[1:] == ("dentist", "St. Jude's Family Practice")


def test_someone_in_a_unit_of_a_body_works_for_the_body_called_in_full() -> None:
    text = (
        "Customers of Northway Bank of Scotland could not pay on Friday. An engineer in "
        "Northway Bank's payments division, who asked not to be named, said: "
        '"The test system was out of date."\n\n'
        "Mia Sandoval, a 33-year-old nurse from Penrith in Sydney's west, was burned. "
        '"The handle was hot," she said.'
    )
    engineer, nurse = extract(text).proposals
    assert (engineer.role, engineer.organization) == ("engineer", "Northway Bank of Scotland")
    assert (nurse.role, nurse.organization) == ("nurse", "")


@pytest.mark.parametrize(
    ("description", "role"),
    [
        ("a former inspector for a rival guide", "former inspector"),
        ("the society's chair and a retired headteacher", "chair"),
        ("a hotel owner", "hotel owner"),
        ("now a volunteer", "volunteer"),
        ("a sales assistant at one of the branches", "sales assistant"),
        ("the Police and Crime Commissioner", "Police and Crime Commissioner"),
    ],
)
def test_what_else_someone_is_or_whom_they_worked_for_unnamed(description: str, role: str) -> None:
    text = f'Ann Kerr, {description}, disagreed. "It was a mistake," Kerr said.'
    assert last(text).role == role


def test_a_gp_is_a_role_and_an_age_after_of_is_an_age() -> None:
    gp = last('"It can be serious," said Dr Aine Walsh, a GP in Galway.')
    engineer = last('Tom Rowe, a retired engineer of 74, agreed. "I like it," Rowe said.')
    assert (gp.role, gp.organization) == ("GP", "")
    assert (engineer.age, engineer.role) == (74, "retired engineer")


def test_a_relation_to_someone_named_is_the_role() -> None:
    text = (
        "Karl Weber, 60, closed his shop in May.\n\n"
        "Weber's neighbour, Ines Roth, runs a florist's next door. "
        '"We all saw it coming," she said.'
    )
    assert last(text).role == "neighbour"


@pytest.mark.parametrize(
    ("sentence", "role", "organization"),
    [
        ("Житель деревни Сосновка Павел Егоров", "Житель деревни Сосновка", ""),
        ("Житель Хужира Павел Егоров", "Житель Хужира", ""),
        ("Бывший мэр Тверской области Олег Лунев", "Бывший мэр Тверской области", ""),
        ("Аналитик банка «Кедр» Олег Лунев", "Аналитик", "Кедр"),
    ],
)
def test_russian_places_in_a_role_are_no_organisation(
    sentence: str, role: str, organization: str
) -> None:
    quote = last(f"{sentence} говорит, что вода ушла.\n\n«Мы ждали три дня», — сказал он.")
    assert (quote.role, quote.organization) == (role, organization)


@pytest.mark.parametrize(
    ("introduction", "role"),
    [
        ("Адвокат Малова Ольга Серова заявила, что решение обжалуют.", "Адвокат"),
        ("Ольга Серова, адвокат обвиняемого, заявила, что решение обжалуют.", "адвокат"),
        ("Адвокат потерпевшей Ольга Серова заявила, что решение обжалуют.", "Адвокат"),
        ("Представитель истцов Ольга Серова заявила, что решение обжалуют.", "Представитель"),
        ("Юрист семьи погибшего Ольга Серова заявила, что решение обжалуют.", "Юрист"),
        (
            "Представлявшая интересы Малова адвокат Ольга Серова заявила, что решение обжалуют.",
            "адвокат",
        ),
    ],
)
def test_a_russian_role_leaves_out_whom_the_person_acts_for(introduction: str, role: str) -> None:
    text = (
        "Суд арестовал предпринимателя Игоря Малова.\n\n"
        f"{introduction} «Оснований для ареста нет», — сказала Серова."
    )
    assert (last(text).role, last(text).organization) == (role, "")


@pytest.mark.parametrize(
    ("introduction", "role", "organization"),
    [
        (
            "Крышу ремонтирует подрядчик ООО «СтройМир». Представитель подрядчика Ольга Серова",
            "Представитель",
            "СтройМир",
        ),
        ("Юрист правозащитного центра «Щит» Ольга Серова", "Юрист", "Щит"),
    ],
)
def test_a_russian_representative_of_a_body_keeps_the_body(
    introduction: str, role: str, organization: str
) -> None:
    text = f"{introduction} заявила, что решение обжалуют. «Оснований нет», — сказала Серова."
    assert (last(text).role, last(text).organization) == (role, organization)


def test_a_russian_company_named_with_its_kind_is_what_the_company_refers_to() -> None:
    text = (
        "Маркетплейс Ozon снизит комиссию для продавцов книг.\n\n"
        "«Мы хотим вернуть издателей», — говорится в заявлении компании."
    )
    assert last(text).organization == "Ozon"


def test_a_russian_role_with_a_latin_first_part_is_a_description() -> None:
    text = (
        "Ильдар Сафин, 31 год, data-инженер, переехал в Белград.\n\n«Здесь тихо», — говорит Ильдар."
    )
    assert last(text).role == "data-инженер"


def test_a_place_after_a_role_is_no_speaker() -> None:
    text = (
        "Marta Ilves left Tallinn in May.\n\n"
        "Her old supervisor in Helsinki, who asked not to be named, said the team had halved. "
        '"Nobody wants to hire now," he said.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role) == ("", "old supervisor")


def test_each_proposal_says_why_its_speaker_is_unsure() -> None:
    text = (
        "Olga Petrova, a nurse, spoke outside the ward.\n\n"
        "“We turn people away every night,” she said.\n\n"
        "“It is not safe,” Petrova said. “Not for them, not for us.”\n\n"
        "“Nobody saw it coming,” one worker said.\n\n"
        "“The doors close at nine.”"
    )
    found = [(p.doubts, p.sure) for p in extract(text).proposals]
    assert found == [
        (("pronoun",), False),
        ((), True),
        (("unnamed",), False),
        (("follow-on",), False),
    ]


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        (
            "the union's regional secretary for the docks",
            "regional secretary for the docks",
            "union",
        ),
        ("Northwind's head of sales in Oslo", "head of sales", "Northwind"),
        ("the Greens’ housing spokesman", "housing spokesman", "Greens"),
        ("the council's cabinet member for housing", "cabinet member for housing", "council"),
        ("the mayor of Bremen", "mayor", ""),
        ("Minister for Transport", "Minister for Transport", ""),
    ],
)
def test_an_owner_before_the_role_and_what_follows_for_or_of(
    description: str, role: str, organization: str
) -> None:
    quote = last(f'"The queue was thirty kilometres long," said Alexei Orlov, {description}.')
    assert (quote.role, quote.organization) == (role, organization)


def test_common_nouns_before_a_name_are_its_role() -> None:
    text = 'Outside the depot, bus driver Ken Adeyemi, 50, waited. "We were told nothing," he said.'
    assert (last(text).role, last(text).age) == ("bus driver", 50)


def test_a_title_with_for_ends_before_the_name() -> None:
    text = '"We will not back down," Secretary for Justice Paul Rennick told the committee.'
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Paul Rennick",
        "Secretary for Justice",
        "",
    )


@pytest.mark.parametrize(
    ("text", "name", "role", "organization"),
    [
        (
            "Начальник смены в «Северном порту» Олег Лунев уверен, что простоев не будет. "
            "«Краны работают круглосуточно», — сказал Лунев.",
            "Олег Лунев",
            "Начальник смены",
            "Северном порту",
        ),
        (
            "Ирина Котова, работающая в «Зеленой линии» логистом, ждет сокращений. "
            "«Нам ничего не говорят», — сказала она.",
            "Ирина Котова",
            "логист",
            "Зеленой линии",
        ),
        (
            "Житель квартала Северный Иван Орлов ходит пешком. "
            "«Автобус не пришел ни разу», — говорит Орлов.",
            "Иван Орлов",
            "Житель квартала Северный",
            "",
        ),
        (
            "Заместитель мэра Анна Шилова пообещала открыть переправу. "
            "«Катер выйдет в понедельник», — сказала чиновница.",
            "Анна Шилова",
            "Заместитель мэра",
            "",
        ),
    ],
)
def test_russian_roles_where_and_as_whom_someone_works(
    text: str, name: str, role: str, organization: str
) -> None:
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (name, role, organization)


def test_who_works_as_gives_the_role() -> None:
    text = (
        '"The beds are full by noon," said Amara Osei, 29, who works as a ward clerk at '
        "Kingsway Hospital."
    )
    assert (last(text).role, last(text).organization) == ("ward clerk", "Kingsway Hospital")


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        ("director of studies for Europe at Hallam College", "director of studies for Europe",
         "Hallam College"),
        ("a spokesman for the consulate", "spokesman", "consulate"),
    ],
)  # fmt: skip
def test_at_names_the_body_and_an_embassy_is_one(
    description: str, role: str, organization: str
) -> None:
    quote = last(f'"The queue was thirty kilometres long," said Alexei Orlov, {description}.')
    assert (quote.role, quote.organization) == (role, organization)


def test_retired_is_part_of_a_role_before_a_name() -> None:
    text = 'At the bus stop, retired teacher Mary Quinn, 70, waited. "Two hours," Quinn said.'
    assert last(text).role == "retired teacher"


def test_a_russian_surname_already_named_is_not_put_in_another_case() -> None:
    text = (
        "Директор завода «Уралтрубмаш» Петр Шамаев рассказал о заказах.\n\n"
        "«Мы загружены до лета», — сказал Шамаев."
    )
    assert (last(text).speaker_name, last(text).organization) == ("Петр Шамаев", "Уралтрубмаш")


def test_a_russian_region_after_a_preposition_is_no_person() -> None:
    text = (
        "Фермеры из Воронежской области ждут дождей. Агроном Лидия Котова работает "
        "в поле с утра.\n\n«Урожай под угрозой», — сказала Котова."
    )
    names = [p.speaker_name for p in extract(text).proposals]
    assert names == ["Лидия Котова"]


def test_what_a_russian_participle_says_someone_does_is_no_role() -> None:
    text = (
        "Эксперт фонда «Вода» Нина Белых, сотрудничающая с фермерами, уверена в прогнозе. "
        "«Засуха повторится», — отметила эксперт."
    )
    assert (last(text).speaker_name, last(text).role) == ("Нина Белых", "Эксперт")


def test_a_dateline_is_no_speaker_and_a_long_subject_ends_at_its_verb() -> None:
    text = (
        "DUBLIN — A High Court judge on Monday halted the eviction of forty tenants from "
        "a block in the north of the city, saying the landlord had “ignored every notice.”"
    )
    quote = last(text)
    assert (quote.text, quote.speaker_name, quote.role, quote.organization) == (
        "ignored every notice.",
        "",
        "judge",
        "High Court",
    )


def test_a_named_body_before_a_role() -> None:
    text = '"Rates will stay high," said Anne Moyo, the Bank of Ghana governor.'
    assert (last(text).role, last(text).organization) == ("governor", "Bank of Ghana")


def test_its_chief_belongs_to_a_body_named_with_in_a_field() -> None:
    text = (
        "The Society for Research in Public Health, which represents 3,000 researchers, "
        "welcomed the study.\n\n"
        'Its president, Alan Moyo, said: "The evidence is now clear."'
    )
    assert (last(text).role, last(text).organization) == (
        "president",
        "Society for Research in Public Health",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        'The dockers\' union, Havnemen, said the offer was "an insult."',
        'Havnemen, the dockers\' union, said the offer was "an insult."',
    ],
)
def test_a_body_named_beside_its_kind_speaks_as_a_body_not_a_person(sentence: str) -> None:
    quote = last(sentence)
    assert (quote.speaker_name, quote.role, quote.organization) == ("", "", "Havnemen")


def test_a_person_named_beside_their_role_is_still_a_person() -> None:
    quote = last('His lawyer, Mark Dunn, said the ruling was "a scandal."')
    assert (quote.speaker_name, quote.role) == ("Mark Dunn", "lawyer")


def test_a_role_before_a_name_in_the_object_of_a_reported_sentence() -> None:
    text = (
        "Marchenko said the clinic's director, Ihor Bondar, had asked for a generator. "
        '"We were promised one by summer," Bondar said.'
    )
    assert (last(text).speaker_name, last(text).role) == ("Ihor Bondar", "director")


def test_a_firm_s_own_possessive_stays_and_the_town_near_it_goes() -> None:
    text = (
        "Sarah Pellow, managing director of Pellow's Nurseries Ltd near Hastings, said "
        'sales had fallen. "People come in and ask what the point is," Pellow said.'
    )
    assert last(text).organization == "Pellow's Nurseries Ltd"


def test_a_body_named_before_inside_a_role_is_the_organisation() -> None:
    """ "A former Vantel sales adviser" after "Vantel Mobile Ltd": the word opening the
    firm's name is the firm, not part of the role."""
    text = (
        "Vantel Mobile Ltd raised its prices in April.\n\nA former Vantel sales adviser, "
        "who asked not to be identified, said staff were judged on speed. "
        '"You had about twelve minutes per customer," the adviser said.'
    )
    quote = last(text)
    assert (quote.role, quote.organization) == ("former sales adviser", "Vantel Mobile Ltd")


def test_an_office_spelt_with_initials_is_the_role_of_the_name_after_it() -> None:
    """ "the region's Police and Crime Commissioner (PCC), Andrew Sefton": an office, not a
    body, ending a longer sentence, is the role of the person named after it."""
    text = (
        "The decision was confirmed on Friday by the region's Police and Crime Commissioner "
        '(PCC), Andrew Sefton. "Nobody wanted to do this," Sefton said.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Andrew Sefton",
        "Police and Crime Commissioner",
        "",
    )
    text += (
        "\n\nThe PCC said the force would borrow horses at a cost he put at "
        '"well under £200,000 a year".'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.organization) == ("Andrew Sefton", "")


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        ("Halden Foods' head of European sales", "head of European sales", "Halden Foods"),
        (
            "who heads the Law Society's family law committee",
            "head of the family law committee",
            "Law Society",
        ),
        (
            "a spokesman for the Department of Culture, Media, the Arts and Sport",
            "spokesman",
            "Department of Culture, Media, the Arts and Sport",
        ),
    ],
)
def test_a_field_a_body_s_role_covers_a_part_it_heads_and_a_long_list_of_fields(
    description: str, role: str, organization: str
) -> None:
    quote = last(f'"The queue was thirty kilometres long," said Alexei Orlov, {description}.')
    assert (quote.role, quote.organization) == (role, organization)


def test_an_apposition_long_enough_to_cut_a_word_is_still_a_person_s_role() -> None:
    quote = last(
        "Rhona Baird, the Highlands and Islands Enterprise Agency's skills commissioner, "
        'said the scheme had worked. "We kept two hundred apprentices," Baird said.'
    )
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Rhona Baird",
        "skills commissioner",
        "Highlands and Islands Enterprise Agency",
    )


def test_a_body_listing_its_fields_speaks_and_no_field_is_a_person() -> None:
    quote = last(
        "The federal Department of Infrastructure, Transport, Regional Development and "
        'Communications said the plan was "a matter for the states."'
    )
    assert (quote.speaker_name, quote.organization) == (
        "",
        "Department of Infrastructure, Transport, Regional Development and Communications",
    )


def test_a_participle_before_was_is_no_speech_verb() -> None:
    quote = last(
        "Maya Rowe, a housing economist, said the rent increase agreed was "
        '"far above what tenants can pay."'
    )
    assert (quote.speaker_name, quote.role) == ("Maya Rowe", "housing economist")


def test_a_name_a_regulator_or_watchdog_is_printed_before_is_a_body() -> None:
    quote = last(
        "Britain's energy watchdog Ofgem on Monday capped prices for a further year. "
        '"Bills will fall for most households," Ofgem said in a statement.'
    )
    assert (quote.speaker_name, quote.organization) == ("", "Ofgem")
    assert quote.confidence < 0.8


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ('Opposition leader Mara Quill said: "We will vote against it."', "Opposition leader"),
        ('Shadow Chancellor Tom Reddy said: "We will vote against it."', "Shadow Chancellor"),
        ('The Welsh harpist Eira Morgan said: "We will play anyway."', "harpist"),
    ],
)
def test_an_office_or_a_nationality_before_a_role_names_no_body(sentence: str, role: str) -> None:
    quote = last(sentence)
    assert (quote.role, quote.organization) == (role, "")


def test_the_branch_is_the_body_named_before_whose_name_ends_in_branch() -> None:
    quote = last(
        "The Air Accidents Investigation Branch sent a team to the airfield. "
        '"It is too early to say what happened," a spokesman for the branch said.'
    )
    assert (quote.role, quote.organization) == (
        "spokesman",
        "Air Accidents Investigation Branch",
    )


@pytest.mark.parametrize("name", ["Øresund Ferries AB", "Łaba Shipping SA", "Škvor Logistics"])
def test_a_body_whose_name_opens_with_a_letter_of_another_alphabet(name: str) -> None:
    quote = last(
        f"{name}, which is owned by the Dutch investment group Veldhoven, wants to cut "
        "jobs. The company's chief executive, Nils Berg, said the cuts were "
        '"the only way to survive."'
    )
    assert (quote.role, quote.organization) == ("chief executive", name)


def test_a_body_named_by_its_kind_in_the_plural_is_the_one_its_kind_refers_to() -> None:
    quote = last(
        "Nordfjord Car Carriers ASA laid up every ship on Sunday. In a letter to staff, the "
        'carrier\'s chief executive, Kari Holm, apologised. "I am deeply sorry," Holm wrote.'
    )
    assert (quote.role, quote.organization) == ("chief executive", "Nordfjord Car Carriers ASA")


def test_a_name_before_the_subject_of_a_clause_is_not_called_that_kind_of_body() -> None:
    from quotebook.core.extract.prose_bodies import organisations

    text = (
        "Ashby Town was sold to Crestline Capital, a fund that owns clubs in Spain and "
        "Italy, the club said on Monday."
    )
    assert [event.org for event in organisations(text, 0)] == ["Crestline Capital"]


def test_the_regulator_is_the_authority_named_before() -> None:
    quote = last(
        "The mine will cooperate with the Higher Mining Authority, which opened an inquiry. "
        'The regulator said in a statement that it had "sealed the shaft."'
    )
    assert (quote.speaker_name, quote.organization) == ("", "Higher Mining Authority")


def test_a_body_named_then_called_a_kind_of_body_speaks_as_that_body() -> None:
    quote = last(
        "The Civil Aviation Authority, the regulator for air travel in Britain, said it was "
        '"watching the airline closely".'
    )
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "",
        "Civil Aviation Authority",
    )


@pytest.mark.parametrize(
    ("sentence", "role", "organization"),
    [
        (
            'Brackley Nurses\' Union secretary Ann Hale said: "We will ballot again."',
            "secretary",
            "Brackley Nurses' Union",
        ),
        (
            'Labour Students’ Welfare officer Ann Hale said: "We will ballot again."',
            "Welfare officer",
            "Labour Students",
        ),
    ],
)
def test_a_plural_s_apostrophe_inside_a_body_of_members_name_is_no_owner(
    sentence: str, role: str, organization: str
) -> None:
    quote = last(sentence)
    assert (quote.role, quote.organization) == (role, organization)


def test_a_union_whose_name_lists_kinds_of_body_is_not_what_they_refer_to() -> None:
    quote = last(
        "Staff at the University of Kentmere walked out on Monday. The University and "
        "College Union said 900 members had voted.\n\nThe university says it has no choice. "
        'Its rector, Alan Reed, said the cuts would be "painful but needed".'
    )
    assert (quote.role, quote.organization) == ("rector", "University of Kentmere")


def test_a_kind_of_body_after_a_word_that_names_nobody_is_no_body() -> None:
    from quotebook.core.extract.prose_bodies import organisations

    text = 'Fans held up a banner reading "Our Party, Our Town" at the game.'
    assert [event.org for event in organisations(text, 0)] == []


def test_said_the_company_after_a_quote_is_the_company_named_before() -> None:
    quote = last('Halden Robotics SA cut 200 jobs. "The plant will close," said the company.')
    assert (quote.speaker_name, quote.verb, quote.organization) == (
        "",
        "said",
        "Halden Robotics SA",
    )


@pytest.mark.parametrize(
    ("attribution", "body"),
    [
        ("said the freight group, Nordline", "Nordline"),
        ("said the carrier, Nordline Shipping AS, in a statement", "Nordline Shipping AS"),
    ],
)
def test_a_kind_of_body_after_the_verb_then_its_name_is_that_body_speaking(
    attribution: str, body: str
) -> None:
    quote = last(f'"The route will close in May," {attribution}.')
    assert (quote.speaker_name, quote.role, quote.organization) == ("", "", body)


def test_a_post_in_the_body_of_a_kind_named_before_belongs_to_that_body() -> None:
    quote = last(
        "Regulators closed Northgate Bank on Friday. Jo Pike, who was the bank's head of "
        'lending until March, said she had raised the alarm. "Nobody listened," Pike said.'
    )
    assert (quote.role, quote.organization) == ("head of lending", "Northgate Bank")


@pytest.mark.parametrize(
    ("description", "role"),
    [
        ("a volunteer at last month's fair", "volunteer"),
        ("a guard at the gate", "guard"),
        ("a porter in the maternity ward", "porter"),
        ("a bus driver on leave with her two sons", "bus driver"),
        ("a retired nurse on a cruise around Norway", "retired nurse"),
    ],
)
def test_where_someone_worked_that_names_no_body_is_no_part_of_the_role(
    description: str, role: str
) -> None:
    from quotebook.core.extract.describe import parse

    assert (parse(description).role, parse(description).organization) == (role, "")


@pytest.mark.parametrize("form", ["AS", "AB", "Ltd"])
def test_a_company_by_its_legal_form_and_its_home_town_speaks_as_a_body(form: str) -> None:
    quote = last(
        "The ferry lost power off the coast. Its owner, Nordvik Shipping "
        f'{form} of Bergen, said it was "cooperating fully with the coastguard."'
    )
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "",
        f"Nordvik Shipping {form}",
    )


@pytest.mark.parametrize(
    ("description", "organization"),
    [
        ("a nurse at Virgen de la Luz University Hospital", "Virgen de la Luz University Hospital"),
        ("a surgeon at Nuestra Señora del Mar Hospital", "Nuestra Señora del Mar Hospital"),
    ],
)
def test_the_particles_of_a_foreign_body_s_name_are_part_of_it(
    description: str, organization: str
) -> None:
    text = f"Anna Berg, who heads the ward at {description.split(' at ')[1]}, said it was full. "
    text += '"We have no beds," Berg said.'
    assert last(text).organization == organization
    quote = last(f'"We have no beds," said Anna Berg, {description}.')
    assert quote.organization == organization


@pytest.mark.parametrize(
    ("verb", "role", "body"),
    [
        ("chairs", "chair", "Ness and Tong Community Council"),
        ("leads", "leader", "Green Party"),
        ("heads", "head", "Riverside Tenants Association"),
    ],
)
def test_who_chairs_a_named_body_is_its_chair(verb: str, role: str, body: str) -> None:
    text = f'Mairi Smith, who {verb} the {body}, said the old were at risk. "We worry," she said.'
    assert fields(last(text)) == (None, role, body)


@pytest.mark.parametrize(
    ("written", "body"),
    [
        ("Hebridean Island Buses chief executive", "Hebridean Island Buses"),
        ("Canadian Pacific Railway spokeswoman", "Canadian Pacific Railway"),
    ],
)
def test_a_place_adjective_opening_a_name_of_several_words_is_part_of_it(
    written: str, body: str
) -> None:
    quote = last(f'{written} Jane Roe said the offer was "the best we can do."')
    assert quote.organization == body


def test_a_nationality_before_a_role_is_still_no_body() -> None:
    quote = last('"We found nobody," said Italian coast guard official Marco Rossi.')
    assert (quote.role, quote.organization) == ("coast guard official", "")


def test_a_place_and_its_kind_after_in_are_where_a_body_sits() -> None:
    quote = last(
        '"We counted nine sites," said Ana Ruiz, secretary of the Unite branch in Kent county.'
    )
    assert quote.organization == "Unite branch"


def test_a_side_before_a_role_is_part_of_the_role() -> None:
    quote = last('Opposition councillor Tom Ash called the plan "a false economy."')
    assert (quote.role, quote.organization) == ("Opposition councillor", "")


@pytest.mark.parametrize(
    "text",
    [
        'The Federal Agency for the Sea (FAS) said the request "met the legal conditions."',
        "The Federal Agency for the Sea (FAS) in Oslo, which sets quotas, said the request "
        '"met the legal conditions."',
    ],
)
def test_a_body_s_initials_in_brackets_after_its_name_do_not_split_it(text: str) -> None:
    quote = last(text)
    assert (quote.role, quote.organization) == ("", "Federal Agency for the Sea")


def test_a_body_named_by_its_fields_opens_a_sentence_whole() -> None:
    text = (
        "The Kent Roads, Bridges and Rail Service said the bridge was shut. "
        '"We had no choice," said Peter Imboden, the service\'s director.'
    )
    assert fields(last(text)) == (None, "director", "Kent Roads, Bridges and Rail Service")
    quote = last('The Kent Roads, Bridges and Rail Service said the bridge "was shut for good."')
    assert quote.organization == "Kent Roads, Bridges and Rail Service"


@pytest.mark.parametrize(
    "text",
    [
        "A person familiar with the insurer's review of the Dunmore plant said the plan was "
        'late. "Nothing will open before spring," the person said.',
        '"Nothing will open before spring," said a person close to the Harbour Board.',
    ],
)
def test_someone_in_the_know_has_no_role_and_what_they_know_is_no_body(text: str) -> None:
    assert fields(last(text)) == (None, "", "")


def test_the_subject_after_according_to_someone_is_no_description_of_them() -> None:
    text = 'According to Marta Kowal, an engineer, the bridge "was never meant for lorries."'
    assert fields(last(text)) == (None, "engineer", "")
    text = 'According to Marta Kowal, the bridge "was never meant for lorries."'
    assert fields(last(text)) == (None, "", "")


@pytest.mark.parametrize(
    ("description", "organization"),
    [
        ("logistics chief for the Northern Aid Alliance at the summit", "Northern Aid Alliance"),
        ("a volunteer with the Fell Rescue Team near the top", "Fell Rescue Team"),
    ],
)
def test_where_or_when_a_body_was_at_work_is_no_part_of_its_name(
    description: str, organization: str
) -> None:
    quote = last(f'"The heat was brutal," said Nadia Roe, {description}.')
    assert quote.organization == organization


@pytest.mark.parametrize("event", ["Festival", "Tournament", "Race"])
def test_an_event_before_a_role_opening_a_sentence_is_part_of_the_role(event: str) -> None:
    text = (
        f"{event} director Jane Oduya said every ticket had gone. "
        '"We could have sold twice as many," Oduya said.'
    )
    assert fields(last(text)) == (None, f"{event} director", "")


def test_of_a_body_named_after_its_kind_describes_the_person_before() -> None:
    text = (
        "Pieter Claes, of organisers Scheldt Sport Events BV, defended the start time. "
        '"Nobody predicted that heat," Claes said.'
    )
    assert fields(last(text)) == (None, "", "Scheldt Sport Events BV")


def test_the_organisers_are_not_one_person_described_as_of_them() -> None:
    text = (
        "Gala director Pieter Claes, of organisers Scheldt Sport Events BV, defended the "
        'start time. In a statement, the organisers said they were "reviewing every step".'
    )
    assert last(text).speaker_name == ""


@pytest.mark.parametrize(
    "description",
    [
        "a midwifery student on placement at the Lister Hospital",
        "a history teacher on sabbatical at Yale University",
    ],
)
def test_where_someone_spends_a_time_away_is_no_body_of_theirs(description: str) -> None:
    quote = last(f'"I walked for an hour," said Ines Bako, {description}.')
    assert (quote.role, quote.organization) == (description.split(" on ")[0][2:], "")


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        (
            "who chairs the village council, the Conseil de Quartier de Vauban",
            "chair",
            "Conseil de Quartier de Vauban",
        ),
        (
            "who leads the regional board, the Tanaka Valley Water Board",
            "leader",
            "Tanaka Valley Water Board",
        ),
    ],
)
def test_a_body_headed_named_after_its_kind_is_the_organisation(
    description: str, role: str, organization: str
) -> None:
    quote = last(f'"The pumps failed twice," said Anna Roux, {description}, on Friday.')
    assert (quote.role, quote.organization) == (role, organization)


def test_a_particle_of_a_surname_alone_is_no_body() -> None:
    text = '"The pumps failed twice," said Pieter van Dijk on Friday.'
    assert fields(last(text)) == (None, "", "")


def test_a_team_a_body_named_by_its_kind_owns_is_led_in_that_body() -> None:
    text = (
        "Members of the Coastal Nurses' Federation rejected the offer on Monday. "
        '"Nurses have spoken," said Tui Harper, who leads the federation\'s bargaining team.'
    )
    assert fields(last(text)) == (
        None,
        "leader of the bargaining team",
        "Coastal Nurses' Federation",
    )


def test_an_office_printed_before_the_name_wins_over_a_team_it_leads() -> None:
    text = (
        "Members of the Coastal Nurses' Federation rejected the offer on Monday. "
        '"Nurses have spoken," said Deputy Secretary Tui Harper, who leads the '
        "federation's bargaining team."
    )
    assert fields(last(text)) == (None, "Deputy Secretary", "")


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        (
            "Norway's Chamber of Fisheries said it would ask for help. Its policy adviser, "
            'Kari Lunde, said the season was lost. "The boats stay in port," she said.',
            "Chamber of Fisheries",
        ),
        (
            "Molkerei Allgäu eG, a cooperative of 400 farmers, said prices had fallen. Its "
            'chief executive, Jonas Ried, said so too. "We cannot pay more," he said.',
            "Molkerei Allgäu eG",
        ),
        (
            "The organisers, Duero Eventos SL, said the course had been checked. "
            'The company called the crash "a freak accident".',
            "Duero Eventos SL",
        ),
    ],
)
def test_a_chamber_a_cooperative_and_a_firm_by_its_legal_form_are_bodies(
    text: str, organization: str
) -> None:
    assert last(text).organization == organization


def test_a_firm_whose_name_joins_two_with_an_ampersand_owns_the_role_after_it() -> None:
    text = (
        "Marsh & Kettle LLP's managing partner, Ruth Abiola, said the merger was off. "
        '"We walked away," she said.'
    )
    assert fields(last(text)) == (None, "managing partner", "Marsh & Kettle LLP")


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        (
            "the convener of Fife Council's planning committee",
            "convener of the planning committee",
            "Fife Council",
        ),
        ("head of Brannock Labs' research unit", "head of the research unit", "Brannock Labs"),
    ],
)
def test_a_role_in_a_unit_a_named_body_owns_is_of_that_unit(
    description: str, role: str, organization: str
) -> None:
    quote = last(f'"The plans are dead," said Alan Moray, {description}.')
    assert (quote.role, quote.organization) == (role, organization)


def test_people_of_a_place_in_capitals_name_a_body_that_speaks() -> None:
    text = (
        "Friends of the Wyre, a volunteer group that counts otters on the river, said the "
        'ruling was "a long time coming".'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role, quote.organization) == ("", "", "Friends of the Wyre")


@pytest.mark.parametrize(
    "description",
    ["an engineer involved in the inquiry", "an engineer injured in the blast"],
)
def test_what_befell_someone_after_their_role_is_no_part_of_it(description: str) -> None:
    quote = last(f'"Nobody warned us," said Ola Brandt, {description}.')
    assert (quote.role, quote.organization) == ("engineer", "")


def test_a_unit_a_named_body_owns_referred_to_by_its_kind_is_that_body_s() -> None:
    text = (
        "The plan stalled after Moray Council's licensing committee deferred it again. "
        "The committee's chair, Councillor Ewan Ross, said members wanted "
        '"a proper noise survey".'
    )
    assert fields(last(text)) == (None, "chair", "Moray Council")


def test_a_body_known_by_initials_speaks_through_a_clause_with_a_passive_verb() -> None:
    text = (
        "The Dairy Processors Association, known as DPA, said in a statement that members "
        'had been asked for "prices nobody can produce milk at".'
    )
    quote = last(text)
    assert (quote.text, quote.organization) == (
        "prices nobody can produce milk at",
        "Dairy Processors Association",
    )


def test_a_writer_and_broadcaster_is_a_person_and_the_office_before_them_their_role() -> None:
    text = (
        "The prize was awarded on Friday. The chair of the jury, the writer and broadcaster "
        'Tamsin Crowe, defended the choice. "The vote was clear," she said.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.role) == ("Tamsin Crowe", "chair of the jury")


def test_a_broadcaster_before_initials_is_an_outlet() -> None:
    text = 'He told the broadcaster RTV that the plan "ignored the valley".'
    assert last(text).speaker_name == ""


def test_who_made_a_work_named_before_by_is_a_person_a_surname_refers_to() -> None:
    text = (
        "The winner beat the favourite, Harbour Lights by Kwabena Osei. Osei, whose book "
        'sold well, wrote on Sunday: "The process was not honest."'
    )
    assert last(text).speaker_name == "Kwabena Osei"


def test_the_organisers_speaking_are_the_body_described_as_organising() -> None:
    text = (
        "Gala director Pieter Claes, of organisers Scheldt Sport Events BV, defended the "
        'start time. In a statement, the organisers said they were "reviewing every step".'
    )
    quote = last(text)
    assert (quote.role, quote.organization) == ("", "Scheldt Sport Events BV")


@pytest.mark.parametrize(
    ("body", "organization"),
    [
        ("the company", "Harrowgate Dairies Ltd"),
        ("Harrowgate Dairies Ltd", "Harrowgate Dairies Ltd"),
    ],
)
def test_whom_someone_speaks_on_behalf_of_is_their_body(body: str, organization: str) -> None:
    text = (
        "Harrowgate Dairies Ltd was fined £20,000. Finance director Owen Pike apologised on "
        f'behalf of {body} after the hearing. "We let the river down," he said.'
    )
    assert fields(last(text)) == (None, "Finance director", organization)


def test_a_body_by_its_initials_someone_works_for_in_a_who_clause() -> None:
    text = '"The water was brown," said Mark Lowe, the officer who led the survey for the NRW.'
    assert fields(last(text)) == (None, "officer", "NRW")


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        (
            "a retired postman who chairs the Keep Our Ferry group",
            "chair",
            "Keep Our Ferry",
        ),
        ("who leads the Harbour Watch campaign", "leader", "Harbour Watch"),
        ("a fisherman who chairs the Harbour Watch group", "fisherman", ""),
    ],
)
def test_an_office_in_a_group_named_before_its_kind_outranks_a_former_job(
    description: str, role: str, organization: str
) -> None:
    quote = last(f'"The pier is rotting," said Ewan Tait, {description}.')
    assert (quote.role, quote.organization) == (role, organization)


def test_a_firm_named_with_its_legal_form_and_home_town_is_the_firm() -> None:
    text = (
        "The turbine was built by Fjordkraft Rotor AS of Bergen. "
        '"The blade cracked in the cold," the company said.'
    )
    assert last(text).organization == "Fjordkraft Rotor AS"


@pytest.mark.parametrize("relative", ["which", "that", "who"])
def test_a_verb_after_a_relative_before_a_name_is_no_role(relative: str) -> None:
    text = (
        f"Northgate Mills, {relative} grinds Harlow's wheat with that of 60 other farms, "
        "raised its fees.\n\n"
        '"We cannot go on like this," said Harlow.'
    )
    assert last(text).role == ""


@pytest.mark.parametrize(
    ("relative", "role", "organization"),
    [
        (
            "who chairs Fenwick College's board of governors",
            "chair of the board of governors",
            "Fenwick College",
        ),
        ("who heads St. Anne's choir", "head of the choir", "St. Anne"),
        ("who leads Orchard Bank's audit team", "head of the audit team", "Orchard Bank"),
    ],
)
def test_an_office_in_a_part_a_body_owns(relative: str, role: str, organization: str) -> None:
    text = f'Maria Bell, {relative}, spoke on Friday. "We will appeal," Bell said.'
    assert (last(text).role, last(text).organization) == (role, organization)


@pytest.mark.parametrize(
    ("before", "description", "role", "organization"),
    [
        (
            "Calderdale Borough Council voted on Monday.",
            "the leader of the council's Labour group",
            "leader of the Labour group",
            "Calderdale Borough Council",
        ),
        (
            "The Unite union called a strike.",
            "the secretary of the union's transport committee",
            "secretary of the transport committee",
            "Unite",
        ),
    ],
)
def test_an_office_in_a_part_of_the_body_named_before(
    before: str, description: str, role: str, organization: str
) -> None:
    quote = last(f'{before} Jo Bell, {description}, called it "a cash grab".')
    assert (quote.role, quote.organization) == (role, organization)


@pytest.mark.parametrize(
    ("description", "role"),
    [
        ("a tenant farmer near Hereford", "tenant farmer"),
        ("a shepherd outside Brecon", "shepherd"),
        ("a beekeeper near Bury St Edmunds", "beekeeper"),
    ],
)
def test_a_place_near_which_someone_works_is_no_part_of_the_role(
    description: str, role: str
) -> None:
    assert last(f'"It pays," said Tom Ellery, {description}.').role == role


@pytest.mark.parametrize(
    ("office", "organization"),
    [
        ("The Kent Attorney General's office", "Kent Attorney General's office"),
        ("The Pescara prosecutor's office", "Pescara prosecutor's office"),
    ],
)
def test_an_office_holder_s_office_speaking_is_a_body(office: str, organization: str) -> None:
    quote = last(f'{office} said it would look into the sale "as a matter of urgency."')
    assert (quote.role, quote.organization) == ("", organization)


@pytest.mark.parametrize("owner", ["British Columbia's", "New Zealand's", "Britain's"])
def test_a_place_of_one_or_more_words_owning_a_body_is_no_part_of_its_name(owner: str) -> None:
    quote = last(f'"We are stretched," said Ann Lee, an analyst at {owner} Ministry of Health.')
    assert (quote.role, quote.organization) == ("analyst", "Ministry of Health")


@pytest.mark.parametrize(
    "text",
    [
        'We met Anna Bell (72). She drives to the clinic.\n\n"I cannot walk it," says Bell.',
        "Мы поговорили с Анной Белкиной (72). Она ездит в больницу.\n\n"
        "— Пешком я не дойду, — говорит Белкина.",
    ],
)
def test_an_age_in_brackets_ending_the_sentence(text: str) -> None:
    assert last(text).age == 72


@pytest.mark.parametrize(
    "relative",
    [
        "who has had two knee operations at Leeds General Infirmary",
        "who was treated at Leeds Clinic",
        "who has been registered at Hill Street Surgery since 1990",
        "who learned to swim at Kelso Baths as a boy",
        "whose daughter works at Leeds Clinic",
        "whose mother has lived at Rowan Court since 2021",
    ],
)
def test_where_something_befell_someone_or_their_kin_is_no_organisation(relative: str) -> None:
    quote = last(f'"I do not care," said Earl Dickens, a retired welder {relative}.')
    assert (quote.role, quote.organization) == ("retired welder", "")


def test_a_firm_named_again_without_its_legal_form_is_a_body_speaking() -> None:
    text = (
        "Last week Dale Dairies PLC told its farmers it would cut the price it pays. "
        '"Prices have fallen by a third," Dale Dairies said.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.organization) == ("", "Dale Dairies PLC")


@pytest.mark.parametrize("rank", ["Detective Inspector", "Chief Superintendent", "Sergeant"])
def test_a_police_rank_serves_in_the_force_the_article_named(rank: str) -> None:
    text = (
        "The shop window was smashed overnight, Thames Valley Police said.\n\n"
        f'"We are checking cameras nearby," said {rank} Ruth Ames.'
    )
    assert (last(text).role, last(text).organization) == (rank, "Thames Valley Police")


def test_a_police_rank_with_no_force_named_has_no_organisation() -> None:
    assert last('"We are checking cameras," said Detective Inspector Ruth Ames.').organization == ""


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        (
            "chair of the Pine Ridge Regional District",
            "chair",
            "Pine Ridge Regional District",
        ),
        ("chairman of the North Fells District", "chairman", "North Fells District"),
    ],
)
def test_what_a_chair_presides_over_is_a_body_whatever_its_name(
    description: str, role: str, organization: str
) -> None:
    quote = last(f'"Leave now," said Sandra Okafor, {description}.')
    assert (quote.role, quote.organization) == (role, organization)


@pytest.mark.parametrize(
    "after",
    ["the ruling has meant long drives", "the new timetable was a blow", "that bus will close"],
)
def test_the_writers_sentence_going_on_after_a_name_and_age_is_no_role(after: str) -> None:
    text = f'For Rhona Baird, 79, {after}. "I count every penny now," she said.'
    assert fields(last(text)) == (79, "", "")


@pytest.mark.parametrize(
    "description",
    ["a bus driver and mother of three", "a bus driver and single father of two children"],
)
def test_the_children_someone_has_are_no_part_of_their_role(description: str) -> None:
    text = f'Kerry Vance, {description}, said: "The timetable is a joke."'
    assert fields(last(text)) == (None, "bus driver", "")


@pytest.mark.parametrize(
    "after",
    ["едет с сыном в Казань, поезд — вечером", "шьет куртки под маркой «Теплый дом»"],
)
def test_the_writers_russian_sentence_going_on_after_a_name_is_no_role(after: str) -> None:
    text = f"Ольга Рябова, 34 года, {after}:\n\n— Билеты подорожали вдвое."
    assert fields(last(text)) == (34, "", "")


def test_a_russian_bodys_initials_in_brackets_are_no_part_of_its_name() -> None:
    text = (
        "Аналитик Союза молочных производителей (СМП) Инна Рожкова считает, что цены "
        "вырастут. «Запасы сухого молока на исходе», — сказала она."
    )
    assert fields(last(text)) == (None, "Аналитик", "Союза молочных производителей")


@pytest.mark.parametrize(
    "text",
    [
        "Инженер Олег Сизов из фонда «Чистый берег» объяснил, что мусор вывезут. «Нужны "
        "еще две машины», — сказал он.",
        "«Нужны еще две машины», — сказал инженер Олег Сизов из фонда «Чистый берег».",
    ],
)
def test_the_body_a_russian_speaker_is_from_in_guillemets_is_the_organisation(text: str) -> None:
    age, role, organization = fields(last(text))
    assert (age, role.lower(), organization) == (None, "инженер", "Чистый берег")


def test_the_area_a_role_a_body_owns_covers_keeps_the_place_it_is_of() -> None:
    text = (
        "Dana Frost, the GMB union's regional officer for the north of Scotland, said: "
        '"Nobody was consulted."'
    )
    assert fields(last(text)) == (None, "regional officer for the north of Scotland", "GMB union")


def test_the_words_before_was_and_a_name_are_no_role() -> None:
    text = (
        "Among the crowd outside the court was Doreen Platt, 81, who lost her savings. "
        '"He smiled at us every Sunday," she said.'
    )
    assert fields(last(text)) == (81, "", "")


@pytest.mark.parametrize(
    ("relative", "organization"),
    [
        ("who worked at Harwood Mills for 30 years", ""),
        ("who worked at Harwood Mills as a boy and now teaches at Deane College", "Deane College"),
    ],
)
def test_a_body_someone_worked_at_is_no_longer_theirs(relative: str, organization: str) -> None:
    text = f'Ron Tate, 70, {relative}, said: "They never told us a thing."'
    assert last(text).organization == organization


def test_what_someone_has_is_no_part_of_their_role() -> None:
    text = 'Jan Wils, a dairy farmer with 120 cows near Tielt, said: "The grass is drowning."'
    assert fields(last(text)) == (None, "dairy farmer", "")


@pytest.mark.parametrize(
    ("opening", "organization"),
    [
        ("For the ORN's chair, Ewan Lyle,", "Orkney Rescue Network"),
        ("Vanlo's plant manager, Ewan Lyle,", "Brouwerij Vanlo NV"),
    ],
)
def test_a_body_named_for_short_after_a_preposition_is_filed_by_its_full_name(
    opening: str, organization: str
) -> None:
    text = (
        "The Orkney Rescue Network (ORN) and Brouwerij Vanlo NV signed the deal.\n\n"
        f'{opening} said: "It was long overdue."'
    )
    assert last(text).organization == organization


def test_the_farm_is_the_farming_company_named_before() -> None:
    text = (
        "At Orchard Rise Ltd near Ashford, half the trees were not picked.\n\n"
        '"We had nobody to pick," said Ann Cole, the farm\'s manager.'
    )
    assert fields(last(text)) == (None, "manager", "Orchard Rise Ltd")


def test_a_name_with_two_particles_is_one_name() -> None:
    text = (
        'Jan van der Berg, 58, a dairy farmer, said: "They want us gone." '
        '"It is theft," van der Berg said.'
    )
    quote = last(text)
    assert (quote.speaker_name, quote.age) == ("Jan van der Berg", 58)


def test_a_hyphenated_given_name_introduces_someone_described_after_by() -> None:
    text = (
        "The error was spotted by Hae-Won Park, 29, a data analyst at the Kestrel Trust.\n\n"
        '"The totals never added up," Park said.'
    )
    found = extract(text).proposals[-1]
    assert (found.speaker_name, found.age, found.role) == ("Hae-Won Park", 29, "data analyst")
    assert found.organization == "Kestrel Trust"


def test_a_person_named_with_the_body_they_work_at_is_no_part_of_its_name() -> None:
    text = (
        "The trial was run by Dr. Helen Marsh of the Northgate Institute for Child Health "
        "(NICH) in Leeds.\n\n"
        '"We stopped it early," said Tom Reyes, a statistician at the NICH.'
    )
    found = extract(text).proposals[-1]
    assert found.organization == "Northgate Institute for Child Health"


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        (
            "The Leith Print Collective, which runs the press, said it would appeal.\n\n"
            '"We were never asked," said Ruth Baird, the collective\'s treasurer.',
            "Leith Print Collective",
        ),
        (
            "The Tamar Harbour Commissioners, who run the quay, backed the plan. The "
            "commissioners' harbour master, Ian Roe, said work would start in May.\n\n"
            '"We have waited long enough," Roe said.',
            "Tamar Harbour Commissioners",
        ),
        (
            "The Journal of Applied Hydrology said the figures had been "
            '"misread and then badly rounded" by the authors.',
            "Journal of Applied Hydrology",
        ),
    ],
)
def test_a_collective_commissioners_and_a_journal_are_bodies(text: str, organization: str) -> None:
    found = extract(text).proposals[-1]
    assert found.organization == organization
    assert found.role in ("treasurer", "harbour master", "")


def test_a_firm_called_by_the_words_opening_its_full_name_speaks_as_that_firm() -> None:
    text = (
        "Workers hired by Redgate Property Holdings Ltd, which bought the mill in March, "
        "painted over the wall.\n\n"
        'Redgate Property said the mural "was not protected by any listing".'
    )
    found = extract(text).proposals[-1]
    assert (found.speaker_name, found.organization) == ("", "Redgate Property Holdings Ltd")


@pytest.mark.parametrize(
    ("text", "age", "role", "organization"),
    [
        (
            'Margaret Hale, aged 72, from Swindon, paid for ten years.\n\n"They never came '
            'once," Hale said.',
            72,
            "",
            "",
        ),
        (
            "A second worker, who still works at Brookfield and did not want to be named, "
            'said the managers had "moved the clocks closer" last month.',
            None,
            "second worker",
            "Brookfield",
        ),
        (
            "An adviser who has worked at Valley Springs for four years, and who asked not to "
            'be named, said "morale has been low for months" in the office.',
            None,
            "adviser",
            "Valley Springs",
        ),
        (
            "That tenant, Chloe Barr (27), a trainee solicitor, had been told to wait.\n\n"
            '"I only wanted my deposit back," Barr said.',
            27,
            "trainee solicitor",
            "",
        ),
        (
            "Most complaints concerned Harrow Home Care plc, the biggest provider. In a "
            'statement, Harrow said complaints were "a very small fraction" of its visits.',
            None,
            "",
            "Harrow Home Care plc",
        ),
    ],
)
def test_what_goes_on_after_a_name_or_a_body_is_no_part_of_its_fields(
    text: str, age: int | None, role: str, organization: str
) -> None:
    found = extract(text).proposals[-1]
    assert (found.age, found.role, found.organization) == (age, role, organization)


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            "Inspector Dana Hurst of Avon Police said four were hurt.\n\n"
            '"It is a miracle nobody died," Hurst said.',
            "Inspector",
            "Avon Police",
        ),
        (
            "The Kettering Falls Local School District closed its schools.\n\n"
            '"Our hearts are with the families," said Karen Vollmer, the district\'s '
            "superintendent.",
            "superintendent",
            "Kettering Falls Local School District",
        ),
        (
            'Schools Minister Laura Bettany said she had "asked officials for a full report" '
            "by the end of the month.",
            "Schools Minister",
            "",
        ),
        (
            "The Builders' Union said it had raised concerns twice.\n\n"
            '"We told the builder," said Luke Brannigan, an organiser with the union.',
            "organiser",
            "Builders' Union",
        ),
    ],
)
def test_a_body_by_its_kind_or_after_a_rank_is_the_one_named(
    text: str, role: str, organization: str
) -> None:
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == (role, organization)


def test_a_kind_opening_a_sentence_before_a_role_is_the_body_of_that_kind() -> None:
    text = (
        "Hollinbrook Cricket Club lost its pitch to vandals.\n\n"
        'Club captain Rhys Ellery, 29, said the players "had been raising money for a '
        'minibus" all summer.'
    )
    found = extract(text).proposals[-1]
    assert (found.role, found.organization, found.age) == (
        "captain",
        "Hollinbrook Cricket Club",
        29,
    )


def test_a_committee_of_the_body_named_before_is_part_of_the_role() -> None:
    text = (
        "Harrowby District Council voted to sell the allotments.\n\n"
        '"I would be heartbroken to lose mine," said Councillor Rachel Dunmore, chair of the '
        "planning and resources committee."
    )
    found = extract(text).proposals[-1]
    assert found.role == "chair of the planning and resources committee"
    assert found.organization == "Harrowby District Council"


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            '"We can no longer pretend," said the Very Rev Catherine Ashdown, dean of '
            "St Aldhelm's Cathedral.",
            "dean",
            "St Aldhelm's Cathedral",
        ),
        (
            '"Staff were told to close cases," said a maintenance worker employed by Calder '
            "Brook Housing Association.",
            "maintenance worker",
            "Calder Brook Housing Association",
        ),
    ],
)
def test_a_clergy_style_and_an_employer_are_read(text: str, role: str, organization: str) -> None:
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == (role, organization)


@pytest.mark.parametrize("style", ["the Rev", "the Very Rev"])
def test_a_clergy_style_after_the_verb_names_the_speaker(style: str) -> None:
    text = (
        '"We cannot pretend that a box by the door will keep this building up," said '
        f"{style} Catherine Ashdown, dean of St Aldhelm's Cathedral."
    )
    found = extract(text).proposals[-1]
    assert (found.speaker_name, found.role) == ("Catherine Ashdown", "dean")
    assert found.description == "dean of St Aldhelm's Cathedral"


def test_the_street_a_shop_is_on_is_no_part_of_its_name() -> None:
    quote = last(
        "Lucy Okafor, manager of Greenway Pharmacy on Castle Parade, said staff had been "
        'threatened. She called the footage "a second job before the first one starts".'
    )
    assert (quote.role, quote.organization) == ("manager", "Greenway Pharmacy")


def test_a_kind_of_body_before_a_job_stays_in_the_job_when_none_is_named() -> None:
    receptionist = last(
        "Joanne Tierney, 41, a hospital receptionist whose son has autism, said he could be "
        'moved. She called it "cruel".'
    )
    spokesman = last('A council spokesman said 60 people "stayed in the shelter overnight".')
    assert (receptionist.role, receptionist.organization) == ("hospital receptionist", "")
    assert (spokesman.role, spokesman.organization) == ("spokesman", "council")


def test_a_council_called_by_its_town_is_the_council_named_in_full() -> None:
    quote = last(
        "Calderbrook Metropolitan Borough Council approved the cuts.\n\nAn officer at "
        "Calderbrook council, who asked not to be named, said the savings assumed a high "
        "take-up. \"If they don't, the numbers don't add up,\" the officer said."
    )
    assert quote.organization == "Calderbrook Metropolitan Borough Council"


def test_the_festival_s_chair_is_the_festival_named_before() -> None:
    quote = last(
        "The Strings Attached Festival in Norwich has lost four acts.\n\nThe festival's chair "
        'of trustees, Dominic Hale, described the visa system as "a lottery with a fee".'
    )
    assert (quote.role, quote.organization) == ("chair of trustees", "Strings Attached Festival")


def test_a_tearoom_at_a_village_and_the_railway_s_manager() -> None:
    owner = last(
        "Helen Metcalfe, owner of the Station Tearooms at Reeth, said the railway brought in "
        'most of her "summer trade".'
    )
    manager = last(
        "The Swaledale & Keld Railway will cut its timetable.\n\n"
        '"We have the locomotives," said Clive Ashworth, the railway\'s general manager.'
    )
    assert (owner.role, owner.organization) == ("owner", "Station Tearooms")
    assert (manager.role, manager.organization) == ("general manager", "Swaledale & Keld Railway")


def test_who_has_been_a_lecturer_in_a_field_at_the_university() -> None:
    quote = last(
        "The University of Wearside plans to close its languages department.\n\nHélène "
        "Marchand, 49, who has been a senior lecturer in French at the university since "
        '2003, said the department had been "quietly starved for a decade".'
    )
    assert (quote.age, quote.role, quote.organization) == (
        49,
        "senior lecturer in French",
        "University of Wearside",
    )
