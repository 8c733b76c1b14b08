"""What differs between the two versions of a conflict, field by field (for the person choosing).

Works on the typed rows of a merge plan and on the JSON kept in ``exchange_conflicts`` alike:
values are compared through their plain text form.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from .schema import KIND_BY_NAME
from .xlsx.canonical import to_millis

# Stamps and derived columns say nothing a person could choose on.
_SKIP = {"id", "version", "changed_by", "created_at", "updated_at", "base_version", "base_by", "name_key"}


@dataclass(frozen=True)
class Difference:
    key: str  # machine key of the column (schema.py)
    mine: str
    theirs: str


def plain(value) -> str:
    """A value as comparable text: ISO dates, "true"/"false", "" for empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return to_millis(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def is_deleted(record: dict | None) -> bool:
    """A tombstone row (``nature``) or a record with ``deleted_at``."""
    return record is None or "nature" in record or bool(record.get("deleted_at"))


def differences(kind_name: str, mine: dict | None, theirs: dict | None) -> list[Difference]:
    """The fields whose values differ, in sheet order; empty when either side is deleted.

    A personal field left empty on their side is not a difference: the file did not carry it
    (contacts' details travel only when asked), and the import never blanks it.
    """
    if mine is None or theirs is None or is_deleted(mine) or is_deleted(theirs):
        return []
    found = []
    for column in KIND_BY_NAME[kind_name].columns:
        if column.key in _SKIP:
            continue
        a, b = plain(mine.get(column.key)), plain(theirs.get(column.key))
        if column.personal and not b:
            continue
        if a != b:
            found.append(Difference(column.key, a, b))
    return found


def from_json(text: str | None) -> dict | None:
    return json.loads(text) if text else None
