"""The language of the app's menus and dialogs, and Qt's translators for it.

German or English. An explicit choice in the settings ("ui/language": "de" or "en") wins;
empty or missing follows the system (a German locale gives German, anything else English).
codesign's own texts come from resources/translations/codesign_<lang>.qm, built at install
time by pyside6-lrelease; Qt's own dialogs (file dialogs, standard buttons) from Qt's
qtbase_<lang>.qm. A missing .qm file is no error: the texts stay English (the source texts).

The PDF report has its own language (the workshop's): see codesign.export.pdf_translate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from codesign.app.settings import LANGUAGE
from codesign.paths import resource

LANGUAGES = ("en", "de")
SOURCE_LANGUAGE = "en"
USUAL_LOCALES = {"en": "en_GB", "de": "de_DE"}  # day before month, as in most of our users' countries
SETTINGS_KEY = LANGUAGE.key
TRANSLATIONS_DIR = resource("translations")

_installed: list[QTranslator] = []  # QCoreApplication does not own them: keep them alive


def ui_language(language: str | None = None) -> str:
    """The language to use: `language` if given, else the setting, else the system's."""
    for wanted in (language, _setting()):
        base = _base(wanted)
        if base in LANGUAGES:
            return base
    return "de" if _base(QLocale.system().name()) == "de" else SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Installs the translators of the chosen language (replacing earlier ones); returns it."""
    chosen = ui_language(language)
    # Dates and numbers follow the language too: the system's own locale when it speaks it
    # (de_AT stays Austrian), else the language's usual one.
    system = QLocale.system()
    QLocale.setDefault(system if _base(system.name()) == chosen else QLocale(USUAL_LOCALES[chosen]))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"codesign_{chosen}", str(TRANSLATIONS_DIR))]
    if chosen != SOURCE_LANGUAGE:
        candidates.append((f"qtbase_{chosen}", qt_dir))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            _installed.append(translator)
    return chosen


def installed() -> list[QTranslator]:
    return list(_installed)


def _setting() -> str | None:
    return LANGUAGE.read() or None


def _base(language: str | None) -> str:
    return (language or "").strip().replace("-", "_").split("_")[0].lower()
