"""An import is one undo step, and only emptying the trash is permanent."""

from __future__ import annotations

import io

from quotebook.core import Library
from quotebook.core.sheet.csv_import import import_csv

SHEET = (
    "quote,source,organization,tags\n"
    "We left in March,Lepra,Vektor,exile\n"
    "The queue was long,Olga,,visa\n"
)


def test_an_import_is_one_undo_step_that_keeps_the_history_before_it(library: Library) -> None:
    sasha = library.add_source("Sasha").created
    assert sasha is not None
    library.add_quote("Nothing about visas", sasha)
    report = import_csv(library, io.StringIO(SHEET))
    assert report.quotes_created == 2
    assert library.undo_label == "Import CSV"
    library.undo()
    assert library.search("march").total == 0
    assert [t.name for t in library.list_tags()] == []
    assert [s.name for s in library.list_sources()] == ["Sasha"]
    assert library.undo_label == "Add quote"  # what came before is still there
    library.redo()
    assert library.search("march").total == 1
    assert library.search("tag:visa queue").total == 1
    assert sorted(s.name for s in library.list_sources()) == ["Lepra", "Olga", "Sasha"]
    library.undo()
    library.undo()
    assert library.info().quotes == 0


def test_emptying_the_trash_keeps_the_rest_of_the_history(library: Library) -> None:
    sasha = library.add_source("Sasha").created
    assert sasha is not None
    kept = library.add_quote("We left in March", sasha).created
    gone = library.add_quote("The queue was long", sasha).created
    assert kept is not None and gone is not None
    library.delete_quotes([gone])
    library.update_quote(kept, text="We left in April")
    library.empty_trash()
    assert library.undo_label == "Edit quote"
    library.undo()
    assert library.get_quote(kept).text == "We left in March"
    while library.undo_label is not None:  # no step brings the erased quote back
        library.undo()
    assert library.info().quotes == 0 and library.info().sources == 0
    while library.redo_label is not None:
        library.redo()
    assert library.search("").ids == (kept,)
    assert library.get_quote(kept).text == "We left in April"


def test_the_history_ends_at_a_step_that_would_need_an_erased_source(library: Library) -> None:
    first = library.add_source("Sasha").created
    second = library.add_source("Olga").created
    assert first is not None and second is not None
    quote = library.add_quote("We left in March", first).created
    assert quote is not None
    library.update_quote(quote, source_id=second)  # undoing it would need Sasha
    library.delete_source(first)
    library.add_tag("visa")
    library.empty_trash()
    assert library.undo_label == "Add tag"
    library.undo()
    assert library.undo_label is None
    assert library.get_quote(quote).source_name == "Olga"
    assert [s.name for s in library.list_sources()] == ["Olga"]
