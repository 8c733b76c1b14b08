"""Bulk inserts into tables whose rows a trigger copies into a search index (FTS5).

A row-by-row ``AFTER INSERT`` trigger costs about ten times the insert itself; for a large import
the trigger is set aside inside the import's transaction, the rows are inserted, the index gets
them in one ``INSERT … SELECT`` with the trigger's own statement and condition, and the trigger is
created again from its stored SQL. Being inside the transaction, a cancel or an error rolls all
of it back, trigger included. A trigger of any other shape is left in place (slower, same result).
"""

from __future__ import annotations

import re
from contextlib import contextmanager

BULK_THRESHOLD = 1000  # rows: below this, the triggers run as usual

_TRIGGER = re.compile(
    r"^CREATE TRIGGER\s+(?P<name>\w+)\s+AFTER INSERT ON\s+\"?(?P<table>\w+)\"?\s+"
    r"(?:WHEN\s+(?P<when>.+?)\s+)?BEGIN\s+"
    r"(?P<insert>INSERT INTO\s+\w+\s*\([^)]*\))\s+VALUES\s*\((?P<values>[^;]*)\)\s*;\s*END$",
    re.S | re.I)


def _insert_triggers(connection, table: str) -> list[tuple[str, str, re.Match]]:
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)).fetchall()
    found = []
    for name, sql in rows:
        match = _TRIGGER.match((sql or "").strip())
        if match and match.group("table") == table:
            found.append((name, sql, match))
    return found


@contextmanager
def bulk_insert(connection, table: str, count: int):
    """Around a large executemany into ``table``: its index-copying insert triggers run once, set-wise."""
    triggers = _insert_triggers(connection, table) if count >= BULK_THRESHOLD else []
    if not triggers:
        yield
        return
    before = connection.exec_driver_sql(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').scalar()
    for name, _, _ in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _, sql, match in triggers:
        condition = f" AND ({match.group('when')})" if match.group("when") else ""
        connection.exec_driver_sql(
            f'{match.group("insert")} SELECT {match.group("values")} FROM "{table}" AS new '
            f"WHERE new.rowid > ?{condition}", (before,))
        connection.exec_driver_sql(sql)
