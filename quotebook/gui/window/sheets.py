"""File → Export and Import CSV: the sheet dialogs, opened on the window's library.

The dialogs do the work; the window gives them its selection and search, and
shows what an import added once it is done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..dialogs.export_dialog import ExportDialog
from ..dialogs.import_dialog import ImportDialog

if TYPE_CHECKING:
    from .workbench import Workbench


class Sheets(QObject):
    """Opens the export and import dialogs for one window."""

    def __init__(self, window: Workbench) -> None:
        super().__init__(window)
        self.window = window
        window.acts.export_csv.triggered.connect(self.export)
        window.acts.import_csv.triggered.connect(self.import_)

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
                self.tr("Exported {n} quote(s) to {path}", "", report.rows).format(
                    n=report.rows, path=path
                ),
                8000,
            )
        )
        dialog.review_requested.connect(self._review)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _review(self, ids: list[int]) -> None:
        """Select the quotes an export found more open than their sources (those listed)."""
        w = self.window
        listed = [i for i in ids if w.quote_model.row_of(i) is not None]
        if listed:
            w.quote_list.select_ids(listed, listed[0])
        w.statusBar().showMessage(
            self.tr(
                "{n} quote(s) more open than their sources' ground rule: marked ⚠ in the table",
                "",
                len(ids),
            ).format(n=f"{len(ids):,}"),
            8000,
        )

    def import_(self) -> None:
        """Import a sheet; once written, every view reads the library again."""
        w = self.window
        w.editor.flush()
        dialog = ImportDialog(w.session.library, w.session.worker, parent=w)
        dialog.imported.connect(lambda _report: w.reload_all())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
