"""Killed writers lose nothing that was saved; two processes share a library safely."""

from __future__ import annotations

import importlib.util
import random
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from quotebook.core import LockedLibraryError
from quotebook.core.library.library import Library
from quotebook.core.storage import opening as storage
from quotebook.core.storage.location import location_warning
from quotebook.core.storage.lock import lock_path

ROOT = Path(__file__).resolve().parents[1]
KILLS = 16


def _crash_loop() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_loop", ROOT / "benchmarks/crash_loop.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_loop"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writers_lose_no_saved_quote_and_never_damage_the_library(
    tmp_path: Path,
) -> None:
    loop = _crash_loop()
    rng = random.Random(20240301)
    path = tmp_path / "crash.sqlite3"
    returned: set[int] = set()
    for _ in range(KILLS):
        result = loop.crash_once(path, rng, returned)
        assert result.intact, result.problem
        assert result.lost == 0
    assert len(returned) > KILLS  # the writers did get quotes saved before dying
    with Library(path) as lib:
        assert lib.info().quotes >= len(returned)


_HOLDER = """
import sys, time
from quotebook.core import Library
lib = Library(sys.argv[1])
source = lib.add_source("Writer A").created
ids = []
for i in range(150):
    ids.append(lib.add_quote(f"from process A {i}", source).created)
    time.sleep(0.002)
print(" ".join(map(str, ids)), flush=True)
lib.close()
"""


def test_two_processes_write_the_same_library(library_path: Path) -> None:
    Library(library_path).close()
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(library_path)], stdout=subprocess.PIPE, text=True
    ) as other:
        with Library(library_path) as lib:
            source = lib.add_source("Writer B").created or 0
            mine = [lib.add_quote(f"from process B {i}", source).created for i in range(150)]
        out, _ = other.communicate(timeout=120)
    assert other.returncode == 0
    theirs = [int(i) for i in out.split()]
    with Library(library_path) as lib:
        assert lib.info().quotes == 300
        texts = {row.id: row.text for row in lib.quote_rows([*mine, *theirs])}  # type: ignore[list-item]
    assert texts[mine[-1]] == "from process B 149"
    assert texts[theirs[-1]] == "from process A 149"


_WRITE_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE source SET notes = 'held'")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_a_write_lock_held_too_long_is_a_clear_error(
    library: Library, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = library.add_source("Sasha").created or 0
    library.close()
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 200)
    with Library(library_path) as lib, _holding(_WRITE_LOCK, library_path):
        with pytest.raises(LockedLibraryError) as raised:
            lib.add_quote("blocked", source)
        assert "another program is writing to the library; try again" in str(raised.value)
        assert lib.info().quotes == 0  # reading still works
    with Library(library_path) as lib:  # and writing once the other lets go
        lib.add_quote("now it goes through", source)
        assert lib.info().quotes == 1


_EXCLUSIVE = """
import fcntl, sys
handle = open(sys.argv[1], "a")
fcntl.flock(handle, fcntl.LOCK_EX)
print("holding", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_opening_while_another_holds_the_library_alone_is_a_clear_error(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Library(library_path).close()
    monkeypatch.setattr(storage, "OPEN_WAIT_SECONDS", 0.3)
    with _holding(_EXCLUSIVE, lock_path(library_path)):
        with pytest.raises(LockedLibraryError) as raised:
            Library(library_path)
        assert "checking, upgrading or restoring" in str(raised.value)
    with Library(library_path) as lib:
        assert lib.info().quotes == 0


class _holding:
    """Run a child that takes a lock, prints "holding", and lets go when told."""

    def __init__(self, code: str, path: Path) -> None:
        self.args = [sys.executable, "-c", code, str(path)]

    def __enter__(self) -> subprocess.Popen[str]:
        self.child = subprocess.Popen(
            self.args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.child.stdout is not None
        assert self.child.stdout.readline().strip() == "holding"
        return self.child

    def __exit__(self, *exc: object) -> None:
        self.child.communicate("\n", timeout=30)


# -- risky folders -----------------------------------------------------------

MOUNTINFO = r"""
22 1 253:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw
40 22 0:35 / /home/ana/shared rw,relatime shared:20 - nfs4 fs:/export rw
41 22 0:36 / /mnt/office\040share rw - cifs //office/share rw
42 22 0:37 / /home/ana/remote rw - fuse.sshfs ana@host:/ rw
43 22 0:38 / /home/ana/shared/local rw - ext4 /dev/vdb1 rw
44 22 0:39 / /run/user/1000/doc rw - fuse.portal portal rw
"""


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/home/ana/shared/library.sqlite3", "network file system (nfs4)"),
        ("/mnt/office share/q/library.sqlite3", "network file system (cifs)"),
        ("/home/ana/remote/library.sqlite3", "network file system (fuse.sshfs)"),
        ("/home/ana/Dropbox/notes/library.sqlite3", "synchronised by Dropbox"),
        ("/home/ana/Dropbox (Personal)/library.sqlite3", "synchronised by Dropbox"),
        ("/home/ana/OneDrive - Daily Planet/library.sqlite3", "synchronised by OneDrive"),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/q.sqlite3", "iCloud Drive"),
        ("/Users/ana/Library/CloudStorage/GoogleDrive-ana@x.org/q.sqlite3", "Google Drive"),
        ("/home/ana/Google Drive/library.sqlite3", "synchronised by Google Drive"),
        ("/home/ana/pCloudDrive/library.sqlite3", "synchronised by pCloud"),
        ("/home/ana/Box/library.sqlite3", "synchronised by Box"),
        ("/home/ana/Nextcloud/work/library.sqlite3", "synchronised by Nextcloud"),
        ("/home/ana/ownCloud/library.sqlite3", "synchronised by ownCloud"),
    ],
)
def test_risky_folders_get_a_warning(path: str, words: str) -> None:
    warning = location_warning(path, mountinfo=MOUNTINFO)
    assert warning is not None
    assert words in warning
    assert "damaged" in warning


@pytest.mark.parametrize(
    "path",
    [
        "/home/ana/library.sqlite3",
        "/home/ana/shared/local/library.sqlite3",  # a local disk mounted inside the share
        "/run/user/1000/doc/library.sqlite3",
        "/home/ana/dropboxing/library.sqlite3",
        "/home/ana/Documents/library-Dropbox.sqlite3",  # the file's own name is no folder
    ],
)
def test_local_folders_get_none(path: str) -> None:
    assert location_warning(path, mountinfo=MOUNTINFO) is None


def test_the_real_mount_table_is_read(tmp_path: Path) -> None:
    assert location_warning(tmp_path / "library.sqlite3") is None
    assert location_warning(tmp_path / "Dropbox" / "library.sqlite3") is not None
