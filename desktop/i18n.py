"""Language and font: which language Kehu speaks, its translators, and its bundled font.

Kehu speaks Simplified Chinese unless the user chose English or the system speaks English.
Qt's own ``qtbase_<lang>.qm`` is installed next to Kehu's so that QMessageBox buttons and
QFileDialog speak the same language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

import resources

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

# Translators installed by install_translators, so a language switch can remove them again.
_installed: list[QTranslator] = []


def language_for_locale_name(name: str) -> str:
    """Map a locale name ("zh_CN", "zh-Hans-CN", "en_US", "de_DE", "C") to a Kehu language."""
    language = name.replace("-", "_").split("_", 1)[0].lower()
    if language == "en":
        return "en"
    return DEFAULT_LANGUAGE  # Chinese, and everything Kehu does not speak


def system_locale_name() -> str:
    """The user's interface language as the system reports it (first UI language)."""
    system = QLocale.system()
    ui_languages = system.uiLanguages()
    return ui_languages[0] if ui_languages else system.name()


def resolve_language(setting: str | None) -> str:
    """The language to use: an explicit "zh_CN"/"en" setting wins, else the system's."""
    if setting in LANGUAGES:
        return setting
    return language_for_locale_name(system_locale_name())


def install_translators(app: QCoreApplication, language: str) -> str:
    """Replace the translators installed before by Kehu's and Qt's for *language*."""
    if language not in LANGUAGES:
        raise ValueError(f"Kehu does not speak {language!r}; choose one of {LANGUAGES}")
    remove_translators(app)

    own = QTranslator()
    qm = resources.translations_dir() / f"kehu_{language}.qm"
    if not own.load(str(qm)):
        raise FileNotFoundError(
            f"Kehu's translation {qm} is missing or unreadable; "
            "run resources/translations/update.py to build it"
        )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.warning("Qt's own translation qtbase_%s.qm was not found in %s", language, qt_dir)
    app.installTranslator(own)  # installed last, so it is asked first
    _installed.append(own)
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators install_translators put in; the app speaks English source."""
    while _installed:
        app.removeTranslator(_installed.pop())


def register_font(app: QGuiApplication) -> str:
    """Load the bundled font and make it the application font; return its family name.

    The system's default family stays in the fallback list, so characters the subset lacks
    still find a font.
    """
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("register_font needs a QGuiApplication (fonts need a GUI)")
    path = resources.font_path()
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id != -1 else []
    if not families:
        raise RuntimeError(f"Kehu's font {path} could not be loaded")
    family = families[0]
    font = QFont(app.font())
    system_family = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    font.setFamilies([family] + ([system_family] if system_family != family else []))
    app.setFont(font)
    return family
