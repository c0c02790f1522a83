"""The desktop app on the generated library and on an empty one, in child processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench_bulk import QUERY
from measure import Figure

PROBE = Path(__file__).resolve().parent / "gui_probe.py"


def _probe(library: Path, *extra: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUOTEBOOK_PROBE_T0": repr(time.time())}
    child = subprocess.run(
        [sys.executable, str(PROBE), str(library), *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    if child.returncode != 0:
        raise RuntimeError(f"the app probe failed:\n{child.stderr}")
    return json.loads(child.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


BULK_QUERY = QUERY  # the search whose whole result is trashed, as bench_bulk.py trashes it


def bulk_figures(library: Path) -> list[Figure]:
    """The app selecting a search's whole result, trashing it and undoing it: end to
    end (the list shown and the navigator's counts right), and the GUI thread's
    longest stall in each."""
    bulk = _probe(library, "--bulk", BULK_QUERY)
    picked = f"{int(bulk['bulk_selected']):,} quotes ({BULK_QUERY})"
    stall = bulk["bulk_select_stall_ms"]
    figures = [Figure("app: longest GUI stall selecting all", stall, "ms", None, "≤ 50 ms",
                      stall <= 50, picked)]  # fmt: skip
    for step in ("trash", "undo"):
        listed, counted = bulk[f"bulk_{step}_listed_s"], bulk[f"bulk_{step}_s"]
        shown = bulk[f"bulk_{step}_progress_shown_s"]
        progress = f"progress shown at {shown * 1000:.0f} ms" if shown else "no progress shown"
        figures.append(
            Figure(
                f"app: {step} {picked.split(' (')[0]}, end to end",
                counted * 1000,
                "ms",
                None,
                "≤ 2 s",
                counted <= 2.0,
                f"{picked}; the list shown at {listed * 1000:,.0f} ms; {progress}",
            )
        )
        stall = bulk[f"bulk_{step}_stall_ms"]
        name = f"app: longest GUI stall during {step}"
        figures.append(Figure(name, stall, "ms", None, "≤ 50 ms", stall <= 50))
    return figures


def gui_figures(library: Path, work: Path, *, quick: bool) -> list[Figure]:
    """Open time, stalls, page fetches, sort and memory, beside the empty library; then
    a bulk trash and its undo (which write to ``library`` and put it back)."""
    empty = _probe(work / "empty.sqlite3", "--open-only")
    opened = min(
        (_probe(library, "--open-only") for _ in range(1 if quick else 3)),
        key=lambda f: f["open_s"],
    )
    full = _probe(library)
    sorts = {k: v for k, v in full.items() if k.startswith("sort_first_page_s")}
    slowest_sort = max(sorts.values()) if sorts else float("nan")
    ratio = opened["open_s"] / empty["open_s"]
    return [
        Figure(
            "start to first rows painted",
            opened["open_s"] * 1000,
            "ms",
            empty["open_s"] * 1000,
            "≤ 1 s, ≤ 1.3× empty",
            opened["open_s"] <= 1.0 and ratio <= 1.3,
            f"{opened['rows']:,} rows listed",
        ),
        Figure(
            "longest GUI-thread stall",
            full["stall_ms"],
            "ms",
            None,
            "≤ 50 ms",
            full["stall_ms"] <= 50,
            f"during {full['stall_where']}",
        ),
        Figure(
            "table page fetch p95",
            full["fetch_p95_ms"],
            "ms",
            None,
            "≤ 2 ms",
            full["fetch_p95_ms"] <= 2,
            f"{int(full['fetches'])} page fetches while scrolling",
        ),
        Figure(
            "sort: first page after click (slowest column)",
            slowest_sort * 1000,
            "ms",
            None,
            "≤ 1 s",
            slowest_sort <= 1.0,
            ", ".join(f"{k[-1]}: {v * 1000:.0f}" for k, v in sorts.items()),
        ),
        Figure(
            "resident memory, searched and scrolled",
            full["rss_mb"],
            "MB",
            empty["rss_mb"],
            "≤ 250 MB, ≤ +100",
            full["rss_mb"] <= 250 and full["rss_mb"] - empty["rss_mb"] <= 100,
        ),
        *bulk_figures(library),
    ]
