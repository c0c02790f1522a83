"""The archive sheet: every stored field out, read back whole, and out again byte for byte."""

from __future__ import annotations

import csv
import io
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotebook.cli import main
from quotebook.core import GroundRule, Library
from quotebook.core.domain.values import QuoteStatus
from quotebook.core.sheet.archive import ARCHIVE_COLUMNS, PROTECTED_WARNING, export_archive
from quotebook.core.sheet.csv_import import import_csv
from quotebook.core.sheet.options import ExportOptions

_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00")
_LINE = st.text(_CHARS, max_size=12).map(str.strip)
# A name a reader can see: not only spaces and invisible format marks (U+00AD...),
# which the library refuses as empty.
_NAME = (
    st.text(_CHARS, min_size=1, max_size=12)
    .map(str.strip)
    .filter(lambda s: any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in s))
)
_TEXT = st.text(st.one_of(_CHARS, st.sampled_from("\n=+-@';\"")), max_size=30)
_WORDS = st.text(st.one_of(_CHARS, st.sampled_from("=+-@';")), min_size=1, max_size=30).filter(
    str.strip
)
_DATE = st.one_of(st.none(), st.dates().filter(lambda d: d.year >= 1900).map(str))
_RULE = st.sampled_from(list(GroundRule))

_SOURCE = st.fixed_dictionaries(
    {
        "is_pseudonym": st.booleans(),
        "age": st.one_of(st.none(), st.integers(0, 120)),
        "role": _LINE,
        "organization": _LINE,
        "location": _LINE,
        "described_as": _LINE,
        "default_ground_rule": _RULE,
        "notes": _TEXT,
        "real_name": _LINE,
        "contact": _LINE,
    }
)
_ARTICLE = st.fixed_dictionaries(
    {"outlet": _LINE, "published_on": _DATE, "author": _LINE, "dateline": _LINE, "notes": _TEXT}
)
_QUOTE = st.fixed_dictionaries(
    {
        "text": _WORDS,
        "ground_rule": _RULE,
        "said_on": _DATE,
        "context": _TEXT,
        "language": st.sampled_from(["", "ru", "uk", "en"]),
        "translation": _TEXT,
        "original_text": _TEXT,
        "status": st.sampled_from(list(QuoteStatus)),
        "notes": _TEXT,
        "tags": st.lists(_NAME, max_size=3),
        "source": st.integers(0, 2),
        "article": st.integers(-1, 1),
    }
)


def _fill(library: Library, data: dict[str, Any]) -> None:
    sources = [
        library.add_source(f"{name} {i}", **fields).created
        for i, (name, fields) in enumerate(data["sources"])
    ]
    articles = [
        library.add_article(f"{headline} {i}", url=f"https://x.test/{i}" if i else None, **fields)
        for i, (headline, fields) in enumerate(data["articles"])
    ]
    for quote in data["quotes"]:
        fields = dict(quote)
        text, tags = fields.pop("text"), fields.pop("tags")
        source, article = fields.pop("source"), fields.pop("article")
        if article >= 0:
            fields["article_id"] = articles[article].created
        library.add_quote(text, sources[source], tags=tags, **fields)  # type: ignore[arg-type]


_LIBRARY = st.fixed_dictionaries(
    {
        "sources": st.lists(st.tuples(_NAME, _SOURCE), min_size=3, max_size=3),
        "articles": st.lists(st.tuples(_NAME, _ARTICLE), min_size=2, max_size=2),
        "quotes": st.lists(_QUOTE, min_size=1, max_size=6),
    }
)


def _sheet(library: Library, with_protected: bool) -> bytes:
    buffer = io.BytesIO()
    export_archive(library, buffer, ExportOptions(archive=True, with_protected=with_protected))
    return buffer.getvalue()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_LIBRARY, with_protected=st.booleans())
def test_export_import_export_is_byte_identical(data: dict[str, Any], with_protected: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with Library(Path(folder) / "first.sqlite3") as first:
            _fill(first, data)
            sheet = _sheet(first, with_protected)
            (Path(folder) / "archive.csv").write_bytes(sheet)
        with Library(Path(folder) / "second.sqlite3") as second:
            report = import_csv(second, Path(folder) / "archive.csv")
            assert not report.rejected and not report.unknown_columns
            again = _sheet(second, with_protected)
    assert again == sheet


def test_every_field_is_in_the_sheet_and_protected_ones_only_when_asked(
    library: Library,
) -> None:
    sasha = library.add_source(
        "Sasha",
        real_name="Aleksandra Secret",
        contact="+7 999",
        location="Tbilisi",
        described_as="an engineer",
        default_ground_rule="background",
        notes="met twice",
    ).created
    article = library.add_article(
        "Exodus", author="A. Writer", dateline="TBILISI", notes="long read"
    ).created
    assert sasha is not None
    library.add_quote(
        "=Мы уехали.",
        sasha,
        article_id=article,
        language="ru",
        translation="We left.",
        original_text="Мы уехали.",
        status="verified",
    )
    rows = list(csv.DictReader(io.StringIO(_sheet(library, False).decode("utf-8-sig"))))
    assert tuple(rows[0]) == ARCHIVE_COLUMNS
    assert {k: rows[0][k] for k in ("quote", "language", "translation", "status")} == {
        "quote": "'=Мы уехали.",
        "language": "ru",
        "translation": "We left.",
        "status": "verified",
    }
    assert rows[0]["location"] == "Tbilisi" and rows[0]["source_rule"] == "background"
    assert (rows[0]["author"], rows[0]["dateline"]) == ("A. Writer", "TBILISI")
    text = _sheet(library, False).decode("utf-8-sig")
    assert "Aleksandra Secret" not in text and "+7 999" not in text
    full = next(csv.DictReader(io.StringIO(_sheet(library, True).decode("utf-8-sig"))))
    assert (full["real_name"], full["contact"]) == ("Aleksandra Secret", "'+7 999")


Captured = pytest.CaptureFixture[str]


def test_the_command_warns_before_writing_protected_fields(
    library_path: Path, tmp_path: Path, capsys: Captured
) -> None:
    assert main(["--library", str(library_path), "demo"]) == 0
    out = tmp_path / "full.csv"
    argv = ["--library", str(library_path), "export", "--archive", "-o", str(out)]
    assert main([*argv, "--with-protected"]) == 0
    assert f"quotebook: warning: {PROTECTED_WARNING}" in capsys.readouterr().err
    assert "Dmitri Koval" in out.read_text(encoding="utf-8-sig")
    assert main([*argv, "--unredacted"]) == 2
    assert "--archive writes every quote and every field; drop --unredacted" in (
        capsys.readouterr().err
    )
    plain = ["--library", str(library_path), "export", "-o", str(out), "--with-protected"]
    assert main(plain) == 2
    assert "--with-protected goes with --archive only" in capsys.readouterr().err
