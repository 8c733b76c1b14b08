"""Write one file's merge plan into the consolidation store, on SQLite or PostgreSQL alike.

``exchange.apply`` writes with SQLite's own SQL (``?`` parameters, PRAGMA, upserts); here every
statement is SQLAlchemy Core, so the same code runs on both engines. What a row becomes (personal
columns, empty cells), how a tombstone and an erasure are written and how conflicts are recorded
are the exchange's own functions. The foundation never authors a change: a conflict is settled by
the headless rule, and the chosen side keeps its own stamp.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, insert, select

from catalyseur_app.exchange import apply as exchange_apply
from catalyseur_app.exchange.bulk_index import BULK_THRESHOLD, bulk_insert
from catalyseur_app.exchange.merge import ADD, CONFLICT, DELETE, ERASE, IGNORED, INCOMING, UPDATE, Change, Plan
from catalyseur_app.exchange.rows import STATES, split_list
from catalyseur_app.exchange.schema import DATE, DATETIME, KINDS, NATURE_ERASED, REF, Kind
from catalyseur_app.store.models import Base, UTCDateTime
from catalyseur_app.store.models.exchange import TOMBSTONE_DELETED, TOMBSTONE_ERASED

from .erasures import forget_erased, keep_erased_out
from .models import ActorLink, NationalActor, RecordSource
from .planning import by_kind, chunks, marks

NOT_DIGITS = re.compile(r"\D")
SOURCES = RecordSource.__table__
NATIONAL = NationalActor.__table__
LINKS = ActorLink.__table__


def write_plan(connection, plan: Plan, file_id: int) -> list[dict]:
    """Apply ``plan`` inside the caller's transaction; returns the conflicts as recorded."""
    manifest = plan.file.manifest
    personal = manifest.with_contacts
    conflicts: list[dict] = []
    states: list[dict] = []
    sources: list[tuple] = []
    keep_erased_out(connection, plan)  # nobody erased here comes back with an older file
    sender = manifest.catalyseur_id or ""
    grouped = by_kind(plan)
    for kind in KINDS:
        adds, updates, tombstones = [], [], []
        for change in grouped[kind.name]:
            row = change.incoming
            _keep_base(kind, change, states)
            if change.action == ADD:
                adds.append(row)
                sources.append((kind.name, change.record_id, file_id, sender, manifest.device_id))
            elif change.action == UPDATE:
                updates.append(exchange_apply.row_values(kind, row, change.local, personal))
            elif change.action in (DELETE, ERASE):
                tombstones.append(change)
            elif change.action == CONFLICT:
                _settle(kind, change, personal, updates, tombstones)
                conflicts.append(exchange_apply.conflict_row(change, change.rule_choice, "rule", plan))
            elif change.action == IGNORED and change.tombstone is not None and change.local is None:
                # A deletion of a record not (yet) here: remembered, so an older copy is not added later.
                why = TOMBSTONE_ERASED if change.tombstone == NATURE_ERASED else TOMBSTONE_DELETED
                states.append({"kind": kind.name, "record_id": change.record_id, "base_version": row["version"],
                               "base_by": row["changed_by"], "tombstone": why})
        _write_kind(connection, kind, adds, updates, personal)
        exchange_apply.write_tombstones(connection, kind, tombstones)
        if kind.name == "actor":
            link_national_actors(connection, adds, updates)
    conflicts = forget_erased(connection, plan, conflicts)
    _write_states(connection, states)
    if sources:
        _insert(connection, SOURCES.name, ["kind", "record_id", "file_id", "catalyseur_id", "device_id"], sources)
    if conflicts:
        exchange_apply.supersede_open_conflicts(connection, conflicts)
        connection.execute(insert(exchange_apply.CONFLICTS), conflicts)
    return conflicts


def _keep_base(kind: Kind, change: Change, states: list[dict]) -> None:
    """Keep the base an incoming row carries when it becomes the record here (see
    ``foundation.planning``); a record written from a row without one loses the one it had."""
    row = change.incoming
    written = change.action in (ADD, UPDATE) or (change.action == CONFLICT and change.rule_choice == INCOMING)
    if not written or change.tombstone is not None or change.duplicate:
        return
    if row.get("base_version") is not None and row.get("base_by"):
        states.append({"kind": kind.name, "record_id": change.record_id, "base_version": row["base_version"],
                       "base_by": row["base_by"], "tombstone": None})
    elif change.local is not None and change.local.get("base_version") is not None:
        states.append({"kind": kind.name, "record_id": change.record_id, "base_version": None, "base_by": None,
                       "tombstone": None})


def _settle(kind: Kind, change: Change, personal: bool, updates: list, tombstones: list) -> None:
    """The rule's side of a conflict: the incoming one is written with its own stamp; for a twin
    (same natural key, another id) the record already here takes the incoming content."""
    if change.rule_choice != INCOMING:
        return
    if change.tombstone:
        tombstones.append(change)
        return
    values = exchange_apply.row_values(kind, change.incoming, change.local, personal)
    if change.duplicate and change.local:
        values.update(id=change.local["id"], created_at=change.local["created_at"])
    updates.append(values)


def _self_references(kind: Kind) -> list[str]:
    """Columns pointing at the same kind (an actor merged into another, a diagnostic's revision):
    written after the rows, so the order of rows within a file never breaks a foreign key."""
    return [c.key for c in kind.record_columns if c.type == REF and c.ref == kind.name]


def _write_kind(connection, kind: Kind, adds: list[dict], updates: list[dict], personal: bool) -> None:
    """``adds``: rows as read from the file; ``updates``: values as ``exchange.apply.row_values``
    makes them."""
    table = kind.table.name
    keys = [key for key, _, _ in exchange_apply.stored_columns(kind)] + ["deleted_at"]
    later = _self_references(kind)
    if adds:
        rows = _add_parameters(connection, kind, adds, personal, later)
        with _bulk(connection, table, len(rows)):
            _insert(connection, table, keys, rows)
        pointing = [row for row in adds if any(row.get(k) for k in later)]
        if pointing:
            _update(connection, kind, later, pointing)
    if updates:
        _update(connection, kind, [k for k in keys if k != "id"], updates)
    for assoc in kind.associations:
        child = Base.metadata.tables[assoc.table]
        value_type = next(c.type for c in kind.columns if c.key == assoc.key)
        for part in chunks([u["id"] for u in updates]):
            connection.execute(delete(child).where(child.c[assoc.parent_column].in_(part)))
        lists = [(r["id"], r.get(assoc.key)) for r in adds] + [(r["id"], r["_lists"].get(assoc.key)) for r in updates]
        rows = [(record_id, value) for record_id, text in lists if text
                for value in dict.fromkeys(split_list(text, value_type))]
        if rows:
            _insert(connection, assoc.table, [assoc.parent_column, assoc.value_column], rows)


def _add_parameters(connection, kind: Kind, rows: list[dict], personal: bool, later: list[str]) -> list[tuple]:
    """The parameters of new records, straight from the file's rows: what
    ``exchange.apply.row_values`` gives for a record not here yet (personal columns left empty
    when contacts do not travel, the column's default for an empty cell), in the engine's storage
    form; the self-references are left empty, written after all the rows. Worked out a column
    at a time (one comprehension per column costs less than a loop over every cell)."""
    columns = exchange_apply.stored_columns(kind)
    convert = dict(_converters(connection, kind, [key for key, _, _ in columns]))
    values = []
    for i, (key, personal_column, fallback) in enumerate(columns):
        if key in later:
            values.append([None] * len(rows))
            continue
        if personal_column and not personal:
            column = [fallback] * len(rows)
        else:
            column = [row.get(key) for row in rows]
            if fallback is not None:
                column = [fallback if value is None else value for value in column]
        to_storage = convert.get(i)
        if to_storage is not None:
            column = [None if value is None else to_storage(value) for value in column]
        values.append(column)
    values.append([None] * len(rows))  # deleted_at: a row of a record sheet is a live record
    return list(zip(*values, strict=True))


def _naive_utc(value):
    return value.astimezone(UTC).replace(tzinfo=None)


def _sqlite_datetime(value):
    """``exchange.apply.sqlite_storage`` of a date-time; the reader's are UTC already."""
    if isinstance(value, datetime) and value.tzinfo is UTC:
        return value.isoformat(" ", "microseconds")[:26]  # without its "+00:00"
    return exchange_apply.sqlite_storage(value)


def _converters(connection, kind: Kind, keys: list[str]) -> list[tuple]:
    """(position, function) for the columns whose values the engine stores in another form."""
    if connection.dialect.name == "sqlite":
        types = {c.key: c.type for c in kind.columns if c.type in (DATE, DATETIME)}
        return [(i, _sqlite_datetime if types[key] == DATETIME else exchange_apply.sqlite_storage)
                for i, key in enumerate(keys) if key in types]
    return [(i, _naive_utc) for i, key in enumerate(keys) if isinstance(kind.table.c[key].type, UTCDateTime)]


# Rows are written with the driver's own executemany (as exchange/apply.py does on SQLite):
# SQLAlchemy's per-value processing cost more than the database's work. Values are given in the
# form each engine stores: on SQLite the text forms SQLAlchemy writes (exchange.apply._storage),
# on PostgreSQL naive UTC date-times for its "timestamp without time zone" columns.

def _insert(connection, table: str, keys: list[str], rows: list[tuple]) -> None:
    columns = ", ".join(f'"{k}"' for k in keys)
    if connection.dialect.name == "postgresql":
        _copy(connection, f'COPY "{table}" ({columns}) FROM STDIN', rows)
        return
    connection.exec_driver_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({marks(connection, len(keys))})', rows)


def _copy(connection, statement: str, rows: list[tuple]) -> None:
    """New rows into PostgreSQL by COPY (psycopg's ``cursor.copy``), in the connection's
    transaction: several times faster than an executemany of INSERTs. The driver's errors are
    given as SQLAlchemy's (IntegrityError for a refused row), as an INSERT's would be."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    try:
        with connection.connection.driver_connection.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as error:
        raise DBAPIError.instance(statement, None, error, psycopg.Error, dialect=connection.dialect) from error


def _update(connection, kind: Kind, columns: list[str], records: list[dict]) -> None:
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    assignments = ", ".join(f'"{k}" = {mark}' for k in columns)
    connection.exec_driver_sql(f'UPDATE "{kind.table.name}" SET {assignments} WHERE id = {mark}',
                               _engine_parameters(connection, kind, columns + ["id"], records))


def _engine_parameters(connection, kind: Kind, keys: list[str], records: list[dict]) -> list[tuple]:
    if connection.dialect.name == "sqlite":
        return exchange_apply.sqlite_parameters(kind, keys, records)
    dated = {i for i, key in enumerate(keys) if isinstance(kind.table.c[key].type, UTCDateTime)}
    rows = []
    for record in records:
        row = [record[k] for k in keys]
        for i in dated:
            if row[i] is not None:
                row[i] = _naive_utc(row[i])
        rows.append(tuple(row))
    return rows


def _bulk(connection, table_name: str, count: int):
    """SQLite's search-index triggers set aside and the index filled set-wise
    (exchange/bulk_index.py), whatever the number of rows: a file's few hundred rows land in
    tables of hundreds of thousands, where the row-by-row trigger is what costs."""
    if connection.dialect.name == "sqlite":
        return bulk_insert(connection, table_name, max(count, BULK_THRESHOLD))
    import contextlib

    return contextlib.nullcontext()


def _write_states(connection, states: list[dict]) -> None:
    """Replace the sync states of these records; a record known as erased stays so (a later
    deletion or copy must not wear the erasure down to a mere deletion)."""
    for part in chunks(states):
        erased: set[tuple[str, str]] = set()
        for kind in {s["kind"] for s in part}:
            ids = [s["record_id"] for s in part if s["kind"] == kind]
            erased.update((kind, record_id) for record_id, in connection.execute(select(STATES.c.record_id).where(
                STATES.c.kind == kind, STATES.c.record_id.in_(ids), STATES.c.tombstone == TOMBSTONE_ERASED)))
        part = [s for s in part if (s["kind"], s["record_id"]) not in erased]
        for kind in {s["kind"] for s in part}:
            ids = [s["record_id"] for s in part if s["kind"] == kind]
            connection.execute(delete(STATES).where(STATES.c.kind == kind, STATES.c.record_id.in_(ids)))
        kept = [{**s, "sent_version": None, "sent_by": None} for s in part
                if s["base_version"] is not None or s["tombstone"] is not None]
        if kept:
            connection.execute(insert(STATES), kept)


def national_key(actor: dict) -> str | None:
    """``insee:<code>`` for a commune, ``siren:<9 digits>`` for an organisation with a SIREN or
    SIRET, None when the record carries neither."""
    if actor.get("kind") == "commune" and actor.get("commune_insee"):
        return f"insee:{actor['commune_insee'].strip().upper()}"
    digits = NOT_DIGITS.sub("", actor.get("siren") or "")
    if len(digits) in (9, 14):
        return f"siren:{digits[:9]}"
    return None


def link_national_actors(connection, added: list[dict], updated: Sequence[dict] = ()) -> None:
    """Link each written actor record to its national actor (made on first sight); an updated
    record is linked again, or unlinked when it no longer carries a natural key. The catalyseur's
    own record is never touched."""
    actors = list(added) + list(updated)
    if not actors:
        return
    keys = {a["id"]: national_key(a) for a in actors}
    for part in chunks([a["id"] for a in updated]):
        connection.execute(delete(LINKS).where(LINKS.c.actor_id.in_(part)))
    names = {}
    for actor in actors:
        key = keys[actor["id"]]
        if key and key not in names:
            names[key] = actor.get("name") or ""
    existing: set[str] = set()
    if connection.dialect.name == "postgresql" and names:
        # One array joined to the table, as planning._holders does: a list of 300 parameters in a
        # plan PostgreSQL keeps for the statement is compared with every row, one by one.
        existing.update(key for key, in connection.exec_driver_sql(
            f'SELECT n."key" FROM "{NATIONAL.name}" AS n JOIN unnest(CAST(%s AS text[])) AS wanted(key) '
            'ON n."key" = wanted.key', (sorted(names),)))
    for part in chunks(sorted(names)) if connection.dialect.name != "postgresql" else ():
        existing.update(key for key, in connection.exec_driver_sql(
            f'SELECT "key" FROM "{NATIONAL.name}" WHERE "key" IN ({marks(connection, len(part))})', tuple(part)))
    new = [(key, name) for key, name in names.items() if key not in existing]
    if new:
        _insert(connection, NATIONAL.name, ["key", "name"], new)
    links = [(actor_id, key) for actor_id, key in keys.items() if key]
    if links:
        _insert(connection, LINKS.name, ["actor_id", "national_key"], links)


def summary_json(plan: Plan, conflicts: list[dict]) -> str:
    summary = plan.summary()
    summary["conflicts_recorded"] = len(conflicts)
    return json.dumps(summary, sort_keys=True)

