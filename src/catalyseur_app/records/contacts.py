"""Contacts: the people linked to actors. Personal data under the GDPR: kept minimal, consent
recorded, exportable and erasable person by person.

    validate_contact(data) -> {field: message in the current language}
    operation = create_contact(store, ContactData(actor_id=..., full_name=..., ...))
    operation = update_contact(store, contact_id, data)
    load_contact(store, contact_id) -> ContactData
    person_record(store, contact_id) -> dict        everything held about the person
    export_person(store, contact_id, path)          .xlsx or .json (by suffix), written atomically
    erase_person(store, contact_id)                 fields cleared, ``erased_at`` and
                                                    ``deleted_at`` set; not undoable; travels
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from catalyseur_app.atomic import atomic_path, save_workbook
from catalyseur_app.domain import validators as v
from catalyseur_app.domain.text import slug
from catalyseur_app.domain.vocabularies import CONSENT_SOURCES, CONTACT_ROLES
from catalyseur_app.messages import t, translatable
from catalyseur_app.output_guard import check_output
from catalyseur_app.records.errors import RecordNotFound, ValidationError, check_version
from catalyseur_app.records.undo import ChangeTracker, Operation
from catalyseur_app.store.erasures import (
    ERASED_CONTACT_VALUES,
    forget_erased_conflicts,
    merge_search_index,
    record_erasure,
    zeroing,
)
from catalyseur_app.store.models import Actor, Contact, Diagnostic, DiagnosticParticipant, utc_now

FIELD_LABELS = {  # French, translated by the checks (catalyseur_app.messages)
    "full_name": translatable("Nom"), "role": translatable("Fonction"), "email": translatable("Courriel"),
    "phone": translatable("Téléphone"), "consent_date": translatable("Date du consentement"),
    "consent_source": translatable("Forme du consentement"), "notes": translatable("Notes"),
    "actor_id": translatable("Acteur"),
}


@dataclass
class ContactData:
    actor_id: str | None = None
    full_name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    consent_date: date | None = None
    consent_source: str = ""
    notes: str = ""
    version: int | None = field(default=None, compare=False)  # as loaded; None: not checked

    def cleaned(self) -> ContactData:
        return ContactData(
            actor_id=self.actor_id or None,
            full_name=" ".join(self.full_name.split()) if v.check_name(self.full_name) is None else self.full_name,
            role=self.role or "",
            email=(self.email or "").strip(),
            phone=(self.phone or "").strip(),
            consent_date=self.consent_date,
            consent_source=self.consent_source or "",
            notes=self.notes or "",
            version=self.version,
        )


def validate_contact(data: ContactData, today: date | None = None) -> dict[str, str]:
    today = today or date.today()
    checks = {
        "full_name": v.check_name(data.full_name, FIELD_LABELS["full_name"], 200),
        "email": v.check_text(data.email, FIELD_LABELS["email"], 254) or v.check_email(data.email),
        "phone": v.check_text(data.phone, FIELD_LABELS["phone"], 40) or v.check_phone(data.phone),
        "notes": v.check_notes(data.notes),
    }
    if data.role and data.role not in CONTACT_ROLES:
        checks["role"] = t("La fonction « {role} » est inconnue.", role=data.role)
    if data.consent_source and data.consent_source not in CONSENT_SOURCES:
        checks["consent_source"] = t("La forme de consentement « {source} » est inconnue.", source=data.consent_source)
    if data.consent_date and data.consent_date > today:
        checks["consent_date"] = t("La date du consentement ne peut pas être dans le futur.")
    elif data.consent_date and not data.consent_source:
        checks["consent_source"] = t("Précisez comment le consentement a été donné.")
    elif data.consent_source and not data.consent_date:
        checks["consent_date"] = t("Indiquez la date à laquelle le consentement a été donné.")
    return {name: message for name, message in checks.items() if message}


def _checked(data: ContactData) -> ContactData:
    data = data.cleaned()
    errors = validate_contact(data)
    if errors:
        raise ValidationError(errors)
    return data


def _apply_fields(contact: Contact, data: ContactData) -> None:
    for name in ("actor_id", "full_name", "role", "email", "phone", "consent_date", "consent_source", "notes"):
        setattr(contact, name, getattr(data, name))


def create_contact(store, data: ContactData) -> Operation:
    data = _checked(data)
    with store.write() as session:
        if data.actor_id:
            actor = session.get(Actor, data.actor_id)
            if actor is None or actor.deleted_at is not None:
                raise RecordNotFound(translatable("Cet acteur"))
        tracker = ChangeTracker(session)
        contact = Contact()
        _apply_fields(contact, data)
        session.add(contact)
        session.flush()
        contact_id = contact.id
    return tracker.operation(store, t("Ajouter le contact « {name} »", name=data.full_name), subject_id=contact_id)


def update_contact(store, contact_id: str, data: ContactData) -> Operation:
    data = _checked(data)
    with store.write() as session:
        tracker = ChangeTracker(session)
        contact = _live(session, contact_id)
        check_version(contact, data.version)
        _apply_fields(contact, data)
        session.flush()
        version = contact.version
    operation = tracker.operation(store, t("Modifier le contact « {name} »", name=data.full_name),
                                  subject_id=contact_id)
    operation.subject_version = version
    return operation


def _live(session, contact_id: str) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None or contact.erased_at is not None:
        raise RecordNotFound(translatable("Ce contact"))
    return contact


def load_contact(store, contact_id: str) -> ContactData:
    with store.read() as session:
        c = _live(session, contact_id)
        return ContactData(c.actor_id, c.full_name, c.role, c.email, c.phone, c.consent_date,
                           c.consent_source, c.notes, version=c.version)


def person_record(store, contact_id: str) -> dict:
    """Everything the application holds about one person, with labels a person can read (French:
    the export is a document, like the reports)."""
    with store.read() as session:
        c = session.get(Contact, contact_id)
        if c is None or c.erased_at is not None:
            raise RecordNotFound(translatable("Ce contact"))
        actor = session.get(Actor, c.actor_id) if c.actor_id else None
        participations = session.execute(
            select(Diagnostic.commune_insee, Diagnostic.started_on, DiagnosticParticipant.role)
            .join(Diagnostic, Diagnostic.id == DiagnosticParticipant.diagnostic_id)
            .where(DiagnosticParticipant.contact_id == contact_id, DiagnosticParticipant.deleted_at.is_(None))
        ).all()
        return {
            "identifiant": c.id,
            "nom": c.full_name,
            "fonction": CONTACT_ROLES.label(c.role) if c.role else "",
            "acteur": actor.name if actor else "",
            "courriel": c.email,
            "telephone": c.phone,
            "date_consentement": c.consent_date.isoformat() if c.consent_date else "",
            "forme_consentement": CONSENT_SOURCES.label(c.consent_source) if c.consent_source else "",
            "notes": c.notes,
            "cree_le": _iso(c.created_at),
            "modifie_le": _iso(c.updated_at),
            "supprime_le": _iso(c.deleted_at),
            "diagnostics": [
                {"commune": insee, "date": started.isoformat() if started else "", "role": role}
                for insee, started, role in participations
            ],
        }


_HEADINGS = {
    "identifiant": "Identifiant", "nom": "Nom", "fonction": "Fonction", "acteur": "Acteur",
    "courriel": "Courriel", "telephone": "Téléphone", "date_consentement": "Date du consentement",
    "forme_consentement": "Forme du consentement", "notes": "Notes", "cree_le": "Créé le",
    "modifie_le": "Modifié le", "supprime_le": "Supprimé le",
}


def _iso(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else ""


def person_export_name(full_name: str, today: date, suffix: str = ".xlsx") -> str:
    """The file name proposed for a person's export: ``contact-jeanne-dupont-2026-12-04.xlsx``."""
    name = slug(full_name, max_words=6)
    return f"contact-{name + '-' if name else ''}{today.isoformat()}{suffix}"


def export_person(store, contact_id: str, path: str | Path) -> Path:
    """Write everything held about the person to ``path`` (.xlsx or .json). Raises OutputError."""
    path = check_output(path, (".xlsx", ".json"), store.data_dir)
    record = person_record(store, contact_id)
    suffix = path.suffix.lower()
    with atomic_path(path) as temporary:
        if suffix == ".json":
            temporary.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
        else:
            _write_workbook(record, temporary)
    return path


def _text_cell(sheet, row: int, column: int, value) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.value = "" if value is None else str(value)
    cell.data_type = "s"  # a typed "=…" stays text, never a formula


def _write_workbook(record: dict, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Personne"
    _text_cell(sheet, 1, 1, "Champ")
    _text_cell(sheet, 1, 2, "Valeur")
    for row, (key, heading) in enumerate(_HEADINGS.items(), start=2):
        _text_cell(sheet, row, 1, heading)
        _text_cell(sheet, row, 2, record[key])
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 70
    sheet.freeze_panes = "A2"
    diagnostics = workbook.create_sheet("Diagnostics")
    for column, heading in enumerate(("Commune (INSEE)", "Date", "Rôle"), start=1):
        _text_cell(diagnostics, 1, column, heading)
        diagnostics.cell(row=1, column=column).font = Font(bold=True)
    for row, item in enumerate(record["diagnostics"], start=2):
        for column, key in enumerate(("commune", "date", "role"), start=1):
            _text_cell(diagnostics, row, column, item[key])
    save_workbook(workbook, target)


def erase_person(store, contact_id: str) -> None:
    """Erase the person (GDPR): every field cleared, the erasure kept as a tombstone that travels and
    in the erasure register, which outlives restores and imports (store/erasures.py)."""
    with store.write() as session:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.erased_at is not None:
            raise RecordNotFound(translatable("Ce contact"))
        now = utc_now()
        for name, value in ERASED_CONTACT_VALUES.items():
            setattr(contact, name, value)
        contact.erased_at = now
        contact.deleted_at = contact.deleted_at or now
        for participant in session.scalars(select(DiagnosticParticipant).where(
                DiagnosticParticipant.contact_id == contact_id)):
            participant.name = ""
        execute = session.connection().exec_driver_sql
        with zeroing(execute):  # her old content is overwritten, in the rows and in the search index
            session.flush()
            forget_erased_conflicts(execute)  # both sides of a conflict kept her
            merge_search_index(execute)
        # Registered before the commit: were the commit to fail, the person is erased again at the
        # next restore or import, which is what they asked for; the other way round they could return.
        record_erasure(store.data_dir, contact_id, now)
