"""Words as the full-text index holds them: folded forms, Snowball stems and CJK bigrams.

The same functions read a quote when it is indexed and a query when it is run, so
the two always agree. Stems come from PyStemmer (the C Snowball stemmers): a word
in Latin script is stemmed as English, one in Cyrillic as Russian, so that
``leave`` meets "leaving" and ``повестка`` meets "повестки". Chinese, Japanese and
Korean write words without spaces between them; their runs are indexed as
overlapping pairs of characters (bigrams), so that a word inside a sentence is
found as the phrase of its pairs.
"""

from __future__ import annotations

import re
from functools import cache

import Stemmer

__all__ = ["bigrams", "cjk_phrase", "is_cjk", "stem", "stemmed_language", "stems", "words"]

_WORD = re.compile(r"[^\W_]+")  # what str.isalnum() keeps: letters and digits of any script
_CJK_CHARS = (
    "\u1100-\u11ff"  # Hangul jamo
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3130-\u318f"  # Hangul compatibility jamo
    "\u31f0-\u31ff"  # Katakana extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0003134f"  # CJK extensions B to G
)
_CJK_FIRST = "\u1100"  # no CJK character comes before it
_CYRILLIC = re.compile("[\u0400-\u052f]")
_STEMS: dict[str, str] = {}  # word -> stem, remembered
# About 11 MB when full, then forgotten at once. Words repeat as Zipf's law says, so
# 100,000 of them are nearly every word met again; 500,000 held 56 MB of the 300 MB
# an import of any length is to stay under.
_STEMS_KEPT = 100_000
_LATIN = re.compile("[a-z\u00df-\u024f]")
# A quote whose language is set to one of these (or not set) has its text stemmed.
_STEMMED_LANGUAGES = frozenset(
    {"", "en", "eng", "english", "английский", "ru", "rus", "russian", "русский"}
)


@cache
def _stemmer(name: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(name)


@cache
def _cjk_run() -> re.Pattern[str]:
    """A run of CJK characters, as a pattern compiled when first used.

    Compiling it takes milliseconds (the re module walks every character of its
    ranges), which a search for words of other scripts need not pay.
    """
    return re.compile(f"[{_CJK_CHARS}]+")


def words(folded: str) -> list[str]:
    """The words of folded text, as FTS5's unicode61 tokenizer splits them."""
    return _WORD.findall(folded)


def stemmed_language(language: str) -> bool:
    """Whether a quote in ``language`` (as typed: "en", "Russian", "") is stemmed.

    English and Russian are; a quote in another language is not, so that its words
    are not cut by rules meant for others.
    """
    key = re.split(r"[-_\s]", language.strip().casefold(), maxsplit=1)[0]
    return key in _STEMMED_LANGUAGES


def _stem_new(word: str) -> str:
    if _LATIN.match(word):
        return str(_stemmer("english").stemWord(word))
    if _CYRILLIC.match(word):
        return str(_stemmer("russian").stemWord(word))
    return word


def stem(word: str) -> str:
    """One folded word's stem by its script: Latin as English, Cyrillic as Russian.

    A word in another script is its own stem. Stems are remembered: a library's
    words repeat, and re-indexing a million quotes then stems each word once.
    """
    found = _STEMS.get(word)
    if found is None:
        found = _stem_new(word)
        if len(_STEMS) >= _STEMS_KEPT:
            _STEMS.clear()
        _STEMS[word] = found
    return found


def stems(folded: str) -> str:
    """The stems of the words of folded text that differ from the word, once each.

    A word that is its own stem is already in the text's own columns, where a
    query's stem finds it as a whole word.
    """
    known = _STEMS.get
    differing = []
    for word in dict.fromkeys(words(folded)):
        each = known(word) or stem(word)
        if each != word:
            differing.append(each)
    return " ".join(dict.fromkeys(differing))


def bigrams(folded: str) -> str:
    """Each CJK run of folded text as its overlapping pairs of characters and its last one.

    "北京市" becomes "北京 京市 市": a query for any part of it is the phrase of its
    own pairs (a single character matches as the start of a pair, or the last one).
    """
    parts: list[str] = []
    for run in _cjk_run().findall(folded):
        parts.extend(run[i : i + 2] for i in range(len(run) - 1))
        parts.append(run[-1])
    return " ".join(parts)


def is_cjk(word: str) -> bool:
    """Whether a word is written wholly in Chinese, Japanese or Korean characters."""
    if not word or max(word) < _CJK_FIRST:
        return False  # most words, told without the pattern
    return _cjk_run().fullmatch(word) is not None


def cjk_phrase(word: str) -> str:
    """The FTS5 phrase (on the bigram column) that finds a CJK word inside a run."""
    if len(word) == 1:
        return f'"{word}"*'
    return '"' + " ".join(word[i : i + 2] for i in range(len(word) - 1)) + '"'
