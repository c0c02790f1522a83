"""Fail-safe imports: no ground rule means the source's default, and new sources are background."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import GroundRule, Library
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.csv_import import import_csv
from quotebook.core.sheet.options import ExportOptions

SHEET = "quote,source\nWe left in March.,Sasha\nThe draft is coming.,Lepra\nNot again.,Nino\n"


def _rules(library: Library) -> dict[str, str]:
    found = {}
    for source in library.list_sources():
        for quote in library.quote_rows(library.search(f"source:{source.name}").ids):
            found[quote.text] = f"{quote.ground_rule.value}/{source.default_ground_rule.value}"
    return found


def test_rows_without_a_rule_take_their_sources_default_and_new_sources_background(
    library: Library,
) -> None:
    library.add_source("Sasha", default_ground_rule="on_record")
    library.add_source("Lepra", default_ground_rule="deep_background")
    report = import_csv(library, io.BytesIO(SHEET.encode()))
    assert (report.quotes_created, report.filed_by_default) == (3, 3)
    assert report.new_source_rule == "background"
    assert _rules(library) == {
        "We left in March.": "on_record/on_record",
        "The draft is coming.": "deep_background/deep_background",
        "Not again.": "background/background",
    }


def test_the_rule_for_new_sources_can_be_chosen(library: Library) -> None:
    report = import_csv(library, io.BytesIO(SHEET.encode()), new_source_rule="on_record")
    assert report.new_source_rule == "on_record"
    assert set(_rules(library).values()) == {"on_record/on_record"}


def test_a_row_with_a_rule_keeps_it(library: Library) -> None:
    sheet = "quote,source,ground_rule\nSaid openly.,Nino,on_record\n"
    report = import_csv(library, io.BytesIO(sheet.encode()))
    assert report.filed_by_default == 0
    assert _rules(library) == {"Said openly.": "on_record/background"}


def test_reimporting_a_stricter_rule_applies_it_and_never_a_looser_one(
    library: Library, tmp_path: Path
) -> None:
    source = library.add_source("Sasha").created or 0
    open_quote = library.add_quote("Said openly.", source, ground_rule="on_record").created
    deep_quote = library.add_quote("Said quietly.", source, ground_rule="deep_background").created
    sheet = tmp_path / "sheet.csv"
    export_csv(library, sheet, ExportOptions(unredacted=True))
    text = sheet.read_text(encoding="utf-8-sig")
    text = text.replace('"on_record"', '"off_record"').replace('"deep_background"', '"on_record"')
    sheet.write_text(text, encoding="utf-8")
    report = import_csv(library, sheet)
    assert (report.quotes_created, report.rejected) == (0, ())
    assert [qid for _, qid in report.made_stricter] == [open_quote]
    assert library.get_quote(open_quote or 0).ground_rule is GroundRule.OFF_RECORD
    assert library.get_quote(deep_quote or 0).ground_rule is GroundRule.DEEP_BACKGROUND
    assert open_quote in report.changes.quotes


def test_the_command_line_takes_rule_and_says_how_many(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    assert main(["--library", str(library_path), "import", str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "3 quotes without a ground rule filed on their source's default" in out
    assert "(new sources: background)" in out
    other = tmp_path / "other.sqlite3"
    argv = ["--library", str(other), "import", str(sheet), "--rule", "deep_background"]
    assert main(argv) == 0
    assert "(new sources: deep_background)" in capsys.readouterr().out
    with Library(other) as lib:
        assert {s.default_ground_rule for s in lib.list_sources()} == {GroundRule.DEEP_BACKGROUND}
    assert main([*argv[:-1], "secret"]) == 2
