"""``quotebook export``: the format from the file name or --format, options for CSV only."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from office import xlsx_cells

from quotebook.cli import main

Captured = pytest.CaptureFixture[str]


def run(path: Path, *argv: str) -> int:
    return main(["--library", str(path), *argv])


@pytest.fixture
def demo_path(library_path: Path, capsys: Captured) -> Path:
    assert run(library_path, "demo") == 0
    capsys.readouterr()
    return library_path


def test_an_xlsx_name_writes_a_workbook(demo_path: Path, tmp_path: Path, capsys: Captured) -> None:
    out = tmp_path / "sheet.xlsx"
    assert run(demo_path, "export", "tag:draft", "-o", str(out)) == 0
    assert capsys.readouterr().out.startswith(f"wrote 3 quotes to {out}; left out 2")
    rows = xlsx_cells(out)
    assert rows[0][1][1] == "quote" and len(rows) == 4
    assert "Dmitri Koval" not in str(rows)


def test_format_forces_the_format_whatever_the_name(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheet.dat"
    assert run(demo_path, "export", "-o", str(out), "--format", "xlsx") == 0
    assert zipfile.is_zipfile(out)
    plain = tmp_path / "sheet.txt"
    assert run(demo_path, "export", "-o", str(plain)) == 0
    assert plain.read_bytes().startswith(b"\xef\xbb\xbfquote_id,")


def test_csv_options_are_refused_for_a_workbook(
    demo_path: Path, tmp_path: Path, capsys: Captured
) -> None:
    out = tmp_path / "sheet.xlsx"
    assert run(demo_path, "export", "-o", str(out), "--delimiter", ";", "--no-bom") == 2
    assert "--no-bom and --delimiter are for CSV only, not xlsx" in capsys.readouterr().err
    assert not out.exists()
    assert run(demo_path, "export", "-o", str(out), "--format", "pdf") == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err
