"""Words about people: titles printed before a name, the nouns that head a role, the
modifiers a role carries, relations, name particles and common first names."""

from __future__ import annotations

from .base import words

# Titles printed before a name. Honorifics are dropped; offices and ranks become the role.
HONORIFICS = frozenset(
    words(
        """
    mr mrs ms miss mx dr sir dame lord lady rev fr hon herr frau monsieur madame mme
    господин госпожа
    """
    )
)

RANKS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "col": "colonel",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "capt": "captain",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "prof": "professor",
    "adm": "admiral",
    "maj": "major",
    "cpl": "corporal",
    "pres": "president",
    "amb": "ambassador",
    "atty": "attorney",
    "cmdr": "commander",
    "cllr": "councillor",
}

TITLE_GENDER = {
    **dict.fromkeys(words("mr sir lord herr господин"), "m"),
    **dict.fromkeys(words("mrs ms miss dame lady frau госпожа"), "f"),
}

# Nouns that head a role in a description ("a spokeswoman", "Finance Minister").
ROLE_WORDS = frozenset(
    words(
        """
    minister secretary president chancellor premier mayor governor senator gp presenter
    announcer
    representative congressman congresswoman councillor councilor councilman
    councilwoman alderman judge justice attorney prosecutor lawyer spokesman
    spokeswoman spokesperson official officer director chief executive manager
    chairman chairwoman chair head leader founder cofounder co-founder owner partner
    analyst economist researcher scientist professor lecturer teacher schoolteacher
    principal superintendent engineer developer programmer designer doctor physician
    surgeon nurse pediatrician paediatrician cardiologist epidemiologist geologist
    historian expert consultant adviser advisor coach trainer captain boss player
    defender striker midfielder goalkeeper striker organiser organizer activist
    campaigner volunteer worker caseworker employee staffer mechanic driver pilot farmer
    resident student parent trustee member commissioner inspector detective sergeant
    sheriff deputy commander general colonel lieutenant ambassador envoy diplomat
    reviewer critic editor reporter journalist writer author novelist artist
    musician singer actor actress filmmaker producer curator librarian pastor priest
    rabbi imam bishop dean vicar rector chaplain archdeacon provost curate counsel
    treasurer clerk auditor planner architect accountant master harbourmaster skipper
    supervisor ecologist biologist zoologist botanist chemist physicist meteorologist
    hydrologist climatologist archaeologist anthropologist sociologist criminologist
    toxicologist virologist oncologist radiologist anaesthetist anesthetist midwife
    caretaker porter cleaner warden ranger forester gamekeeper shepherd
    fisherman electrician plumber builder carpenter joiner welder miner steelworker
    labourer laborer baker butcher grocer publican landlord landlady barista
    solicitor barrister headteacher headmaster headmistress tutor childminder optician
    vet veterinarian beekeeper winemaker cheesemaker brewer smelter haulier courier
    banker trader broker investor entrepreneur businessman businesswoman shopkeeper
    chef cook waiter pharmacist dentist therapist psychologist psychiatrist
    paramedic firefighter signalman constable superintendent mp mep ceo cfo coo cto
    vice-president vice-chancellor deputy-director speaker whip negotiator mediator
    administrator coordinator specialist technician strategist pollster economists
    officials analysts residents experts researchers scientists activists workers
    employees teachers parents students doctors nurses farmers volunteers critics
    investors
    """
    )
) | frozenset(
    words(
        """
    директор глава руководитель президент министр замминистра замглавы губернатор
    мэр депутат сенатор председатель представитель пресс-секретарь аналитик
    экономист эксперт юрист адвокат врач учитель преподаватель профессор инженер
    программист разработчик менеджер основатель сооснователь владелец
    предприниматель сотрудник начальник заместитель руководительница специалист
    исследователь ученый учёный журналист редактор тренер капитан игрок координатор
    волонтер волонтёр активист источник собеседник собеседница
    """
    )
)

# Someone unnamed, whose job is not said: "источник в правительстве области", "a source
# familiar with the talks" (a body they are in may be).
SOURCE_NOUNS = frozenset(words("источник собеседник собеседница source sources"))

# Whoever the writer or an outlet spoke with: "собеседник «Ведомостей»" names the outlet
# that heard them, not a body of theirs.
INTERLOCUTORS = frozenset(words("собеседник собеседница"))

PORTFOLIO_ROLES = frozenset(words("minister secretary commissioner"))
# Who teaches or interprets, and the subjects and languages printed before them:
# "Physics teacher", "Farsi and Dari interpreter" name no body.
SUBJECT_ROLES = frozenset(
    words("teacher lecturer professor tutor instructor interpreter translator")
)
SUBJECTS = frozenset(
    words(
        """
    physics chemistry biology science maths math mathematics history geography english
    french german spanish latin music art drama literature economics computing design
    arabic farsi dari pashto urdu hindi punjabi bengali tamil mandarin cantonese hebrew
    swahili somali tigrinya amharic kurdish turkish russian ukrainian polish romanian
    portuguese italian sign
    """
    )
)
# What a minister is for, beyond the modifiers every role may carry ("Finance", "Health").
PORTFOLIOS = frozenset(
    words(
        """
    state affairs agriculture housing commerce homeland security labor labour work works
    pensions veterans war navy army welfare development infrastructure digital
    communities government industry employment tourism children families women youth
    immigration migration home emergency emergencies management preparedness disaster
    climate environment energy water transport education justice culture sport
    schools skills universities health finance trade defence defense foreign interior
    science arts heritage fisheries farming policing prisons equalities
    """
    )
)

# Words of a role that a premodifying organisation noun does not split off
# ("council member", "board president" are roles; "ministry spokesperson" is a role at an
# organisation).
ROLE_KEEPS_MODIFIER = frozenset(
    words(
        """
    chief head member members president chair chairman chairwoman leader secretary
    officer
    """
    )
)

# Modifiers that are part of a role, not an organisation, even when capitalised
# at the start of a sentence ("Town manager", "Fire chief", "County health director").
GENERIC_MODIFIERS = frozenset(
    words(
        """
    town city county state federal national regional local district fire health
    school public chief deputy assistant senior junior former acting interim vice
    lead head executive general managing associate principal staff social press
    finance foreign interior defence defense justice education transport economy
    economic trade environment energy culture sports science technology data
    software research marketing sales communications human resources legal medical
    clinical business the it ai hr pr tv race festival tournament event competition
    championship hotel restaurant pub cafe
    """
    )
)

# Relations are not roles: "her son, Omar" has no role, and no age of someone else's.
RELATIONS = frozenset(
    words(
        """
    mother father son daughter wife husband brother sister grandmother grandfather
    grandson granddaughter aunt uncle nephew niece cousin partner girlfriend
    boyfriend fiancee fiance widow widower friend neighbour neighbor child children
    mom dad family families мать отец сын дочь жена муж брат сестра бабушка дедушка партнер партнёр
    подруга друг сосед соседка мама папа
    """
    )
)

# Russian nouns that refer back to someone already named ("— заявила чиновница").
RUSSIAN_REFERRING_NOUNS = frozenset(
    words(
        """
    чиновник чиновница собеседник собеседница спикер специалист специалистка эксперт
    экспертка юрист юристка исследователь исследовательница ученый учёный аналитик
    аналитичка спортсмен спортсменка врач предприниматель предпринимательница
    бизнесмен
    """
    )
)

# Russian nouns for whoever heads a body ("— уточнил руководитель предприятия").
RUSSIAN_HEADS = frozenset(
    words(
        "директор гендиректор руководитель глава председатель начальник президент "
        "управляющий ректор заведующий"
    )
)

# Russian nouns for a person by sex or age, not by what they do ("— рассказала девушка"):
# they refer back to someone named, and are no role.
RUSSIAN_PEOPLE_NOUNS = frozenset(
    words("девушка женщина мужчина парень юноша девочка мальчик старик старушка")
)
# The same in English ("a 52-year-old man"): no job.
ENGLISH_PEOPLE_NOUNS = frozenset(words("man woman boy girl person"))

# Russian nouns for a person by nationality ("британец Джеймс Олдридж"): where someone is
# from, not what they do, so no role.
RUSSIAN_NATIONALITIES = frozenset(
    words(
        """
    британец британка англичанин англичанка американец американка француз француженка
    немец немка итальянец итальянка испанец испанка китаец китаянка японец японка
    канадец канадка австралиец австралийка ирландец ирландка шотландец шотландка
    поляк полька норвежец норвежка швед шведка финн финка датчанин датчанка голландец
    голландка израильтянин израильтянка турок турчанка индиец индианка
    """
    )
)

# The same as adjectives, by their stems ("немецкий органный мастер"): where someone
# from abroad is from, no part of their job.
RUSSIAN_NATIONAL_STEMS = tuple(
    words(
        """
    британск американск французск немецк итальянск испанск китайск японск канадск
    австралийск ирландск шотландск польск норвежск шведск финск датск голландск
    израильск турецк индийск украинск белорусск казахстанск грузинск армянск
    """
    )
)

# Nouns after a capitalised adjective that show it is not a name ("a Syrian man").
PERSON_NOUNS = frozenset(
    words(
        """
    man woman men women boy girl boys girls family families couple national
    nationals citizen citizens refugee refugees migrant migrants student students
    worker workers people person
    """
    )
)

SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# Letters after a name that are an honour, a degree or an office, not part of it:
# "Rupert Vane KC", "Ann Lowe MP", "Sir Tom Hale CBE".
POSTNOMINALS = frozenset(words("KC QC MP MEP MSP MS AM OBE MBE CBE KBE DBE PhD"))

PARTICLES = frozenset(
    words(
        """
    de da del della di van von der den du la le bin ibn al el ter ten dos das y
    """
    )
)

FEMALE_NAMES = frozenset(
    words(
        """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy
    lisa betty margaret sandra ashley kimberly emily donna michelle carol amanda
    melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley
    angela helen anna brenda pamela nicole emma samantha katherine christine debra
    rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
    victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea
    hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean
    alice madison doris abigail julia judy grace denise amber marilyn beverly
    danielle theresa sophia marie diana brittany natalie isabella charlotte rose
    alexis kayla kaylee ellie clara petra naomi priya tanya rosa beth bea amira
    ellen maura susan lena olga irina natalia natalya tatiana tatyana svetlana elena
    yelena ekaterina yekaterina marina valentina galina lyudmila ludmila nadezhda
    oksana yulia julia anastasia daria darya ksenia alina polina sofia sofiya vera
    larisa inna alla lilia liliya gulnara aigul zoe zoë chloe mia ava ella lucy
    sophie fatima aisha leila layla mariam yasmin nadia sasha masha dasha katya
    natasha vania izabela agnieszka katarzyna magdalena malgorzata monika ewa анна
    мария ольга ирина наталья татьяна светлана елена екатерина марина валентина
    галина людмила надежда оксана юлия анастасия дарья ксения алина полина софья
    вера лариса инна алла лилия гульнара айгуль маша даша катя наташа алёна алена
    евгения кристина виктория вероника диана елизавета маргарита тамара зоя нина
    amelia isla ava freya poppy evie millie daisy phoebe imogen harriet eleanor
    eloise florence matilda esme ruby holly bethany chloe gemma kirsty nicola joanne
    siobhan niamh aoife sinead ciara orla roisin bronwen cerys rhian sian nia ffion
    mairead morag fiona mhairi ailsa eilidh shona catriona lorraine jacqueline tracey
    kerry leanne hayley stacey claire sally wendy gillian alison jill carol pauline
    dawn jane jenny lynn lynne sheila maureen eileen kathy carla tina paula hilary yvonne
    gail kate katie anne annie molly lily jade tara rachael vicky zara jasmine bridget
    maeve deirdre grainne moira agnes edith irene doreen marion maggie mandy leah
    rhiannon elaine rosie nadine jenna abbie helene hélène marta anita sonia sunita
    anjali meera rekha ngozi chioma yetunde carole lucia alicia aisling caitlin
    liz lizzie meg jen bev pam viv trish tricia debbie steph tess nell
    """
    )
)

MALE_NAMES = frozenset(
    words(
        """
    james robert john michael william david richard joseph thomas charles
    christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth
    kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
    eric jonathan stephen larry justin scott brandon benjamin samuel gregory
    alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
    henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger
    terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan
    billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip louis tom tomas tomás ray greg
    ben omar ahmed dale walt sam marcus rafael jonas owen mick mike chip kenji
    markus stefan alain mariusz dmitri dmitry ivan sergei sergey andrei andrey
    alexei alexey mikhail nikolai nikolay vladimir oleg igor denis pavel yuri yury
    boris viktor victor anatoly artem artyom maxim maksim roman ilya nikita evgeny
    yevgeny georgy giorgi levan иван сергей андрей алексей михаил николай владимир
    олег игорь денис павел юрий борис виктор анатолий артем артём максим роман илья
    никита евгений георгий дмитрий тимур
    oliver harry charlie alfie archie freddie theo leo oscar toby rory callum euan
    hamish angus fraser alasdair alistair iain ewan finlay lewis duncan craig gareth
    rhys dafydd dylan owain iwan emyr huw gethin aled cian conor ciaran declan eoin
    padraig seamus niall darragh fergal liam neil graham colin nigel trevor clive
    derek malcolm barry lee darren wayne dean stuart martin simon ian jamie
    rajesh ravi sanjay anil vikram arjun amit rahul suresh ramesh tariq imran yusuf
    kwame kofi emeka tunde hugh gordon dave steve tony phil jim tim nick pete rick kenny
    ron geoff jeff glenn fred frederick gavin brendan desmond dominic joel luke
    nathaniel elliot elliott jake josh matt dan danny jon jonny johnny jimmy tommy ollie
    sebastian hugo rupert giles piers edmund eddie rhodri idris gwyn ifan bryn tomos
    aidan aiden kieran cormac tadhg oisin ronan donal diarmuid eamon eamonn gerry curtis
    dwayne tyrone winston andre jerome mohammed muhammad
    bill bob ted teddy andy robbie ronnie ken stan ricky alf bert ernie wally
    """
    )
)
