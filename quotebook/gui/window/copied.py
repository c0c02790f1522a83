"""The quotes the app put on the clipboard, so that a lock can take them off again.

Only a fingerprint of the copied text is kept (not the text), and the clipboard
is cleared at a lock only if it still holds exactly that: what the reporter
copied since from another program stays where it is.
"""

from __future__ import annotations

import hashlib

from PySide6.QtGui import QGuiApplication

_copied: bytes | None = None


def _fingerprint(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def put(text: str) -> None:
    """Put ``text`` on the clipboard, noting that the app copied it."""
    global _copied
    QGuiApplication.clipboard().setText(text)
    _copied = _fingerprint(text)


def clear_if_ours() -> bool:
    """Clear the clipboard if it still holds what the app copied; whether it did."""
    global _copied
    clipboard = QGuiApplication.clipboard()
    ours = _copied is not None and _fingerprint(clipboard.text()) == _copied
    if ours:
        clipboard.clear()
    _copied = None
    return ours
