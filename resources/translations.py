"""Keep the translations of the app up to date with its source, using the Qt tools.

    python resources/translations.py update    # pyside6-lupdate: new strings into the .ts files
    python resources/translations.py release   # pyside6-lrelease: the .ts files into .qm files

Translators edit ``resources/translations/quotebook_LANG.ts`` (with Qt Linguist,
``pyside6-linguist``, or any editor); ``release`` compiles them into
``quotebook/resources/translations``, which the app loads and the wheel ships.
English is the language of the source, so ``quotebook_en.ts`` holds only the
strings said with a number, in their two English forms ("1 quote", "2 quotes").
The tests fail when a string of the GUI has no translation or a ``.qm`` file is
older than its ``.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
COMPILED = ROOT / "quotebook" / "resources" / "translations"
GUI = ROOT / "quotebook" / "gui"


def tool(name: str) -> str:
    """A Qt tool that comes with PySide6, beside this Python or on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .[test])")
    return found


def gui_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in GUI.rglob("*.py"))


def update(ts: Path) -> None:
    """Add the GUI's new strings to ``ts``; strings gone from the source are marked so."""
    plural_only = ["-pluralonly"] if ts.name == "quotebook_en.ts" else []
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *plural_only,
            *gui_files(),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def release(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    if argv not in (["update"], ["release"]):
        print(__doc__)
        return 2
    for ts in sorted(SOURCES.glob("quotebook_*.ts")):
        if argv == ["update"]:
            update(ts)
        else:
            release(ts, COMPILED / ts.with_suffix(".qm").name)
        print(f"{argv[0]}d {ts.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
