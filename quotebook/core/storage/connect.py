"""Every connection to a library file, its backups and its copies is opened here.

An encrypted file (one that does not start with SQLite's header) is opened through
SQLCipher with the key from the key ring (keys.py): the library's own for the
library, its backups and the copies made beside them. A new, empty file whose
library has a key in the ring is encrypted from its first page. Plain files open
through SQLCipher's bundled SQLite as well, without a key (see
:data:`PLAIN_THROUGH_SQLCIPHER`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType

import sqlcipher3.dbapi2 as sqlcipher

from . import keys

BUSY_TIMEOUT_SECONDS = 5.0
# How an encrypted file's pages are laid out: SQLCipher 4's defaults (AES-256, the key
# derived with PBKDF2-HMAC-SHA512 over 256,000 iterations, 4 KB pages, an HMAC on
# every page) but for the HMAC's hash, SHA-256 instead of SHA-512, chosen by
# measurement. SQLCipher checks and decrypts every page it reads, and the HMAC is
# most of that cost: SHA-256 runs in hardware on AMD processors since 2017, Intel's
# since about 2020 and Apple's (1.7 GB/s here, against 0.7 GB/s for SHA-512). Reading
# the whole quote table of 100,000 quotes took 3.5 times as long as on the plain file
# with HMAC-SHA512 and 2.5 times with HMAC-SHA256; counting every quote a 3-letter
# prefix finds among 1,000,000, which reads 530 MB of quote pages, 2.05 and 1.62
# times. Larger pages read a table faster still, but cost more where a search looks
# up scattered rows (16 KB pages: a phrase's whole count 2.8 times the plain one,
# as every row looked up decrypts 16 KB), and 8 KB pages waste space (the
# full-text index's blocks of about 4 KB rarely fit two to a page beside SQLCipher's
# 80 bytes a page: 124 MB against 97 MB plain at 100,000 quotes). The HMAC stays:
# it is what refuses a changed byte. Another SQLCipher 4 tool opens the file with
# the passphrase after ``PRAGMA cipher_hmac_algorithm = HMAC_SHA256``.
CIPHER_SETTINGS = (("cipher_hmac_algorithm", "HMAC_SHA256"),)
# The page cache of a connection to an encrypted file. SQLCipher decrypts and checks
# each page it reads from the disk (or the system's file cache, where a plain file's
# reads cost a copy), so it keeps more pages decrypted: a prefix search over a
# 100,000-quote library reads thousands of index pages, and with SQLite's default
# 2 MB it took 4 times as long as on the plain file. At a million quotes, a whole
# count checking each of 90,000 scattered quotes for its date, its source and a tag
# reads more index pages (the checked columns, the tag links) than 64 MB hold, and
# each count decrypted most of them again (1.7 to 2 times the plain count); with
# 128 MB it is the plain count's (0.93). Filled only as pages are read, so a library
# smaller than that never holds more than itself.
ENCRYPTED_CACHE_KIB = 128 * 1024

# Plain libraries open through SQLCipher's bundled SQLite too (without a key): it is
# SQLite 3.53, whose FTS5 removes a deleted row's words from the index at once
# (``secure-delete``, fts.py), which the standard library's SQLite (3.40 here) has
# not, and whose WAL carries the upstream fix of the reset bug (opening.py). An
# index that has removed words so can no longer be read by an SQLite before 3.42.
# Measured beside the standard library's SQLite in turns at 100,000 and 1,000,000
# quotes (benchmarks/bench_encrypted.py --driver), opening, searching and fetching a
# page were within the noise of each other and saving a quote took 1.15 times as
# long at the 95th percentile (README, "Encrypted libraries").
PLAIN_THROUGH_SQLCIPHER = True


def _keying(path: Path, key_of: Path | None) -> tuple[str, bytes | None] | None:
    """(passphrase, salt) for an encrypted file, salt None for a new one; None: plain."""
    passphrase = keys.passphrase_for(key_of or path)
    if passphrase is None:
        return None
    salt = keys.salt_of(path)
    if salt is None and _has_content(path):
        return None  # a plain file: its header is SQLite's
    return passphrase, salt


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def key_for(path: Path, key_of: Path | None = None) -> str | None:
    """The ``PRAGMA key`` value that opens ``path``, or None when it is plain.

    ``key_of`` names the library whose key to use when ``path`` is a copy of it
    lying elsewhere (a backup chosen from another folder). A new, empty file gets
    a fresh salt.
    """
    keying = _keying(path, key_of)
    if keying is None:
        return None
    passphrase, salt = keying
    return keys.raw_key(passphrase, salt or keys.new_salt())


def keyed(path: Path, key_of: Path | None = None) -> bool:
    """Whether ``path`` is (or, new and empty, will be) encrypted with a key of the ring."""
    return _keying(path, key_of) is not None


def driver_for(path: Path, key_of: Path | None = None) -> ModuleType:
    """The DB-API module that opens ``path``: SQLCipher's when it is (to be) encrypted."""
    return sqlcipher if keyed(path, key_of) or PLAIN_THROUGH_SQLCIPHER else sqlite3


def connect(
    path: Path, query: str = "", *, key_of: Path | None = None, cipher: bool = False
) -> sqlite3.Connection:
    """A connection to ``path`` in autocommit mode, keyed when the file is encrypted.

    ``query`` is a URI query (``mode=ro&immutable=1``); without one the file is
    opened for reading and writing, created when missing. ``cipher`` opens even a
    plain file through SQLCipher (to export it encrypted).
    """
    key = key_for(path, key_of)
    plain_module = sqlcipher if cipher or PLAIN_THROUGH_SQLCIPHER else sqlite3
    module = sqlcipher if key is not None else plain_module
    target = f"{path.resolve().as_uri()}?{query}" if query else str(path)
    conn: sqlite3.Connection = module.connect(
        target,
        uri=bool(query),
        check_same_thread=False,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_SECONDS,
    )
    if module is sqlcipher:
        # SQLCipher logs a failed page check to stderr; the error says it all.
        conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f'PRAGMA key = "{key}"')
        set_cipher(conn)
        conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
    elif module is sqlcipher:
        # SQLCipher's SQLite keeps temporary tables and large sorts in memory, so that
        # an encrypted library's never reach the disk unencrypted. A plain library's
        # go to temporary files, as with any SQLite: an import stages its rows there
        # (a million-row sheet held 1.7 GB of memory otherwise).
        conn.execute("PRAGMA temp_store = FILE")
    return conn


def set_cipher(conn: sqlite3.Connection, schema: str = "main") -> None:
    """Lay out the keyed database ``schema`` as :data:`CIPHER_SETTINGS` say, before it is read."""
    for name, value in CIPHER_SETTINGS:
        conn.execute(f"PRAGMA {schema}.{name} = {value}")
