"""A saved web page reduced to its article's paragraphs, and its metadata.

Uses the standard library's ``html.parser`` with character references left
unconverted, so every character kept knows its offset in the page. Paragraphs,
line breaks and block quotes start new paragraphs; navigation, asides, footers,
scripts and forms are left out; when the page has ``<article>`` elements only
their text is kept.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from html.parser import HTMLParser
from typing import Any

from .document import Document, TextBuilder
from .lexicon import words
from .model import ArticleMeta

_BLOCKS = frozenset(
    words(
        """
    p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr td th table section article
    header main pre dd dt dl figure figcaption hr address
    """
    )
)
_SKIPPED = frozenset(
    words(
        """
    script style noscript template svg nav aside footer form button select iframe
    textarea object canvas menu dialog
    """
    )
)
_VOID = frozenset(
    words(
        """
    br hr img meta link input source wbr area base col embed param track
    """
    )
)
_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting"})


_BOILERPLATE = frozenset(
    words(
        """
    menu nav navbar navigation breadcrumb breadcrumbs related teaser teasers recommended
    popular most-read mostread trending comment comments share sharing social footer
    cookie cookies consent newsletter subscribe subscription promo advert advertisement
    ad ads sidebar banner widget paywall outbrain taboola also readmore read-more
    """
    )
)
_LANDMARKS = frozenset({"navigation", "complementary", "contentinfo", "banner", "dialog"})


def _is_boilerplate(values: dict[str, str]) -> bool:
    """Whether an element's class, id or role names a page's furniture (menus, teasers,
    comments, sharing, cookie notices) rather than its article."""
    if values.get("role", "").lower() in _LANDMARKS:
        return True
    names = f"{values.get('class', '')} {values.get('id', '')}".lower()
    tokens = set(re.split(r"[\s_-]+", names)) | set(names.split())
    return bool(tokens & _BOILERPLATE)


class _PageParser(HTMLParser):
    """Collects text with offsets (inside and outside ``<article>``) and metadata."""

    def __init__(self, raw: str, *, furniture: bool = True) -> None:
        super().__init__(convert_charrefs=False)
        self._furniture = furniture
        self._raw = raw
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self.outside = TextBuilder()
        self.inside = TextBuilder()
        self.meta: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self.json_ld: list[str] = []
        self._skip = 0
        self._open: list[tuple[str, bool]] = []  # open elements; True for boilerplate
        self._article = 0
        self._capture: str | None = None  # "title", "h1" or "json"
        self._buffer: list[str] = []

    # -- positions ---------------------------------------------------------

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    @property
    def _builder(self) -> TextBuilder:
        return self.inside if self._article else self.outside

    def _break(self) -> None:
        offset = self._offset()
        self.inside.end_paragraph(offset)
        self.outside.end_paragraph(offset)

    # -- tags --------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "meta":
            self._read_meta(values)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("canonical", values.get("href", ""))
        if tag in _VOID:
            if tag in ("br", "hr") and not self._skip:
                self._break()
            return
        if tag in _SKIPPED:
            if tag == "script" and "ld+json" in values.get("type", ""):
                self._capture, self._buffer = "json", []
            self._skip += 1
            return
        boilerplate = self._furniture and _is_boilerplate(values)
        self._open.append((tag, boilerplate))
        self._skip += boilerplate
        if tag == "title" and not self.title:
            self._capture, self._buffer = "title", []
        elif tag == "h1" and not self.h1:
            self._capture, self._buffer = "h1", []
        if tag == "article":
            self._article += 1
        if tag in _BLOCKS and not self._skip:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            self._finish_capture("json")
            return
        self._close(tag)
        if tag == "title":
            self._finish_capture("title")
        elif tag == "h1":
            self._finish_capture("h1")
        if tag in _BLOCKS and not self._skip:
            self._break()
        if tag == "article":
            self._article = max(0, self._article - 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and tag not in _SKIPPED:
            self._close(tag)

    def _close(self, tag: str) -> None:
        """Close the innermost open ``tag`` (and anything left open inside it)."""
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                self._skip -= sum(boilerplate for _, boilerplate in self._open[index:])
                del self._open[index:]
                return

    def _finish_capture(self, kind: str) -> None:
        if self._capture != kind:
            return
        text = " ".join("".join(self._buffer).split())
        if kind == "title":
            self.title = text
        elif kind == "h1":
            self.h1 = text
        else:
            self.json_ld.append("".join(self._buffer))
        self._capture = None

    # -- text --------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self._capture:
            self._buffer.append(data)
        elif not self._skip:
            self._builder.add(data, self._offset())

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, reference: str) -> None:
        char = html.unescape(reference)
        if self._capture:
            self._buffer.append(char)
        elif not self._skip:
            offset = self._offset()
            end = offset + len(reference) - (0 if self._raw.startswith(reference, offset) else 1)
            for one in char:
                self._builder.add_char(one, offset, end=end)

    def _read_meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or "").strip().lower()
        content = values.get("content", "").strip()
        if key and content:
            self.meta.setdefault(key, html.unescape(content))


def read_html(raw: str) -> Document:
    """The article's paragraphs and the page's metadata.

    Elements whose class or id names page furniture are left out, unless that leaves
    less than a third of the text: a wrapper named "has-sidebar" holds the article.
    """
    parser = _parse(raw, furniture=True)
    builder = _kept(parser)
    whole = _kept(_parse(raw, furniture=False))
    if len(builder.chars) * 3 < len(whole.chars):
        parser, builder = _parse(raw, furniture=False), whole
    return builder.build(len(raw), _metadata(parser))


def _parse(raw: str, *, furniture: bool) -> _PageParser:
    parser = _PageParser(raw, furniture=furniture)
    parser.feed(raw)
    parser.close()
    return parser


def _kept(parser: _PageParser) -> TextBuilder:
    return parser.inside if parser.inside.paragraphs or parser.inside.chars else parser.outside


def _metadata(parser: _PageParser) -> ArticleMeta:
    found = _json_ld(parser.json_ld)
    meta = parser.meta
    title, title_outlet = _split_title(parser.title)
    headline = meta.get("og:title") or found.get("headline") or title or parser.h1
    outlet = meta.get("og:site_name") or found.get("outlet") or title_outlet
    url = meta.get("og:url") or meta.get("canonical") or found.get("url", "")
    published = (
        meta.get("article:published_time")
        or found.get("published")
        or meta.get("date")
        or meta.get("pubdate")
        or ""
    )
    author = meta.get("author") or meta.get("article:author") or found.get("author", "")
    if author.startswith("http"):
        author = found.get("author", "")
    return ArticleMeta(
        headline=headline.strip(),
        outlet=outlet.strip(),
        url=url.strip(),
        published_on=_date(published),
        author=author.strip(),
    )


def _split_title(title: str) -> tuple[str, str]:
    """ "Headline | Outlet" (or " - ", " — ") split in two when the last part is short."""
    for separator in (" | ", " — ", " – ", " - "):
        if separator in title:
            head, _, tail = title.rpartition(separator)
            if head and len(tail.split()) <= 4:
                return head.strip(), tail.strip()
    return title, ""


def _date(value: str) -> date | None:
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _json_ld(blocks: list[str]) -> dict[str, str]:
    """Headline, outlet, URL, date and author of the first news article in JSON-LD."""
    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in _items(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if _ARTICLE_TYPES.intersection(k for k in kinds if isinstance(k, str)):
                return {
                    "headline": _text(item.get("headline")),
                    "outlet": _text(_name(item.get("publisher"))),
                    "url": _text(item.get("url") or _name(item.get("mainEntityOfPage"), "@id")),
                    "published": _text(item.get("datePublished")),
                    "author": _text(_name(item.get("author"))),
                }
    return {}


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [item for part in data for item in _items(part)]
    if isinstance(data, dict):
        return [data, *_items(data.get("@graph", []))]
    return []


def _name(value: Any, key: str = "name") -> Any:
    if isinstance(value, list):
        value = value[0] if value else ""
    return value.get(key, "") if isinstance(value, dict) else value


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
