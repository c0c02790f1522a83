"""The language of the app: Qt translators for Quotebook's own strings and Qt's.

Translations are Qt ``.qm`` files compiled by ``pyside6-lrelease`` from the
``.ts`` sources in ``resources/translations`` (see ``resources/translations.py``)
and shipped in ``quotebook/resources/translations``. The language is the one
chosen in Preferences, else the system's. English is the language of the source
text; its file holds only the two forms of what is said with a number ("1 quote",
"2 quotes"), and Qt's own strings need none.

Some strings are translated through a helper (``tr = window.tr`` in a function,
``QCoreApplication.translate`` with a variable): ``pyside6-lupdate`` files those
under the helper's name rather than the class that translates them at run time.
:class:`Translator` therefore looks a string up in its own context first, then in
those of the helpers, so one ``.ts`` entry serves wherever the words appear.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

# Languages with a translation, by code, named in their own language.
LANGUAGES = {"en": "English", "ru": "Русский"}
# Contexts pyside6-lupdate gives strings translated through a helper.
_HELPER_CONTEXTS = ("", "window", "parent", "editor")


class Translator(QTranslator):
    """A Qt translator that also finds strings filed under a helper's context."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        for helper in _HELPER_CONTEXTS:
            if helper != context:
                found = super().translate(helper, source, disambiguation, n)
                if found:
                    return found
        return None  # type: ignore[return-value]  # a null QString: not translated here


def language_for(chosen: str) -> str:
    """The language to show: ``chosen`` when it has a translation, else the system's."""
    if chosen in LANGUAGES:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(language: str, owner: QObject | None = None) -> list[QTranslator]:
    """Load and install the translators of ``language`` (English: its plural forms)."""
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    installed: list[QTranslator] = []
    ours = Translator(owner or app)
    folder = resources.files("quotebook.resources") / "translations"
    if ours.load(str(folder / f"quotebook_{language}.qm")):
        installed.append(ours)
    qt = QTranslator(owner or app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_folder):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def uninstall(translators: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        for translator in translators:
            app.removeTranslator(translator)
