"""The editor sheet as a workbook: the CSV's rows and redaction, cells typed, an About sheet."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from office import needs_soffice, soffice_convert, xlsx_cells, xlsx_part

from quotebook.core import GroundRule, Library
from quotebook.core.sheet.csv_common import COLUMNS, TAG_SEPARATOR, restore, split_tags
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.excel import CELL_LIMIT, export_xlsx
from quotebook.core.sheet.options import ExportOptions

HOSTILE = (
    '=HYPERLINK("http://evil.test","click")',
    "@all: we leave tonight",
    "-1 is what they paid",
    "'=already guarded",
    "Мы уехали в марте.\nВсе вместе.",
    "نحن هنا 🙂",
)


@pytest.fixture
def newsroom(library: Library) -> Library:
    sasha = library.add_source(
        "Sasha",
        real_name="Aleksandra Secret",
        contact="+7 999 000",
        age=23,
        role="machine learning engineer",
        organization="Yandex",
        described_as="a developer at a large IT company",
    ).created
    article = library.add_article(
        "=The exodus", outlet="Daily", url="https://x.test/a", published_on="2022-04-01"
    ).created
    assert sasha is not None
    for number, text in enumerate(HOSTILE):
        rule = list(GroundRule)[number % 4]
        library.add_quote(
            text,
            sasha,
            ground_rule=rule,
            said_on="2022-03-14",
            article_id=article,
            tags=["exile", "=sum"],
            notes="+checked",
        )
    return library


def _csv_rows(library: Library, **options: object) -> list[list[str]]:
    buffer = io.StringIO()
    export_csv(library, buffer, ExportOptions(bom=False, **options))  # type: ignore[arg-type]
    return list(csv.reader(io.StringIO(buffer.getvalue())))


def _as_text(kind: str, text: str, column: str) -> str:
    """A workbook cell as the CSV would spell it (dates as ISO, text guarded)."""
    if column in ("said_on", "published_on") and kind == "n":
        return date.fromordinal(int(text) + date(1899, 12, 30).toordinal()).isoformat()
    if column == "tags":
        return "; ".join(tag.replace(";", ";;") for tag in text.split(TAG_SEPARATOR))
    return text


@pytest.mark.parametrize(
    "options",
    [{}, {"include_off_record": True}, {"unredacted": True, "include_off_record": True}],
    ids=["redacted", "off-record", "unredacted"],
)
def test_the_workbook_holds_the_csv_sheets_cells_without_the_apostrophes(
    newsroom: Library, tmp_path: Path, options: dict[str, bool]
) -> None:
    path = tmp_path / "sheet.xlsx"
    report = export_xlsx(newsroom, path, ExportOptions(**options))
    expected = _csv_rows(newsroom, **options)
    rows = xlsx_cells(path)
    assert report.rows == len(expected) - 1 == len(rows) - 1
    assert [rows[0][col][1] for col in range(len(COLUMNS))] == list(COLUMNS)
    for cells, want in zip(rows[1:], expected[1:], strict=True):
        got = [
            _as_text(*cells[col][:2], COLUMNS[col]) if col in cells else ""
            for col in range(len(COLUMNS))
        ]
        restored = [
            "; ".join(t.replace(";", ";;") for t in split_tags(cell))
            if COLUMNS[col] == "tags"
            else restore(cell)
            for col, cell in enumerate(want)
        ]
        assert got == restored


def test_text_is_string_cells_verbatim_and_no_formula(newsroom: Library, tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    export_xlsx(newsroom, path, ExportOptions(include_off_record=True))
    rows = xlsx_cells(path)
    quotes = [row[COLUMNS.index("quote")] for row in rows[1:]]
    assert [text for _, text, _ in quotes] == list(HOSTILE)
    assert {kind for kind, _, _ in quotes} == {"inlineStr"}
    kinds = {cell[0] for row in rows for cell in row.values()}
    assert "formula" not in kinds
    first = rows[1]
    assert first[COLUMNS.index("article")][1] == "=The exodus"
    assert first[COLUMNS.index("tags")][1] == "=sum; exile"
    assert first[COLUMNS.index("quote_id")][:2] == ("n", "1")
    said = first[COLUMNS.index("said_on")]
    assert said[0] == "n" and _as_text(said[0], said[1], "said_on") == "2022-03-14"


def test_header_bold_and_frozen_dates_formatted_quotes_wrapped(
    newsroom: Library, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.xlsx"
    export_xlsx(newsroom, path)
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    styles = xlsx_part(path, "xl/styles.xml")
    xfs = styles.findall("m:cellXfs/m:xf", ns)
    fonts = styles.findall("m:fonts/m:font", ns)
    formats = {f.get("numFmtId"): f.get("formatCode") for f in styles.iterfind(".//m:numFmt", ns)}
    rows = xlsx_cells(path)

    def style(cell: tuple[str, str, int]) -> dict[str, object]:
        xf = xfs[cell[2]]
        alignment = xf.find("m:alignment", ns)
        return {
            "bold": fonts[int(xf.get("fontId", "0"))].find("m:b", ns) is not None,
            "format": formats.get(xf.get("numFmtId", "")),
            "wrap": alignment is not None and alignment.get("wrapText") == "1",
        }

    assert all(style(cell)["bold"] for cell in rows[0].values())
    assert not style(rows[1][COLUMNS.index("quote")])["bold"]
    assert style(rows[1][COLUMNS.index("quote")])["wrap"]
    assert style(rows[1][COLUMNS.index("said_on")])["format"] == "yyyy-mm-dd"
    sheet = xlsx_part(path, "xl/worksheets/sheet1.xml")
    pane = sheet.find(".//m:pane", ns)
    assert pane is not None and pane.get("state") == "frozen" and pane.get("ySplit") == "1"
    widths = [
        float(c.get("width", "0"))
        for c in sheet.iterfind("m:cols/m:col", ns)
        for _ in range(int(c.get("min", "0")), int(c.get("max", "0")) + 1)
    ]
    assert len(widths) == len(COLUMNS)
    assert widths[COLUMNS.index("quote")] > widths[COLUMNS.index("age")]


def test_the_about_sheet_says_what_was_left_out_and_the_scope(
    newsroom: Library, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.xlsx"
    export_xlsx(newsroom, path, ExportOptions(query="tag:exile"))
    about = {row[0][1]: row[1][1] for row in xlsx_cells(path, sheet=2)}
    assert about["Quotes"] == "the quotes matching the search tag:exile"
    assert about["Written"] == "5 quotes"
    assert about["Off the record"].startswith("1 quote given off the record left out")
    assert about["Background"].startswith("2 quotes on background")
    assert about["Deep background"].startswith("1 quote on deep background")
    assert "real names and contacts" in about["Never written"]
    assert "Exported" in about
    workbook = xlsx_part(path, "xl/workbook.xml")
    names = [s.get("name") for s in workbook.iter() if s.tag.endswith("}sheet")]
    assert names == ["Quotes", "About"]


def test_a_quote_longer_than_a_cell_is_cut_and_said(library: Library, tmp_path: Path) -> None:
    source = library.add_source("Lepra").created
    assert source is not None
    library.add_quote("ж" * 100_000, source)
    path = tmp_path / "long.xlsx"
    report = export_xlsx(library, path)
    quote = xlsx_cells(path)[1][COLUMNS.index("quote")][1]
    assert quote == "ж" * CELL_LIMIT
    assert any("cut in the workbook" in warning for warning in report.warnings)


def test_a_cancelled_export_leaves_no_file_and_keeps_an_older_one(
    newsroom: Library, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"older")
    report = export_xlsx(newsroom, path, cancel=lambda: True)
    assert report.cancelled
    assert path.read_bytes() == b"older"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@needs_soffice
def test_libreoffice_reads_the_quotes_verbatim(newsroom: Library, tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    export_xlsx(newsroom, path, ExportOptions(include_off_record=True))
    # 44: comma, 34: quote, 76: UTF-8, -1 at the end: every sheet to its own file.
    made = soffice_convert(
        path,
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        tmp_path / "out",
    )
    quotes_csv = next(p for p in made if p.name == "sheet-Quotes.csv")
    with quotes_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["quote"] for row in rows] == list(HOSTILE)
    assert rows[0]["said_on"] == "2022-03-14"
    assert rows[0]["article"] == "=The exodus"
    about = next(p for p in made if p.name == "sheet-About.csv").read_text(encoding="utf-8")
    assert "Never written" in about
