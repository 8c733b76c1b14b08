"""Walk a sync file against the store, a chunk of rows at a time, so that neither the file nor the
store is ever held whole in memory. The preview reads the file; the import replays the rows the
preview checked from a private temporary file, so it applies exactly what was checked (and does
not parse the workbook twice).

For each chunk, the local records with the same ids (and, for answers and partners, the same
natural key) are read with one query per table, and each row is classified (merge.classify).
The preview also indexes the file's ids are indexed (an id appears once in a file), an id
already used here by a record of another kind is refused, and every reference must name a record
of the right kind, in the file or here.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator

from sqlalchemy import select

from ..messages import t, translatable
from .erased import NONE_ERASED, Erased, keep_erased_out, known_erased
from .errors import SyncFileError, where
from .merge import NATURAL_KEYS, classify, natural_key
from .reader import IdIndex, SyncFile
from .rows import STATES, association_lists, one_of, records_with_states
from .schema import ALL_DATA_SHEETS, DELETIONS_SHEET, IDLIST, KIND_BY_NAME, KIND_BY_SHEET, KINDS, REF, Column, Kind
from .xlsx.addresses import column_letter

APPLYING = (translatable("Application : {sheet}…"), translatable("Application : {sheet} ({count} lignes)…"))


def preview(connection, sync_file: SyncFile, device: str, progress, spool,
            erased: Erased = NONE_ERASED) -> Iterator[tuple[str, list]]:
    """Read the file through with every check; yield (sheet, [Change]) chunk by chunk, and keep
    each checked chunk in ``spool`` (a private temporary file) for ``replay``. ``erased``: the
    people the erasure register names (exchange/erased.py)."""
    index = IdIndex(sync_file)
    held = _kinds_held(connection)
    total = len(ALL_DATA_SHEETS)
    for position, sheet in enumerate(ALL_DATA_SHEETS):
        deferred: list = []
        for rows in sync_file.chunks(sheet, progress, (position, total)):
            index.add(sheet, rows)
            _check_other_kinds(connection, sync_file, sheet, rows, held)
            deferred += _check_references(connection, sync_file, sheet, rows, index, erased)
            pickle.dump((sheet, rows), spool, protocol=pickle.HIGHEST_PROTOCOL)
            yield sheet, _classified(connection, sheet, rows, device, held, erased)
        if deferred:
            _check_deferred(connection, sync_file, sheet, deferred, index, erased)


def replay(connection, spool, device: str, progress,
           erased: Erased = NONE_ERASED) -> Iterator[tuple[str, list]]:
    """The rows the preview checked, read back from ``spool`` (not from the file, which may have
    changed or gone since), classified again against the store as it is now."""
    spool.seek(0)
    held = _kinds_held(connection)
    total, count, current = len(ALL_DATA_SHEETS), 0, None
    while True:
        try:
            sheet, rows = pickle.load(spool)
        except EOFError:
            return
        if sheet != current:
            current, count = sheet, 0
            progress.step(ALL_DATA_SHEETS.index(sheet), total, t(APPLYING[0], sheet=sheet))
        count += len(rows)
        if count % 20000 < len(rows):
            progress.step(ALL_DATA_SHEETS.index(sheet), total, t(APPLYING[1], sheet=sheet, count=count))
        yield sheet, _classified(connection, sheet, rows, device, held, erased)


def _classified(connection, sheet: str, rows: list[dict], device: str, held: set[str], erased: Erased) -> list:
    """``held``: the kinds this store has records or tombstones of (no query for the others);
    nobody erased here (``erased``, or as the store knows) comes back (exchange/erased.py)."""
    changes = []
    nature = sheet == DELETIONS_SHEET
    for kind_name, group in _by_kind(sheet, rows):
        kind = KIND_BY_NAME[kind_name]
        if kind_name not in held:
            changes += [classify(kind_name, row, None, None, row["nature"] if nature else None, None, device)
                        for row in group]
            continue
        ids = [row["id"] for row in group]
        local = load_local(connection, kind, "id", ids)
        tombstones = _tombstones(connection, kind_name, ids)
        twins = _twins(connection, kind, [r for r in group if r["id"] not in local])
        for row in group:
            changes.append(classify(kind_name, row, local.get(row["id"]), tombstones.get(row["id"]),
                                    row["nature"] if nature else None, twins, device))
    if sheet in (KIND_BY_NAME["contact"].sheet, KIND_BY_NAME["participant"].sheet):
        keep_erased_out(connection, changes, erased)
    return changes


def _by_kind(sheet: str, rows: list[dict]):
    if sheet != DELETIONS_SHEET:
        return [(KIND_BY_SHEET[sheet].name, rows)]
    groups: dict[str, list] = {}
    for row in rows:
        groups.setdefault(row["kind"], []).append(row)
    return list(groups.items())


def load_local(connection, kind: Kind, column: str, values) -> dict[str, dict]:
    """{id: record dict with its association lists and sync state} for the records whose
    ``column`` is one of ``values``."""
    if not values:
        return {}
    records = {}
    for row in records_with_states(connection, kind, column, values):
        records[row["id"]] = dict(row)
    if records and kind.associations:
        lists = association_lists(connection, kind, list(records))
        for record_id, record in records.items():
            for key, values_by_parent in lists.items():
                record[key] = values_by_parent.get(record_id, "")
    else:
        for record in records.values():
            for association in kind.associations:
                record[association.key] = ""
    return records


def _tombstones(connection, kind_name: str, ids) -> dict[str, tuple[str, int | None]]:
    """{id: (tombstone, base version)}: what is known here of records deleted elsewhere."""
    query = select(STATES.c.record_id, STATES.c.tombstone, STATES.c.base_version).where(
        STATES.c.kind == kind_name, STATES.c.tombstone.is_not(None), one_of(STATES.c.record_id, ids))
    return {record_id: (tombstone, version) for record_id, tombstone, version in connection.execute(query)}


def _twins(connection, kind: Kind, rows: list[dict]) -> dict:
    """{natural key: local record} for rows new here whose natural key a local record holds
    (deleted records too: they hold their key)."""
    if kind.name not in NATURAL_KEYS or not rows:
        return {}
    first = NATURAL_KEYS[kind.name][0]
    wanted = {natural_key(kind.name, row) for row in rows}
    local = load_local(connection, kind, first, list({row[first] for row in rows}))
    return {key: record for record in local.values() if (key := natural_key(kind.name, record)) in wanted}


def _kinds_held(connection) -> set[str]:
    """The kinds of which this store holds at least one record, or knows a tombstone."""
    held = {kind.name for kind in KINDS
            if connection.execute(select(kind.table.c.id).limit(1)).first() is not None}
    return held | set(connection.execute(select(STATES.c.kind).where(STATES.c.tombstone.is_not(None)).distinct())
                      .scalars())


def _check_other_kinds(connection, sync_file: SyncFile, sheet: str, rows: list[dict], held: set[str]) -> None:
    """An id names one record of one kind: a row (or deletion) whose id is a local record of
    another kind is refused; kept, it would make every full export from here unreadable."""
    for kind_name, group in _by_kind(sheet, rows):
        for other in held - {kind_name}:
            table = KIND_BY_NAME[other].table
            ids = [r["id"] for r in group]
            listed = one_of(table.c.id, ids) if connection.dialect.name == "sqlite" else table.c.id.in_(ids)
            found = set(connection.execute(select(table.c.id).where(listed)).scalars())
            if found:
                row = next(r for r in group if r["id"] in found)
                letter = "B" if sheet == DELETIONS_SHEET else "A"
                place = where(sync_file.name, sheet, row["_row"], t("« {key} » ({letter})", key="id", letter=letter))
                raise SyncFileError(t(
                    "{place} : l'identifiant {key} est déjà celui d'un enregistrement « {label} » de vos données ; "
                    "un identifiant ne désigne qu'un seul enregistrement.", place=place, key=row["id"],
                    label=t(KIND_BY_NAME[other].label)))


def _references(kind: Kind):
    return [(i, c) for i, c in enumerate(kind.columns) if c.type in (REF, IDLIST) and c.ref]


def _check_references(connection, sync_file: SyncFile, sheet: str, rows: list[dict], index: IdIndex,
                      erased: Erased = NONE_ERASED) -> list:
    """Refuse a reference to a record that is neither in the file nor here. A reference to a
    record of the same sheet may come before it: those are returned, checked at the sheet's end.
    A person erased here (``erased``, or whose erasure arrived before any copy of them) counts as
    known: the row is written without them (exchange/erased.py)."""
    if sheet == DELETIONS_SHEET:
        return []
    kind = KIND_BY_SHEET[sheet]
    personal_travels = sync_file.manifest.with_contacts
    deferred: list[tuple[dict, int, Column, str]] = []
    unresolved: list[tuple[dict, int, Column, str]] = []
    for position, column in _references(kind):
        if column.personal and not personal_travels:
            continue
        wanted = KINDS.index(KIND_BY_NAME[column.ref])
        for row in rows:
            value = row.get(column.key)
            if not value:
                continue
            for target in value.split(";") if column.type == IDLIST else (value,):
                target = target.strip()
                if index.kind_of(target) == wanted:
                    continue
                item = (row, position, column, target)
                (deferred if column.ref == kind.name else unresolved).append(item)
    _refuse_missing(connection, sync_file, sheet, unresolved, erased)
    return deferred


def _check_deferred(connection, sync_file, sheet, deferred, index, erased: Erased = NONE_ERASED) -> None:
    wanted = KINDS.index(KIND_BY_SHEET[sheet])
    _refuse_missing(connection, sync_file, sheet, [item for item in deferred if index.kind_of(item[3]) != wanted],
                    erased)


def _refuse_missing(connection, sync_file: SyncFile, sheet: str, items: list, erased: Erased) -> None:
    for start in range(0, len(items), 2000):
        part = items[start:start + 2000]
        by_kind: dict[str, set] = {}
        for _, _, column, target in part:
            by_kind.setdefault(column.ref, set()).add(target)
        here = set()
        for kind_name, targets in by_kind.items():
            table = KIND_BY_NAME[kind_name].table
            found = set(connection.execute(select(table.c.id).where(table.c.id.in_(list(targets)))).scalars())
            if kind_name == "contact":  # someone erased here, maybe before any copy of them came
                found |= known_erased(connection, targets - found, erased.all)
            here |= {(kind_name, record_id) for record_id in found}
        for row, position, column, target in part:
            if (column.ref, target) not in here:
                place = where(sync_file.name, sheet, row["_row"],
                              t("« {key} » ({letter})", key=column.key, letter=column_letter(position)))
                raise SyncFileError(t(
                    "{place} : référence à un {label} inexistant ({target}) — il n'est ni dans ce fichier "
                    "ni dans vos données.", place=place, label=t(KIND_BY_NAME[column.ref].label), target=target))
