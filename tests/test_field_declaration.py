"""A field is declared once: one annotated line on its value class is the whole field.

The test declares a throwaway field on quotes (``mood``) before the core is
imported, in a process of its own, and finds it in the table, the checks, the
value read back, the archive sheet, the import's mapping and the full-text
index, with nothing else changed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from quotebook.core.domain import schema
from quotebook.core.sheet.archive import FULL_COLUMNS
from quotebook.core.sheet.csv_import_fields import IMPORT_FIELDS

_SCRIPT = r"""
import io, json, sys
from dataclasses import dataclass
from typing import Annotated

from quotebook.core.domain import values
from quotebook.core.domain.field import Field


@dataclass(frozen=True, slots=True)
class Quote(values.Quote):
    mood: Annotated[str, Field("line", "mood", aliases=("Feeling",), indexed=6)] = ""


values.Quote = Quote

from quotebook.core import Library, ValidationError
from quotebook.core.sheet.archive import export_archive
from quotebook.core.sheet.csv_import import import_csv

found = {}
with Library(sys.argv[1]) as library:
    source = library.add_source("Sasha").created
    quote = library.add_quote("Words at the gate", source, mood="  calm  ").created
    found["read back"] = library.get_quote(quote).mood
    try:
        library.add_quote("Other words", source, mood="one\ntwo\x00")
    except ValidationError as exc:
        found["refused"] = exc.field
    sheet = io.BytesIO()
    export_archive(library, sheet)
    lines = sheet.getvalue().decode("utf-8-sig").splitlines()
    found["header"] = lines[0].split(",")
    found["row"] = lines[1].split(",")
    typed = "quote,source,Feeling\r\nA second quote,Sasha,restless\r\n".encode()
    import_csv(library, io.BytesIO(typed))
    found["imported"] = [library.get_quote(i).mood for i in library.search("").ids]
    found["searched"] = list(library.search("restless").ids)
    library.update_quote(quote, mood="tense")
    found["searched after edit"] = list(library.search("tense").ids)
    found["quote"] = quote
print(json.dumps(found))
"""


def test_a_field_declared_on_the_quote_is_stored_checked_exported_imported_and_indexed(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(tmp_path / "mood.quotebook")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["read back"] == "calm"
    assert found["refused"] == "mood"
    header = found["header"]
    assert header[header.index("notes") + 1] == "mood"  # last of the quote's own columns
    assert found["row"][header.index("mood")] == "calm"
    assert found["imported"] == ["restless", "calm"]
    assert len(found["searched"]) == 1 and found["searched"] != [found["quote"]]
    assert found["searched after edit"] == [found["quote"]]


def test_without_it_the_declared_fields_are_the_sheets_and_the_index() -> None:
    assert "mood" not in FULL_COLUMNS and "mood" not in IMPORT_FIELDS
    sheet_fields = {f.sheet for f in (*schema.QUOTE, *schema.SOURCE, *schema.ARTICLE) if f.sheet}
    assert sheet_fields <= set(FULL_COLUMNS) & set(IMPORT_FIELDS)
    assert schema.indexed_text() == ("text", "translation", "original_text", "context", "notes")
