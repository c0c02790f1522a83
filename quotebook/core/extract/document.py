"""The text the extractor reads: paragraphs of plain text, each character traced to the input.

Plain text is read as it is. Markdown and HTML are reduced to their words, and every
character kept remembers where it stood in the input, so a quote found in the plain
text can be reported at its place in the file the reporter gave.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.errors import QuotebookError
from .model import ArticleMeta

FORMATS = ("auto", "text", "markdown", "html")

_HTML_HINT = re.compile(r"<(?:!doctype|html|head|body|p|div|article|br)\b", re.IGNORECASE)
_MD_HINT = re.compile(r"^(?:#{1,6} |> |\* |- |\d+\. )|\*\*\w|\[[^\]\n]+\]\([^)\s]+\)", re.M)


@dataclass(frozen=True, slots=True)
class Document:
    """Plain text in paragraphs, with the input offset of every character.

    ``text`` holds one paragraph per span in ``paragraphs``; characters between spans
    are separators. ``origin[i]`` is the input offset of ``text[i]``, and
    ``origin[len(text)]`` the input's length.
    """

    text: str
    origin: array[int]
    paragraphs: tuple[tuple[int, int], ...]
    meta: ArticleMeta
    extent: array[int] | None = None  # input end of each character, when not origin + 1

    def input_span(self, start: int, end: int) -> tuple[int, int]:
        """The input offsets of the plain-text span ``start:end`` (end exclusive)."""
        if end <= start:
            return self.origin[start], self.origin[start]
        last = self.extent[end - 1] if self.extent is not None else self.origin[end - 1] + 1
        return self.origin[start], last


class TextBuilder:
    """Collects kept characters with their input offsets, collapsing runs of spaces."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.origin = array("l")
        self.extent = array("l")
        self.paragraphs: list[tuple[int, int]] = []
        self._start = 0

    def add(self, chunk: str, offset: int, *, collapse: bool = True) -> None:
        """Append ``chunk``, which starts at input ``offset`` (one input char per char)."""
        for index, char in enumerate(chunk):
            self.add_char(char, offset + index, collapse=collapse)

    def add_char(
        self, char: str, offset: int, *, collapse: bool = True, end: int | None = None
    ) -> None:
        """Append one character read at input ``offset`` (through ``end`` for a reference)."""
        if char.isspace():
            if collapse and (len(self.chars) == self._start or self.chars[-1] == " "):
                return
            char = " "
        self.chars.append(char)
        self.origin.append(offset)
        self.extent.append(offset + 1 if end is None else end)

    def end_paragraph(self, offset: int) -> None:
        """Close the paragraph being built (if it has any words) at input ``offset``."""
        while len(self.chars) > self._start and self.chars[-1] == " ":
            self.chars.pop()
            self.origin.pop()
            self.extent.pop()
        if len(self.chars) > self._start:
            self.paragraphs.append((self._start, len(self.chars)))
            self.chars.append("\n")
            self.origin.append(offset)
            self.extent.append(offset)
        self._start = len(self.chars)

    def build(self, end: int, meta: ArticleMeta) -> Document:
        self.end_paragraph(end)
        if self.chars and self.chars[-1] == "\n":
            self.chars.pop()
            self.origin.pop()
            self.extent.pop()
        self.origin.append(end)
        self.extent.append(end)
        text = "".join(self.chars)
        return Document(text, self.origin, tuple(self.paragraphs), meta, self.extent)


def detect_format(raw: str) -> str:
    """``html``, ``markdown`` or ``text``, guessed from the first few kilobytes."""
    head = raw[:4000]
    if _HTML_HINT.search(head) and head.count("<") > 2:
        return "html"
    if len(_MD_HINT.findall(head)) >= 2:
        return "markdown"
    return "text"


def read_text(raw: str) -> Document:
    """Plain text: paragraphs are blank-line blocks, or lines when there are no blank lines."""
    builder = TextBuilder()
    blocks = _BLOCK if re.search(r"\n[ \t\r\f\v]*\n", raw) else _LINE
    for block in blocks.finditer(raw):
        builder.add(block.group(), block.start())
        builder.end_paragraph(block.end())
    return builder.build(len(raw), plain_text_meta(raw))


_BLOCK = re.compile(r"(?:[^\n]|\n(?![ \t\r\f\v]*\n))+")
_LINE = re.compile(r"[^\n]+")


# A date line at the top of a plain-text article: "date 2022-04-01 YEREVAN",
# "2022-04-01", "Date: 2022-04-01 — TBILISI". What follows the date is the dateline.
_DATE_LINE = re.compile(r"^(?:date\s*:?\s*)?(\d{4}-\d{2}-\d{2})\b[\s,—–-]*(.*)$", re.IGNORECASE)
# A dateline alone on its line: a place in capitals, perhaps with a dash after it.
_DATELINE = re.compile(r"^([A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'-]{1,40}?)\s*[—–-]?\s*$")
_TOP_LINES = 4  # the lines at the top where a headline and date lines are looked for
# A dateline opening a paragraph: a place in capitals, perhaps a date or a region, an
# agency in brackets, then a dash ("EDINBURGH, Nov 6 (Reuters) - ", "PORT GARROW, Ont. — ").
INLINE_DATELINE = re.compile(
    r"\s*([A-ZÀ-ÞА-ЯЁ]{2}[A-ZÀ-ÞА-ЯЁ .'-]*?)(?:,\s+[^()\n—–]{1,30}?)?"
    r"(?:\s+\([A-Z][\w .-]*\))?\s+[-—–]\s+"
)


def plain_text_meta(raw: str) -> ArticleMeta:
    """The headline, date and dateline a plain-text article gives in its first lines,
    in any order: a short line without a closing full stop is the headline, a line
    starting with a date (after an optional "date") the date and then the dateline,
    a line of capitals alone the dateline."""
    headline, dateline, published = "", "", None
    lines = [line.strip() for line in raw.strip().splitlines() if line.strip()]
    for line in lines[:_TOP_LINES]:
        if (dated := _DATE_LINE.match(line)) is not None:
            try:
                published = date.fromisoformat(dated.group(1))
            except ValueError:
                continue
            dateline = dateline or _place(dated.group(2))
        elif (place := _DATELINE.match(line)) is not None and not dateline:
            dateline = place.group(1).strip()
        elif not headline and _reads_like_headline(line):
            headline = line
        else:
            opening = INLINE_DATELINE.match(line)  # "PORT GARROW, Ont. — Children …"
            dateline = dateline or (opening.group(1).strip() if opening else "")
            break  # the body has begun
    if not headline:
        headline = _first_line_headline(raw)
    return ArticleMeta(headline=headline, published_on=published, dateline=dateline)


def _place(text: str) -> str:
    found = _DATELINE.match(text.strip())
    return found.group(1).strip() if found else ""


def _reads_like_headline(line: str) -> bool:
    return 2 <= len(line.split()) <= 20 and not line.endswith((".", ":", "”", '"', "»"))


def _first_line_headline(raw: str) -> str:
    """The first line when it reads like a headline (short, no closing full stop)."""
    lines = raw.strip().split("\n", 2)
    if len(lines) < 2 or lines[1].strip():
        return ""
    first = lines[0].strip()
    if 2 <= len(first.split()) <= 20 and not first.endswith((".", ":", "”", '"', "»")):
        return first
    return ""


_MD_INLINE = re.compile(
    r"!\[[^\]]*\]\([^)]*\)"  # an image: dropped
    r"|\[([^\]]*)\]\([^)]*\)"  # a link: its text kept
    r"|\*\*|__|`+|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)"  # emphasis and code marks
)
_MD_LINE = re.compile(r"^\s{0,3}(?:>\s?)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?")


def read_markdown(raw: str) -> Document:
    """Markdown: headings, block quotes, lists and inline marks reduced to their words."""
    builder = TextBuilder()
    headline = ""
    offset = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if not body.strip():
            builder.end_paragraph(offset)
            offset += len(line)
            continue
        prefix = _MD_LINE.match(body)
        skip = prefix.end() if prefix else 0
        is_heading = body.lstrip().startswith("#")
        if is_heading:
            builder.end_paragraph(offset)
            if not headline and body.lstrip().startswith("# "):
                headline = body[skip:].strip()
        _add_inline(builder, body[skip:], offset + skip)
        builder.add_char(" ", offset + len(body))
        if is_heading:
            builder.end_paragraph(offset + len(body))
        offset += len(line)
    return builder.build(len(raw), ArticleMeta(headline=headline))


def _add_inline(builder: TextBuilder, text: str, offset: int) -> None:
    position = 0
    for match in _MD_INLINE.finditer(text):
        builder.add(text[position : match.start()], offset + position)
        if match.group(1) is not None:
            builder.add(match.group(1), offset + match.start(1))
        position = match.end()
    builder.add(text[position:], offset + position)


class UnreadableArticleError(QuotebookError):
    """An article file that cannot be read as text; ``reason`` says why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot read {path}: {reason}")
        self.path = path
        self.reason = reason


_SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}


def read_article_file(path: Path) -> tuple[str, str]:
    """An article file's text and the format its name suggests (``auto`` when unsure)."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise UnreadableArticleError(str(path), "it is a folder, not a file") from None
    except FileNotFoundError:
        raise UnreadableArticleError(str(path), "no such file") from None
    except OSError as exc:
        raise UnreadableArticleError(str(path), str(exc.strerror or exc)) from None
    if b"\x00" in data:
        raise UnreadableArticleError(str(path), "it is not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text (byte {exc.start}); save it as UTF-8"
        raise UnreadableArticleError(str(path), reason) from None
    return text, _SUFFIXES.get(path.suffix.lower(), "auto")
