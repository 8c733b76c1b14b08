"""The canonical content of a sheet, whose SHA-256 the manifest carries (docs/sync-format.md).

Each data row becomes the JSON array (UTF-8, no spaces, no ASCII escaping) of the canonical
text of its cells, in column order, followed by a newline; the first line is the array of the
machine keys. Canonical text: empty cell "", text as is, integer in decimal, real number as
Python ``repr(float)``, boolean "true"/"false", date "YYYY-MM-DD", date-time
"YYYY-MM-DDTHH:MM:SS.mmmZ" (UTC, milliseconds).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime

from .schema import BOOL, DATE, DATETIME, FLOAT, INT

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def to_millis(value: datetime) -> datetime:
    """UTC with milliseconds: what an Excel date-time keeps exactly."""
    value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return value.replace(microsecond=value.microsecond // 1000 * 1000)


def canonical_text(kind: str, value) -> str:
    if value is None or value == "":
        return ""
    if kind == INT:
        return str(int(value))
    if kind == FLOAT:
        return repr(float(value))
    if kind == BOOL:
        return "true" if value else "false"
    if kind == DATE:
        return value.isoformat()
    if kind == DATETIME:  # values are UTC (to_millis); isoformat is much faster than strftime
        return value.replace(tzinfo=None).isoformat("T", "milliseconds") + "Z"
    return value


_CONVERTERS = {
    INT: lambda v: str(int(v)),
    FLOAT: lambda v: repr(float(v)),
    BOOL: lambda v: "true" if v else "false",
    DATE: lambda v: v.isoformat(),
    DATETIME: lambda v: canonical_text(DATETIME, v),
}


class SheetHasher:
    """Feeds rows of typed values; gives the row count and the SHA-256 of the canonical form.

    Same text as ``canonical_text`` cell by cell, with the conversions applied only to the
    typed columns (text, the bulk of a sheet, is its own canonical form).
    """

    def __init__(self, keys, types):
        self._converters = [(i, _CONVERTERS[t]) for i, t in enumerate(types) if t in _CONVERTERS]
        self._hash = hashlib.sha256()
        self._hash.update(_dumps(list(keys)).encode() + b"\n")
        self.rows = 0

    def add(self, values) -> None:
        texts = ["" if v is None else v for v in values]
        for i, convert in self._converters:
            value = texts[i]
            if value != "":
                texts[i] = convert(value)
        self._hash.update(_dumps(texts).encode() + b"\n")
        self.rows += 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


EXCEL_EPOCH = datetime(1899, 12, 30)
EXCEL_EPOCH_DATE = date(1899, 12, 30)
