"""The Word quote sheet: the editor sheet's quotes and redaction, grouped, with a Checked column."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from office import needs_soffice, soffice_convert

from quotebook.cli import main
from quotebook.core import GroundRule, Library
from quotebook.core.sheet.csv_common import restore
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.options import ExportOptions
from quotebook.core.sheet.word import HEADER, NO_ARTICLE, NO_ATTRIBUTION, GroupBy, export_docx

REAL_NAME = "Aleksandra Secret"


@pytest.fixture
def newsroom(library: Library) -> Library:
    sasha = library.add_source(
        "Sasha",
        real_name=REAL_NAME,
        contact="+7 999",
        age=23,
        role="engineer",
        organization="Yandex",
        described_as="a developer at a large IT company",
        is_pseudonym=True,
    ).created
    article = library.add_article(
        "The exodus", outlet="Daily", published_on="2022-04-01", url="https://x.test/a"
    ).created
    assert sasha is not None
    texts = ["=Мы уехали в марте.", "We left at night.", "Nobody asked.", "Off the record words."]
    for text, rule in zip(texts, GroundRule, strict=True):
        library.add_quote(text, sasha, ground_rule=rule, said_on="2022-03-14", article_id=article)
    library.add_quote("Unfiled words.", sasha, ground_rule=GroundRule.ON_RECORD)
    return library


def _tables(path: Path) -> list[tuple[str, list[list[str]]]]:
    """(heading above it, rows of cell texts) for each table of the document."""
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    return [
        (heading, [[cell.text for cell in row.cells] for row in table.rows])
        for heading, table in zip(headings[1:], document.tables, strict=True)
    ]


@pytest.mark.parametrize(
    "options", [{}, {"include_off_record": True, "unredacted": True}], ids=["redacted", "all"]
)
def test_the_quotes_and_attributions_are_the_editor_sheets(
    newsroom: Library, tmp_path: Path, options: dict[str, bool]
) -> None:
    path = tmp_path / "sheet.docx"
    report = export_docx(newsroom, path, ExportOptions(**options))
    buffer = io.StringIO()
    export_csv(newsroom, buffer, ExportOptions(bom=False, **options))  # type: ignore[arg-type]
    expected = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    rows = [row for _, table in _tables(path) for row in table[1:]]
    assert report.rows == len(rows) == len(expected)
    by_id = {row[0]: row for row in rows}
    for want in expected:
        got = by_id[want["quote_id"]]
        assert got[1] == restore(want["quote"])
        attribution = want["attribution"] or "No attribution"
        if want["pseudonym"] == "yes" and want["ground_rule"] == "on_record":
            attribution += " (name changed)"
        assert got[2] == attribution
        assert got[4] == "14 March 2022" or not want["said_on"]
        assert got[5] == ""
    text = "\n".join(str(table) for table in _tables(path))
    assert REAL_NAME not in text and "+7 999" not in text
    assert ("Off the record words." in text) == bool(options)


def test_grouped_by_article_with_the_rule_marked(newsroom: Library, tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    export_docx(newsroom, path)
    tables = _tables(path)
    assert [heading for heading, _ in tables] == ["The exodus — Daily — 1 April 2022", NO_ARTICLE]
    exodus = tables[0][1]
    assert tuple(exodus[0]) == HEADER
    assert [row[3] for row in exodus[1:]] == ["On the record", "Background", "Deep background"]
    assert exodus[1][2] == "Sasha, a 23-year-old engineer at Yandex (name changed)"
    assert exodus[2][2] == "a developer at a large IT company"
    assert exodus[3][2] == "No attribution"
    table = docx.Document(str(path)).tables[0]
    assert [run.bold for run in table.rows[2].cells[3].paragraphs[0].runs] == [True]
    about = [p.text for p in docx.Document(str(path)).paragraphs]
    assert (
        "Off the record: 1 quote given off the record left out: their words may not be used."
        in (about)
    )


def test_grouped_by_source_shows_only_what_the_rows_show(newsroom: Library, tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    export_docx(newsroom, path, ExportOptions(group_by=GroupBy.SOURCE))
    headings = [heading for heading, _ in _tables(path)]
    assert headings == ["Sasha", "a developer at a large IT company", NO_ATTRIBUTION]


@needs_soffice
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_libreoffice_opens_it_and_prints_the_quotes(newsroom: Library, tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    export_docx(newsroom, path)
    (pdf,) = [p for p in soffice_convert(path, "pdf", tmp_path / "out") if p.suffix == ".pdf"]
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in ("Quote sheet", "=Мы уехали в марте.", "Checked", "Deep background", "Unfiled"):
        assert words in text
    assert REAL_NAME not in text and "Off the record words." not in text


def test_the_command_writes_docx_and_refuses_other_formats_options(
    newsroom: Library, library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newsroom.close()
    out = tmp_path / "sheet.docx"
    argv = ["--library", str(library_path), "export", "-o", str(out)]
    assert main([*argv, "--group-by", "source"]) == 0
    assert capsys.readouterr().out.startswith(f"wrote 4 quotes to {out}; left out 1")
    assert _tables(out)[0][0] == "Sasha"
    assert main([*argv, "--columns", "quote"]) == 2
    assert "the docx quote sheet has its own columns" in capsys.readouterr().err
    csv_argv = ["--library", str(library_path), "export", "-o", str(tmp_path / "a.csv")]
    assert main([*csv_argv, "--group-by", "source"]) == 2
    assert "--group-by is for DOCX only, not csv" in capsys.readouterr().err
