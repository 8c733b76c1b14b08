"""People erased by a catalyseur (GDPR) stay erased in the consolidation store, whatever arrives.

A catalyseur's erasure travels as a tombstone of nature « effacement »; the exchange's merge rules
erase the contact when the store holds them, or keep a tombstone (``exchange_sync_states``,
``tombstone = 'erased'``) when it does not yet. Files sent before the erasure (by the same
catalyseur or by another who had received the person) keep arriving for months; around the
writing of each file (``foundation.writing.write_plan``):

    keep_erased_out(connection, plan)             before: a copy of an erased contact is not added,
                                                  and a participant row naming one loses the name
    forget_erased(connection, plan, conflicts)    after: the names of the participants and the
                                                  conflicts (their JSON holds both sides) of the
                                                  people this file erased are forgotten; the new
                                                  conflicts about an erased person are not kept
    clear_log(engine)                             after the commit, on SQLite: the log's older
                                                  page images are copied over and emptied

On SQLite the bytes go too, not only the rows: the erasure is written with ``secure_delete`` on
and the contacts' search index merged, so no freed page or old index segment keeps them.

A catalyseur's store does the same with its own SQL (``exchange.apply``, ``store.erasures``) and
its erasure register; the consolidation store has no register: the erased contacts and the
tombstones are what it remembers, and only ids are kept of them.
"""

from __future__ import annotations

import json

from sqlalchemy import delete, or_, select, update

from catalyseur_app.exchange.apply import CONFLICTS
from catalyseur_app.exchange.merge import ADD, ERASE, IGNORED, Plan
from catalyseur_app.exchange.rows import STATES
from catalyseur_app.exchange.schema import NATURE_ERASED
from catalyseur_app.messages import t
from catalyseur_app.store.models import Contact, DiagnosticParticipant
from catalyseur_app.store.models.exchange import TOMBSTONE_ERASED

CONTACTS = Contact.__table__
PARTICIPANTS = DiagnosticParticipant.__table__
CHUNK = 500  # ids per IN (…) list


def chunks(values: list):
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def _erased_by(plan: Plan) -> set[str]:
    """The contacts this file erases (held here or not)."""
    return {c.record_id for c in plan.changes if c.kind == "contact" and (
        c.action == ERASE or c.action == IGNORED and c.tombstone == NATURE_ERASED)}


def erased_before_arriving(connection, ids: set[str]) -> set[str]:
    """Those of ``ids`` whose erasure arrived here before any copy of them: a file naming them
    (a participant row) refers to someone known, not to nothing (``foundation.planning``)."""
    found: set[str] = set()
    for part in chunks(sorted(ids)):
        query = select(STATES.c.record_id).where(
            STATES.c.kind == "contact", STATES.c.tombstone == TOMBSTONE_ERASED, STATES.c.record_id.in_(part))
        found.update(connection.execute(query).scalars())
    return found


def erases_someone(plan: Plan) -> bool:
    return bool(_erased_by(plan))


def _erased_here(connection, ids: set[str]) -> tuple[set[str], set[str]]:
    """(those of ``ids`` erased here, those of ``ids`` the contacts table holds)."""
    erased: set[str] = set()
    held: set[str] = set()
    for part in chunks(sorted(ids)):
        for contact_id, erased_at in connection.execute(
                select(CONTACTS.c.id, CONTACTS.c.erased_at).where(CONTACTS.c.id.in_(part))):
            held.add(contact_id)
            if erased_at is not None:
                erased.add(contact_id)
    return erased | erased_before_arriving(connection, ids), held


def keep_erased_out(connection, plan: Plan) -> None:
    """Change ``plan`` so that writing it brings no erased person back: a contact whose erasure
    arrived before any copy of them is not added (the merge rules add a copy newer than the
    tombstone, as for a deletion), and a participant row linked to an erased contact is written
    without the name, and without the link when the contact is not held here."""
    if connection.dialect.name == "sqlite" and _erased_by(plan):
        # What erasing them frees (the rows' old content, the search index's segments) is
        # overwritten with zeros, not left in free pages of the file (see forget_erased).
        connection.exec_driver_sql("PRAGMA secure_delete = ON")
    contacts = [c for c in plan.changes if c.kind == "contact" and c.action == ADD]
    participants = [c for c in plan.changes if c.kind == "participant" and not c.tombstone
                    and c.incoming.get("contact_id")]
    ids = {c.record_id for c in contacts} | {c.incoming["contact_id"] for c in participants}
    if not ids:
        return
    erased, held = _erased_here(connection, ids)
    erased |= _erased_by(plan) & ids
    for change in contacts:
        if change.record_id in erased:
            plan.counts[ADD] -= 1
            plan.adds[change.kind] -= 1
            plan.counts[IGNORED] = plan.counts.get(IGNORED, 0) + 1
            change.action, change.reason = IGNORED, t("cette personne a été effacée : elle le reste")
    for change in participants:
        contact_id = change.incoming["contact_id"]
        if contact_id in erased:
            change.incoming["name"] = ""
            if contact_id not in held:
                change.incoming["contact_id"] = None


def forget_erased(connection, plan: Plan, conflicts: list[dict]) -> list[dict]:
    """After the plan is written: the participants of the people it erased lose their names and
    the conflicts recorded about them are deleted; returns ``conflicts`` (the file's, to be
    recorded) without those about a person erased here."""
    erasing = _erased_by(plan)
    if erasing:
        for part in chunks(sorted(erasing)):
            connection.execute(update(PARTICIPANTS).where(PARTICIPANTS.c.contact_id.in_(part),
                                                          PARTICIPANTS.c.name != "").values(name=""))
            theirs = select(PARTICIPANTS.c.id).where(PARTICIPANTS.c.contact_id.in_(part))
            connection.execute(delete(CONFLICTS).where(or_(
                (CONFLICTS.c.kind == "contact") & CONFLICTS.c.record_id.in_(part),
                (CONFLICTS.c.kind == "participant") & CONFLICTS.c.record_id.in_(theirs))))
        for contact_id in sorted(erasing):  # a participant no longer linked to them still names them
            pattern = f"%{contact_id}%"
            connection.execute(delete(CONFLICTS).where(
                CONFLICTS.c.kind == "participant", or_(CONFLICTS.c.local.like(pattern),
                                                       CONFLICTS.c.incoming.like(pattern))))
        if connection.dialect.name == "sqlite":
            # The search index keeps a deleted row's words in its older segments until they are
            # merged: merged now, while secure_delete (set by keep_erased_out) zeroes what is freed.
            connection.exec_driver_sql("INSERT INTO fts_contacts(fts_contacts) VALUES ('optimize')")
            connection.exec_driver_sql("PRAGMA secure_delete = OFF")
    about = [c for c in conflicts if c["kind"] in ("contact", "participant")]
    if not about:
        return conflicts
    named = {c["record_id"] for c in about if c["kind"] == "contact"}
    for conflict in about:
        if conflict["kind"] == "participant":
            for side in (conflict["local"], conflict["incoming"]):
                named.add((json.loads(side) or {}).get("contact_id") or "")
    named.discard("")
    erased = erasing | (_erased_here(connection, named)[0] if named else set())
    return [c for c in conflicts if not _names_erased(c, erased)]


def _names_erased(conflict: dict, erased: set[str]) -> bool:
    if conflict["kind"] == "contact":
        return conflict["record_id"] in erased
    if conflict["kind"] == "participant":
        return any(contact_id in conflict["local"] or contact_id in conflict["incoming"] for contact_id in erased)
    return False


def clear_log(engine) -> None:
    """On SQLite, after a file that erased someone is committed: the write-ahead log, which still
    holds page images from before the erasure, is checkpointed into the database and emptied."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
