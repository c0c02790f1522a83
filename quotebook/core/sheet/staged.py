"""Writing an export file so that a failed or cancelled export leaves nothing behind.

A path is written through a new file beside it, moved into place only when the
writing succeeded, so an older file of that name stays untouched until then. The
new file is owner-only from its first byte (a sheet may name sources; see
private.py): it is created 0600 before the writer opens it, and set so again
before it is moved into place, in case the writer replaced it. A binary stream
gets the finished file in one piece at the end.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from ..storage.private import create_file, make_private

BinaryDest = str | os.PathLike[str] | IO[bytes]


@contextlib.contextmanager
def staged(dest: BinaryDest) -> Iterator[tuple[Path | io.BytesIO, Callable[[], None]]]:
    """Where to write the file (a temporary path or memory) and a function discarding it."""
    kept = [True]
    if isinstance(dest, str | os.PathLike):
        path = Path(dest)
        temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
        try:
            create_file(temp)
            yield temp, kept.clear
            if kept and temp.exists():
                make_private(temp)
                os.replace(temp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        return
    memory = io.BytesIO()
    yield memory, kept.clear
    if kept:
        dest.write(memory.getvalue())
        dest.flush()
