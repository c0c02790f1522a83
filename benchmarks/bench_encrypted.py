"""An encrypted copy of the library beside the plain one: open, search, page fetch, save.

    python benchmarks/bench_encrypted.py LIBRARY [--repeat 30] [--driver]

LIBRARY is copied (it is never changed); the copy is encrypted (SQLCipher 4 with its
default key derivation) and each figure is measured on the plain copy and on the
encrypted one in the same run: the ratio is encrypted / plain, target ≤ 1.25. The
searches are bench_core.py's, one of each class a reporter types, each to its first
page and to its whole count.
Opening is measured with the key already derived (deriving it, once per session,
is the unlock: its cost is printed apart). With ``--driver`` the plain copy is
also measured through SQLCipher's bundled SQLite without a key, beside the
standard library's, with an import of 10,000 rows: the figures that decide which
SQLite opens plain libraries.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_core import QUERIES
from measure import Figure, p50_p95, timed

from quotebook.core import Library
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.csv_import import import_csv
from quotebook.core.sheet.options import ExportOptions
from quotebook.core.storage import connect, fts, fts_names, keys
from quotebook.core.storage.encryption import encrypt_library

PASSPHRASE = "a benchmark passphrase"
PAGE = 200
# The app's first page counts to 1,000 ("1,000+", as bench_core.py measures it); the
# whole count follows on the worker, and is measured too.
COUNTS = {"first page": 1_000, "whole count": None}
IMPORT_ROWS = 10_000
WARM_ROWS = 30_000


def alternately(works: list[Callable[[], object]], repeat: int) -> list[list[float]]:
    """Milliseconds of each work, run in turns so that the machine's load falls on all."""
    samples: list[list[float]] = [[] for _ in works]
    for _ in range(repeat):
        for work, times in zip(works, samples, strict=True):
            times += timed(work, 1)
    return samples


def measure(paths: list[Path], repeat: int) -> list[dict[str, float]]:
    """p95 milliseconds of each core figure on each library (opening: the median),
    the libraries measured in turns."""
    figures: list[dict[str, float]] = [{} for _ in paths]

    def note(name: str, samples: list[list[float]], median: bool = False) -> None:
        for figure, times in zip(figures, samples, strict=True):
            p50, p95 = p50_p95(times)
            figure[name] = p50 if median else p95
            if not median:
                figure[f"{name} (median)"] = p50

    opens = [lambda p=path: Library(p).close() for path in paths]
    note("open (median)", alternately(opens, 5), median=True)
    libraries = [Library(path) for path in paths]
    try:
        for (name, query), (counted, cap) in product(QUERIES.items(), COUNTS.items()):
            searches = [
                lambda lib=lib, q=query, c=cap: lib.search(q, limit=PAGE, count_cap=c)
                for lib in libraries
            ]
            alternately(searches, 1)  # warm the page caches
            note(f"search p95: {name}, {counted}", alternately(searches, repeat))
        rng = random.Random(5)
        top = libraries[0].search("", limit=1).ids[0]
        pages = iter([[rng.randint(1, top) for _ in range(PAGE)] for _ in range(repeat)])
        page: list[int] = []

        def next_page() -> None:
            page[:] = next(pages)

        fetches = [next_page] + [lambda lib=lib: lib.quote_rows(page) for lib in libraries]
        note("page fetch p95 (200 rows at random)", alternately(fetches, repeat)[1:])
        # A session's connection keeps the pages it decrypted: the same fetch once
        # WARM_ROWS scattered rows have been read, as after some minutes of use.
        warming = WARM_ROWS // PAGE
        pages = iter([[rng.randint(1, top) for _ in range(PAGE)] for _ in range(warming)])
        alternately(fetches, warming)
        pages = iter([[rng.randint(1, top) for _ in range(PAGE)] for _ in range(repeat)])
        note(
            f"page fetch p95 (200 rows at random, after {WARM_ROWS:,})",
            alternately(fetches, repeat)[1:],
        )
        listed = libraries[0].search("").ids  # the list newest first, as the app shows it
        starts = [rng.randrange(max(1, len(listed) - PAGE)) for _ in range(repeat)]
        pages = iter([list(listed[start : start + PAGE]) for start in starts])
        note("page fetch p95 (200 neighbouring rows)", alternately(fetches, repeat)[1:])
        edits = iter([(rng.randint(1, top), f"Edited words {rng.random()}") for _ in range(repeat)])
        edit: list[tuple[int, str]] = []

        def next_edit() -> None:
            edit[:] = [next(edits)]

        saves = [next_edit] + [
            lambda lib=lib: lib.update_quote(edit[0][0], text=edit[0][1], tags=["visa"])
            for lib in libraries
        ]
        note("save one quote p95", alternately(saves, repeat)[1:])
    finally:
        for library in libraries:
            library.close()
    return figures


def import_ms(sheet: Path, target: Path) -> float:
    """Milliseconds to import ``sheet`` into a new library at ``target``."""
    with Library(target) as library:
        started = time.perf_counter()
        import_csv(library, sheet)
        return (time.perf_counter() - started) * 1000


def encrypted_figures(path: Path, work: Path, repeat: int) -> list[Figure]:
    """Each core figure on an encrypted copy of ``path`` beside a plain copy."""
    plain, encrypted = work / "plain.sqlite3", work / "encrypted.sqlite3"
    shutil.copyfile(path, plain)
    shutil.copyfile(path, encrypted)
    started = time.perf_counter()
    encrypt_library(encrypted, PASSPHRASE)
    encrypting = time.perf_counter() - started
    keys.forget_all()
    # Encrypting writes the full-text indexes anew, each in one segment; the plain
    # copy's are rewritten the same way, so that the two differ only in encryption.
    conn = connect.connect(plain)
    try:
        fts.fit_leaves(conn)
        fts_names.fit_leaves(conn)
    finally:
        conn.close()
    started = time.perf_counter()
    Library(encrypted, passphrase=PASSPHRASE).close()  # the unlock: the key derived once
    unlock = (time.perf_counter() - started) * 1000
    base, enc = measure([plain, encrypted], repeat)
    figures = [
        Figure(f"encrypted {name}", enc[name], "ms", base[name], "≤ 1.25× plain")
        for name in base
        if not name.endswith(" (median)") or name.startswith("open")
    ]
    for figure in figures[1:]:
        name = figure.name.removeprefix("encrypted ")
        median, plain_median = enc[f"{name} (median)"], base[f"{name} (median)"]
        figure.note = f"median {median:.1f} ms against {plain_median:.1f} ms plain"
    for figure in figures:
        figure.met = figure.ratio is not None and figure.ratio <= 1.25
    figures[
        0
    ].note = f"unlock (key derivation + open) {unlock:.0f} ms; encrypting {encrypting:.1f} s"
    return figures


@contextmanager
def through_sqlcipher(through: bool) -> Iterator[None]:
    """Plain libraries opened through SQLCipher's bundled SQLite meanwhile, or not."""
    before = connect.PLAIN_THROUGH_SQLCIPHER
    connect.PLAIN_THROUGH_SQLCIPHER = through
    try:
        yield
    finally:
        connect.PLAIN_THROUGH_SQLCIPHER = before


def driver_figures(path: Path, work: Path, repeat: int) -> list[Figure]:
    """Plain copies through SQLCipher's SQLite beside the standard library's."""
    copies = [work / "stdlib.sqlite3", work / "sqlcipher.sqlite3"]
    for copy in copies:
        shutil.copyfile(path, copy)
    sheet = work / "sheet.csv"
    with Library(copies[0]) as library:
        ids = library.search("", limit=IMPORT_ROWS).ids
        export_csv(library, sheet, ExportOptions(ids=ids, unredacted=True, include_off_record=True))
    with through_sqlcipher(False):
        base = measure(copies[:1], repeat)[0]
        base["import 10,000 rows"] = import_ms(sheet, work / "i1")
    with through_sqlcipher(True):
        other = measure(copies[1:], repeat)[0]
        other["import 10,000 rows"] = import_ms(sheet, work / "i2")
    return [
        Figure(f"plain via SQLCipher's SQLite: {name}", other[name], "ms", base[name], "")
        for name in base
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--driver", action="store_true", help="also plain via SQLCipher's SQLite")
    args = parser.parse_args()
    from run import print_table

    work = Path(tempfile.mkdtemp(prefix="quotebook-bench-enc-"))
    try:
        figures = encrypted_figures(args.library, work, args.repeat)
        if args.driver:
            figures += driver_figures(args.library, work, args.repeat)
        with Library(work / "plain.sqlite3") as library:
            quotes = library.info().quotes
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(figures, quotes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
