"""Compare one sync file with the consolidation store, by the exchange's own merge rules.

``exchange.importer.make_plan`` loads every local record of every kind before comparing, which is
right for one catalyseur's store and far too slow for a store holding 350 catalyseurs: here only
the records the file names (its ids, the natural-key twins under its parents, the records it
refers to) are loaded, and each row is classified by the same functions make_plan uses
(``classify``, ``natural_index``); the import's two refusals (a reference to nothing, an id of
another kind) are made from what is loaded, with the import's messages.

The foundation never edits a record itself: every record it holds came from a file. A record's
base is the one its row carried (the stamp its author had received before changing it), kept in
the sync states only when the row had one (``foundation.writing``): with it, the version a change
was made on is recognised as older even when it arrives after the change, so the outcome does not
depend on the order the files are taken in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select

from catalyseur_app.exchange import merge
from catalyseur_app.exchange.errors import SyncFileError, where
from catalyseur_app.exchange.merge import Change, Plan
from catalyseur_app.exchange.reader import SyncFile
from catalyseur_app.exchange.rows import STATES, join_list
from catalyseur_app.exchange.schema import DELETIONS_SHEET, IDLIST, KIND_BY_NAME, KINDS, REF, Kind
from catalyseur_app.exchange.xlsx.addresses import column_letter
from catalyseur_app.messages import t
from catalyseur_app.store.models import Base

from .erasures import erased_before_arriving

CHUNK = 500  # ids per IN (…) list
# kind -> (column naming its parent, the parent's kind), under which natural-key twins are looked for
NATURAL_PARENTS = {"partner": ("partnership_id", "partnership"), "answer": ("diagnostic_id", "diagnostic")}


def chunks(values: list, size: int = CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def load_records(connection, kind: Kind, ids, column: str = "id") -> dict[str, dict]:
    """{id: record with its association lists} for the records whose ``column`` is in ``ids``."""
    table = kind.table
    records: dict[str, dict] = {}
    wanted = sorted(set(ids))
    for part in chunks(wanted):
        for row in connection.execute(select(table).where(table.c[column].in_(part))).mappings():
            record = dict(row)
            record["base_version"] = record["base_by"] = None
            records[record["id"]] = record
    if records and kind.associations:
        for assoc in kind.associations:
            child = Base.metadata.tables[assoc.table]
            grouped: dict[str, list] = defaultdict(list)
            for part in chunks(list(records)):
                query = select(child.c[assoc.parent_column], child.c[assoc.value_column]).where(
                    child.c[assoc.parent_column].in_(part))
                for parent, value in connection.execute(query):
                    grouped[parent].append(value)
            for record_id, record in records.items():
                record[assoc.key] = join_list(grouped.get(record_id, []))
    return records


def marks(connection, count: int) -> str:
    """``count`` parameter marks in the driver's style, for SQL given to it directly."""
    return ", ".join(["?" if connection.dialect.paramstyle == "qmark" else "%s"] * count)


def _existing_ids(connection, kind: Kind, ids: set[str]) -> set[str]:
    return _holders(connection, ids, [kind])[kind.name]


def _holders(connection, ids: set[str], kinds: Sequence[Kind] = KINDS) -> dict[str, set[str]]:
    """{kind: those of ``ids`` its table holds}: one statement per chunk over every table, in the
    driver's own SQL (SQLAlchemy's IN lists cost more to build than the lookups themselves)."""
    found: dict[str, set[str]] = {kind.name: set() for kind in kinds}
    if connection.dialect.name == "postgresql":
        # The ids sent once, as one array: PostgreSQL plans a list of 500 parameters per table
        # (5,500 for the eleven) far more slowly than it runs the lookups.
        sql = "WITH wanted AS MATERIALIZED (SELECT unnest(CAST(%s AS text[])) AS id) " + " UNION ALL ".join(
            f'SELECT \'{kind.name}\', t.id FROM "{kind.table.name}" AS t JOIN wanted ON t.id = wanted.id'
            for kind in kinds)
        wanted = sorted(ids)
        for kind_name, record_id in connection.exec_driver_sql(sql, (wanted,)) if wanted else ():
            found[kind_name].add(record_id)
        return found
    for part in chunks(sorted(ids)):
        places = marks(connection, len(part))
        sql = " UNION ALL ".join(f'SELECT \'{kind.name}\', id FROM "{kind.table.name}" WHERE id IN ({places})'
                                 for kind in kinds)
        for kind_name, record_id in connection.exec_driver_sql(sql, tuple(part) * len(kinds)):
            found[kind_name].add(record_id)
    return found


def _tombstones(connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, int | None]]:
    found: dict[tuple[str, str], tuple[str, int | None]] = {}
    if not keys or connection.execute(select(STATES.c.kind).where(STATES.c.tombstone.is_not(None)).limit(1)).first() \
            is None:
        return found  # the usual case: no deletion ever arrived before its record
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, record_id in keys:
        by_kind[kind].append(record_id)
    for kind, ids in by_kind.items():
        for part in chunks(ids):
            query = select(STATES.c.record_id, STATES.c.tombstone, STATES.c.base_version).where(
                STATES.c.kind == kind, STATES.c.record_id.in_(part), STATES.c.tombstone.is_not(None))
            for record_id, tombstone, version in connection.execute(query):
                found[(kind, record_id)] = (tombstone, version)
    return found


def _load_bases(connection, locals_by_kind: dict[str, dict]) -> None:
    """Give the loaded records the base their row carried, where one was kept."""
    by_id = {record_id: record for records in locals_by_kind.values() for record_id, record in records.items()}
    for part in chunks(sorted(by_id)):
        query = select(STATES.c.record_id, STATES.c.base_version, STATES.c.base_by).where(
            STATES.c.record_id.in_(part), STATES.c.tombstone.is_(None), STATES.c.base_version.is_not(None))
        for record_id, version, author in connection.execute(query):
            by_id[record_id].update(base_version=version, base_by=author)


def _referenced(sync_file: SyncFile) -> dict[str, set[str]]:
    """{kind: ids the file refers to}."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for kind in KINDS:
        refs = [c for c in kind.columns if c.type in (REF, IDLIST) and c.ref]
        for row in sync_file.records[kind.name] if refs else ():
            for column in refs:
                value = row.get(column.key)
                if value:
                    wanted[column.ref or ""].update(v.strip() for v in value.split(";") if v.strip())
    return wanted


# The two refusals below are the import's (exchange/walk.py), with its messages; they are made
# here from what is already loaded because walk's queries pass ids through SQLite's json_each.

def _check_other_kinds(sync_file: SyncFile, locals_by_kind: dict[str, dict]) -> None:
    """An id already naming a record of another kind is refused."""
    incoming: list[tuple[str | None, str, str, list[dict]]] = [
        (kind.name, kind.sheet, "A", sync_file.records[kind.name]) for kind in KINDS]
    incoming.append((None, DELETIONS_SHEET, "B", sync_file.deletions))
    for name, sheet, letter, rows in incoming:
        for row in rows:
            own = name or row["kind"]
            other = next((k for k, records in locals_by_kind.items() if k != own and row["id"] in records), None)
            if other is not None:
                place = where(sync_file.name, sheet, row["_row"], t("« {key} » ({letter})", key="id", letter=letter))
                raise SyncFileError(t(
                    "{place} : l'identifiant {key} est déjà celui d'un enregistrement « {label} » de vos données ; "
                    "un identifiant ne désigne qu'un seul enregistrement.", place=place, key=row["id"],
                    label=t(KIND_BY_NAME[other].label)))


def _check_references(sync_file: SyncFile, ids: dict[str, set[str]], known: dict[str, set[str]]) -> None:
    """A reference to a record neither in the file nor in the store is refused."""
    personal_travels = sync_file.manifest.with_contacts
    for kind in KINDS:
        for position, column in enumerate(kind.columns):
            if column.type not in (REF, IDLIST) or not column.ref or (column.personal and not personal_travels):
                continue
            for row in sync_file.records[kind.name]:
                value = row.get(column.key)
                for target in (value.split(";") if column.type == IDLIST else (value,)) if value else ():
                    target = target.strip()
                    if target and target not in ids[column.ref] and target not in known[column.ref]:
                        place = where(sync_file.name, kind.sheet, row["_row"],
                                      t("« {key} » ({letter})", key=column.key, letter=column_letter(position)))
                        raise SyncFileError(t(
                            "{place} : référence à un {label} inexistant ({target}) — il n'est ni dans ce fichier "
                            "ni dans vos données.", place=place, label=t(KIND_BY_NAME[column.ref].label),
                            target=target))


def plan_file(connection, sync_file: SyncFile) -> Plan:
    """The merge plan of ``sync_file`` against the store; raises SyncFileError (a reference to a
    record that is neither in the file nor in the store) with nothing changed."""
    plan = Plan(sync_file)
    ids: dict[str, set[str]] = {k.name: {r["id"] for r in sync_file.records[k.name]} for k in KINDS}
    for row in sync_file.deletions:
        ids[row["kind"]].add(row["id"])
    # Every id of the file is looked up in every table, so an id that already names a record of
    # another kind is refused as on a catalyseur's import (see _check_other_kinds); only the
    # records found are loaded.
    every_id = set().union(*ids.values())
    held = _holders(connection, every_id)
    locals_by_kind = {kind.name: load_records(connection, kind, held[kind.name]) if held[kind.name] else {}
                      for kind in KINDS}
    for kind_name, (parent, parent_name) in NATURAL_PARENTS.items():
        # a parent new in this file has no record under it here yet
        new_parents = ids[parent_name] - held[parent_name]
        parents = {r[parent] for r in sync_file.records[kind_name]} - new_parents
        if parents:
            twins = load_records(connection, KIND_BY_NAME[kind_name], parents, parent)
            locals_by_kind[kind_name] = {**twins, **locals_by_kind[kind_name]}
    _load_bases(connection, locals_by_kind)
    _check_other_kinds(sync_file, locals_by_kind)
    known = {name: set(records) for name, records in locals_by_kind.items()}
    for kind_name, referenced in _referenced(sync_file).items():
        missing = referenced - ids[kind_name] - known[kind_name]
        if missing:
            known[kind_name] |= _existing_ids(connection, KIND_BY_NAME[kind_name], missing)
            if kind_name == "contact":  # someone erased before any copy of them came (foundation.erasures)
                known[kind_name] |= erased_before_arriving(connection, missing - known[kind_name])
    _check_references(sync_file, ids, known)
    keys = [(k.name, r["id"]) for k in KINDS for r in sync_file.records[k.name] if r["id"] not in known[k.name]]
    keys += [(r["kind"], r["id"]) for r in sync_file.deletions if r["id"] not in known[r["kind"]]]
    tombstones = _tombstones(connection, keys)
    natural = merge.natural_index(locals_by_kind)
    for kind in KINDS:
        local_records = locals_by_kind[kind.name]
        for row in sync_file.records[kind.name]:
            plan.add(merge.classify(kind.name, row, local_records.get(row["id"]),
                                    tombstones.get((kind.name, row["id"])), None, natural.get(kind.name), ""))
    for row in sync_file.deletions:
        local = locals_by_kind[row["kind"]].get(row["id"])
        plan.add(merge.classify(row["kind"], row, local, tombstones.get((row["kind"], row["id"])),
                                row["nature"], natural.get(row["kind"]), ""))
    return plan


def by_kind(plan: Plan) -> dict[str, list[Change]]:
    grouped: dict[str, list[Change]] = {k.name: [] for k in KINDS}
    for change in plan.changes:
        grouped[change.kind].append(change)
    return grouped
