"""People erased here (GDPR) stay out of the store whatever file arrives, even when their erasure
arrived before any copy of them.

An erasure travels as a tombstone of nature « effacement ». When the store holds the person, the
merge erases them; when it does not yet, it keeps a tombstone (``exchange_sync_states``,
``tombstone = 'erased'``) and the erasure register (``erasures.json``, store/erasures.py) names
them. Files made before the erasure (by the same catalyseur or by another who had the person) can
arrive after it, with a copy of them at a higher version than the erasure's. For each chunk of
classified rows (``walk``), before it is shown or written:

    keep_erased_out(connection, changes, erased)   an erased person's contact is not added, and a
                                                   participant row naming them is written without
                                                   the name, and without the link when the contact
                                                   is not held here

and the preview's reference check takes a reference to someone erased here (``known_erased``)
as a reference to someone known, not to nothing. The consolidation store does the same with its
own plan (foundation/erasures.py).

Someone only the register names (a backup from before their erasure was restored) is the
exception: their copy is added, and erased again at once by the register (``store.erasures.
reconcile``, in the same transaction), as a new version from this device, so that the erasure,
which the restore took out of the database, travels again with the next file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from catalyseur_app.messages import t
from catalyseur_app.store.models import Contact
from catalyseur_app.store.models.exchange import TOMBSTONE_ERASED

from .merge import ADD, ERASE, IGNORED, Change, Plan
from .rows import STATES
from .schema import NATURE_ERASED

CONTACTS = Contact.__table__
CHUNK = 500  # ids per IN (…) list


@dataclass(frozen=True)
class Erased:
    """People erased here that the database alone cannot tell: those the erasure register names,
    and those the file being applied erases."""

    register: frozenset[str] = frozenset()
    in_file: frozenset[str] = frozenset()

    @property
    def all(self) -> frozenset[str]:
        return self.register | self.in_file


NONE_ERASED = Erased()


def _chunks(values) -> list[list[str]]:
    ordered = sorted(values)
    return [ordered[start:start + CHUNK] for start in range(0, len(ordered), CHUNK)]


def erased_in_file(plan: Plan) -> frozenset[str]:
    """The contacts the file of ``plan`` erases, held here or not (the preview keeps those changes)."""
    return frozenset(c.record_id for c in plan.changes if c.kind == "contact" and c.tombstone == NATURE_ERASED
            and c.action in (ERASE, IGNORED))


def erasures_of(changes: list[Change]) -> dict[str, str]:
    """{contact id: erased at (ISO 8601, UTC)} of the erasures among ``changes``, for the register."""
    return {c.record_id: _iso(c.incoming["at"]) for c in changes
            if c.kind == "contact" and c.tombstone == NATURE_ERASED and c.incoming.get("at") is not None}


def known_erased(connection, ids, erased: frozenset[str]) -> set[str]:
    """Those of ``ids`` erased here: named by ``erased``, erased in the contacts table, or whose
    erasure arrived before any copy of them (a tombstone)."""
    found = set(ids) & erased
    for part in _chunks(set(ids) - found):
        found.update(connection.execute(select(CONTACTS.c.id).where(
            CONTACTS.c.id.in_(part), CONTACTS.c.erased_at.is_not(None))).scalars())
        found.update(connection.execute(select(STATES.c.record_id).where(
            STATES.c.kind == "contact", STATES.c.tombstone == TOMBSTONE_ERASED, STATES.c.record_id.in_(part)))
            .scalars())
    return found


def _held(connection, ids: set[str]) -> set[str]:
    held: set[str] = set()
    for part in _chunks(ids):
        held.update(connection.execute(select(CONTACTS.c.id).where(CONTACTS.c.id.in_(part))).scalars())
    return held


def keep_erased_out(connection, changes: list[Change], erased: Erased) -> None:
    """Change ``changes`` (one chunk, classified) so that writing them brings no erased person back:
    their contact is not added (but see the register's exception above); a participant row linked
    to them loses the name, and the link when the contact is not held here."""
    contacts = [c for c in changes if c.kind == "contact" and c.action == ADD]
    participants = [c for c in changes if c.kind == "participant" and not c.tombstone
                    and c.incoming.get("contact_id")]
    if contacts:
        gone = known_erased(connection, {c.record_id for c in contacts}, erased.in_file)
        for change in contacts:
            if change.record_id in gone:
                change.action, change.reason = IGNORED, t("cette personne a été effacée : elle le reste")
    if not participants:
        return
    gone = known_erased(connection, {c.incoming["contact_id"] for c in participants}, erased.all)
    linked = [c for c in participants if c.incoming["contact_id"] in gone]
    held = _held(connection, {c.incoming["contact_id"] for c in linked})
    for change in linked:
        change.incoming["name"] = ""
        if change.incoming["contact_id"] not in held:
            change.incoming["contact_id"] = None


def _iso(moment) -> str:
    if not isinstance(moment, datetime):
        moment = datetime.fromisoformat(str(moment))
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
