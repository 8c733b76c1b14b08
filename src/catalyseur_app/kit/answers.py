"""Turning what a person typed into a stored answer of the question's type, and back."""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable

from catalyseur_app.formatting import parse_number
from catalyseur_app.kit.model import Answer, ChoiceList, Question
from catalyseur_app.messages import t

_INTEGER = re.compile(r"[+-]?\d+\Z")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\Z")
_FRENCH_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\Z")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


NEUTRAL = "fr"  # how text not typed in the interface is read: French rules take "12,5" and "12.5" alike


class AnswerValueError(ValueError):
    """The input cannot be an answer to the question; ``message`` is for the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, set, frozenset)):
        return len(value) == 0
    return False


def convert_input(question: Question, raw: object, choices: ChoiceList | None = None, *,
                  language: str | None = None) -> Answer | None:
    """The stored form of ``raw`` (None when empty); raises :class:`AnswerValueError`.

    Accepts both typed values (int, float, date, list) and text as typed in a field:
    "1 234" for an integer, "12,5" for a decimal in French ("12.5" in English: ``formatting.parse_number``
    in ``language``, the interface's when None), "25/03/2024" or "2024-03-25" for a date,
    "a b" or ["a", "b"] for a multiple choice. Text that does not come from a person typing in the
    interface's language (a kit's default, a stored answer) is read with ``language="fr"``, which
    takes both "12,5" and "12.5".
    """
    if question.type == "note":
        raise AnswerValueError(t("Cette ligne est une information : elle n'appelle pas de réponse."))
    if is_empty(raw):
        return None
    kind = question.type
    if kind == "text":
        return str(raw).strip()
    if kind == "integer":
        return _integer(raw)
    if kind == "decimal":
        return _decimal(raw, language)
    if kind == "date":
        return _date(raw)
    if kind == "select_one":
        name = str(raw).strip()
        _check_choice(name, choices)
        return name
    if kind == "select_multiple":
        if isinstance(raw, str):
            items = raw.split()
        elif isinstance(raw, Iterable):
            items = [str(item).strip() for item in raw]
        else:
            items = [str(raw).strip()]
        selected: list[str] = []
        for item in items:
            _check_choice(item, choices)
            if item not in selected:
                selected.append(item)
        return selected or None
    raise AnswerValueError(t("Type de question inconnu « {kind} ».", kind=kind))


def _integer(raw: object) -> int:
    if isinstance(raw, bool):
        raise AnswerValueError(t("Veuillez saisir un nombre entier, par exemple 12."))
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = _SPACES.sub("", str(raw))
    if _INTEGER.match(text):
        return int(text)
    raise AnswerValueError(t("Veuillez saisir un nombre entier, par exemple 12."))


def _decimal(raw: object, language: str | None = None) -> float:
    if isinstance(raw, bool):
        raise AnswerValueError(t("Veuillez saisir un nombre, par exemple 12,5."))
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise AnswerValueError(t("Veuillez saisir un nombre, par exemple 12,5."))
        return float(raw)
    try:
        return parse_number(str(raw), language)  # « 12,5 » in French, « 12.5 » in English
    except ValueError:
        raise AnswerValueError(t("Veuillez saisir un nombre, par exemple 12,5.")) from None


def _date(raw: object) -> str:
    if isinstance(raw, _dt.datetime):
        return raw.date().isoformat()
    if isinstance(raw, _dt.date):
        return raw.isoformat()
    text = str(raw).strip()
    if " " in text or "T" in text:
        text = re.split(r"[ T]", text, maxsplit=1)[0]  # a spreadsheet datetime at midnight
    parts: tuple[str, str, str] | None = None
    if match := _ISO_DATE.match(text):
        parts = match.group(1), match.group(2), match.group(3)
    elif match := _FRENCH_DATE.match(text):
        parts = match.group(3), match.group(2), match.group(1)
    if parts:
        try:
            return _dt.date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
        except ValueError:
            raise AnswerValueError(t("La date « {raw} » n'existe pas dans le calendrier.", raw=raw)) from None
    raise AnswerValueError(t("Veuillez saisir une date au format JJ/MM/AAAA, par exemple 25/03/2024."))


def _check_choice(name: str, choices: ChoiceList | None) -> None:
    if choices is None or choices.get(name) is None:
        raise AnswerValueError(t("« {name} » ne fait pas partie des choix proposés.", name=name))


def expression_value(question: Question, answer: Answer | None) -> str | float:
    """The value an expression sees for an answer: numbers as float, choices space-separated."""
    if answer is None:
        return ""
    if question.type in ("integer", "decimal"):
        if isinstance(answer, (int, float)) and not isinstance(answer, bool):
            return float(answer)
        try:
            return float(str(answer).replace(",", "."))
        except ValueError:
            return ""
    if isinstance(answer, (list, tuple)):
        return " ".join(str(item) for item in answer)
    return str(answer)
