"""Export, import into an empty library, export again: the same bytes, the same words."""

from __future__ import annotations

import io
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotebook.core import GroundRule, Library
from quotebook.core.domain.validate import fold
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.csv_import import import_csv
from quotebook.core.sheet.options import ExportOptions


def _full_export(library: Library) -> bytes:
    stream = io.BytesIO()
    export_csv(library, stream, ExportOptions(unredacted=True, include_off_record=True))
    return stream.getvalue()


def _fill(library: Library) -> None:
    """Every kind of source, article, tag and awkward text the sheet must carry."""
    sasha = library.add_source(
        "Sasha",
        age=23,
        role="machine learning engineer",
        organization="Yandex",
        described_as="a developer at one of the country's largest IT companies",
        is_pseudonym=True,
        real_name="Aleksandra",
        contact="+7 999",
    ).created
    ilya = library.add_source("Илья", role="designer", organization="Kaspersky").created
    noor = library.add_source("نور", age=41).created
    plain = library.add_source("=Anon").created
    exodus = library.add_article(
        "The exodus", outlet="Daily", url="https://x.test/exodus", published_on="2022-04-01"
    ).created
    same_headline = library.add_article("The exodus", outlet="Weekly").created
    texts = [
        'We left in March, "quietly";\nthen\r\nthe rest.',
        '=HYPERLINK("http://evil")',
        "\t-tab first",
        "@mention and 🙂 emoji",
        "مرحبا بالعالم — right to left",
        "''+already quoted",
    ]
    sources = [sasha, ilya, noor, plain]
    for index, text in enumerate(texts):
        for rule in GroundRule:
            library.add_quote(
                text,
                sources[index % 4] or 0,
                ground_rule=rule,
                article_id=[exodus, same_headline, None][index % 3],
                said_on="2022-03-14" if index % 2 else None,
                tags=["exile", "a;b", "=sum", "Война"][: index % 5],
                context="Asked about the draft" if index % 2 else "",
                notes="-5 degrees" if index == 1 else "",
            )


def test_export_import_export_is_byte_identical(library: Library, tmp_path: Path) -> None:
    _fill(library)
    first = _full_export(library)
    with Library(tmp_path / "copy.sqlite3") as copy:
        report = import_csv(copy, io.BytesIO(first))
        assert report.ok and report.quotes_created == 24
        second = _full_export(copy)
    assert second == first
    assert b"Aleksandra" not in first and b"+7 999" not in first


_TEXT = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_PREFIX = st.sampled_from(["", "=", "+", "-", "@", "\t", "\r", "'=", "'", '"', "\n", ";"])
_AWKWARD = st.sampled_from(["", ",", ";", '"', "\r\n", "\n", "\u202e", "🙂", "; ", ";;", "'"])


def _with_awkward(alphabet: st.SearchStrategy[str], one_line: bool) -> st.SearchStrategy[str]:
    body = st.text(alphabet, min_size=1, max_size=30)
    made = st.builds(lambda p, a, b, c: p + a + b + c, _PREFIX, body, _AWKWARD, body)
    if one_line:
        made = made.map(lambda s: s.replace("\n", " ").replace("\r", " "))
    # Something visible: a name or quote of spaces and invisible marks is refused.
    return made.filter(
        lambda s: any(not c.isspace() and unicodedata.category(c) != "Cf" for c in s)
    )


_QUOTES = _with_awkward(_TEXT, one_line=False)
_NAMES = _with_awkward(_TEXT, one_line=True)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(
    quotes=st.lists(
        st.tuples(_QUOTES, _NAMES, st.lists(_NAMES, max_size=3), st.sampled_from(GroundRule)),
        min_size=1,
        max_size=3,
        unique_by=lambda q: fold(unicodedata.normalize("NFC", q[1]).strip()),
    )
)
def test_any_unicode_survives_export_and_import(
    quotes: list[tuple[str, str, list[str], GroundRule]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with Library(Path(folder) / "a.sqlite3") as original:
            ids = []
            for text, name, tags, rule in quotes:
                source = original.add_source(name).created or 0
                ids.append(original.add_quote(text, source, tags=tags, ground_rule=rule).created)
            expected = [
                (q.text, q.source_name, sorted(q.tags), q.ground_rule)
                for q in (original.get_quote(i or 0) for i in ids)
            ]
            sheet = _full_export(original)
        with Library(Path(folder) / "b.sqlite3") as copy:
            report = import_csv(copy, io.BytesIO(sheet))
            assert report.rejected == ()
            got = [
                (q.text, q.source_name, sorted(q.tags), q.ground_rule)
                for q in map(copy.get_quote, report.created_ids())
            ]
            assert got == expected
            assert _full_export(copy) == sheet
