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
from typing import IO, TYPE_CHECKING

from catalyseur_app.store.models.exchange import TOMBSTONE_ERASED

from ..messages import t
from .reader import SyncFile
from .schema import KIND_BY_NAME, NATURE_ERASED
from .xlsx.canonical import to_millis

if TYPE_CHECKING:
    from .trust import TrustCheck

ADD, UPDATE, DELETE, ERASE, CONFLICT, UNCHANGED, IGNORED = (
    "add", "update", "delete", "erase", "conflict", "unchanged", "ignored")
LOCAL, INCOMING = "local", "incoming"
NATURAL_KEYS = {"partner": ("partnership_id", "actor_id"), "answer": ("diagnostic_id", "question")}


@dataclass
class Change:
    kind: str
    record_id: str
    action: str
    incoming: dict  # typed row from the file (a tombstone row for deletions)
    local: dict | None = None
    reason: str = ""
    rule_choice: str | None = None  # for conflicts: what the headless rule picks
    tombstone: str | None = None  # "suppression" / "effacement" when the incoming is a tombstone
    duplicate: bool = False  # the incoming record repeats ``local`` (natural key) under another id

    @property
    def local_id(self) -> str:
        """The id written when the conflict is settled: the local twin's for a duplicate."""
        return self.local["id"] if self.duplicate and self.local else self.record_id

    @property
    def label(self) -> str:
        record = self.incoming if self.incoming and not self.tombstone else self.local or {}
        for key in ("name", "title", "full_name", "question", "volet"):
            if record.get(key):
                return str(record[key])
        return self.record_id


@dataclass
class Plan:
    """What importing a file would do: counts per action and the changes (with ``explain_only``,
    only those worth explaining, not plain additions, updates and unchanged records, so that a
    large file is not held in memory)."""

    file: SyncFile
    changes: list[Change] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    last_applied: int | None = None  # sequence of the newest file already applied from that device
    counts: dict[str, int] = field(default_factory=dict)
    adds: dict[str, int] = field(default_factory=dict)  # kind -> records to add
    explain_only: bool = False  # keep only the changes worth explaining (the preview of a file)
    # The rows the preview checked, for the import: an anonymous temporary file, gone with the plan.
    spool: IO[bytes] | None = field(default=None, repr=False)
    trust: TrustCheck | None = None  # set by importer.preview_import

    def add(self, change: Change) -> None:
        self.counts[change.action] = self.counts.get(change.action, 0) + 1
        if change.action == ADD:
            self.adds[change.kind] = self.adds.get(change.kind, 0) + 1
        if not self.explain_only or change.action not in (ADD, UPDATE, UNCHANGED) or change.reason:
            self.changes.append(change)

    def count(self, action: str) -> int:
        return self.counts.get(action, 0)

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.action == CONFLICT]

    @property
    def has_work(self) -> bool:
        return any(self.count(a) for a in (ADD, UPDATE, DELETE, ERASE, CONFLICT))

    def summary(self) -> dict[str, int]:
        return {a: self.count(a) for a in (ADD, UPDATE, DELETE, ERASE, CONFLICT, UNCHANGED, IGNORED)}


def classify(kind, row, local, tombstone, nature, twins, device) -> Change:
    """What to do with one incoming row (a tombstone when ``nature`` is given); ``twins`` maps
    natural keys (answers, partners) to the local records holding them."""
    change = Change(kind, row["id"], UNCHANGED, incoming=row, local=local, tombstone=nature)
    incoming_stamp = (row["version"], row["changed_by"])
    if local is None:
        if nature:
            change.action, change.reason = IGNORED, t("rien à supprimer ici")
        elif tombstone and tombstone[0] == TOMBSTONE_ERASED:  # the store's word, not the file's
            change.action, change.reason = IGNORED, t("cette personne a été effacée : elle le reste")
        elif tombstone and (tombstone[1] or 0) >= row["version"]:
            change.action, change.reason = IGNORED, t("déjà supprimé")
        elif twins and natural_key(kind, row) in twins:
            _classify_duplicate(change, kind, twins[natural_key(kind, row)])
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


def natural_key(kind_name: str, row: dict):
    return tuple(row.get(k) for k in NATURAL_KEYS[kind_name])


def natural_index(locals_by_kind) -> dict[str, dict]:
    """{kind: {natural key: local record}} of records already in memory (deleted ones too: they
    hold their key), for ``classify``'s ``twins``."""
    return {kind: {natural_key(kind, r): r for r in locals_by_kind[kind].values()} for kind in NATURAL_KEYS}
