"""REFI-QDA exchange: the library as a project (``.qdpx``) and its tags as a codebook (``.qdc``).

REFI-QDA is the open exchange standard of QualCoder, NVivo, ATLAS.ti, MAXQDA and
other qualitative-analysis tools. A project is a ZIP file holding ``project.qde``
(XML in the ``urn:QDA-XML:project:1.0`` namespace) and the text of its sources
under ``Sources/``. Quotebook maps its library onto it so:

- each tag is a code, with its colour;
- each article is a text source (its headline, then its quotes one per
  paragraph), and each quote filed under no article a text source of its own;
- each quote is a selection of its source's text, coded with its tags and
  described by its ground rule, date and (on the record) context;
- each source (person) is a case, its fields variables, its quotes the case's
  selections. Real names and contacts are never read, so never included.

Quotes in the trash and quotes given off the record are left out (these unless
``include_off_record``). Identifiers are name-based UUIDs of the library's ids, so
exporting the same library twice gives the same identifiers.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree as ET

from ... import __version__
from ..domain.errors import ValidationError
from .formats import ExportFormat
from .options import ExportOptions
from .staged import BinaryDest, staged

if TYPE_CHECKING:
    import sqlite3

    from ..library.library import Library

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = f"Quotebook {__version__}"
_IDS = uuid.UUID("6f1c2d2e-7a51-4b8e-9d0e-5b7a3c1f4e20")  # the namespace of our identifiers
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Each source field that becomes a case variable: (column, variable name, REFI type).
CASE_VARIABLES = (
    ("is_pseudonym", "Pseudonym", "Boolean"),
    ("age", "Age", "Integer"),
    ("role", "Role", "Text"),
    ("organization", "Organization", "Text"),
    ("location", "Location", "Text"),
    ("described_as", "Described as", "Text"),
    ("default_ground_rule", "Default ground rule", "Text"),
)
_WHOLE = ExportOptions(format=ExportFormat.QDPX)
_QUOTES = """
SELECT q.id, q.text, q.source_id, q.article_id, q.ground_rule, q.said_on, q.context
FROM quote q JOIN source s ON s.id = q.source_id
WHERE q.id NOT IN (SELECT id FROM quote_trash) AND s.deleted_at IS NULL {keep} ORDER BY q.id
"""


def guid(kind: str, key: object) -> str:
    """The stable identifier of one row (or variable) of the library in an exported project."""
    return str(uuid.uuid5(_IDS, f"{kind}:{key}"))


def _clean(text: str | None) -> str:
    return _NOT_XML.sub("", text or "")


@dataclass
class _Source:
    """One text source being assembled: its text and the quotes selected in it."""

    guid: str
    name: str
    text: list[str] = field(default_factory=list)
    length: int = 0
    selections: list[tuple[int, int, int]] = field(default_factory=list)  # quote, start, end

    def add(self, piece: str, quote_id: int | None = None) -> None:
        if self.text:
            self.text.append("\n\n")
            self.length += 2
        if quote_id is not None:
            self.selections.append((quote_id, self.length, self.length + len(piece)))
        self.text.append(piece)
        self.length += len(piece)


@dataclass(frozen=True, slots=True)
class QdpxReport:
    """What a project export wrote."""

    quotes: int
    sources: int
    codes: int
    cases: int
    off_record_left_out: int


def _sub(parent: ET.Element, tag: str, **attributes: str) -> ET.Element:
    return ET.SubElement(parent, tag, {k: v for k, v in attributes.items() if v})


def _codes(parent: ET.Element, tags: Sequence[tuple[int, str, str]]) -> None:
    codes = _sub(parent, "Codes")
    for tag_id, name, color in tags:
        _sub(
            codes,
            "Code",
            guid=guid("tag", tag_id),
            name=_clean(name),
            isCodable="true",
            color=color,
        )


def _tags(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    return list(conn.execute("SELECT id, name, color FROM tag ORDER BY key"))


def _text_sources(conn: sqlite3.Connection, quotes: list[tuple[Any, ...]]) -> list[_Source]:
    """The articles with their quotes, then each quote filed under no article."""
    headlines = dict(conn.execute("SELECT id, headline FROM article"))
    articles: dict[int, _Source] = {}
    loose: list[_Source] = []
    for quote_id, text, _source, article_id, *_ in quotes:
        words = _clean(text)
        if article_id is None:
            single = _Source(guid("quote", quote_id), f"Quote {quote_id}")
            single.add(words, quote_id)
            loose.append(single)
            continue
        if article_id not in articles:
            headline = _clean(headlines[article_id])
            articles[article_id] = _Source(guid("article", article_id), headline)
            articles[article_id].add(headline)
        articles[article_id].add(words, quote_id)
    return [*articles.values(), *loose]


def _description(rule: str, said_on: str | None, context: str) -> str:
    parts = [f"Ground rule: {rule}"]
    if said_on:
        parts.append(f"said on {said_on}")
    if context and rule == "on_record":
        # The reporter's own notes on a quote travel only with quotes on the record,
        # as in the editor sheet.
        parts.append(f"context: {_clean(context)}")
    return "; ".join(parts)


def _selections(
    element: ET.Element,
    source: _Source,
    quotes: dict[int, tuple[Any, ...]],
    tagged: dict[int, list[int]],
) -> None:
    for quote_id, start, end in source.selections:
        _, _, _, _, rule, said_on, context = quotes[quote_id]
        selection = _sub(
            element,
            "PlainTextSelection",
            guid=guid("selection", quote_id),
            name=f"Quote {quote_id}",
            startPosition=str(start),
            endPosition=str(end),
        )
        ET.SubElement(selection, "Description").text = _description(rule, said_on, context)
        for tag_id in tagged.get(quote_id, []):
            coding = _sub(selection, "Coding", guid=guid(f"coding:{quote_id}", tag_id))
            _sub(coding, "CodeRef", targetGUID=guid("tag", tag_id))


def _variables(project: ET.Element) -> None:
    variables = _sub(project, "Variables")
    for column, name, kind in CASE_VARIABLES:
        _sub(variables, "Variable", guid=guid("variable", column), name=name, typeOfVariable=kind)


def _value(case: ET.Element, column: str, kind: str, value: Any) -> None:
    if value is None or value == "":
        return
    entry = _sub(case, "VariableValue")
    _sub(entry, "VariableRef", targetGUID=guid("variable", column))
    if kind == "Boolean":
        ET.SubElement(entry, "BooleanValue").text = "true" if value else "false"
    elif kind == "Integer":
        ET.SubElement(entry, "IntegerValue").text = str(int(value))
    else:
        ET.SubElement(entry, "TextValue").text = _clean(str(value))


def _cases(project: ET.Element, conn: sqlite3.Connection, quotes: list[tuple[Any, ...]]) -> int:
    by_source: dict[int, list[int]] = {}
    for quote_id, _, source_id, *_ in quotes:
        by_source.setdefault(source_id, []).append(quote_id)
    if not by_source:
        return 0
    columns = ", ".join(column for column, _, _ in CASE_VARIABLES)
    cases = _sub(project, "Cases")
    rows = conn.execute(f"SELECT id, name, {columns} FROM source ORDER BY id")
    for source_id, name, *values in rows:
        if source_id not in by_source:
            continue
        case = _sub(cases, "Case", guid=guid("source", source_id), name=_clean(name))
        for (column, _, kind), value in zip(CASE_VARIABLES, values, strict=True):
            _value(case, column, kind, value)
        for quote_id in by_source[source_id]:
            _sub(case, "SelectionRef", targetGUID=guid("selection", quote_id))
    return len(by_source)


def _quote_tags(conn: sqlite3.Connection) -> dict[int, list[int]]:
    tagged: dict[int, list[int]] = {}
    rows = conn.execute(
        "SELECT qt.quote_id, qt.tag_id FROM quote_tag qt JOIN tag t ON t.id = qt.tag_id "
        "ORDER BY qt.quote_id, t.key"
    )
    for quote_id, tag_id in rows:
        tagged.setdefault(quote_id, []).append(tag_id)
    return tagged


def _scoped(
    conn: sqlite3.Connection, ids: Sequence[int] | None, include_off_record: bool
) -> tuple[list[tuple[Any, ...]], int]:
    """The quotes to export in id order, and how many off-the-record ones were left out."""
    everything = list(conn.execute(_QUOTES.format(keep="")))
    if ids is not None:
        wanted = set(ids)
        everything = [row for row in everything if row[0] in wanted]
    if include_off_record:
        return everything, 0
    kept = [row for row in everything if row[4] != "off_record"]
    return kept, len(everything) - len(kept)


def project_xml(
    conn: sqlite3.Connection, ids: Sequence[int] | None = None, include_off_record: bool = False
) -> tuple[ET.Element, dict[str, str], QdpxReport]:
    """The project element, the text of each source file by name, and what they hold."""
    quotes, left_out = _scoped(conn, ids, include_off_record)
    tags = _tags(conn)
    now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    project = ET.Element(
        "Project",
        {
            "xmlns": PROJECT_NS,
            "name": "Quotebook library",
            "origin": ORIGIN,
            "creationDateTime": now,
        },
    )
    if tags:
        _codes(_sub(project, "CodeBook"), tags)
    _variables(project)
    cases = _cases(project, conn, quotes)
    sources = _text_sources(conn, quotes)
    files: dict[str, str] = {}
    if sources:
        element = _sub(project, "Sources")
        by_id = {row[0]: row for row in quotes}
        tagged = _quote_tags(conn)
        for source in sources:
            path = f"{source.guid}.txt"
            text_source = _sub(
                element,
                "TextSource",
                guid=source.guid,
                name=source.name,
                plainTextPath=f"internal://{path}",
            )
            _selections(text_source, source, by_id, tagged)
            files[path] = "".join(source.text)
    return project, files, QdpxReport(len(quotes), len(sources), len(tags), cases, left_out)


def _xml_bytes(element: ET.Element) -> bytes:
    body: bytes = ET.tostring(element, encoding="utf-8", xml_declaration=True)
    return body


def export_qdpx(
    library: Library,
    dest: BinaryDest,
    options: ExportOptions = _WHOLE,
) -> QdpxReport:
    """Write the library (or the quotes of ``options.ids``, else of its query) as a project.

    Of ``options`` the scope and ``include_off_record`` count: a project carries its
    own fields and no source's name to unredact.
    """
    ids = options.ids
    if ids is None and options.query is not None:
        ids = library.search(options.query, limit=None).ids
    with library.snapshot() as conn:
        project, files, report = project_xml(conn, ids, options.include_off_record)
    with (
        staged(dest) as (target, _discard),
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr("project.qde", _xml_bytes(project))
        for name, text in files.items():
            archive.writestr(f"Sources/{name}", text.encode("utf-8"))
    return report


def codebook_xml(conn: sqlite3.Connection) -> ET.Element:
    """The tags as a REFI-QDA codebook element; a codebook needs at least one code."""
    tags = _tags(conn)
    if not tags:
        raise ValidationError("tags", "the library has no tags to write as a codebook")
    codebook = ET.Element("CodeBook", {"xmlns": CODEBOOK_NS, "origin": ORIGIN})
    _codes(codebook, tags)
    return codebook


def export_qdc(library: Library, dest: BinaryDest) -> int:
    """Write the library's tags as a REFI-QDA codebook; return how many codes it holds."""
    with library.snapshot() as conn:
        codebook = codebook_xml(conn)
    body = _xml_bytes(codebook)
    with staged(dest) as (target, _discard):
        if isinstance(target, io.BytesIO):
            target.write(body)
        else:
            target.write_bytes(body)
    return len(codebook.findall("Codes/Code"))


def read_codes(root: ET.Element, namespace: str) -> Iterator[tuple[str, str, str]]:
    """(guid, name, colour) of each code of a codebook or a project element."""
    for code in root.iter(f"{{{namespace}}}Code"):
        yield code.get("guid", ""), code.get("name", ""), code.get("color", "")
