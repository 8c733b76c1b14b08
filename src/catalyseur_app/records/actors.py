"""Actors (the organisations of the territory): validate, create, update, find duplicates, merge.

    data = ActorData(name="Mairie de Vabre", kind="commune", commune_insee="81305")
    validate_actor(data) -> {field: message in the current language}     (empty when fine)
    find_duplicates(store, data, exclude_id=None) -> [Duplicate(id, name, commune_insee, reason)]
    operation = create_actor(store, data)     # raises ValidationError; operation.subject_id = new id
    operation = update_actor(store, actor_id, data)
    operation = merge_actors(store, survivor_id, loser_id)
    load_actor(store, actor_id) -> ActorData (RecordNotFound when missing or deleted)
Every change returns an undoable ``records.undo.Operation``. Deleting is ``records.trash``.
``Actor.name_key`` holds ``fold(name)``: the list sorts on it (accents and case ignored).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import select

from catalyseur_app.domain import validators as v
from catalyseur_app.domain.text import fold
from catalyseur_app.domain.vocabularies import ACTOR_KINDS
from catalyseur_app.messages import t, translatable
from catalyseur_app.records.errors import RecordNotFound, ValidationError, check_version
from catalyseur_app.records.undo import ChangeTracker, Operation
from catalyseur_app.store.models import (
    ActivityActor,
    Actor,
    Contact,
    DiagnosticAction,
    DiagnosticActionPartner,
    PartnershipPartner,
    utc_now,
)

FIELD_LABELS = {  # French, translated by the checks (catalyseur_app.messages)
    "name": translatable("Nom"), "kind": translatable("Type d'acteur"), "commune_insee": translatable("Commune"),
    "address": translatable("Adresse"), "siren": translatable("SIREN / SIRET"), "website": translatable("Site web"),
    "notes": translatable("Notes"),
}


@dataclass
class ActorData:
    name: str = ""
    kind: str = ""
    commune_insee: str | None = None
    address: str = ""
    siren: str = ""
    website: str = ""
    notes: str = ""
    version: int | None = field(default=None, compare=False)  # as loaded; None: not checked

    def cleaned(self) -> ActorData:
        return ActorData(
            name=" ".join((self.name or "").split()) if v.check_name(self.name) is None else self.name,
            kind=self.kind or "",
            commune_insee=(self.commune_insee or "").strip().upper() or None,
            address=(self.address or "").strip(),
            siren=v.clean_siren(self.siren),
            website=(self.website or "").strip(),
            notes=self.notes or "",
            version=self.version,
        )


@dataclass(frozen=True)
class Duplicate:
    id: str
    name: str
    commune_insee: str | None
    reason: str  # for the person: why it looks like the same actor


def validate_actor(data: ActorData) -> dict[str, str]:
    errors: dict[str, str] = {}
    checks = {
        "name": v.check_name(data.name, FIELD_LABELS["name"]),
        "address": v.check_text(data.address, FIELD_LABELS["address"], 1000, multiline=True),
        "siren": v.check_siren(data.siren),
        "website": v.check_text(data.website, FIELD_LABELS["website"], v.SHORT_TEXT_MAX) or v.check_url(data.website),
        "notes": v.check_notes(data.notes),
    }
    if not data.kind:
        checks["kind"] = t("Choisissez le type d'acteur.")
    elif data.kind not in ACTOR_KINDS:
        checks["kind"] = t("Le type d'acteur « {kind} » est inconnu.", kind=data.kind)
    if data.commune_insee:
        from catalyseur_app.domain.communes import get_commune_index

        if get_commune_index().get(data.commune_insee) is None:
            checks["commune_insee"] = t("La commune de code INSEE « {insee} » est inconnue.", insee=data.commune_insee)
    for name, message in checks.items():
        if message:
            errors[name] = message
    return errors


def _apply_fields(actor: Actor, data: ActorData) -> None:
    actor.name = data.name
    actor.name_key = fold(data.name)
    actor.kind = data.kind
    actor.commune_insee = data.commune_insee
    actor.address = data.address
    actor.siren = data.siren or None
    actor.website = data.website
    actor.notes = data.notes


def _checked(data: ActorData) -> ActorData:
    data = data.cleaned()
    errors = validate_actor(data)
    if errors:
        raise ValidationError(errors)
    return data


def create_actor(store, data: ActorData) -> Operation:
    data = _checked(data)
    with store.write() as session:
        tracker = ChangeTracker(session)
        actor = Actor()
        _apply_fields(actor, data)
        session.add(actor)
        session.flush()
        actor_id = actor.id
    return tracker.operation(store, t("Créer l'acteur « {name} »", name=data.name), subject_id=actor_id)


def update_actor(store, actor_id: str, data: ActorData) -> Operation:
    data = _checked(data)
    with store.write() as session:
        tracker = ChangeTracker(session)
        actor = session.get(Actor, actor_id)
        if actor is None or actor.deleted_at is not None:
            raise RecordNotFound(translatable("Cet acteur"))
        check_version(actor, data.version)
        _apply_fields(actor, data)
        session.flush()
        version = actor.version
    operation = tracker.operation(store, t("Modifier l'acteur « {name} »", name=data.name), subject_id=actor_id)
    operation.subject_version = version
    return operation


def load_actor(store, actor_id: str) -> ActorData:
    with store.read() as session:
        actor = session.get(Actor, actor_id)
        if actor is None or actor.deleted_at is not None:
            raise RecordNotFound(translatable("Cet acteur"))
        return ActorData(
            name=actor.name, kind=actor.kind, commune_insee=actor.commune_insee, address=actor.address,
            siren=actor.siren or "", website=actor.website, notes=actor.notes, version=actor.version,
        )


def find_duplicates(store, data: ActorData, exclude_id: str | None = None) -> list[Duplicate]:
    """Live actors that are probably the same: same SIREN (a SIRET shares its first 9 digits),
    or the same normalised name in the same commune."""
    data = data.cleaned()
    found: dict[str, Duplicate] = {}
    with store.read() as session:
        siren = data.siren[:9] if v.check_siren(data.siren) is None and data.siren else ""
        if siren:
            rows = session.scalars(select(Actor).where(
                Actor.siren >= siren, Actor.siren < siren + ":", Actor.deleted_at.is_(None)))
            for actor in rows:
                if actor.id != exclude_id:
                    found[actor.id] = Duplicate(actor.id, actor.name, actor.commune_insee,
                                                t("même SIREN ({siren})", siren=siren))
        key = v.normalise_name(data.name)
        if key:
            commune_clause = (Actor.commune_insee == data.commune_insee) if data.commune_insee \
                else Actor.commune_insee.is_(None)
            rows = session.execute(select(Actor.id, Actor.name, Actor.commune_insee).where(
                commune_clause, Actor.deleted_at.is_(None)))
            for actor_id, name, insee in rows:
                if actor_id != exclude_id and actor_id not in found and v.normalise_name(name) == key:
                    found[actor_id] = Duplicate(actor_id, name, insee, t("même nom dans la même commune"))
    return list(found.values())


def merge_actors(store, survivor_id: str, loser_id: str) -> Operation:
    """Move every link of ``loser`` to ``survivor``; the loser becomes a tombstone pointing to it.

    Links moved: contacts, partnership partners, activity actors, diagnostic action leads and
    partners. Empty fields of the survivor are filled from the loser; notes are appended.
    """
    if survivor_id == loser_id:
        raise ValidationError({"merge": t("Choisissez deux acteurs différents à fusionner.")})
    with store.write() as session:
        tracker = ChangeTracker(session)
        survivor, loser = session.get(Actor, survivor_id), session.get(Actor, loser_id)
        for actor in (survivor, loser):
            if actor is None or actor.deleted_at is not None:
                raise RecordNotFound(translatable("Cet acteur"))
        for name in ("commune_insee", "address", "siren", "website"):
            if not getattr(survivor, name) and getattr(loser, name):
                setattr(survivor, name, getattr(loser, name))
        if loser.notes.strip() and loser.notes.strip() not in survivor.notes:
            joined = f"{survivor.notes.rstrip()}\n\n{loser.notes.strip()}".strip()
            if len(joined) <= v.NOTES_MAX:
                survivor.notes = joined
        for contact in session.scalars(select(Contact).where(Contact.actor_id == loser_id)):
            contact.actor_id = survivor_id
        for action in session.scalars(select(DiagnosticAction).where(DiagnosticAction.lead_actor_id == loser_id)):
            action.lead_actor_id = survivor_id
        _move_partners(session, survivor_id, loser_id)
        _move_links(session, ActivityActor, "activity_id", survivor_id, loser_id)
        _move_links(session, DiagnosticActionPartner, "action_id", survivor_id, loser_id)
        loser.merged_into_id = survivor_id
        loser.deleted_at = utc_now()
        description = t("Fusionner « {loser} » dans « {survivor} »", loser=loser.name, survivor=survivor.name)
    return tracker.operation(store, description, subject_id=survivor_id)


def _move_partners(session, survivor_id: str, loser_id: str) -> None:
    for row in session.scalars(select(PartnershipPartner).where(PartnershipPartner.actor_id == loser_id)):
        existing = session.scalars(select(PartnershipPartner).where(
            PartnershipPartner.partnership_id == row.partnership_id,
            PartnershipPartner.actor_id == survivor_id)).first()
        if existing is None:
            row.actor_id = survivor_id
            continue
        if row.deleted_at is None:
            if existing.deleted_at is not None:
                existing.deleted_at = None
                existing.role = row.role
            row.deleted_at = utc_now()


def _move_links(session, model, owner: str, survivor_id: str, loser_id: str) -> None:
    """Association rows keyed (owner, actor_id): delete the loser's, add the survivor's."""
    rows = session.scalars(select(model).where(model.actor_id == loser_id)).all()
    for row in rows:
        owner_id = getattr(row, owner)
        session.delete(row)
        if session.get(model, (owner_id, survivor_id)) is None:
            session.add(model(**{owner: owner_id, "actor_id": survivor_id}))
    session.flush()


def actor_summary(store, actor_id: str) -> dict:
    """Counts of what hangs on an actor (to show before a merge or a delete)."""
    from sqlalchemy import func

    with store.read() as session:
        def count(statement):
            return session.execute(statement).scalar_one()

        return {
            "contacts": count(select(func.count()).select_from(Contact).where(
                Contact.actor_id == actor_id, Contact.deleted_at.is_(None))),
            "partnerships": count(select(func.count()).select_from(PartnershipPartner).where(
                PartnershipPartner.actor_id == actor_id, PartnershipPartner.deleted_at.is_(None))),
            "activities": count(select(func.count()).select_from(ActivityActor).where(
                ActivityActor.actor_id == actor_id)),
        }


def as_dict(data: ActorData) -> dict:
    return asdict(data)
