"""Filing accepted proposals: article, new sources and quotes in one undoable write."""

from __future__ import annotations

import pytest

from quotebook.core import Library, ValidationError
from quotebook.core.extract import FileItem, extract, file_proposals, match_sources

ARTICLE = (
    "Northwind Logistics, a freight software company, will cut 400 jobs.\n\n"
    "“We grew too fast,” the company’s chief executive, Jonas Becker, 52, told Reuters.\n\n"
    "“The cost base was out of line,” said Clara Vogt, an analyst at Berenberg."
)


def items_for(library: Library, text: str) -> list[FileItem]:
    extraction = extract(text)
    matches = match_sources(extraction.proposals, library.list_sources())
    return [
        FileItem(m.proposal.text, m.source_id, m.new_source, m.new_key, tags=("jobs",))
        for m in matches
    ]


def test_one_write_creates_article_sources_and_quotes(library: Library) -> None:
    vogt = library.add_source("Clara Vogt", organization="Berenberg").created
    changes = file_proposals(
        library, {"headline": "Cuts", "url": "https://x.example/cuts"}, items_for(library, ARTICLE)
    )
    assert changes.label == "Import article"
    article = library.get_article(changes.created or 0)
    assert (article.headline, article.quote_count) == ("Cuts", 2)
    becker = library.find_sources("Jonas Becker")[0]
    assert (becker.age, becker.role, becker.organization) == (
        52,
        "chief executive",
        "Northwind Logistics",
    )
    texts = {library.get_quote(q).text: library.get_quote(q) for q in changes.quotes}
    assert texts["The cost base was out of line,"].source_id == vogt
    assert texts["We grew too fast,"].tags == ("jobs",)
    assert changes.sources == {becker.id}
    assert library.undo_label == "Import article"


def test_undo_takes_the_whole_import_back(library: Library) -> None:
    before = library.info()
    file_proposals(library, {"headline": "Cuts"}, items_for(library, ARTICLE))
    library.undo()
    after = library.info()
    assert (after.quotes, after.sources, after.articles) == (
        before.quotes,
        before.sources,
        before.articles,
    )
    assert library.list_sources() == [] and library.redo_label == "Import article"


def test_quotes_of_one_new_person_share_one_source(library: Library) -> None:
    text = ARTICLE + "\n\n“Nobody takes this lightly,” Becker said."
    changes = file_proposals(library, None, items_for(library, text))
    assert len(changes.sources) == 2 and len(changes.quotes) == 3
    becker = library.find_sources("Jonas Becker")[0]
    assert library.get_source(becker.id).quote_count == 2


def test_bad_input_names_the_problem_and_writes_nothing(library: Library) -> None:
    library.add_article("Old", url="https://x.example/cuts")
    before = library.info()
    with pytest.raises(ValidationError) as raised:
        file_proposals(library, {"headline": " "}, items_for(library, ARTICLE))
    assert raised.value.field == "headline"
    with pytest.raises(ValidationError) as raised:
        file_proposals(library, {"headline": "H"}, [FileItem("x", source_id=999)])
    assert raised.value.field == "source"
    with pytest.raises(ValidationError):
        file_proposals(library, {"headline": "H"}, [])
    after = library.info()
    assert (after.quotes, after.sources, after.articles) == (
        before.quotes,
        before.sources,
        before.articles,
    )
