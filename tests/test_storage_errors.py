"""Storage errors are classified by SQLite's result code, never by the words of the message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotebook.core import (
    DamagedLibraryError,
    DiskFullError,
    LockedLibraryError,
    ReadOnlyLibraryError,
)
from quotebook.core.domain.errors import sqlite_condition


def _error_of(conn: sqlite3.Connection, sql: str) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        conn.execute(sql)
    return caught.value


def test_a_mistake_in_sql_is_a_bug_even_when_its_message_says_malformed() -> None:
    conn = sqlite3.connect(":memory:")
    error = _error_of(conn, "SELECT json('{not json')")
    assert "malformed" in str(error)
    assert sqlite_condition(error, "x") is None


def test_a_message_that_says_locked_is_not_enough() -> None:
    conn = sqlite3.connect(":memory:")
    error = _error_of(conn, "SELECT * FROM locked_or_busy_table_full_readonly")
    assert sqlite_condition(error, "x") is None


def test_another_writer_is_locked(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    first = sqlite3.connect(path, isolation_level=None)
    first.execute("CREATE TABLE t (x)")
    first.execute("BEGIN IMMEDIATE")
    second = sqlite3.connect(path, isolation_level=None, timeout=0)
    error = _error_of(second, "BEGIN IMMEDIATE")
    found = sqlite_condition(error, str(path))
    assert isinstance(found, LockedLibraryError)
    assert found.path == str(path)


def test_a_full_disk_is_named(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "a.sqlite3", isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 3")
    error = _error_of(conn, "INSERT INTO t SELECT randomblob(100000)")
    assert isinstance(sqlite_condition(error, "x"), DiskFullError)


def test_a_read_only_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    error = _error_of(conn, "INSERT INTO t VALUES (1)")
    assert isinstance(sqlite_condition(error, "x"), ReadOnlyLibraryError)


def test_a_file_that_is_not_a_database_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    path.write_bytes(b"not a database at all" * 500)
    error = _error_of(sqlite3.connect(path), "SELECT * FROM sqlite_schema")
    assert isinstance(sqlite_condition(error, "x"), DamagedLibraryError)


def test_errors_that_are_not_sqlites_are_bugs() -> None:
    assert sqlite_condition(ValueError("database disk image is malformed"), "x") is None
