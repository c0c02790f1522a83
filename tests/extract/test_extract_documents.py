"""Reading plain text, Markdown and saved pages: paragraphs, offsets and metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from quotebook.core.extract import extract
from quotebook.core.extract.document import detect_format
from quotebook.core.extract.reading import read_document

PAGE = """<!DOCTYPE html><html><head>
<title>Dog found alive | The Valley Courier</title>
<meta property="og:title" content="Dog found alive after flood">
<meta property="og:site_name" content="The Valley Courier">
<link rel="canonical" href="https://valley.example/dog">
<meta property="article:published_time" content="2024-03-12T18:40:00-05:00">
<meta name="author" content="Dana Whitaker">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "LD headline",
 "datePublished": "2024-03-11", "author": {"@type": "Person", "name": "LD Author"},
 "publisher": {"@type": "Organization", "name": "LD Outlet"}}</script>
<style>p { color: red }</style></head><body>
<nav><a href="/">Home</a> "Not a quote from the menu," said Nobody.</nav>
<article><h1>Dog found alive after flood</h1>
<p>Rescuers found the dog on Sunday.</p>
<blockquote><p>&ldquo;She was sitting on the roof,&rdquo; said Tom Hale.</p></blockquote>
<p>Line one<br>line two</p></article>
<aside>&ldquo;Most read, not this article,&rdquo; said Someone Else.</aside>
<footer>&copy; 2024</footer></body></html>"""


def test_page_metadata_prefers_open_graph_then_json_ld() -> None:
    extraction = extract(PAGE)
    assert extraction.format == "html"
    meta = extraction.meta
    assert meta.headline == "Dog found alive after flood"
    assert meta.outlet == "The Valley Courier"
    assert meta.url == "https://valley.example/dog"
    assert meta.published_on == date(2024, 3, 12)
    assert meta.author == "Dana Whitaker"


def test_json_ld_fills_what_meta_tags_lack() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",'
        ' "headline": "Rates held", "datePublished": "2023-11-20T10:00:00+03:00",'
        ' "url": "https://x.example/rates", "author": [{"name": "A. Writer"}],'
        ' "publisher": {"name": "Daily X"}}]}</script></head><body><p>Text.</p></body></html>'
    )
    meta = extract(page).meta
    assert (meta.headline, meta.outlet, meta.url, meta.author) == (
        "Rates held",
        "Daily X",
        "https://x.example/rates",
        "A. Writer",
    )
    assert meta.published_on == date(2023, 11, 20)


def test_title_suffix_gives_the_outlet_when_nothing_else_does() -> None:
    meta = extract(
        "<html><head><title>Measles rises - Metro Daily</title></head><body><p>x</p></body></html>"
    ).meta
    assert (meta.headline, meta.outlet) == ("Measles rises", "Metro Daily")


def test_only_the_article_is_read_and_navigation_is_skipped() -> None:
    extraction = extract(PAGE)
    assert [q.speaker_name for q in extraction.proposals] == ["Tom Hale"]
    assert "Home" not in extraction.text and "Most read" not in extraction.text
    assert "Line one\nline two" in extraction.text  # a line break starts a paragraph


def test_blockquote_paragraph_is_its_own_paragraph() -> None:
    document = read_document(PAGE, "html")
    texts = [document.text[a:b] for a, b in document.paragraphs]
    assert "“She was sitting on the roof,” said Tom Hale." in texts


def test_plain_text_paragraphs_are_blank_line_blocks_or_lines() -> None:
    blocks = read_document("One line\nwrapped.\n\nTwo.", "text")
    assert [blocks.text[a:b] for a, b in blocks.paragraphs] == ["One line wrapped.", "Two."]
    lines = read_document("One.\nTwo.", "text")
    assert [lines.text[a:b] for a, b in lines.paragraphs] == ["One.", "Two."]


def test_markdown_links_quotes_and_offsets() -> None:
    raw = '> "A [linked](https://x.example) word," said Ann Lee.\n'
    document = read_document(raw, "markdown")
    assert document.text == '"A linked word," said Ann Lee.'
    start, end = document.input_span(0, len(document.text))
    assert raw[start:end] == raw[2:].strip()  # the block-quote marker is not text


def test_format_detection() -> None:
    assert detect_format(PAGE) == "html"
    assert detect_format("# Title\n\n> quoted\n\nText with **bold**.") == "markdown"
    assert detect_format("Plain words, nothing else.") == "text"


def test_a_page_built_of_divs_gives_the_article_s_quotes_only() -> None:
    """Menus, teasers, "read also" boxes, sharing and comments named by their class or id
    are left out, as on saved pages of real outlets; the article's quotes are the same as
    its plain text's."""
    pages = Path(__file__).parent / "pages"
    features = Path(__file__).parent / "features"
    for page, text in (
        ("en_boat_capsizes.html", "en29_migrant_boat.txt"),
        ("ru_key_rate.html", "ru11_bank_rate.txt"),
    ):
        from_page = extract((pages / page).read_text(encoding="utf-8"))
        from_text = extract((features / text).read_text(encoding="utf-8"))
        assert [p.text for p in from_page.proposals] == [p.text for p in from_text.proposals]
        assert [p.speaker_name for p in from_page.proposals] == [
            p.speaker_name for p in from_text.proposals
        ]
        assert from_page.meta.outlet and from_page.meta.published_on


def test_a_wrapper_named_like_furniture_still_gives_its_article() -> None:
    page = (
        '<html><body><div class="layout has-sidebar"><p>The council met.</p>'
        '<p>"We will vote in May," said Mayor Ana Ruiz.</p></div>'
        '<div class="sidebar">"Not this," said Someone.</div></body></html>'
    )
    found = [(p.text, p.speaker_name) for p in extract(page).proposals]
    assert ("We will vote in May,", "Ana Ruiz") in found
