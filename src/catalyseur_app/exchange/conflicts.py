"""Conflicts kept after an import, and the person's choice on each (no Qt)."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select, update

from catalyseur_app.store.models import Base, SyncConflict, utc_now
from catalyseur_app.store.models.exchange import CONFLICT_OPEN, CONFLICT_RESOLVED, DECIDED_BY_PERSON
from catalyseur_app.store.stamping import RAW_SYNC_WRITE

from .merge import INCOMING, LOCAL
from .rows import split_list
from .schema import DATE, DATETIME, KIND_BY_NAME

CONFLICTS = SyncConflict.__table__


def open_conflicts(store) -> list[SyncConflict]:
    with store.read() as session:
        return list(session.scalars(select(SyncConflict).where(SyncConflict.status == CONFLICT_OPEN)
                                    .order_by(SyncConflict.detected_at, SyncConflict.id)))


def resolve_conflict(store, conflict_id: int, choice: str) -> None:
    """Keep ``choice`` ("local": the version this device had; "incoming": the file's version).

    When it differs from what the import applied, the chosen content is written as a new
    version from this device, so the other devices take it at the next exchange.
    """
    assert choice in (LOCAL, INCOMING)
    with store.write() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:  # forgotten since it was listed: its person was erased (store/erasures.py)
            return
        if conflict.chosen != choice:
            session.info[RAW_SYNC_WRITE] = True
            local = json.loads(conflict.local) or {}
            target = local.get("id") or conflict.record_id  # a duplicate's local twin has its own id
            _write_version(session.connection(), conflict, target, json.loads(getattr(conflict, choice)),
                           store.device_id)
        conflict.chosen, conflict.decided_by, conflict.status = choice, DECIDED_BY_PERSON, CONFLICT_RESOLVED


def _write_version(connection, conflict, record_id: str, data: dict, device: str) -> None:
    kind = KIND_BY_NAME[conflict.kind]
    table = kind.table
    current = connection.execute(select(table.c.version).where(table.c.id == record_id)).scalar() or 0
    values = {"version": current + 1, "changed_by": device, "updated_at": utc_now()}
    if "nature" in data:  # a tombstone
        values["deleted_at"] = datetime.fromisoformat(data["at"])
    else:
        types = {c.key: c.type for c in kind.columns}
        for column in kind.record_columns:
            if column.key in ("id", "version", "changed_by", "created_at", "updated_at"):
                continue
            value = data.get(column.key)
            if value is not None and types[column.key] == DATE:
                value = date.fromisoformat(value)
            elif value is not None and types[column.key] == DATETIME:
                value = datetime.fromisoformat(value)
            if value is None and not table.c[column.key].nullable:
                value = ""
            values[column.key] = value
        # the local side of "deleted here, edited there" is a deleted record: it stays deleted
        values["deleted_at"] = datetime.fromisoformat(data["deleted_at"]) if data.get("deleted_at") else None
        for assoc in kind.associations:
            child = Base.metadata.tables[assoc.table]
            connection.execute(child.delete().where(child.c[assoc.parent_column] == record_id))
            value_type = types[assoc.key]
            items = list(dict.fromkeys(split_list(data.get(assoc.key) or "", value_type)))
            if items:
                connection.execute(child.insert(), [{assoc.parent_column: record_id,
                                                     assoc.value_column: v} for v in items])
    connection.execute(update(table).where(table.c.id == record_id).values(values))
