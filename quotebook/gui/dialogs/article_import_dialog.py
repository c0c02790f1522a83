"""Import an article: paste it or open a file, review the quotes found, file them.

The text is read by the core's extractor on the worker thread, with the speakers
matched to the library's sources. Each proposed quote is a row with a checkbox; the
selected row's text, speaker, description and source ("new", the matched one, or
any other chosen by hand) are edited beside the list. Save files the article, the
new sources and the checked quotes in one undoable step ("Import article").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import Changes, Library, QuotebookError, Source
from ...core.extract import (
    file_proposals,
    read_article_file,
)
from ..app.worker import Worker
from ..records.record_form import ERROR_STYLE
from ..records.record_view import while_alive
from .article_fields_box import ArticleFieldsBox
from .article_import_keeping import ArticleDraft, ArticleKeeping
from .article_review_detail import ReviewDetail
from .article_review_model import (
    UNSURE_MARK,
    Found,
    ReviewModel,
    ReviewRow,
    find_in,
    rows_from,
)
from .article_review_table import ReviewTable
from .article_text_box import ArticleTextBox


def choose_article_to_open(parent: QWidget, on_chosen: Callable[[Path], None]) -> None:
    """Pick an article file (text, Markdown or a saved page); tests replace this."""
    dialog = QFileDialog(parent, parent.tr("Open article"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(parent.tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"))
    dialog.fileSelected.connect(lambda path: on_chosen(Path(path)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


class ArticleImportDialog(ArticleKeeping, QDialog):
    """Find the quotes of an article and file the ones the reporter keeps.

    ``ArticleImportDialog(library, worker, parent=None)``, then ``open()``. The text is
    pasted, given to :meth:`set_text`, or opened with :meth:`load_file` (the Open
    button asks through :func:`choose_article_to_open`). Signal ``saved(Changes)``
    after Save wrote the article, new sources and quotes: one undo step labelled
    "Import article"; the dialog then closes. A lock keeps what it holds
    (:meth:`lock_state`); :meth:`restore` puts it back.
    """

    saved = Signal(object)  # Changes

    def __init__(self, library: Library, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.worker = worker
        self.model = ReviewModel(self)
        self.sources: list[Source] = []
        self._known: int | None = None  # the article in the library the page names
        self._kept: ArticleDraft | None = None  # what a lock kept, shown once found again
        self.setWindowTitle(self.tr("Import article"))
        self._build()
        self._update_buttons()

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._text_box())
        splitter.addWidget(self._review_box())
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([220, 420])
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._article_box())
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(1040, 760)

    def _text_box(self) -> ArticleTextBox:
        box = ArticleTextBox()
        self.text_box = box
        self.text_edit, self.open_button = box.text_edit, box.open_button
        self.format_combo, self.find_button = box.format_combo, box.find_button
        self.status_label = box.status_label
        self.text_edit.textChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.choose_file)
        self.find_button.clicked.connect(self.find_quotes)
        return box

    def _article_box(self) -> ArticleFieldsBox:
        box = ArticleFieldsBox()
        self.article_box = box
        self.headline_edit, self.outlet_edit = box.headline_edit, box.outlet_edit
        self.url_edit, self.date_edit = box.url_edit, box.date_edit
        self.author_edit, self.dateline_edit = box.author_edit, box.dateline_edit
        self.headline_edit.textChanged.connect(self._update_buttons)
        return box

    def _review_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quotes found"))
        self.table = ReviewTable(self.model)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_table_current_row_changed)
        self.model.dataChanged.connect(self._update_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 380])
        self.unsure_first_check = QCheckBox(self.tr("&Unsure speakers first"))
        self.unsure_first_check.setToolTip(
            self.tr(
                "List first the quotes whose speaker is marked %1: check those before saving."
            ).replace("%1", UNSURE_MARK)
        )
        self.unsure_first_check.toggled.connect(self._on_unsure_first_check_toggled)
        layout = QVBoxLayout(box)
        layout.addWidget(self.unsure_first_check)
        layout.addWidget(splitter)
        return box

    def _detail_panel(self) -> ReviewDetail:
        panel = ReviewDetail()
        self.quote_edit, self.speaker_edit = panel.quote_edit, panel.speaker_edit
        self.age_edit, self.role_edit = panel.age_edit, panel.role_edit
        self.organization_edit = panel.organization_edit
        self.description_edit, self.source_combo = panel.description_edit, panel.source_combo
        panel.edited.connect(self._on_detail_edited)
        self.detail_panel = panel
        return panel

    # -- reading --------------------------------------------------------------

    def choose_file(self) -> None:
        choose_article_to_open(self, self.load_file)

    def load_file(self, path: Path) -> None:
        """Read ``path`` on the worker, show its text and find its quotes."""
        self._start(self.tr("Reading %1…").replace("%1", path.name))
        self.worker.submit(
            lambda: read_article_file(path),
            while_alive(self, self._on_file_read),
            while_alive(self, self._on_failed),
            key="article-import",
        )

    def set_text(self, text: str, fmt: str = "auto") -> None:
        """Put ``text`` in the text box (read as ``fmt``) without finding quotes yet."""
        self.text_box.set_text(text, fmt)

    def find_quotes(self) -> None:
        """Extract the quotes of the text on the worker and match their speakers."""
        text, fmt, library = self.text_box.text(), self.text_box.format(), self.library
        if not text.strip():
            return
        self._start(self.tr("Finding quotes…"))
        self.worker.submit(
            lambda: find_in(library, text, fmt),
            while_alive(self, self._on_found),
            while_alive(self, self._on_failed),
            key="article-import",
        )

    def _start(self, status: str) -> None:
        self.error_label.hide()
        self.status_label.setText(status)
        self.find_button.setEnabled(False)

    def _on_file_read(self, result: tuple[str, str]) -> None:
        text, fmt = result
        self.set_text(text, fmt)
        self.find_quotes()

    def _on_found(self, result: Found) -> None:
        extraction, matches, self.sources, filed, self._known = result
        self.article_box.show_meta(extraction.meta)
        names = {source.id: source.name for source in self.sources}
        rows = rows_from(matches)
        for row, existing in zip(rows, filed, strict=True):
            if existing is not None:
                row.existing, row.checked = existing, False  # never filed twice
        self.model.reset(rows, names)
        self.model.order(unsure_first=self.unsure_first_check.isChecked())
        self.status_label.setText(self._found_text(rows))
        self.find_button.setEnabled(True)
        self.detail_panel.fill_sources(self.sources)
        self._take_back_kept()
        if self.model.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _found_text(self, rows: list[ReviewRow]) -> str:
        text = self.tr("%n quote(s) found.", "", len(rows))
        filed = sum(row.existing is not None for row in rows)
        if filed:
            text += " " + self.tr("%n already in the library.", "", filed)
        unsure = self.model.unsure_count()
        if unsure:
            text += " " + self.tr("%n with an unsure speaker, marked %1.", "", unsure).replace(
                "%1", UNSURE_MARK
            )
        if self._known is not None:
            text += " " + self.tr("The article is in the library: they go under it.")
        return text

    def _on_failed(self, error: BaseException, trace: str) -> None:
        if not isinstance(error, QuotebookError):
            raise error
        self.find_button.setEnabled(True)
        self.status_label.setText("")
        self.error_label.setText(str(error))
        self.error_label.show()

    # -- reviewing ------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        number = current.row() if current.isValid() else -1
        self.detail_panel.setEnabled(number >= 0)
        if number < 0:
            return
        row = self.model.rows[number]
        self.detail_panel.show_row(row, self.model.doubt_text(row))

    def _on_detail_edited(self) -> None:
        number = self.current_row()
        if number < 0:
            return
        row = self.model.rows[number]
        self.detail_panel.read_into(row)
        self.detail_panel.show_doubt(self.model.doubt_text(row))
        self.model.row_changed(number)

    def _on_unsure_first_check_toggled(self, checked: bool) -> None:
        number = self.current_row()
        current = self.model.rows[number] if number >= 0 else None
        self.model.order(unsure_first=checked)
        if self.model.rows:
            self.table.selectRow(self.model.rows.index(current) if current is not None else 0)

    def _update_buttons(self, *_args: object) -> None:
        self.find_button.setEnabled(bool(self.text_edit.toPlainText().strip()))
        checked = [row for row in self.model.rows if row.checked]
        missing = [row for row in checked if not row.fileable]
        ready = bool(checked) and not missing and bool(self.headline_edit.text().strip())
        self.save_button.setEnabled(ready)
        if missing:
            self.save_button.setToolTip(self.tr("Choose a source for every checked quote."))
        elif not self.headline_edit.text().strip():
            self.save_button.setToolTip(self.tr("The article needs a headline."))
        else:
            self.save_button.setToolTip("")

    # -- saving ---------------------------------------------------------------

    def article_fields(self) -> dict[str, str]:
        return self.article_box.fields()

    def save(self) -> None:
        """File the article, new sources and checked quotes in one step, on the worker."""
        rows = sorted(self.model.rows, key=lambda row: row.position)  # in the article's order
        items = [row.item() for row in rows if row.checked]
        if not items or not self.save_button.isEnabled():
            return
        library, fields = self.library, self.article_fields()
        self.save_button.setEnabled(False)
        self.worker.submit(
            lambda: file_proposals(library, fields, items),
            while_alive(self, self._on_saved),
            while_alive(self, self._on_save_failed),
        )

    def _on_saved(self, changes: Changes) -> None:
        self.saved.emit(changes)
        self.accept()

    def _on_save_failed(self, error: BaseException, trace: str) -> None:
        self._on_failed(error, trace)
        self._update_buttons()
