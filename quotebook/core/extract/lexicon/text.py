"""Words of running text: capitalised words that are never names, relative pronouns,
and abbreviations whose full stop ends no sentence."""

from __future__ import annotations

from .base import words

# Latin capitals for a character class, with those of other languages' alphabets
# ("Älvsborg", "Łódź", "Škoda"): a body's or a person's name may open with any.
LATIN_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(
    c for c in map(chr, range(0x100, 0x250)) if c.isupper() and c.lower() != c
)

# Capitalised words that start sentences or name times, never people.
NOT_NAMES = frozenset(
    words(
        """
    later earlier afterwards instead otherwise finally eventually recently previously
    the a an and but or so yet for nor in on at by of to from with as if when while
    after before since until because although though however meanwhile still then
    now also this that these those there here it its his her their our my your we
    you they he she i me us them who what which where why how some many most more
    several few all both each every no not one two three four five six seven eight
    nine ten first last next monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october
    november december today yesterday tomorrow mr mrs ms dr according speaking asked
    said says told writing standing like unlike under over about into through during
    against between among without within в на и но а что как по его ее её их это
    этот эта он она они мы вы я понедельник вторник среда среду четверг пятница
    пятницу суббота субботу воскресенье сам сама сами само ранее позже позднее сейчас
    теперь сегодня вчера завтра тогда также
    """
    )
)

RELATIVE_STARTS = frozenset(
    words(
        """
    who whose whom which that где который которая которое которые которого которой
    которому которым котором которую которых чья чей чье чьё чьи
    """
    )
)

# Function words after which a capitalised word may still start a person's name.
ABBREVIATIONS = frozenset(
    words(
        """
    mr mrs ms dr prof sen rep gov gen col lt sgt capt det insp supt rev hon adm maj
    cpl pres atty amb cmdr st jr sr inc corp ltd co no vs etc mt ft fig jan feb mar
    apr jun jul aug sep sept oct nov dec gov dept univ est approx tel ave blvd rd г
    ул им т д др пр руб млн млрд тыс см стр
    """
    )
)
