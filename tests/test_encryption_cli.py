"""``--passphrase-file``, the prompt, ``encrypt``, ``change-passphrase`` and ``decrypt``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core.storage import keys
from quotebook.core.storage.backup import list_backups
from quotebook.core.storage.encryption import is_encrypted

Captured = pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def _empty_ring() -> Iterator[None]:
    keys.forget_all()
    yield
    keys.forget_all()


def run(path: Path, *argv: str) -> int:
    keys.forget_all()  # each command is a process of its own
    return main(["--library", str(path), *argv])


def secret(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def last_error(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert lines[-1].startswith("quotebook: ")
    return lines[-1]


@pytest.fixture
def encrypted(library_path: Path, tmp_path: Path, capsys: Captured) -> Path:
    assert run(library_path, "add-source", "Tamar Gvaramia") == 0
    assert run(library_path, "backup") == 0
    first = secret(tmp_path, "first", "first passphrase\n")
    assert run(library_path, "encrypt", "--new-passphrase-file", first) == 0
    out = capsys.readouterr().out
    assert f"encrypted {library_path} and rewrote 2 backups" in out  # the backup and the auto
    assert "SSD" in out and "full-disk encryption" in out
    return library_path


def test_an_encrypted_library_without_a_passphrase_is_one_line_and_exit_2(
    encrypted: Path, capsys: Captured
) -> None:
    assert run(encrypted, "tags") == 2
    message = last_error(capsys.readouterr().err)
    assert "is encrypted" in message and "--passphrase-file" in message
    assert run(encrypted, "backups") == 2


def test_the_passphrase_file_opens_it_and_info_says_encrypted(
    encrypted: Path, tmp_path: Path, capsys: Captured
) -> None:
    first = secret(tmp_path, "again", "first passphrase\nsecond line is ignored\n")
    assert run(encrypted, "--passphrase-file", first, "info") == 0
    out = capsys.readouterr().out
    assert "encrypted: yes" in out
    assert "sources: 1" in out
    assert run(encrypted, "--passphrase-file", first, "backups") == 0
    assert "0 quotes" in capsys.readouterr().out  # each backup read with the key


def test_a_wrong_passphrase_is_one_line_and_exit_2(
    encrypted: Path, tmp_path: Path, capsys: Captured
) -> None:
    wrong = secret(tmp_path, "wrong", "not it\n")
    before = encrypted.read_bytes()
    assert run(encrypted, "--passphrase-file", wrong, "info") == 2
    assert "passphrase does not open" in last_error(capsys.readouterr().err)
    assert encrypted.read_bytes() == before


def test_the_passphrase_is_typed_at_a_terminal(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch, capsys: Captured
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    asked: list[str] = []

    def typed(label: str) -> str:
        asked.append(label)
        return "first passphrase"

    monkeypatch.setattr("getpass.getpass", typed)
    assert run(encrypted, "info") == 0
    assert asked == [f"Passphrase for {encrypted}: "]
    assert "encrypted: yes" in capsys.readouterr().out


def test_change_passphrase_then_decrypt(encrypted: Path, tmp_path: Path, capsys: Captured) -> None:
    first = secret(tmp_path, "first", "first passphrase\n")
    second = secret(tmp_path, "second", "second passphrase\n")
    argv = ["--passphrase-file", first, "change-passphrase", "--new-passphrase-file", second]
    assert run(encrypted, *argv) == 0
    assert "changed the passphrase" in capsys.readouterr().out
    assert run(encrypted, "--passphrase-file", first, "info") == 2
    assert run(encrypted, "--passphrase-file", second, "decrypt") == 0
    assert "can now read every source" in capsys.readouterr().out
    assert not is_encrypted(encrypted)
    assert not any(is_encrypted(b.path) for b in list_backups(encrypted))
    assert run(encrypted, "info") == 0
    assert "encrypted: no" in capsys.readouterr().out


def test_a_backup_kept_from_before_a_passphrase_change_is_named_so_and_not_restored(
    encrypted: Path, tmp_path: Path, capsys: Captured
) -> None:
    first = secret(tmp_path, "first", "first passphrase\n")
    second = secret(tmp_path, "second", "second passphrase\n")
    kept = tmp_path / "kept.sqlite3"
    kept.write_bytes(list_backups(encrypted)[0].path.read_bytes())  # a copy put aside
    argv = ["--passphrase-file", first, "change-passphrase", "--new-passphrase-file", second]
    assert run(encrypted, *argv) == 0
    old = list_backups(encrypted)[0].path.with_name(
        f"{encrypted.name}.20200101T000000Z.manual.sqlite3"
    )
    old.write_bytes(kept.read_bytes())  # brought back into the folder afterwards
    before = encrypted.read_bytes()
    capsys.readouterr()
    assert run(encrypted, "--passphrase-file", second, "backups") == 0
    listed = [line for line in capsys.readouterr().out.splitlines() if str(old) in line]
    assert len(listed) == 1 and "other passphrase" in listed[0]
    assert run(encrypted, "--passphrase-file", second, "restore", str(old)) == 2
    message = last_error(capsys.readouterr().err)
    assert "another passphrase than the library's" in message
    assert "nothing was changed" in message
    assert encrypted.read_bytes() == before


def test_encrypt_needs_a_new_passphrase_and_refuses_an_encrypted_library(
    library_path: Path, encrypted: Path, tmp_path: Path, capsys: Captured
) -> None:
    assert run(encrypted, "encrypt") == 2
    assert "--new-passphrase-file" in last_error(capsys.readouterr().err)
    other = secret(tmp_path, "other", "other\n")
    assert run(encrypted, "encrypt", "--new-passphrase-file", other) == 1
    assert "already encrypted" in last_error(capsys.readouterr().err)
    empty = secret(tmp_path, "empty", "\n")
    assert run(encrypted, "encrypt", "--new-passphrase-file", empty) == 2
    assert "is empty" in last_error(capsys.readouterr().err)


def test_a_new_library_given_a_passphrase_file_is_created_encrypted(
    library_path: Path, tmp_path: Path, capsys: Captured
) -> None:
    given = secret(tmp_path, "given", "new one\n")
    assert run(library_path, "--passphrase-file", given, "add-source", "Tamar Gvaramia") == 0
    assert is_encrypted(library_path)
    assert b"Gvaramia" not in library_path.read_bytes()
    assert run(library_path, "tags") == 2


def test_the_app_is_given_the_passphrase_file_s_passphrase(
    library_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quotebook.gui.app.launch as launch

    opened: list[tuple[Path | None, str | None]] = []
    monkeypatch.setattr(launch, "main", lambda path, given: opened.append((path, given)) or 0)
    assert run(library_path, "--passphrase-file", secret(tmp_path, "pass", "a phrase\n")) == 0
    assert opened == [(library_path, "a phrase")]


@pytest.mark.parametrize("content", [None, "\n"])
def test_the_app_is_not_opened_with_a_passphrase_file_it_cannot_use(
    library_path: Path,
    tmp_path: Path,
    capsys: Captured,
    monkeypatch: pytest.MonkeyPatch,
    content: str | None,
) -> None:
    import quotebook.gui.app.launch as launch

    monkeypatch.setattr(launch, "main", lambda *args: pytest.fail("the app was opened"))
    given = tmp_path / "missing" if content is None else Path(secret(tmp_path, "pass", content))
    assert run(library_path, "--passphrase-file", str(given)) == 2
    error = last_error(capsys.readouterr().err)
    assert str(given) in error and ("cannot read" in error or "is empty" in error)
