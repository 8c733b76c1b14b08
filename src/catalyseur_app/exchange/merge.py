"""Compare a sync file with the local store: what to add, update, delete, and the conflicts.

Stamps, not clocks, decide (docs/sync-format.md, "Fusion"). For one record, the incoming copy
*descends* from the local one when the file says it was based on the local stamp, or when the
same device made both and the incoming version is higher (a device's own copy only moves
forward). The local copy descends from the incoming one in the mirror cases, or when the local
sync base is the incoming stamp. Otherwise both changed since they last agreed: a conflict.

Headless rule for conflicts: an edit wins over a deletion; otherwise the higher version wins,
and at equal versions the greater device id. The rule is symmetric, so two devices settling
the same conflict each on its side end with the same content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from catalyseur_app.progress import NO_PROGRESS, Progress

from .canonical import to_millis
from ..messages import t
from .errors import SyncFileError, where
from .reader import SyncFile
from .rows import association_lists, records_with_states
from .schema import DELETIONS_SHEET, IDLIST, KIND_BY_NAME, KINDS, NATURE_ERASED, REF
from .xlsx_writer import column_letter

ADD, UPDATE, DELETE, ERASE, CONFLICT, UNCHANGED, IGNORED = (
    "add", "update", "delete", "erase", "conflict", "unchanged", "ignored")
LOCAL, INCOMING = "local", "incoming"
NATURAL_KEYS = {"partner": ("partnership_id", "actor_id"), "answer": ("diagnostic_id", "question")}


@dataclass
class Change:
    kind: str
    record_id: str
    action: str
    incoming: dict | None = None  # typed row from the file (a tombstone row for deletions)
    local: dict | None = None
    reason: str = ""
    rule_choice: str | None = None  # for conflicts: what the headless rule picks
    tombstone: str | None = None  # "suppression" / "effacement" when the incoming is a tombstone
    duplicate: bool = False  # the incoming record repeats ``local`` (natural key) under another id

    @property
    def local_id(self) -> str:
        """The id written when the conflict is settled: the local twin's for a duplicate."""
        return self.local["id"] if self.duplicate else self.record_id

    @property
    def label(self) -> str:
        record = self.incoming if self.incoming and not self.tombstone else self.local or {}
        for key in ("name", "title", "full_name", "question", "volet"):
            if record.get(key):
                return str(record[key])
        return self.record_id


@dataclass
class Plan:
    file: SyncFile
    changes: list[Change] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    last_applied: int | None = None  # sequence of the newest file already applied from that device

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.action == CONFLICT]

    @property
    def has_work(self) -> bool:
        return any(c.action not in (UNCHANGED, IGNORED) for c in self.changes)

    def summary(self) -> dict[str, int]:
        return {a: self.count(a) for a in (ADD, UPDATE, DELETE, ERASE, CONFLICT, UNCHANGED, IGNORED)}


def load_local(connection, kind):
    """{id: record dict with its association lists and sync state}."""
    lists = association_lists(connection, kind)
    records = {}
    for row in records_with_states(connection, kind):
        record = dict(row)
        for key, values in lists.items():
            record[key] = values.get(record["id"], "")
        records[record["id"]] = record
    return records


def load_tombstones(connection) -> dict[tuple[str, str], tuple[str, int | None]]:
    from .rows import STATES
    from sqlalchemy import select

    query = select(STATES.c.kind, STATES.c.record_id, STATES.c.tombstone, STATES.c.base_version).where(
        STATES.c.tombstone.is_not(None))
    return {(k, r): (t, v) for k, r, t, v in connection.execute(query)}


def make_plan(store, sync_file: SyncFile, progress: Progress = NO_PROGRESS) -> Plan:
    manifest = sync_file.manifest
    if manifest.device_id == store.device_id:
        raise SyncFileError(t("« {name} » a été fait par cet appareil-ci : il ne peut pas y être importé "
                              "(un fichier s'importe sur un autre appareil ou à la Fondation).", name=sync_file.name))
    plan = Plan(sync_file)
    with store.read() as session:
        connection = session.connection()
        from .peers import last_sequence

        last = last_sequence(connection, manifest.device_id)
        plan.last_applied = last
        if last is not None and manifest.sequence <= last:
            plan.warnings.append(t(
                "Ce fichier est l'envoi n° {sequence} de cet appareil ; l'envoi n° {last} a déjà été "
                "appliqué : les données plus récentes déjà présentes sont conservées.",
                sequence=manifest.sequence, last=last))
        locals_by_kind = {}
        for index, kind in enumerate(KINDS):
            progress.step(index, len(KINDS) + 1, t("Comparaison : {sheet}…", sheet=kind.sheet))
            locals_by_kind[kind.name] = load_local(connection, kind)
        tombstones = load_tombstones(connection)
    _check_kinds(sync_file, locals_by_kind)
    _check_references(sync_file, locals_by_kind)
    device = store.device_id
    natural = _natural_index(locals_by_kind)
    for kind in KINDS:
        local_records = locals_by_kind[kind.name]
        for row in sync_file.records[kind.name]:
            plan.changes.append(_classify(kind.name, row, local_records.get(row["id"]),
                                          tombstones.get((kind.name, row["id"])), None, natural, device))
    for row in sync_file.deletions:
        local = locals_by_kind[row["kind"]].get(row["id"])
        plan.changes.append(_classify(row["kind"], row, local, tombstones.get((row["kind"], row["id"])),
                                      row["nature"], natural, device))
    progress.step(len(KINDS) + 1, len(KINDS) + 1, t("Comparaison terminée."))
    return plan


def _classify(kind, row, local, tombstone, nature, natural, device) -> Change:
    change = Change(kind, row["id"], UNCHANGED, incoming=row, local=local, tombstone=nature)
    incoming_stamp = (row["version"], row["changed_by"])
    if local is None:
        if nature:
            change.action, change.reason = IGNORED, t("rien à supprimer ici")
        elif tombstone and tombstone[0] == NATURE_ERASED:
            change.action, change.reason = IGNORED, t("cette personne a été effacée : elle le reste")
        elif tombstone and (tombstone[1] or 0) >= row["version"]:
            change.action, change.reason = IGNORED, t("déjà supprimé")
        elif kind in NATURAL_KEYS and _natural_key(kind, row) in natural[kind]:
            _classify_duplicate(change, kind, natural[kind][_natural_key(kind, row)])
        else:
            change.action = ADD
        return change
    local_stamp = (local["version"], local["changed_by"])
    if kind == "contact" and local.get("erased_at") is not None:
        change.action, change.reason = IGNORED, t("cette personne a été effacée : elle le reste")
        return change
    if nature == NATURE_ERASED:
        change.action = ERASE
        return change
    if incoming_stamp == local_stamp:
        return change
    incoming_base = (row.get("base_version"), row.get("base_by"))
    local_base = (local.get("base_version"), local.get("base_by"))
    if incoming_base == local_stamp or (row["changed_by"] == local["changed_by"] and row["version"] > local["version"]):
        change.action = DELETE if nature else UPDATE
        return change
    if local_base == incoming_stamp or (row["changed_by"] == local["changed_by"] and row["version"] < local["version"]):
        change.reason = t("votre version est plus récente")
        return change
    local_deleted = local.get("deleted_at") is not None
    if nature and local_deleted:
        change.reason = t("supprimé des deux côtés")
        return change
    if not nature and not local_deleted and same_content(kind, row, local):
        change.reason = t("mêmes modifications des deux côtés")
        return change
    change.action = CONFLICT
    change.rule_choice = rule_choice(row, local, bool(nature), local_deleted)
    return change


def _classify_duplicate(change: Change, kind: str, twin: dict) -> None:
    """An answer (or partner) made on both devices under two ids: one record is kept, the local
    one; its content is settled like any conflict, so both devices end with the same content."""
    change.local, change.duplicate = twin, True
    twin_deleted = twin.get("deleted_at") is not None
    if not twin_deleted and same_content(kind, change.incoming, twin):
        change.action, change.reason = IGNORED, t("déjà présent sous un autre identifiant, avec le même contenu")
        return
    change.action = CONFLICT
    change.reason = t("fait des deux côtés sous deux identifiants différents")
    change.rule_choice = rule_choice(change.incoming, twin, False, twin_deleted)


def rule_choice(incoming, local, incoming_deleted: bool, local_deleted: bool) -> str:
    if incoming_deleted != local_deleted:
        return LOCAL if incoming_deleted else INCOMING  # an edit wins over a deletion
    if incoming["version"] != local["version"]:
        return INCOMING if incoming["version"] > local["version"] else LOCAL
    return INCOMING if incoming["changed_by"] > local["changed_by"] else LOCAL


def same_content(kind_name, row, local) -> bool:
    kind = KIND_BY_NAME[kind_name]
    skip = {"id", "version", "changed_by", "created_at", "updated_at", "base_version", "base_by"}
    for column in kind.columns:
        if column.key in skip:
            continue
        if _comparable(row.get(column.key)) != _comparable(local.get(column.key)):
            return False
    return True


def _comparable(value):
    if isinstance(value, datetime):
        return to_millis(value)
    return value if value not in ("", None) else None


def _natural_key(kind, row):
    return tuple(row.get(k) for k in NATURAL_KEYS[kind])


def _natural_index(locals_by_kind):
    """{kind: {natural key: local record}} (deleted records too: they hold their key)."""
    return {kind: {_natural_key(kind, r): r for r in locals_by_kind[kind].values()} for kind in NATURAL_KEYS}


def _check_kinds(sync_file: SyncFile, locals_by_kind) -> None:
    """An id names one record of one kind: an incoming row (or deletion) whose id is a local record
    of another kind is refused; kept, it would make every full export from here unreadable."""
    held = [(name, records) for name, records in locals_by_kind.items() if records]
    if not held:
        return
    incoming = [(kind.name, kind.sheet, "A", sync_file.records[kind.name]) for kind in KINDS]
    incoming.append((None, DELETIONS_SHEET, "B", sync_file.deletions))
    for name, sheet, letter, rows in incoming:
        others = [(other, records) for other, records in held if other != name]
        for row in rows:
            kind = name or row["kind"]
            for other, records in others:
                if other != kind and row["id"] in records:
                    place = where(sync_file.name, sheet, row["_row"], t("« {key} » ({letter})", key="id", letter=letter))
                    raise SyncFileError(t(
                        "{place} : l'identifiant {key} est déjà celui d'un enregistrement « {label} » de vos données ; "
                        "un identifiant ne désigne qu'un seul enregistrement.", place=place, key=row["id"],
                        label=t(KIND_BY_NAME[other].label)))


def _check_references(sync_file: SyncFile, locals_by_kind) -> None:
    in_file = {k.name: {r["id"] for r in sync_file.records[k.name]} for k in KINDS}
    personal_travels = sync_file.manifest.with_contacts
    for kind in KINDS:
        refs = [(i, c) for i, c in enumerate(kind.columns) if c.type in (REF, IDLIST) and c.ref]
        if not refs:
            continue
        for row in sync_file.records[kind.name]:
            for position, column in refs:
                if column.personal and not personal_travels:
                    continue
                value = row.get(column.key)
                if not value:
                    continue
                for target in value.split(";") if column.type == IDLIST else (value,):
                    target = target.strip()
                    if target not in in_file[column.ref] and target not in locals_by_kind[column.ref]:
                        label = KIND_BY_NAME[column.ref].label
                        place = where(sync_file.name, kind.sheet, row["_row"],
                                      t("« {key} » ({letter})", key=column.key, letter=column_letter(position)))
                        raise SyncFileError(t(
                            "{place} : référence à un {label} inexistant ({target}) — il n'est ni dans ce fichier "
                            "ni dans vos données.", place=place, label=t(label), target=target))
