"""What a packager and a desktop rely on: icons, desktop entry, AppStream data, one version.

The validators (``desktop-file-validate`` from desktop-file-utils and
``appstreamcli`` from appstream) run when they are installed; elsewhere their
tests are skipped, except in CI (``CI`` set), which installs them (.ci/run) and
where a missing validator fails.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import quotebook
from quotebook import resources
from quotebook.resources import APP_ID, ICON_SIZES, ICON_SVG

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "resources" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / f"{APP_ID}.metainfo.xml"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
RGBA = 6


def _png_header(data: bytes) -> tuple[int, int, int]:
    """(width, height, colour type) from a PNG's IHDR chunk."""
    assert data[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", data[8:16])
    assert (length, kind) == (13, b"IHDR")
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


def _validator(name: str) -> str:
    """The validator's path; skips the test where it is not installed, outside CI."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; CI installs it in .ci/run")
        pytest.skip(f"{name} is not installed")
    return found


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def _pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_icon_is_a_square_rgba_image_of_its_size(size: int) -> None:
    data = resources.read_bytes(resources.icon_png(size))
    assert _png_header(data) == (size, size, RGBA)


def test_the_svg_icon_is_square_and_named() -> None:
    root = ET.fromstring(resources.read_bytes(ICON_SVG))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(part) for part in root.attrib["viewBox"].split())
    assert width == height
    assert root.findtext("{http://www.w3.org/2000/svg}title") == "Quotebook"


def test_an_icon_size_that_does_not_ship_is_refused() -> None:
    with pytest.raises(ValueError, match="no 20px icon"):
        resources.icon_png(20)


def test_a_missing_resource_is_named_in_the_error() -> None:
    with pytest.raises(FileNotFoundError, match=r"icons/nothing\.png"):
        resources.read_bytes("icons/nothing.png")


@pytest.mark.parametrize("name", ["../cli.py", "/etc/passwd", ""])
def test_a_name_outside_the_resources_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="not a resource name"):
        resources.read_bytes(name)


def test_a_resource_can_be_had_as_a_file_path() -> None:
    with resources.as_path(ICON_SVG) as path:
        assert path.read_bytes() == resources.read_bytes(ICON_SVG)


def test_the_desktop_entry_starts_the_command_with_the_app_icon() -> None:
    entry = _desktop_entry()
    scripts = _pyproject()["project"]["scripts"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Quotebook"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] in scripts
    assert entry["Terminal"] == "false"


def test_the_metainfo_names_the_app_its_desktop_entry_and_icon() -> None:
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    assert root.findtext("name") == "Quotebook"
    assert root.findtext("provides/binary") == "quotebook"


def test_the_newest_release_everywhere_is_the_package_version() -> None:
    release = _metainfo().find("releases/release")
    assert release is not None
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = re.search(r"^## \[(\d[^\]]*)\] - (\d{4}-\d{2}-\d{2})$", changelog, re.MULTILINE)
    assert newest is not None
    assert release.get("version") == newest.group(1) == quotebook.__version__
    assert release.get("date") == newest.group(2)


def test_the_version_is_read_from_the_package_alone() -> None:
    project = _pyproject()["project"]
    setuptools = _pyproject()["tool"]["setuptools"]
    assert "version" not in project
    assert project["dynamic"] == ["version"]
    assert setuptools["dynamic"]["version"] == {"attr": "quotebook.__version__"}


def test_the_screenshots_are_https_addresses_of_files_in_docs() -> None:
    images = [image.text or "" for image in _metainfo().iterfind("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        folder, name = url.rsplit("/", 1)
        assert folder.endswith("/docs/screenshots")
        assert (ROOT / "docs" / "screenshots" / name).is_file()


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    checked = subprocess.run(
        [_validator("desktop-file-validate"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == ""


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    checked = subprocess.run(
        [_validator("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "W:" not in checked.stdout and "E:" not in checked.stdout, checked.stdout
