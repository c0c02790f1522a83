"""Render Quotebook's main screens on the demo library into docs/screenshots/*.png.

    python docs/screenshots.py [OUTPUT_FOLDER]

Runs offscreen (no display needed) on a fresh demo library in a temporary
folder, with settings kept there too, so it neither reads nor changes the
reporter's own library or window layout. Each screen is grabbed at 1280×800
(dialogs at their own size) with ``QWidget.grab()``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from quotebook.core import Library
from quotebook.core.csv_export import export_csv
from quotebook.core.demo import load_demo
from quotebook.gui import icons
from quotebook.gui.import_dialog import ImportDialog
from quotebook.gui.main_window import MainWindow
from quotebook.gui.navigator_model import Kind
from quotebook.gui.session import Session
from quotebook.gui.settings import Settings

SIZE = (1280, 800)
HERE = Path(__file__).resolve().parent


def settle(window: MainWindow) -> None:
    """Let the worker's reads arrive and the widgets lay themselves out."""
    window.session.worker.wait_idle()
    QApplication.processEvents()
    window.session.worker.wait_idle()
    QApplication.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    target = folder / f"{name}.png"
    if not widget.grab().save(str(target), "PNG"):
        raise SystemExit(f"screenshots: could not write {target}")
    print(f"wrote {target}")
    return target


def open_window(path: Path) -> MainWindow:
    window = MainWindow(Session(Library(path)), Settings())
    window.resize(*SIZE)
    window.show()
    settle(window)
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.session.close()


def select_first_quote(window: MainWindow, text: str) -> None:
    """Select the first listed quote whose text starts with ``text``."""
    model = window.quote_model
    for row in range(model.rowCount()):
        if str(model.index(row, 0).data()).startswith(text):
            window.quote_list.select_row(row)
            break
    settle(window)


def main_screens(window: MainWindow, folder: Path) -> None:
    select_first_quote(window, "I left without a job offer")
    save(window, folder, "main-window")
    tags = window.navigator_model.index(Kind.TAGS, 0)
    for row, entry in enumerate(window.navigator_model.entries(Kind.TAGS)):
        if entry.name == "relocation":
            window.navigator.setCurrentIndex(window.navigator_model.index(row, 0, tags))
    settle(window)
    window.quote_list.select_row(1)
    settle(window)
    save(window, folder, "tag-filter")
    window.search_bar.set_text('source:"Nika" said>=2024-13')
    settle(window)
    save(window, folder, "search-error")
    window.acts.show_sources.trigger()
    settle(window)
    window.sources_view.table.selectRow(2)
    settle(window)
    save(window, folder, "sources")
    window.acts.show_articles.trigger()
    settle(window)
    window.articles_view.table.selectRow(1)
    settle(window)
    save(window, folder, "articles")
    window.acts.show_all.trigger()
    settle(window)
    window.acts.new_quote.trigger()
    settle(window)
    save(window, folder, "new-quote")


def dialog_screens(window: MainWindow, folder: Path, sheet: Path) -> None:
    """Each dialog the window opens, grabbed on its own (the import one with a sheet)."""
    select_first_quote(window, "My advice is boring")  # on the record: it is exported
    shots: list[tuple[str, Callable[[], None], str]] = [
        ("export-dialog", window.acts.export_csv.trigger, "Export quotes"),
        ("import-dialog", window.acts.import_csv.trigger, "Import quotes"),
        ("new-source-dialog", window.acts.new_source.trigger, "New source"),
    ]
    for name, open_it, title in shots:
        open_it()
        settle(window)
        dialog = _visible_dialog(title)
        if isinstance(dialog, ImportDialog):
            dialog.load_file(sheet)
            settle(window)
        save(dialog, folder, name)
        dialog.reject()
        settle(window)
    tags = window.navigator_model.index(Kind.TAGS, 0)
    window.navigator.setCurrentIndex(window.navigator_model.index(1, 0, tags))
    settle(window)
    window.tag_menu.merge.trigger()
    settle(window)
    dialog = _visible_dialog("Merge tags")
    save(dialog, folder, "merge-tags-dialog")
    dialog.reject()


def _visible_dialog(title: str) -> QDialog:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget.windowTitle() == title:
            return widget
    raise SystemExit(f"screenshots: the {title!r} dialog did not open")


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else HERE / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(icons.app_icon())
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    with tempfile.TemporaryDirectory(prefix="quotebook-shots-") as scratch:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        empty = open_window(Path(scratch) / "library.sqlite3")
        save(empty, folder, "empty-state")
        close_window(empty)
        demo_path = Path(scratch) / "demo.sqlite3"
        with Library(demo_path) as library:
            load_demo(library)
            sheet = Path(scratch) / "editor-sheet.csv"
            export_csv(library, sheet, query="tag:visas")
        window = open_window(demo_path)
        main_screens(window, folder)
        dialog_screens(window, folder, sheet)
        close_window(window)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
