"""No way out of Quotebook leaks a protected source: every export path, every option.

The newsroom below holds sources on every ground rule, with pseudonyms, real names,
contacts, ages, roles, organisations, locations and descriptions that are each
spelled so that they cannot turn up by chance, and quotes on every rule (many on a
rule other than their source's default), plus a source and a quote in the trash.

Every output is checked as raw bytes and as parsed cells (:func:`sheet_leaks`,
:func:`row_leaks`), and every check returns the leaks it found, so a failure names
each identifier that got out and where:

- real names, contacts and locations never appear, whatever the options
  (``--unredacted`` included: it names sources, never their protected fields);
- nothing from the trash appears;
- an off-the-record quote appears only when explicitly included;
- unless unredacted, a background, deep-background or off-record row has no
  source, pseudonym, age, role or organisation cell, and does not contain the
  source's printed name, age, role or organisation anywhere (not even inside its
  attribution); a background row is attributed only by the source's description
  ("a source" without one, never role and organisation); a deep-background or
  off-record row does not even describe its source; and none of them carries the
  reporter's context or notes;
- a source that spoke only on background or deeper is never named at all.

This module covers the command line (``export`` with every combination of its
options, ``search --json``) and the core's ``draft_text``; the app's export
dialog and its copy with attribution are covered in
``tests/gui/test_leaks_and_locks.py`` with the same newsroom and checks.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from quotebook.cli import main
from quotebook.core import GroundRule, Library, Source
from quotebook.core.domain.attribution import describe, draft_text
from quotebook.core.domain.errors import ValidationError
from quotebook.core.sheet.csv_common import COLUMNS

ON, BG, DEEP, OFF = (
    GroundRule.ON_RECORD,
    GroundRule.BACKGROUND,
    GroundRule.DEEP_BACKGROUND,
    GroundRule.OFF_RECORD,
)
SOURCE_CELLS = ("source", "pseudonym", "age", "role", "organization")
BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Person:
    """A source as the reporter filed it, and the quotes they gave (by ground rule)."""

    name: str
    real_name: str
    contact: str
    age: int
    role: str
    organization: str
    location: str
    described_as: str
    default: GroundRule
    pseudonym: bool
    rules: tuple[GroundRule, ...] = tuple(GroundRule)

    @property
    def protected(self) -> tuple[str, ...]:
        """What never leaves the library in any export: real name, contact, location."""
        return tuple(v for v in (self.real_name, self.contact, self.location) if v)

    def as_source(self) -> Source:
        return Source(
            id=0,
            name=self.name,
            real_name=self.real_name,
            is_pseudonym=self.pseudonym,
            age=self.age,
            role=self.role,
            organization=self.organization,
            location=self.location,
            described_as=self.described_as,
            contact=self.contact,
            default_ground_rule=self.default,
        )


PEOPLE = (
    Person(
        "Sasha-NM1", "Real-Name-XQ7", "+7-900-LEAK-01", 23, "ml engineer ROLE1",
        "Vektor ORG1", "Tbilisi LOC1", "a developer at one of the largest IT firms", ON, True,
    ),
    Person(
        "Lepra-NM2", "Real-Name-XQ8", "leak@example.test", 31, "backend developer ROLE2",
        "SeverPay ORG2", "Yerevan LOC2", "a backend developer at a payments company", BG, True,
    ),
    Person(
        "Ilya-NM3", "Real-Name-XQ9", "@leak_handle_03", 57, "ministry official ROLE3",
        "Ministry ORG3", "Moscow LOC3", "an official who saw the order", DEEP, False,
    ),
    Person(
        "Oleg-NM4", "Real-Name-XR4", "+7-900-LEAK-04", 44, "colonel ROLE4",
        "Army ORG4", "Rostov LOC4", "a serving officer", OFF, False,
    ),
    # Background without a description: the attribution is "a source".
    Person(
        "Nadia-NM5", "", "signal:+44-LEAK-05", 29, "QA tester ROLE5",
        "Quality ORG5", "Riga LOC5", "", BG, False,
    ),
    # Never on the record: the printed name must not appear in any redacted output.
    Person(
        "Whisper-NM6", "Real-Name-XR6", "+7-900-LEAK-06", 62, "diplomat ROLE6",
        "Embassy ORG6", "Baku LOC6", "a diplomat posted abroad", BG, True, (BG, DEEP, OFF),
    ),
)  # fmt: skip
GONE = Person(
    "Gone-NM7", "Real-Name-XR7", "+7-900-LEAK-07", 38, "trashed ROLE7",
    "Trashed ORG7", "Kyiv LOC7", "a source in the trash", ON, True,
)  # fmt: skip
TRASHED_QUOTE = "TRASHED-QUOTE-TEXT said on the record"


@dataclass(frozen=True)
class Said:
    """One live quote: its id, text, ground rule and who said it."""

    id: int
    text: str
    rule: GroundRule
    person: Person


@dataclass
class Newsroom:
    """What :func:`fill` put in a library, and what may leave it."""

    quotes: dict[int, Said] = field(default_factory=dict)
    trashed: list[str] = field(default_factory=list)
    trashed_ids: list[int] = field(default_factory=list)

    def exported_ids(self, include_off_record: bool) -> list[int]:
        """The whole library's export, in quote id order."""
        return [i for i, q in sorted(self.quotes.items()) if include_off_record or q.rule != OFF]

    def off_record_texts(self) -> list[str]:
        return [q.text for q in self.quotes.values() if q.rule is OFF]


def fill(library: Library) -> Newsroom:
    """File the newsroom into ``library``: every person's quotes, then the trash."""
    room = Newsroom()
    article = library.add_article(
        "The exodus", outlet="Daily", url="https://news.test/exodus", published_on="2024-04-01"
    ).created
    number = itertools.count(1)
    for person in PEOPLE:
        source = _add_person(library, person)
        # One quote on each of the person's rules, one more on their default rule.
        for rule in (*person.rules, None):
            text = f"QTXT-{next(number):02d} words about the exodus"
            fields: dict[str, Any] = {"tags": ["exile", "draft"], "said_on": "2024-03-04"}
            if rule is not None:
                fields["ground_rule"] = rule
            if len(room.quotes) % 2:
                fields.update(article_id=article, context="Asked about the draft")
                fields.update(notes=f"NOTE-AT-FLAT-{person.name}")
            created = library.add_quote(text, source, **fields).created
            assert created is not None
            room.quotes[created] = Said(created, text, rule or person.default, person)
    gone = _add_person(library, GONE)
    gone_quote = library.add_quote("GONE-SOURCE-QUOTE on the record", gone).created
    library.delete_source(gone)
    trashed = library.add_quote(TRASHED_QUOTE, 1, ground_rule=ON).created
    assert gone_quote is not None and trashed is not None
    library.delete_quotes([trashed])
    room.trashed = ["GONE-SOURCE-QUOTE", "TRASHED-QUOTE-TEXT", *GONE.protected, GONE.name]
    room.trashed_ids = [gone_quote, trashed]
    return room


def _add_person(library: Library, person: Person) -> int:
    created = library.add_source(
        person.name,
        real_name=person.real_name,
        contact=person.contact,
        age=person.age,
        role=person.role,
        organization=person.organization,
        location=person.location,
        described_as=person.described_as,
        default_ground_rule=person.default,
        is_pseudonym=person.pseudonym,
    ).created
    assert created is not None
    return created


# -- the checks ------------------------------------------------------------------


def text_leaks(
    text: str, room: Newsroom, *, include_off_record: bool, unredacted: bool
) -> list[str]:
    """Identifiers found anywhere in an output that no option may let out."""
    found = [
        f"protected {value!r}" for p in PEOPLE for value in p.protected if value in text
    ]  # fmt: skip
    found += [f"trashed {value!r}" for value in room.trashed if value in text]
    if not include_off_record:
        found += [f"off-record quote {t!r}" for t in room.off_record_texts() if t in text]
    if not unredacted:
        never_on_record = [p for p in PEOPLE if ON not in p.rules]
        found += [f"unnamed source {p.name!r}" for p in never_on_record if p.name in text]
    return found


def row_leaks(said: Said, cells: dict[str, str]) -> list[str]:
    """What a redacted row says about its source beyond what its ground rule allows."""
    person, where = said.person, f"quote {said.id} ({said.rule.value})"
    found: list[str] = []
    if "ground_rule" in cells and cells["ground_rule"] != said.rule.value:
        found.append(f"{where}: ground_rule cell {cells['ground_rule']!r}")
    if said.rule is ON:
        return found
    found += [f"{where}: {c} cell {cells[c]!r}" for c in SOURCE_CELLS if cells.get(c, "")]
    whole = "\x1f".join(cells.values())
    found += [f"{where}: {c} cell {cells[c]!r}" for c in ("context", "notes") if cells.get(c)]
    named = [person.name, f"{person.age}-year-old", person.role, person.organization]
    if said.rule is not BG:
        named += [person.described_as] if person.described_as else []
    found += [f"{where}: {value!r}" for value in named if value in whole]
    if "attribution" in cells:
        allowed = describe(person.as_source()) if said.rule is BG else ""
        if cells["attribution"] != allowed:
            found.append(f"{where}: attribution {cells['attribution']!r}")
    return found


def sheet_leaks(
    raw: bytes,
    room: Newsroom,
    *,
    columns: Sequence[str] | None,
    bom: bool,
    delimiter: str,
    include_off_record: bool,
    unredacted: bool,
    expected_ids: Sequence[int] | None,
) -> list[str]:
    """Every leak in a CSV sheet; also checks its spelling (BOM, header, row count).

    ``expected_ids`` gives the rows' quotes in order (needed when the sheet has no
    quote_id column); None reads them from the quote_id column.
    """
    found: list[str] = []
    if raw.startswith(BOM) != bom:
        found.append(f"byte-order mark {'missing' if bom else 'present'}")
    text = raw.decode("utf-8-sig" if bom else "utf-8")
    found += text_leaks(
        text, room, include_off_record=include_off_record, unredacted=unredacted
    )  # fmt: skip
    found += [
        f"raw bytes hold {value!r}"
        for p in PEOPLE
        for value in p.protected
        if value.encode("utf-8") in raw
    ]
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header, body = rows[0], rows[1:]
    if header != list(columns or COLUMNS):
        found.append(f"header {header}")
    cells = [dict(zip(header, row, strict=True)) for row in body]
    ids = (
        [int(c["quote_id"]) for c in cells] if expected_ids is None else list(expected_ids)
    )  # fmt: skip
    if len(ids) != len(cells):
        return [*found, f"{len(cells)} rows where {len(ids)} were expected"]
    return found + quotes_leaks(room, zip(ids, cells, strict=True), include_off_record, unredacted)


def quotes_leaks(
    room: Newsroom,
    rows: Iterable[tuple[int, dict[str, str]]],
    include_off_record: bool,
    unredacted: bool,
) -> list[str]:
    """Leaks of rows known by quote id: from the trash, off the record, or redacted wrongly."""
    found: list[str] = []
    for quote_id, cells in rows:
        said = room.quotes.get(quote_id)
        if said is None:
            found.append(f"quote {quote_id} is not a live quote (trash?)")
            continue
        if said.rule is OFF and not include_off_record:
            found.append(f"off-record quote {quote_id} exported")
        if not unredacted:
            found += row_leaks(said, cells)
    return found


# -- the command line ---------------------------------------------------------------


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Newsroom]:
    """One library file for the whole module: the commands only read it."""
    path = tmp_path_factory.mktemp("newsroom") / "library.sqlite3"
    with Library(path) as library:
        room = fill(library)
    return path, room


COLUMN_CHOICES: list[tuple[str, ...] | None] = [
    None,
    tuple(reversed(COLUMNS)),
    ("attribution", "quote"),
    ("source", "pseudonym", "age", "role", "organization", "ground_rule"),
    ("quote", "tags", "article", "outlet", "url", "context", "notes"),
]
FLAG_SETS = list(itertools.product((True, False), (",", ";"), (False, True), (False, True)))


def _export_argv(
    out: str,
    columns: Sequence[str] | None,
    bom: bool,
    delimiter: str,
    include_off_record: bool,
    unredacted: bool,
    query: str | None = None,
) -> list[str]:
    argv = ["export", *([query] if query is not None else []), "-o", out]
    if columns is not None:
        argv += ["--columns", ",".join(columns)]
    if not bom:
        argv.append("--no-bom")
    if delimiter != ",":
        argv += ["--delimiter", delimiter]
    if include_off_record:
        argv.append("--include-off-record")
    if unredacted:
        argv.append("--unredacted")
    return argv


def _export_case_id(columns: Sequence[str] | None, flags: tuple[bool, str, bool, bool]) -> str:
    bom, delimiter, off, unredacted = flags
    named = "all" if columns is None else "+".join(columns)
    return "-".join(
        (named[:40], "bom" if bom else "nobom", "semicolon" if delimiter == ";" else "comma")
        + (("off",) if off else ())
        + (("unredacted",) if unredacted else ())
    )


EXPORT_CASES = [
    pytest.param(columns, flags, id=_export_case_id(columns, flags))
    for columns in COLUMN_CHOICES
    for flags in FLAG_SETS
] + [
    pytest.param((column,), (True, ",", off, unredacted), id=f"only-{column}-{off}-{unredacted}")
    for column in COLUMNS
    for off, unredacted in ((True, False), (False, True))
]


@pytest.mark.parametrize(("columns", "flags"), EXPORT_CASES)
def test_cli_export_leaks_nothing(
    newsroom: tuple[Path, Newsroom],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    columns: tuple[str, ...] | None,
    flags: tuple[bool, str, bool, bool],
) -> None:
    path, room = newsroom
    bom, delimiter, off, unredacted = flags
    out = tmp_path / "sheet.csv"
    argv = _export_argv(str(out), columns, bom, delimiter, off, unredacted)
    assert main(["--library", str(path), *argv]) == 0
    printed = capsys.readouterr()
    assert (
        text_leaks(printed.out + printed.err, room, include_off_record=False, unredacted=False)
        == []
    )
    leaks = sheet_leaks(
        out.read_bytes(),
        room,
        columns=columns,
        bom=bom,
        delimiter=delimiter,
        include_off_record=off,
        unredacted=unredacted,
        expected_ids=room.exported_ids(off),
    )
    assert leaks == []


# Searches a reporter may export, some naming the very sources that must stay unnamed.
QUERIES = [
    "source:Lepra-NM2",
    "source:Whisper-NM6 OR source:Ilya-NM3",
    "rule:background OR rule:off_record",
    "Real-Name-XQ8",
    "exodus",
    "QTXT",
]


@pytest.mark.parametrize("unredacted", [False, True], ids=["redacted", "unredacted"])
@pytest.mark.parametrize("off", [False, True], ids=["on", "with-off"])
@pytest.mark.parametrize("query", QUERIES)
def test_cli_export_of_a_search_leaks_nothing(
    newsroom: tuple[Path, Newsroom],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    query: str,
    off: bool,
    unredacted: bool,
) -> None:
    path, room = newsroom
    out = tmp_path / "sheet.csv"
    argv = _export_argv(str(out), None, True, ",", off, unredacted, query=query)
    assert main(["--library", str(path), *argv]) == 0
    capsys.readouterr()
    leaks = sheet_leaks(
        out.read_bytes(),
        room,
        columns=None,
        bom=True,
        delimiter=",",
        include_off_record=off,
        unredacted=unredacted,
        expected_ids=None,
    )
    assert leaks == []


@pytest.mark.parametrize("unredacted", [False, True], ids=["redacted", "unredacted"])
@pytest.mark.parametrize("off", [False, True], ids=["on", "with-off"])
def test_cli_export_to_standard_output_leaks_nothing(
    newsroom: tuple[Path, Newsroom],
    capsysbinary: pytest.CaptureFixture[bytes],
    off: bool,
    unredacted: bool,
) -> None:
    path, room = newsroom
    argv = _export_argv("-", None, False, ";", off, unredacted)
    assert main(["--library", str(path), *argv]) == 0
    out, err = capsysbinary.readouterr()
    leaks = sheet_leaks(
        out,
        room,
        columns=None,
        bom=False,
        delimiter=";",
        include_off_record=off,
        unredacted=unredacted,
        expected_ids=room.exported_ids(off),
    )
    leaks += text_leaks(err.decode(), room, include_off_record=False, unredacted=False)
    assert leaks == []


def _json_cells(row: dict[str, Any]) -> dict[str, str]:
    """A ``search --json`` object spelled as sheet cells, for the same checks."""

    def cell(name: str, value: Any) -> str:
        if value is None or value is False:
            return ""
        if value is True:
            return "yes"
        if name == "tags":
            return "; ".join(value)
        return str(value)

    return {name: cell(name, value) for name, value in row.items()}


@pytest.mark.parametrize("unredacted", [False, True], ids=["redacted", "unredacted"])
@pytest.mark.parametrize("off", [False, True], ids=["on", "with-off"])
@pytest.mark.parametrize("query", ["", *QUERIES, "rule:off_record"])
def test_cli_search_json_leaks_nothing(
    newsroom: tuple[Path, Newsroom],
    capsysbinary: pytest.CaptureFixture[bytes],
    query: str,
    off: bool,
    unredacted: bool,
) -> None:
    path, room = newsroom
    argv = ["search", query, "--json", "--limit", "0"]
    argv += ["--include-off-record"] * off + ["--unredacted"] * unredacted
    assert main(["--library", str(path), *argv]) == 0
    raw, err = capsysbinary.readouterr()
    text = raw.decode("utf-8")
    leaks = text_leaks(text + err.decode(), room, include_off_record=off, unredacted=unredacted)
    rows = [(row["quote_id"], _json_cells(row)) for row in json.loads(text)]
    leaks += quotes_leaks(room, rows, off, unredacted)
    assert leaks == []
    if query == "":  # every live quote the options allow, and nothing else
        assert sorted(quote_id for quote_id, _ in rows) == room.exported_ids(off)


def test_the_checks_find_what_a_leaky_sheet_would_hold(newsroom: tuple[Path, Newsroom]) -> None:
    """The checks themselves: a hand-made leaky sheet is caught on every count."""
    _, room = newsroom
    lepra = next(q for q in room.quotes.values() if q.rule is BG and q.person is PEOPLE[1])
    oleg = next(q for q in room.quotes.values() if q.rule is OFF)
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(["quote_id", "quote", "attribution", "source", "age"])
    writer.writerow([lepra.id, lepra.text, "Lepra-NM2, a backend developer", "Lepra-NM2", "31"])
    writer.writerow([oleg.id, oleg.text, "", "", ""])
    writer.writerow([room.trashed_ids[1], "Real-Name-XQ7 at leak@example.test", "", "", ""])
    leaks = sheet_leaks(
        stream.getvalue().encode(),
        room,
        columns=["quote_id", "quote", "attribution", "source", "age"],
        bom=False,
        delimiter=",",
        include_off_record=False,
        unredacted=False,
        expected_ids=None,
    )
    joined = "\n".join(leaks)
    for expected in (
        "protected 'Real-Name-XQ7'",
        "protected 'leak@example.test'",
        "off-record quote 'QTXT",
        f"quote {lepra.id} (background): source cell 'Lepra-NM2'",
        f"quote {lepra.id} (background): age cell '31'",
        f"quote {lepra.id} (background): attribution 'Lepra-NM2, a backend developer'",
        f"off-record quote {oleg.id} exported",
        f"quote {room.trashed_ids[1]} is not a live quote",
    ):
        assert expected in joined


# -- the draft line the app copies -------------------------------------------------------


@pytest.mark.parametrize("rule", list(GroundRule), ids=[r.value for r in GroundRule])
@pytest.mark.parametrize("person", PEOPLE, ids=[p.name for p in PEOPLE])
def test_draft_text_never_names_more_than_the_rule_allows(person: Person, rule: GroundRule) -> None:
    source = person.as_source()
    if rule is OFF:
        with pytest.raises(ValidationError, match="off the record"):
            draft_text("QTXT-99 words", source, rule)
        return
    line = draft_text("QTXT-99 words", source, rule)
    room = Newsroom()
    leaks = text_leaks(line, room, include_off_record=True, unredacted=rule is ON)
    said = Said(99, "QTXT-99 words", rule, person)
    leaks += row_leaks(said, {"draft": line})
    assert leaks == []
    if rule is BG:
        assert line == f"“QTXT-99 words,” said {describe(source) or 'a source'}."
    if rule is DEEP:
        assert line == "“QTXT-99 words”"
