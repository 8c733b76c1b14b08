"""The trash: deleting sets ``deleted_at`` (a tombstone that travels with sync); records can be
restored until the trash is emptied; emptying clears their fields but keeps the tombstone row, so
the deletion still reaches the foundation.

    delete_records(store, "actors", [id, ...]) -> Operation   (undoable; an actor takes its
                                                             contacts with it)
    restore_records(store, "actors", [id, ...]) -> Operation  (an actor brings back the contacts
                                                             deleted with it)
    list_trash(store) -> list[TrashItem]                      (also the "trash" query entity)
    empty_trash(store, items=None) -> int                     (purge; not undoable)
    register_trashable(kind, model, title_field, purge_values) for other record kinds
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from catalyseur_app.messages import t, translatable
from catalyseur_app.records.errors import RecordNotFound
from catalyseur_app.records.query import ListQuery, count_rows, fetch_rows
from catalyseur_app.records.undo import ChangeTracker, Operation
from catalyseur_app.store.models import Activity, Actor, Contact, Partnership, SyncRecord, utc_now


@dataclass(frozen=True)
class Trashable:
    model: type[SyncRecord]
    title_field: str
    label: str  # operation descriptions: « Supprimer l'acteur « X » » (French, marked translatable)
    plural: str  # « Supprimer 3 acteurs » (French, marked translatable; {count} is the number)
    purge_values: dict[str, Any]


_KINDS: dict[str, Trashable] = {}


def register_trashable(
    kind: str, model: type[SyncRecord], title_field: str, label: str, plural: str, purge_values: dict[str, Any]
) -> None:
    _KINDS[kind] = Trashable(model, title_field, label, plural, purge_values)


register_trashable("actors", Actor, "name", translatable("l'acteur « {title} »"), translatable("{count} acteurs"), {
    "name": "", "name_key": "", "address": "", "siren": None, "website": "", "notes": "",
})
register_trashable("contacts", Contact, "full_name", translatable("le contact « {title} »"),
                   translatable("{count} contacts"), {
    "full_name": "", "role": "", "email": "", "phone": "", "consent_date": None,
    "consent_source": "", "notes": "",
})
register_trashable("partnerships", Partnership, "title", translatable("le partenariat « {title} »"),
                   translatable("{count} partenariats"), {
    "title": "", "description": "", "in_kind": "", "skills": "", "outcomes": "",
})
register_trashable("activities", Activity, "title", translatable("l'activité « {title} »"),
                   translatable("{count} activités"), {"title": "", "outcome": ""})


@dataclass(frozen=True)
class TrashItem:
    kind: str
    id: str
    title: str
    deleted_at: str


def _describe(deleting: bool, trashable: Trashable, rows: list) -> str:
    """« Supprimer l'acteur « X » », « Restaurer 3 acteurs »."""
    if len(rows) == 1:
        what = t(trashable.label).format(title=getattr(rows[0], trashable.title_field))
    else:
        what = t(trashable.plural).format(count=len(rows))
    return t("Supprimer {what}", what=what) if deleting else t("Restaurer {what}", what=what)


def delete_records(store, kind: str, ids: Iterable[str]) -> Operation:
    trashable = _KINDS[kind]
    ids = list(ids)
    with store.write() as session:
        tracker = ChangeTracker(session)
        rows = session.scalars(select(trashable.model).where(
            trashable.model.id.in_(ids), trashable.model.deleted_at.is_(None))).all()
        if not rows:
            raise RecordNotFound()
        now = utc_now()
        for row in rows:
            row.deleted_at = now
            if kind == "actors":
                for contact in session.scalars(select(Contact).where(
                        Contact.actor_id == row.id, Contact.deleted_at.is_(None))):
                    contact.deleted_at = now
        description = _describe(True, trashable, rows)
    return tracker.operation(store, description, subject_id=ids[0] if len(ids) == 1 else None)


def restore_records(store, kind: str, ids: Iterable[str]) -> Operation:
    trashable = _KINDS[kind]
    ids = list(ids)
    with store.write() as session:
        tracker = ChangeTracker(session)
        rows = session.scalars(select(trashable.model).where(
            trashable.model.id.in_(ids), trashable.model.deleted_at.is_not(None))).all()
        if not rows:
            raise RecordNotFound()
        for row in rows:
            deleted_at = row.deleted_at
            row.deleted_at = None
            if kind == "actors":
                row.merged_into_id = None
                for contact in session.scalars(select(Contact).where(
                        Contact.actor_id == row.id, Contact.deleted_at == deleted_at,
                        Contact.erased_at.is_(None))):
                    contact.deleted_at = None
        description = _describe(False, trashable, rows)
    return tracker.operation(store, description, subject_id=ids[0] if len(ids) == 1 else None)


def list_trash(store, kind: str | None = None, limit: int = 10_000) -> list[TrashItem]:
    query = ListQuery("trash", filters={"kind": kind} if kind else {}, descending=True)
    with store.read() as session:
        rows = fetch_rows(session, query, 0, limit)
    return [TrashItem(kind=row[1], id=row[0], title=row[2], deleted_at=str(row[3])) for row in rows]


def trash_count(store) -> int:
    with store.read() as session:
        return count_rows(session, ListQuery("trash"))


def empty_trash(store, items: Iterable[TrashItem] | None = None) -> int:
    """Purge the given items (or the whole trash): their fields are cleared, tombstones stay."""
    items = list(items) if items is not None else list_trash(store, limit=10**9)
    by_kind: dict[str, list[str]] = {}
    for item in items:
        by_kind.setdefault(item.kind, []).append(item.id)
    purged = 0
    with store.write() as session:
        for kind, ids in by_kind.items():
            trashable = _KINDS[kind]
            for start in range(0, len(ids), 500):
                for row in session.scalars(select(trashable.model).where(
                        trashable.model.id.in_(ids[start:start + 500]),
                        trashable.model.deleted_at.is_not(None))):
                    for name, value in trashable.purge_values.items():
                        setattr(row, name, value)
                    if kind == "actors":  # the contacts deleted with the actor go too
                        for contact in session.scalars(select(Contact).where(
                                Contact.actor_id == row.id, Contact.deleted_at.is_not(None))):
                            for name, value in _KINDS["contacts"].purge_values.items():
                                setattr(contact, name, value)
                    purged += 1
    return purged


def deleted_at_of(store, kind: str, record_id: str) -> datetime | None:
    with store.read() as session:
        row = session.get(_KINDS[kind].model, record_id)
        return None if row is None else row.deleted_at
