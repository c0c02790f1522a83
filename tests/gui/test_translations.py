"""The translations are complete and compiled: Russian, and English plural forms."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from quotebook.gui.app import translation

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations"
COMPILED = ROOT / "quotebook" / "resources" / "translations"


def _tools() -> object:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "resources/translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_string_of_the_gui_has_its_translation(
    language: str, qtbot: QtBot, tmp_path: Path
) -> None:
    """Every string in Russian; in English, every string said with a number."""
    source_ts = SOURCES / f"quotebook_{language}.ts"
    tools = _tools()
    ts = tmp_path / source_ts.name
    shutil.copy(source_ts, ts)
    tools.update(ts)  # type: ignore[attr-defined]
    untranslated = [
        message.findtext("source")
        for message in etree.parse(str(ts)).iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert untranslated == [], "run python resources/translations.py update, translate, release"
    # The shipped .qm says what the .ts says (compared by lookup, not by bytes,
    # which differ between versions of lrelease).
    compiled = QTranslator()
    assert compiled.load(str(COMPILED / f"quotebook_{language}.qm"))
    stale = []
    for context in etree.parse(str(source_ts)).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, comment = message.findtext("source"), message.findtext("comment")
            forms = [f.text for f in message.iter("numerusform")]
            want = forms[-1] if forms else message.findtext("translation")  # the form of 5
            got = compiled.translate(name, source, comment, 5 if forms else -1)
            if got != want:
                stale.append(source)
    assert stale == [], "run python resources/translations.py release"


def test_english_says_one_quote_and_two_quotes(qtbot: QtBot) -> None:
    """The app's English: a number's noun agrees with it, whatever the language of the system."""
    found = [
        QCoreApplication.translate(
            "QuoteCommands", "Moved {n} quote(s) to the trash. Undo puts them back.", None, n
        ).format(n=n)
        for n in (1, 2)
    ]
    assert found == [
        "Moved 1 quote to the trash. Undo puts it back.",
        "Moved 2 quotes to the trash. Undo puts them back.",
    ]
    assert QCoreApplication.translate("ArticleImportDialog", "%n quote(s) found.", None, 21) == (
        "21 quotes found."
    )
    installed = translation.install("en")
    assert [type(t).__name__ for t in installed] == ["Translator"]  # Qt's own need none
    translation.uninstall(installed)
