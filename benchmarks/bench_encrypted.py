"""An encrypted copy of the library beside the plain one: open, search, page fetch, save.

    python benchmarks/bench_encrypted.py LIBRARY [--repeat 30] [--driver]

LIBRARY is copied (it is never changed); the copy is encrypted (SQLCipher 4 with its
default key derivation) and each figure is measured on the plain copy and on the
encrypted one in the same run: the ratio is encrypted / plain, target ≤ 1.25.
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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from measure import Figure, p50_p95, timed

from quotebook.core import Library, connect, keys
from quotebook.core.csv_export import export_csv
from quotebook.core.csv_import import import_csv
from quotebook.core.encryption import encrypt_library

PASSPHRASE = "a benchmark passphrase"
PAGE = 200
QUERIES = {"rare word": "zeitgeist", "3-letter prefix": "vis", "phrase": '"the war"'}
IMPORT_ROWS = 10_000


def measure(path: Path, repeat: int) -> dict[str, float]:
    """p95 milliseconds of each core figure on one library (opening: the median)."""
    figures = {"open (median)": p50_p95(timed(lambda: Library(path).close(), 5))[0]}
    with Library(path) as library:
        for name, query in QUERIES.items():
            library.search(query, limit=PAGE)  # warm the page cache
            samples = timed(lambda q=query: library.search(q, limit=PAGE), repeat)
            figures[f"search p95: {name}"] = p50_p95(samples)[1]
        rng = random.Random(5)
        top = library.search("", limit=1).ids[0]
        pages = [[rng.randint(1, top) for _ in range(PAGE)] for _ in range(repeat)]
        turn = iter(range(10**9))

        def fetch() -> None:
            library.quote_rows(pages[next(turn) % repeat])

        figures["page fetch p95 (200 rows)"] = p50_p95(timed(fetch, repeat))[1]

        def save() -> None:
            quote_id = rng.randint(1, top)
            library.update_quote(quote_id, text=f"Edited words {rng.random()}", tags=["visa"])

        figures["save one quote p95"] = p50_p95(timed(save, repeat))[1]
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
    started = time.perf_counter()
    Library(encrypted, passphrase=PASSPHRASE).close()  # the unlock: the key derived once
    unlock = (time.perf_counter() - started) * 1000
    base, enc = measure(plain, repeat), measure(encrypted, repeat)
    figures = [
        Figure(f"encrypted {name}", enc[name], "ms", base[name], "≤ 1.25× plain") for name in base
    ]
    for figure in figures:
        figure.met = figure.ratio is not None and figure.ratio <= 1.25
    figures[
        0
    ].note = f"unlock (key derivation + open) {unlock:.0f} ms; encrypting {encrypting:.1f} s"
    return figures


@contextmanager
def through_sqlcipher() -> Iterator[None]:
    """Plain libraries opened through SQLCipher's bundled SQLite meanwhile."""
    connect.PLAIN_THROUGH_SQLCIPHER = True
    try:
        yield
    finally:
        connect.PLAIN_THROUGH_SQLCIPHER = False


def driver_figures(path: Path, work: Path, repeat: int) -> list[Figure]:
    """Plain copies through SQLCipher's SQLite beside the standard library's."""
    copies = [work / "stdlib.sqlite3", work / "sqlcipher.sqlite3"]
    for copy in copies:
        shutil.copyfile(path, copy)
    sheet = work / "sheet.csv"
    with Library(copies[0]) as library:
        ids = library.search("", limit=IMPORT_ROWS).ids
        export_csv(library, sheet, ids=ids, unredacted=True, include_off_record=True)
    base = measure(copies[0], repeat) | {"import 10,000 rows": import_ms(sheet, work / "i1")}
    with through_sqlcipher():
        other = measure(copies[1], repeat) | {"import 10,000 rows": import_ms(sheet, work / "i2")}
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
