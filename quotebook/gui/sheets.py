"""File → Export CSV: the sheet dialog, opened on the window's library.

The dialog does the work; the window gives it its selection and search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .export_dialog import ExportDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


class Sheets(QObject):
    """Opens the export dialog for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.actions.export_csv.triggered.connect(self.export)

    def export(self) -> None:
        """Export the selected quotes, the current search or the whole library."""
        w = self.window
        w.editor.flush()
        query = None if w.browser.view.trash else w.browser.view.query
        dialog = ExportDialog(
            w.session.library,
            w.session.worker,
            selected_ids=w.quote_list.selected_ids(),
            query=query,
            parent=w,
        )
        dialog.exported.connect(
            lambda path, report: w.statusBar().showMessage(
                self.tr("Exported {n} quote(s) to {path}").format(n=report.rows, path=path), 8000
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
