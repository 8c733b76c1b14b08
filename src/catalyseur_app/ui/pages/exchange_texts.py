"""Texts of the Échanges page: record kinds, field names and values as a person reads them."""

from __future__ import annotations

import json
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from catalyseur_app.domain import vocabularies as v
from catalyseur_app.exchange.differences import Difference, differences, is_deleted
from catalyseur_app.exchange.labels import field_label, kind_label
from catalyseur_app.exchange.schema import DATE, DATETIME, KIND_BY_NAME
from catalyseur_app.formatting import format_date, format_moment
from catalyseur_app.messages import language
from catalyseur_app.store import models as m
from catalyseur_app.ui.i18n import filled

# (kind, key) -> vocabulary of the coded values
_VOCABULARIES = {
    ("actor", "kind"): v.ACTOR_KINDS, ("contact", "role"): v.CONTACT_ROLES,
    ("contact", "consent_source"): v.CONSENT_SOURCES, ("partnership", "form"): v.PARTNERSHIP_FORMS,
    ("partnership", "stage"): v.PARTNERSHIP_STAGES, ("partnership", "needs"): v.NEEDS,
    ("partner", "role"): v.PARTNER_ROLES, ("activity", "metier"): v.METIERS, ("activity", "mission"): v.MISSIONS,
    ("diagnostic", "status"): v.DIAGNOSTIC_STATUSES, ("action", "status"): v.ACTION_STATUSES,
}
_NAMED = {"actor": (m.Actor, "name"), "partnership": (m.Partnership, "title")}


class RecordNames:
    """Names of the actors and partnerships a conflict refers to, read once per dialog or refresh."""

    def __init__(self, store):
        self.store = store
        self._cache: dict[str, str] = {}

    def name(self, kind: str, record_id: str) -> str:
        if record_id not in self._cache and kind in _NAMED:
            model, column = _NAMED[kind]
            with self.store.read() as session:
                query = select(getattr(model, column)).where(model.id == record_id)
                self._cache[record_id] = session.scalar(query) or ""
        return self._cache.get(record_id) or record_id[:8] + "…"


def display_value(kind: str, key: str, text: str, names: RecordNames | None) -> str:
    """A plain value (differences.plain) as a person reads it."""
    if text == "":
        return QCoreApplication.translate("ExchangeTexts", "(empty)")
    column = next((c for c in KIND_BY_NAME[kind].columns if c.key == key), None)
    vocabulary = _VOCABULARIES.get((kind, key))
    if vocabulary is not None:
        return ", ".join(vocabulary.label(code, language()) for code in text.split(";"))
    if column is not None and column.ref in _NAMED and names is not None:
        return ", ".join(names.name(column.ref, part) for part in text.split(";"))
    if (kind, key) == ("answer", "value"):  # JSON: a text, a number or a list of choices
        try:
            value = json.loads(text)
        except ValueError:
            return text
        return ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    if text in ("true", "false"):
        if text == "true":
            return QCoreApplication.translate("ExchangeTexts", "yes")
        return QCoreApplication.translate("ExchangeTexts", "no")
    if column is not None and column.type == DATE:
        return format_date(date.fromisoformat(text))
    if column is not None and column.type == DATETIME:
        return format_moment(datetime.fromisoformat(text))
    return text


def pair(label: str, value: str) -> str:
    """"Notes: …" in English, "Notes : …" in French."""
    return filled(QCoreApplication.translate("ExchangeTexts", "%1: %2"), label, value)


def record_title(kind: str, record: dict | None, fallback: str) -> str:
    record = record or {}
    for key in ("name", "title", "full_name", "question", "volet"):
        if record.get(key):
            # "actor “Mairie de Murat”" in English, « acteur « Mairie de Murat » » in French
            return filled(QCoreApplication.translate("ExchangeTexts", "%1 “%2”"), kind_label(kind), record[key])
    return f"{kind_label(kind)} {fallback[:8]}…"


def side_texts(kind: str, mine: dict | None, theirs: dict | None,
               names: RecordNames | None) -> tuple[str, str, str, str]:
    """(fields that differ, my version, their version, full text for a tooltip)."""
    if is_deleted(mine) or is_deleted(theirs):
        deleted = QCoreApplication.translate("ExchangeTexts", "(deleted)")
        edited = QCoreApplication.translate("ExchangeTexts", "kept and changed")
        return (QCoreApplication.translate("ExchangeTexts", "deleted on one side"),
                deleted if is_deleted(mine) else edited, deleted if is_deleted(theirs) else edited, "")
    found: list[Difference] = differences(kind, mine, theirs)
    if not found:
        return (QCoreApplication.translate("ExchangeTexts", "nothing a person sees"), "", "", "")
    fields = ", ".join(field_label(d.key) for d in found)

    def side(attribute):
        if len(found) == 1:  # the field is named in its own column
            return display_value(kind, found[0].key, getattr(found[0], attribute), names)
        return " · ".join(pair(field_label(d.key), display_value(kind, d.key, getattr(d, attribute), names))
                          for d in found)

    mine_text, theirs_text = side("mine"), side("theirs")
    mine_word = QCoreApplication.translate("ExchangeTexts", "mine")
    theirs_word = QCoreApplication.translate("ExchangeTexts", "theirs")
    tip = "\n".join(f"{field_label(d.key)}\n  {pair(mine_word, display_value(kind, d.key, d.mine, names))}"
                    f"\n  {pair(theirs_word, display_value(kind, d.key, d.theirs, names))}" for d in found)
    return fields, mine_text, theirs_text, tip


def choice_text(choice: str, by_person: bool) -> str:
    if choice == "local" and by_person:
        return QCoreApplication.translate("ExchangeTexts", "my version (your choice)")
    if choice == "local":
        return QCoreApplication.translate("ExchangeTexts", "my version (automatic)")
    if by_person:
        return QCoreApplication.translate("ExchangeTexts", "their version (your choice)")
    return QCoreApplication.translate("ExchangeTexts", "their version (automatic)")
