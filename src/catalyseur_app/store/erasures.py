"""The erasure register: which people were erased (GDPR) and when, kept out of the backups' reach.

Restoring a backup made before an erasure would bring the person back, and so would importing a
file that still holds them. ``erasures.json`` in the data folder lists the erased contacts' ids and
dates, nothing else; it is not part of any backup, so a restore leaves it as it is, and it is
applied again after every restore and every import.

    record_erasure(data_dir, contact_id, erased_at)    when a person is erased
    reconcile(execute, data_dir) -> int                 inside a transaction: note the erasures found
                                                        in the database, then erase again whoever the
                                                        register names and the database still holds,
                                                        and forget their sync conflicts
    forget_erased_conflicts(execute) -> int             the sync conflicts on an erased person, or on
                                                        their place in a diagnostic, deleted (the
                                                        consolidation store: foundation/erasures.py)
    with zeroing(execute): …                            SQLite's secure_delete for the time of the block
    merge_search_index(execute)                         the contacts' search index merged: its older
                                                        segments keep a changed row's old words

``execute(sql, params)`` is the connection's own: ``sqlite3.Connection.execute`` or SQLAlchemy's
``Connection.exec_driver_sql``, so that the import applies the register in its own transaction.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from catalyseur_app.atomic import atomic_path
from catalyseur_app.messages import t

from .errors import StoreError

REGISTER_NAME = "erasures.json"

# What erasing a person leaves of them: nothing personal. Erasing, the sync import and the
# register all use it.
ERASED_CONTACT_VALUES = {
    "full_name": "", "role": "", "email": "", "phone": "", "consent_source": "", "notes": "", "consent_date": None,
}

_writing = threading.Lock()


def register_path(data_dir: Path) -> Path:
    return Path(data_dir) / REGISTER_NAME


def read_register(data_dir: Path) -> dict[str, str]:
    """{contact id: erased at (ISO 8601, UTC)}; empty when there is no register yet."""
    path = register_path(data_dir)
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
        return {str(entry["id"]): str(entry["erased_at"]) for entry in content["erasures"]}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError) as error:
        # Never read as empty: the people it names would come back with the next restore or import.
        raise StoreError(t("Le registre des effacements « {path} » est illisible ({error}) ; rien n'a été modifié. "
                           "Remettez-le en état (ou restaurez-le d'une copie du dossier) avant de continuer.",
                           path=path, error=error)) from None


def record_erasures(data_dir: Path, erasures: dict[str, str]) -> int:
    """Add ``{id: erased_at}`` to the register (written atomically); returns how many were new."""
    with _writing:
        register = read_register(data_dir)
        new = {key: value for key, value in erasures.items() if key not in register}
        if new:
            register.update(new)
            content = {"format": 1, "erasures": [{"id": key, "erased_at": value}
                                                 for key, value in sorted(register.items())]}
            with atomic_path(register_path(data_dir)) as temporary:
                temporary.write_text(json.dumps(content, indent=1), encoding="utf-8")
        return len(new)


def record_erasure(data_dir: Path, contact_id: str, erased_at: datetime) -> None:
    record_erasures(data_dir, {contact_id: erased_at.astimezone(UTC).isoformat()})


def note_erasures(execute: Callable, data_dir: Path) -> int:
    """Add to the register the erasures the database holds (read only); returns how many were new."""
    found = execute("SELECT id, erased_at FROM contacts WHERE erased_at IS NOT NULL", ()).fetchall()
    return record_erasures(data_dir, {row[0]: _iso(row[1]) for row in found})


def reconcile(execute: Callable, data_dir: Path) -> int:
    """Register the erasures the database knows (e.g. received in a sync file), then erase again
    the registered people the database holds un-erased. Returns how many were erased again."""
    note_erasures(execute, data_dir)
    register = read_register(data_dir)
    if not register:  # then the database holds nobody erased either (noted just above)
        return 0
    device = execute("SELECT device_id FROM installation LIMIT 1", ()).fetchone()
    device_id = device[0] if device else ""
    now = _storage(datetime.now(UTC))
    again = 0
    ids = list(register)
    with zeroing(execute):
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            alive = [row[0] for row in execute(
                f"SELECT id FROM contacts WHERE erased_at IS NULL AND id IN ({marks})", tuple(chunk)).fetchall()]
            for contact_id in alive:
                _erase(execute, contact_id, _storage(datetime.fromisoformat(register[contact_id])), now, device_id)
            again += len(alive)
        forget_erased_conflicts(execute)
        if again:
            merge_search_index(execute)
    return again


@contextlib.contextmanager
def zeroing(execute: Callable):
    """SQLite's ``secure_delete`` for the time of the block: what is deleted or freed (an erased
    person's old row content, the search index's old segments) is overwritten with zeros rather
    than left in the file's free space. The setting in force before is put back."""
    previous = execute("PRAGMA secure_delete", ()).fetchone()[0]
    execute("PRAGMA secure_delete = ON", ())
    try:
        yield
    finally:
        execute(f"PRAGMA secure_delete = {int(previous)}", ())


def merge_search_index(execute: Callable) -> None:
    """The contacts' search index (FTS5) keeps the words of a changed row in its older segments
    until they are merged: after an erasure they are merged at once (within ``zeroing``)."""
    execute("INSERT INTO fts_contacts(fts_contacts) VALUES ('optimize')", ())


# A sync conflict keeps both versions of the record as JSON (exchange_conflicts.local and .incoming):
# on a contact, or on a diagnostic participant linked to one, that is the person's name and details.
# The kinds are the exchange's names (exchange/schema.py).
FORGET_ERASED_CONFLICTS = (
    "DELETE FROM exchange_conflicts WHERE "
    "(kind = 'contact' AND record_id IN (SELECT id FROM contacts WHERE erased_at IS NOT NULL)) "
    "OR (kind = 'participant' AND record_id IN (SELECT diagnostic_participants.id FROM diagnostic_participants "
    "JOIN contacts ON contacts.id = diagnostic_participants.contact_id WHERE contacts.erased_at IS NOT NULL))")


def forget_erased_conflicts(execute: Callable) -> int:
    """Delete the sync conflicts that would keep an erased person's data: those on their contact and
    those on their participations in diagnostics. Returns how many were deleted.

    A participation can have lost its link to the contact by then (an erased contact does not
    travel, so the sync files carry its participations without it): the contact named by either
    side of the conflict counts too."""
    deleted = execute(FORGET_ERASED_CONFLICTS, ()).rowcount or 0
    erased = {row[0] for row in execute("SELECT id FROM contacts WHERE erased_at IS NOT NULL", ()).fetchall()}
    if not erased:
        return deleted
    rows = execute("SELECT id, local, incoming FROM exchange_conflicts WHERE kind = 'participant'", ()).fetchall()
    named = [int(row[0]) for row in rows if erased & {_contact_named(row[1]), _contact_named(row[2])}]
    for start in range(0, len(named), 500):  # whole numbers read from the table: no parameter needed
        execute("DELETE FROM exchange_conflicts WHERE id IN ({})".format(", ".join(map(str, named[start:start + 500]))),
                ())
    return deleted + len(named)


def _contact_named(version: str) -> str | None:
    try:
        record = json.loads(version)
    except (TypeError, ValueError):
        return None
    return record.get("contact_id") if isinstance(record, dict) else None


def _erase(execute: Callable, contact_id: str, erased_at: str, now: str, device_id: str) -> None:
    """A new version from this device, so that the erasure travels again with the next export."""
    cleared = ", ".join(f"{name} = ?" for name in ERASED_CONTACT_VALUES)
    execute(f"UPDATE contacts SET {cleared}, erased_at = ?, deleted_at = coalesce(deleted_at, ?), "
            "version = version + 1, changed_by = ?, updated_at = ? WHERE id = ?",
            (*ERASED_CONTACT_VALUES.values(), erased_at, erased_at, device_id, now, contact_id))
    execute("UPDATE diagnostic_participants SET name = '', version = version + 1, changed_by = ?, updated_at = ? "
            "WHERE contact_id = ? AND name <> ''", (device_id, now, contact_id))


def _storage(moment: datetime) -> str:
    """As the store keeps date-times: naive UTC text (see models.base.UTCDateTime)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _iso(stored) -> str:
    moment = stored if isinstance(stored, datetime) else datetime.fromisoformat(str(stored))
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
