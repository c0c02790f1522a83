"""Schema upgrades: the schema-1 fixture becomes the current schema with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from quotebook.core import Library, MigrationError
from quotebook.core.domain.values import SortKey
from quotebook.core.storage import migrations as m
from quotebook.core.storage.backup import PRE_MIGRATION, BackupPolicy, list_backups, rotate

FIXTURE = Path(__file__).parent / "fixtures" / "library_v1.sqlite3"
REAL_V2 = m.MIGRATIONS[0]
TABLES = ("source", "article", "tag", "quote", "quote_tag")


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    """A copy of the schema-1 fixture (the fixture itself is never opened)."""
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURE, path)
    return path


def _connect(path: Path) -> sqlite3.Connection:
    """A connection that writes nothing beside the file (no -wal, no -shm)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = _connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}
    finally:
        conn.close()


def _version(path: Path) -> int:
    conn = _connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _schema(path: Path) -> list[tuple[str, str]]:
    """Each table's and index's SQL, its white space made single spaces: a column
    dropped from an upgraded library leaves a line break where a new one has a space."""
    conn = _connect(path)
    try:
        rows = conn.execute("SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL")
        return sorted((name, " ".join(sql.split())) for name, sql in rows)
    finally:
        conn.close()


def test_the_fixture_is_a_schema_1_library() -> None:
    siblings = sorted(FIXTURE.parent.iterdir())
    assert _version(FIXTURE) == 1
    assert min(len(rows) for rows in _rows(FIXTURE).values()) >= 2
    assert sorted(FIXTURE.parent.iterdir()) == siblings


def test_schema_1_is_upgraded_with_every_row_and_link_kept(v1: Path) -> None:
    before = _rows(v1)
    with Library(v1) as lib:
        assert lib.upgraded_from == 1
        assert lib.info().schema_version == m.SCHEMA_VERSION == 9
        sasha = lib.find_sources("Sasha")[0]
        assert (sasha.real_name, sasha.contact, sasha.is_pseudonym) == (
            "Alexandra Petrova",
            "+7 900 555 01 23",
            True,
        )
        assert len(lib.trashed_quote_ids()) == 2  # its own and its source's
        assert {t.name: t.quote_count for t in lib.list_tags()}["draft"] == 2
    after = _rows(v1)
    after["quote"] = [row[:-1] for row in after["quote"]]  # schema 4's ground_rule_set
    # Schema 8 keeps each quote's trashing (its last column until then) apart.
    trashed = [(row[0], row[-1]) for row in before["quote"] if row[-1] is not None]
    before["quote"] = [row[:-1] for row in before["quote"]]
    assert after == before
    conn = _connect(v1)
    try:
        assert conn.execute("SELECT * FROM quote_trash ORDER BY id").fetchall() == trashed
    finally:
        conn.close()
    assert trashed
    assert _version(v1) == 9


def _indexes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {
            row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")
        }
    finally:
        conn.close()


def test_schema_3_sorts_by_text_through_its_index_old_and_new(v1: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    Library(fresh).close()
    with Library(v1) as lib:
        by_text = lib.search("", sort=SortKey.QUOTE).ids
        texts = [lib.get_quote(i).text.casefold() for i in by_text]
    assert texts == sorted(texts)
    assert "ix_quote_text_sort" in _indexes(v1) & _indexes(fresh)


def test_the_full_text_index_still_finds_quotes_after_the_upgrade(v1: Path) -> None:
    Library(v1).close()
    conn = sqlite3.connect(v1)
    try:
        ids = dict(conn.execute("SELECT text, id FROM quote"))
        hits = conn.execute("SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'отсрочка'")
        assert [row[0] for row in hits] == [ids["Отсрочка от призыва была только на бумаге."]]
        hits = conn.execute("SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'tbil*'")
        assert [row[0] for row in hits] == [ids["Tbilisi feels like home now."]]
        assert conn.execute("SELECT count(*) FROM quote_fts_docsize").fetchone()[0] == 5
    finally:
        conn.close()


def test_a_verified_pre_migration_backup_is_made_and_rotation_keeps_it(v1: Path) -> None:
    before = _rows(v1)
    Library(v1).close()
    (backup,) = list_backups(v1)
    assert backup.kind == PRE_MIGRATION
    assert backup.schema_version == 1
    assert _rows(backup.path) == before
    assert rotate(v1, BackupPolicy(daily=0, weekly=0, monthly=0)) == []
    assert backup.path.exists()


def test_an_upgraded_library_has_the_schema_of_a_new_one(v1: Path, tmp_path: Path) -> None:
    Library(v1).close()
    fresh = tmp_path / "fresh.sqlite3"
    Library(fresh).close()
    assert _schema(v1) == _schema(fresh)
    assert _version(fresh) == m.SCHEMA_VERSION


def _fail(conn: sqlite3.Connection) -> None:
    conn.execute(m.META_DDL)
    conn.execute("UPDATE quote SET text = 'changed'")
    raise RuntimeError("boom")


def _lose_rows(conn: sqlite3.Connection) -> None:
    REAL_V2.apply(conn)
    conn.execute("DELETE FROM quote_tag WHERE tag_id = 1")


def _orphan(conn: sqlite3.Connection) -> None:
    REAL_V2.apply(conn)
    conn.execute("DELETE FROM article WHERE url IS NOT NULL")  # its quote keeps the id


@pytest.mark.parametrize(
    ("step", "rebuilds", "message"),
    [
        (_fail, False, "boom"),
        (_lose_rows, False, "table quote_tag had 6 rows and would have 4"),
        (_orphan, True, "rows point at missing parents"),
    ],
)
def test_a_failing_migration_leaves_the_library_unchanged(
    v1: Path, monkeypatch: pytest.MonkeyPatch, step: object, rebuilds: bool, message: str
) -> None:
    before, schema = _rows(v1), _schema(v1)
    failing = m.Migration(2, "a step that fails", step, rebuilds_tables=rebuilds)  # type: ignore[arg-type]
    monkeypatch.setattr(m, "MIGRATIONS", (failing,))
    with pytest.raises(MigrationError) as raised:
        Library(v1)
    assert message in str(raised.value)
    assert "left at schema 1, unchanged" in str(raised.value)
    assert (_version(v1), _rows(v1), _schema(v1)) == (1, before, schema)
    assert [b.kind for b in list_backups(v1)] == [PRE_MIGRATION]
    monkeypatch.undo()
    with Library(v1) as lib:  # the real upgrade still works afterwards
        assert lib.upgraded_from == 1


def _rebuild_source(conn: sqlite3.Connection) -> None:
    """Rebuild the parent table ``source`` the way SQLite's ALTER TABLE guide does."""
    REAL_V2.apply(conn)
    sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'source'").fetchone()[0]
    indexes = [
        row[0]
        for row in conn.execute(
            "SELECT sql FROM sqlite_schema WHERE tbl_name = 'source' AND type = 'index'"
        )
    ]
    conn.execute(sql.replace("CREATE TABLE source", "CREATE TABLE source_new", 1))
    conn.execute("INSERT INTO source_new SELECT * FROM source")
    conn.execute("DROP TABLE source")
    conn.execute("ALTER TABLE source_new RENAME TO source")
    for index in indexes:
        conn.execute(index)


def test_rebuilding_a_parent_table_keeps_its_children(
    v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _rows(v1)
    step = m.Migration(2, "rebuild source", _rebuild_source, rebuilds_tables=True)
    monkeypatch.setattr(m, "MIGRATIONS", (step,))
    with Library(v1) as lib:
        assert lib.upgraded_from == 1
    assert _rows(v1) == before


def test_the_same_rebuild_with_foreign_keys_on_is_refused(
    v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without ``rebuilds_tables`` the drop cascades into quotes; the check catches it."""
    before = _rows(v1)
    step = m.Migration(2, "rebuild source", _rebuild_source)
    monkeypatch.setattr(m, "MIGRATIONS", (step,))
    with pytest.raises(MigrationError, match="table quote had 5 rows and would have 0"):
        Library(v1)
    assert (_version(v1), _rows(v1)) == (1, before)


def test_schema_7_finds_quotes_by_printed_names_never_real_ones(v1: Path) -> None:
    with Library(v1) as lib:
        by_text = {lib.get_quote(i).text: i for i in lib.search("").ids}
        assert set(lib.search("sasha").ids) == {
            by_text["We left on the last train before the border closed."],
            by_text["Отсрочка от призыва была только на бумаге."],
        }
        assert lib.search("alexandra").ids == ()  # Sasha's real name
        assert set(lib.search("planet").ids) == {  # the outlet
            by_text["We left on the last train before the border closed."]
        }
