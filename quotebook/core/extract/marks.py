"""Finding quoted spans: pairs of quotation marks, within and across paragraphs.

Curly (“ ”), straight ("), guillemet (« ») and low (\u201e with “ or ”) double marks
open and close quotes; single marks and apostrophes (don’t, the Joneses’) are left to
the words they belong to, so single quotes nest inside double ones untouched. A
quote still open at the end of a paragraph continues when the next paragraph opens
with a mark of the same kind (the wire-copy convention for a quote running over
several paragraphs); otherwise it ends with its paragraph, unclosed.
"""

from __future__ import annotations

from dataclasses import dataclass

_TWO_APOSTROPHES = "''"
_OPENERS = {
    "\u201c": "\u201d",
    "\u00ab": "\u00bb",
    "\u201e": "\u201c\u201d",
    '"': '"',
    _TWO_APOSTROPHES: _TWO_APOSTROPHES,
}
_FAMILY = {
    "\u201c": "curly",
    "\u201e": "curly",
    "\u00ab": "guillemet",
    '"': "straight",
    _TWO_APOSTROPHES: "apostrophes",
}
_BEFORE_OPEN = set(" \t([{/—–-:;,") | {"\u00a0", "\u2009"}
_AFTER_CLOSE = set(" \t)]}.,;:!?—–-…'’") | {"\u00a0", "\u2009"}


@dataclass(frozen=True, slots=True)
class Segment:
    """One quoted stretch inside one paragraph.

    ``open`` is the index of the opening mark; ``close`` the index of the closing
    mark, or the paragraph's end when the quote runs on (``closed`` is False).
    """

    open: int
    close: int
    closed: bool
    mark: str
    paragraph: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + len(self.mark), self.close

    @property
    def end(self) -> int:
        return self.close + len(self.mark) if self.closed else self.close


@dataclass(frozen=True, slots=True)
class Unit:
    """A quote as printed: one segment, or several paragraphs of one running quote."""

    segments: tuple[Segment, ...]

    @property
    def start(self) -> int:
        return self.segments[0].open

    @property
    def end(self) -> int:
        return self.segments[-1].end

    @property
    def closed(self) -> bool:
        return self.segments[-1].closed

    @property
    def first_paragraph(self) -> int:
        return self.segments[0].paragraph

    @property
    def last_paragraph(self) -> int:
        return self.segments[-1].paragraph


def _mark_at(text: str, index: int) -> str:
    """The mark at ``index``: one character, or two apostrophes standing for a double mark."""
    return _TWO_APOSTROPHES if text.startswith(_TWO_APOSTROPHES, index) else text[index]


def _opens(text: str, index: int, start: int) -> bool:
    char = _mark_at(text, index)
    if char not in _OPENERS:
        return False
    if char not in ('"', _TWO_APOSTROPHES):
        return True
    before = text[index - 1] if index > start else " "
    after = text[index + len(char)] if index + len(char) < len(text) else " "
    return (before in _BEFORE_OPEN or before in "\u201c\u00ab") and not after.isspace()


def _closes(text: str, index: int, mark: str, end: int) -> bool:
    if mark == _TWO_APOSTROPHES:
        if not text.startswith(mark, index):
            return False
    elif text[index] not in _OPENERS[mark]:
        return False
    if mark not in ('"', _TWO_APOSTROPHES):
        return True
    after = text[index + len(mark)] if index + len(mark) < end else " "
    return not text[index - 1].isspace() or after in _AFTER_CLOSE


def _nests(text: str, index: int, mark: str, start: int) -> bool:
    """A mark of the outer quote's own kind opening a quote inside it: «…«…»…», “…“…”…”,
    or a straight mark after a space or colon before a word ("…said, "Go." So…")."""
    if mark in ("\u00ab", "\u201c"):
        return text[index] == mark
    return (
        mark == '"'
        and text[index] == '"'
        and text[index - 1] in " :"
        and _opens(text, index, start)
    )


def scan_paragraph(text: str, start: int, end: int, paragraph: int) -> list[Segment]:
    """Every quoted segment of the paragraph ``text[start:end]``, in order."""
    segments: list[Segment] = []
    index = start
    while index < end:
        if not _opens(text, index, start):
            index += 1
            continue
        mark, depth = _mark_at(text, index), 0
        close = index + len(mark)
        while close < end:
            if _nests(text, close, mark, start):
                depth += 1
            elif _closes(text, close, mark, end):
                if depth == 0:
                    break
                depth -= 1
            close += 1
        closed = close < end
        segments.append(Segment(index, close, closed, mark, paragraph))
        index = close + len(mark)
    return segments


def scan(text: str, paragraphs: tuple[tuple[int, int], ...]) -> list[Unit]:
    """Every quote in the text, runs over several paragraphs joined into one unit."""
    units: list[Unit] = []
    running: list[Segment] = []
    for number, (start, end) in enumerate(paragraphs):
        segments = scan_paragraph(text, start, end, number)
        if running:
            first = segments[0] if segments else None
            if (
                first is not None
                and first.open == _first_visible(text, start, end)
                and _FAMILY[first.mark] == _FAMILY[running[-1].mark]
            ):
                running.append(first)
                segments = segments[1:]
                if first.closed:
                    units.append(Unit(tuple(running)))
                    running = []
            else:
                units.append(Unit(tuple(running)))
                running = []
        for segment in segments:
            if running:  # an open quote followed by more marks in the same paragraph
                units.append(Unit(tuple(running)))
                running = []
            if segment.closed:
                units.append(Unit((segment,)))
            else:
                running = [segment]
    if running:
        units.append(Unit(tuple(running)))
    return units


def _first_visible(text: str, start: int, end: int) -> int:
    index = start
    while index < end and text[index].isspace():
        index += 1
    return index
