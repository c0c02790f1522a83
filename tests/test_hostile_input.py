"""Hostile input: every case gets a clear error naming the problem, or a correct result.

Each refused case is checked to have changed nothing: the library's counts and its
whole unredacted sheet are the same bytes before and after. The CSV cases run
through the core and through the command line (exit status 2, each problem one
line on stderr starting ``quotebook:``, never a traceback); the library-file cases
through the core and ``quotebook info`` (exit status 1, one line).

A 100,000-character quote typed into the app's editor is covered by
``tests/gui/test_quote_editor.py`` (saved exactly, shown exactly); here the
command line and the import carry one of 1,000,000 characters.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import (
    DamagedLibraryError,
    Library,
    NewerLibraryError,
    NotALibraryError,
    StorageError,
)
from quotebook.core.domain.errors import CsvError, ValidationError
from quotebook.core.sheet.csv_common import FORMULA_TRIGGERS, CsvEncodingError
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.csv_import import import_csv
from quotebook.core.sheet.options import ExportOptions

Captured = pytest.CaptureFixture[str]
State = tuple[tuple[int, ...], bytes]


def state(library: Library) -> State:
    """The library's counts and its whole sheet: what "nothing changed" compares."""
    info = library.info()
    counts = (info.quotes, info.sources, info.articles, info.tags, info.trashed_quotes)
    sheet = io.BytesIO()
    export_csv(library, sheet, ExportOptions(unredacted=True, include_off_record=True))
    return counts, sheet.getvalue()


@pytest.fixture
def filled(library: Library) -> Library:
    """A library holding one source, article, tag and quote before each hostile import."""
    sasha = library.add_source("Sasha", role="engineer").created or 0
    article = library.add_article("The exodus", url="https://news.test/a").created
    library.add_quote("Already here.", sasha, article_id=article, tags=["exile"])
    return library


def closed_state(path: Path) -> State:
    with Library(path) as library:
        return state(library)


def run_cli(path: Path, *argv: str) -> int:
    return main(["--library", str(path), *argv])


def error_lines(err: str) -> list[str]:
    """The stderr lines of a refusal: each one ``quotebook: …``, no traceback."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert lines and all(line.startswith("quotebook: ") for line in lines), err
    return lines


# -- encodings ---------------------------------------------------------------------

ENCODINGS = [
    ("cp1251", "Привет, мир — сказал он", "Саша", "Windows-1251", "cp1251"),
    ("latin-1", "Très bien, ça va", "José", "Latin-1", "latin-1"),
    ("utf-16", "Привет из UTF-16", "Саша", "UTF-16", "utf-16"),
    ("utf-16-le", "No byte-order mark", "Zoë", "UTF-16", "utf-16"),
]


def _sheet(encoding: str, quote: str, name: str) -> bytes:
    return f'quote,source\r\n"{quote}",{name}\r\n'.encode(encoding)


@pytest.mark.parametrize(
    ("encoding", "quote", "name", "named", "suggested"), ENCODINGS, ids=[e[0] for e in ENCODINGS]
)
def test_a_legacy_encoding_is_refused_by_name_and_read_right_with_it(
    filled: Library, encoding: str, quote: str, name: str, named: str, suggested: str
) -> None:
    data = _sheet(encoding, quote, name)
    before = state(filled)
    with pytest.raises(CsvEncodingError) as refused:
        import_csv(filled, io.BytesIO(data))
    assert named in refused.value.reason
    assert f"--encoding {suggested}" in refused.value.reason
    assert refused.value.suggested_encoding == suggested
    assert state(filled) == before
    report = import_csv(filled, io.BytesIO(data), encoding=encoding)
    assert report.ok and report.quotes_created == 1
    got = filled.get_quote(next(report.created_ids()))
    assert (got.text, got.source_name) == (quote, name)


@pytest.mark.parametrize(
    ("encoding", "quote", "name", "named", "suggested"), ENCODINGS, ids=[e[0] for e in ENCODINGS]
)
def test_a_legacy_encoding_through_the_command_line(
    library_path: Path,
    tmp_path: Path,
    capsys: Captured,
    encoding: str,
    quote: str,
    name: str,
    named: str,
    suggested: str,
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes(_sheet(encoding, quote, name))
    Library(library_path).close()
    before = closed_state(library_path)
    assert run_cli(library_path, "import", str(sheet)) == 2
    (line,) = error_lines(capsys.readouterr().err)
    assert named in line and f"--encoding {suggested}" in line
    assert closed_state(library_path) == before
    assert run_cli(library_path, "import", str(sheet), "--encoding", encoding) == 0
    assert "imported 1 quote" in capsys.readouterr().out
    with Library(library_path) as library:
        assert [q.text for q in map(library.get_quote, [1])] == [quote]


def test_a_real_process_refusing_utf16_prints_one_line(tmp_path: Path) -> None:
    sheet = tmp_path / "wide.csv"
    sheet.write_bytes(_sheet("utf-16", "Привет", "Саша"))
    library = str(tmp_path / "l.sqlite3")
    done = subprocess.run(
        [sys.executable, "-m", "quotebook", "--library", library, "import", str(sheet)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    (line,) = error_lines(done.stderr)
    assert "UTF-16" in line


# -- sheets that cannot be read at all ------------------------------------------------

UNREADABLE = [
    ("zero-bytes", b"", [], "the file is empty"),
    ("no-header", b"We left in March,Sasha\r\n", [], "the first line is not a header"),
    ("blank-first-line", b"\r\nquote,source\r\nA,B\r\n", [], "the first line is empty"),
    ("no-quote-column", b"source,notes\r\nSasha,x\r\n", [], "no quote column"),
    ("no-source-column", b"quote,notes\r\nWe left,x\r\n", [], "no source column"),
    ("two-columns-one-field", b"quote,Quote ,source\r\na,b,c\r\n", [], "both give the field"),
    ("map-a-missing-column", b"quote,source\r\na,b\r\n", ["Who=source"], "'Who'"),
    ("map-to-no-field", b"quote,source\r\na,b\r\n", ["quote=shoe_size"], "'shoe_size'"),
    ("unclosed-quote", b'quote,source\r\n"We left,Sasha\r\n', [], "not valid CSV"),
]


@pytest.mark.parametrize(("data", "mapping", "message"), [u[1:] for u in UNREADABLE],
                         ids=[u[0] for u in UNREADABLE])  # fmt: skip
def test_an_unreadable_sheet_is_refused_by_name(
    filled: Library, data: bytes, mapping: list[str], message: str
) -> None:
    before = state(filled)
    mapped = dict(item.split("=") for item in mapping) or None
    with pytest.raises((CsvError, ValidationError)) as refused:
        import_csv(filled, io.BytesIO(data), mapping=mapped)
    assert message in str(refused.value)
    assert state(filled) == before


@pytest.mark.parametrize(("data", "mapping", "message"), [u[1:] for u in UNREADABLE],
                         ids=[u[0] for u in UNREADABLE])  # fmt: skip
def test_an_unreadable_sheet_through_the_command_line(
    library_path: Path,
    tmp_path: Path,
    capsys: Captured,
    data: bytes,
    mapping: list[str],
    message: str,
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes(data)
    Library(library_path).close()
    before = closed_state(library_path)
    argv = [f"--map={item}" for item in mapping]
    assert run_cli(library_path, "import", str(sheet), *argv) == 2
    (line,) = error_lines(capsys.readouterr().err)
    assert message in line
    assert closed_state(library_path) == before


# -- rows that are refused, each named by its line --------------------------------------

HEADER = "quote_id,quote,source,age,said_on\r\n"
BAD_ROWS = [
    ("nul-in-first-row", ",We left\x00,Sasha,,\r\n", 2, "contains a NUL character"),
    ("nul-deep-in-file", ",fine,Sasha,,\r\n" * 40 + ",a\x00b,Sasha,,\r\n", 42, "NUL character"),
    ("extra-cells", ",We left,Sasha,,,surplus\r\n", 2, "has 6 cells but the header has 5"),
    ("duplicate-quote-id", "7,One,Sasha,,\r\n7,Two,Sasha,,\r\n", 3, "7 appears twice"),
    ("empty-name", ",We left,,,\r\n", 2, "every quote needs a named source"),
    ("whitespace-name", ",We left,  \t ,,\r\n", 2, "every quote needs a named source"),
    ("no-break-space-name", ",We left,\u00a0\u2003,,\r\n", 2, "every quote needs a named source"),
    ("invisible-name", ",We left,\u200b\u2060,,\r\n", 2, "column 'source': must not be empty"),
    ("empty-quote", ",   ,Sasha,,\r\n", 2, "column 'quote': must not be empty"),
    ("february-30", ",We left,Sasha,,2023-02-30\r\n", 2, "'2023-02-30' is not a real calendar"),
    ("month-13", ",We left,Sasha,,2023-13-01\r\n", 2, "'2023-13-01' is not a real calendar"),
    ("year-0", ",We left,Sasha,,0000-01-01\r\n", 2, "'0000-01-01' is not a real calendar"),
    ("day-first-date", ",We left,Sasha,,31/12/2023\r\n", 2, "not a date in the form YYYY-MM-DD"),
    ("fullwidth-date", ",We left,Sasha,,２０２３-０１-０１\r\n", 2, "in the form YYYY-MM-DD"),
    ("age-131", ",We left,Sasha,131,\r\n", 2, "131 is not a possible age (0 to 130)"),
    ("age-negative", ",We left,Sasha,-4,\r\n", 2, "'-4' is not a whole number of years"),
    ("age-fraction", ",We left,Sasha,2.5,\r\n", 2, "'2.5' is not a whole number of years"),
    ("age-in-words", ",We left,Sasha,twenty,\r\n", 2, "'twenty' is not a whole number"),
    ("age-huge", ",We left,Sasha,99999999999999999999,\r\n", 2, "not a whole number"),
    ("quote-id-zero", "0,We left,Sasha,,\r\n", 2, "'0' is not a quote id"),
    ("quote-id-text", "x1,We left,Sasha,,\r\n", 2, "'x1' is not a quote id"),
]


@pytest.mark.parametrize(("rows", "line", "message"), [b[1:] for b in BAD_ROWS],
                         ids=[b[0] for b in BAD_ROWS])  # fmt: skip
def test_a_bad_row_is_named_by_its_line_and_nothing_is_written(
    filled: Library, rows: str, line: int, message: str
) -> None:
    data = (HEADER + rows).encode("utf-8")
    before = state(filled)
    report = import_csv(filled, io.BytesIO(data))
    assert report.aborted and report.quotes_created == 0
    assert [where for where, _ in report.rejected] == [line]
    assert message in report.rejected[0][1]
    assert state(filled) == before


@pytest.mark.parametrize(("rows", "line", "message"), [b[1:] for b in BAD_ROWS],
                         ids=[b[0] for b in BAD_ROWS])  # fmt: skip
def test_a_bad_row_through_the_command_line(
    library_path: Path, tmp_path: Path, capsys: Captured, rows: str, line: int, message: str
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes((HEADER + rows).encode("utf-8"))
    Library(library_path).close()
    before = closed_state(library_path)
    assert run_cli(library_path, "import", str(sheet)) == 2
    named, summary = error_lines(capsys.readouterr().err)
    assert named.startswith(f"quotebook: line {line}: ") and message in named
    assert "nothing imported" in summary
    assert closed_state(library_path) == before


# -- awkward sheets that are read right --------------------------------------------------


def test_missing_and_extra_columns(filled: Library) -> None:
    """A short row is padded with blanks; an unknown column is named, not read."""
    data = b"quote,source,notes,Shoe size\r\nShort row,Sasha\r\nFull row,Sasha,n,44\r\n"
    report = import_csv(filled, io.BytesIO(data))
    assert report.ok and report.quotes_created == 2
    assert report.unknown_columns == ("Shoe size",)
    short, full = map(filled.get_quote, report.created_ids())
    assert (short.text, short.notes, full.notes) == ("Short row", "", "n")


def test_a_header_without_rows_imports_nothing(filled: Library) -> None:
    before = state(filled)
    report = import_csv(filled, io.BytesIO(b"quote,source\r\n"))
    assert report.ok and (report.rows_read, report.quotes_created) == (0, 0)
    assert state(filled) == before


def test_mixed_line_endings_and_their_line_numbers(filled: Library) -> None:
    r"""\n, \r\n and a lone \r all end a row; inside a quoted cell they are kept as typed."""
    data = (
        b"quote,source,said_on\r\n"  # line 1
        b"A,S1,\n"  # 2
        b"B,S2,\r"  # 3
        b"C,S3,\r\n"  # 4
        b'"E\rmulti\nline\r\nend",S5,\n'  # 5 to 8
        b"F,S6,2020-02-30\r"  # 9
    )
    before = state(filled)
    report = import_csv(filled, io.BytesIO(data))
    assert report.aborted and report.rejected == (
        (9, "column 'said_on': '2020-02-30' is not a real calendar date"),
    )
    assert state(filled) == before
    report = import_csv(filled, io.BytesIO(data), skip_invalid=True)
    texts = [filled.get_quote(i).text for i in report.created_ids()]
    assert texts == ["A", "B", "C", "E\rmulti\nline\r\nend"]


def test_a_million_character_cell_through_the_command_line(
    library_path: Path, tmp_path: Path, capsys: Captured
) -> None:
    quote = ("Слово, “word” — " * 62_500)[:1_000_000]
    sheet = tmp_path / "huge.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["quote", "source"], [quote, "Sasha"]])
    assert run_cli(library_path, "import", str(sheet)) == 0
    assert "imported 1 quote" in capsys.readouterr().out
    with Library(library_path) as library:
        assert library.get_quote(1).text == quote
        assert library.search("слово").ids == (1,)


TRIGGERS = sorted(FORMULA_TRIGGERS)


@pytest.mark.parametrize("trigger", TRIGGERS, ids=[f"U+{ord(t):04X}" for t in TRIGGERS])
def test_every_formula_trigger_round_trips(library: Library, tmp_path: Path, trigger: str) -> None:
    """Cells starting with = + - @ tab or CR are written with an apostrophe, read back without.

    Names are stripped on input, so the tab and CR triggers go in free text only.
    """
    named = trigger if trigger not in "\t\r" else ""
    payload = f'{trigger}HYPERLINK("http://evil.test")'
    source = library.add_source(
        f"{named}Eve", role=f"{named}role", organization=f"{named}org"
    ).created
    article = library.add_article(f"{named}Headline", outlet=f"{named}Outlet").created
    library.add_quote(
        payload,
        source or 0,
        article_id=article,
        context=payload,
        notes=f"'{payload}",
        tags=[f"{named}tag"],
    )
    first = io.BytesIO()
    export_csv(library, first, ExportOptions(unredacted=True))
    rows = list(csv.reader(io.StringIO(first.getvalue().decode("utf-8-sig"), newline="")))
    assert all(cell[:1] not in FORMULA_TRIGGERS for row in rows for cell in row)
    with Library(tmp_path / "copy.sqlite3") as copy:
        report = import_csv(copy, io.BytesIO(first.getvalue()))
        assert report.ok
        quote = copy.get_quote(next(report.created_ids()))
        assert (quote.text, quote.context, quote.notes) == (payload, payload, f"'{payload}")
        assert quote.tags == (f"{named}tag",)
        assert quote.article_headline == f"{named}Headline"
        assert copy.get_source(quote.source_id).role == f"{named}role"
        again = io.BytesIO()
        export_csv(copy, again, ExportOptions(unredacted=True))
    assert again.getvalue() == first.getvalue()


def test_unicode_digits_give_an_age(filled: Library) -> None:
    """Ages typed in other scripts' digits (Arabic-Indic, fullwidth) are read as numbers."""
    data = "quote,source,age\r\nA,Noor,٤١\r\nB,Kenji,２３\r\n".encode()
    report = import_csv(filled, io.BytesIO(data))
    assert report.ok
    ages = [filled.get_source(filled.get_quote(i).source_id).age for i in report.created_ids()]
    assert ages == [41, 23]


BIDI = {
    "rlo-spoof": "Sasha\u202eexe.gnp",  # RIGHT-TO-LEFT OVERRIDE: reads "Sashapng.exe"
    "isolates": "\u2068نور\u2069 Haddad",  # FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
    "embedding": "\u202bשרה\u202c Levi",  # RIGHT-TO-LEFT EMBEDDING … POP DIRECTIONAL FORMATTING
    "arabic": "نور الهدى",
    "hebrew": "שרה לוי",
}


@pytest.mark.parametrize("name", BIDI.values(), ids=list(BIDI))
def test_bidi_controls_in_a_name_are_kept_in_their_own_cell(
    library: Library, tmp_path: Path, name: str
) -> None:
    """Names are stored as typed, bidirectional controls included; the sheet keeps them.

    The choice: Arabic and Hebrew names need no control characters, but names
    pasted from messengers and web pages often carry isolates or embeddings the
    reporter cannot see, so refusing them would reject names with nothing visibly
    wrong, and stripping them would change what was typed without a word. So the
    library keeps a name exactly as typed, and the export writes it byte for byte
    (an import gives the same name back, and anyone checking the file finds the
    controls where they are). A control stays inside its own cell: a spreadsheet
    lays out each cell's direction on its own, so an override such as U+202E
    cannot reorder the cells beside it, which read back unchanged.
    """
    source = library.add_source(name, organization="ACME").created or 0
    library.add_quote("=1+1 after the name", source, notes="after")
    assert library.get_source(source).name == name
    sheet = io.BytesIO()
    export_csv(library, sheet, ExportOptions(columns=("quote", "source", "organization", "notes")))
    raw = sheet.getvalue()
    assert name.encode("utf-8") in raw
    (_, row) = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert row == ["'=1+1 after the name", name, "ACME", "after"]
    with Library(tmp_path / "copy.sqlite3") as copy:
        report = import_csv(copy, io.BytesIO(raw))
        assert report.ok
        assert copy.get_quote(next(report.created_ids())).source_name == name


# -- library files that are not what they seem ---------------------------------------------


def _truncated(path: Path) -> None:
    with Library(path) as library:
        sasha = library.add_source("Sasha").created or 0
        for n in range(300):
            library.add_quote(f"Quote number {n} " * 20, sasha)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _cut_header(path: Path) -> None:
    Library(path).close()
    path.write_bytes(path.read_bytes()[:50])


def _newer(path: Path) -> None:
    Library(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()


def _other_program(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    raw.close()


LIBRARY_FILES = [
    ("zero-bytes", lambda p: p.write_bytes(b""), NotALibraryError, "the file is empty (0 bytes)"),
    ("text-file", lambda p: p.write_text("shopping list\n"), NotALibraryError, "not SQLite at all"),
    ("png-image", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)), NotALibraryError,
     "not SQLite at all"),
    ("truncated", _truncated, DamagedLibraryError, "damaged"),
    ("header-cut", _cut_header, DamagedLibraryError, "truncated"),
    ("newer-schema", _newer, NewerLibraryError, "newer Quotebook (schema 99"),
    ("another-program", _other_program, NotALibraryError, "another program's SQLite database"),
]  # fmt: skip


@pytest.fixture(params=LIBRARY_FILES, ids=[f[0] for f in LIBRARY_FILES])
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, type, str]]:
    """A library path holding something that must be refused, and what to expect."""
    _, make, error, message = request.param
    path = tmp_path / "library.sqlite3"
    make(path)
    yield path, error, message


def _folder(path: Path) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in path.parent.iterdir() if f.is_file()}


def test_a_bad_library_file_is_refused_and_left_as_it_was(
    bad_file: tuple[Path, type[StorageError], str],
) -> None:
    path, error, message = bad_file
    before = _folder(path)
    with pytest.raises(error) as refused:
        Library(path)
    assert message in refused.value.reason
    after = _folder(path)
    after.pop(path.name + ".lock", None)  # the lock file beside it, empty, is all that may appear
    before.pop(path.name + ".lock", None)
    assert after == before


def test_a_bad_library_file_through_the_command_line(
    bad_file: tuple[Path, type[StorageError], str], capsys: Captured
) -> None:
    path, _, message = bad_file
    before = path.read_bytes()
    assert run_cli(path, "info") == 1
    (line,) = error_lines(capsys.readouterr().err)
    assert str(path) in line and message in line
    assert path.read_bytes() == before
