"""Installs the interface language: our translations and Qt's own dialog translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from catalyseur_app import messages
from catalyseur_app.resources import translations_dir

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
_installed: list[QTranslator] = []


def remove_language(app: QCoreApplication) -> None:
    """Remove our translators: the interface falls back to its (English) source strings."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    messages.set_language(DEFAULT_LANGUAGE)


def install_language(app: QCoreApplication, language: str) -> str:
    """Replace the installed translators by those of ``language``; returns the language used."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    remove_language(app)
    messages.set_language(language)
    sources = [(str(translations_dir()), f"catalyseur_{language}")]
    if language == "fr":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        sources.append((qt_folder, "qtbase_fr"))
    for folder, name in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France)
                       if language == "fr" else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return language
