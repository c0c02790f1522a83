"""The dialogs open at a lock, opened again over the unlocked library.

A dialog that keeps a state of its own (a "New source…" or "New article…" form,
the article import) is opened again the way its menu item opens it, and given
back what it held. Any other dialog (a question about the selected quotes, a
name asked for, the export's options) depended on what the window showed at the
time: its typed text is offered instead, in a box the reporter can copy from,
which says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ..dialogs.article_import_keeping import ArticleDraft
from ..records.record_form import RecordDraft
from ..widgets.keeping import Kept
from .copied import put as put_on_clipboard

if TYPE_CHECKING:
    from .main_window import MainWindow

STATUS_MS = 10_000


@dataclass(frozen=True)
class StillOffered:
    """The box of typed text itself, open at another lock: it comes back too."""

    lost: tuple[Kept, ...]


def bring_back(window: MainWindow, kept: Sequence[Kept]) -> None:
    """Open again the dialogs that can be; offer what was typed in the others, and
    say in the status bar what became of each."""
    notes: list[str] = []
    lost: list[Kept] = []
    closed: list[str] = []
    back = False
    for held in kept:
        if held.state is not None and _reopen(window, held, notes):
            back = True
            continue
        if held.typed:
            lost.append(held)
        elif held.title:
            closed.append(f"“{held.title}”")
    said = notes
    if back:
        text = QCoreApplication.translate(
            "TypedBeforeLock", "Unlocked: the dialogs open at the lock are back as they were."
        )
        said.insert(0, text)
    if closed:
        text = QCoreApplication.translate(
            "TypedBeforeLock", "Closed at the lock, nothing typed in them: {titles}."
        )
        said.append(text.format(titles=", ".join(closed)))
    if said:
        window.statusBar().showMessage(" ".join(said), STATUS_MS)
    if lost:
        _offer(window, lost)


def _offer(window: MainWindow, lost: Sequence[Kept]) -> None:
    box = TypedBeforeLock(lost, window)
    box.finished.connect(box.deleteLater)
    box.show()


def _reopen(window: MainWindow, held: Kept, said: list[str]) -> bool:
    """Open the dialog ``held`` came from, holding it again, and add to ``said`` what
    to tell of it; whether it could be opened."""
    state = held.state
    if isinstance(state, RecordDraft) and state.kind in ("source", "article"):
        _reopen_record_form(window, held.title, state, said)
    elif isinstance(state, ArticleDraft):
        window.file_commands.import_article().restore(state)
    elif isinstance(state, StillOffered):
        _offer(window, state.lost)
    else:
        return False
    return True


def _reopen_record_form(
    window: MainWindow, title: str, draft: RecordDraft, said: list[str]
) -> None:
    """A "New …" form asked for by the quote editor files the editor's quote only if
    that quote came back too (a new one still waiting for its source)."""
    for_editor = draft.for_editor and window.editor.is_draft
    commands = window.commands
    new = commands.new_source if draft.kind == "source" else commands.new_article
    new("", for_editor=for_editor).restore(draft)
    if draft.for_editor and not for_editor:
        text = QCoreApplication.translate(
            "TypedBeforeLock",
            "“{title}” was asked for by the quote then selected; select it again to file "
            "it under what you create.",
        )
        said.append(text.format(title=title))


class TypedBeforeLock(QDialog):
    """What was typed in dialogs that a lock closed and that cannot be opened again."""

    def __init__(self, lost: Sequence[Kept], parent: MainWindow) -> None:
        super().__init__(parent)
        self.lost = tuple(lost)
        self.setWindowTitle(self.tr("Typed before the lock"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        titles = ", ".join(f"“{held.title}”" for held in lost)
        label = QLabel(
            self.tr(
                "Quotebook locked while this was open: {titles}. It worked on what the "
                "window had selected then, so it cannot be opened again as it was. What you "
                "had typed in it is below: copy what you need and do it again."
            ).format(titles=titles)
        )
        label.setWordWrap(True)
        self.text = QPlainTextEdit("\n\n".join(t for held in lost for t in held.typed))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Typed before the lock"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy all"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: put_on_clipboard(self.text.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def lock_state(self) -> StillOffered:
        return StillOffered(self.lost)
