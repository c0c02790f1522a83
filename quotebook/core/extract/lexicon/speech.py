"""Words of speech: the verbs that introduce what someone said, in English and
Russian, verbs of calling, the audience spoken to, pronouns, and the cues that make a
quoted span a title."""

from __future__ import annotations

import re

from .base import words


def _forms(*stems: str) -> list[str]:
    """Regular English verb forms: "explain" gives explain, explains, explained, explaining."""
    forms: list[str] = []
    for stem in stems:
        if stem.endswith("e"):
            forms += [stem, stem + "s", stem + "d", stem[:-1] + "ing"]
        else:
            forms += [stem, stem + "s", stem + "ed", stem + "ing"]
    return forms


# Verbs that introduce what someone said, in every form a reporter uses.
ENGLISH_VERBS = frozenset(
    [
        *words(
            """
            say says said saying tell tells told telling write writes wrote writing reply
            replies replied replying testify testifies testified cry cried admit admits
            admitted admitting quip quips quipped dub dubbed dubs label labels labeled
            labelled put puts
            """
        ),
        *_forms(
            "add", "explain", "note", "state", "declare", "ask", "recall", "warn",
            "argue", "insist", "continue", "acknowledge", "announce", "claim",
            "comment", "complain", "concede", "confirm", "caution", "emphasise",
            "emphasize", "observe", "remark", "respond", "stress", "suggest", "urge",
            "joke", "laugh", "sigh", "shout", "whisper", "muse", "predict", "promise",
            "conclude", "counter", "agree", "maintain", "contend", "lament", "boast",
            "tweet", "post", "recount", "reflect", "vow", "pledge", "allege",
            "describe", "call", "term", "yell", "scream", "exclaim", "mutter",
            "murmur", "wonder", "assure", "reassure", "estimate", "reckon",
            "concur", "object", "protest", "repeat", "retort", "snap", "demand",
            "plead", "point", "summarise", "summarize", "add",
        ),
    ]
)  # fmt: skip

# Verbs whose subject is not a speaker even though the clause holds a quote.
NOT_SPEECH_AFTER = frozenset({"point", "points", "pointed", "pointing"})  # unless "out"

RUSSIAN_VERB_RE = re.compile(
    r"(?:сказал|заявил|отметил|добавил|рассказал|пояснил|сообщил|подчеркнул|уточнил"
    r"|ответил|объяснил|написал|заметил|продолжил|признал|констатировал|подытожил"
    r"|парировал|предупредил|резюмировал|вспомнил|посетовал|пожаловался|возразил"
    r"|убежден|уверен|считал|говорил|рассуждал|напомнил|прокомментировал)(?:а|и|ся|ась|ись)?"
    r"|говор(?:ит|ят)|счита(?:ет|ют)|рассказыва(?:ет|ют)|объясня(?:ет|ют)|отмеча(?:ет|ют)"
    r"|добавля(?:ет|ют)|вспомина(?:ет|ют)|признаётся|признается|смеётся|смеется|улыбается"
    r"|уверя(?:ет|ют)|утвержда(?:ет|ют)|пишет|пишут|жалуется|делится|возмущается"
    r"|подчеркива(?:ет|ют)|поясня(?:ет|ют)|замеча(?:ет|ют)|уточня(?:ет|ют)",
    re.IGNORECASE,
)

# The dictionary forms of Russian speech verbs, matched in any form through morph.
RUSSIAN_SPEECH_LEMMAS = frozenset(
    words(
        """
    сказать говорить заявить заявлять отметить отмечать добавить добавлять рассказать
    рассказывать пояснить пояснять сообщить сообщать подчеркнуть подчёркивать уточнить
    уточнять ответить отвечать объяснить объяснять написать писать заметить замечать
    продолжить продолжать признать признавать признаться признаваться вспомнить
    вспоминать возмутиться возмущаться пожаловаться жаловаться посетовать сетовать
    напомнить напоминать прокомментировать комментировать заверить заверять пообещать
    обещать предупредить предупреждать возразить возражать констатировать подытожить
    резюмировать парировать рассуждать уверять утверждать настаивать спросить
    спрашивать воскликнуть восклицать вздохнуть вздыхать усмехнуться улыбнуться
    смеяться засмеяться делиться поделиться указать указывать считать полагать
    призвать призывать оценить оценивать удивиться удивляться признаваться
    говориться подтвердить подтверждать опровергнуть опровергать уточниться
    пояснять рассказываться цитировать процитировать пожелать сознаться посчитать
    подсчитать рекомендовать порекомендовать посоветовать советовать поручить поручать
    потребовать требовать попросить просить исключать допускать
    """
    )
)

RUSSIAN_NAMING_LEMMAS = frozenset(words("назвать называть охарактеризовать"))

# Verbs of calling used only to introduce quoted phrases ("called it 'a disgrace'").
NAMING_VERBS = frozenset(
    words(
        """
    call calls called calling dub dubbed dubs term termed terms label labeled
    labelled labels describe describes described describing
    """
    )
)

# Verbs of a paper quoting someone ("the daily X quoted Minister Y as saying"): the one
# quoted is the speaker, and no part of the role of the name after the verb.
QUOTING_VERBS = frozenset(words("quote quotes quoted quoting cite cites cited citing"))

# Whom a speaker may be speaking to, right after the verb ("told reporters", "заявил журналистам").
AUDIENCES = frozenset(
    words(
        """
    reporters journalists press colleagues supporters listeners viewers
    lawmakers журналистам репортерам репортёрам корреспонденту изданию агентству
    газете телеканалу нам мне радио
    """
    )
)

# Cue words after which a capitalised quoted span is a title, not speech.
TITLE_CUES = frozenset(
    words(
        """
    book books novel novels memoir film films movie movies documentary documentaries
    song songs album albums single show shows series play plays musical opera poem
    poems podcast podcasts article articles essay report reports study column
    exhibition campaign operation program programme project initiative slogan
    headline titled entitled called named dubbed nicknamed branded known so-called
    hashtag brand word words term phrase motto banner sign signs app game newspaper
    magazine книга книги фильм фильма песня песни альбом спектакль проект программа
    операция компания компании фирма фирмы ассоциация ассоциации газета газеты
    журнал журнала
    """
    )
)

PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "он": "m",
    "она": "f",
    "они": "p",
}
