"""One export, described: which file, which quotes, which columns, how redacted and spelled.

The command line, the app's export dialog and the tests each build one
:class:`ExportOptions` from what was chosen and hand it to the writer of the
format; every writer reads the fields that concern it and no other.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.values import GroupBy
from .csv_common import COLUMNS
from .formats import ExportFormat


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What to write, of which quotes, and on what terms.

    Scope: the quotes of ``ids`` (in that order), else those matching ``query``,
    else the whole library. ``columns`` are the editor sheet's, in order (CSV and
    XLSX; the Word sheet has its own). Redaction: ``include_off_record``,
    ``unredacted`` and ``include_protected_notes`` are opt-in (see csv_export.py).
    ``bom`` and ``delimiter`` are CSV's own, ``group_by`` the Word sheet's.
    ``archive`` asks for the reporter's full CSV sheet instead of the editor's,
    which takes no scope or redaction; ``with_protected`` adds real names and
    contacts to it.
    """

    format: ExportFormat = ExportFormat.CSV
    query: str | None = None
    ids: tuple[int, ...] | None = None
    columns: tuple[str, ...] = COLUMNS
    include_off_record: bool = False
    unredacted: bool = False
    include_protected_notes: bool = False
    bom: bool = True
    delimiter: str = ","
    group_by: GroupBy = GroupBy.ARTICLE
    archive: bool = False
    with_protected: bool = False
