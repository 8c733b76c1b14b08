"""The one owner of the current language, and the messages written outside the window, in French or English.

French is the source language: ``t("Le champ « {label} » est obligatoire.", label=...)`` returns
that text in French (with French typography, ``domain.typography.french_spacing``, applied to the
template before the parameters are filled in, so a file name given as a parameter stays as it is),
or its English from the gettext catalogue when the language is English (the French text when an
entry is missing). The window switches the language with the interface (``ui.i18n.install_language``)
and reads it from here; the command line stays French unless ``--lang en``.

    set_language("en"); language() -> "en"     (current_language() is the same function)
    t(french_template, **params) -> str        formatted with str.format(**params) when params
    plural(count) -> bool                      whether count takes the plural (choose between two t(),
                                               or two tr() in the window)
    translatable(french) -> french             marks a text defined ahead of time (module
                                               constants, default labels); pass it to t() when shown
    choose(french, english) -> str             one of two texts given together (vocabulary terms)

Numbers, money and dates: ``catalyseur_app.formatting`` (CLDR through Babel, in this language).

The English catalogue is ``translations/locale/en/LC_MESSAGES/catalyseur.po``, compiled to the
``.mo`` read here with the standard ``gettext`` module; ``tools/translations.py extract`` extracts
the texts given to t() and translatable() with Babel, updates the .po and compiles it.
``tests/test_messages.py`` fails when a text has no English entry (or a fuzzy one) or when the
placeholders differ.
"""

from __future__ import annotations

import gettext
from functools import cache, lru_cache

from catalyseur_app.domain.typography import french_spacing
from catalyseur_app.resources import translations_dir

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
DOMAIN = "catalyseur"

_language = DEFAULT_LANGUAGE


def set_language(language: str | None) -> str:
    """Use ``language`` ("fr" or "en"; anything else means French); returns the language used."""
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return _language


def language() -> str:
    """The current language, "fr" or "en": the window's and the command line's alike."""
    return _language


current_language = language


@cache
def english() -> gettext.NullTranslations:
    """The compiled English catalogue (loaded once, on first use)."""
    return gettext.translation(DOMAIN, translations_dir() / "locale", languages=["en"], fallback=True)


def t(french: str, /, **params: object) -> str:
    """``french`` in the current language, formatted with ``params`` (when there are any)."""
    if not french:
        return french
    template = english().gettext(french) if _language == "en" else _french_template(french)
    return template.format(**params) if params else template


@lru_cache(maxsize=4096)
def _french_template(french: str) -> str:
    return french_spacing(french)


def choose(french: str, english_text: str, language_code: str | None = None) -> str:
    """``english_text`` when the language (the current one unless given) is English, else ``french``."""
    return english_text if (language_code or _language) == "en" else french


def plural(count: int) -> bool:
    """Whether ``count`` takes the plural in the current language (French: 2 and more; English: all but 1).

    Choose between two messages with it, never « (s) »:
    ``t("{count} sauvegardes", count=n) if plural(n) else t("{count} sauvegarde", count=n)``.
    """
    return abs(count) != 1 if _language == "en" else abs(count) >= 2


def translatable(french: str) -> str:
    """Mark a French text to translate later with ``t(text)``; returns it unchanged."""
    return french

