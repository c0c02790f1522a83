"""The ``quotebook`` command line: output, exit statuses and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import GroundRule, Library
from quotebook.core.sheet.csv_common import COLUMNS

Captured = pytest.CaptureFixture[str]


def run(path: Path, *argv: str) -> int:
    return main(["--library", str(path), *argv])


def _one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert "Traceback" not in err
    assert lines[-1].startswith("quotebook: ")
    return lines[-1]


@pytest.fixture
def demo_path(library_path: Path, capsys: Captured) -> Path:
    assert run(library_path, "demo") == 0
    capsys.readouterr()
    return library_path


# -- add-source, add-article, add-quote --------------------------------------


def test_add_source_stores_every_field(library_path: Path, capsys: Captured) -> None:
    status = run(
        library_path,
        "add-source",
        "Lepra",
        "--age", "31",
        "--role", "backend developer",
        "--organization", "SeverPay",
        "--location", "Yerevan",
        "--described-as", "a backend developer at a payments company",
        "--real-name", "Dmitri Koval",
        "--pseudonym",
        "--contact", "@lepra",
        "--rule", "background",
        "--notes", "Signal only",
    )  # fmt: skip
    assert status == 0
    assert capsys.readouterr().out == "added source #1: Lepra\n"
    with Library(library_path) as library:
        source = library.get_source(1)
    assert (source.age, source.role, source.organization, source.location) == (
        31,
        "backend developer",
        "SeverPay",
        "Yerevan",
    )
    assert source.described_as == "a backend developer at a payments company"
    assert (source.real_name, source.is_pseudonym, source.contact) == (
        "Dmitri Koval",
        True,
        "@lepra",
    )
    assert source.default_ground_rule is GroundRule.BACKGROUND
    assert source.notes == "Signal only"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["add-source", "  "], "name: must not be empty"),
        (["add-source", "Bob", "--age", "200"], "age: 200 is not a possible age"),
        (["add-source", "Bob", "--age", "old"], "is not a whole number of years"),
        (["add-source", "Bob", "--rule", "secret"], "unknown ground rule 'secret'"),
        (["add-article", "A", "--published-on", "2024-02-30"], "not a real calendar date"),
        (["add-article", "A", "--url", "https://a.example/ x"], "url: must not contain spaces"),
    ],
)
def test_invalid_input_is_refused_with_status_2(
    library_path: Path, capsys: Captured, argv: list[str], message: str
) -> None:
    assert run(library_path, *argv) == 2
    assert message in _one_line_error(capsys.readouterr().err)
    with Library(library_path) as library:
        assert library.info().sources == 0 and library.info().articles == 0


def test_ground_rules_may_be_typed_in_words(library_path: Path) -> None:
    assert run(library_path, "add-source", "Oleg", "--rule", "off the record") == 0
    assert run(library_path, "add-source", "Ilya", "--rule", "deep-background") == 0
    with Library(library_path) as library:
        rules = [s.default_ground_rule for s in library.list_sources()]
    assert rules == [GroundRule.DEEP_BACKGROUND, GroundRule.OFF_RECORD]


def test_add_article_and_a_duplicate_url(library_path: Path, capsys: Captured) -> None:
    url = "https://meridianpost.example/exodus"
    argv = ["add-article", "The exodus", "--outlet", "The Meridian Post", "--url", url]
    assert run(library_path, *argv, "--published-on", "2024-03-18", "--author", "Anna Reiter") == 0
    assert run(library_path, "add-article", "Another", "--dateline", "TBILISI") == 0
    assert capsys.readouterr().out == "added article #1: The exodus\nadded article #2: Another\n"
    assert run(library_path, "add-article", "Again", "--url", url) == 2
    assert "already has the URL" in _one_line_error(capsys.readouterr().err)
    with Library(library_path) as library:
        article = library.get_article(1)
        assert library.info().articles == 2
        assert library.get_article(2).dateline == "TBILISI"
    assert (article.outlet, article.url, str(article.published_on), article.author) == (
        "The Meridian Post",
        url,
        "2024-03-18",
        "Anna Reiter",
    )


def test_add_quote_by_source_name_with_article_tags_and_rule(
    library_path: Path, capsys: Captured
) -> None:
    run(library_path, "add-source", "Zoë Hartmann", "--rule", "background")
    run(library_path, "add-article", "Visas", "--url", "https://l.example/visas")
    capsys.readouterr()
    status = run(
        library_path,
        "add-quote", "Slow, but not hostile.",
        "--source", "zoe hartmann",
        "--article", "https://l.example/visas",
        "--tag", "visas", "--tag", "Lisbon",
        "--said-on", "2024-09-24",
        "--context", "On Portugal",
        "--notes", "check the year",
        "--language", "en",
    )  # fmt: skip
    assert status == 0
    assert capsys.readouterr().out == "added quote #1 by Zoë Hartmann (background)\n"
    with Library(library_path) as library:
        quote = library.get_quote(1)
    assert (quote.text, quote.source_name, quote.article_headline) == (
        "Slow, but not hostile.",
        "Zoë Hartmann",
        "Visas",
    )
    assert set(quote.tags) == {"visas", "Lisbon"}
    assert (str(quote.said_on), quote.context, quote.notes) == (
        "2024-09-24",
        "On Portugal",
        "check the year",
    )
    assert quote.ground_rule is GroundRule.BACKGROUND


def test_add_quote_by_ids_and_an_explicit_rule(library_path: Path) -> None:
    run(library_path, "add-source", "Sasha")
    run(library_path, "add-article", "Overnight")
    argv = ["add-quote", "Я не уезжал, я сбежал.", "--source", "1", "--article", "#1"]
    assert run(library_path, *argv, "--rule", "off_record", "--translation", "I fled.") == 0
    with Library(library_path) as library:
        quote = library.get_quote(1)
    assert (quote.source_id, quote.article_id, quote.ground_rule) == (1, 1, GroundRule.OFF_RECORD)
    assert quote.translation == "I fled."


def test_add_quote_reads_text_from_stdin(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(library_path, "add-source", "Sasha")
    monkeypatch.setattr(sys, "stdin", io.StringIO("First line.\nSecond line.\n"))
    assert run(library_path, "add-quote", "-", "--source", "Sasha") == 0
    with Library(library_path) as library:
        assert library.get_quote(1).text == "First line.\nSecond line."


def test_a_name_several_sources_share_lists_them(library_path: Path, capsys: Captured) -> None:
    run(library_path, "add-source", "Sasha", "--organization", "Vektor Search")
    run(library_path, "add-source", "SASHA", "--role", "tester", "--new")
    capsys.readouterr()
    assert run(library_path, "add-quote", "Hello", "--source", "sasha") == 2
    error = _one_line_error(capsys.readouterr().err)
    assert "2 sources are named 'sasha'" in error
    assert "#1 Sasha (Vektor Search)" in error and "#2 SASHA (tester)" in error
    with Library(library_path) as library:
        assert library.info().quotes == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--source", "Nobody"], "no source named 'Nobody'; add it first: quotebook add-source"),
        (["--source", "42"], "no source #42"),
        (["--source", "Sasha", "--article", "7"], "no article #7"),
        (["--source", "Sasha", "--article", "https://x.example/a"], "quotebook add-article"),
        (["--source", "Sasha", "--said-on", "yesterday"], "said_on: 'yesterday' is not a date"),
        (["--source", "Sasha", "--rule", "maybe"], "unknown ground rule 'maybe'"),
    ],
)
def test_add_quote_refuses_what_it_cannot_file(
    library_path: Path, capsys: Captured, argv: list[str], message: str
) -> None:
    run(library_path, "add-source", "Sasha")
    capsys.readouterr()
    assert run(library_path, "add-quote", "Words", *argv) == 2
    assert message in _one_line_error(capsys.readouterr().err)
    with Library(library_path) as library:
        assert library.info().quotes == 0


def test_missing_required_option_is_a_usage_error(library_path: Path, capsys: Captured) -> None:
    assert run(library_path, "add-quote", "Words") == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: quotebook add-quote")
    assert "required: --source" in _one_line_error(err)


# -- tags, info, demo ----------------------------------------------------


def test_tags_lists_counts_and_colours(demo_path: Path, capsys: Captured) -> None:
    assert run(demo_path, "tags") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 11
    rows = {line.split()[1]: line.split() for line in lines}
    assert rows["relocation"][0] == "17" and rows["relocation"][-1] == "#1f77b4"
    assert "remote work" in "\n".join(lines)


def test_tags_on_an_empty_library(library_path: Path, capsys: Captured) -> None:
    assert run(library_path, "tags") == 0
    out, err = capsys.readouterr()
    assert out == "" and "no tags yet" in err


def test_demo_fills_an_empty_library(library_path: Path, capsys: Captured) -> None:
    assert run(library_path, "demo") == 0
    assert "54 quotes, 13 sources, 5 articles, 11 tags" in capsys.readouterr().out
    with Library(library_path) as library:
        rules = {source.default_ground_rule for source in library.list_sources()}
    assert rules == set(GroundRule)


def test_demo_refuses_a_library_that_is_not_empty(library_path: Path, capsys: Captured) -> None:
    run(library_path, "add-source", "Mine")
    capsys.readouterr()
    assert run(library_path, "demo") == 2
    error = _one_line_error(capsys.readouterr().err)
    assert "is not empty (0 quotes, 1 sources" in error and "--library" in error
    with Library(library_path) as library:
        assert [source.name for source in library.list_sources()] == ["Mine"]


def test_info_counts_the_demo(demo_path: Path, capsys: Captured) -> None:
    assert run(demo_path, "info") == 0
    out = capsys.readouterr().out
    assert f"library: {demo_path}" in out
    assert "quotes: 54  sources: 13  articles: 5" in out


# -- the library's location and errors ---------------------------------------


def test_quotebook_library_variable_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Captured
) -> None:
    path = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("QUOTEBOOK_LIBRARY", str(path))
    assert main(["add-source", "Sasha"]) == 0
    assert main(["info"]) == 0
    assert f"library: {path}" in capsys.readouterr().out
    assert path.exists()


def test_library_option_wins_over_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUOTEBOOK_LIBRARY", str(tmp_path / "env.sqlite3"))
    assert main(["--library", str(tmp_path / "option.sqlite3"), "add-source", "Sasha"]) == 0
    assert (tmp_path / "option.sqlite3").exists()
    assert not (tmp_path / "env.sqlite3").exists()


def test_a_file_that_is_not_a_library_is_status_1(tmp_path: Path, capsys: Captured) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n")
    assert main(["--library", str(path), "info"]) == 1
    assert "not a Quotebook library" in _one_line_error(capsys.readouterr().err)
    assert path.read_text() == "shopping list\n"


def test_help_lists_every_command(capsys: Captured) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("add-source", "add-article", "add-quote", "tags", "info", "demo"):
        assert command in out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="displays are a Linux matter")
def test_no_command_opens_the_app_or_says_why_not(
    capsys: Captured, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 2
    error = _one_line_error(capsys.readouterr().err)
    assert "no display" in error
    assert "quotebook --help" in error


def test_unknown_command_is_a_usage_error(capsys: Captured) -> None:
    assert main(["frobnicate"]) == 2
    assert "invalid choice" in _one_line_error(capsys.readouterr().err)


# -- as a separate process ---------------------------------------------------


def _quotebook(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quotebook", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        check=False,
    )


def test_process_demo_then_refusal_with_exit_statuses(tmp_path: Path) -> None:
    path = str(tmp_path / "demo.sqlite3")
    first = _quotebook("--library", path, "demo")
    assert first.returncode == 0 and "54 quotes" in first.stdout
    second = _quotebook("--library", path, "demo")
    assert second.returncode == 2
    assert second.stderr.count("\n") == 1 and "not empty" in second.stderr


def test_process_uses_the_environment_variable_and_loads_no_qt(tmp_path: Path) -> None:
    path = tmp_path / "env.sqlite3"
    code = (
        "import sys; from quotebook.cli import main; status = main(['add-source', 'Zoë']); "
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'; sys.exit(status)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "QUOTEBOOK_LIBRARY": str(path), "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "added source #1: Zoë\n"
    with Library(path) as library:
        assert library.list_sources()[0].name == "Zoë"


def test_process_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    done = _quotebook(
        "--library", str(tmp_path / "l.sqlite3"), "add-quote", "x", "--source", "Nobody"
    )
    assert done.returncode == 2
    assert done.stderr.startswith("quotebook: no source named 'Nobody'")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


# -- export ------------------------------------------------------------------


def _sheet(path: Path, encoding: str = "utf-8-sig", delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def _by_source(library_path: Path, name: str) -> set[int]:
    with Library(library_path) as library:
        source = library.find_sources(name)[0].id
        return {
            i
            for i in range(1, library.info().quotes + 1)
            if library.get_quote(i).source_id == source
        }


def test_export_writes_a_redacted_sheet(demo_path: Path, tmp_path: Path, capsys: Captured) -> None:
    out = tmp_path / "sheet.csv"
    assert run(demo_path, "export", "-o", str(out)) == 0
    assert capsys.readouterr().out == (
        f"wrote 48 quotes to {out}; left out 6 given off the record "
        "(--include-off-record adds them)\n"
    )
    assert out.read_bytes().startswith(b'\xef\xbb\xbf"quote_id","quote","attribution","source",')
    rows = {int(row["quote_id"]): row for row in _sheet(out)}
    assert len(rows) == 48 and all(row["ground_rule"] != "off_record" for row in rows.values())
    text = out.read_text(encoding="utf-8-sig")
    assert "Dmitri Koval" not in text and "lepra_backend" not in text and "Lepra" not in text
    lepra = rows[min(_by_source(demo_path, "Lepra"))]
    assert (lepra["source"], lepra["ground_rule"]) == ("", "background")
    assert lepra["attribution"].startswith("a backend developer at a payments company")
    ilya = rows[min(_by_source(demo_path, "Ilya"))]
    assert (ilya["source"], ilya["attribution"], ilya["age"]) == ("", "", "")
    assert (
        rows[1]["attribution"] == "Sasha, a 23-year-old machine learning engineer at Vektor Search"
    )


def test_export_unredacted_warns_and_still_hides_real_names(
    demo_path: Path, tmp_path: Path, capsys: Captured
) -> None:
    out = tmp_path / "all.csv"
    assert run(demo_path, "export", "-o", str(out), "--unredacted", "--include-off-record") == 0
    err = capsys.readouterr().err
    assert "quotebook: warning: This export is unredacted" in err
    assert "off the record" in err
    rows = _sheet(out)
    assert len(rows) == 54
    assert {"Lepra", "Ilya", "Oleg"} <= {row["source"] for row in rows}
    assert "Dmitri Koval" not in out.read_text(encoding="utf-8-sig")


def test_export_columns_delimiter_and_no_bom(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "few.csv"
    argv = ["export", "-o", str(out), "--columns", "quote_id,said_on,tags", "--no-bom"]
    assert run(demo_path, *argv, "--delimiter", ";") == 0
    assert out.read_bytes().startswith(b'"quote_id";"said_on";"tags"\r\n')
    rows = _sheet(out, encoding="utf-8", delimiter=";")
    assert rows[1] == {"quote_id": "2", "said_on": "2024-01-15", "tags": "guilt; relocation"}


def test_export_to_standard_output(demo_path: Path, capsys: Captured) -> None:
    assert run(demo_path, "export", "-o", "-", "--columns", "quote_id,source", "--no-bom") == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[:2] == ['"quote_id","source"', '"1","Sasha"']
    assert "wrote 48 quotes to standard output" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--columns", "quote,shoe_size"], "columns: 'shoe_size' is not a column"),
        (["--delimiter", "|"], "delimiter: '|' is not one of , and ;"),
    ],
)
def test_export_refuses_bad_options(
    demo_path: Path, tmp_path: Path, capsys: Captured, argv: list[str], message: str
) -> None:
    out = tmp_path / "never.csv"
    assert run(demo_path, "export", "-o", str(out), *argv) == 2
    assert message in _one_line_error(capsys.readouterr().err)
    assert not out.exists()


def test_export_into_a_missing_folder(demo_path: Path, tmp_path: Path, capsys: Captured) -> None:
    out = tmp_path / "nowhere" / "sheet.csv"
    assert run(demo_path, "export", "-o", str(out)) == 2
    assert "there is no folder" in _one_line_error(capsys.readouterr().err)
    assert not out.parent.exists()


# -- search ------------------------------------------------------------------


def test_search_lists_matches_with_source_rule_and_tags(demo_path: Path, capsys: Captured) -> None:
    assert run(demo_path, "search", "сбежал") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("#2  2024-01-15  Sasha  on_record  [guilt, relocation]")
    assert "in: The coders who left overnight" in lines[0]
    assert lines[1] == "    Я не уезжал, я сбежал. Это разные вещи."
    assert lines[-1] == "1 match"


def test_search_text_listing_shows_off_record_quotes_to_the_reporter(
    demo_path: Path, capsys: Captured
) -> None:
    assert run(demo_path, "search", "source:oleg") == 0
    out = capsys.readouterr().out
    assert out.count("Oleg  off_record") == 3 and out.endswith("3 matches\n")


def test_search_limit_and_footer(demo_path: Path, capsys: Captured) -> None:
    assert run(demo_path, "search", "", "--limit", "2") == 0
    out = capsys.readouterr().out
    assert out.count("\n#") + out.startswith("#") == 2
    assert out.endswith("showing 2 of 54 matches (--limit 0 shows them all)\n")
    assert run(demo_path, "search", "tag:visas", "--limit", "0") == 0
    assert capsys.readouterr().out.endswith("9 matches\n")


def test_search_without_matches(demo_path: Path, capsys: Captured) -> None:
    assert run(demo_path, "search", "zebra") == 0
    assert capsys.readouterr().out == "no quotes match\n"


def test_search_json_has_the_export_fields_redacted(demo_path: Path, capsys: Captured) -> None:
    assert run(demo_path, "search", "source:lepra", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 4  # the fifth was given off the record
    assert all(tuple(row) == COLUMNS for row in rows)
    assert {row["ground_rule"] for row in rows} == {"background"}
    assert {row["source"] for row in rows} == {""}
    assert all(row["attribution"].startswith("a backend developer") for row in rows)
    assert all(row["age"] is None and row["pseudonym"] is False for row in rows)
    assert "Dmitri" not in json.dumps(rows) and "Lepra" not in json.dumps(rows)
    filed = next(row for row in rows if row["outlet"] == "Northline Weekly")
    assert isinstance(filed["quote_id"], int) and isinstance(filed["tags"], list)
    assert filed["published_on"] == "2024-05-20" and filed["said_on"] == "2024-03-04"


def test_search_json_unredacted_and_off_record(demo_path: Path, capsys: Captured) -> None:
    argv = ["search", "source:lepra", "--json", "--unredacted", "--include-off-record"]
    assert run(demo_path, *argv) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5
    assert {row["source"] for row in rows} == {"Lepra"}
    assert {row["pseudonym"] for row in rows} == {True} and {row["age"] for row in rows} == {31}
    assert "Dmitri" not in json.dumps(rows)


def test_search_json_limit_counts_only_what_it_may_show(demo_path: Path, capsys: Captured) -> None:
    assert run(demo_path, "search", "source:oleg OR source:sasha", "--json", "--limit", "9") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5 and all(row["ground_rule"] == "on_record" for row in rows)
    assert run(demo_path, "search", "", "--json", "--limit", "0") == 0
    assert len(json.loads(capsys.readouterr().out)) == 48


def test_search_json_keeps_text_that_looks_like_a_formula(
    library_path: Path, capsys: Captured
) -> None:
    run(library_path, "add-source", "=Eve", "--age", "40")
    run(library_path, "add-quote", "=SUM(A1:A2) is what she typed", "--source", "=Eve")
    argv = ["add-quote", "plain", "--source", "1", "--tag", "a;b", "--tag", "c", "--tag", "=x"]
    run(library_path, *argv)
    capsys.readouterr()
    assert run(library_path, "search", "", "--json") == 0
    rows = {row["quote_id"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows[1]["quote"] == "=SUM(A1:A2) is what she typed"
    assert rows[1]["source"] == "=Eve" and rows[1]["age"] == 40
    assert rows[2]["tags"] == ["=x", "a;b", "c"] and rows[2]["said_on"] is None


def test_a_malformed_query_is_status_2(demo_path: Path, capsys: Captured) -> None:
    assert run(demo_path, "search", "(draft OR) visa") == 2
    error = _one_line_error(capsys.readouterr().err)
    assert error == "quotebook: bad query: 'OR' must be followed by a term (at character 8)"
    assert run(demo_path, "search", '"unclosed', "--json") == 2
    assert "bad query" in _one_line_error(capsys.readouterr().err)


def test_search_limit_must_be_a_count(demo_path: Path, capsys: Captured) -> None:
    assert run(demo_path, "search", "x", "--limit", "-3") == 2
    assert "'-3' is not a whole number" in _one_line_error(capsys.readouterr().err)


def test_export_of_a_search(demo_path: Path, tmp_path: Path, capsys: Captured) -> None:
    out = tmp_path / "draft.csv"
    assert run(demo_path, "export", "tag:draft", "-o", str(out)) == 0
    assert "wrote 3 quotes" in capsys.readouterr().out
    assert all("draft" in row["tags"] for row in _sheet(out))


def test_process_search_json_is_utf8(tmp_path: Path) -> None:
    path = str(tmp_path / "demo.sqlite3")
    assert _quotebook("--library", path, "demo").returncode == 0
    done = _quotebook("--library", path, "search", "ёлка OR сбежал", "--json")
    assert done.returncode == 0, done.stderr
    assert [row["quote"] for row in json.loads(done.stdout)] == [
        "Я не уезжал, я сбежал. Это разные вещи."
    ]


# -- import ------------------------------------------------------------------

_OWN_SHEET = (
    "Who,What,When,Topic,Extra\n"
    'Sasha,"We left, all of us.",2024-01-02,draft;exile,x\n'
    "Zoë,Bonjour,2024-13-01,,y\n"
    ",Nobody said this,,,\n"
)
_OWN_MAP = ["--map", "Who=source", "--map", "What=quote", "--map", "When=said_on"]


def _own_sheet(tmp_path: Path) -> Path:
    path = tmp_path / "own.csv"
    path.write_text(_OWN_SHEET, encoding="utf-8")
    return path


def test_export_then_import_gives_back_the_sheet(
    demo_path: Path, tmp_path: Path, capsys: Captured
) -> None:
    first, again = tmp_path / "first.csv", tmp_path / "again.csv"
    copy = tmp_path / "copy.sqlite3"
    run(demo_path, "export", "-o", str(first), "--unredacted", "--include-off-record")
    capsys.readouterr()
    assert run(copy, "import", str(first)) == 0
    assert capsys.readouterr().out == (
        "imported 54 quotes; sources: 13 new, 0 matched; articles: 5 new, 0 matched; new tags: 11\n"
    )
    run(copy, "export", "-o", str(again), "--unredacted", "--include-off-record")
    assert again.read_bytes() == first.read_bytes()
    capsys.readouterr()
    assert run(copy, "import", str(first)) == 0
    assert "imported 0 quotes; 54 already in the library" in capsys.readouterr().out


def test_import_dry_run_writes_nothing(demo_path: Path, tmp_path: Path, capsys: Captured) -> None:
    sheet, copy = tmp_path / "sheet.csv", tmp_path / "copy.sqlite3"
    run(demo_path, "export", "-o", str(sheet), "--unredacted")
    capsys.readouterr()
    assert run(copy, "import", str(sheet), "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.startswith("dry run: would import 48 quotes;") and "nothing was written" in out
    with Library(copy) as library:
        assert library.info().quotes == 0 and library.info().sources == 0


def test_import_with_a_mapping_refuses_a_sheet_with_bad_rows(
    library_path: Path, tmp_path: Path, capsys: Captured
) -> None:
    sheet = _own_sheet(tmp_path)
    assert run(library_path, "import", str(sheet), *_OWN_MAP, "--map", "Topic=tags") == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines[0].startswith("quotebook: line 3: column 'When': '2024-13-01' is not a real")
    assert lines[1].startswith("quotebook: line 4: column 'Who': empty")
    assert "columns not read: 'Extra'" in lines[2]
    assert lines[3].startswith("quotebook: nothing imported: 2 of 3 rows are invalid")
    with Library(library_path) as library:
        assert library.info().quotes == 0 and library.info().sources == 0


def test_import_skip_invalid_takes_the_good_rows(
    library_path: Path, tmp_path: Path, capsys: Captured
) -> None:
    sheet = _own_sheet(tmp_path)
    argv = ["import", str(sheet), *_OWN_MAP, "--map", "Topic=tags", "--skip-invalid"]
    assert run(library_path, *argv) == 0
    out, err = capsys.readouterr()
    assert "imported 1 quote;" in out and "2 invalid rows skipped" in out
    assert err.count("quotebook: line ") == 2
    with Library(library_path) as library:
        quote = library.get_quote(library.search("").ids[0])
    assert (quote.text, quote.source_name, str(quote.said_on)) == (
        "We left, all of us.",
        "Sasha",
        "2024-01-02",
    )
    assert sorted(quote.tags) == ["draft", "exile"]


def test_import_with_every_row_rejected_is_status_2(
    library_path: Path, tmp_path: Path, capsys: Captured
) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_text("quote,source,said_on\nHello,,2024-01-01\n", encoding="utf-8")
    assert run(library_path, "import", str(sheet), "--skip-invalid") == 2
    err = capsys.readouterr().err
    assert "quotebook: line 2:" in err and "Traceback" not in err


def test_import_a_legacy_encoding(library_path: Path, tmp_path: Path, capsys: Captured) -> None:
    sheet = tmp_path / "cp1251.csv"
    sheet.write_bytes("quote,source\nПривет,Иван\n".encode("cp1251"))
    assert run(library_path, "import", str(sheet)) == 2
    assert "--encoding cp1251" in _one_line_error(capsys.readouterr().err)
    assert run(library_path, "import", str(sheet), "--encoding", "cp1251") == 0
    with Library(library_path) as library:
        assert library.get_quote(1).text == "Привет"
        assert library.get_quote(1).source_name == "Иван"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--map", "Who"], "--map 'Who': write it as \"Their column=field\""),
        (["--map", "Who=sauce"], "mapping: 'sauce' is not a field"),
        (["--encoding", "klingon"], "'klingon' is not an encoding"),
    ],
)
def test_import_refuses_bad_options(
    library_path: Path, tmp_path: Path, capsys: Captured, argv: list[str], message: str
) -> None:
    assert run(library_path, "import", str(_own_sheet(tmp_path)), *argv) == 2
    assert message in _one_line_error(capsys.readouterr().err)


def test_import_a_missing_file(library_path: Path, tmp_path: Path, capsys: Captured) -> None:
    assert run(library_path, "import", str(tmp_path / "none.csv")) == 2
    assert "cannot read" in _one_line_error(capsys.readouterr().err)


def test_process_import_from_standard_input(tmp_path: Path) -> None:
    path = str(tmp_path / "piped.sqlite3")
    done = subprocess.run(
        [sys.executable, "-m", "quotebook", "--library", path, "import", "-"],
        input="quote;source;tags\nМы уехали;Саша;exile\n".encode(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("imported 1 quote;")
    with Library(path) as library:
        assert library.get_quote(1).text == "Мы уехали"
        assert library.get_quote(1).tags == ("exile",)


def test_version_and_help_load_neither_the_database_layer_nor_the_extractor() -> None:
    code = (
        "import sys; from quotebook.cli import main; main(['--help']); "
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'quotebook.core.library.library', "
        "'quotebook.core.extract.extractor') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "extract" in done.stdout and "search" in done.stdout


def test_each_command_module_adds_the_commands_the_table_gives_it() -> None:
    import argparse

    from quotebook.cli import COMMANDS, command_module

    for name in dict.fromkeys(COMMANDS.values()):
        module = command_module(name)
        commands = argparse.ArgumentParser().add_subparsers()
        module.register(commands)
        assert tuple(commands.choices) == module.COMMANDS
        assert tuple(c for c, m in COMMANDS.items() if m == name) == module.COMMANDS


def test_a_command_loads_only_its_own_module(library_path: Path) -> None:
    code = (
        "import sys; from quotebook.cli import main; "
        "main(['--library', sys.argv[1], 'info']); "
        "others = ('quotebook.commands.search', 'quotebook.commands.encrypt', "
        "'quotebook.commands.export', 'quotebook.commands.extract'); "
        "loaded = [m for m in ('quotebook.core.extract', 'quotebook.core.sheet.csv_import_fields', "
        "'quotebook.core.storage.encryption', 'platformdirs', *others) "
        "if m in sys.modules]; assert not loaded, loaded"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(library_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "schema version" in done.stdout


def test_search_info_and_searches_read_without_loading_the_database_layer(
    demo_path: Path,
) -> None:
    code = (
        "import sys; from quotebook.cli import main; lib = sys.argv[1]; "
        "codes = [main(['--library', lib, *argv]) for argv in "
        "(['search', 'visa'], ['search', '@nothing'], ['info'], ['searches'])]; "
        "heavy = [m for m in ('sqlalchemy', 'quotebook.core.library.library') "
        "if m in sys.modules]; "
        "assert not heavy, heavy; print(codes)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[0, 2, 0, 0]"
    assert "quotes: 54" in done.stdout and "no saved search named 'nothing'" in done.stderr


# What a search that only reads has no use for: making or naming backups, upgrading,
# the values a write reports, the quotes' index's own module and the record classes.
_NOT_FOR_A_SEARCH = (
    "quotebook.core.storage.backup",
    "quotebook.core.storage.migrations",
    "quotebook.core.domain.changes",
    "quotebook.core.storage.fts",
    "quotebook.core.domain.values",
    "quotebook.core.domain.schema",
    # What a search's own values and its output do without: defining dataclasses
    # (a tenth of a search's time) and JSON (only for --json).
    "dataclasses",
    "json",
)


def test_a_search_loads_only_what_a_search_needs(demo_path: Path) -> None:
    code = (
        "import sys; from quotebook.cli import main; "
        "main(['--library', sys.argv[1], 'search', 'visa']); "
        f"loaded = [m for m in {_NOT_FOR_A_SEARCH!r} if m in sys.modules]; "
        "assert not loaded, loaded"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "visa" in done.stdout.casefold()


def test_info_loads_only_what_counting_needs(demo_path: Path) -> None:
    code = (
        "import sys; from quotebook.cli import main; main(['--library', sys.argv[1], 'info']); "
        f"loaded = [m for m in {_NOT_FOR_A_SEARCH!r} if m in sys.modules]; "
        "assert not loaded, loaded"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "quotes: 54" in done.stdout


def test_info_reads_the_counts_without_loading_search(demo_path: Path) -> None:
    code = (
        "import sys; from quotebook.cli import main; main(['--library', sys.argv[1], 'info']); "
        "loaded = [m for m in ('quotebook.core.search.runner', 'quotebook.core.search.parse') "
        "if m in sys.modules]; assert not loaded, loaded"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "quotes: 54" in done.stdout


def test_only_the_program_leaves_its_objects_to_the_exit() -> None:
    code = (
        "import gc, sys; from quotebook.cli import main; "
        "main(['--version']); called = gc.get_freeze_count(); "
        "sys.argv = ['quotebook', '--version']; main(); "
        "print(called, gc.get_freeze_count() > 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0 True"


def test_the_version_loads_no_command_and_nothing_of_the_core() -> None:
    code = (
        "import sys; from quotebook.cli import main; main(['--version']); "
        "loaded = [m for m in sys.modules if m.startswith(('quotebook.co', 'sqlite3'))]; "
        "assert not loaded, loaded"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Quotebook ")


def test_search_stops_counting_at_a_thousand_as_the_app_does(
    library_path: Path, capsys: Captured
) -> None:
    with Library(library_path) as library:
        source = library.add_source("Sasha").created
        assert source is not None
        for number in range(1003):
            library.add_quote(f"Visa queue, day {number}", source)
    assert run(library_path, "search", "visa", "--limit", "2") == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "showing 2 of 1,000+ matches (--limit 0 shows them all)"
    )
    assert run(library_path, "search", "visa", "--limit", "0") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1003 matches"
