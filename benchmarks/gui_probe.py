"""Drive the real Quotebook window on a library and print what it measured, as JSON.

    python benchmarks/gui_probe.py LIBRARY [--open-only | --bulk QUERY]

Run as a child process by bench_gui.py, which passes the moment it started the
process in QUOTEBOOK_PROBE_T0 so that "open" counts interpreter start and imports.
A timer on the GUI thread ticks every millisecond; the longest gap between ticks
is the longest stall a reporter would feel. Page fetches of the table model are
timed as the table scrolls from top to bottom. With --bulk, the whole result of
QUERY is selected (Ctrl+A, with the longest stall as the table repaints), moved
to the trash and the trash undone, each timed from the action to the progress
shown, to the list showing its result, and to the worker idle again (the
navigator's counts read too), with the longest stall meanwhile.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

T0 = float(os.environ.get("QUOTEBOOK_PROBE_T0", time.time()))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from quotebook.gui.app.app import AppController  # noqa: E402
from quotebook.gui.app.settings import Settings  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class StallProbe(QObject):
    """The longest gap between ticks of a 1 ms timer on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        self.where = ""
        self.phase = ""

    def start(self, phase: str) -> None:
        self.phase = phase
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last) * 1000
        if gap > self.worst:
            self.worst, self.where = gap, self.phase
        self.last = now


def wait_for(condition: object, timeout: float = 60.0) -> bool:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        QApplication.processEvents()
        if time.perf_counter() > deadline:
            return False
        time.sleep(0.0005)
    return True


def settle(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.0005)


def main() -> int:
    library = Path(sys.argv[1])
    open_only = "--open-only" in sys.argv
    bulk = sys.argv[sys.argv.index("--bulk") + 1] if "--bulk" in sys.argv else None
    app = QApplication(sys.argv[:1])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    controller = AppController(Settings(), quit_app=lambda: None)
    controller.start(library)
    window = controller.window
    assert window is not None
    shown = [0]
    window.browser.results_shown.connect(lambda _result: shown.__setitem__(0, shown[0] + 1))
    window.resize(1280, 800)
    window.show()
    wait_for(lambda: shown[0] > 0 or controller.session is None, 120)
    window.repaint()  # painted synchronously: the first rows (or the empty state) are on screen
    painted_at = time.time()
    figures: dict[str, object] = {"open_s": painted_at - T0, "rows": window.quote_model.rowCount()}
    if bulk is not None:
        figures |= bulk_trash(window, shown, bulk)
    elif not open_only:
        figures |= exercise(window, shown)
    figures["rss_mb"] = rss_mb()
    print(json.dumps(figures), flush=True)
    window.close()
    app.processEvents()
    if controller.session is not None:
        controller.session.close()
    return 0


def exercise(window: object, shown: list[int]) -> dict[str, object]:
    """Type a query, sort by each column, scroll top to bottom; time stalls and fetches."""
    model = window.quote_model  # type: ignore[attr-defined]
    table = window.quote_list.table  # type: ignore[attr-defined]
    library = window.session.library  # type: ignore[attr-defined]
    fetches: list[float] = []
    fetch = library.quote_rows

    def timed_fetch(ids: list[int]) -> object:
        started = time.perf_counter()
        try:
            return fetch(ids)
        finally:
            fetches.append((time.perf_counter() - started) * 1000)

    library.quote_rows = timed_fetch
    probe = StallProbe()
    box = window.search_bar.line  # type: ignore[attr-defined]
    probe.start("typing")
    for text in ("visa", " -tag:draft"):
        for char in text:
            QTest.keyClick(box, char)
            settle(0.08)
    settle(1.0)
    probe.start("clearing")
    box.clear()
    settle(1.5)
    sort_firsts = {}
    for column in range(model.columnCount()):
        probe.start(f"sorting column {column}")
        before = shown[0]
        started = time.perf_counter()
        table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        wait_for(lambda b=before: shown[0] > b, 30)
        sort_firsts[f"sort_first_page_s_col{column}"] = time.perf_counter() - started
        settle(0.3)
    # Scroll once the last sort's whole list is in, as a reporter would look at it.
    window.session.worker.wait_idle()  # type: ignore[attr-defined]
    probe.start("scrolling")
    bar = table.verticalScrollBar()
    steps = 400
    for step in range(steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        settle(0.004)
    probe.timer.stop()
    fetches.sort()
    p95 = fetches[min(len(fetches) - 1, int(0.95 * len(fetches)))] if fetches else float("nan")
    return {
        "stall_ms": probe.worst,
        "stall_where": probe.where,
        "fetch_p95_ms": p95,
        "fetches": len(fetches),
        **sort_firsts,
    }


def bulk_trash(window: object, shown: list[int], query: str) -> dict[str, object]:
    """Select every quote QUERY finds, trash them, undo it: time each and the stalls."""
    w = window  # type: ignore[assignment]
    session = w.session  # type: ignore[attr-defined]
    QTest.keyClicks(w.search_bar.line, query)  # type: ignore[attr-defined]
    total = session.library.search(query).total
    wait_for(lambda: w.quote_model.rowCount() == total, 120)  # type: ignore[attr-defined]
    # The opening's check and backup read the whole file beside the worker: a minute
    # at a million quotes on a busy machine. The figures are of the edit, not of them.
    started = time.perf_counter()
    for _ in range(20):
        if session.wait_idle():
            break
    figures: dict[str, object] = {"bulk_waited_for_checks_s": time.perf_counter() - started}
    table = w.quote_list.table  # type: ignore[attr-defined]
    probe = StallProbe()
    probe.start("select")
    QTest.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    settle(0.5)  # the table and its header repaint with every row selected
    figures["bulk_select_stall_ms"] = probe.worst
    figures["bulk_selected"] = len(w.quote_list.selected_ids())  # type: ignore[attr-defined]
    for name, action in (("trash", w.acts.delete), ("undo", w.acts.undo)):  # type: ignore[attr-defined]
        before = shown[0]
        probe.worst = 0.0
        probe.start(name)
        started = time.perf_counter()
        action.trigger()
        indicator = getattr(w, "busy", None)  # what the status bar says meanwhile, if it can
        busy = indicator.label if indicator is not None else QLabel()
        wait_for(lambda b=before, label=busy: label.isVisible() or shown[0] > b, 120)
        figures[f"bulk_{name}_progress_shown_s"] = (
            time.perf_counter() - started if busy.isVisible() else None
        )
        wait_for(lambda b=before: shown[0] > b, 120)
        figures[f"bulk_{name}_listed_s"] = time.perf_counter() - started
        wait_for(lambda: not session.worker.busy, 120)
        figures[f"bulk_{name}_s"] = time.perf_counter() - started  # the navigator's counts too
        settle(0.2)
        figures[f"bulk_{name}_stall_ms"] = probe.worst
    probe.timer.stop()
    figures["bulk_listed_after_undo"] = w.quote_model.rowCount()  # type: ignore[attr-defined]
    return figures


if __name__ == "__main__":
    sys.exit(main())
