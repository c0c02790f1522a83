"""Re-keying overwrites the old file's bytes after the swap, by a second name made before it.

The second name (a hard link) is how the old bytes are reached where an open file
cannot be renamed over (Windows): the same steps run on every platform, so these
tests cover them on Linux.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from encrypted_library import MARKERS, every_row, fill

from quotebook.core import Library
from quotebook.core.storage import encryption, keys, private
from quotebook.core.storage.encryption import encrypt_library

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _empty_ring() -> Iterator[None]:
    keys.forget_all()
    yield
    keys.forget_all()


@pytest.fixture
def plain(library_path: Path) -> Path:
    with Library(library_path) as library:
        fill(library, quotes=5)
    return library_path


def test_the_plain_file_is_overwritten_through_its_second_name_after_the_swap(
    plain: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    overwritten: list[bytes] = []
    real = private.overwrite

    def watched(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        overwritten.append(Path(f"/proc/self/fd/{fd}").read_bytes())
        real(fd)

    monkeypatch.setattr(private, "overwrite", watched)
    encrypt_library(plain, PASSPHRASE)
    assert any(MARKERS[0].encode() in data for data in overwritten)
    assert [p.name for p in plain.parent.iterdir() if p.name.endswith(".old")] == []
    assert every_row(plain, PASSPHRASE)["quote"]


def test_killed_before_the_swap_the_second_name_is_removed_not_overwritten(plain: Path) -> None:
    """The link made before the rename is the library itself: the next opening
    removes it without touching the library's bytes."""
    before = every_row(plain, None)
    os.link(plain, plain.with_name(f".{plain.name}.rekeying.4242.old"))
    with Library(plain) as library:
        assert [p.name for p in library.leftovers_removed] == [f".{plain.name}.rekeying.4242.old"]
    assert every_row(plain, None) == before


def test_without_hard_links_the_old_file_is_only_unlinked(
    plain: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system without hard links (FAT): the swap still happens."""

    def no_links(*_: object) -> None:
        raise OSError("hard links are not supported here")

    monkeypatch.setattr(encryption.os, "link", no_links)
    assert encrypt_library(plain, PASSPHRASE).library_rewritten
    assert all(marker.encode() not in plain.read_bytes() for marker in MARKERS)
    assert every_row(plain, PASSPHRASE)["quote"]
