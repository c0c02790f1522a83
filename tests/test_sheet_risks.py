"""Sheets that cannot identify a source: the reporter's notes, "a source", linking."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import GroundRule, Library
from quotebook.core.domain.attribution import draft_text
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.csv_risks import sheet_risks
from quotebook.core.sheet.options import ExportOptions
from quotebook.core.sheet.sheet_rows import PROTECTED_NOTES_WARNING

FLAT = "asked at his flat on Rustaveli 12"
OFFICE = "he is the deputy head of the procurement office"


@pytest.fixture
def filled(library: Library) -> dict[str, int]:
    """Giorgi on the record and on background; Nino on background, undescribed."""
    giorgi = library.add_source(
        "Giorgi", role="procurement officer", organization="City Hall"
    ).created
    nino = library.add_source("Nino", role="nurse", organization="Hospital 3").created
    assert giorgi is not None and nino is not None
    ids = {}
    for key, source, rule in (
        ("giorgi_on", giorgi, GroundRule.ON_RECORD),
        ("giorgi_bg", giorgi, GroundRule.BACKGROUND),
        ("nino_bg", nino, GroundRule.BACKGROUND),
        ("nino_deep", nino, GroundRule.DEEP_BACKGROUND),
    ):
        quote = library.add_quote(
            f"Words {key}.", source, ground_rule=rule, context=FLAT, notes=OFFICE
        ).created
        assert quote is not None
        ids[key] = quote
    return ids


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["quote"]: row for row in csv.DictReader(handle)}


def test_notes_only_on_the_record_unless_asked(
    library: Library, filled: dict[str, int], tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    export_csv(library, sheet)
    rows = _rows(sheet)
    assert (rows["Words giorgi_on."]["context"], rows["Words giorgi_on."]["notes"]) == (
        FLAT,
        OFFICE,
    )
    for key in ("giorgi_bg", "nino_bg", "nino_deep"):
        assert (rows[f"Words {key}."]["context"], rows[f"Words {key}."]["notes"]) == ("", "")
    report = export_csv(library, sheet, ExportOptions(include_protected_notes=True))
    assert all(row["notes"] == OFFICE for row in _rows(sheet).values())
    assert PROTECTED_NOTES_WARNING in report.warnings


def test_background_is_never_role_and_organisation(
    library: Library, filled: dict[str, int], tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    export_csv(library, sheet)
    rows = _rows(sheet)
    assert rows["Words giorgi_bg."]["attribution"] == "a source"
    assert rows["Words nino_bg."]["attribution"] == "a source"
    text = sheet.read_text(encoding="utf-8-sig")
    assert "nurse" not in text and "Hospital 3" not in text
    source = library.get_source(library.get_quote(filled["nino_bg"]).source_id)
    assert draft_text("We stayed.", source, GroundRule.BACKGROUND) == "“We stayed,” said a source."


def test_the_risks_are_found_before_writing(library: Library, filled: dict[str, int]) -> None:
    risks = sheet_risks(library)
    assert risks.undescribed == (filled["giorgi_bg"], filled["nino_bg"])
    assert risks.linkable == ("Giorgi",)
    only_nino = sheet_risks(library, ExportOptions(ids=(filled["nino_bg"], filled["giorgi_on"])))
    assert (only_nino.undescribed, only_nino.linkable) == ((filled["nino_bg"],), ())
    library.update_source(library.get_quote(filled["nino_bg"]).source_id, described_as="a nurse")
    assert sheet_risks(library, ExportOptions(query="source:Nino")).undescribed == ()


def test_the_command_line_warns_and_takes_the_notes_flag(
    library: Library, filled: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = library.path
    library.close()
    sheet = tmp_path / "cli.csv"
    assert main(["--library", str(path), "export", "-o", str(sheet)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert any("a reader could link" in line and "(Giorgi)" in line for line in err)
    undescribed = [line for line in err if 'attributed to "a source"' in line]
    assert len(undescribed) == 1
    assert f"quote {filled['giorgi_bg']}, {filled['nino_bg']})" in undescribed[0]
    assert OFFICE not in sheet.read_text(encoding="utf-8-sig").split("Words giorgi_bg.")[1]
    argv = ["--library", str(path), "export", "-o", str(sheet), "--include-protected-notes"]
    assert main(argv) == 0
    assert sheet.read_text(encoding="utf-8-sig").count(OFFICE) == 4
    assert "own notes can identify a source" in capsys.readouterr().err
