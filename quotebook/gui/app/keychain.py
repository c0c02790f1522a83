"""The system keychain, for "Remember on this computer": one passphrase per library.

A remembered passphrase lives in the system's own store (macOS Keychain, Windows
Credential Manager, the Secret Service on Linux) through ``keyring``, under the
library's resolved path; never in Quotebook's settings or any file of its own.
Where no keychain can be reached (no Secret Service running, a locked or refused
one), each call says so with :class:`KeychainUnavailable` and the app carries on
without remembering. Calls may wait on the keychain's own prompt: run them off
the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "Quotebook"


class KeychainUnavailable(Exception):
    """No system keychain can be used here; ``reason`` says what the keychain said."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _account(library: Path) -> str:
    return f"library:{library.resolve()}"


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeychainUnavailable("no system keychain was found")
    return backend


def available() -> bool:
    """Whether a keychain is there to remember a passphrase in (cheap: no prompt)."""
    try:
        _backend()
    except KeychainUnavailable:
        return False
    return True


def remembered(library: Path) -> str | None:
    """The passphrase remembered for ``library``, or None."""
    try:
        return _backend().get_password(SERVICE, _account(library))
    except KeyringError as error:
        raise KeychainUnavailable(str(error)) from error


def remember(library: Path, passphrase: str) -> None:
    """Keep ``passphrase`` for ``library`` in the keychain (replacing one kept before)."""
    try:
        _backend().set_password(SERVICE, _account(library), passphrase)
    except KeyringError as error:
        raise KeychainUnavailable(str(error)) from error


def forget(library: Path) -> None:
    """Take ``library``'s passphrase out of the keychain, if it was there."""
    try:
        _backend().delete_password(SERVICE, _account(library))
    except PasswordDeleteError:
        pass  # nothing was remembered
    except KeyringError as error:
        raise KeychainUnavailable(str(error)) from error
