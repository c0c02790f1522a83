"""Command groups of the ``quotebook`` command line.

Each module has ``register(commands)``, which adds its sub-commands to the
argparse sub-parsers and sets ``handler`` on each: ``handler(args, library) -> int``
for commands that work on an open library, or ``handler(args, None)`` together with
``needs_library=False`` for those that open it themselves (or need none).
Commands that only read set ``reads_only=True``: they open the library without
writing a byte, so they work on a full disk, a read-only file or folder, or while
another program holds the write lock. Those that also set ``reader="search"`` get a
:class:`~quotebook.core.library.reader.Reader` rather than a library, and those that
set ``reader="plain"`` a :class:`~quotebook.core.storage.reading.PlainReader` (no
search): both open the library the same way without loading the database layer,
so a script calling them pays for the work, not for the imports. The command line
imports a command's module only when that command runs (``COMMANDS`` in cli.py).
"""
