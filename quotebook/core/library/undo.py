"""Undo and redo over the library's history of :class:`~quotebook.core.library.history.UndoStep`.

Every write records its step in the same hold of the writer's lock (``_write``);
undo and redo replay a step and move it between the stacks in one hold too, so
a write from another thread lands before or after, never between.
"""

from __future__ import annotations

from dataclasses import replace

from ..domain.changes import Changes
from . import stash
from .base import LibraryBase
from .history import UndoStep


def _usable(
    stack: list[UndoStep], quotes: set[int], sources: set[int], *, undone: bool
) -> list[UndoStep]:
    """The newest steps of a stack that do not need the erased rows, without them."""
    kept: list[UndoStep] = []
    for step in reversed(stack):  # from the next one to replay
        usable = step.without(quotes, sources, undone=undone)
        if usable is None:
            break
        if not usable.empty:
            kept.append(usable)
    return kept[::-1]


class UndoOps(LibraryBase):
    @property
    def undo_label(self) -> str | None:
        """What :meth:`undo` would undo, or None."""
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        """What :meth:`redo` would redo, or None."""
        return self._redo[-1].label if self._redo else None

    def undo(self) -> Changes:
        """Undo the newest edit made through this library object.

        The step is replayed and moved to the redo stack in one hold of the writer's
        lock, so a write from another thread lands before or after, never between.
        """
        with self._lock:
            if not self._undo:
                return Changes()
            step = self._undo[-1]
            changes = self._replay(step, undo=True)
            self._redo.append(self._undo.pop())
            return changes

    def redo(self) -> Changes:
        """Redo the newest undone edit (in one hold of the writer's lock, as undo)."""
        with self._lock:
            if not self._redo:
                return Changes()
            step = self._redo[-1]
            changes = self._replay(step, undo=False)
            self._undo.append(self._redo.pop())
            return changes

    def forget_history(self) -> None:
        """Drop undo and redo (after a change that cannot be undone)."""
        with self._lock:
            self._undo.clear()
            self._redo.clear()

    def _replay(self, step: UndoStep, *, undo: bool) -> Changes:
        with self._write(step.label, undoable=False, bulk=True) as tx:
            tx.recording = False
            if step.inserted and undo:
                stash.take_away(tx.conn, step.inserted)
            tx.apply(step, undo=undo)
            if step.inserted and not undo:
                stash.give_back(tx.conn, step.inserted)
        return replace(step.changes(), moves=step.moves(undo=undo), serial=tx.changes.serial)

    def _forget_rows(self, quotes: set[int], sources: set[int]) -> None:
        """Take rows erased for good out of the history (see ``UndoStep.without``).

        A step that can no longer be replayed ends the history there: the steps
        before it (to undo) or after it (to redo) built on it, and go too.
        """
        with self._lock:
            self._undo = _usable(self._undo, quotes, sources, undone=False)
            self._redo = _usable(self._redo, quotes, sources, undone=True)

    def stash_name(self) -> str:
        """A name for the temporary tables of one bulk insert's undo (see stash.py)."""
        self._stashes += 1
        return f"undone_{self._stashes}"
