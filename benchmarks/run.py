"""Quotebook's large-library benchmark: prints a table and writes JSON.

    python benchmarks/run.py [--quotes 1000000] [--library FILE] [--json OUT] [--quick]

Builds (or reuses, with --library) a generated library, then measures search,
saving, trashing a tenth of the quotes and undoing it, CSV export and import,
the XLSX export, the command line as a script calls it (whole processes beside
raw ones), an encrypted copy of the library beside a plain one (open, search,
page fetch, save; see bench_encrypted.py), and the desktop app (start, stalls of
the GUI thread, page fetches, memory), each figure beside a baseline measured in
the same run on the same data so that ratios hold on a noisy machine. --quick
repeats less, for CI at a small size; no figure is asserted, they are printed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_bulk import bulk_figures  # noqa: E402
from bench_cli import cli_figures  # noqa: E402
from bench_core import save_figure, search_figures  # noqa: E402
from bench_csv import csv_figures  # noqa: E402
from bench_encrypted import encrypted_figures  # noqa: E402
from bench_gui import gui_figures  # noqa: E402
from bench_xlsx import xlsx_figures  # noqa: E402
from generate import generate  # noqa: E402
from measure import Figure  # noqa: E402

from quotebook.core import Library  # noqa: E402


def _format(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "rows/s":
        return f"{value:,.0f}"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:,.1f} {unit}"


def print_table(figures: list[Figure], quotes: int) -> None:
    print(f"\nQuotebook benchmark at {quotes:,} quotes")
    header = f"{'figure':44} {'value':>14} {'baseline':>14} {'ratio':>7}  {'target':16} met"
    print(header)
    print("-" * len(header))
    for f in figures:
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "—"
        met = {True: "yes", False: "NO", None: ""}[f.met]
        print(
            f"{f.name:44} {_format(f.value, f.unit):>14} {_format(f.baseline, f.unit):>14} "
            f"{ratio:>7}  {f.target:16} {met}"
        )
        if f.note:
            print(f"{'':46}{f.note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--library", type=Path, help="a library made by generate.py to reuse")
    parser.add_argument("--json", type=Path, default=HERE / "out" / "results.json")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (CI)")
    sections = ["gui", "csv", "xlsx", "cli", "bulk", "encrypted"]
    parser.add_argument("--skip", action="append", default=[], choices=sections)
    args = parser.parse_args()
    repeat = 10 if args.quick else 50
    work = Path(tempfile.mkdtemp(prefix="quotebook-bench-"))
    try:
        path = args.library or work / "bench.sqlite3"
        if args.library is None:
            timings = generate(path, args.quotes)
            print(f"generated {args.quotes:,} quotes in {timings['total_s']:.1f} s")
        figures: list[Figure] = []
        if "gui" not in args.skip:
            figures += gui_figures(path, work, quick=args.quick)
        if "cli" not in args.skip:
            figures += cli_figures(path, runs=3 if args.quick else 15)
        library = Library(path)
        try:
            quotes = library.info().quotes
            figures += search_figures(library, path, repeat)
            figures.append(save_figure(library, path, repeat))
            if "bulk" not in args.skip:
                figures += bulk_figures(library, path, max(1, quotes // 10))
            if "csv" not in args.skip:
                figures += csv_figures(library, path, work)
            if "xlsx" not in args.skip:
                figures += xlsx_figures(library, path, work)
        finally:
            library.close()
        if "encrypted" not in args.skip:
            figures += encrypted_figures(path, work, repeat)
        print_table(figures, quotes)
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "quotes": quotes,
            "when": time.strftime("%Y-%m-%d %H:%M:%S"),
            "figures": [asdict(f) | {"ratio": f.ratio} for f in figures],
        }
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
        print(f"\nJSON written to {args.json}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
