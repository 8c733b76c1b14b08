"""Restoring a backup: the database becomes the chosen copy, and nothing that was there is lost.

    restore_backup(data_dir, backup, progress) -> RestoreResult

Under the instance lock (the store must be closed; the command line restores even when the store
cannot be opened at all):
1. the chosen copy passes a full integrity check, and its rows match its description;
2. it is copied beside the database, the erasure register is applied to the copy, and the copy is
   checked again;
3. if the database is readable, a verified backup of it is made ("avant-restauration");
4. the database file and its -wal/-shm/-journal are moved together into ``mis-de-cote/`` (renamed,
   never deleted: a damaged file may still be worth something to someone), so no stale -wal can be
   replayed onto the restored file;
5. the copy is renamed into place, and the folder synced.
A crash before step 4 leaves the database as it was; between 4 and 5 the database is missing, which
the next start reports (RestoreNeeded) while the previous file waits in ``mis-de-cote/``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from catalyseur_app.messages import t
from catalyseur_app.progress import NO_PROGRESS, Progress

from . import installation_key
from .backup import (
    BEFORE_RESTORE,
    BackupInfo,
    find_backup,
    make_backup,
    schema_revision,
    verify_backup,
)
from .erasures import note_erasures, reconcile
from .errors import StoreError
from .lock import InstanceLock
from .migrate import known_revisions
from .paths import database_path

SET_ASIDE_DIR = "mis-de-cote"
_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass
class RestoreResult:
    restored: BackupInfo
    safety_backup: Path | None  # the state before restoring, when it was readable
    set_aside: Path | None  # where the previous database file went
    erased_again: int  # people of the erasure register erased again in the restored copy
    key: str = installation_key.NO_KEY  # the installation key: restored from the backup, or kept
    key_differs: bool = False  # the kept key is not the one saved with the backup (a newer one)


def restore_backup(data_dir: str | os.PathLike[str], backup: BackupInfo | str,
                   progress: Progress = NO_PROGRESS) -> RestoreResult:
    data_dir = Path(data_dir)
    info = backup if isinstance(backup, BackupInfo) else find_backup(data_dir, backup)
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        return _restore(data_dir, info, progress)
    finally:
        lock.release()


def _restore(data_dir: Path, info: BackupInfo, progress: Progress) -> RestoreResult:
    steps = 5
    progress.step(0, steps, t("Vérification de la sauvegarde « {name} »…", name=info.path.name))
    verify_backup(info.path)
    revision = info.revision or schema_revision(info.path)
    if revision is not None and revision not in known_revisions():
        raise StoreError(t("La sauvegarde « {name} » a été faite par une version plus récente de Catalyseur ; "
                           "rien n'a été modifié.", name=info.path.name))
    db_path = database_path(data_dir)
    progress.step(1, steps, t("Préparation de la copie…"))
    handle, name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".part", dir=data_dir)
    os.close(handle)
    prepared = Path(name)
    try:
        erased_again = _prepare(info.path, prepared, data_dir)
        safety = None
        if _readable(db_path):
            progress.step(2, steps, t("Sauvegarde de l'état actuel…"))
            with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as current:
                note_erasures(current.execute, data_dir)
            safety = make_backup(db_path, data_dir, BEFORE_RESTORE)
        progress.step(3, steps, t("Mise de côté de l'ancienne base…"))
        set_aside = _set_aside(db_path, data_dir)
        progress.step(4, steps, t("Mise en place de la sauvegarde…"))
        device = _device_id(prepared)
        differs = installation_key.differs_from_backup(data_dir, device, info.path)
        os.replace(prepared, db_path)
        _sync_folder(data_dir)
    finally:
        with contextlib.suppress(FileNotFoundError):
            prepared.unlink()
    # Never replaces a key: one that exists is newer than the backup's, and files signed with it
    # may already be trusted elsewhere.
    key = installation_key.restore_key(data_dir, device, info.path)
    return RestoreResult(info, safety, set_aside, erased_again, key, differs)


def _device_id(path: Path) -> str | None:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        try:
            row = connection.execute("SELECT device_id FROM installation LIMIT 1").fetchone()
        except sqlite3.Error:
            return None
    return row[0] if row else None


def _prepare(source_path: Path, prepared: Path, data_dir: Path) -> int:
    """Copy the backup to ``prepared`` (no -wal of its own), apply the erasure register, check it."""
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    copy = sqlite3.connect(prepared, isolation_level=None)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        copy.execute("BEGIN IMMEDIATE")
        try:
            erased_again = reconcile(copy.execute, data_dir)
            copy.execute("COMMIT")
        except BaseException:
            copy.execute("ROLLBACK")
            raise
        if copy.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StoreError(t("La copie de « {name} » ne passe pas le contrôle d'intégrité ; rien n'a été modifié.",
                               name=source_path.name))
    finally:
        copy.close()
        source.close()
    with open(prepared, "rb+") as written:
        os.fsync(written.fileno())
    return erased_again


def _readable(db_path: Path) -> bool:
    """The database exists and passes a full integrity check (read only)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as connection:
            return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and bool(
                connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'contacts'").fetchone())
    except sqlite3.Error:
        return False


def _set_aside(db_path: Path, data_dir: Path) -> Path | None:
    """Move the database and its companion files, under one new name, into ``mis-de-cote/``."""
    present = [suffix for suffix in ("", *_COMPANIONS) if Path(f"{db_path}{suffix}").exists()]
    if not present:
        return None
    folder = data_dir / SET_ASIDE_DIR
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"catalyseur-{stamp}.sqlite"
    for suffix in present:  # the database first: a -wal left alone is never replayed onto it
        os.replace(f"{db_path}{suffix}", f"{target}{suffix}")
    _sync_folder(folder)
    _sync_folder(data_dir)
    return target


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; its renames are journaled by NTFS
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
