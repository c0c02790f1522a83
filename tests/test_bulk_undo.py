"""Bulk changes and their undo: set-based, compact in the history, the index left alone."""

from __future__ import annotations

import json
import sys
from array import array

import pytest
from sqlalchemy import func, select, text

from quotebook.core import Library
from quotebook.core.library.base import now
from quotebook.core.library.tx import QUOTE, json_ids

COUNT = 3000


def _filled(library: Library) -> list[int]:
    source = library.add_source("Sasha").created
    assert source is not None
    with library._write("Fill") as tx:
        blank = dict.fromkeys(("context", "language", "translation", "original_text", "notes"), "")
        stamp = {**blank, "created_at": now(), "updated_at": now(), "status": "unverified"}
        rows = [
            {"text": f"visa queue {n}", "source_id": source, "ground_rule": "on_record", **stamp}
            for n in range(COUNT)
        ]
        return [tx.insert(QUOTE, row) for row in rows]


def _size(root: object) -> int:
    """Bytes of the containers under ``root`` and the values they hold."""
    seen, stack, total = set(), [root], 0
    while stack:
        item = stack.pop()
        if id(item) in seen or item is None:
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        if isinstance(item, dict):
            stack += [*item.keys(), *item.values()]
        elif isinstance(item, tuple | list):
            stack += list(item)
        elif hasattr(type(item), "__slots__") and not isinstance(item, array):
            stack += [getattr(item, name) for name in type(item).__slots__]
    return total


def _index_rows(library: Library) -> int:
    with library._read() as conn:
        return int(conn.execute(text("SELECT count(*) FROM quote_fts_data")).scalar_one())


def test_trashing_many_quotes_and_undoing_it_restores_them_and_keeps_ids_only(
    library: Library,
) -> None:
    ids = _filled(library)
    index_rows = _index_rows(library)
    changes = library.delete_quotes(ids)
    assert changes.quotes == frozenset(ids)
    assert library.info().trashed_quotes == COUNT
    assert library.search("visa").total == 0
    assert _size(library._undo[-1]) / COUNT <= 50
    library.undo()
    assert library.info().trashed_quotes == 0
    assert library.search("visa").total == COUNT
    library.redo()
    assert library.info().trashed_quotes == COUNT
    assert _index_rows(library) == index_rows  # the index was never written to


def test_undoing_a_bulk_tag_and_a_text_edit_keeps_the_index_true(library: Library) -> None:
    ids = _filled(library)[:500]
    library.tag_quotes(ids, ["draft"])
    library.update_quote(ids[0], text="border crossing")
    assert library.search("tag:draft").total == 500
    library.undo()
    assert library.search("border").total == 0
    assert library.search("visa").total == COUNT
    library.undo()
    assert library.search("tag:draft").total == 0
    library.redo()
    library.redo()
    assert library.search("tag:draft border").ids == (ids[0],)
    with library._read() as conn:
        links = conn.execute(select(func.count()).select_from(text("quote_tag"))).scalar_one()
    assert links == 500


@pytest.mark.parametrize("size", [0, 1, 4_999, 5_000, 5_001, 12_345])
def test_ids_are_encoded_in_chunks_as_one_json_list(size: int) -> None:
    ids = list(range(7, 7 + size))
    assert json.loads(json_ids(iter(ids))) == ids
    assert json_ids(ids) == json.dumps(ids, separators=(",", ":"))
