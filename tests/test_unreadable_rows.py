"""A quote that cannot be read is left out of an export, named, and the rest written."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import Library
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.formats import ExportFormat
from quotebook.core.sheet.options import ExportOptions
from quotebook.core.sheet.writers import export_sheet


@pytest.fixture
def flipped(library_path: Path) -> Path:
    """Three quotes, the second's text no longer UTF-8 (a flipped byte on disk)."""
    with Library(library_path) as library:
        sasha = library.add_source("Sasha").created or 0
        for words in ("First words.", "Second words.", "Third words."):
            library.add_quote(words, sasha)
    raw = sqlite3.connect(library_path)
    raw.execute("UPDATE quote SET text = CAST(X'FF5365636F6E64' AS TEXT) WHERE id = 2")
    raw.commit()
    raw.close()
    return library_path


def _quotes(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [row["quote"] for row in csv.DictReader(handle)]


def test_the_csv_holds_every_readable_quote_and_names_the_other(
    flipped: Path, tmp_path: Path
) -> None:
    with Library(flipped) as library:
        report = export_csv(library, tmp_path / "out.csv")
    assert _quotes(tmp_path / "out.csv") == ["First words.", "Third words."]
    assert report.rows == 2
    assert report.unreadable == (2,)


def test_a_workbook_leaves_out_the_same_quote(flipped: Path, tmp_path: Path) -> None:
    with Library(flipped) as library:
        report = export_sheet(
            library, tmp_path / "out.xlsx", ExportOptions(format=ExportFormat.XLSX)
        )
    assert (report.rows, report.unreadable) == (2, (2,))


def test_the_command_line_writes_the_rest_and_exits_1(
    flipped: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.csv"
    assert main(["--library", str(flipped), "export", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "1 quote could not be read and was left out (#2)" in err
    assert "backup" in err
    assert _quotes(out) == ["First words.", "Third words."]


def test_a_sound_library_reports_nothing_unreadable(library: Library, tmp_path: Path) -> None:
    sasha = library.add_source("Sasha").created or 0
    library.add_quote("Fine words.", sasha)
    report = export_csv(library, tmp_path / "out.csv")
    assert (report.rows, report.unreadable) == (1, ())
