"""The app never leaks a protected source, and shares its library safely.

- Leaks: the export dialog (every scope and option, its file chooser answered at
  once) and copy with attribution (the clipboard read back) hold the newsroom of
  ``tests/test_redaction_suite.py`` to the same checks as the command line.
- Locks: the app and ``python -m quotebook`` use one library at once. Nothing
  watches the file, so a quote the command line adds shows in the app when it
  next searches (typing in the search box, choosing a navigator entry, or any
  edit made in the app). Another process holding the write lock past the busy
  timeout makes an edit say so in a message; the window stays usable and the
  edit is saved once the lock is let go.
- Opening: a library in a cloud-synchronised folder is warned about without
  blocking the window; the automatic backup of a large library runs on the
  worker; the demo opens whatever its file already holds.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from test_redaction_suite import (
    COLUMN_CHOICES,
    OFF,
    Newsroom,
    fill,
    quotes_leaks,
    row_leaks,
    sheet_leaks,
    text_leaks,
)
from window_helpers import Answers, Gui, shown_window

from quotebook.core import DiskFullError, GroundRule, Library
from quotebook.core.library import base as core_base
from quotebook.core.storage import opening as core_storage
from quotebook.core.storage.backup import AUTO, list_backups
from quotebook.gui.app import crash
from quotebook.gui.app.app import AppController
from quotebook.gui.app.crash_dialog import CrashDialog
from quotebook.gui.app.demo_library import demo_library_path
from quotebook.gui.app.settings import Settings
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs import messages
from quotebook.gui.dialogs.export_dialog import ExportDialog
from quotebook.gui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Newsroom]:
    path = tmp_path_factory.mktemp("newsroom") / "library.sqlite3"
    with Library(path) as library:
        room = fill(library)
    return path, room


@pytest.fixture
def newsroom_library(newsroom: tuple[Path, Newsroom]) -> Iterator[tuple[Library, Newsroom]]:
    path, room = newsroom
    library = Library(path)
    yield library, room
    library.close()


def no_crash_dialog() -> bool:
    return not any(
        isinstance(w, CrashDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


# -- the export dialog ------------------------------------------------------------------

SEARCH = "source:Lepra-NM2 OR source:Whisper-NM6 OR rule:off_record"
FLAGS = [
    (bom, delimiter, off, unredacted)
    for bom in (True, False)
    for delimiter in (",", ";")
    for off in (False, True)
    for unredacted in (False, True)
]
DIALOG_CASES = [
    pytest.param(scope, None, *flags, id=f"{scope}-{'-'.join(map(str, flags))}")
    for scope in ("all", "selected", "search")
    for flags in FLAGS
] + [
    pytest.param(scope, columns, True, ",", off, unredacted,
                 id=f"{scope}-{'+'.join(columns)[:30]}-{off}-{unredacted}")
    for scope in ("all", "selected")
    for columns in COLUMN_CHOICES[1:]
    if columns is not None
    for off in (False, True)
    for unredacted in (False, True)
]  # fmt: skip


@pytest.mark.parametrize(
    ("scope", "columns", "bom", "delimiter", "off", "unredacted"), DIALOG_CASES
)
def test_the_export_dialog_leaks_nothing(
    qtbot: QtBot,
    newsroom_library: tuple[Library, Newsroom],
    worker: Worker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    scope: str,
    columns: tuple[str, ...] | None,
    bom: bool,
    delimiter: str,
    off: bool,
    unredacted: bool,
) -> None:
    library, room = newsroom_library
    out = tmp_path / "sheet.csv"
    shown: list[str] = []
    monkeypatch.setattr(messages, "choose_export_to_save", lambda _p, _s, chosen: chosen(out))
    monkeypatch.setattr(messages, "inform", lambda _p, _t, text, **_k: shown.append(text))
    asked: list[str] = []

    def confirm(_p: object, _t: str, text: str, _a: str, on_yes: Callable[[], None]) -> None:
        asked.append(text)
        on_yes()

    monkeypatch.setattr(messages, "confirm", confirm)
    # The selection holds every quote, newest first, the trashed ones too.
    selected = sorted([*room.quotes, *room.trashed_ids], reverse=True)
    dialog = ExportDialog(library, worker, selected_ids=selected, query=SEARCH)
    qtbot.addWidget(dialog)
    dialog.open()
    {"all": dialog.all_radio, "selected": dialog.selected_radio, "search": dialog.search_radio}[
        scope
    ].setChecked(True)
    if columns is not None:
        dialog.set_columns(columns)
    dialog.bom_check.setChecked(bom)
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(delimiter))
    dialog.off_record_check.setChecked(off)
    dialog.unredacted_check.setChecked(unredacted)
    worker.wait_idle()
    preview = "\n".join(
        str(dialog.preview_model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))
        for row in range(dialog.preview_model.rowCount())
        for column in range(dialog.preview_model.columnCount())
    )
    dialog.export_button.click()
    worker.wait_idle()
    if dialog.more_open.isVisibleTo(dialog):  # the room sets some quotes more open by hand
        dialog.more_open.anyway_button.click()
        worker.wait_idle()
    assert shown and str(out) in shown[0]
    expected: list[int] | None = None
    if scope == "all":
        expected = room.exported_ids(off)
    elif scope == "selected":
        expected = [i for i in selected if i in room.quotes and (off or room.quotes[i].rule != OFF)]
    leaks = sheet_leaks(
        out.read_bytes(),
        room,
        columns=columns,
        bom=bom,
        delimiter=delimiter,
        include_off_record=off,
        unredacted=unredacted,
        expected_ids=expected,
    )
    said = preview + shown[0] + "".join(asked)
    leaks += text_leaks(said, room, include_off_record=off, unredacted=unredacted)
    assert leaks == []
    assert bool(asked) == (not unredacted)  # each scope holds Lepra-NM2 on every rule


# -- copy with attribution --------------------------------------------------------------


@pytest.fixture
def newsroom_window(gui: Gui) -> tuple[Gui, Newsroom]:
    room = fill(gui.library)
    gui.window.refresh_navigator()
    gui.window.browser.refresh()
    gui.settle()
    return gui, room


def _copied(gui: Gui, ids: list[int]) -> str:
    QApplication.clipboard().setText("before")
    gui.select(*ids)
    gui.window.acts.copy_attributed.trigger()
    gui.settle()
    return QApplication.clipboard().text()


@pytest.mark.parametrize("rule", [*GroundRule, None], ids=[*(r.value for r in GroundRule), "all"])
def test_copy_with_attribution_leaks_nothing(
    newsroom_window: tuple[Gui, Newsroom], answers: Answers, rule: GroundRule | None
) -> None:
    gui, room = newsroom_window
    ids = [i for i, said in room.quotes.items() if rule is None or said.rule is rule]
    copied = _copied(gui, ids)
    offs = [i for i in ids if room.quotes[i].rule is OFF]
    if rule is OFF:
        assert copied == "before"
    leaks = text_leaks(copied, room, include_off_record=False, unredacted=False)
    drafts = [] if rule is OFF else copied.split("\n\n")
    assert len(drafts) == len(ids) - len(offs)
    for draft in drafts:
        (said,) = [s for s in room.quotes.values() if s.text.split()[0] in draft]
        leaks += row_leaks(said, {"draft": draft})
        leaks += quotes_leaks(room, [(said.id, {"draft": draft})], False, True)
    assert leaks == []
    refused = [text for title, text in answers.informed if title == "Off the record"]
    assert len(refused) == (1 if offs else 0)
    linked = [text for title, text in answers.informed if "could link" in title]
    if rule is None:  # Sasha, Lepra and Nadia spoke on the record and on background
        assert len(linked) == 1
        assert "Sasha-NM1" in linked[0] and "Whisper-NM6" not in linked[0]
    else:
        assert linked == []
    if offs:
        verb = "was" if len(offs) == 1 else "were"
        said = f"{len(offs)} of the selected quotes {verb} given off the record"
        assert said in refused[0]


# -- the app and the command line on one library -----------------------------------------


def quotebook_cli(library: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """``python -m quotebook --library LIBRARY ARGV`` in a process of its own."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QUOTEBOOK_LIBRARY", None)
    return subprocess.run(
        [sys.executable, "-m", "quotebook", "--library", str(library), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def test_the_app_and_the_command_line_share_a_library(gui: Gui, qtbot: QtBot) -> None:
    library, window = gui.library, gui.window
    sasha = library.add_source("Sasha").created or 0
    gui.window.refresh_navigator()
    gui.settle()
    window.editor.start_new(sasha, None)
    qtbot.keyClicks(window.editor.text, "Typed in the app")
    window.editor.flush()
    gui.settle()
    typed = window.editor.quote_id
    assert typed is not None

    done = quotebook_cli(library.path, "add-quote", "Added from the terminal", "--source", "Sasha")
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert done.stdout == "added quote #2 by Sasha (on_record)\n"
    listed = quotebook_cli(library.path, "search", "typed")
    assert listed.returncode == 0 and "Typed in the app" in listed.stdout

    assert gui.listed() == [typed]  # nothing watches the file: shown at the next search
    assert gui.search("terminal") == [2]
    window.show_view("", trash=False)
    gui.settle()
    assert sorted(gui.listed()) == [typed, 2]
    window.refresh_navigator()
    gui.settle()
    assert window.count_label.text() == "2 of 2 quotes"
    window.quote_list.select_ids([2], 2)
    gui.settle()
    window.editor.text.setPlainText("Added from the terminal, then edited in the app")
    window.editor.flush()
    gui.settle()  # the save runs on the worker
    assert library.get_quote(2).text == "Added from the terminal, then edited in the app"
    assert integrity(library.path) == ["ok"]


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@contextmanager
def lock_held(path: Path) -> Iterator[Callable[[], None]]:
    """Another process holding the library's write lock (``BEGIN IMMEDIATE``).

    Yields the function that lets go of it; leaving the block lets go too.
    """
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )

    def let_go() -> None:
        if process.returncode is None:
            process.communicate("\n", timeout=30)
        assert process.returncode == 0

    try:
        assert process.stdout is not None and process.stdout.readline() == "held\n"
        yield let_go
    finally:
        let_go()


@pytest.fixture
def quick_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A busy timeout of a quarter second, so a held lock outlasts it quickly."""
    monkeypatch.setattr(core_storage, "BUSY_TIMEOUT_MS", 250)
    monkeypatch.setattr(core_base, "BUSY_TIMEOUT_MS", 250, raising=False)


@pytest.fixture
def locked_gui(
    quick_timeout: None, qtbot: QtBot, library_path: Path, answers: Answers
) -> Iterator[Gui]:
    """The main window on a library opened with the short busy timeout."""
    library = Library(library_path)
    sasha = library.add_source("Sasha").created or 0
    library.add_quote("Before the lock", sasha, tags=["exile"])
    library.add_quote("Another quote", sasha)
    yield from shown_window(qtbot, library)


def test_an_edit_while_another_process_holds_the_lock_says_so(
    locked_gui: Gui, answers: Answers
) -> None:
    gui, window = locked_gui, locked_gui.window
    failures: list[object] = []
    window.session.worker.failed.connect(lambda error, _trace: failures.append(error))
    locked = [
        ("The library cannot be changed", "another program is writing to the library; try again")
    ]
    gui.select(1)
    with lock_held(gui.library.path) as let_go:
        window.editor.text.setPlainText("Edited while another program writes")
        window.editor.flush()
        window.acts.delete.trigger()
        gui.settle()
        assert answers.informed == locked * 2
        assert gui.search("before") == [1]  # reading goes on meanwhile
        assert gui.library.get_quote(1).text == "Before the lock"
        let_go()
    window.editor.flush()  # the edit was kept in the editor: saved now
    gui.settle()
    assert gui.library.get_quote(1).text == "Edited while another program writes"
    gui.select(1)
    window.acts.delete.trigger()
    gui.settle()
    assert gui.library.info().trashed_quotes == 1
    assert len(answers.informed) == 2 and failures == [] and no_crash_dialog()
    assert integrity(gui.library.path) == ["ok"]


# -- opening a library ---------------------------------------------------------------------


class Controller:
    """An app controller on a test's settings; its windows are closed afterwards."""

    def __init__(self) -> None:
        self.quits = 0
        self.app = AppController(Settings(), quit_app=self._quit)

    def _quit(self) -> None:
        self.quits += 1

    def window(self) -> MainWindow:
        assert self.app.window is not None and self.app.session is not None
        assert self.app.session.wait_idle()  # the worker, and the backup beside it
        return self.app.window


@pytest.fixture
def controller(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> Iterator[Controller]:
    monkeypatch.setenv("QUOTEBOOK_LIBRARY", str(tmp_path / "data" / "library.sqlite3"))
    made = Controller()
    yield made
    if made.app.window is not None:
        made.app.window.close()
    made.app.shutdown()


def _location_label(window: MainWindow) -> QLabel | None:
    return window.statusBar().findChild(QLabel, "locationWarning")


def test_a_library_in_a_synchronised_folder_is_warned_about(
    controller: Controller, tmp_path: Path
) -> None:
    path = tmp_path / "Dropbox" / "Reporting" / "library.sqlite3"
    assert controller.app.open(path, create=True)
    window = controller.window()
    label = _location_label(window)
    assert label is not None and label.isVisible()
    assert "synchronised by Dropbox" in label.toolTip()
    box = controller.app.location_box
    assert box is not None and box.isVisible()
    assert box.windowModality() == Qt.WindowModality.NonModal
    assert "synchronised by Dropbox" in box.informativeText()
    assert not box.isModal()  # the window goes on working
    window.acts.show_trash.trigger()
    controller.window()
    assert window.browser.view.trash


def test_a_library_in_an_ordinary_folder_is_not_warned_about(
    controller: Controller, tmp_path: Path
) -> None:
    assert controller.app.open(tmp_path / "Documents" / "library.sqlite3", create=True)
    assert _location_label(controller.window()) is None
    assert controller.app.location_box is None


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every library counts as large: opening leaves the automatic backup to the app."""
    monkeypatch.setattr(core_base, "_size", lambda _path: 1 << 40)


def test_a_large_library_is_backed_up_on_the_worker_once_open(
    controller: Controller, tmp_path: Path, large: None
) -> None:
    path = tmp_path / "big.sqlite3"
    with Library(path) as library:
        library.add_quote("Kept", library.add_source("Sasha").created or 0)
    with Library(path) as library:
        assert library.backup_problem is None
    assert list_backups(path) == []  # large: opening alone made none
    assert controller.app.open(path)
    window = controller.window()
    made = list_backups(path)
    assert [(b.kind, b.quotes) for b in made] == [(AUTO, 1)]
    assert window.statusBar().currentMessage() == f"Automatic backup made: {made[0].path}"


def test_a_failed_automatic_backup_is_a_status_message(
    controller: Controller,
    tmp_path: Path,
    large: None,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
) -> None:
    def full(_library: Library) -> None:
        raise DiskFullError(str(tmp_path), "the disk is full; free some space and try again")

    monkeypatch.setattr(Library, "backup_if_due", full)
    assert controller.app.open(tmp_path / "big.sqlite3", create=True)
    window = controller.window()
    assert window.statusBar().currentMessage() == (
        "The automatic backup failed: the disk is full; free some space and try again"
    )
    assert no_crash_dialog() and answers.informed == []


def _demo_holding(make: Callable[[Library], object]) -> Path:
    path = demo_library_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with Library(path) as library:
        make(library)
    return path


def _trashed_quote(library: Library) -> None:
    source = library.add_source("Sasha").created or 0
    library.delete_quotes([library.add_quote("Thrown away", source).created or 0])


def _trashed_source(library: Library) -> None:
    source = library.add_source("Sasha").created or 0
    library.add_quote("Gone with its source", source)
    library.delete_source(source)


@pytest.mark.parametrize(
    "make",
    [lambda library: library.add_tag("kept"), _trashed_quote, _trashed_source],
    ids=["only-a-tag", "a-quote-in-the-trash", "a-source-in-the-trash"],
)
def test_the_demo_opens_whatever_its_file_holds(
    controller: Controller, make: Callable[[Library], object]
) -> None:
    path = _demo_holding(make)
    with Library(path) as library:
        before = library.info()
    controller.app.open_demo()
    window = controller.window()
    assert window.session.library.path == path
    after = window.session.library.info()
    assert (after.quotes, after.sources, after.tags, after.trashed_quotes) == (
        before.quotes,
        before.sources,
        before.tags,
        before.trashed_quotes,
    )
    assert controller.app.problem_box is None and no_crash_dialog()


def test_an_empty_demo_file_is_filled(controller: Controller) -> None:
    path = _demo_holding(lambda _library: None)
    controller.app.open_demo()
    window = controller.window()
    assert window.session.library.path == path
    assert window.session.library.info().quotes > 20
    assert not window.acts.undo.isEnabled()


@pytest.fixture
def app_hook(locked_gui: Gui) -> Iterator[None]:
    """The app's own handler of errors that leave a slot, as ``quotebook`` installs it."""
    before = sys.excepthook
    crash.install_excepthook(lambda: locked_gui.window)
    yield
    sys.excepthook = before


def test_a_source_edit_while_the_lock_is_held_is_a_message(
    locked_gui: Gui, answers: Answers, app_hook: None
) -> None:
    """The sources view writes as a field is finished; a held lock is said, not crashed on."""
    window = locked_gui.window
    window.acts.show_sources.trigger()
    locked_gui.settle()
    view = window.sources_view
    view.select(1)
    with lock_held(locked_gui.library.path):
        view.editor.field("is_pseudonym").setChecked(True)
        locked_gui.settle()
        assert answers.informed == [
            ("The library cannot be used", "another program is writing to the library; try again")
        ]
        assert not locked_gui.library.get_source(1).is_pseudonym
    view.editor.commit()  # the ticked box was kept: saved once the lock is let go
    locked_gui.settle()
    assert locked_gui.library.get_source(1).is_pseudonym
    assert no_crash_dialog()
