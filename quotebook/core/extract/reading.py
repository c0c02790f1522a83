"""An article's text read as the format it is in: a web page, Markdown or plain text."""

from __future__ import annotations

from .document import FORMATS, Document, detect_format, read_markdown, read_text
from .html import read_html


def read_document(raw: str, fmt: str = "auto") -> Document:
    """Read ``raw`` as ``fmt`` (one of :data:`FORMATS`; ``auto`` guesses)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "auto":
        fmt = detect_format(raw)
    if fmt == "html":
        return read_html(raw)
    if fmt == "markdown":
        return read_markdown(raw)
    return read_text(raw)
