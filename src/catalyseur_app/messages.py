"""Messages for people written outside the window (checks, refusals, errors), in French or English.

The French text is the key: ``t("Le champ « {label} » est obligatoire.", label=...)`` returns it
formatted as is in French, or the English template from the catalogues when the language is
English (the French one when an entry is missing). The window switches the language with the
interface (``ui.i18n.install_language``); the command line stays French unless ``--lang en``.

    set_language("en"); current_language() -> "en"
    t(french_template, **params) -> str        formatted with str.format(**params) when params
    plural(count) -> bool                      whether count takes the plural (choose between two t())
    translatable(french) -> french             marks a text defined ahead of time (module
                                               constants, default labels); pass it to t() when shown

Numbers, money and dates: ``catalyseur_app.formatting`` (CLDR through Babel, in this language).

English catalogues: a dict ``ENGLISH = {french: english}`` in ``catalyseur_app/messages_en.py``
(top-level modules) and in ``<package>/messages_en.py`` for each package of ``CATALOGUES``.
``tests/test_messages.py`` fails when a literal given to t() or translatable() has no English entry
or when the placeholders differ.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from catalyseur_app.domain.typography import french_spacing

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

CATALOGUES = (
    "catalyseur_app.messages_en",
    "catalyseur_app.domain.messages_en",
    "catalyseur_app.records.messages_en",
    "catalyseur_app.diagnostics.messages_en",
    "catalyseur_app.kit.messages_en",
    "catalyseur_app.reports.messages_en",
    "catalyseur_app.store.messages_en",
    "catalyseur_app.demo.messages_en",
    "catalyseur_app.exchange.messages_en",
    "catalyseur_app.foundation.messages_en",
    "catalyseur_app.packs.messages_en",
)

_language = DEFAULT_LANGUAGE
_english: dict[str, str] | None = None


def set_language(language: str | None) -> str:
    """Use ``language`` ("fr" or "en"; anything else means French); returns the language used."""
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return _language


def current_language() -> str:
    return _language


def english_catalogue() -> dict[str, str]:
    """Every English entry, merged from the catalogues (loaded once, on first use)."""
    global _english
    if _english is None:
        merged: dict[str, str] = {}
        for name in CATALOGUES:
            merged.update(importlib.import_module(name).ENGLISH)
        _english = merged
    return _english


def t(french: str, /, **params: object) -> str:
    """``french`` in the current language, formatted with ``params`` (when there are any).

    French gets its typography (``french_spacing``) on the template, before the parameters are
    filled in: a file name or a person's text given as a parameter stays exactly as it is.
    """
    template = english_catalogue().get(french, french) if _language == "en" else _french_template(french)
    return template.format(**params) if params else template


@lru_cache(maxsize=4096)
def _french_template(french: str) -> str:
    return french_spacing(french)


def plural(count: int) -> bool:
    """Whether ``count`` takes the plural in the current language (French: 2 and more; English: all but 1).

    Choose between two messages with it, never « (s) »:
    ``t("{count} sauvegardes", count=n) if plural(n) else t("{count} sauvegarde", count=n)``.
    """
    return abs(count) != 1 if _language == "en" else abs(count) >= 2


def translatable(french: str) -> str:
    """Mark a French text to translate later with ``t(text)``; returns it unchanged."""
    return french

