"""The main window's menu bar, built from its actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .bulk_commands import BulkCommands
    from .workbench import Workbench


def build_menus(window: Workbench, bulk: BulkCommands) -> None:
    """File, Edit, Tags, View (and its saved searches) and Help: the window's actions."""
    a, bar, tr = window.acts, window.menuBar(), window.tr
    file = bar.addMenu(tr("&File"))
    file.addAction(a.new_library)
    file.addAction(a.open_library)
    recent = file.addMenu(tr("Open &recent"))
    recent.setObjectName("recentMenu")
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    _fill_recent(window, recent)
    _add(file, None, a.import_csv, a.import_article, a.export_csv, None)
    _add(file, a.back_up_now, a.restore_backup, None)
    _add(file, a.encrypt_library, a.change_passphrase, a.remove_encryption, None, a.quit)

    edit = bar.addMenu(tr("&Edit"))
    _add(edit, a.undo, a.redo, None, a.new_quote, a.new_source, a.new_article)
    # Merging sources sits here: every letter of a "Sources" menu is an editor field's.
    _add(edit, window.merge_sources, None)
    _add(edit, a.copy_attributed)
    styles = edit.addMenu(tr("Cop&y style"))
    styles.setObjectName("copyStyleMenu")
    window.copy_style.fill(styles)
    _add(edit, a.delete, a.restore, a.empty_trash, None, a.find)
    on_selected = edit.addMenu(tr("Set &on selected quotes"))
    _add(on_selected, *bulk.actions())
    edit.addSeparator()
    preferences = edit.addAction(tr("&Preferences…"))
    preferences.setStatusTip(tr("Language and other choices"))
    preferences.setMenuRole(preferences.MenuRole.PreferencesRole)
    preferences.triggered.connect(lambda: _open_preferences(window))

    tags = bar.addMenu(tr("&Tags"))
    _add(tags, a.add_tag, a.remove_tag, None, *window.tag_menu.actions())

    view = bar.addMenu(tr("&View"))
    _add(view, a.show_all, a.show_trash, a.show_sources, a.show_articles, None)
    # Every letter of "Searches" is an editor field's (Alt+S is Source): the saved
    # searches are a part of View, beside the navigator they sit in.
    searches = view.addMenu(tr("Sa&ved searches"))
    searches.setObjectName("savedSearchesMenu")
    save, *edits = window.search_menu.actions()
    _add(searches, save, None, *edits)
    _add(view, None, a.focus_navigator, a.focus_list, a.focus_editor, None, a.hide_protected)
    _add(view, a.lock_now)

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(a.search_help)
    help_menu.addAction(a.about)


def _add(menu: QMenu, *actions: QAction | None) -> None:
    """Add actions in order, a separator for each None."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


def _fill_recent(window: Workbench, menu: QMenu) -> None:
    """List the libraries opened before, the current one left out."""
    menu.clear()
    current = window.session.library.path.resolve()
    paths = [p for p in window.settings.recent_libraries() if p.resolve() != current]
    for path in paths:
        action = menu.addAction(str(path))
        action.triggered.connect(
            lambda _checked=False, p=path: window.open_requested.emit(p, False)
        )
    if not paths:
        menu.addAction(window.tr("No other libraries yet")).setEnabled(False)


def _open_preferences(window: Workbench) -> None:
    from ..dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
