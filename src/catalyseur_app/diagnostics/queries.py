"""Read-only lists for the window and the command line: diagnostics, participants, partnerships."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from sqlalchemy import func, select

from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.messages import t
from catalyseur_app.store import Store
from catalyseur_app.store.models import (
    Actor,
    Contact,
    Diagnostic,
    DiagnosticParticipant,
    Partnership,
    PartnershipCommune,
    PartnershipPartner,
)


@dataclass(frozen=True)
class DiagnosticSummary:
    id: str
    commune_insee: str
    commune_name: str
    started_on: _dt.date
    status: str
    kit_id: str
    kit_version: str
    revision: int
    finalised_at: _dt.datetime | None

    def as_json(self) -> dict:
        return {
            "id": self.id, "commune_insee": self.commune_insee, "commune": self.commune_name,
            "date": self.started_on.isoformat(), "status": self.status, "kit_id": self.kit_id,
            "kit_version": self.kit_version, "revision": self.revision,
            "finalised_at": self.finalised_at.isoformat() if self.finalised_at else None,
        }


def commune_name(insee: str) -> str:
    commune = get_commune_index().get(insee)
    return commune.name if commune is not None else insee


def _summary_columns():
    return (Diagnostic.id, Diagnostic.commune_insee, Diagnostic.started_on, Diagnostic.status,
            Diagnostic.kit_id, Diagnostic.kit_version, Diagnostic.revision, Diagnostic.finalised_at)


def count_diagnostics(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Diagnostic)
                              .where(Diagnostic.deleted_at.is_(None))) or 0


def list_diagnostics(store: Store, *, offset: int = 0, limit: int | None = None) -> list[DiagnosticSummary]:
    """Diagnostics, most recent first (by date, then last change)."""
    query = (select(*_summary_columns()).where(Diagnostic.deleted_at.is_(None))
             .order_by(Diagnostic.started_on.desc(), Diagnostic.updated_at.desc(), Diagnostic.id)
             .offset(offset))
    if limit is not None:
        query = query.limit(limit)
    with store.read() as session:
        rows = session.execute(query).all()
    return [DiagnosticSummary(row.id, row.commune_insee, commune_name(row.commune_insee), row.started_on,
                              row.status, row.kit_id, row.kit_version, row.revision, row.finalised_at)
            for row in rows]


def get_summary(store: Store, diagnostic_id: str) -> DiagnosticSummary | None:
    with store.read() as session:
        row = session.execute(select(*_summary_columns()).where(Diagnostic.id == diagnostic_id)).first()
    if row is None:
        return None
    return DiagnosticSummary(row.id, row.commune_insee, commune_name(row.commune_insee), row.started_on,
                             row.status, row.kit_id, row.kit_version, row.revision, row.finalised_at)


@dataclass(frozen=True)
class ParticipantLine:
    name: str
    role: str
    contact_id: str | None


def participants_of(store: Store, diagnostic_id: str) -> list[ParticipantLine]:
    """Participants with the current name of recorded contacts (an erased contact shows as such)."""
    query = (select(DiagnosticParticipant.name, DiagnosticParticipant.role, DiagnosticParticipant.contact_id,
                    Contact.full_name, Contact.erased_at)
             .outerjoin(Contact, Contact.id == DiagnosticParticipant.contact_id)
             .where(DiagnosticParticipant.diagnostic_id == diagnostic_id,
                    DiagnosticParticipant.deleted_at.is_(None))
             .order_by(DiagnosticParticipant.created_at))
    with store.read() as session:
        rows = session.execute(query).all()
    lines = []
    for name, role, contact_id, full_name, erased_at in rows:
        if contact_id:
            name = t("(personne effacée)") if erased_at is not None else (full_name or "")
        lines.append(ParticipantLine(name, role, contact_id))
    return lines


@dataclass(frozen=True)
class ContactChoice:
    contact_id: str
    full_name: str
    role: str
    actor_name: str


def commune_contacts(store: Store, insee: str) -> list[ContactChoice]:
    """Contacts of the actors based in a commune, to pick participants from."""
    query = (select(Contact.id, Contact.full_name, Contact.role, Actor.name)
             .join(Actor, Actor.id == Contact.actor_id)
             .where(Actor.commune_insee == insee, Actor.deleted_at.is_(None), Contact.deleted_at.is_(None),
                    Contact.erased_at.is_(None))
             .order_by(Contact.full_name))
    with store.read() as session:
        return [ContactChoice(*row) for row in session.execute(query).all()]


@dataclass(frozen=True)
class ActorChoice:
    id: str
    name: str
    commune_insee: str | None


def actor_choices(store: Store) -> list[ActorChoice]:
    """Actors to pick as lead or partners of an action, by name."""
    query = (select(Actor.id, Actor.name, Actor.commune_insee)
             .where(Actor.deleted_at.is_(None), Actor.merged_into_id.is_(None)).order_by(Actor.name))
    with store.read() as session:
        return [ActorChoice(*row) for row in session.execute(query).all()]


@dataclass(frozen=True)
class PartnershipLine:
    id: str
    title: str
    form: str
    stage: str
    partners: tuple[str, ...]


def commune_partnerships(store: Store, insee: str) -> list[PartnershipLine]:
    """Partnerships recorded for a commune (not deleted), with their partners' names."""
    query = (select(Partnership.id, Partnership.title, Partnership.form, Partnership.stage)
             .join(PartnershipCommune, PartnershipCommune.partnership_id == Partnership.id)
             .where(PartnershipCommune.insee == insee, Partnership.deleted_at.is_(None))
             .order_by(Partnership.title))
    with store.read() as session:
        rows = session.execute(query).all()
        ids = [row.id for row in rows]
        names: dict[str, list[str]] = {}
        if ids:
            for partnership_id, name in session.execute(
                    select(PartnershipPartner.partnership_id, Actor.name)
                    .join(Actor, Actor.id == PartnershipPartner.actor_id)
                    .where(PartnershipPartner.partnership_id.in_(ids), PartnershipPartner.deleted_at.is_(None))
                    .order_by(Actor.name)):
                names.setdefault(partnership_id, []).append(name)
    return [PartnershipLine(row.id, row.title, row.form, row.stage, tuple(names.get(row.id, ())))
            for row in rows]
