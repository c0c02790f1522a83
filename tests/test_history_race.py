"""The undo history stays true to the library while another thread writes."""

from __future__ import annotations

import random
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import select

from quotebook.core import Library, NotFoundError
from quotebook.core.library.tx import QUOTE

ROUNDS = 1000  # per thread: 2,000 operations, each followed by a check


def _created(step: Any) -> set[int]:
    """Quotes the step brought into being (their "before" is no row)."""
    return {key for (name, key), row in step.before.items() if name == "quote" and row is None}


def _current(library: Library, ids: set[int]) -> dict[int, dict[str, Any]]:
    with library._read() as conn:
        rows = conn.execute(select(QUOTE).where(QUOTE.c.id.in_(ids))).mappings()
        return {row["id"]: dict(row) for row in rows}


def _check(library: Library) -> list[str]:
    """What, if anything, the history says that the library contradicts (under the lock)."""
    with library._lock:
        undo, redo = list(library._undo), list(library._redo)
        wanted = set().union(*(_created(s) for s in undo + redo))
        rows = _current(library, wanted)
        wrong = [f"undo: {s.label} {i} missing" for s in undo for i in _created(s) if i not in rows]
        wrong += [f"redo: {s.label} {i} present" for s in redo for i in _created(s) if i in rows]
        for step, side in ((undo[-1:], "after"), (redo[-1:], "before")):
            for s in step:
                images = getattr(s, side)
                ids = {key for (name, key) in images if name == "quote"}
                now = _current(library, ids)
                for (name, key), image in images.items():
                    if name == "quote" and now.get(key) != image:
                        wrong.append(f"top {side} of {s.label} {key} differs")
        return wrong


def test_worker_writes_and_undo_redo_from_another_thread_keep_the_history_true(
    library: Library, library_path: Path
) -> None:
    with Library(library_path) as other:  # a source the undoing thread cannot take away
        source = other.add_source("Sasha").created
    assert source is not None
    problems: list[str] = []
    made: list[int] = []
    checks = [0]

    def writer() -> None:
        rng = random.Random(1)
        for n in range(ROUNDS):
            try:
                if made and rng.random() < 0.4:
                    library.update_quote(rng.choice(made), text=f"edited {n}")
                else:
                    created = library.add_quote(f"said {n}", source).created
                    assert created is not None
                    made.append(created)
            except NotFoundError:
                pass  # its creation was just undone
            problems.extend(_check(library))
            checks[0] += 1

    def undoer() -> None:
        rng = random.Random(2)
        for _ in range(ROUNDS):
            library.undo() if rng.random() < 0.6 else library.redo()
            problems.extend(_check(library))
            checks[0] += 1

    threads = [threading.Thread(target=writer), threading.Thread(target=undoer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert checks[0] == 2 * ROUNDS
    assert problems == []
    assert library.undo_label is not None
