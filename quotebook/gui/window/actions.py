"""The main window's actions: their words, shortcuts and icons, in one place.

Menus and the toolbar show the same :class:`QAction` objects, so a shortcut, a
menu item and a toolbar button can never disagree about what they do or whether
they are available.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

Shortcut = QKeySequence.StandardKey | str | None


@dataclass
class Actions:
    new_library: QAction
    open_library: QAction
    export_csv: QAction
    import_csv: QAction
    import_article: QAction
    back_up_now: QAction
    restore_backup: QAction
    encrypt_library: QAction
    change_passphrase: QAction
    remove_encryption: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    new_quote: QAction
    new_source: QAction
    new_article: QAction
    copy_attributed: QAction
    delete: QAction
    restore: QAction
    empty_trash: QAction
    find: QAction
    add_tag: QAction
    remove_tag: QAction
    show_all: QAction
    show_trash: QAction
    show_sources: QAction
    show_articles: QAction
    focus_navigator: QAction
    focus_list: QAction
    focus_editor: QAction
    hide_protected: QAction
    lock_now: QAction
    about: QAction
    search_help: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


def _action(
    owner: QWidget,
    text: str,
    shortcut: Shortcut = None,
    tip: str = "",
    icon: QStyle.StandardPixmap | None = None,
) -> QAction:
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
    if icon is not None:
        action.setIcon(owner.style().standardIcon(icon))
    owner.addAction(action)
    return action


def build_actions(window: QWidget) -> Actions:
    """Create every action of the main window (their handlers are connected there)."""
    tr = window.tr
    pixmap = QStyle.StandardPixmap
    actions = Actions(
        new_library=_action(window, tr("&New library…"), None, tr("Create a new library file")),
        open_library=_action(
            window, tr("&Open library…"), QKeySequence.StandardKey.Open, tr("Open a library file")
        ),
        export_csv=_action(
            window, tr("&Export…"), "Ctrl+E", tr("Write quotes to a sheet for an editor")
        ),
        import_csv=_action(window, tr("&Import CSV…"), "Ctrl+I", tr("Add quotes from a sheet")),
        import_article=_action(
            window,
            tr("Import &article…"),
            "Ctrl+Shift+I",
            tr("Paste or open an article and file the quotes found in it"),
        ),
        back_up_now=_action(
            window, tr("&Back up now"), None, tr("Make a checked copy of the library now")
        ),
        restore_backup=_action(
            window,
            tr("Res&tore from backup…"),
            None,
            tr("List the library's backups and restore one"),
        ),
        encrypt_library=_action(
            window,
            tr("En&crypt library…"),
            None,
            tr("Protect the library and its backups with a passphrase"),
        ),
        change_passphrase=_action(
            window, tr("C&hange passphrase…"), None, tr("Encrypt the library with a new passphrase")
        ),
        remove_encryption=_action(
            window,
            tr("Remove encr&yption…"),
            None,
            tr("Store the library and its backups unencrypted"),
        ),
        quit=_action(window, tr("&Quit"), "Ctrl+Q", tr("Close Quotebook")),
        undo=_action(
            window, tr("&Undo"), "Ctrl+Z", tr("Undo the last change"), pixmap.SP_ArrowBack
        ),
        redo=_action(window, tr("&Redo"), "Ctrl+Shift+Z", tr("Redo"), pixmap.SP_ArrowForward),
        new_quote=_action(
            window,
            tr("New &quote"),
            "Ctrl+N",
            tr("A new quote from the last source and article"),
            pixmap.SP_FileIcon,
        ),
        new_source=_action(window, tr("New &source…"), "Ctrl+Shift+N", tr("Add a source")),
        new_article=_action(window, tr("New &article…"), "Ctrl+Alt+N", tr("Add an article")),
        copy_attributed=_action(
            window,
            tr("&Copy with attribution"),
            "Ctrl+Shift+C",
            tr("Copy the quote with its attribution line"),
            pixmap.SP_DialogSaveButton,
        ),
        delete=_action(
            window,
            tr("&Delete"),
            "Del",
            tr("Move the selected quotes to the trash"),
            pixmap.SP_TrashIcon,
        ),
        restore=_action(
            window, tr("Restore from &trash"), "Ctrl+Shift+R", tr("Bring the selected quotes back")
        ),
        empty_trash=_action(
            window, tr("&Empty trash…"), None, tr("Delete trashed quotes for good")
        ),
        find=_action(window, tr("&Find"), QKeySequence.StandardKey.Find, tr("Search quotes")),
        add_tag=_action(
            window, tr("&Add tag to selected…"), "Ctrl+T", tr("Tag the selected quotes")
        ),
        remove_tag=_action(
            window,
            tr("&Remove tag from selected…"),
            "Ctrl+Shift+T",
            tr("Untag the selected quotes"),
        ),
        show_all=_action(window, tr("&All quotes"), "Ctrl+0", tr("Show every quote")),
        show_trash=_action(window, tr("&Trash"), "Ctrl+9", tr("Show the quotes in the trash")),
        show_sources=_action(window, tr("&Sources"), "Ctrl+4", tr("The people you interviewed")),
        show_articles=_action(window, tr("A&rticles"), "Ctrl+5", tr("Where the quotes ran")),
        focus_navigator=_action(window, tr("Go to &navigator"), "Ctrl+1"),
        focus_list=_action(window, tr("Go to quote &list"), "Ctrl+2"),
        focus_editor=_action(window, tr("Go to &editor"), "Ctrl+3"),
        hide_protected=_action(
            window,
            tr("&Hide protected fields"),
            None,
            tr("Mask real names and contacts on screen until clicked (for screen sharing)"),
        ),
        lock_now=_action(
            window,
            tr("Loc&k now"),
            "Ctrl+L",
            tr("Close the encrypted library and ask for its passphrase again"),
        ),
        about=_action(window, tr("&About Quotebook"), None, tr("Version and library")),
        search_help=_action(
            window, tr("Search &syntax"), "F1", tr("What the search box understands")
        ),
    )
    actions.hide_protected.setCheckable(True)
    # Delete acts where it is added (the quote list), so Del elsewhere keeps its meaning.
    actions.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.removeAction(actions.delete)
    return actions
