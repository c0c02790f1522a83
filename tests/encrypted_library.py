"""Libraries to encrypt in tests: planted markers, and every row read back."""

from __future__ import annotations

import re
from pathlib import Path

from quotebook.core import Library

# Words that must never be readable in the bytes of an encrypted library.
MARKERS = ["Tamar Gvaramia", "tamar.gv@protonmail.example", "+995 555 12 34 56", "Rustaveli"]


def fill(library: Library, quotes: int = 40) -> None:
    source = library.add_source(
        "Tamar Gvaramia", contact="tamar.gv@protonmail.example, +995 555 12 34 56"
    ).created
    for n in range(quotes):
        library.add_quote(f"Tenders at the Rustaveli office were rigged, case {n}", source)


def every_row(path: Path, passphrase: str | None) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the library, read through Quotebook's own connection,
    and the quotes each word of theirs finds.

    The full-text indexes' own tables are left out: encrypting rewrites them in
    leaves that fit an encrypted page. What they find is compared instead.
    """
    with (
        Library(path, passphrase=passphrase, read_only=True) as library,
        library.snapshot() as conn,
    ):
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name != 'meta'"
            )
        ]
        rows = {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
        texts = " ".join(row[0] for row in conn.execute("SELECT text FROM quote"))
        words = sorted(set(re.findall(r"\w+", texts.lower())))
        rows["found"] = [(word, library.search(word).total) for word in words]
        return rows
