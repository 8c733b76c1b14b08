"""Apply a merge plan to the store: one transaction, after a verified backup.

Incoming stamps are kept (``session.info["raw_sync_write"]``). Cancelling (Progress raising
Cancelled) rolls the whole transaction back.

Why the records are written with plain SQL rather than through the ORM: an import can carry
100,000 records, applied chunk by chunk. Through the ORM each row would become an object in the
session's unit of work, with per-value type processing and the change-stamping events; written
with ``executemany`` on the session's own connection (same transaction, so a rollback still
undoes everything) the import stays within the time and memory measured in
``benchmarks/bench_exchange.py`` and ``bench_import_memory.py``. The stamps are the file's, kept
as they come; ``_storage`` writes dates in the same text forms SQLAlchemy's types would.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from operator import itemgetter
from pathlib import Path

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from catalyseur_app.messages import t
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.records.contacts import ERASED_CONTACT_VALUES
from catalyseur_app.store.backup_reasons import BEFORE_IMPORT
from catalyseur_app.store.erasures import merge_search_index, read_register, record_erasures, zeroing
from catalyseur_app.store.erasures import reconcile as reconcile_erasures
from catalyseur_app.store.models import Base, Contact, DiagnosticParticipant, SyncConflict, utc_now
from catalyseur_app.store.models.exchange import (
    CONFLICT_OPEN,
    CONFLICT_RESOLVED,
    CONFLICT_SUPERSEDED,
    DECIDED_BY_PERSON,
    DECIDED_BY_RULE,
    TOMBSTONE_DELETED,
    TOMBSTONE_ERASED,
)
from catalyseur_app.store.stamping import RAW_SYNC_WRITE

from .bulk_index import bulk_insert
from .erased import Erased, erased_in_file, erasures_of
from .errors import SyncFileError, storage_problem
from .merge import ADD, CONFLICT, DELETE, ERASE, IGNORED, INCOMING, UNCHANGED, UPDATE, Change, Plan
from .peers import record_applied
from .rows import STATES, split_list
from .schema import ALL_DATA_SHEETS, DATE, DATETIME, KIND_BY_NAME, KIND_BY_SHEET, NATURE_ERASED, Kind
from .xlsx.canonical import to_millis

CONFLICTS = SyncConflict.__table__


@dataclass
class ApplyResult:
    backup: Path | None
    summary: dict[str, int]
    conflicts: list[dict] = field(default_factory=list)  # kind, id, label, chosen, decided_by


def apply_plan(store, plan: Plan, choices: dict[tuple[str, str], str] | None = None,
               progress: Progress = NO_PROGRESS) -> ApplyResult:
    """``choices`` maps (kind, id) of a conflict to "local" or "incoming"; the rule decides the rest.

    A full disk or a failing disk (at the backup or in the transaction) raises SyncFileError saying
    so; the transaction is rolled back, so the data is as it was."""
    from sqlalchemy.exc import DBAPIError

    from catalyseur_app.atomic import OutputError

    try:
        return _apply(store, plan, choices or {}, progress)
    except (OSError, sqlite3.Error, DBAPIError, OutputError) as error:
        raise SyncFileError(storage_problem(plan.file.name, error)) from None


def _apply(store, plan: Plan, choices, progress) -> ApplyResult:
    from catalyseur_app.store.models import TrustedKey

    from .trust import remember
    from .walk import replay

    # Nobody erased here comes back, nor anyone this file erases (exchange/erased.py).
    erased = Erased(register=frozenset(read_register(store.data_dir)), in_file=erased_in_file(plan))
    erasures: dict[str, str] = {}
    progress.step(0, len(ALL_DATA_SHEETS), t("Sauvegarde avant import…"))
    backup = store.backup(BEFORE_IMPORT)
    manifest = plan.file.manifest
    personal = manifest.with_contacts
    conflicts_out: list[dict] = []
    done = Plan(plan.file, explain_only=True)  # what is applied, counted again as it goes
    with store.write() as session, contextlib.ExitStack() as bulk, contextlib.ExitStack() as zeroed:
        session.info[RAW_SYNC_WRITE] = True
        connection = session.connection()
        # The pragma lasts until the transaction ends: outside one (pysqlite begins only at the
        # first write) it would end at once, and a revision inserted before its original would fail.
        if not connection.connection.dbapi_connection.in_transaction:
            connection.exec_driver_sql("BEGIN")
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        if erased.all:  # what erasing frees (rows, search index segments) is overwritten, not left in the file
            zeroed.enter_context(zeroing(connection.exec_driver_sql))
        current = None
        for sheet, changes in replay(connection, plan.spool, store.device_id, progress, erased):
            if sheet != current:  # a sheet's additions go in with its search triggers set aside once
                bulk.close()
                current = sheet
                if sheet in KIND_BY_SHEET:
                    kind = KIND_BY_SHEET[sheet]
                    bulk.enter_context(bulk_insert(connection, kind.table.name, plan.adds.get(kind.name, 0)))
            for change in changes:
                done.add(change)
            erasures.update(erasures_of(changes))
            _apply_changes(connection, changes, choices, personal, store.device_id, plan, conflicts_out)
        bulk.close()
        forget_erased_participants(connection)
        progress.step(len(ALL_DATA_SHEETS), len(ALL_DATA_SHEETS), t("Enregistrement de l'état des échanges…"))
        if conflicts_out:
            supersede_open_conflicts(connection, conflicts_out)
            connection.execute(CONFLICTS.insert(), conflicts_out)
        record_applied(connection, manifest, plan.file.name)
        if plan.trust is not None and plan.trust.remember:  # a key accepted for this file: with it
            remember(connection, TrustedKey.__table__, manifest)
        progress.step(len(ALL_DATA_SHEETS), len(ALL_DATA_SHEETS), t("Validation…"))
        # Registered before the commit, as by erase_person: the register names them even when the
        # store never held them, so that a restore of an older backup keeps them out too.
        record_erasures(store.data_dir, erasures)
        reconcile_erasures(connection.exec_driver_sql, store.data_dir)  # last: nobody erased here comes back
        if erased.in_file:
            merge_search_index(connection.exec_driver_sql)
    return ApplyResult(backup, done.summary(), [
        {"kind": c["kind"], "id": c["record_id"], "chosen": c["chosen"], "decided_by": c["decided_by"]}
        for c in conflicts_out])


def _apply_changes(connection, changes, choices, personal, device, plan, conflicts_out) -> None:
    """Write one chunk of classified rows: records, tombstones, sync states."""
    by_kind: dict[str, tuple[list, list, list]] = {}
    states = []
    for change in changes:
        kind = KIND_BY_NAME[change.kind]
        adds, updates, tombstones = by_kind.setdefault(kind.name, ([], [], []))
        row = change.incoming
        stamp = {"kind": kind.name, "record_id": change.record_id,
                 "base_version": row["version"], "base_by": row["changed_by"]}
        if change.action == ADD:
            adds.append(row_values(kind, row, None, personal))
        elif change.action == UPDATE:
            updates.append(row_values(kind, row, change.local, personal))
        elif change.action in (DELETE, ERASE):
            tombstones.append(change)
        elif change.action == CONFLICT:
            chosen = choices.get((kind.name, change.record_id), change.rule_choice)
            decided_by = DECIDED_BY_PERSON if (kind.name, change.record_id) in choices else DECIDED_BY_RULE
            _settle(connection, kind, change, chosen, chosen != change.rule_choice, personal, device,
                    adds, updates, tombstones)
            conflicts_out.append(conflict_row(change, chosen, decided_by, plan))
            if change.duplicate:
                continue  # the incoming id is not kept here: no sync state for it
        elif change.action == IGNORED and change.tombstone is not None and change.local is None:
            stamp["tombstone"] = TOMBSTONE_ERASED if change.tombstone == NATURE_ERASED else TOMBSTONE_DELETED
        elif change.action in (IGNORED, UNCHANGED) and change.reason:
            continue  # the local copy is newer or erased: its base stays
        states.append(stamp)
    for kind_name, (adds, updates, tombstones) in by_kind.items():
        kind = KIND_BY_NAME[kind_name]
        _write_kind(connection, kind, adds, updates)
        write_tombstones(connection, kind, tombstones)
    _write_states(connection, states)


def row_values(kind: Kind, row: dict, local: dict | None, personal: bool) -> dict:
    values = {}
    for key, personal_column, fallback in stored_columns(kind):
        value = row.get(key)
        if personal_column and not personal:  # the file does not carry it: keep the local value
            value = local.get(key) if local is not None else None
        if value is None:
            value = fallback
        values[key] = value
    values["deleted_at"] = None  # a row of a record sheet is a live record
    values["_lists"] = {a.key: row.get(a.key) for a in kind.associations}
    return values


_COLUMNS: dict[str, list] = {}


def stored_columns(kind: Kind) -> list:
    """(key, personal, value used for an empty cell) per stored column, worked out once."""
    if kind.name not in _COLUMNS:
        table = kind.table
        columns = []
        for column in kind.record_columns:
            db_column = table.c[column.key]
            fallback = None
            if not db_column.nullable:
                default = db_column.default
                fallback = default.arg if default is not None and not callable(default.arg) else ""
            columns.append((column.key, column.personal, fallback))
        _COLUMNS[kind.name] = columns
    return _COLUMNS[kind.name]


def sqlite_storage(value):
    """What SQLAlchemy's SQLite types store, for the raw executemany below."""
    if isinstance(value, datetime):
        value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(" ", "microseconds")  # as strftime("%Y-%m-%d %H:%M:%S.%f"), faster
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _settle(connection, kind, change, chosen, overridden, personal, device, adds, updates, tombstones):
    """Write the chosen side of a conflict. Following the rule keeps that side's stamp; going
    against it writes a new version from this device so the other side takes it next time."""
    row, local = change.incoming, change.local
    new_version = max(row["version"], local["version"]) + 1
    if change.duplicate and chosen == INCOMING:
        # The local record (its id) stays and takes the incoming content, as a new version from
        # here: the other device finds the same content under its own id and has nothing to do.
        values = row_values(kind, row, local, personal)
        values.update(id=local["id"], created_at=local["created_at"], version=new_version, changed_by=device,
                      updated_at=utc_now())
        updates.append(values)
        return
    if chosen == INCOMING:
        if change.tombstone:
            tombstones.append(change if not overridden else _restamp_tombstone(change, new_version, device))
            return
        values = row_values(kind, row, local, personal)
        if overridden:
            values.update(version=new_version, changed_by=device, updated_at=utc_now())
        updates.append(values)
    elif overridden:
        values = {key: local[key] for key in [c.key for c in kind.record_columns] + ["deleted_at"]}
        values.update(version=new_version, changed_by=device, updated_at=utc_now())
        values["_lists"] = {a.key: local.get(a.key) for a in kind.associations}
        updates.append(values)


def _restamp_tombstone(change, version, device):
    row = dict(change.incoming, version=version, changed_by=device, updated_at=utc_now())
    return Change(change.kind, change.record_id, DELETE, incoming=row, local=change.local, tombstone=change.tombstone)


def _write_kind(connection, kind: Kind, adds: list[dict], updates: list[dict]) -> None:
    """Plain executemany on the same connection (and transaction): SQLAlchemy's per-value type
    processing is replaced by ``_storage``, which writes the same text forms."""
    keys = [key for key, _, _ in stored_columns(kind)] + ["deleted_at"]
    table = kind.name and kind.table.name
    if adds:
        placeholders = ", ".join("?" for _ in keys)
        with bulk_insert(connection, table, len(adds)):
            connection.exec_driver_sql(
                f'INSERT INTO "{table}" ({", ".join(keys)}) VALUES ({placeholders})',
                sqlite_parameters(kind, keys, adds))
    if updates:
        others = [k for k in keys if k != "id"]
        assignments = ", ".join(f"{k} = ?" for k in others)
        connection.exec_driver_sql(
            f'UPDATE "{table}" SET {assignments} WHERE id = ?', sqlite_parameters(kind, others + ["id"], updates))
    for assoc in kind.associations:
        child = Base.metadata.tables[assoc.table]
        value_type = next(c.type for c in kind.columns if c.key == assoc.key)
        if updates:
            ids = [u["id"] for u in updates]
            for start in range(0, len(ids), 500):
                connection.execute(delete(child).where(child.c[assoc.parent_column].in_(ids[start:start + 500])))
        rows = [(r["id"], value) for r in adds + updates
                for value in dict.fromkeys(split_list(r["_lists"].get(assoc.key), value_type))]
        if rows:
            connection.exec_driver_sql(
                f'INSERT INTO "{assoc.table}" ({assoc.parent_column}, {assoc.value_column}) VALUES (?, ?)', rows)


def sqlite_parameters(kind: Kind, keys: list[str], records: list[dict]) -> list[tuple]:
    """Rows of parameters in ``keys`` order. sqlite3 stores text, numbers and booleans as
    SQLAlchemy would; only the date and date-time columns need ``_storage``."""
    dated = {c.key for c in kind.columns if c.type in (DATE, DATETIME)} | {"deleted_at"}
    converted = [i for i, key in enumerate(keys) if key in dated]
    get = itemgetter(*keys)
    rows = []
    for record in records:
        row = list(get(record))
        for i in converted:
            if row[i] is not None:
                row[i] = sqlite_storage(row[i])
        rows.append(tuple(row))
    return rows


def write_tombstones(connection, kind: Kind, changes: list[Change]) -> None:
    table = kind.table
    for change in changes:
        row = change.incoming
        values = {"version": row["version"], "changed_by": row["changed_by"], "updated_at": row["updated_at"]}
        if change.tombstone == NATURE_ERASED:
            values.update(ERASED_CONTACT_VALUES, erased_at=row["at"])
            values["deleted_at"] = func.coalesce(table.c.deleted_at, row["at"])
        else:
            values["deleted_at"] = row["at"]
        connection.execute(update(table).where(table.c.id == change.record_id).values(values))


def forget_erased_participants(connection) -> None:
    """An erased person's name leaves the diagnostics too, whichever side erased them first."""
    participants, contacts = DiagnosticParticipant.__table__, Contact.__table__
    erased = select(contacts.c.id).where(contacts.c.erased_at.is_not(None))
    connection.execute(update(participants).where(participants.c.contact_id.in_(erased), participants.c.name != "")
                       .values(name=""))


def _write_states(connection, states: list[dict]) -> None:
    if not states:
        return
    for state in states:
        state.setdefault("tombstone", None)
    statement = sqlite_insert(STATES)
    statement = statement.on_conflict_do_update(
        index_elements=[STATES.c.kind, STATES.c.record_id],
        set_={"base_version": statement.excluded.base_version, "base_by": statement.excluded.base_by,
              # an erased person stays known as erased, whatever deletion of them comes later
              "tombstone": case((STATES.c.tombstone == TOMBSTONE_ERASED, TOMBSTONE_ERASED),
                                else_=statement.excluded.tombstone)})
    connection.execute(statement, states)


def supersede_open_conflicts(connection, conflicts_out: list[dict]) -> None:
    """A newer conflict on a record replaces the open one: its "other version" is out of date."""
    keys = {(c["kind"], c["record_id"]) for c in conflicts_out}
    for kind, record_id in keys:
        connection.execute(update(CONFLICTS).where(
            CONFLICTS.c.kind == kind, CONFLICTS.c.record_id == record_id, CONFLICTS.c.status == CONFLICT_OPEN)
            .values(status=CONFLICT_SUPERSEDED))


def conflict_row(change: Change, chosen: str | None, decided_by: str, plan: Plan) -> dict:
    return {"kind": change.kind, "record_id": change.record_id, "detected_at": utc_now(),
            "file_name": plan.file.name, "from_device": plan.file.manifest.device_id,
            "local": _to_json(change.local), "incoming": _to_json(change.incoming),
            "chosen": chosen, "decided_by": decided_by,
            "status": CONFLICT_OPEN if decided_by == DECIDED_BY_RULE else CONFLICT_RESOLVED}


def _to_json(record: dict | None) -> str:
    if record is None:
        return "null"

    def plain(value):
        if isinstance(value, datetime):
            return to_millis(value).isoformat()
        if isinstance(value, date):
            return value.isoformat()
        return value

    return json.dumps({k: plain(v) for k, v in record.items() if not k.startswith("_")}, ensure_ascii=False,
                      sort_keys=True)
