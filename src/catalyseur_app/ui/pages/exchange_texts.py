"""Texts of the Échanges page: record kinds, field names and values as a person reads them."""

from __future__ import annotations

import json
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from catalyseur_app.domain import vocabularies as v
from catalyseur_app.exchange.differences import Difference, differences, is_deleted
from catalyseur_app.exchange.schema import DATE, DATETIME, KIND_BY_NAME
from catalyseur_app.store import models as m


def kind_label(kind: str) -> str:
    labels = {
        "profile": QCoreApplication.translate("ExchangeTexts", "profile"),
        "actor": QCoreApplication.translate("ExchangeTexts", "actor"),
        "contact": QCoreApplication.translate("ExchangeTexts", "contact"),
        "partnership": QCoreApplication.translate("ExchangeTexts", "partnership"),
        "partner": QCoreApplication.translate("ExchangeTexts", "partner"),
        "activity": QCoreApplication.translate("ExchangeTexts", "activity"),
        "diagnostic": QCoreApplication.translate("ExchangeTexts", "diagnostic"),
        "participant": QCoreApplication.translate("ExchangeTexts", "participant"),
        "answer": QCoreApplication.translate("ExchangeTexts", "answer"),
        "priority": QCoreApplication.translate("ExchangeTexts", "priority"),
        "action": QCoreApplication.translate("ExchangeTexts", "action"),
    }
    return labels.get(kind, kind)


def field_label(key: str) -> str:
    labels = {
        "full_name": QCoreApplication.translate("ExchangeFields", "Name"),
        "structure": QCoreApplication.translate("ExchangeFields", "Structure"),
        "email": QCoreApplication.translate("ExchangeFields", "E-mail"),
        "phone": QCoreApplication.translate("ExchangeFields", "Phone"),
        "communes": QCoreApplication.translate("ExchangeFields", "Communes"),
        "name": QCoreApplication.translate("ExchangeFields", "Name"),
        "kind": QCoreApplication.translate("ExchangeFields", "Kind"),
        "commune_insee": QCoreApplication.translate("ExchangeFields", "Commune"),
        "address": QCoreApplication.translate("ExchangeFields", "Address"),
        "siren": QCoreApplication.translate("ExchangeFields", "SIREN / SIRET"),
        "website": QCoreApplication.translate("ExchangeFields", "Website"),
        "notes": QCoreApplication.translate("ExchangeFields", "Notes"),
        "merged_into_id": QCoreApplication.translate("ExchangeFields", "Merged into"),
        "actor_id": QCoreApplication.translate("ExchangeFields", "Actor"),
        "role": QCoreApplication.translate("ExchangeFields", "Role"),
        "consent_date": QCoreApplication.translate("ExchangeFields", "Consent given on"),
        "consent_source": QCoreApplication.translate("ExchangeFields", "Consent given how"),
        "erased_at": QCoreApplication.translate("ExchangeFields", "Erased on"),
        "title": QCoreApplication.translate("ExchangeFields", "Title"),
        "description": QCoreApplication.translate("ExchangeFields", "Description"),
        "form": QCoreApplication.translate("ExchangeFields", "Form"),
        "stage": QCoreApplication.translate("ExchangeFields", "Stage"),
        "start_date": QCoreApplication.translate("ExchangeFields", "Start"),
        "end_date": QCoreApplication.translate("ExchangeFields", "End"),
        "money_eur": QCoreApplication.translate("ExchangeFields", "Amount (€)"),
        "in_kind": QCoreApplication.translate("ExchangeFields", "In-kind contributions"),
        "skills": QCoreApplication.translate("ExchangeFields", "Skills"),
        "outcomes": QCoreApplication.translate("ExchangeFields", "Outcomes"),
        "inspiring": QCoreApplication.translate("ExchangeFields", "Inspiring example"),
        "needs": QCoreApplication.translate("ExchangeFields", "Needs"),
        "odds": QCoreApplication.translate("ExchangeFields", "SDG"),
        "partnership_id": QCoreApplication.translate("ExchangeFields", "Partnership"),
        "day": QCoreApplication.translate("ExchangeFields", "Date"),
        "metier": QCoreApplication.translate("ExchangeFields", "Métier"),
        "mission": QCoreApplication.translate("ExchangeFields", "Mission"),
        "minutes": QCoreApplication.translate("ExchangeFields", "Time (minutes)"),
        "participants": QCoreApplication.translate("ExchangeFields", "Participants"),
        "outcome": QCoreApplication.translate("ExchangeFields", "Outcome"),
        "actors": QCoreApplication.translate("ExchangeFields", "Actors"),
        "kit_id": QCoreApplication.translate("ExchangeFields", "Kit"),
        "kit_version": QCoreApplication.translate("ExchangeFields", "Kit version"),
        "started_on": QCoreApplication.translate("ExchangeFields", "Started on"),
        "status": QCoreApplication.translate("ExchangeFields", "Status"),
        "current_volet": QCoreApplication.translate("ExchangeFields", "Current volet"),
        "revision": QCoreApplication.translate("ExchangeFields", "Revision"),
        "revision_of_id": QCoreApplication.translate("ExchangeFields", "Revision of"),
        "finalised_at": QCoreApplication.translate("ExchangeFields", "Finalised on"),
        "diagnostic_id": QCoreApplication.translate("ExchangeFields", "Diagnostic"),
        "contact_id": QCoreApplication.translate("ExchangeFields", "Contact"),
        "question": QCoreApplication.translate("ExchangeFields", "Question"),
        "value": QCoreApplication.translate("ExchangeFields", "Answer"),
        "volet": QCoreApplication.translate("ExchangeFields", "Volet"),
        "rank": QCoreApplication.translate("ExchangeFields", "Rank"),
        "note": QCoreApplication.translate("ExchangeFields", "Note"),
        "lead_actor_id": QCoreApplication.translate("ExchangeFields", "Lead"),
        "due_date": QCoreApplication.translate("ExchangeFields", "Due date"),
        "partners": QCoreApplication.translate("ExchangeFields", "Partners"),
    }
    return labels.get(key, key)


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


def display_value(kind: str, key: str, text: str, language: str, names: RecordNames | None) -> str:
    """A plain value (differences.plain) as a person reads it."""
    if text == "":
        return QCoreApplication.translate("ExchangeTexts", "(empty)")
    column = next((c for c in KIND_BY_NAME[kind].columns if c.key == key), None)
    vocabulary = _VOCABULARIES.get((kind, key))
    if vocabulary is not None:
        return ", ".join(vocabulary.label(code, language) for code in text.split(";"))
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
        return date.fromisoformat(text).strftime("%d/%m/%Y")
    if column is not None and column.type == DATETIME:
        return datetime.fromisoformat(text).astimezone().strftime("%d/%m/%Y %H:%M")
    return text


def pair(label: str, value: str) -> str:
    """"Notes: …" in English, "Notes : …" in French."""
    return QCoreApplication.translate("ExchangeTexts", "%1: %2").replace("%1", label).replace("%2", value)


def record_title(kind: str, record: dict | None, fallback: str) -> str:
    record = record or {}
    for key in ("name", "title", "full_name", "question", "volet"):
        if record.get(key):
            return f"{kind_label(kind)} « {record[key]} »"
    return f"{kind_label(kind)} {fallback[:8]}…"


def side_texts(kind: str, mine: dict | None, theirs: dict | None, language: str,
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
            return display_value(kind, found[0].key, getattr(found[0], attribute), language, names)
        return " · ".join(pair(field_label(d.key), display_value(kind, d.key, getattr(d, attribute), language,
                                                                 names)) for d in found)

    mine_text, theirs_text = side("mine"), side("theirs")
    mine_word = QCoreApplication.translate("ExchangeTexts", "mine")
    theirs_word = QCoreApplication.translate("ExchangeTexts", "theirs")
    tip = "\n".join(f"{field_label(d.key)}\n  {pair(mine_word, display_value(kind, d.key, d.mine, language, names))}"
                    f"\n  {pair(theirs_word, display_value(kind, d.key, d.theirs, language, names))}" for d in found)
    return fields, mine_text, theirs_text, tip


def choice_text(choice: str, by_person: bool) -> str:
    if choice == "local" and by_person:
        return QCoreApplication.translate("ExchangeTexts", "my version (your choice)")
    if choice == "local":
        return QCoreApplication.translate("ExchangeTexts", "my version (automatic)")
    if by_person:
        return QCoreApplication.translate("ExchangeTexts", "their version (your choice)")
    return QCoreApplication.translate("ExchangeTexts", "their version (automatic)")
