"""The ``quotebook`` command line: output, exit statuses and one-line errors."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import GroundRule, Library

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
    run(library_path, "add-source", "SASHA", "--role", "tester")
    capsys.readouterr()
    assert run(library_path, "add-quote", "Hello", "--source", "sasha") == 2
    error = _one_line_error(capsys.readouterr().err)
    assert "2 sources are named 'sasha'" in error
    assert "#1 Sasha (Vektor Search)" in error and "#2 SASHA (tester)" in error
    with Library(library_path) as library:
        assert library.count_quotes() == 0


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
        assert library.count_quotes() == 0


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


def test_no_command_prints_help(capsys: Captured) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    for command in ("add-source", "add-article", "add-quote", "tags", "info", "demo"):
        assert command in out


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
