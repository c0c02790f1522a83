"""Rebuilding the full-text index in steps, after an upgrade that changed what it holds.

A large library's index is rebuilt after it opens rather than while it opens (see
migrations.py, schema 5): the app calls :meth:`IndexRebuildOps.rebuild_step` in
the background and shows :meth:`IndexRebuildOps.index_rebuild`'s progress; the
command line finishes it before its command. Until it is done, searches find
only the quotes indexed so far; writes meanwhile leave the quotes still to come
to the rebuild (fts.py), which reads them as they are then.
"""

from __future__ import annotations

from ..storage import migrations
from ..storage.driver import driver
from .base import LibraryBase

__all__ = ["REBUILD_STEP", "IndexRebuildOps"]

REBUILD_STEP = 2_000  # quotes a step indexes: a few tenths of a second


class IndexRebuildOps(LibraryBase):
    def rebuild_step(self, quotes: int | None = None) -> bool:
        """Index the next ``quotes`` (:data:`REBUILD_STEP`) quotes of a rebuild; whether
        more are left. :meth:`stop_background` ends a step before its next quote with
        StoppedError (nothing of the step is kept; the rebuild carries on next time)."""
        with self._write("Rebuild the search index", undoable=False) as tx:
            more = migrations.rebuild_step(driver(tx.conn), quotes or REBUILD_STEP, self._stopping)
        return more

    def finish_rebuild(self) -> None:
        """Rebuild the rest of the index now (the command line, before its command)."""
        while self.rebuild_step(migrations.REBUILD_AT_OPEN):
            pass
