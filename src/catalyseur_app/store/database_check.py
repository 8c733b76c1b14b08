"""« Vérifier la base » / ``backup check``: a full integrity check of the live database, read only.

Unlike the quick check at start, ``PRAGMA integrity_check`` reads every page and every index; it
runs on a read snapshot, so the window may keep writing meanwhile.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from catalyseur_app.messages import t

from .backup import table_counts

MAX_PROBLEMS = 20


@dataclass
class DatabaseCheck:
    path: Path
    problems: list[str] = field(default_factory=list)  # empty when the database is sound
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db_path: Path) -> DatabaseCheck:
    result = DatabaseCheck(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        result.problems.append(t("La base de données « {path} » est absente ou vide.", path=db_path))
        return result
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as connection:
            rows = connection.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
        if [row[0] for row in rows] != ["ok"]:
            result.problems.extend(str(row[0]) for row in rows)
            return result
        result.counts = table_counts(db_path)
    except sqlite3.Error as error:
        result.problems.append(t("La base de données « {path} » est illisible ({error}).", path=db_path, error=error))
    return result
