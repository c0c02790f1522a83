"""The editor sheet: scope, columns, redaction by ground rule, formula safety, encodings."""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path

import pytest

from quotebook.core import GroundRule, Library, SearchResult, Source, ValidationError
from quotebook.core.domain.attribution import draft_text
from quotebook.core.sheet.csv_common import COLUMNS
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.options import ExportOptions
from quotebook.core.sheet.sheet_rows import OFF_RECORD_WARNING, UNREDACTED_WARNING

REAL_NAME = "Aleksandra Zebrovskaya-Secret"
CONTACT = "+7 999 000-11-22 @sasha_private"


def _read(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def _source(lib: Library, name: str, **fields: object) -> int:
    fields.setdefault("real_name", REAL_NAME)
    fields.setdefault("contact", CONTACT)
    created = lib.add_source(name, **fields).created
    assert created is not None
    return created


def _quote(lib: Library, text: str, source: int, **fields: object) -> int:
    created = lib.add_quote(text, source, **fields).created  # type: ignore[arg-type]
    assert created is not None
    return created


@pytest.fixture
def newsroom(library: Library) -> dict[str, int]:
    """One quote under each ground rule from one source, with article and tags."""
    sasha = _source(
        library,
        "Sasha",
        age=23,
        role="machine learning engineer",
        organization="Yandex",
        location="Tbilisi",
        described_as="a developer at one of the country's largest IT companies",
        is_pseudonym=True,
    )
    article = library.add_article(
        "The exodus", outlet="Daily", url="https://x.test/exodus", published_on="2022-04-01"
    ).created
    ids = {
        rule.value: _quote(
            library,
            f"Words on {rule.value}.",
            sasha,
            ground_rule=rule,
            said_on="2022-03-14",
            article_id=article,
            tags=["exile", "Draft"],
            context="After the call",
            notes="checked",
        )
        for rule in GroundRule
    }
    return ids


def test_header_and_one_row_per_quote_in_id_order(
    library: Library, newsroom: dict[str, int], tmp_path: Path
) -> None:
    dest = tmp_path / "sheet.csv"
    report = export_csv(library, dest, ExportOptions(include_off_record=True))
    with dest.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == COLUMNS
    rows = _read(dest)
    assert [int(r["quote_id"]) for r in rows] == sorted(newsroom.values())
    assert report.rows == 4 and not report.cancelled
    first = rows[0]
    assert first["tags"] == "Draft; exile"
    assert first["said_on"] == "2022-03-14"
    assert first["published_on"] == "2022-04-01"
    assert (first["article"], first["outlet"], first["url"]) == (
        "The exodus",
        "Daily",
        "https://x.test/exodus",
    )
    assert (first["context"], first["notes"]) == ("After the call", "checked")


def test_redaction_by_ground_rule(
    library: Library, newsroom: dict[str, int], tmp_path: Path
) -> None:
    dest = tmp_path / "sheet.csv"
    report = export_csv(library, dest, ExportOptions(include_off_record=True))
    rows = {r["ground_rule"]: r for r in _read(dest)}
    on = rows["on_record"]
    assert on["attribution"] == "Sasha, a 23-year-old machine learning engineer at Yandex"
    assert (on["source"], on["pseudonym"], on["age"], on["role"], on["organization"]) == (
        "Sasha",
        "yes",
        "23",
        "machine learning engineer",
        "Yandex",
    )
    source_cells = ("source", "pseudonym", "age", "role", "organization")
    background = rows["background"]
    assert background["attribution"] == "a developer at one of the country's largest IT companies"
    assert all(background[c] == "" for c in source_cells)
    for rule in ("deep_background", "off_record"):
        assert all(rows[rule][c] == "" for c in ("attribution", *source_cells))
    assert (on["context"], on["notes"]) == ("After the call", "checked")
    for rule in ("background", "deep_background", "off_record"):
        assert (rows[rule]["context"], rows[rule]["notes"]) == ("", "")
    assert report.warnings[0] == OFF_RECORD_WARNING
    assert report.risks.linkable == ("Sasha",)


def test_off_record_left_out_by_default_and_counted(
    library: Library, newsroom: dict[str, int], tmp_path: Path
) -> None:
    dest = tmp_path / "sheet.csv"
    report = export_csv(library, dest)
    assert {r["ground_rule"] for r in _read(dest)} == {
        "on_record",
        "background",
        "deep_background",
    }
    assert (report.rows, report.off_record_left_out) == (3, 1)


def test_unredacted_names_every_source_and_warns(
    library: Library, newsroom: dict[str, int], tmp_path: Path
) -> None:
    dest = tmp_path / "sheet.csv"
    report = export_csv(library, dest, ExportOptions(unredacted=True, include_off_record=True))
    rows = _read(dest)
    assert {r["source"] for r in rows} == {"Sasha"}
    assert {r["age"] for r in rows} == {"23"}
    attributions = {r["ground_rule"]: r["attribution"] for r in rows}
    assert attributions["deep_background"] == ""
    assert attributions["background"].startswith("a developer")
    assert UNREDACTED_WARNING in report.warnings


@pytest.mark.parametrize(
    ("unredacted", "off_record", "bom", "delimiter"),
    list(itertools.product([False, True], [False, True], [False, True], [",", ";"])),
)
def test_real_name_and_contact_never_leave(
    library: Library,
    newsroom: dict[str, int],
    tmp_path: Path,
    unredacted: bool,
    off_record: bool,
    bom: bool,
    delimiter: str,
) -> None:
    dest = tmp_path / "sheet.csv"
    export_csv(
        library,
        dest,
        ExportOptions(
            unredacted=unredacted, include_off_record=off_record, bom=bom, delimiter=delimiter
        ),
    )
    data = dest.read_bytes()
    assert b"Sasha" in data or not unredacted
    for secret in (REAL_NAME, CONTACT, "Zebrovskaya", "sasha_private", "Tbilisi"):
        assert secret.encode() not in data


def test_background_without_description_is_a_source_and_listed(
    library: Library, tmp_path: Path
) -> None:
    source = _source(library, "Ilya", age=31, role="designer", organization="Kaspersky")
    quote = _quote(library, "No comment.", source, ground_rule="background")
    dest = tmp_path / "sheet.csv"
    report = export_csv(library, dest)
    (row,) = _read(dest)
    assert row["attribution"] == "a source"
    assert (row["source"], row["age"], row["role"], row["organization"]) == ("", "", "", "")
    for word in (b"Ilya", b"designer", b"Kaspersky"):
        assert word not in dest.read_bytes()
    assert report.risks.undescribed == (quote,)
    assert report.warnings == (
        f'1 background quote (quote {quote}) is attributed to "a source": its source has '
        'no "described as" text; write one so the editor can describe them',
    )


def test_trash_is_never_exported(library: Library, tmp_path: Path) -> None:
    kept = _source(library, "Kept")
    gone = _source(library, "Gone")
    alive = _quote(library, "stays", kept)
    trashed = _quote(library, "trashed quote", kept)
    _quote(library, "quote of a trashed source", gone)
    library.delete_quotes([trashed])
    library.delete_source(gone)
    dest = tmp_path / "sheet.csv"
    export_csv(library, dest, ExportOptions(ids=(trashed, alive), unredacted=True))
    assert [r["quote"] for r in _read(dest)] == ["stays"]
    export_csv(library, dest, ExportOptions(unredacted=True))
    assert [r["quote_id"] for r in _read(dest)] == [str(alive)]


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_triggers_are_neutralised_in_every_text_cell(
    library: Library, tmp_path: Path, trigger: str
) -> None:
    bad = f"{trigger}HYPERLINK(1)"
    source = _source(library, bad, role=bad, organization=bad, age=40)
    article = library.add_article(bad, outlet=bad, url=f"{trigger}cmd").created
    _quote(
        library,
        bad,
        source,
        article_id=article,
        context=bad,
        notes=bad,
        tags=[bad, "zz"],
    )
    dest = tmp_path / "sheet.csv"
    export_csv(library, dest, ExportOptions(unredacted=True))
    (row,) = _read(dest)
    for column in ("quote", "context", "notes"):
        assert row[column] == "'" + bad, column
    # Names are stored stripped, so a tab or carriage return in front of one is gone.
    name = bad.strip()
    shown = name if name != bad else "'" + bad
    for column in ("source", "role", "organization", "article", "outlet"):
        assert row[column] == shown, column
    assert row["url"] == (f"'{trigger}cmd" if name == bad else "cmd")
    assert row["tags"] == f"{shown}; zz"
    assert row["attribution"].startswith(shown)
    assert row["quote_id"].isdigit() and row["age"] == "40"


def test_apostrophe_before_a_trigger_gets_one_more(library: Library, tmp_path: Path) -> None:
    source = _source(library, "'=already")
    _quote(library, "''+twice", source, notes="'plain apostrophe")
    dest = tmp_path / "sheet.csv"
    export_csv(library, dest, ExportOptions(unredacted=True))
    (row,) = _read(dest)
    assert (row["source"], row["quote"]) == ("''=already", "'''+twice")
    assert row["notes"] == "'plain apostrophe"


def test_bom_and_plain_utf8(library: Library, newsroom: dict[str, int], tmp_path: Path) -> None:
    with_bom, plain = tmp_path / "bom.csv", tmp_path / "plain.csv"
    export_csv(library, with_bom)
    export_csv(library, plain, ExportOptions(bom=False))
    assert with_bom.read_bytes().startswith(b'\xef\xbb\xbf"quote_id","quote",')
    assert plain.read_bytes().startswith(b'"quote_id","quote",')
    assert with_bom.read_bytes()[3:] == plain.read_bytes()


def test_semicolon_delimiter(library: Library, newsroom: dict[str, int], tmp_path: Path) -> None:
    dest = tmp_path / "sheet.csv"
    export_csv(library, dest, ExportOptions(delimiter=";"))
    assert dest.read_bytes()[3:].startswith(b'"quote_id";"quote";"attribution";')
    rows = _read(dest, delimiter=";")
    assert {r["tags"] for r in rows} == {"Draft; exile"}
    with pytest.raises(ValidationError, match="delimiter"):
        export_csv(library, dest, ExportOptions(delimiter="\t"))


def test_chosen_columns_in_the_order_given(
    library: Library, newsroom: dict[str, int], tmp_path: Path
) -> None:
    dest = tmp_path / "sheet.csv"
    report = export_csv(library, dest, ExportOptions(columns=("tags", "quote", "quote_id")))
    lines = dest.read_bytes()[3:].split(b"\r\n")
    assert lines[0] == b'"tags","quote","quote_id"'
    assert lines[1] == f'"Draft; exile","Words on on_record.","{newsroom["on_record"]}"'.encode()
    assert report.columns == ("tags", "quote", "quote_id")
    export_csv(library, dest, ExportOptions(columns=("quote",)))
    assert _read(dest)[0] == {"quote": "Words on on_record."}


def test_unknown_column_is_refused_by_name(library: Library, tmp_path: Path) -> None:
    dest = tmp_path / "sheet.csv"
    with pytest.raises(ValidationError, match="real_name"):
        export_csv(library, dest, ExportOptions(columns=("quote", "real_name")))
    assert not dest.exists()


def test_embedded_newlines_quotes_and_delimiters_read_back(
    library: Library, tmp_path: Path
) -> None:
    text = 'Line one,\nline "two";\r\nline three\rend'
    _quote(library, text, _source(library, "Oleg"), tags=["a, b", "c; d"])
    dest = tmp_path / "sheet.csv"
    export_csv(library, dest)
    (row,) = _read(dest)
    assert row["quote"] == text
    assert row["tags"] == "a, b; c;; d"
    assert dest.read_bytes().count(b"\r\n") == 3  # header end, row end, one inside the quote


def test_selection_in_the_order_given(library: Library, tmp_path: Path) -> None:
    source = _source(library, "Oleg")
    ids = [_quote(library, f"q{i}", source) for i in range(5)]
    dest = tmp_path / "sheet.csv"
    report = export_csv(library, dest, ExportOptions(ids=(ids[3], ids[0], ids[3], ids[4])))
    assert [r["quote"] for r in _read(dest)] == ["q3", "q0", "q4"]
    assert report.rows == 3


def test_query_scope_follows_search_order(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _source(library, "Oleg")
    ids = [_quote(library, f"q{i}", source) for i in range(3)]
    asked: list[tuple[str, int | None]] = []

    def search(query: str, *, limit: int | None = 100) -> SearchResult:
        asked.append((query, limit))
        return SearchResult(ids=(ids[2], ids[0]), total=2)

    monkeypatch.setattr(library, "search", search, raising=False)
    dest = tmp_path / "sheet.csv"
    export_csv(library, dest, ExportOptions(query="tag:exile"))
    assert [r["quote"] for r in _read(dest)] == ["q2", "q0"]
    assert asked == [("tag:exile", None)]


def test_streams_text_and_binary(library: Library, newsroom: dict[str, int]) -> None:
    binary = io.BytesIO()
    export_csv(library, binary)
    assert binary.getvalue().startswith(b'\xef\xbb\xbf"quote_id",')
    assert not binary.closed
    text = io.StringIO()
    export_csv(library, text, ExportOptions(bom=False))
    assert text.getvalue().encode() == binary.getvalue()[3:]


def test_progress_and_cancel_remove_the_partial_file(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotebook.core.sheet import sheet_rows

    monkeypatch.setattr(sheet_rows, "PROGRESS_EVERY", 2)
    source = _source(library, "Oleg")
    for i in range(5):
        _quote(library, f"q{i}", source)
    dest = tmp_path / "sheet.csv"
    seen: list[tuple[int, int]] = []
    report = export_csv(library, dest, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(2, 5), (4, 5), (5, 5)] and report.rows == 5
    dest.write_bytes(b"an older sheet")
    calls = iter([False, True])
    report = export_csv(library, dest, cancel=lambda: next(calls))
    assert report.cancelled and report.rows == 2
    assert dest.read_bytes() == b"an older sheet"
    assert [p.name for p in tmp_path.iterdir() if "sheet" in p.name] == ["sheet.csv"]


def _sasha(**fields: object) -> Source:
    values: dict[str, object] = {
        "id": 1,
        "name": "Sasha",
        "age": 23,
        "role": "machine learning engineer",
        "organization": "Yandex",
        "described_as": "a developer at one of the country's largest IT companies",
    }
    values.update(fields)
    return Source(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        (
            "We left in March.",
            GroundRule.ON_RECORD,
            "“We left in March,” said Sasha, a 23-year-old machine learning engineer at Yandex.",
        ),
        (
            "We left in March.",
            GroundRule.BACKGROUND,
            "“We left in March,” said a developer at one of the country's largest IT companies.",
        ),
        ("We left in March.", GroundRule.DEEP_BACKGROUND, "“We left in March.”"),
        (
            "Why?",
            GroundRule.ON_RECORD,
            "“Why?” said Sasha, a 23-year-old machine learning engineer at Yandex.",
        ),
        ("  “Enough!”  ", GroundRule.DEEP_BACKGROUND, "“Enough!”"),
        (
            "Мы уехали в марте.",
            GroundRule.BACKGROUND,
            "“Мы уехали в марте,” said a developer at one of the country's largest IT companies.",
        ),
        (
            "لماذا؟",
            GroundRule.BACKGROUND,
            "“لماذا؟” said a developer at one of the country's largest IT companies.",
        ),
        (
            "我们三月离开了。",
            GroundRule.BACKGROUND,
            "“我们三月离开了,” said a developer at one of the country's largest IT companies.",
        ),
        (
            "He said “go”",
            GroundRule.ON_RECORD,
            "“He said ‘go’,” said Sasha, a 23-year-old machine learning engineer at Yandex.",
        ),
        (
            "And then...",
            GroundRule.DEEP_BACKGROUND,
            "“And then...”",
        ),
    ],
)
def test_draft_text(text: str, rule: GroundRule, expected: str) -> None:
    assert draft_text(text, _sasha(), rule) == expected


def test_draft_text_pseudonym_and_undescribed_background() -> None:
    lepra = Source(id=2, name="Lepra", is_pseudonym=True)
    assert draft_text("We left", lepra, GroundRule.ON_RECORD) == (
        "“We left,” said Lepra, whose name has been changed."
    )
    assert draft_text("We left", lepra, GroundRule.BACKGROUND) == "“We left,” said a source."


def test_draft_text_refuses_off_record_and_empty_text() -> None:
    with pytest.raises(ValidationError) as caught:
        draft_text("Between us.", _sasha(), GroundRule.OFF_RECORD)
    assert caught.value.field == "ground_rule"
    with pytest.raises(ValidationError) as caught:
        draft_text(" “ ” ", _sasha(), GroundRule.ON_RECORD)
    assert caught.value.field == "text"


def test_query_scope_with_the_real_search(library: Library, tmp_path: Path) -> None:
    source = _source(library, "Oleg")
    for text in ("Ёлка в марте", "nothing here", "ёлки-палки"):
        _quote(library, text, source)
    dest = tmp_path / "sheet.csv"
    report = export_csv(library, dest, ExportOptions(query="елк"))
    assert sorted(r["quote"] for r in _read(dest)) == ["Ёлка в марте", "ёлки-палки"]
    assert report.rows == 2
