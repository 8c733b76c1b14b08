"""Header analysis of the kit sheets: which column holds what, and in which language."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from catalyseur_app.kit.problems import Problem
from catalyseur_app.messages import t

# Columns that may carry one text per language ("label::Français (fr)", "hint::fr", "label").
TRANSLATED = ("label", "hint", "required_message", "constraint_message")
SURVEY_SIMPLE = ("type", "name", "required", "relevant", "constraint", "default",
                 "weight", "axis", "show_partnerships", "role")
CHOICES_SIMPLE = ("list_name", "name", "score")
ALIASES = {"list name": "list_name", "show partnerships": "show_partnerships"}

_LANGUAGE_CODE = re.compile(r"\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*\Z")
_BARE_CODE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?\Z")

TRUE_WORDS = frozenset({"yes", "true", "1", "oui", "vrai", "true()"})
FALSE_WORDS = frozenset({"no", "false", "0", "non", "faux", "false()"})


def language_code(text: str) -> str:
    """ "Français (fr)" -> "fr", "fr" -> "fr", "English" -> "english"."""
    text = text.strip()
    if match := _LANGUAGE_CODE.search(text):
        return match.group(1).lower()
    if _BARE_CODE.match(text):
        return text.lower()
    return text.lower()


def parse_flag(text: str) -> bool | None:
    """yes/no in XLSForm's and French spellings; None when the text is neither."""
    lowered = text.strip().lower()
    if lowered in TRUE_WORDS:
        return True
    if lowered in FALSE_WORDS:
        return False
    return None


def parse_number(text: str) -> float | None:
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def plain_ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower().strip()


@dataclass
class Columns:
    """Where each known column is: ``simple[name] = header``, ``translated[name][lang] = header``."""

    simple: dict[str, str] = field(default_factory=dict)
    translated: dict[str, dict[str | None, str]] = field(default_factory=dict)
    languages: list[str] = field(default_factory=list)  # explicit language codes, in order

    def header(self, name: str) -> str | None:
        if name in self.simple:
            return self.simple[name]
        by_language = self.translated.get(name)
        if by_language:
            return next(iter(by_language.values()))
        return None

    def label_header(self) -> str:
        return self.header("label") or "label"


def analyse_headers(sheet: str, headers: list[str], simple: tuple[str, ...]) -> tuple[Columns, list[Problem]]:
    columns = Columns()
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for header in headers:
        if not header:
            continue
        key = header.strip()
        base, _, language = key.partition("::")
        base = ALIASES.get(base.strip().lower(), base.strip().lower())
        identity = f"{base}::{language_code(language)}" if language else base
        if identity in seen:
            problems.append(Problem(sheet, 1, header, t("la colonne « {header} » apparaît deux fois (déjà « {seen} »).",
                                                        header=header, seen=seen[identity])))
            continue
        seen[identity] = header
        if base in TRANSLATED:
            code = language_code(language) if language else None
            columns.translated.setdefault(base, {})[code] = header
            if code and code not in columns.languages:
                columns.languages.append(code)
        elif base in simple and not language:
            columns.simple[base] = header
        # Any other column is ignored, as the ODK tools do (appearance, media, …).
    return columns, problems
