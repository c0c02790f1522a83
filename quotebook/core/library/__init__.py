"""The ``Library`` and its operations: every read and every undoable write."""
