"""The one place that owns the database: engine, sessions, the single writer, the instance lock."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from catalyseur_app.messages import t

from . import stamping
from .backup import make_backup
from .errors import StoreError
from .lock import InstanceLock
from .migrate import check_and_plan, upgrade
from .models import Installation, Setting, new_uuid
from .paths import database_path

log = logging.getLogger(__name__)


def _make_engine(db_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}", connect_args={"timeout": 30, "check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # 32 MiB of page cache instead of SQLite's 2: a search over 100,000 actors reads a few
        # thousand pages, which then stay in memory for the next keystroke.
        cursor.execute("PRAGMA cache_size=-32768")
        cursor.close()

    return engine


class Store:
    """An open local store. Reads use ``read()``; every change goes through ``write()``."""

    def __init__(self, data_dir: Path, engine: Engine, lock: InstanceLock | None):
        self.data_dir = data_dir
        self.db_path = database_path(data_dir)
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writer = threading.RLock()
        self.device_id = self._ensure_device_id()

    def session(self) -> Session:
        session = self._sessions()
        session.info[stamping.DEVICE_ID] = getattr(self, "device_id", None)
        return session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self.session() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction, committed on success and rolled back on any error; one writer at a time."""
        with self._writer, self.session() as session, session.begin():
            yield session

    def backup(self, reason: str) -> Path:
        with self._writer:
            return make_backup(self.db_path, self.data_dir, reason)

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.read() as session:
            setting = session.get(Setting, key)
            return setting.value if setting else default

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as session:
            session.merge(Setting(key=key, value=value))

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _ensure_device_id(self) -> str:
        with self._writer, self._sessions() as session, session.begin():
            installation = session.scalars(select(Installation)).first()
            if installation is None:
                installation = Installation(device_id=new_uuid())
                session.add(installation)
            return installation.device_id


def open_store(data_dir: str | os.PathLike[str], *, lock: bool = True) -> Store:
    """Open (creating or migrating if needed) the store in ``data_dir``.

    Raises StoreError, with a French message, when the folder is in use by another instance or
    the database cannot be used; in that case nothing in the database has been changed.
    """
    data_dir = Path(data_dir)
    try:
        # Only its owner may enter the data folder: it holds personal data and their backups.
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise StoreError(t("Impossible de créer le dossier de données « {folder} » : {error}.",
                           folder=data_dir, error=error.strerror)) from None
    instance_lock = InstanceLock(data_dir) if lock else None
    if instance_lock:
        instance_lock.acquire()
    try:
        db_path = database_path(data_dir)
        needs_migration = check_and_plan(db_path)
        engine = _make_engine(db_path)
        if needs_migration:
            backup = upgrade(engine, db_path, data_dir)
            log.info("database migrated%s", f" (backup {backup})" if backup else "")
        return Store(data_dir, engine, instance_lock)
    except BaseException:
        if instance_lock:
            instance_lock.release()
        raise
