"""Records as rows of the sync workbook, read with SQLAlchemy Core for speed."""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import and_, bindparam, func, literal_column, select

from catalyseur_app.store.models import Base, SyncState

from .schema import DATETIME, INTLIST, LIST_SEPARATOR, Kind
from .xlsx.canonical import to_millis

STATES = SyncState.__table__


def association_lists(connection, kind: Kind, parents=None) -> dict[str, dict[str, str]]:
    """{association key: {parent id: "a;b;c"}} with the values sorted (of ``parents`` only, if given)."""
    lists: dict[str, dict[str, str]] = {}
    for assoc in kind.associations:
        table = Base.metadata.tables[assoc.table]
        grouped: dict[str, list] = defaultdict(list)
        query = select(table.c[assoc.parent_column], table.c[assoc.value_column])
        if parents is not None:
            query = query.where(one_of(table.c[assoc.parent_column], parents))
        for parent, value in connection.execute(query):
            grouped[parent].append(value)
        lists[assoc.key] = {p: join_list(v) for p, v in grouped.items()}
    return lists


def one_of(column, values):
    """``column IN (values)`` with the values as one JSON parameter: the statement stays the same
    whatever their number (SQLAlchemy caches it) and SQLite reads them with json_each."""
    listed = select(literal_column("value")).select_from(func.json_each(bindparam("listed", json.dumps(list(values)))))
    return column.in_(listed.scalar_subquery())


def join_list(values) -> str:
    return LIST_SEPARATOR.join(str(v) for v in sorted(values))


def split_list(text: str | None, kind: str) -> list:
    if not text:
        return []
    parts = [p.strip() for p in text.split(LIST_SEPARATOR) if p.strip()]
    return [int(p) for p in parts] if kind == INTLIST else parts


def records_with_states(connection, kind: Kind, column: str | None = None, values=None):
    """Every record of ``kind`` (deleted ones too) with its sync state, ordered by id; only those
    whose ``column`` is one of ``values`` when given."""
    table = kind.table
    join = table.outerjoin(STATES, and_(STATES.c.kind == kind.name, STATES.c.record_id == table.c.id))
    query = select(table, STATES.c.base_version, STATES.c.base_by, STATES.c.sent_version,
                   STATES.c.sent_by).select_from(join).order_by(table.c.id)
    if column is not None:
        query = query.where(one_of(table.c[column], values))
    return connection.execute(query).mappings()


def to_row(kind: Kind, record, lists, blank_personal: bool) -> tuple:
    values = []
    same_base = (record.get("base_version"), record.get("base_by")) == (record.get("version"), record.get("changed_by"))
    for column in kind.columns:
        key = column.key
        value = lists[key].get(record["id"], "") if key in lists else record.get(key)
        if column.personal and blank_personal or (same_base and key in ("base_version", "base_by")):
            value = None  # a base equal to the record's own stamp says nothing: left empty
        elif value is not None and column.type == DATETIME:
            value = to_millis(value)
        values.append(value)
    return tuple(values)
