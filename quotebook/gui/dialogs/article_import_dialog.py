"""Import an article: paste it or open a file, review the quotes found, file them.

The text is read by the core's extractor on the worker thread, with the speakers
matched to the library's sources. Each proposed quote is a row with a checkbox; the
selected row's text, speaker, description and source ("new", the matched one, or
any other chosen by hand) are edited beside the list. Save files the article, the
new sources and the checked quotes in one undoable step ("Import article").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import Changes, Library, QuotebookError, Source
from ...core.domain.validate import fold
from ...core.extract import (
    Extraction,
    FileItem,
    Match,
    extract,
    file_proposals,
    match_sources,
    read_article_file,
)
from ...core.extract.filing import already_filed, known_article
from ..app.worker import Worker
from ..records.record_form import ERROR_STYLE
from ..records.record_view import while_alive

AnyIndex = QModelIndex | QPersistentModelIndex
NEW = -1  # the "File under" choice that makes a new source


def choose_article_to_open(parent: QWidget, on_chosen: Callable[[Path], None]) -> None:
    """Pick an article file (text, Markdown or a saved page); tests replace this."""
    dialog = QFileDialog(parent, parent.tr("Open article"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(parent.tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"))
    dialog.fileSelected.connect(lambda path: on_chosen(Path(path)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _buddy(text: str, field: QWidget) -> QLabel:
    """A label that names ``field`` (for screen readers) and focuses it on its mnemonic."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


@dataclass
class ReviewRow:
    """One proposed quote as the reporter has left it."""

    checked: bool
    text: str
    speaker: str
    age: str
    role: str
    organization: str
    description: str
    source_id: int | None
    label: str  # what a new source would be called
    existing: int | None = None  # the same words by the same source, already filed

    def item(self) -> FileItem:
        """The quote to file, under its chosen source or a new one made from the fields."""
        if self.source_id is not None:
            return FileItem(self.text, self.source_id)
        name = self.speaker.strip() or self.label
        fields: dict[str, Any] = {
            "name": name,
            "role": self.role,
            "organization": self.organization,
        }
        if self.age.strip():
            fields["age"] = self.age.strip()
        if not self.speaker.strip() and self.description:
            fields["described_as"] = self.description
        return FileItem(self.text, None, fields, fold(f"{name}|{self.organization}"))

    @property
    def fileable(self) -> bool:
        return self.source_id is not None or bool(self.speaker.strip() or self.label)


class Column(IntEnum):
    QUOTE = 0
    SPEAKER = 1
    SOURCE = 2


class ReviewModel(QAbstractTableModel):
    """The proposed quotes: checkable, with their speaker and the source they go under."""

    HEADERS = ("Quote", "Speaker", "File under")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewRow] = []
        self.source_names: dict[int, str] = {}

    def reset(self, rows: list[ReviewRow], source_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.source_names = rows, source_names
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section]) if 0 <= section < len(Column) else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.QUOTE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.QUOTE:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == Column.QUOTE:
                return row.text
            if column == Column.SPEAKER:
                return row.speaker or row.label
            return self.source_text(row)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self.rows[index.row()].checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def source_text(self, row: ReviewRow) -> str:
        if row.existing is not None:
            return self.tr("Already in the library (#%1)").replace("%1", str(row.existing))
        if row.source_id is not None:
            return f"#{row.source_id} {self.source_names.get(row.source_id, '')}"
        name = row.speaker.strip() or row.label
        return self.tr("New: %1").replace("%1", name) if name else self.tr("(choose a source)")

    def row_changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(Column) - 1))


def rows_from(matches: list[Match]) -> list[ReviewRow]:
    """Review rows for the extractor's proposals: checked when a speaker was found."""
    rows = []
    for match in matches:
        p = match.proposal
        rows.append(
            ReviewRow(
                checked=match.source_id is not None or bool(p.source_label),
                text=p.text,
                speaker=p.speaker_name,
                age="" if p.age is None else str(p.age),
                role=p.role,
                organization=p.organization,
                description=p.description,
                source_id=match.source_id,
                label=p.source_label,
            )
        )
    return rows


# What finding quotes brings back: the extraction, its speakers matched to sources,
# the sources, each quote's copy already in the library, the article already there.
Found = tuple[Extraction, list[Match], list[Source], list[int | None], int | None]


class ArticleImportDialog(QDialog):
    """Find the quotes of an article and file the ones the reporter keeps.

    ``ArticleImportDialog(library, worker, parent=None)``, then ``open()``. The text is
    pasted, given to :meth:`set_text`, or opened with :meth:`load_file` (the Open
    button asks through :func:`choose_article_to_open`). Signal ``saved(Changes)``
    after Save wrote the article, new sources and quotes: one undo step labelled
    "Import article"; the dialog then closes.
    """

    saved = Signal(object)  # Changes

    def __init__(self, library: Library, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.worker = worker
        self.model = ReviewModel(self)
        self.sources: list[Source] = []
        self._loading = False
        self._known: int | None = None  # the article in the library the page names
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

    def _text_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Article text"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            self.tr("Paste the article here (plain text, Markdown or a page's HTML)…")
        )
        self.text_edit.setAccessibleName(self.tr("Article text"))
        self.text_edit.textChanged.connect(self._update_buttons)
        self.open_button = QPushButton(self.tr("Open &file…"))
        self.open_button.clicked.connect(self.choose_file)
        self.format_combo = QComboBox()
        for label, value in (("Detect", "auto"), ("Plain text", "text"), ("Markdown", "markdown"),
                             ("HTML page", "html")):  # fmt: skip
            self.format_combo.addItem(self.tr(label), value)
        self.find_button = QPushButton(self.tr("Fi&nd quotes"))
        self.find_button.clicked.connect(self.find_quotes)
        self.status_label = QLabel(self.tr("Paste an article or open a file."))
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(_buddy(self.tr("&Read as:"), self.format_combo))
        row.addWidget(self.format_combo)
        row.addWidget(self.find_button)
        row.addWidget(self.status_label, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(row)
        return box

    def _article_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Article"))
        self.headline_edit = QLineEdit()
        self.outlet_edit = QLineEdit()
        self.url_edit = QLineEdit()
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.author_edit = QLineEdit()
        self.dateline_edit = QLineEdit()
        self.dateline_edit.setPlaceholderText(self.tr("where it was filed from, e.g. YEREVAN"))
        self.headline_edit.textChanged.connect(self._update_buttons)
        form = QFormLayout(box)
        form.addRow(self.tr("&Headline:"), self.headline_edit)
        pair = QHBoxLayout()
        pair.addWidget(self.outlet_edit, 1)
        pair.addWidget(_buddy(self.tr("&Published:"), self.date_edit))
        pair.addWidget(self.date_edit)
        pair.addWidget(_buddy(self.tr("Au&thor:"), self.author_edit))
        pair.addWidget(self.author_edit, 1)
        form.addRow(_buddy(self.tr("&Outlet:"), self.outlet_edit), pair)
        form.addRow(self.tr("&URL:"), self.url_edit)
        form.addRow(self.tr("D&ateline:"), self.dateline_edit)
        return box

    def _review_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quotes found"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Quotes found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.QUOTE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.SPEAKER, 140)
        header.resizeSection(Column.SOURCE, 170)
        self.table.verticalHeader().hide()
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_table_current_row_changed)
        self.model.dataChanged.connect(self._update_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 380])
        layout = QVBoxLayout(box)
        layout.addWidget(splitter)
        return box

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        self.quote_edit = QPlainTextEdit()
        self.quote_edit.setTabChangesFocus(True)
        self.speaker_edit = QLineEdit()
        self.age_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.organization_edit = QLineEdit()
        self.description_edit = QLineEdit()
        self.source_combo = QComboBox()
        form = QFormLayout(panel)
        form.addRow(self.tr("&Quote:"), self.quote_edit)
        form.addRow(self.tr("Spea&ker:"), self.speaker_edit)
        form.addRow(self.tr("A&ge:"), self.age_edit)
        form.addRow(self.tr("Ro&le:"), self.role_edit)
        form.addRow(self.tr("Organ&isation:"), self.organization_edit)
        form.addRow(self.tr("&Described as:"), self.description_edit)
        form.addRow(self.tr("Fil&e under:"), self.source_combo)
        self.quote_edit.textChanged.connect(self._on_detail_edited)
        for edit in (self.speaker_edit, self.age_edit, self.role_edit,
                     self.organization_edit, self.description_edit):  # fmt: skip
            edit.textEdited.connect(self._on_detail_edited)
        self.source_combo.activated.connect(self._on_detail_edited)
        panel.setEnabled(False)
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
        self.text_edit.setPlainText(text)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))

    def find_quotes(self) -> None:
        """Extract the quotes of the text on the worker and match their speakers."""
        text = self.text_edit.toPlainText()
        if not text.strip():
            return
        fmt = str(self.format_combo.currentData())
        library = self.library
        self._start(self.tr("Finding quotes…"))

        def work() -> Found:
            extraction = extract(text, fmt=fmt)
            sources = library.list_sources()
            matches = match_sources(extraction.proposals, sources)
            items = [FileItem(m.proposal.text, m.source_id) for m in matches]
            filed = already_filed(library, items)
            return (
                extraction,
                matches,
                sources,
                filed,
                known_article(library, extraction.meta.fields()),
            )

        self.worker.submit(
            work,
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
        meta = extraction.meta
        self.headline_edit.setText(meta.headline)
        self.outlet_edit.setText(meta.outlet)
        self.url_edit.setText(meta.url)
        self.date_edit.setText(meta.published_on.isoformat() if meta.published_on else "")
        self.author_edit.setText(meta.author)
        self.dateline_edit.setText(meta.dateline)
        for edit in (self.headline_edit, self.outlet_edit, self.url_edit, self.author_edit):
            edit.setCursorPosition(0)
        names = {source.id: source.name for source in self.sources}
        rows = rows_from(matches)
        for row, existing in zip(rows, filed, strict=True):
            if existing is not None:
                row.existing, row.checked = existing, False  # never filed twice
        self.model.reset(rows, names)
        self.status_label.setText(self._found_text(rows))
        self.find_button.setEnabled(True)
        self._fill_source_combo()
        if matches:
            self.table.selectRow(0)
        self._update_buttons()

    def _found_text(self, rows: list[ReviewRow]) -> str:
        text = self.tr("%n quote(s) found.", "", len(rows))
        filed = sum(row.existing is not None for row in rows)
        if filed:
            text += " " + self.tr("%n already in the library.", "", filed)
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

    def _fill_source_combo(self) -> None:
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("New source"), NEW)
        for source in self.sources:
            detail = ", ".join(p for p in (source.role, source.organization) if p)
            text = f"{source.name} ({detail})" if detail else source.name
            self.source_combo.addItem(f"#{source.id} {text}", source.id)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        number = current.row() if current.isValid() else -1
        self.detail_panel.setEnabled(number >= 0)
        if number < 0:
            return
        row = self.model.rows[number]
        self._loading = True
        self.quote_edit.setPlainText(row.text)
        self.speaker_edit.setText(row.speaker)
        self.speaker_edit.setPlaceholderText(row.label)
        self.age_edit.setText(row.age)
        self.role_edit.setText(row.role)
        self.organization_edit.setText(row.organization)
        self.description_edit.setText(row.description)
        choice = NEW if row.source_id is None else row.source_id
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(choice)))
        for edit in (self.speaker_edit, self.age_edit, self.role_edit,
                     self.organization_edit, self.description_edit):  # fmt: skip
            edit.setCursorPosition(0)  # a long description shows its start
        self._loading = False

    def _on_detail_edited(self, *_args: object) -> None:
        number = self.current_row()
        if self._loading or number < 0:
            return
        row = self.model.rows[number]
        row.text = self.quote_edit.toPlainText()
        row.speaker = self.speaker_edit.text()
        row.age = self.age_edit.text()
        row.role = self.role_edit.text()
        row.organization = self.organization_edit.text()
        row.description = self.description_edit.text()
        choice = self.source_combo.currentData()
        row.source_id = None if choice in (None, NEW) else int(choice)
        self.model.row_changed(number)

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
        fields = {
            "headline": self.headline_edit.text(),
            "outlet": self.outlet_edit.text(),
            "url": self.url_edit.text(),
            "published_on": self.date_edit.text().strip(),
            "author": self.author_edit.text(),
            "dateline": self.dateline_edit.text(),
        }
        return {key: value for key, value in fields.items() if value.strip()}

    def save(self) -> None:
        """File the article, new sources and checked quotes in one step, on the worker."""
        items = [row.item() for row in self.model.rows if row.checked]
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
