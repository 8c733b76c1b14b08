"""Verified backup copies of the database, made before anything risky."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from catalyseur_app.atomic import atomic_path
from catalyseur_app.messages import t

from .errors import StoreError
from .paths import backups_dir

KEEP_PER_REASON = 10


def make_backup(db_path: Path, data_dir: Path, reason: str) -> Path:
    """Copy the database with SQLite's online backup, check the copy, and return its path."""
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"catalyseur-{stamp}-{reason}.sqlite"
    with atomic_path(target) as temporary:
        source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        copy = sqlite3.connect(temporary)
        try:
            source.backup(copy)
            _verify(source, copy, target)
        finally:
            copy.close()
            source.close()
    _prune(folder, reason)
    return target


def _verify(source: sqlite3.Connection, copy: sqlite3.Connection, target: Path) -> None:
    check = copy.execute("PRAGMA integrity_check").fetchone()[0]
    tables = "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
    names = [row[0] for row in source.execute(tables)]
    if check != "ok" or names != [row[0] for row in copy.execute(tables)]:
        raise StoreError(t("La copie de sauvegarde « {name} » est incorrecte ; rien n'a été modifié.", name=target.name))
    for name in names:
        query = f'SELECT count(*) FROM "{name}"'
        if source.execute(query).fetchone() != copy.execute(query).fetchone():
            raise StoreError(t("La copie de sauvegarde « {name} » est incomplète ; rien n'a été modifié.",
                               name=target.name))


def _prune(folder: Path, reason: str) -> None:
    copies = sorted(folder.glob(f"catalyseur-*-{reason}.sqlite"))
    for old in copies[:-KEEP_PER_REASON]:
        old.unlink(missing_ok=True)
