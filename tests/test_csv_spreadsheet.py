"""Sheets run no formula in LibreOffice, whichever separator opens them, trimmed or not.

Each export (comma and semicolon) is opened by LibreOffice headless under both
separators, with and without "trim spaces" and with "evaluate formulas" on (the
worst case), and converted to flat ODS: no cell of the result may be a formula.
Skipped only when LibreOffice (``soffice``) is not installed.

Opened with the wrong separator, LibreOffice ends a row at a line break inside a
cell and reads the rest of that row unquoted: the later lines of a cell are made
safe (an apostrophe before one that starts like a formula), but a formula after a
separator in the *other* cells of such a row is not, so multi-line cells are
tested in rows whose other cells are plain.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from quotebook.core import Library
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.options import ExportOptions

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

# Text a spreadsheet would run, at the start of a cell or after a separator of
# either kind, with and without spaces a trimming import would take off.
HOSTILE = [
    "=1+1",
    "+2+2",
    "-3+3",
    "@SUM(4,4)",
    "\t=5+5",
    " =6+6",
    "words, =7+7",
    "words; =8+8",
    "words,=9+9",
    "words;=10+10",
    'a "quoted", =11+11',
    '"; =12+12',
    "'=14+14",
    '=HYPERLINK("http://x.test", "click")',
]


MULTI_LINE = [
    "line\n=13+13",
    "line\r\n  +15+15\nand -16+16",
    "first\n'@SUM(17,17)\n\n=18+18",
    "=19+19\n=20+20",
]


def _fill(library: Library) -> None:
    article = library.add_article(" =20+20, =21+21", outlet="; =22+22").created
    for n, text in enumerate(HOSTILE):
        source = library.add_source(
            f"Name{n}, =30+{n}", role=f"; =31+{n}", organization=f" =32+{n}"
        ).created
        assert source is not None
        library.add_quote(
            text,
            source,
            article_id=article,
            context=text,
            notes=f"n, =33+{n}",
            tags=[f"t; =34+{n}"],
            said_on="2024-03-04",
        )
    plain = library.add_source("Plain").created
    assert plain is not None
    for text in MULTI_LINE:
        library.add_quote(text, plain, context=text, notes=text)


def _convert(sheets: list[Path], separator: str, trim: bool, out: Path) -> list[Path]:
    """Open ``sheets`` in LibreOffice with these settings; the flat ODS files it wrote."""
    code = ord(separator)
    # CSV import tokens: separator, text delimiter ("), UTF-8, first line, cell
    # formats, language, quoted as text, special numbers, -, -, trim spaces, -,
    # evaluate formulas.
    options = f"CSV:{code},34,76,1,,1033,false,true,false,false,{str(trim).lower()},,true"
    profile = out / "profile"
    subprocess.run(
        [
            str(SOFFICE),
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            f"--infilter={options}",
            "--convert-to",
            "fods",
            "--outdir",
            str(out),
            *map(str, sheets),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return [out / f"{sheet.stem}.fods" for sheet in sheets]


def test_no_cell_is_a_formula_whatever_opens_the_sheet(library: Library, tmp_path: Path) -> None:
    _fill(library)
    sheets = []
    for name, delimiter in (("comma", ","), ("semicolon", ";")):
        sheet = tmp_path / f"{name}.csv"
        export_csv(library, sheet, ExportOptions(delimiter=delimiter))
        sheets.append(sheet)
    found: dict[str, list[str]] = {}
    for separator in (",", ";"):
        for trim in (False, True):
            out = tmp_path / f"opened-{ord(separator)}-{trim}"
            for fods in _convert(sheets, separator, trim, out):
                xml = fods.read_text(encoding="utf-8")
                assert "table:table-cell" in xml
                formulas = re.findall(r'table:formula="([^"]*)"', xml)
                if formulas:
                    found[f"{fods.stem} opened with {separator!r}, trim={trim}"] = formulas
    assert found == {}


def test_every_cell_is_quoted_and_numbers_stay_numbers(library: Library, tmp_path: Path) -> None:
    """Numbers are quoted too: an unquoted number first in a row (the quote id) let a
    sheet opened with the other separator read the row's next cells unquoted."""
    source = library.add_source("Sasha", age=23).created
    assert source is not None
    quote = library.add_quote("Plain words", source).created
    sheet = tmp_path / "sheet.csv"
    export_csv(
        library, sheet, ExportOptions(columns=("quote_id", "quote", "source", "age", "notes"))
    )
    lines = sheet.read_text(encoding="utf-8-sig").splitlines()
    assert lines == [
        '"quote_id","quote","source","age","notes"',
        f'"{quote}","Plain words","Sasha","23",""',
    ]
    (fods,) = _convert([sheet], ",", False, tmp_path / "opened")
    numbers = re.findall(r'office:value-type="float" office:value="([^"]*)"', fods.read_text())
    assert numbers == [str(quote), "23"]
