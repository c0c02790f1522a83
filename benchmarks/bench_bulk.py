"""Moving a large search result to the trash and undoing it, beside raw SQL.

    python benchmarks/bench_bulk.py LIBRARY [--size 100000]

Each figure is end to end through the Library API (the search's ids in, the
transaction committed). The raw baseline does the same to the trash table in one
transaction, ``INSERT INTO quote_trash … WHERE id IN (…)`` in chunks, then the
``DELETE`` back; beside it, a raw ``UPDATE quote … WHERE id IN (…)`` of the same
quotes and back, what marking the quotes' own rows costs. The undo step's memory
is the size of what the history keeps for the trash.
"""

from __future__ import annotations

import argparse
import sys
import time
from array import array
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from measure import Figure

from quotebook.core import Library
from quotebook.core.storage.connect import connect

# A tenth of a generated library's quotes, spread through it as most search results
# are. The newest 100,000 of a broader search (``rule:on_record``) lie side by side
# and share their pages: trashing them wrote less than half as much at a million
# quotes (0.7 s against 1.6 s, the raw UPDATE 0.5 s against 1.4 s), which flattered
# the figure.
QUERY = "rule:deep"
CHUNK = 500


def _raw_ms(path: Path, ids: list[int], statements: tuple[str, str]) -> float:
    """Milliseconds for each statement run over ``ids`` in chunks, one transaction
    each, the stamp as its first parameter (the mean of the two)."""
    conn = connect(path)  # the library's own SQLite: two in one process share no locks
    conn.execute("PRAGMA synchronous = FULL")
    started = time.perf_counter()
    for statement in statements:
        conn.execute("BEGIN IMMEDIATE")
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            conn.execute(statement.format(marks=marks), [STAMP, *chunk])
        conn.execute("COMMIT")
    conn.close()
    return (time.perf_counter() - started) * 1000 / 2


STAMP = "2026-01-01 00:00:00.000000"
RAW_TRASH = (
    "INSERT INTO quote_trash (id, deleted_at) SELECT id, ? FROM quote WHERE id IN ({marks})",
    "DELETE FROM quote_trash WHERE ? IS NOT NULL AND id IN ({marks})",
)
RAW_UPDATE = (
    "UPDATE quote SET updated_at = ? WHERE id IN ({marks})",
    "UPDATE quote SET updated_at = ? WHERE id IN ({marks})",
)


def deep_size(root: object) -> int:
    """Bytes held by ``root``: its containers (tuples, lists, dicts, arrays, slotted
    objects) followed down, each value counted once and not followed further."""
    seen: set[int] = set()
    stack = [root]
    total = 0
    while stack:
        item = stack.pop()
        if id(item) in seen or item is None or isinstance(item, bool):
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, tuple | list | set | frozenset):
            stack.extend(item)
        elif hasattr(type(item), "__slots__") and not isinstance(item, array):
            stack.extend(getattr(item, name) for name in type(item).__slots__)
    return total


def _timed_ms(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def bulk_figures(library: Library, path: Path, size: int) -> list[Figure]:
    """Trash ``size`` quotes of one search result, then undo it; beside the raw UPDATE."""
    ids = list(library.search(QUERY).ids[:size])
    baseline = _raw_ms(path, ids, RAW_TRASH)
    history = library._undo
    trash = _timed_ms(lambda: library.delete_quotes(ids))
    step_bytes = deep_size(history[-1]) if history else 0
    undo = _timed_ms(library.undo)
    rows = _raw_ms(path, ids, RAW_UPDATE)  # last: the journal it grows would speed the rest
    note = f"{len(ids):,} quotes of '{QUERY}'; a raw UPDATE of their rows {rows:,.0f} ms"
    return [
        Figure(f"trash {len(ids):,} quotes", trash, "ms", baseline, "≤ 2 s", trash <= 2000, note),
        Figure(f"undo trash of {len(ids):,} quotes", undo, "ms", baseline, "≤ 2 s", undo <= 2000),
        Figure(
            "undo step of the trash, per quote",
            step_bytes / max(1, len(ids)),
            "bytes",
            None,
            "≤ 50 bytes",
            step_bytes / max(1, len(ids)) <= 50,
            f"{step_bytes / 1e6:.1f} MB in all",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    library = Library(args.library)
    try:
        for figure in bulk_figures(library, args.library, args.size):
            print(f"{figure.name}: {figure.value:,.1f} {figure.unit} (raw {figure.baseline})")
    finally:
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
