"""Kill a writing Quotebook again and again; count the quotes lost and the damage found.

A child process writes quotes through the Library API and prints each id once its
save has returned. The parent kills it with SIGKILL at a random moment (opening,
writing, committing, tidying), then opens the library as the app would (which
runs the full integrity check after an unclean shutdown), runs SQLite's integrity
check and FTS5's check of the full-text index itself, and looks for every id the
child printed.

    python benchmarks/crash_loop.py [--kills 200] [--seed 1] [--folder DIR]

Prints the kills survived (library intact, nothing lost) and the rows lost.
POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO


def child(path: Path) -> None:
    """Write quotes forever, printing each id after its save has returned."""
    from quotebook.core import Library

    lib = Library(path)
    found = lib.find_sources("Crash Test")
    source = found[0].id if found else lib.add_source("Crash Test").created or 0
    n = 0
    while True:
        n += 1
        quote = lib.add_quote(f"crash quote {n} " + "x" * (n % 700), source, tags=[f"t{n % 7}"])
        if n % 5 == 0 and quote.created:
            lib.update_quote(quote.created, notes=f"edited {n}")
        print(quote.created, flush=True)
        if n % 10 == 0:
            lib.tidy()  # as the app does when the reporter pauses: merges, checkpoints


@dataclass(frozen=True)
class Round:
    """What one kill left behind."""

    returned: int  # ids whose save had returned before this kill (and every earlier one)
    lost: int  # of those, ids missing afterwards
    intact: bool  # the library opened and passed SQLite's integrity check
    problem: str = ""


def crash_once(path: Path, rng: random.Random, returned: set[int]) -> Round:
    """Start a writer, kill it at a random moment, then check the library.

    One kill in five lands while the writer starts (importing, opening, checking,
    backing up); the others once it is writing. ``returned`` gathers the ids of
    every save that returned, over all rounds.
    """
    args = [sys.executable, __file__, "--child", str(path)]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None
        lines: list[bytes] = []
        first = threading.Event()
        reader = threading.Thread(target=_read, args=(proc.stdout, lines, first), daemon=True)
        reader.start()
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 1.5))
        else:
            first.wait(timeout=60)
            time.sleep(rng.uniform(0.0, 0.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join()
    returned |= {int(line) for line in lines}
    return check(path, returned)


def _read(stream: IO[bytes], lines: list[bytes], first: threading.Event) -> None:
    for line in stream:
        lines.append(line)
        first.set()


def check(path: Path, returned: set[int]) -> Round:
    """Open the library as the app does, check it fully, and count missing ids."""
    from quotebook.core import Library, QuotebookError

    try:
        with Library(path):
            pass
    except QuotebookError as exc:
        return Round(len(returned), len(returned), False, str(exc))
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        present = {row[0] for row in conn.execute("SELECT id FROM quote")}
    finally:
        conn.close()
    if verdict == "ok":
        verdict = _index_verdict(path)
    lost = len(returned - present)
    return Round(len(returned), lost, verdict == "ok", "" if verdict == "ok" else verdict)


def _index_verdict(path: Path) -> str:
    """FTS5's own check of the full-text index's segments ("ok", or what is wrong)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES ('integrity-check', 0)")
        return "ok"
    except sqlite3.DatabaseError as exc:
        return f"full-text index: {exc}"
    finally:
        conn.close()


def run(kills: int, folder: Path, seed: int) -> list[Round]:
    rng = random.Random(seed)
    path = folder / "crash.sqlite3"
    rounds = []
    returned: set[int] = set()
    for number in range(1, kills + 1):
        result = crash_once(path, rng, returned)
        rounds.append(result)
        if not result.intact or result.lost:
            print(f"kill {number}: {result}", file=sys.stderr)
    return rounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch)
        started = time.monotonic()
        rounds = run(args.kills, folder, args.seed)
        elapsed = time.monotonic() - started
    survived = sum(1 for r in rounds if r.intact and not r.lost)
    print(f"kills: {len(rounds)}  survived: {survived}  ({elapsed:.0f} s)")
    print(f"saves returned before the kills: {rounds[-1].returned if rounds else 0}")
    print(f"rows lost: {sum(r.lost for r in rounds)}")
    print(f"libraries damaged or refused: {sum(1 for r in rounds if not r.intact)}")
    return 0 if survived == len(rounds) else 1


if __name__ == "__main__":
    raise SystemExit(main())
