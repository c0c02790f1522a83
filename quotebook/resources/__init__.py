"""Files that ship inside the ``quotebook`` package: icons, demo data, translations.

Everything under ``quotebook/resources/`` goes into the wheel, the sdist and the
frozen app, and is read through :mod:`importlib.resources`, so it is found the
same way from a source checkout, an installed wheel (even a zipped one) and a
PyInstaller bundle. No Qt here: the command line reads these files too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

# The reverse-DNS application id: the name of the .desktop file, the AppStream
# component id and the icon name a desktop looks up.
APP_ID = "io.github.quotebook.Quotebook"

# The square sizes, in pixels, at which the app icon ships as PNG.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

ICON_SVG = "icons/quotebook.svg"


def icon_png(size: int) -> str:
    """The resource name of the app icon at ``size`` pixels, e.g. ``icons/quotebook-48.png``."""
    if size not in ICON_SIZES:
        raise ValueError(f"no {size}px icon; the icon ships at {ICON_SIZES}")
    return f"icons/quotebook-{size}.png"


def files() -> Traversable:
    """The root of the packaged resources (``quotebook/resources``)."""
    return resources.files(__name__)


def resource(name: str) -> Traversable:
    """The packaged file ``name``, a relative POSIX path such as ``icons/quotebook.svg``.

    Raises FileNotFoundError naming the file when it is not in the package, and
    ValueError for a name that would step outside it.
    """
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or ".." in parts:
        raise ValueError(f"not a resource name: {name!r}")
    found = files().joinpath(*parts)
    if not found.is_file():
        raise FileNotFoundError(f"Quotebook resource not found: {name}")
    return found


def read_bytes(name: str) -> bytes:
    """The bytes of the packaged file ``name``."""
    return resource(name).read_bytes()


def read_text(name: str, encoding: str = "utf-8") -> str:
    """The text of the packaged file ``name``."""
    return resource(name).read_text(encoding)


@contextmanager
def as_path(name: str) -> Iterator[Path]:
    """A real file system path to ``name`` for APIs that need one (e.g. a Qt icon file).

    The path is valid inside the ``with`` block; from a zipped install it is a
    temporary copy.
    """
    with resources.as_file(resource(name)) as path:
        yield path
