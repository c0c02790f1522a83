"""Reading exported office files in tests: XLSX cells from the XML, and LibreOffice headless."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def _column(ref: str) -> int:
    letters = re.match("[A-Z]+", ref)
    assert letters is not None
    number = 0
    for letter in letters.group():
        number = number * 26 + ord(letter) - 64
    return number - 1


def xlsx_cells(path: Path, sheet: int = 1) -> list[dict[int, tuple[str, str, int]]]:
    """Each row's cells by column index: (cell type, text, style index) as stored."""
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read(f"xl/worksheets/sheet{sheet}.xml"))
    rows = []
    for row in root.iterfind("m:sheetData/m:row", NS):
        cells = {}
        for cell in row.iterfind("m:c", NS):
            text = "".join(t.text or "" for t in cell.iterfind(".//m:t", NS))
            value = cell.find("m:v", NS)
            if value is not None:
                text = value.text or ""
            kind = cell.get("t", "n")
            if cell.find("m:f", NS) is not None:
                kind = "formula"
            cells[_column(cell.get("r", ""))] = (kind, text, int(cell.get("s", "0")))
        rows.append(cells)
    return rows


def xlsx_part(path: Path, name: str) -> ElementTree.Element:
    with zipfile.ZipFile(path) as archive:
        return ElementTree.fromstring(archive.read(name))


def soffice_convert(path: Path, target: str, out: Path) -> list[Path]:
    """Convert with LibreOffice headless (its own profile under ``out``); the files made."""
    assert SOFFICE is not None
    out.mkdir(parents=True, exist_ok=True)
    profile = (out / "profile").as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return sorted(p for p in out.iterdir() if p.is_file())
