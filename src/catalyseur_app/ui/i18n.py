"""Installs the interface language: our translations and Qt's own dialog translations.

The window's texts are written in English (``tr()`` sources), so English needs no translation
file; French comes from ``translations/catalyseur_fr.qm``. Counted texts choose between two
``tr()`` texts with ``messages.plural(count)`` (no Qt numerus forms, which would need an English
file just for its plurals).

Our French translations get French typography (``domain.typography.french_spacing``: no-break
spaces before ``: ; ! ?`` and inside « ») when they are read, so the .ts file keeps ordinary
spaces and a translator types them as usual. The placeholders (%1) are filled in afterwards by
the caller, so a file name shown in a message keeps its own spaces: ``filled(self.tr("%1: %2"),
label, value)`` puts a label and a value in a translated template in one pass (a value that
itself contains « %2 » stays as it is).
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from catalyseur_app import messages
from catalyseur_app.domain.typography import french_spacing, french_spacing_markup
from catalyseur_app.resources import translations_dir

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
_installed: list[QTranslator] = []
_PLACEHOLDER = re.compile(r"%([1-9])")

# Qt's own French (qtbase_fr) lacks a few labels of its file dialog, shown in English otherwise.
QT_FRENCH_GAPS = {
    ("QFileDialog", "&Look in:"): "&Regarder dans\u00a0:",
    ("QFileDialog", "Files of &type:"): "&Type de fichier\u00a0:",
    ("QFileDialog", "Computer"): "Ordinateur",
}


class _QtFrenchGaps(QTranslator):
    """Fills the gaps of qtbase_fr; installed before it, so Qt's own translations come first."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
        return QT_FRENCH_GAPS.get((context, source_text))  # None: no translation here

    def isEmpty(self) -> bool:
        return False


class _FrenchTranslator(QTranslator):
    """Our French .qm, with French typography applied to each translation it gives."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        text = super().translate(context, source_text, disambiguation, n)
        return _typeset(text) if text else None  # None: no translation here, Qt asks the next translator


@lru_cache(maxsize=4096)
def _typeset(text: str) -> str:
    return french_spacing_markup(text) if "<" in text else french_spacing(text)


def filled(template: str, *values: object) -> str:
    """``template`` (a translated text) with %1, %2… replaced by ``values``, in one pass."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(0), template)


def interface_locale() -> QLocale:
    """Qt's locale for messages.language(), the one owner of the language: fr_FR or en_GB (for what
    only Qt formats, such as month names on chart axes; the rest goes through catalyseur_app.formatting)."""
    if messages.language() == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


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
    sources: list[tuple[str, str]] = []  # English is the source language of the window: no translator of ours
    if language == "fr":
        sources.append((str(translations_dir()), "catalyseur_fr"))
        gaps = _QtFrenchGaps(app)
        app.installTranslator(gaps)
        _installed.append(gaps)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        sources.append((qt_folder, "qtbase_fr"))
    for folder, name in sources:
        translator = _FrenchTranslator(app) if name == "catalyseur_fr" else QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(interface_locale())
    return language
