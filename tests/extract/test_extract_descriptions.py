"""Role and organisation as wire copy and Russian news print them around a name.

Each description is tried in every place a speaker's description is printed: after
the name, between the name and the verb, and before the name. An organisation is a
named body, as printed (Russian bodies stay in the genitive they are printed in); a
nationality, a birthplace, a place or a trade is none.
"""

from __future__ import annotations

import pytest

from quotebook.core.extract import extract
from quotebook.core.extract.describe import parse
from quotebook.core.extract.org_names import clean_org

QUOTE = "The queue was thirty kilometres long"
RU_QUOTE = "Очередь растянулась на километр"


def role_and_org(text: str) -> tuple[str, str, str]:
    quote = extract(text).proposals[-1]
    return quote.speaker_name, quote.role, quote.organization


ENGLISH_AFTER = [
    ("a spokeswoman for the Norwegian Refugee Council", "spokeswoman", "Norwegian Refugee Council"),
    (
        "deputy head of the procurement office at the city council",
        "deputy head of the procurement office",
        "city council",
    ),
    (
        "a senior economist at the International Monetary Fund",
        "senior economist",
        "International Monetary Fund",
    ),
    ("a spokesman for UNHCR", "spokesman", "UNHCR"),
    ("chief executive of Acme Corp.", "chief executive", "Acme Corp"),
    ("Acme's chief executive", "chief executive", "Acme"),
    ("the head of research at Barclays", "head of research", "Barclays"),
    ("an Indian student at Conestoga College", "student", "Conestoga College"),
    ("a Japanese soil chemist at ETH Zurich", "soil chemist", "ETH Zurich"),
    ("a researcher with Human Rights Watch", "researcher", "Human Rights Watch"),
    ("a lawyer for the family", "lawyer", ""),
    ("a Moscow-born engineer", "engineer", ""),
    ("a 34-year-old IT worker", "IT worker", ""),
    ("a U.S. diplomat", "diplomat", ""),
    ("director of the Kyiv School of Economics", "director", "Kyiv School of Economics"),
    ("an analyst at the consultancy Wood Mackenzie", "analyst", "Wood Mackenzie"),
    (
        "a professor of economics at Harvard University",
        "professor of economics",
        "Harvard University",
    ),
    ("president of the German Farmers' Association", "president", "German Farmers' Association"),
    ("a retired teacher", "retired teacher", ""),
    ("the mayor of Kharkiv", "mayor", ""),
    ("a former Google engineer", "former Google engineer", ""),
    ("an economist at ING", "economist", "ING"),
    ("chairman of the board of Siemens", "chairman of the board", "Siemens"),
    (
        "a spokesperson for the Department for Education",
        "spokesperson",
        "Department for Education",
    ),
    ("a Syrian refugee", "refugee", ""),
    ("a software developer from Novosibirsk", "software developer", ""),
    (
        "head of the Moscow office of Amnesty International",
        "head of the Moscow office",
        "Amnesty International",
    ),
    (
        "a senior fellow at the Carnegie Endowment for International Peace",
        "senior fellow",
        "Carnegie Endowment for International Peace",
    ),
    ("the Labour MP for Bristol South", "MP for Bristol South", "Labour"),
    ("the senator for Victoria", "senator for Victoria", ""),
    (
        "a staff attorney with the American Civil Liberties Union of Texas",
        "staff attorney",
        "American Civil Liberties Union of Texas",
    ),
    ("Unison's regional secretary for Yorkshire", "regional secretary for Yorkshire", "Unison"),
    ("Greece's migration minister", "migration minister", ""),
]


@pytest.mark.parametrize(("description", "role", "organization"), ENGLISH_AFTER)
def test_an_english_description_after_the_name(
    description: str, role: str, organization: str
) -> None:
    after = f'"{QUOTE}," said Alexei Orlov, {description}.'
    between = f'Alexei Orlov, {description}, said: "{QUOTE}."'
    assert role_and_org(after) == ("Alexei Orlov", role, organization)
    assert role_and_org(between) == ("Alexei Orlov", role, organization)


@pytest.mark.parametrize(
    ("printed", "organization"),
    [
        ("Reuters in London", "Reuters"),
        ("the BBC in Moscow", "BBC"),
        ("Amnesty International in Kyiv", "Amnesty International"),
        ("Secours Catholique in Calais", "Secours Catholique"),
        ("Human Rights Watch in New York", "Human Rights Watch"),
        ("the Guardian in London", "Guardian"),
        ("Hongkongers in Britain", "Hongkongers in Britain"),
        ("the charity Hongkongers in Britain", "Hongkongers in Britain"),
        ("Women in Journalism", "Women in Journalism"),
        ("Doctors in Distress", "Doctors in Distress"),
        ("People in Need", "People in Need"),
        ("Association of Women in Science", "Association of Women in Science"),
        ("Society for Research in Child Development", "Society for Research in Child Development"),
        ("the Centre for Excellence in Medicine", "Centre for Excellence in Medicine"),
        ("the Institute for Fiscal Studies in London", "Institute for Fiscal Studies"),
    ],
)
def test_where_a_body_sits_is_cut_and_a_name_going_on_with_in_is_kept(
    printed: str, organization: str
) -> None:
    assert clean_org(printed) == organization


@pytest.mark.parametrize(
    ("premodifier", "role", "organization"),
    [
        ("Acme chief executive", "chief executive", "Acme"),
        ("UNHCR spokesman", "spokesman", "UNHCR"),
        ("Kremlin spokesman", "spokesman", "Kremlin"),
        ("Bank of England Governor", "Governor", "Bank of England"),
        ("Labour MP", "MP", "Labour"),
        ("Foreign Minister", "Foreign Minister", ""),
        ("Prime Minister", "Prime Minister", ""),
        ("U.S. Secretary of State", "U.S. Secretary of State", ""),
        (
            "Norwegian Refugee Council Secretary General",
            "Secretary General",
            "Norwegian Refugee Council",
        ),
        ("Goldman Sachs analyst", "analyst", "Goldman Sachs"),
        ("IT worker", "IT worker", ""),
        ("Moscow-born pianist", "pianist", ""),
        ("Deutsche Bank economist", "economist", "Deutsche Bank"),
        ("Interior Ministry spokesman", "spokesman", "Interior Ministry"),
        ("German Foreign Office spokesman", "spokesman", "German Foreign Office"),
        ("Pentagon press secretary", "press secretary", "Pentagon"),
        ("Manchester City manager", "manager", "Manchester City"),
        ("Council member", "Council member", ""),
        ("Italian coast guard official", "coast guard official", ""),
        ("Hauck Bank's chief economist", "chief economist", "Hauck Bank"),
        ("Brazil's finance minister", "finance minister", ""),
        ("Acme's head of research", "head of research", "Acme"),
        ("chief of staff", "chief of staff", ""),
        ("Immigration Minister", "Immigration Minister", ""),
        ("Housing Secretary", "Housing Secretary", ""),
    ],
)
def test_an_english_description_before_the_name(
    premodifier: str, role: str, organization: str
) -> None:
    text = f'"{QUOTE}," {premodifier} Alexei Orlov said.'
    assert role_and_org(text) == ("Alexei Orlov", role, organization)


RUSSIAN = [
    ("директор департамента Минфина", "директор департамента", "Минфина"),
    ("сотрудник компании «Ростех»", "сотрудник", "Ростех"),
    ("глава пресс-службы Кремля", "глава пресс-службы", "Кремля"),
    ("представитель МВД", "представитель", "МВД"),
    ("официальный представитель ФСБ", "официальный представитель", "ФСБ"),
    ("руководитель службы поддержки «Яндекса»", "руководитель службы поддержки", "Яндекса"),
    ("российский программист", "российский программист", ""),
    ("заместитель директора по развитию", "заместитель директора по развитию", ""),
    ("пресс-секретарь президента", "пресс-секретарь президента", ""),
    ("аналитик «Финама»", "аналитик", "Финама"),
    ("экономист Сбербанка", "экономист", "Сбербанка"),
    ("главный врач городской больницы № 2", "главный врач", "городской больницы № 2"),
    ("профессор МГУ", "профессор", "МГУ"),
    ("глава УВКБ ООН", "глава", "УВКБ ООН"),
    ("директор по персоналу «Северстали»", "директор по персоналу", "Северстали"),
    ("жительница Самары", "жительница Самары", ""),
    ("депутат Госдумы", "депутат", "Госдумы"),
    ("председатель Союза журналистов России", "председатель", "Союза журналистов России"),
    (
        "ведущий аналитик Центра стратегических разработок",
        "ведущий аналитик",
        "Центра стратегических разработок",
    ),
    (
        "руководитель отдела продаж компании «Альфа»",
        "руководитель отдела продаж",
        "Альфа",
    ),
    ("представитель Минобороны", "представитель", "Минобороны"),
    ("политолог", "политолог", ""),
    ("сотрудница ООН", "сотрудница", "ООН"),
    ("замглавы Минэкономразвития", "замглавы", "Минэкономразвития"),
    ("гендиректор «Аэрофлота»", "гендиректор", "Аэрофлота"),
    ("основатель стартапа Flowwow", "основатель стартапа", "Flowwow"),
    ("директор школы № 5", "директор", "школы № 5"),
    ("житель Подмосковья", "житель Подмосковья", ""),
    ("сотрудник IT-компании", "сотрудник IT-компании", ""),
    ("юрист правозащитного центра «Мемориал»", "юрист", "Мемориал"),
    ("научный сотрудник Института Гайдара", "научный сотрудник", "Института Гайдара"),
    ("глава Минцифры", "глава", "Минцифры"),
    ("член совета директоров «Норникеля»", "член совета директоров", "Норникеля"),
    ("депутат Мосгордумы", "депутат", "Мосгордумы"),
    ("бывший сотрудник «Лаборатории Касперского»", "бывший сотрудник", "Лаборатории Касперского"),
    ("34-летний инженер", "инженер", ""),
    ("мать троих детей", "мать троих детей", ""),
    ("владелец кафе в Тбилиси", "владелец кафе", ""),
    ("представитель прокуратуры Пермского края", "представитель", "прокуратуры Пермского края"),
    (
        "начальник управления образования Екатеринбурга",
        "начальник",
        "управления образования Екатеринбурга",
    ),
    ("министр транспорта Архангельской области", "министр транспорта Архангельской области", ""),
    (
        "председатель комитета по социальной политике",
        "председатель комитета по социальной политике",
        "",
    ),
    ("директор ООО «Вектор»", "директор", "Вектор"),
    ("главный инженер МУП «Водоканал»", "главный инженер", "Водоканал"),
    ("депутат от ЛДПР", "депутат", "ЛДПР"),
    ("председатель Тверской областной думы", "председатель", "Тверской областной думы"),
    ("депутат Московской городской думы", "депутат", "Московской городской думы"),
    ("глава Петропавловска-Камчатского", "глава Петропавловска-Камчатского", ""),
    ("мэр Комсомольска-на-Амуре", "мэр Комсомольска-на-Амуре", ""),
    ("жительница Тверской области", "жительница Тверской области", ""),
]


@pytest.mark.parametrize(("description", "role", "organization"), RUSSIAN)
def test_a_russian_description_around_the_name(
    description: str, role: str, organization: str
) -> None:
    before = f"«{RU_QUOTE}», — сказал {description} Иван Петров."
    between = f"Иван Петров, {description}, рассказал: «{RU_QUOTE}»."
    after = f"«{RU_QUOTE}», — рассказал Иван Петров, {description}."
    for text in (before, between, after):
        assert role_and_org(text) == ("Иван Петров", role, organization), text


def test_where_someone_is_from_is_no_part_of_a_russian_role_before_or_after_the_name() -> None:
    before = f"«{RU_QUOTE}», — сказал программист из Новосибирска Иван Петров."
    after = f"«{RU_QUOTE}», — рассказал Иван Петров, программист из Новосибирска."
    assert role_and_org(before) == ("Иван Петров", "программист", "")
    assert role_and_org(after) == ("Иван Петров", "программист", "")


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        ("«Сроки не изменятся», — сообщил представитель МВД.", "представитель", "МВД"),
        (
            '"The checks continue," a spokesperson for Britain\'s Home Office said.',
            "spokesperson",
            "Home Office",
        ),
        ('"The checks continue," a spokesman for UNHCR said.', "spokesman", "UNHCR"),
        ("В пресс-службе «Яндекса» заявили: «Сервис работает штатно».", "пресс-служба", "Яндекса"),
    ],
)
def test_an_unnamed_speaker_keeps_the_body_as_printed(
    text: str, role: str, organization: str
) -> None:
    assert role_and_org(text) == ("", role, organization)


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organization"),
    [
        (
            f'"{QUOTE}," said Anna Weiss, chief economist at Oxford Economics.',
            "Anna Weiss",
            "chief economist",
            "Oxford Economics",
        ),
        (f'"{QUOTE}," said Anna Weiss of Oxford Economics.', "Anna Weiss", "", "Oxford Economics"),
        (f'"{QUOTE}," Lufthansa\'s Anna Weiss said.', "Anna Weiss", "", "Lufthansa"),
        (f'"{QUOTE}," said Anna Weiss, Flowwow\'s founder.', "Anna Weiss", "founder", "Flowwow"),
        (f'"{QUOTE}," said Anna Weiss, who works for Oxfam.', "Anna Weiss", "", "Oxfam"),
        (
            f'"{QUOTE}," said Anna Weiss, a senior researcher at the Stockholm International '
            "Peace Research Institute (SIPRI).",
            "Anna Weiss",
            "senior researcher",
            "Stockholm International Peace Research Institute",
        ),
        (
            f'"{QUOTE}," said Anna Weiss, a Berlin-based analyst at Eurasia Group.',
            "Anna Weiss",
            "analyst",
            "Eurasia Group",
        ),
        (
            f'"{QUOTE}," said Anna Weiss, a lawyer representing the families.',
            "Anna Weiss",
            "lawyer",
            "",
        ),
        (
            f'"{QUOTE}," said Anna Weiss, a spokesperson for Frontex, the EU border agency.',
            "Anna Weiss",
            "spokesperson",
            "Frontex",
        ),
        (
            f'"{QUOTE}," said Anna Weiss, an adviser to the prime minister.',
            "Anna Weiss",
            "adviser to the prime minister",
            "",
        ),
        (f"«{RU_QUOTE}», — сказал Иван Петров из «Яндекса».", "Иван Петров", "", "Яндекса"),
        (f"«{RU_QUOTE}», — сказал Иван Петров (ВШЭ).", "Иван Петров", "", "ВШЭ"),
        (
            f"«{RU_QUOTE}», — отметила Анна Смирнова, партнер юридической фирмы «Регионы».",
            "Анна Смирнова",
            "партнер",
            "Регионы",
        ),
        (
            f"«{RU_QUOTE}», — сказал депутат Госдумы от «Единой России» Иван Петров.",
            "Иван Петров",
            "депутат Госдумы",
            "Единой России",
        ),
        (
            f"«{RU_QUOTE}», — заявил РБК замминистра финансов Иван Петров.",
            "Иван Петров",
            "замминистра финансов",
            "",
        ),
    ],
)
def test_a_body_printed_with_the_name(
    text: str, speaker: str, role: str, organization: str
) -> None:
    assert role_and_org(text) == (speaker, role, organization)


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            'Sharon Graham, general secretary of Unite, said: "Workers are fed up."',
            "general secretary",
            "Unite",
        ),
        (
            '"Workers are fed up," said Stephen Donnelly, Minister for Health.',
            "Minister for Health",
            "",
        ),
        (
            '"Workers are fed up," said Antony Blinken, Secretary of State.',
            "Secretary of State",
            "",
        ),
        (
            '"Workers are fed up," said Eoin Garvey, Minister of State for Immigration.',
            "Minister of State for Immigration",
            "",
        ),
        (
            "Minister of State for Immigration Eoin Garvey said the rise reflected "
            '"unprecedented demand".',
            "Minister of State for Immigration",
            "",
        ),
        ('"Workers are fed up," one official told reporters.', "official", ""),
        (
            "A prison officer with nine years' service, who asked not to be named, said "
            'colleagues had stopped reporting. "You hear the buzz," he said.',
            "prison officer",
            "",
        ),
        (
            'Physics teacher Nikolai Vershinin found the comet. "I thought it was a '
            'defect," he said.',
            "Physics teacher",
            "",
        ),
        ('History professor Ann Lee said: "Workers are fed up."', "History professor", ""),
        (
            '"Workers are fed up," said Parisa Rahimi, a Farsi and Dari interpreter.',
            "Farsi and Dari interpreter",
            "",
        ),
        (
            '"Workers are fed up," said Marcus Hale, a partner at the Birmingham law firm '
            "Hale Dunmore LLP.",
            "partner",
            "Hale Dunmore LLP",
        ),
        (
            "Brightpath Children's Trust cut its centres. Brightpath's chair of trustees, "
            'Martin Oduya, said: "Workers are fed up."',
            "chair of trustees",
            "Brightpath Children's Trust",
        ),
        (
            "The council served a notice on Calder Brook Housing Association. Calder Brook, "
            "which owns 11,000 homes, said it accepted the findings. Its chief executive, "
            'Martin Hollis, said: "Workers are fed up."',
            "chief executive",
            "Calder Brook Housing Association",
        ),
        (
            "Kettlewell United, the football club, was sold. Ann Roe chairs the Kettlewell "
            "United Supporters' Trust. The club's captain, Liam Hurst, said: \"Workers are "
            'fed up."',
            "captain",
            "Kettlewell United",
        ),
        (
            "The National Weather Service (NWS) rated the storm an EF-3. "
            '"Workers are fed up," said Dana Kowalczyk, a meteorologist in the NWS office '
            "in Springfield.",
            "meteorologist",
            "National Weather Service",
        ),
        (
            '"Workers are fed up," said Captain Sunil Varma, harbour master at the Solent '
            "Port Authority (SPA).",
            "harbour master",
            "Solent Port Authority",
        ),
        (
            '"Workers are fed up," said Frank Dudek, 67, a retired electrician who chairs the '
            "St. Casimir Parish Council.",
            "chair",
            "St. Casimir Parish Council",
        ),
        (
            "The Roman Catholic Diocese of Eastbrook will merge 41 parishes. Bishop Thomas "
            "Kerrigan, who has led the diocese since 2017, said the money would stay. "
            '"Workers are fed up," Kerrigan said.',
            "Bishop",
            "Roman Catholic Diocese of Eastbrook",
        ),
        (
            "The Roman Catholic Diocese of Eastbrook will merge 41 parishes. The diocese said "
            'in a statement: "Workers are fed up."',
            "",
            "Roman Catholic Diocese of Eastbrook",
        ),
        (
            "The regimental museum may close. Jenny Thwaite, the museum's curator and its "
            'only full-time member of staff, said: "Workers are fed up."',
            "curator",
            "museum",
        ),
        (
            "A family support worker who asked not to be named said staff were told first. "
            '"Workers are fed up," she said.',
            "family support worker",
            "",
        ),
        (
            '"Workers are fed up," said Frida Lunde, a campaigner with the regional group '
            "Fjordvern Sunnmøre.",
            "campaigner",
            "Fjordvern Sunnmøre",
        ),
        (
            "The work is done by Corvale Constructions Pty Ltd. The scaffold came down. "
            'Corvale\'s managing director, Stephen Lazaridis, said: "Workers are fed up."',
            "managing director",
            "Corvale Constructions Pty Ltd",
        ),
        ('"Workers are fed up," said Town Supervisor Janet Kowalczyk.', "Town Supervisor", ""),
        (
            '"Workers are fed up," said Jane Doe, defence counsel for Mr Harlow.',
            "defence counsel",
            "",
        ),
        (
            '"Workers are fed up," said Jane Doe, a lawyer at Dr Martens plc.',
            "lawyer",
            "Dr Martens plc",
        ),
        (  # two bodies opened by the word: which one is not said
            "Halvard Foods said Mark Oyelaran, head of operations at Halvard Belgium, would "
            'leave. Halvard\'s finance chief, Sanne Bakker, said: "Workers are fed up."',
            "finance chief",
            "Halvard",
        ),
        (
            '"We lost the gym," said Gary Lindqvist, superintendent of the Harlan Springs '
            "R-II School District.",
            "superintendent",
            "Harlan Springs R-II School District",
        ),
        (
            "Carlton Moor Colliery Band must leave its hall. "
            '"Workers are fed up," said Graham Senior, 71, who joined the band as a boy and '
            "is now its secretary.",
            "secretary",
            "Carlton Moor Colliery Band",
        ),
        (
            "Carlton Moor Colliery Band must leave its hall. The band's musical director, "
            'Ellie Nakamura, said: "Workers are fed up."',
            "musical director",
            "Carlton Moor Colliery Band",
        ),
    ],
)
def test_a_portfolio_is_part_of_the_role_and_a_body_is_not(
    text: str, role: str, organization: str
) -> None:
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == (role, organization)


@pytest.mark.parametrize(
    ("introduction", "quote", "speaker", "role"),
    [
        (
            "Maria Lopez, 38, works as a nurse at a clinic in Leeds.",
            '"We are exhausted," she said.',
            "Maria Lopez",
            "nurse",
        ),
        (
            "Ольга Петрова, 41, работает медсестрой в городской больнице Твери.",
            "«Мы работаем на две ставки», — говорит Петрова.",
            "Ольга Петрова",
            "медсестра",
        ),
    ],
)
def test_the_job_a_sentence_gives_is_the_role(
    introduction: str, quote: str, speaker: str, role: str
) -> None:
    found = extract(f"{introduction}\n\n{quote}").proposals[-1]
    assert (found.speaker_name, found.role, found.organization) == (speaker, role, "")


def test_a_russian_role_noun_refers_back_to_the_person_given_that_job() -> None:
    text = (
        "Ольга Петрова, 41, работает медсестрой в городской больнице.\n\n"
        "Главврач больницы Сергей Иванов с ней не согласен. «Зарплаты выросли», — сказал он.\n\n"
        "«Это неправда», — возражает медсестра."
    )
    assert extract(text).proposals[-1].speaker_name == "Ольга Петрова"


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organization"),
    [
        ("«Мы не справляемся», — говорит HR-менеджер Ольга Ким.", "Ольга Ким", "HR-менеджер", ""),
        (
            "«Мы не справляемся», — говорит Ольга Ким, HR-менеджер «Самоката».",
            "Ольга Ким",
            "HR-менеджер",
            "Самоката",
        ),
        (
            "«Работы завершатся в декабре», — говорится в сообщении порта.",
            "",
            "",
            "Порт",
        ),
        (
            "Маркетплейс Wildberries повысит комиссию. «Комиссия остается низкой», — "
            "говорится в заявлении компании.",
            "",
            "",
            "Wildberries",
        ),
    ],
)
def test_russian_initials_before_a_noun_and_a_body_whose_statement_speaks(
    text: str, speaker: str, role: str, organization: str
) -> None:
    assert role_and_org(text) == (speaker, role, organization)


def test_a_common_noun_with_initials_is_nobody_a_pronoun_refers_to() -> None:
    text = (
        "Мария Иванова переехала в Ереван в 2022 году.\n\n"
        "«Первые месяцы я плакала каждый день», — объясняет Мария, которая теперь работает "
        "в местной IT-компании.\n\n"
        "«Сейчас я не хочу возвращаться», — говорит она."
    )
    assert extract(text).proposals[-1].speaker_name == "Мария Иванова"


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organization"),
    [
        (
            "Сергей Волков, 29, уехал в Белград. Сейчас он работает бэкенд-разработчиком в "
            "сербском стартапе.\n\n«Я думал, что уезжаю на месяц», — рассказывает Сергей.",
            "Сергей Волков",
            "бэкенд-разработчик",
            "",
        ),
        (
            "Maria Lopez has lived in Leeds since 2015. She works as a nurse at a clinic. "
            '"We are exhausted," she said.',
            "Maria Lopez",
            "nurse",
            "",
        ),
        (
            "Политолог Иван Ковач из Белградского университета считает, что поток ослаб. "
            "«Пик пройден», — сказал он.",
            "Иван Ковач",
            "Политолог",
            "Белградского университета",
        ),
        (
            "Ivan Kovac of Belgrade University believes the flow has slowed. "
            '"The peak has passed," he said.',
            "Ivan Kovac",
            "",
            "Belgrade University",
        ),
        (
            'Jane Doe of Austin moved to Lisbon in 2022. "The peak has passed," she said.',
            "Jane Doe",
            "",
            "",
        ),
    ],
)
def test_what_the_writers_sentence_says_of_a_person_a_pronoun_then_refers_to(
    text: str, speaker: str, role: str, organization: str
) -> None:
    assert role_and_org(text) == (speaker, role, organization)


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organization"),
    [
        (
            'The Unite union called the strike. "We were ignored," said Jo Grant, the union\'s '
            "regional officer.",
            "Jo Grant",
            "regional officer",
            "Unite",
        ),
        (
            '"We were ignored," said Jo Grant, a nurse on the cardiology ward.',
            "Jo Grant",
            "nurse",
            "",
        ),
    ],
)
def test_a_kind_printed_after_a_bodys_name_and_a_setting_after_a_role(
    text: str, speaker: str, role: str, organization: str
) -> None:
    assert role_and_org(text) == (speaker, role, organization)


@pytest.mark.parametrize(
    ("body", "role", "organization"),
    [
        ("The Department for Transport", "", "Department for Transport"),
        ("The Royal College of Nursing", "", "Royal College of Nursing"),
        ("The Minister for Health", "Minister for Health", ""),
    ],
)
def test_a_body_named_in_capitals_with_of_or_for_speaks_whole(
    body: str, role: str, organization: str
) -> None:
    text = f'{body} said ministers would "set out a settlement in the spring."'
    assert role_and_org(text) == ("", role, organization)


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee, a paediatrician at the University of California, Davis, said: "{q}."',
        '"{q}," said Ann Lee, a paediatrician at the University of California, San Francisco.',
        "The study was led by Ann Lee, a paediatrician at the University of California, "
        'San Francisco. "{q}," Lee said.',
    ],
)
def test_a_university_campus_named_after_a_comma_is_part_of_the_body(text: str) -> None:
    speaker, role, organization = role_and_org(text.format(q=QUOTE))
    assert (speaker, role) == ("Ann Lee", "paediatrician")
    assert organization.startswith("University of California, ")


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            f'Alexei Orlov, who heads the works council at Acme\'s plant in Bonn, said: "{QUOTE}."',
            "head of the works council",
            "Acme",
        ),
        (
            f'"{QUOTE}," said Alexei Orlov, who chairs the transport committee.',
            "chair of the transport committee",
            "",
        ),
        (
            f'City councillor Alexei Orlov, who chairs the transport committee, said: "{QUOTE}."',
            "City councillor",
            "",
        ),
    ],
)
def test_who_heads_a_body_is_its_head_unless_a_role_is_printed_too(
    text: str, role: str, organization: str
) -> None:
    assert role_and_org(text) == ("Alexei Orlov", role, organization)


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            f'"{QUOTE}," said Alexei Orlov, who chairs the Baltic Seafarers\' Union in Riga.',
            "chair",
            "Baltic Seafarers' Union",
        ),
        (
            f'Alexei Orlov, who leads the nurses\' union NSU, said: "{QUOTE}."',
            "leader",
            "NSU",
        ),
        (
            f'Alexei Orlov, who leads Dunmore District Council, said: "{QUOTE}."',
            "leader",
            "Dunmore District Council",
        ),
        (
            f'Alexei Orlov, who heads credit research at Halden Capital LLP, said: "{QUOTE}."',
            "head of credit research",
            "Halden Capital LLP",
        ),
    ],
)
def test_who_heads_a_body_named_with_its_kind_a_place_or_no_article(
    text: str, role: str, organization: str
) -> None:
    assert role_and_org(text) == ("Alexei Orlov", role, organization)


@pytest.mark.parametrize(
    "text",
    [
        "Harland Institute of Technology lost its case. Its rector, Professor Alan Reed, "
        'said the ruling was "a blow."',
        "Harland Institute of Technology lost its case. Its rector, Professor Alan Reed, "
        'said: "{q}."',
    ],
)
def test_a_post_printed_before_a_rank_and_a_name_is_the_role(text: str) -> None:
    assert role_and_org(text.format(q=QUOTE)) == (
        "Alan Reed",
        "rector",
        "Harland Institute of Technology",
    )


@pytest.mark.parametrize(
    "text",
    [
        f'"{QUOTE}," said Halden Robotics GmbH.',
        f'"{QUOTE}," according to a statement from the Graz-based maker, Halden Robotics GmbH.',
        f'"{QUOTE}," said Halden Robotics SA.',
    ],
)
def test_a_name_with_a_company_form_after_it_is_a_body_speaking(text: str) -> None:
    quote = extract(text).proposals[-1]
    assert (quote.speaker_name, quote.role) == ("", "")
    assert quote.organization.startswith("Halden Robotics ")


def test_a_firm_whose_name_is_a_possessive_is_named_whole() -> None:
    quote = extract(
        f'According to a statement from the retail chain Dorling\'s Ltd, "{QUOTE}."'
    ).proposals[-1]
    assert (quote.role, quote.organization) == ("", "Dorling's Ltd")


@pytest.mark.parametrize(
    "text",
    [
        f'"{QUOTE}," according to Carlow County Council.',
        f'According to a statement from Carlow County Council, "{QUOTE}."',
        f'"{QUOTE}," said Ashford Borough Council.',
    ],
)
def test_a_name_going_on_into_a_kind_of_body_is_that_body_speaking(text: str) -> None:
    quote = extract(text).proposals[-1]
    assert (quote.speaker_name, quote.role) == ("", "")
    assert quote.organization.endswith(" Council")


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            'Green Party councillor Anna Berg, a retired nurse, said: "We will vote against it."',
            "councillor",
            "Green Party",
        ),
        (
            "«Мы будем голосовать против», — сказал кандидат от «Яблока» Олег Рябов, "
            "владелец пекарни.",
            "кандидат",
            "Яблока",
        ),
    ],
)
def test_a_role_printed_before_a_name_with_its_body_goes_with_that_body(
    text: str, role: str, organization: str
) -> None:
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == (role, organization)


def test_a_branch_of_a_named_body_at_a_place_belongs_to_that_body() -> None:
    text = f'"{QUOTE}," said Alexei Orlov, secretary of the GMB branch at Tilbury Docks.'
    assert role_and_org(text) == ("Alexei Orlov", "secretary", "GMB")


def test_a_firm_with_its_legal_form_after_a_name_is_the_organisation() -> None:
    text = (
        "The nurse was cleared. Her solicitor, Imran Qureshi of Harcourt Lane LLP, said the "
        'ruling mattered. "This case should worry anyone," Qureshi said.'
    )
    assert role_and_org(text) == ("Imran Qureshi", "solicitor", "Harcourt Lane LLP")


def test_a_sentence_opening_at_a_body_places_the_person_it_describes_there() -> None:
    text = (
        "At Seneca College in Toronto, the dean of nursing, Ann Roe, said applications had "
        'fallen. "Students read the headlines," she said.'
    )
    assert role_and_org(text) == ("Ann Roe", "dean of nursing", "Seneca College")


def test_a_body_whose_name_lists_its_fields_with_commas_is_one_name() -> None:
    text = (
        "A spokesperson for the Department for Environment, Food and Rural Affairs (Defra), "
        'Jo Bell, said the rules would change. "We will consult farmers," Bell said.'
    )
    assert role_and_org(text) == (
        "Jo Bell",
        "spokesperson",
        "Department for Environment, Food and Rural Affairs",
    )


def test_a_body_described_between_its_name_and_the_verb_speaks() -> None:
    text = (
        "Kestrel Waste Company, the council-owned firm that runs the sites, said in a "
        'statement: "We will redeploy staff wherever we can."'
    )
    assert role_and_org(text) == ("", "", "Kestrel Waste Company")


@pytest.mark.parametrize(
    "text",
    [
        '"The gates stay shut," a spokesman for the Ministry of Housing, Roads and Water said.',
        '"The gates stay shut," said a spokesman for the Ministry of Housing, Roads and Water.',
    ],
)
def test_the_last_field_a_body_lists_is_no_speakers_name(text: str) -> None:
    assert role_and_org(text) == ("", "spokesman", "Ministry of Housing, Roads and Water")


def test_a_body_whose_name_opens_with_a_list_of_fields_is_one_name() -> None:
    text = (
        "The Dock, Port and Ferry Union said the vote was clear. The union's chair, Lena Moss, "
        'spoke outside. "We have waited long enough," Moss said.'
    )
    assert role_and_org(text) == ("Lena Moss", "chair", "Dock, Port and Ferry Union")


def test_a_body_owning_a_unit_named_by_its_area_is_the_organisation() -> None:
    text = 'A spokeswoman for Acme Water\'s Northern region said: "Supplies are safe."'
    assert role_and_org(text) == ("", "spokeswoman", "Acme Water")


def test_a_participle_after_the_role_says_what_the_person_is_doing() -> None:
    text = (
        "Paul Hart, 58, a retired porter standing at a bus stop in Leeds, said he would walk. "
        '"I have two good legs," he said.'
    )
    assert role_and_org(text) == ("Paul Hart", "retired porter", "")


def test_initials_ending_a_bodys_name_are_nobodys_name() -> None:
    text = (
        "Omar Reid, director of the charity Carers Together UK, called the cuts "
        '"a slow disaster for families" on Friday.'
    )
    assert role_and_org(text) == ("Omar Reid", "director", "Carers Together UK")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Health Minister Ada Lind said the region had asked Oslo for nurses and called the "
            'winter "the hardest in a generation."',
            "Ada Lind",
        ),
        (
            "Мэр Твери Олег Рябов пообещал отремонтировать мост и назвал его состояние "
            "«опасным, но не аварийным».",
            "Олег Рябов",
        ),
    ],
)
def test_a_second_verb_after_and_keeps_the_sentences_subject(text: str, speaker: str) -> None:
    assert role_and_org(text)[0] == speaker


def test_a_ministers_portfolio_before_the_title_is_part_of_the_role() -> None:
    text = (
        'Emergency Preparedness Minister Tom Vale said crews were ready. "We have planned '
        'for this," Vale said.'
    )
    assert role_and_org(text) == ("Tom Vale", "Emergency Preparedness Minister", "")


def test_a_second_verb_after_but_keeps_the_sentences_subject() -> None:
    text = (
        "Mayor Ian Holt said the bridge would reopen in May but warned that traffic would move "
        'at "a crawl for most of the summer."'
    )
    assert role_and_org(text)[:2] == ("Ian Holt", "Mayor")


def test_a_relative_after_a_possessive_says_nothing_of_the_speakers_sex() -> None:
    text = (
        'Dan Roe, the harbour master, said the port was shut. "Nothing moves," he said.\n\n'
        "Mia Kerr, 52, who runs a café with her husband, said she had closed early. "
        '"We lost the whole day," she said.'
    )
    assert role_and_org(text)[0] == "Mia Kerr"


def test_a_nationality_printed_as_a_noun_is_no_body() -> None:
    text = (
        'Lars Berg, a Dane who has farmed there since 1990, said the rain came late. "We lost '
        'the barley," Berg said.'
    )
    assert role_and_org(text) == ("Lars Berg", "", "")


def test_a_name_after_by_that_a_role_describes_is_a_persons() -> None:
    text = (
        "The flaw was first reported by Radek Wolny, an independent software engineer. "
        '"Anyone could read the files," Wolny said.'
    )
    assert role_and_org(text) == ("Radek Wolny", "independent software engineer", "")


def test_the_aged_description_after_a_name_is_that_persons_and_a_job_beats_a_relation() -> None:
    text = (
        "Her brother, Sam Ode, stayed behind. The 64-year-old retired welder, who has lived "
        'there since 1980, said he would not go. "This is my house," Ode said.'
    )
    quote = extract(text).proposals[-1]
    assert (quote.speaker_name, quote.age, quote.role) == ("Sam Ode", 64, "retired welder")


def test_a_name_followed_by_its_initials_in_brackets_is_a_body() -> None:
    text = (
        "The regional council said the road was open. Reporters Sans Frontières (RSF) said the "
        'rules were vague. Its director, Ana Sol, said more. "We will appeal," Sol said.'
    )
    assert role_and_org(text) == ("Ana Sol", "director", "Reporters Sans Frontières")


@pytest.mark.parametrize(
    ("text", "age", "described"),
    [
        (f'"{QUOTE}," said Mirela Dobre, 44.', 44, ""),
        (f'Mirela Dobre, 44, a lorry driver, said: "{QUOTE}."', 44, "a lorry driver"),
        (f"Марина Добрынина (44) стоит в очереди с утра.\n\n— {RU_QUOTE}, — говорит она.", 44, ""),
        (f"«{RU_QUOTE}», — сказала Марина Добрынина, 44 года, водитель фуры.", 44, "водитель фуры"),
    ],
)
def test_an_age_alone_is_the_age_and_no_description(text: str, age: int, described: str) -> None:
    """What "described as" offers a reporter is words to print for an unnamed source:
    an age is in its own field, and "44" alone describes no one."""
    quote = extract(text).proposals[-1]
    assert (quote.age, quote.description) == (age, described)


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            "Thornmoor is run by Ardent Justice Services Ltd.\n\nThe company's director at "
            'Thornmoor, Fiona Gale, told the BBC: "We accept the findings in full."',
            "director",
            "Ardent Justice Services Ltd",
        ),
        (
            "The union Unison said it feared job losses. "
            "Joanne Birtles, the union's branch secretary "
            'at the council, said: "People are frightened."',
            "branch secretary",
            "Unison",
        ),
        (
            '"Nothing happens," said Kevin Marsh, the POA\'s branch chairman at the prison.',
            "branch chairman",
            "POA",
        ),
    ],
)
def test_where_a_body_s_post_is_held_is_no_body(text: str, role: str, organization: str) -> None:
    """ "The company's director at Thornmoor": the owner's post, held at a site; the
    site is neither part of the role nor the body."""
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == (role, organization)


def test_a_unit_of_a_body_named_by_its_kind_is_part_of_the_role() -> None:
    """ "chair of the council's children's services committee": the committee is the
    role's, the council named before the body."""
    text = (
        "Kelsworth Borough Council said in a report that pools had closed. Councillor "
        "Gareth Jessop, chair of the council's children's services committee, said: "
        '"We can find the money."'
    )
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == (
        "chair of the children's services committee",
        "Kelsworth Borough Council",
    )


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            "Dr Callum Reay, senior ecologist at the Northern Woodlands Trust (NWT), said "
            'felling was risky. "Cut the dangerous ones," Reay said.',
            "senior ecologist",
            "Northern Woodlands Trust",
        ),
        (
            '"The tip was never checked," said Dylan Morgan, site electrician at Cwm Mining Ltd.',
            "site electrician",
            "Cwm Mining Ltd",
        ),
        (
            "The leader of Glyncoed County Borough Council, Councillor Alun Rees, said "
            'the slip was "a wake-up call".',
            "leader",
            "Glyncoed County Borough Council",
        ),
    ],
)
def test_a_trade_or_science_is_a_role_and_councillor_a_title(
    text: str, role: str, organization: str
) -> None:
    """ "senior ecologist at …", "an electrician": roles the word lists now know;
    "Councillor" before a name is a title, and the post printed before it is the role."""
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == (role, organization)


def test_a_role_word_after_a_hyphenated_prefix_describes_the_name_before() -> None:
    """ "Graham Totton, vice-chairman of the council's planning committee, voted
    against": a description, though the word lists hold "chairman", not "vice-chairman"."""
    text = (
        "Kingsmead Borough Council approved the plan. Graham Totton, vice-chairman of the "
        "council's planning committee, voted against.\n\n"
        '"Who is going to count the cars?" he said.'
    )
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == (
        "vice-chairman of the planning committee",
        "Kingsmead Borough Council",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "That makes switching hard, according to Gareth Lund, 45, managing director of "
        "Lund & Carr Brokers Ltd in Maidstone.",
        "According to Gareth Lund, 45, managing director of Lund & Carr Brokers Ltd, the "
        "market is shrinking.",
    ],
)
def test_the_descriptions_after_according_to_are_the_speakers(sentence: str) -> None:
    quote = extract(f'{sentence} "Any new insurer will exclude it."').proposals[-1]
    assert (quote.speaker_name, quote.age, quote.role, quote.organization) == (
        "Gareth Lund",
        45,
        "managing director",
        "Lund & Carr Brokers Ltd",
    )


def test_a_danish_firms_legal_form_with_a_slash_is_part_of_its_name() -> None:
    text = (
        "The tunnel was built by the Danish engineering group Baltech Konstruktion A/S.\n\n"
        'Baltech said in a statement that it "accepts responsibility for the sections".'
    )
    assert extract(text).proposals[-1].organization == "Baltech Konstruktion A/S"


def test_the_clerks_office_is_the_office_of_the_clerk_named_before() -> None:
    text = (
        "The Alder County Clerk and Recorder's Office found that 2,412 signatures were "
        'valid. "The petition is sufficient," the clerk\'s office said.'
    )
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == ("", "Alder County Clerk and Recorder's Office")


@pytest.mark.parametrize(
    ("description", "role"),
    [("a retired almond grower", "Mayor"), ("a former teacher", "Mayor"), ("a farmer", "farmer")],
)
def test_an_office_before_the_name_beats_a_job_no_longer_held(description: str, role: str) -> None:
    quote = extract(f'"We were told to draw new lines," said Mayor Robert Hale, 66, {description}.')
    assert quote.proposals[-1].role == role


@pytest.mark.parametrize(
    ("body", "organization"),
    [
        (
            "The Royal College of Nursing (RCN) said the rise was a pay cut.",
            "Royal College of Nursing",
        ),
        ("Unison, which represents council staff, opposed the cuts.", "Unison"),
        ("Castlebridge Foods Ltd said it would cut 40 jobs.", ""),
    ],
)
def test_the_union_is_the_body_just_named_unless_it_is_of_another_kind(
    body: str, organization: str
) -> None:
    text = f'{body} Owen Pritchard, the union\'s regional officer, said: "Members are angry."'
    assert extract(text).proposals[-1].organization == (organization or "union")


def test_a_verb_after_to_before_a_name_is_no_role() -> None:
    text = (
        "That has done little to reassure Gillian Marsh, 58, a former school secretary. "
        '"It is a tax on the sick," she said.'
    )
    assert extract(text).proposals[-1].role == "former school secretary"


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        ('a cheesemonger known to every customer as "Cheese Steve"', "cheesemonger", ""),
        ("a baker nicknamed Bun", "baker", ""),
        (
            "the only member of the Harlan Springs Town Council to vote against the deal",
            "member",
            "Harlan Springs Town Council",
        ),
        ("a league committee member", "committee member", "league"),
        ("a board member", "board member", ""),
        ("a lorry driver for 22 years", "lorry driver", ""),
        ("its treasurer for the past nine years", "treasurer", ""),
        ("the club's groundsman since 1998", "groundsman", "club"),
        ("a caretaker at the school for more than a decade", "caretaker", "school"),
        ("a steward with almost 15 years' experience", "steward", ""),
        ("a sales associate in the menswear department", "sales associate", ""),
    ],
)
def test_what_a_role_is_printed_with_that_is_not_the_role(
    description: str, role: str, organization: str
) -> None:
    fields = parse(description)
    assert (fields.role, fields.organization) == (role, organization)


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        ("продавщица на Колхозном рынке", "продавщица", ""),
        ("торговец на рынке в Кимрах", "торговец", ""),
        ("владелец автомастерской в Бузулуке", "владелец автомастерской", ""),
        ("хозяйка фермы в деревне Липки под Тулой", "хозяйка фермы", ""),
        (
            "доцент Уральского федерального университета в Екатеринбурге",
            "доцент",
            "Уральского федерального университета в Екатеринбурге",
        ),
        (
            "Уполномоченный по правам ребенка в Тверской области",
            "Уполномоченный по правам ребенка в Тверской области",
            "",
        ),
    ],
)
def test_the_town_or_market_someone_works_in_is_no_part_of_their_role(
    description: str, role: str, organization: str
) -> None:
    fields = parse(description)
    assert (fields.role, fields.organization) == (role, organization)


def test_a_body_named_after_a_kind_with_an_indefinite_article_is_what_the_kind_means() -> None:
    text = (
        "Harlow Developments Ltd plans flats on the allotments. Since 2015 a residents' "
        "group, Friends of Elm Lane, has fought the plan.\n\n"
        '"We will not give up," said Nadia Okafor, 44, the group\'s secretary.'
    )
    assert extract(text).proposals[-1].organization == "Friends of Elm Lane"


def test_a_name_before_a_kind_of_body_in_lower_case_names_it() -> None:
    text = (
        "Swimmers will lose the Meadowgate leisure centre for a year.\n\n"
        'Gemma Hollis, the centre\'s duty manager, said: "Staff will be redeployed."'
    )
    assert extract(text).proposals[-1].organization == "Meadowgate"


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        ("заместитель начальника отряда ФКУ ИК-3", "заместитель начальника отряда", "ИК-3"),
        ("фельдшер ГБУЗ ЦРБ", "фельдшер", "ЦРБ"),
    ],
)
def test_a_russian_body_named_without_guillemets_drops_its_legal_form(
    description: str, role: str, organization: str
) -> None:
    fields = parse(description)
    assert (fields.role, fields.organization) == (role, organization)


def test_a_field_of_an_adjective_and_a_noun_after_the_kind_of_a_body_named_before() -> None:
    quote = extract(
        "В ФГБОУ ВО «Южно-Уральский аграрный университет» открыли новый корпус.\n\n"
        "Проректор университета по учебной работе Ирина Павлова считает, что мест хватит.\n\n"
        "— Общежитие заполнено наполовину, — сказала Павлова."
    ).proposals[-1]
    assert (quote.role, quote.organization) == (
        "Проректор по учебной работе",
        "Южно-Уральский аграрный университет",
    )


def test_a_body_whose_legal_form_is_buz_speaks_by_its_name() -> None:
    quote = extract(
        "В БУЗ «Городская больница № 2» сообщили, что пациент «идет на поправку»."
    ).proposals[-1]
    assert quote.organization == "Городская больница № 2"


def test_an_animal_shelter_is_a_body_the_shelter_refers_to() -> None:
    text = (
        "The Harlan County Animal Shelter has 80 kennels and 120 dogs.\n\n"
        'The shelter\'s director, Mia Torres, said: "We are full."'
    )
    assert extract(text).proposals[-1].organization == "Harlan County Animal Shelter"


def test_a_zoo_is_a_body_its_short_name_and_the_zoo_refer_to() -> None:
    text = (
        "A penguin escaped from Marlow Vale Zoo on Sunday.\n\n"
        '"The enclosure has been repaired," the zoo said.\n\n'
        'Owen Tate, Marlow Vale\'s head keeper, said: "She swam to the car park."'
    )
    found = extract(text).proposals
    assert [q.organization for q in found] == ["Marlow Vale Zoo"] * 2


def test_a_committee_of_a_body_named_by_its_initials_and_the_fund_named_before() -> None:
    text = (
        "The Severn Valley Pension Fund (SVPF) will sell its coal shares.\n\n"
        'Ruth Ames, who chairs the SVPF\'s investment panel, said: "The risk is too high."\n\n'
        'The fund\'s actuary, Paul Reyes, said: "Returns will dip."'
    )
    first, second = extract(text).proposals
    assert (first.role, first.organization) == (
        "chair of the investment panel",
        "Severn Valley Pension Fund",
    )
    assert second.organization == "Severn Valley Pension Fund"


def test_the_company_is_not_its_parent_called_a_group() -> None:
    text = (
        "Ardley Glassworks Ltd will shut its furnace in March, the company told staff.\n\n"
        "Work will move to a plant in Belgium owned by its parent, the packaging group "
        'Solvane NV.\n\n"This was not an easy choice," the company said in a statement.'
    )
    assert extract(text).proposals[-1].organization == "Ardley Glassworks Ltd"


def test_a_place_before_a_kind_of_body_is_where_a_named_firm_is() -> None:
    text = (
        "Tallis Rail GmbH, a Hamburg start-up backed by a group of investors, ran the "
        'train.\n\n"Demand is strong," the company said.'
    )
    assert extract(text).proposals[-1].organization == "Tallis Rail GmbH"


def test_a_field_after_po_keeps_what_it_manages() -> None:
    quote = extract(
        "«Торги пройдут в мае», — сообщили в пресс-службе комитета по управлению "
        "имуществом администрации Верхнедольска."
    ).proposals[-1]
    assert quote.organization.lower().startswith("комитет по управлению имуществом администрации")


@pytest.mark.parametrize(
    "description",
    [
        "a nurse at a private clinic",
        "a volunteer with a housing charity",
        "a buyer for a Leeds retailer",
    ],
)
def test_a_body_printed_with_an_indefinite_article_is_no_organisation(description: str) -> None:
    text = f'Maya Roe, 31, {description}, said: "Nobody warned us."'
    assert extract(text).proposals[-1].organization == ""


def test_what_else_is_said_of_someone_unnamed_on_purpose_may_name_their_body() -> None:
    text = (
        "Moorside Schools Trust runs nine primary schools.\n\n"
        "A dinner lady who works for the trust, and who spoke on condition of anonymity, "
        'said staff disliked the rule. "We hated it," she said.'
    )
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == ("dinner lady", "Moorside Schools Trust")
