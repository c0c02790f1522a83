"""What the app remembers between runs: window layout, column widths, libraries.

Settings live in an INI file in the user's configuration folder (the same format on
every system, so a reporter can read or delete it), owner-only like every file
that says where the libraries are (its folder 0700, the file 0600; Qt keeps the
mode of the file it replaces when it saves). Tests point Qt's INI location
at a temporary folder with ``QSettings.setPath`` before anything is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ...core.storage import private

MAX_RECENT = 8
LOCK_AFTER_MINUTES = 15  # an encrypted library locks after this long without input


class Settings:
    """Typed access to the few values Quotebook keeps in ``QSettings``."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Quotebook", "Quotebook"
        )
        if self._store.format() == QSettings.Format.IniFormat:
            _owner_only(Path(self._store.fileName()))

    def layout(self, name: str) -> QByteArray | None:
        """A saved geometry or state blob (window, splitter, table header), or None."""
        value = self._store.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_layout(self, name: str, blob: QByteArray) -> None:
        self._store.setValue(f"layout/{name}", blob)

    def language(self) -> str:
        """The language chosen in Preferences ("en", "ru"), or "" for the system's."""
        value = self._store.value("ui/language")
        return value if isinstance(value, str) else ""

    def set_language(self, language: str) -> None:
        self._store.setValue("ui/language", language)

    def lock_after_minutes(self) -> int:
        """Idle minutes before an encrypted library locks; 0 for never."""
        value = self._store.value("security/lock_after_minutes")
        if value is None:
            return LOCK_AFTER_MINUTES
        minutes = _int(value)
        return minutes if minutes is not None else 0

    def set_lock_after_minutes(self, minutes: int) -> None:
        self._store.setValue("security/lock_after_minutes", max(minutes, 0))

    def last_library(self) -> Path | None:
        value = self._store.value("libraries/last")
        return Path(value) if isinstance(value, str) and value else None

    def recent_libraries(self) -> list[Path]:
        """Libraries opened before, newest first, without the ones that are gone."""
        value = self._store.value("libraries/recent")
        if isinstance(value, str):
            value = [value]
        paths = [Path(item) for item in value or [] if isinstance(item, str) and item]
        return [path for path in paths if path.exists()]

    def library_opened(self, path: Path) -> None:
        """Note ``path`` as the last library and first of the recent ones."""
        path = path.resolve()
        recent = [p for p in self.recent_libraries() if p.resolve() != path]
        self._store.setValue("libraries/last", str(path))
        self._store.setValue("libraries/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])

    def last_used(self, library: Path) -> tuple[int | None, int | None]:
        """The source and article the last new quote in ``library`` was filed under."""
        key = _library_key(library)
        return _int(self._store.value(f"last_used/{key}/source")), _int(
            self._store.value(f"last_used/{key}/article")
        )

    def set_last_used(self, library: Path, source_id: int | None, article_id: int | None) -> None:
        key = _library_key(library)
        self._store.setValue(f"last_used/{key}/source", source_id or 0)
        self._store.setValue(f"last_used/{key}/article", article_id or 0)

    def copy_style(self) -> tuple[str, bool, bool]:
        """Copy with attribution's style, "(name changed)" and outlet-and-date choices."""
        style = self._store.value("copy/style", "english")
        return (
            style if isinstance(style, str) else "english",
            _flag(self._store.value("copy/name_changed"), True),
            _flag(self._store.value("copy/outlet_date"), False),
        )

    def set_copy_style(self, style: str, name_changed: bool, outlet_date: bool) -> None:
        self._store.setValue("copy/style", style)
        self._store.setValue("copy/name_changed", int(name_changed))
        self._store.setValue("copy/outlet_date", int(outlet_date))

    def sync(self) -> None:
        self._store.sync()


def _owner_only(path: Path) -> None:
    """The settings file and its own folder, owner-only before Qt first writes them."""
    try:
        private.make_folder(path.parent)
        private.create_file(path)
        private.tighten([path.parent, path])
    except OSError:
        pass  # an unwritable settings folder: Qt keeps the settings in memory


def _library_key(path: Path) -> str:
    """A settings key for one library file (INI keys must not contain slashes)."""
    return str(path.resolve()).replace("/", "|").replace("\\", "|")


def _int(value: object) -> int | None:
    try:
        number = int(str(value))
    except ValueError:
        return None
    return number if number > 0 else None


def _flag(value: object, default: bool) -> bool:
    return default if value is None else str(value).lower() in ("1", "true")
