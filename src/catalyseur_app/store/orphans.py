"""What an interrupted run leaves in the data folder, cleaned at the next start (under the lock).

- Temporary files of ``catalyseur_app.atomic`` (``.<name>.<random>.part``) whose rename never came,
  with the ``-journal`` SQLite may have made beside one (a backup being copied): only names that
  start with ``.catalyseur`` — the files this application writes there — never anyone else's.
- The database's rollback journal (``catalyseur.sqlite-journal``): a hot journal is rolled back
  by SQLite itself when the database is first opened for writing, which is done here; an empty
  one left behind is removed.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
from pathlib import Path

from .paths import backups_dir

log = logging.getLogger(__name__)

_TEMPORARY = re.compile(r"^\.catalyseur[^/\\]*\.part(-journal|-wal|-shm)?$")


def clean_orphans(data_dir: Path, db_path: Path) -> list[Path]:
    """Remove the leftovers described above; returns what was removed."""
    removed = []
    for folder in (data_dir, backups_dir(data_dir)):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if _TEMPORARY.match(path.name) and path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
    journal = db_path.with_name(db_path.name + "-journal")
    if journal.exists() and db_path.exists() and db_path.stat().st_size > 0:
        with contextlib.suppress(sqlite3.Error), contextlib.closing(sqlite3.connect(db_path, timeout=30)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls a hot journal back
        if journal.exists() and journal.stat().st_size == 0:
            journal.unlink(missing_ok=True)
            removed.append(journal)
    if removed:
        log.info("removed what an interrupted run left: %s", ", ".join(path.name for path in removed))
    return removed
