"""Importing sheets: matching, mapping, ids, every row error with its line, encodings."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from quotebook.core import CsvError, GroundRule, Library, ValidationError
from quotebook.core.sheet import csv_import
from quotebook.core.sheet.csv_common import CsvEncodingError
from quotebook.core.sheet.csv_import import import_csv, preview_csv
from quotebook.core.sheet.csv_import_stage import Stage

HEADER = (
    "quote_id,quote,attribution,source,pseudonym,age,role,organization,ground_rule,"
    "said_on,tags,article,outlet,url,published_on,context,notes\r\n"
)


def _sheet(tmp_path: Path, body: str, *, header: str = HEADER, encoding: str = "utf-8") -> Path:
    path = tmp_path / "sheet.csv"
    path.write_bytes((header + body).encode(encoding))
    return path


def _counts(library: Library) -> tuple[int, int, int, int]:
    info = library.info()
    return info.quotes, info.sources, info.articles, info.tags


def test_editor_sheet_creates_quotes_sources_articles_and_tags(
    library: Library, tmp_path: Path
) -> None:
    body = (
        ',\'=SUM(A1),"Sasha, a 23-year-old engineer at Yandex",Sasha,yes,23,engineer,Yandex,'
        "on_record,2022-03-14,'@home; Draft;; 2022; exile,The exodus,Daily,https://x.test/a,"
        "2022-04-01,After the call,'-checked\r\n"
    )
    report = import_csv(library, _sheet(tmp_path, body))
    assert report.ok and report.quotes_created == 1
    quote = library.get_quote(next(report.created_ids()))
    assert quote.text == "=SUM(A1)"
    assert quote.notes == "-checked" and quote.context == "After the call"
    assert quote.ground_rule is GroundRule.ON_RECORD and str(quote.said_on) == "2022-03-14"
    assert set(quote.tags) == {"@home", "Draft; 2022", "exile"}
    source = library.get_source(quote.source_id)
    assert (source.name, source.is_pseudonym, source.age, source.role) == (
        "Sasha",
        True,
        23,
        "engineer",
    )
    article = library.get_article(quote.article_id or 0)
    assert (article.headline, article.outlet, article.url, str(article.published_on)) == (
        "The exodus",
        "Daily",
        "https://x.test/a",
        "2022-04-01",
    )
    assert (report.sources_created, report.articles_created, report.tags_created) == (1, 1, 3)
    assert library.undo_label == "Import CSV"


def test_sources_matched_by_folded_name_with_organisation_as_tie_breaker(
    library: Library, tmp_path: Path
) -> None:
    zoe_a = library.add_source("Zoë", organization="Acme").created
    zoe_b = library.add_source("Zoë", organization="Globex").created
    lone = library.add_source("Oleg", organization="Initech").created
    body = (
        ",one,,ZOE,,,,globex,,,,,,,,,\r\n"
        ",two,,zoe\u0308,,,,ACME,,,,,,,,,\r\n"
        ",three,,oleg,,,,,,,,,,,,,\r\n"
        ",four,,Oleg,,,,Hooli,,,,,,,,,\r\n"
    )
    report = import_csv(library, _sheet(tmp_path, body))
    sources = [library.get_quote(i).source_id for i in report.created_ids()]
    assert sources[:3] == [zoe_b, zoe_a, lone]
    assert sources[3] not in (zoe_a, zoe_b, lone)
    assert library.get_source(sources[3]).organization == "Hooli"
    assert (report.sources_matched, report.sources_created) == (3, 1)


def test_articles_matched_by_url_then_headline_and_tags_by_name(
    library: Library, tmp_path: Path
) -> None:
    by_url = library.add_article("Old headline", url="https://x.test/a").created
    by_headline = library.add_article("The Exodus").created
    library.add_tag("Exile")
    body = (
        ",one,,Oleg,,,,,,,EXILE,Another headline,,https://x.test/a,,,\r\n"
        ",two,,Oleg,,,,,,,exile; new,the exodus,,,,,\r\n"
    )
    report = import_csv(library, _sheet(tmp_path, body))
    one, two = (library.get_quote(i) for i in report.created_ids())
    assert (one.article_id, two.article_id) == (by_url, by_headline)
    assert one.tags == ("Exile",) and set(two.tags) == {"Exile", "new"}
    assert (report.articles_matched, report.articles_created, report.tags_created) == (2, 0, 1)


def test_reporters_sheet_through_a_mapping(library: Library, tmp_path: Path) -> None:
    header = "Speaker;What they said;When;Topic;Lang;My scribbles\r\n"
    body = "Lepra;Мы уехали;2022-03-01;exile;ru;call back\r\n"
    path = _sheet(tmp_path, body, header=header)
    mapping = {
        "Speaker": "source",
        "What they said": "quote",
        "When": "said_on",
        "Topic": "tags",
        "Lang": "language",
    }
    report = import_csv(library, path, mapping=mapping)
    assert report.unknown_columns == ("My scribbles",)
    quote = library.get_quote(next(report.created_ids()))
    assert (quote.text, quote.source_name, quote.language, quote.tags) == (
        "Мы уехали",
        "Lepra",
        "ru",
        ("exile",),
    )
    with pytest.raises(ValidationError, match="speaker_name"):
        import_csv(library, path, mapping={"Speaker": "speaker_name"})
    with pytest.raises(CsvError, match="'Who'"):
        import_csv(library, path, mapping={"Who": "source", "What they said": "quote"})


def test_free_quote_ids_are_kept_taken_ones_reported(library: Library, tmp_path: Path) -> None:
    source = library.add_source("Oleg").created or 0
    present = library.add_quote("Already here", source).created
    other = library.add_quote("Something else", source).created
    body = (
        f"{present},Already here,,Oleg,,,,,,,,,,,,,\r\n"
        f"{other},A different quote,,Oleg,,,,,,,,,,,,,\r\n"
        "40,Fresh,,Oleg,,,,,,,,,,,,,\r\n"
        ",No id,,Oleg,,,,,,,,,,,,,\r\n"
    )
    report = import_csv(library, _sheet(tmp_path, body))
    assert report.already_present == ((2, present),)
    assert report.renumbered == ((3, other, 41),)
    assert list(report.created_ids()) == [40, 41, 42]
    assert library.get_quote(40).text == "Fresh"
    assert library.get_quote(other or 0).text == "Something else"
    assert library.get_quote(41).text == "A different quote"


def test_every_bad_row_is_listed_with_its_line_and_nothing_is_imported(
    library: Library, tmp_path: Path
) -> None:
    body = (
        ',"two\nlines",,Oleg,,,,,,,,,,,,,\r\n'  # lines 2-3: fine
        ",,,Oleg,,,,,,,,,,,,,\r\n"  # 4
        ",x,,Oleg,,,,,sideways,,,,,,,,\r\n"  # 5
        ",x,,Oleg,,,,,,2022-02-30,,,,,,,\r\n"  # 6
        ",x,,Oleg,,200,,,,,,,,,,,\r\n"  # 7
        ",x\x00y,,Oleg,,,,,,,,,,,,,\r\n"  # 8
        ",x,,,,,,,,,,,,,,,\r\n"  # 9
        "7,x,,Oleg,,,,,,,,,,,,,\r\n"  # 10
        '7,"another\r\nquote",,Oleg,,,,,,,,,,,,,\r\n'  # 11-12
        ",x,,Oleg,maybe,,,,,,,,,,,,\r\n"  # 13
        "abc,x,,Oleg,,,,,,,,,,,,,\r\n"  # 14
        ",x,,Oleg,,,,,,,,,,,,,,surplus\r\n"  # 15
        ",x,,Oleg,,,,,,,,,Daily,,,,\r\n"  # 16
    )
    report = import_csv(library, _sheet(tmp_path, body))
    assert report.aborted and not report.ok and report.quotes_created == 0
    lines = {line: reason for line, reason in report.rejected}
    assert sorted(lines) == [4, 5, 6, 7, 8, 9, 11, 13, 14, 15, 16]
    assert lines[4].startswith("column 'quote': ")
    assert "column 'ground_rule'" in lines[5] and "sideways" in lines[5]
    assert "column 'said_on'" in lines[6] and "not a real calendar date" in lines[6]
    assert "column 'age'" in lines[7] and "200" in lines[7]
    assert "column 'quote'" in lines[8] and "NUL" in lines[8]
    assert "column 'source'" in lines[9]
    assert "line 10 and 11" in lines[11] and "column 'quote_id'" in lines[11]
    assert "column 'pseudonym'" in lines[13]
    assert "column 'quote_id'" in lines[14]
    assert "18 cells" in lines[15]
    assert "column 'article'" in lines[16] and "outlet" in lines[16]
    assert _counts(library) == (0, 0, 0, 0)
    assert report.rows_read == 13


def test_skip_invalid_imports_the_valid_rows(library: Library, tmp_path: Path) -> None:
    body = ",good,,Oleg,,,,,,,,,,,,,\r\n,,,Oleg,,,,,,,,,,,,,\r\n,also good,,Ilya,,,,,,,,,,,,,\r\n"
    report = import_csv(library, _sheet(tmp_path, body), skip_invalid=True)
    assert not report.aborted and report.quotes_created == 2
    assert [line for line, _ in report.rejected] == [3]
    assert [library.get_quote(i).text for i in report.created_ids()] == ["good", "also good"]
    assert _counts(library)[:2] == (2, 2)


def test_dry_run_reports_and_writes_nothing(library: Library, tmp_path: Path) -> None:
    library.add_source("Oleg")
    body = ",one,,oleg,,,,,,,a; b,Exodus,,,,,\r\n,two,,Ilya,,,,,,,b,Exodus,,,,,\r\n"
    before = _counts(library)
    data_before = library.path.read_bytes()
    report = import_csv(library, _sheet(tmp_path, body), dry_run=True)
    assert report.dry_run and not report.created_runs
    assert (report.quotes_created, report.sources_created, report.sources_matched) == (2, 1, 1)
    assert (report.articles_created, report.articles_matched, report.tags_created) == (1, 0, 2)
    assert _counts(library) == before
    assert library.path.read_bytes() == data_before


def test_semicolon_sheet_with_bom_and_text_stream(library: Library, tmp_path: Path) -> None:
    header = HEADER.replace(",", ";")
    path = _sheet(tmp_path, ";Один;;Саша;;;;;;;;;;;;;\r\n", header="\ufeff" + header)
    assert import_csv(library, path).quotes_created == 1
    stream = io.StringIO(HEADER + ",two,,Ilya,,,,,,,,,,,,,\r\n", newline="")
    report = import_csv(library, stream)
    assert library.get_quote(next(report.created_ids())).text == "two"


@pytest.mark.parametrize(
    ("encoding", "suggested"),
    [("cp1251", "cp1251"), ("latin-1", "latin-1"), ("utf-16", "utf-16")],
)
def test_other_encodings_refused_without_an_option_and_read_with_it(
    library: Library, tmp_path: Path, encoding: str, suggested: str
) -> None:
    text, name = ("Мы уехали в марте", "Саша") if encoding == "cp1251" else ("Très bien", "Zoë")
    path = _sheet(tmp_path, f",{text},,{name},,,,,,,,,,,,,\r\n", encoding=encoding)
    with pytest.raises(CsvEncodingError) as caught:
        import_csv(library, path)
    message = str(caught.value)
    assert f"--encoding {suggested}" in message
    assert ("UTF-16" if encoding == "utf-16" else "not UTF-8") in message
    assert caught.value.suggested_encoding == suggested
    assert _counts(library) == (0, 0, 0, 0)
    report = import_csv(library, path, encoding=encoding)
    assert report.rejected == ()
    quote = library.get_quote(next(report.created_ids()))
    assert report.rejected == ()
    assert (quote.text, quote.source_name) == (text, name)


def test_bad_bytes_deep_in_a_file_name_their_line(library: Library, tmp_path: Path) -> None:
    rows = "".join(f",quote {i},,Oleg,,,,,,,,,,,,,\r\n" for i in range(3000))
    path = tmp_path / "sheet.csv"
    path.write_bytes(
        (HEADER + rows).encode() + ",\xc8\xe2\xe0\xed,,Oleg,,,,,,,,,,,,,\r\n".encode("latin-1")
    )
    with pytest.raises(CsvEncodingError) as caught:
        import_csv(library, path)
    assert caught.value.line is not None and caught.value.line > 2000
    assert _counts(library)[0] == 0


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"\r\n\r\n", "header"),
        (b"1,We left,Sasha\r\n", "not a header"),
        (b"source,said_on\r\nSasha,2022-01-01\r\n", "no quote column"),
        (b"quote,said_on\r\nWe left,2022-01-01\r\n", "no source column"),
        (b"quote,source,Quote\r\nx,y,z\r\n", "both give the field 'quote'"),
    ],
)
def test_unreadable_sheets_are_refused_by_name(
    library: Library, tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(content)
    with pytest.raises(CsvError, match=problem):
        import_csv(library, path)


def test_a_million_character_cell(library: Library, tmp_path: Path) -> None:
    text = ("Мы уехали в марте, " * 52632)[:1_000_000]
    path = _sheet(tmp_path, f',"{text}",,Oleg,,,,,,,,,,,,,\r\n')
    report = import_csv(library, path)
    assert library.get_quote(next(report.created_ids())).text == text


def test_imported_quotes_are_searchable_with_folded_text(library: Library, tmp_path: Path) -> None:
    body = ",Ёлка у Zoë,,Oleg,,,,,,,,,,,,Про ЁЖИКА,\r\n"
    report = import_csv(library, _sheet(tmp_path, body))
    (quote_id,) = report.created_ids()
    assert library.search("елка").ids == (quote_id,)
    assert library.search("zoe").ids == (quote_id,)
    assert library.search("ежика").ids == (quote_id,)
    library.update_quote(quote_id, text="Something else")
    assert library.search("елка").ids == ()
    assert library.search("something").ids == (quote_id,)


def test_preview_for_the_mapping_dialog(tmp_path: Path) -> None:
    header = "Who;What\r\n"
    body = "".join(f"Oleg;'=line {i}\r\n" for i in range(30))
    path = _sheet(tmp_path, body, header="\ufeff" + header)
    preview = preview_csv(path, rows=3)
    assert preview.header == ("Who", "What")
    assert preview.rows == (("Oleg", "=line 0"), ("Oleg", "=line 1"), ("Oleg", "=line 2"))
    assert (preview.delimiter, preview.encoding) == (";", "utf-8-sig")
    path.write_bytes(path.read_bytes().replace(b"Oleg", "Олег".encode("cp1251")))
    with pytest.raises(CsvEncodingError):
        preview_csv(path)
    assert preview_csv(path, encoding="cp1251").rows[0] == ("Олег", "=line 0")


def test_an_import_reads_its_staged_rows_in_index_order_without_sorting(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An encrypted library sorts in memory, so a sort of the staged rows would make an
    import's memory grow with its sheet: every statement on them reads an index."""
    seen: list[str] = []
    kept: list[Stage] = []

    class KeptStage(Stage):
        def __init__(self, raw: sqlite3.Connection, schema: str = "temp") -> None:
            super().__init__(raw, schema)
            raw.set_trace_callback(seen.append)
            kept.append(self)

        def drop(self) -> None:
            if not kept:  # the tables are kept for the plans, once made
                super().drop()

    monkeypatch.setattr(csv_import, "Stage", KeptStage)
    library.add_quote("Taken", library.add_source("Oleg").created or 0)
    rows = "".join(
        f"{quote_id},Quote {n},,Source {n % 7},,,,,,,t{n % 3}; t{n % 5},Article {n % 4},,,,,\r\n"
        for n, quote_id in enumerate([*range(200, 100, -1), *[""] * 50, 1, 150])
    )
    report = import_csv(library, _sheet(tmp_path, rows), skip_invalid=True)
    assert report.quotes_created == 151
    assert [len(report.renumbered), len(report.rejected)] == [1, 1]  # id 1 taken, 150 twice
    assert list(report.created_ids()) == list(range(101, 252))
    with library._staging() as raw:
        raw.set_trace_callback(None)
        staged = [s for s in dict.fromkeys(seen) if "import_row" in s and "CREATE" not in s]
        assert len(staged) > 10
        for statement in staged:
            plan = " / ".join(row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}"))
            # A sort within each row (its tags in order) holds one row's worth.
            for within_a_row in ("FOR RIGHT PART OF ORDER BY", "FOR LAST TERM OF ORDER BY"):
                plan = plan.replace(f"USE TEMP B-TREE {within_a_row}", "")
            assert "TEMP B-TREE" not in plan, statement
            assert "OVER (" not in statement
        kept[0].drop()
