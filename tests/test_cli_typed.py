"""The command line takes what a reporter types: queries starting with '-', huge numbers,
odd encodings, a header row pasted again mid-sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import Library, ValidationError

Captured = pytest.CaptureFixture[str]


@pytest.fixture
def filled(library_path: Path) -> Path:
    with Library(library_path) as library:
        source = library.add_source("Sasha").created or 0
        library.add_quote("Said on the record", source, ground_rule="on_record")
        library.add_quote("Said off the record", source, ground_rule="off_record")
    return library_path


def _last_error(err: str) -> str:
    assert "Traceback" not in err and "unexpected error" not in err
    return err.strip().splitlines()[-1]


@pytest.mark.parametrize("query", ["-rule:on", "-record", "NOT rule:on"])
def test_a_query_starting_with_a_dash_needs_no_double_dash(
    filled: Path, capsys: Captured, query: str
) -> None:
    assert main(["--library", str(filled), "search", query]) == 0
    out = capsys.readouterr().out
    assert ("off the record" in out) == (query != "-record")
    assert "Said on the record" not in out


def test_a_dash_query_goes_with_options_in_any_order(filled: Path, capsys: Captured) -> None:
    assert main(["--library", str(filled), "search", "--limit", "5", "-rule:off"]) == 0
    assert "Said on the record" in capsys.readouterr().out


def test_an_unknown_option_elsewhere_is_still_refused(filled: Path, capsys: Captured) -> None:
    assert main(["--library", str(filled), "info", "-x"]) == 2
    assert _last_error(capsys.readouterr().err) == "quotebook: unrecognized arguments: -x"


def test_a_limit_too_large_is_a_usage_error(filled: Path, capsys: Captured) -> None:
    assert main(["--library", str(filled), "search", "x", "--limit", "9" * 20]) == 2
    assert "is too large" in _last_error(capsys.readouterr().err)
    with Library(filled) as library, pytest.raises(ValidationError):
        library.search("x", limit=10**20)


def test_a_codec_that_is_not_a_text_encoding_is_refused(
    filled: Path, capsys: Captured, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("quote,source\nHello,Olga\n", "utf-8")
    for codec in ("rot13", "base64"):
        assert main(["--library", str(filled), "import", str(sheet), "--encoding", codec]) == 2
        assert (
            _last_error(capsys.readouterr().err) == f"quotebook: {codec!r} is not a text encoding"
        )
    with Library(filled) as library:
        assert library.info().quotes == 2


def test_a_header_row_repeated_mid_sheet_is_an_invalid_row(
    filled: Path, capsys: Captured, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Quote,Source\nHello,Olga\n quote , SOURCE \nBye,Olga\n", "utf-8")
    assert main(["--library", str(filled), "import", str(sheet)]) == 2
    assert "line 3: repeats the header row" in capsys.readouterr().err
    assert main(["--library", str(filled), "import", str(sheet), "--skip-invalid"]) == 0
    with Library(filled) as library:
        assert library.info().quotes == 4
        assert library.find_sources("source") == []
