"""Importing an article the library has: quotes filed under it, none twice; a plain-text
article's headline, date and dateline read from its first lines."""

from __future__ import annotations

from datetime import date

import pytest

from quotebook.core import Library
from quotebook.core.extract import FileItem, file_proposals
from quotebook.core.extract.document import read_text
from quotebook.core.extract.filing import already_filed, known_article

URL = "https://x.example/cuts"


def _filed(library: Library) -> tuple[int, int, int]:
    vogt = library.add_source("Clara Vogt").created or 0
    article = library.add_article("Northwind cuts 400 jobs", outlet="Reuters", url=URL).created
    quote = library.add_quote("The cost base was out of line,", vogt, article_id=article).created
    assert article and quote
    return vogt, article, quote


def test_an_article_with_a_known_url_takes_the_new_quotes_and_no_quote_twice(
    library: Library,
) -> None:
    vogt, article, quote = _filed(library)
    items = [
        FileItem("The cost base was out of line,", vogt),
        FileItem("Nobody saw it coming,", vogt),
    ]
    assert already_filed(library, items) == [quote, None]
    fields = {"headline": "Northwind to cut 400", "url": URL}
    assert known_article(library, fields) == article
    changes = file_proposals(library, fields, items)
    assert changes.created == article and changes.articles == frozenset()
    assert library.info().articles == 1
    assert library.get_article(article).quote_count == 2  # one new, one already there


def test_without_a_url_headline_and_outlet_find_the_article(library: Library) -> None:
    vogt, article, _ = _filed(library)
    fields = {"headline": "NORTHWIND cuts 400 jobs", "outlet": "reuters"}
    assert known_article(library, fields) == article
    file_proposals(library, fields, [FileItem("The cost base was out of line,", vogt)])
    assert library.info().articles == 1 and library.info().quotes == 1
    assert known_article(library, {"headline": "Northwind cuts 400 jobs"}) is None  # no outlet


def test_a_plain_text_articles_first_lines_are_read() -> None:
    text = (
        "date 2022-04-01 YEREVAN\n\n"
        "The coders who left overnight\n\n"
        "“We packed in an hour,” said Ilya, a mobile developer.\n"
    )
    meta = read_text(text).meta
    assert (meta.headline, meta.published_on, meta.dateline) == (
        "The coders who left overnight",
        date(2022, 4, 1),
        "YEREVAN",
    )
    other = read_text("Tbilisi was meant to be a waiting room\n\nTBILISI —\n\n2024-03-18\n\nBody.")
    assert (other.meta.headline, other.meta.dateline, other.meta.published_on) == (
        "Tbilisi was meant to be a waiting room",
        "TBILISI",
        date(2024, 3, 18),
    )
    assert read_text("“Just a quote,” she said.\n").meta.headline == ""


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("PORT GARROW, Ont. — Children taken into care", "PORT GARROW"),
        ("EDINBURGH, Nov 6 (Reuters) - Caledonia Mutual Bank PLC said", "EDINBURGH"),
        ("HARLAN SPRINGS, Colo. (AP) — Voters will decide", "HARLAN SPRINGS"),
        ("Children taken into care — more than ever", ""),
    ],
)
def test_a_dateline_opening_the_first_paragraph_is_the_articles(
    opening: str, dateline: str
) -> None:
    text = f"Children spend nights in hotels\n\n{opening} spent nights in hotel rooms.\n"
    assert read_text(text).meta.dateline == dateline
