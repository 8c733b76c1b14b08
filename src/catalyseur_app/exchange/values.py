"""What a receiver can keep: the checks made on each typed row of a sync file before anything is
compared or written.

Codes must be in the application's lists (domain/vocabularies.py), INSEE codes must name a known
commune, ODD run from 1 to 17, numbers stay within the bounds the forms allow (and always within
SQLite's integers), versions start at 1. Texts longer than an Excel cell (32,767 characters) are
refused by the reader itself. Each check returns the problem (through ``t``: French, or English) or None.
"""

from __future__ import annotations

from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.domain.vocabularies import (
    ACTION_STATUSES,
    ACTOR_KINDS,
    CONSENT_SOURCES,
    CONTACT_ROLES,
    DIAGNOSTIC_STATUSES,
    METIERS,
    MISSIONS,
    NEEDS,
    PARTNER_ROLES,
    PARTNERSHIP_FORMS,
    PARTNERSHIP_STAGES,
    metier_of,
)
from catalyseur_app.formatting import format_number
from catalyseur_app.messages import t

from .rows import LIST_SEPARATOR
from .schema import FLOAT, INT

MAX_CELL_TEXT = 32767  # Excel's limit for one cell
VERSION_MAX = 1_000_000_000
COUNT_MAX = 10_000  # revisions of a diagnostic, rank of a priority
INTEGER_MIN, INTEGER_MAX = -(2 ** 63), 2 ** 63 - 1  # what SQLite stores


def _number(value) -> str:
    if abs(value) >= 1e15:
        return str(value) if isinstance(value, int) else f"{value:g}"
    return format_number(value)


def _bounds(low, high):
    def check(value):
        if low <= value <= high:
            return None
        return t("{value} est hors des limites admises ({low} à {high}).", value=_number(value),
                 low=_number(low), high=_number(high))
    return check


def _code(vocabulary):
    def check(value):
        if value in vocabulary:
            return None
        return t("code « {value} » inconnu ; codes possibles : {codes}.", value=value,
                 codes=", ".join(vocabulary.codes()))
    return check


def _codes(vocabulary):
    one = _code(vocabulary)

    def check(value):
        for part in value.split(LIST_SEPARATOR):
            problem = one(part.strip())
            if problem:
                return problem
        return None
    return check


_known_communes: dict[str, bool] = {}


def _commune(value):
    known = _known_communes.get(value)
    if known is None:
        known = _known_communes[value] = get_commune_index().get(value) is not None and value == value.strip()
    return None if known else t("« {value} » n'est le code INSEE d'aucune commune connue.", value=value)


def _communes(value):
    for part in value.split(LIST_SEPARATOR):
        problem = _commune(part.strip())
        if problem:
            return problem
    return None


def _odds(value):
    for part in value.split(LIST_SEPARATOR):
        if not 1 <= int(part) <= 17:
            return t("les objectifs de développement durable (ODD) sont numérotés de 1 à 17 (« {value} »).",
                     value=part.strip())
    return None


def _money(value):
    from catalyseur_app.records.partnerships import MONEY_MAX

    return _bounds(0, MONEY_MAX)(value)


def _minutes(value):
    from catalyseur_app.records.activities import MAX_MINUTES

    return _bounds(0, MAX_MINUTES)(value)


def _participants(value):
    from catalyseur_app.records.activities import MAX_PARTICIPANTS

    return _bounds(0, MAX_PARTICIPANTS)(value)


_VERSION = _bounds(1, VERSION_MAX)
_STAMPS = {"version": _VERSION, "base_version": _VERSION}
CHECKS: dict[str, dict] = {  # sheet -> {column key: check}
    "profil": {"communes": _communes},
    "acteurs": {"kind": _code(ACTOR_KINDS), "commune_insee": _commune},
    "contacts": {"role": _code(CONTACT_ROLES), "consent_source": _code(CONSENT_SOURCES)},
    "partenariats": {"form": _code(PARTNERSHIP_FORMS), "stage": _code(PARTNERSHIP_STAGES), "money_eur": _money,
                     "communes": _communes, "needs": _codes(NEEDS), "odds": _odds},
    "partenaires": {"role": _code(PARTNER_ROLES)},
    "activites": {"metier": _code(METIERS), "mission": _code(MISSIONS), "minutes": _minutes,
                  "participants": _participants, "communes": _communes},
    "diagnostics": {"commune_insee": _commune, "status": _code(DIAGNOSTIC_STATUSES),
                    "revision": _bounds(1, COUNT_MAX)},
    "priorites": {"rank": _bounds(0, COUNT_MAX)},
    "actions": {"status": _code(ACTION_STATUSES)},
}


def column_checks(sheet: str, columns) -> list[tuple[str, object]]:
    """(column key, check) for the columns of ``sheet`` that have one; every number has bounds."""
    own = {**_STAMPS, **CHECKS.get(sheet, {})}
    checks = []
    for column in columns:
        check = own.get(column.key)
        if check is None and column.type in (INT, FLOAT):
            check = _bounds(INTEGER_MIN, INTEGER_MAX)
        if check is not None:
            checks.append((column.key, check))
    return checks


def row_problem(sheet: str, row: dict) -> tuple[str, str] | None:
    """(column key, problem) for what depends on two columns of a row: a mission of its métier."""
    if sheet == "activites" and row.get("mission") and metier_of(row["mission"]) != row.get("metier"):
        return "mission", t("la mission « {mission} » n'appartient pas au métier « {metier} ».",
                            mission=row["mission"], metier=row.get("metier"))
    return None
