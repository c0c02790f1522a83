"""Where the library lives, and folders where a library is at risk.

The library is ``library.sqlite3`` in the user data folder unless
``QUOTEBOOK_LIBRARY`` names another file (:func:`default_library_path`).

Network mounts and cloud-synchronised folders put a library at risk:
SQLite's locks do not hold over NFS or SMB, and a sync client that uploads the
file, its ``-wal`` and its ``-shm`` at different moments (or "resolves a conflict"
between two machines) can tear a library apart. Quotebook still opens such a
library but warns: :func:`location_warning` gives the sentence the command line
prints on stderr and the app shows.

On Linux the file system type comes from ``/proc/self/mountinfo``; elsewhere only
the path is looked at (a ``\\\\server\\share`` path on Windows; the names of the
folders the sync clients create, on every system).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath


def default_library_path() -> Path:
    """``QUOTEBOOK_LIBRARY`` if set, else ``library.sqlite3`` in the user data folder."""
    override = os.environ.get("QUOTEBOOK_LIBRARY")
    if override:
        return Path(override).expanduser()
    return data_folder() / "library.sqlite3"


def data_folder() -> Path:
    """Quotebook's own folder in the user data folder (owner-only, see private.py)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Quotebook", appauthor=False))


_NETWORK_TYPES = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb3",
    "smbfs",
    "ncpfs",
    "afs",
    "9p",
    "ceph",
    "glusterfs",
    "lustre",
    "gpfs",
    "davfs",
    "sshfs",
    "fuse",
}
# Local file systems that happen to run through FUSE.
_LOCAL_FUSE = {"fuse.portal", "fuse.lxcfs", "fuseblk"}

_CLOUD_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "icloud drive (archive)": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "pcloud drive": "pCloud",
    "pclouddrive": "pCloud",
    "box": "Box",
    "box sync": "Box",
    "box drive": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "seadrive": "Seafile",
    "mega": "MEGA",
    "sync": "Sync.com",
    "yandex.disk": "Yandex Disk",
}
# Names that start a folder name: "OneDrive - Contoso", "Dropbox (Personal)".
_CLOUD_PREFIXES = {
    "onedrive - ": "OneDrive",
    "onedrive (": "OneDrive",
    "dropbox (": "Dropbox",
    "googledrive-": "Google Drive",
    "onedrive-": "OneDrive",
    "dropbox-": "Dropbox",
}


def location_warning(path: Path | str, *, mountinfo: str | None = None) -> str | None:
    """A warning when the library's folder is on a network or synchronised by a cloud client.

    ``mountinfo`` replaces the text of ``/proc/self/mountinfo`` (for tests).
    Returns None for an ordinary local folder.
    """
    full = Path(os.path.abspath(Path(path).expanduser()))
    fs_type = _mount_type(full, mountinfo)
    if fs_type is not None:
        return (
            f"{full} is on a network file system ({fs_type}). SQLite cannot lock a "
            "library reliably there and it can be damaged; keep it in a local folder "
            "and use `quotebook backup` to copy it elsewhere"
        )
    if _is_unc(str(path)):
        return (
            f"{full} is in a network share. SQLite cannot lock a library reliably there "
            "and it can be damaged; keep it in a local folder"
        )
    service = cloud_service(full)
    if service is not None:
        return (
            f"{full} is in a folder synchronised by {service}. A sync client can copy the "
            "library while it is being written, or keep two versions of it, and the "
            "library can be damaged; keep it in a local folder and rely on Quotebook's backups"
        )
    return None


def cloud_service(path: PurePath) -> str | None:
    """The cloud service whose folder holds ``path``, by the folders' names."""
    for part in reversed(path.parts[:-1]):  # the innermost folder first
        name = part.casefold()
        if name in _CLOUD_FOLDERS:
            return _CLOUD_FOLDERS[name]
        for prefix, service in _CLOUD_PREFIXES.items():
            if name.startswith(prefix):
                return service
        if name == "cloudstorage" or name.startswith("com~apple~clouddocs"):
            return "a cloud storage provider" if name == "cloudstorage" else "iCloud Drive"
    return None


def _is_unc(text: str) -> bool:
    return text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\"))


def _mount_type(path: Path, mountinfo: str | None) -> str | None:
    """The network file system type holding ``path`` (Linux), or None."""
    if mountinfo is None:
        if not sys.platform.startswith("linux"):
            return None
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8")
        except OSError:
            return None
    best: tuple[int, str] | None = None
    full = str(path)
    for point, fs_type in _mounts(mountinfo):
        inside = full == point or full.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fs_type)
    if best is None:
        return None
    fs_type = best[1]
    base = fs_type.split(".", 1)[0]
    if fs_type in _LOCAL_FUSE or (base not in _NETWORK_TYPES):
        return None
    return fs_type


def _mounts(mountinfo: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs of a mountinfo text."""
    found = []
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields:
            continue
        dash = fields.index("-")
        if len(fields) <= dash + 1 or len(fields) < 5:
            continue
        point = fields[4].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
        found.append((point, fields[dash + 1]))
    return found
