"""Render Quotebook's main screens on the demo library into docs/screenshots/*.png.

    python docs/screenshots.py [OUTPUT_FOLDER]
    python docs/screenshots.py --russian [OUTPUT_FOLDER]   the app in Russian (*-ru.png)

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

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from quotebook.core import Library, WrongPassphraseError
from quotebook.core.library.demo import load_demo
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.options import ExportOptions
from quotebook.gui.app import icons, translation
from quotebook.gui.app.session import Session
from quotebook.gui.app.settings import Settings
from quotebook.gui.dialogs.article_import_dialog import ArticleImportDialog
from quotebook.gui.dialogs.backup_dialog import BackupDialog
from quotebook.gui.dialogs.import_dialog import ImportDialog
from quotebook.gui.dialogs.passphrase_dialog import PassphraseDialog, Purpose
from quotebook.gui.dialogs.unlock_dialog import UnlockDialog
from quotebook.gui.navigator.navigator_model import Kind
from quotebook.gui.window.main_window import MainWindow

SIZE = (1280, 800)
HERE = Path(__file__).resolve().parent

ARTICLE_HEADLINE = "Tbilisi was meant to be a waiting room"
ARTICLE = (
    f"{ARTICLE_HEADLINE}\n\n"
    "TBILISI — Two years after they left, many of the engineers who came here are "
    "packing again.\n\n"
    "“Georgia was supposed to be a waiting room,” said Giorgi Beridze, the owner of "
    "Nomad Desk, a co-working space in the old town.\n\n"
    "“Half of our members have already gone to Belgrade or Lisbon,” he said.\n\n"
    "“We hire anyone who can pass the interview, wherever they sit,” said Miriam Cohen, "
    "a recruiter at Lumen Labs.\n\n"
    "“I left without a plan, and now I have two,” said Nika, 24, a QA engineer."
)
REPORTER_SHEET = (
    "What they said,Who,Date,Topics,Where I met them\n"
    '"The queue at the consulate starts at five in the morning.",Katya,2024-04-02,'
    '"visas, queues",Yerevan\n'
    '"We rent by the month now; nobody signs for a year.",Ilya,2024-04-03,housing,Almaty\n'
    '"My parents still think this is a long holiday.",Lepra,2024-02-30,family,Yerevan\n'
    '"Our standups start at seven because of Lisbon.",Hannah Berg,2024-04-05,'
    "remote work,Lisbon\n"
)


def settle(window: MainWindow) -> None:
    """Let the worker's reads arrive and the widgets lay themselves out."""
    window.session.worker.wait_idle()
    QApplication.processEvents()
    window.session.worker.wait_idle()
    QApplication.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    QTest.qWait(300)  # let fading clear buttons and the like finish
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


def clean(window: MainWindow) -> None:
    """Start a shot afresh: every quote listed, no search text or error, no message."""
    window.show_view("", trash=False)
    window.statusBar().clearMessage()
    settle(window)


def main_screens(window: MainWindow, folder: Path) -> None:
    clean(window)
    select_first_quote(window, "I left without a job offer")
    save(window, folder, "main-window")
    clean(window)
    tags = window.navigator_model.index(Kind.TAGS, 0)
    for row, entry in enumerate(window.navigator_model.entries(Kind.TAGS)):
        if entry.name == "relocation":
            window.navigator.setCurrentIndex(window.navigator_model.index(row, 0, tags))
    settle(window)
    window.quote_list.select_row(1)
    settle(window)
    save(window, folder, "tag-filter")
    clean(window)
    window.search_bar.set_text('source:"Nika" said>=2024-13')
    settle(window)
    save(window, folder, "search-error")
    clean(window)
    window.acts.show_sources.trigger()
    settle(window)
    window.sources_view.table.selectRow(2)
    settle(window)
    save(window, folder, "sources")
    clean(window)
    window.acts.show_articles.trigger()
    settle(window)
    window.articles_view.table.selectRow(1)
    settle(window)
    save(window, folder, "articles")
    clean(window)
    window.acts.new_quote.trigger()
    settle(window)
    save(window, folder, "new-quote")
    window.editor.show_quote(None)  # leave the draft unsaved
    trash_screen(window, folder)  # last: its undo leaves a Redo in the toolbar


def attribution_screens(window: MainWindow, folder: Path) -> None:
    """The editor's attribution line, a quote made more open than its source (marked
    in the table, listed by Export), and the window at a small and a large size."""
    clean(window)
    library = window.session.library
    nika = next(i for i in window.quote_model.ids() if library.get_quote(i).source_name == "Nika")
    window.session.apply(lambda: library.update_quote(nika, ground_rule="on_record"))
    select_first_quote(window, "My residence permit")  # Nika's, on background
    save(window.editor, folder, "editor-attribution")
    window.quote_list.select_ids([nika], nika)
    settle(window)
    save(window, folder, "more-open-marked")
    window.quote_list.table.clearSelection()
    window.acts.export_csv.trigger()
    settle(window)
    dialog = _visible_dialog("Export quotes")
    dialog.all_radio.setChecked(True)  # type: ignore[attr-defined]
    settle(window)
    dialog.export_button.click()  # type: ignore[attr-defined]
    settle(window)
    save(dialog, folder, "export-more-open-warning")
    dialog.reject()
    window.session.undo()
    for width, height in ((1024, 700), (1920, 1080)):
        clean(window)
        window.resize(width, height)
        select_first_quote(window, "I left without a job offer")
        save(window, folder, f"window-{width}x{height}")
    window.resize(*SIZE)
    settle(window)


def trash_screen(window: MainWindow, folder: Path) -> None:
    """Two quotes moved to the trash and shown there; then undone, as they were."""
    clean(window)
    ids = window.quote_model.ids()[3:5]
    window.session.apply(lambda: window.session.library.delete_quotes(ids))
    settle(window)
    window.acts.show_trash.trigger()
    settle(window)
    window.quote_list.select_row(0)
    settle(window)
    save(window, folder, "trash")
    window.session.undo()
    clean(window)


def dialog_screens(window: MainWindow, folder: Path, sheets: dict[str, Path]) -> None:
    """Each dialog the window opens, grabbed on its own, filled as a reporter would."""
    clean(window)
    select_first_quote(window, "My advice is boring")  # on the record: it is exported
    shots: list[tuple[str, Callable[[], None], str, Callable[[QDialog], None]]] = [
        ("export-dialog", window.acts.export_csv.trigger, "Export quotes", _nothing),
        ("import-dialog", window.acts.import_csv.trigger, "Import quotes", _load(sheets["editor"])),
        (
            "import-mapping-dialog",
            window.acts.import_csv.trigger,
            "Import quotes",
            _dry_run(sheets["reporter"]),
        ),
        ("article-import-dialog", window.acts.import_article.trigger, "Import article", _find),
        ("new-source-dialog", window.acts.new_source.trigger, "New source", _nothing),
    ]
    for name, open_it, title, fill in shots:
        open_it()
        settle(window)
        dialog = _visible_dialog(title)
        fill(dialog)
        settle(window)
        save(dialog, folder, name)
        dialog.reject()
        settle(window)
    clean(window)
    tags = window.navigator_model.index(Kind.TAGS, 0)
    window.navigator.setCurrentIndex(window.navigator_model.index(1, 0, tags))
    settle(window)
    window.tag_menu.merge.trigger()
    settle(window)
    dialog = _visible_dialog("Merge tags")
    save(dialog, folder, "merge-tags-dialog")
    dialog.reject()
    saved_search_screen(window, folder)
    merge_sources_screen(window, folder)
    backups_screen(window, folder)
    encryption_screens(window, folder)


def saved_search_screen(window: MainWindow, folder: Path) -> None:
    """Two saved searches in the navigator with their counts, the first one run."""
    clean(window)
    library = window.session.library
    window.session.apply(lambda: library.save_search("Visas on record", "visa rule:on"))
    window.session.apply(lambda: library.save_search("Not for print", "rule:off_record"))
    settle(window)
    searches = window.navigator_model.index(Kind.SEARCHES, 0)
    window.navigator.setCurrentIndex(window.navigator_model.index(0, 0, searches))
    settle(window)
    save(window, folder, "saved-searches")
    window.session.undo()
    window.session.undo()
    clean(window)


def merge_sources_screen(window: MainWindow, folder: Path) -> None:
    """Sources → Merge… over a second spelling of a source, filed by mistake."""
    clean(window)
    library = window.session.library
    window.session.apply(lambda: library.add_source("Sasha K.", organization="Yandex"))
    settle(window)
    ids = {entry.name: entry.id for entry in window.navigator_model.entries(Kind.SOURCES)}
    said = "Half the team is in Belgrade now; the other half is still deciding."
    window.session.apply(lambda: library.add_quote(said, ids["Sasha K."]))
    settle(window)
    window.merge_sources.trigger()
    settle(window)
    dialog = _visible_dialog("Merge sources")
    dialog.set_pair(ids["Sasha"], ids["Sasha K."])  # type: ignore[attr-defined]
    settle(window)
    save(dialog, folder, "merge-sources-dialog")
    dialog.reject()
    window.session.undo()
    window.session.undo()
    clean(window)


def backups_screen(window: MainWindow, folder: Path) -> None:
    """The backups dialog after File → Back up now, as the app opens it."""
    clean(window)
    window.acts.back_up_now.trigger()
    settle(window)
    nothing = lambda: None  # noqa: E731 - the shot restores nothing
    dialog = BackupDialog(window.session.library.path, window.session.worker, nothing, nothing)
    dialog.open()
    settle(window)
    dialog.table.selectRow(0)
    settle(window)
    save(dialog, folder, "backups-dialog")
    dialog.reject()
    dialog.deleteLater()
    settle(window)


def encryption_screens(window: MainWindow, folder: Path, suffix: str = "") -> None:
    """The passphrase dialog after a wrong try, and a new library's protection."""
    path = window.session.library.path

    def wrong(_passphrase: str, _remember: bool) -> None:
        raise WrongPassphraseError(str(path), "wrong passphrase")

    unlock = UnlockDialog(
        path, wrong, window.session.worker, keychain=True, quit_instead=False, parent=window
    )
    unlock.open()
    QTest.keyClicks(unlock.passphrase, "not the one")
    QTest.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    settle(window)
    save(unlock, folder, f"unlock-dialog{suffix}")
    unlock.reject()
    protect = PassphraseDialog(Purpose.NEW_LIBRARY, "exodus.sqlite3", window)
    protect.open()
    QTest.keyClicks(protect.new, "a long walk to the consulate")
    QTest.keyClicks(protect.confirm, "a long walk to the consulate")
    settle(window)
    save(protect, folder, f"new-library-dialog{suffix}")
    protect.reject()
    settle(window)


def _nothing(_dialog: QDialog) -> None:
    pass


def _load(sheet: Path) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        dialog.load_file(sheet)

    return fill


def _dry_run(sheet: Path) -> Callable[[QDialog], None]:
    """A reporter's own spreadsheet: its columns mapped by hand, then a dry run."""

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        dialog.load_file(sheet)
        QApplication.processEvents()
        dialog.worker.wait_idle()
        QApplication.processEvents()
        dialog.set_mapping({"What they said": "quote", "Who": "source", "Topics": "tags"})
        dialog.run(dry_run=True)

    return fill


def _find(dialog: QDialog) -> None:
    assert isinstance(dialog, ArticleImportDialog)
    dialog.set_text(ARTICLE)
    dialog.find_quotes()
    dialog.worker.wait_idle()
    QApplication.processEvents()
    if not dialog.headline_edit.text():
        dialog.headline_edit.setText(ARTICLE_HEADLINE)
    dialog.outlet_edit.setText("The Meridian Post")
    dialog.table.selectRow(1)  # "he said": a speaker marked unsure, and why


def _visible_dialog(title: str) -> QDialog:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget.windowTitle() == title:
            return widget
    raise SystemExit(f"screenshots: the {title!r} dialog did not open")


def write_sheets(scratch: Path, library: Library) -> dict[str, Path]:
    """An exported editor sheet, and a reporter's own spreadsheet with a bad date."""
    editor = scratch / "editor-sheet.csv"
    export_csv(library, editor, ExportOptions(query="tag:visas"))
    reporter = scratch / "my-interviews.csv"
    reporter.write_text(REPORTER_SHEET, encoding="utf-8")
    return {"editor": editor, "reporter": reporter}


def russian_screens(window: MainWindow, folder: Path) -> None:
    """The main window, the editor and the export dialog of the app in Russian."""
    clean(window)
    select_first_quote(window, "I left without a job offer")
    save(window, folder, "main-window-ru")
    window.acts.export_csv.trigger()
    settle(window)
    dialog = _visible_dialog(QCoreApplication.translate("ExportDialog", "Export quotes"))
    dialog.format_combo.setCurrentIndex(1)  # type: ignore[attr-defined]
    settle(window)
    save(dialog, folder, "export-dialog-ru")
    dialog.reject()
    encryption_screens(window, folder, "-ru")


def main(argv: list[str]) -> int:
    russian = "--russian" in argv
    argv = [arg for arg in argv if arg != "--russian"]
    folder = Path(argv[0]) if argv else HERE / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    if russian:
        translation.install("ru")
    app.setWindowIcon(icons.app_icon())
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    with tempfile.TemporaryDirectory(prefix="quotebook-shots-") as scratch:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        if not russian:
            empty = open_window(Path(scratch) / "library.sqlite3")
            save(empty, folder, "empty-state")
            close_window(empty)
        demo_path = Path(scratch) / "demo.sqlite3"
        with Library(demo_path) as library:
            load_demo(library)
            sheets = write_sheets(Path(scratch), library)
        window = open_window(demo_path)
        if russian:
            russian_screens(window, folder)
        else:
            main_screens(window, folder)
            attribution_screens(window, folder)
            dialog_screens(window, folder, sheets)
        close_window(window)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
