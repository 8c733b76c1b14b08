"""Verified backup copies of the database, each with a small metadata file beside it.

    make_backup(db_path, data_dir, reason) -> Path   copy, verify, describe, then rotate
    list_backups(data_dir) -> [BackupInfo]            newest first, without opening the copies
    verify_backup(path) -> {table: rows}              full integrity check of one copy
    find_backup(data_dir, key) -> BackupInfo          by its id (or a unique start of it)

A backup is ``backups/catalyseur-<UTC stamp>-<reason>.sqlite``. Its description (date, reason,
size, row counts of every table, schema revision) is written afterwards to a JSON file of the same
name, atomically: listing thirty backups of a large store then reads thirty small files instead of
counting rows in thirty databases. The name alone already says when and why, so a copy whose JSON
is missing (a crash between the two renames, or a copy made by an older version) is still listed,
and its counts are read from the copy on demand.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from catalyseur_app import __version__
from catalyseur_app.atomic import OutputError, atomic_path
from catalyseur_app.messages import t

from .backup_reasons import (  # noqa: F401  (the reasons are also read from here)
    AUTOMATIC,
    BEFORE_CONSOLIDATION,
    BEFORE_IMPORT,
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    CLOSING,
    MAIN_TABLES,
    MANUAL,
)
from .errors import StoreError
from .installation_key import backup_key
from .paths import backups_dir
from .retention import backups_to_delete

_NAME = re.compile(r"^catalyseur-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.sqlite$")
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    reason: str
    size: int
    counts: dict[str, int] | None  # None when the description is missing (see counts_on_demand)
    revision: str | None = None

    @property
    def id(self) -> str:
        """What a person types to name this backup: the stamp and the reason."""
        return self.path.stem.removeprefix("catalyseur-")

    def counts_on_demand(self) -> dict[str, int]:
        """The counts, read from the copy when the description lacks them (then written down, so
        that the next listing reads them from the description)."""
        if self.counts is None:
            self.counts = table_counts(self.path)
            self.revision = self.revision or schema_revision(self.path)
            with contextlib.suppress(OutputError):  # a read-only folder: counted again next time
                write_description(self)
        return self.counts


def make_backup(db_path: Path, data_dir: Path, reason: str) -> Path:
    """Copy the database with SQLite's online backup, check the copy, describe it, rotate."""
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    created_at = datetime.now(UTC)
    target = folder / f"catalyseur-{created_at.strftime(_STAMP)}-{reason}.sqlite"
    with atomic_path(target) as temporary:
        source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        copy = sqlite3.connect(temporary)
        try:
            source.backup(copy)
            counts = _verify(source, copy, target)
            revision = _revision(copy)
            device = _device_id(copy)
        finally:
            copy.close()
            source.close()
    backup_key(data_dir, device, target)  # the installation's key travels with its backups
    info = BackupInfo(target, created_at, reason, target.stat().st_size, counts, revision)
    write_description(info)
    prune(data_dir, current=info)
    return target


def prune(data_dir: Path, current: BackupInfo) -> list[Path]:
    """Delete the copies the rules do not keep; ``current`` is the copy just made of the database."""
    deleted = []
    for info in backups_to_delete(list_backups(data_dir), current.counts_on_demand()):
        info.path.unlink(missing_ok=True)
        info.path.with_suffix(".json").unlink(missing_ok=True)
        info.path.with_suffix(".key").unlink(missing_ok=True)
        deleted.append(info.path)
    return deleted


def write_description(info: BackupInfo) -> None:
    description = {
        "format": 1, "created_at": info.created_at.isoformat(), "reason": info.reason, "size": info.size,
        "counts": info.counts, "revision": info.revision, "app_version": __version__,
    }
    with atomic_path(info.path.with_suffix(".json")) as temporary:
        temporary.write_text(json.dumps(description, indent=1, sort_keys=True), encoding="utf-8")


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup copy in the data folder, newest first."""
    folder = backups_dir(data_dir)
    found = [info for path in folder.glob("catalyseur-*.sqlite") if (info := read_info(path)) is not None]
    return sorted(found, key=lambda info: (info.created_at, info.path.name), reverse=True)


def read_info(path: Path) -> BackupInfo | None:
    """The backup's description, from its name and its JSON file (None: not a backup's name)."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    created_at = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    counts = revision = None
    try:
        description = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        if isinstance(description.get("counts"), dict):
            counts = {str(k): int(v) for k, v in description["counts"].items()}
        revision = description.get("revision")
    except (OSError, ValueError, TypeError, AttributeError):
        pass  # no usable description: the counts are read from the copy when needed
    return BackupInfo(path, created_at, match[2], size, counts, revision)


def find_backup(data_dir: Path, key: str) -> BackupInfo:
    """The backup whose id (or file name) is ``key`` or starts with it; StoreError otherwise."""
    key = key.strip().removeprefix("catalyseur-").removesuffix(".sqlite")
    backups = list_backups(data_dir)
    exact = [info for info in backups if info.id == key]
    matching = exact or [info for info in backups if key and info.id.startswith(key)]
    if len(matching) == 1:
        return matching[0]
    if not matching:
        raise StoreError(t("Aucune sauvegarde « {key} » dans « {folder} ». "
                           "« catalyseur-app backup list » les montre.", key=key, folder=backups_dir(data_dir)))
    raise StoreError(t("« {key} » désigne plusieurs sauvegardes : {names}. Donnez-en davantage.",
                       key=key, names=", ".join(info.id for info in matching)))


def _damaged(path: Path, error) -> StoreError:
    return StoreError(t("La sauvegarde « {name} » est endommagée ou illisible ({error}).", name=path.name, error=error))


def verify_backup(path: Path) -> dict[str, int]:
    """Full integrity check of a copy, and its row counts checked against its description."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise _damaged(path, error) from None
    try:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise _damaged(path, check)
        counts = _counts(connection)
    except sqlite3.Error as error:
        raise _damaged(path, error) from None
    finally:
        connection.close()
    info = read_info(path)
    if info is not None and info.counts is not None and info.counts != counts:
        raise StoreError(t("La sauvegarde « {name} » ne contient plus les lignes qu'elle avait à sa création.",
                           name=path.name))
    if "alembic_version" not in counts:
        raise StoreError(t("« {name} » n'est pas une base de données Catalyseur.", name=path.name))
    return counts


def table_counts(path: Path) -> dict[str, int]:
    """Row counts of every table of a database file, read-only."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _counts(connection)
    finally:
        connection.close()


def schema_revision(path: Path) -> str | None:
    """The Alembic revision of a database file, read-only."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _revision(connection)
    finally:
        connection.close()


def main_counts(counts: dict[str, int] | None) -> dict[str, int]:
    counts = counts or {}
    return {name: counts.get(name, 0) for name in MAIN_TABLES}


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _device_id(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT device_id FROM installation LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _verify(source: sqlite3.Connection, copy: sqlite3.Connection, target: Path) -> dict[str, int]:
    """The copy passes a full integrity check and holds as many rows as the database, table by table."""
    if copy.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        # The online backup copies pages as they are: a damaged copy means a damaged database.
        raise StoreError(t("La base de données semble endommagée : sa copie de sauvegarde « {name} » ne passe pas "
                           "le contrôle d'intégrité. Aucune sauvegarde n'a été supprimée ; restaurez-en une "
                           "(« catalyseur-app backup list »).", name=target.name))
    counts = _counts(copy)
    if counts != _counts(source):
        raise StoreError(t("La copie de sauvegarde « {name} » est incomplète ; rien n'a été modifié.",
                           name=target.name))
    return counts
