"""The one place that owns the database: engine, sessions, the single writer, the instance lock.

SQLAlchemy (with the models) takes longer to import than PySide6 itself, so opening a store does
not import it: the window's first screen reads through ``Store.query`` (plain SQL on sqlite3), and
the engine and sessions are made the first time ``read()``, ``write()`` or ``engine`` is used.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from catalyseur_app.messages import t

from . import installation_key
from .backup import make_backup
from .errors import PagesDamaged, StoreError
from .health import check_pages, examine
from .installation import bind_to_folder
from .lock import InstanceLock, check_writable, folder_refused
from .migrate import check_and_plan, upgrade
from .orphans import clean_orphans
from .paths import database_path
from .vocabulary_additions import apply_vocabulary_additions

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


def _make_engine(db_path: Path) -> Engine:
    from sqlalchemy import create_engine, event

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
    """An open local store. Reads use ``read()`` (a session) or, for the first screen, ``query()``
    (plain SQL); every change goes through ``write()``."""

    def __init__(self, data_dir: Path, engine: Engine | None, lock: InstanceLock | None,
                 pages_checked: bool = True):
        self.data_dir = data_dir
        self.db_path = database_path(data_dir)
        self._lock = lock
        # Opened without the page check (the window), nothing is written until it has passed.
        self._pages_lock = threading.Lock()
        self._pages_checked = pages_checked
        self._page_problem: StoreError | None = None
        self._writer = threading.RLock()
        self._query_lock = threading.Lock()
        self._query_connection: sqlite3.Connection | None = None
        # The window may load SQLAlchemy in the background while a page asks for a session.
        self._loading = threading.RLock()
        self._engine = engine
        self._sessions = None
        self.device_id = bind_to_folder(self.db_path, data_dir, self._read_device_id() or self._create_device_id(),
                                        before_writing=self.check_pages)
        installation_key.ensure(data_dir, self.device_id)  # at the first start (and in a copied folder)

    @property
    def pages_checked(self) -> bool:
        """True once the page check has passed (at opening, or later through ``check_pages``)."""
        return self._pages_checked

    def check_pages(self) -> None:
        """Run the page check (``PRAGMA quick_check``) if the store was opened without it; once.

        Raises PagesDamaged, now and on every later call, when the file is damaged. Every write and
        backup calls it first; a caller arriving while another thread runs it waits for its answer.
        """
        with self._pages_lock:
            if self._page_problem is None and not self._pages_checked:
                try:
                    check_pages(self.db_path, self.data_dir)
                except StoreError as problem:
                    log.error("damaged pages found after opening: %s", problem)
                    self._page_problem = problem
                else:
                    self._pages_checked = True
            if self._page_problem is not None:
                raise PagesDamaged(self._page_problem)

    @property
    def engine(self) -> Engine:
        with self._loading:
            if self._engine is None:
                self._engine = _make_engine(self.db_path)
            return self._engine

    def session(self) -> Session:
        from . import stamping

        session = self._session_factory()()
        session.info[stamping.DEVICE_ID] = getattr(self, "device_id", None)
        return session

    def _session_factory(self):
        with self._loading:
            if self._sessions is None:
                from sqlalchemy.orm import configure_mappers, sessionmaker

                from . import models, stamping  # noqa: F401  (every model mapped; stamps on each flush)

                configure_mappers()
                self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            return self._sessions

    def load_sessions(self) -> None:
        """Import SQLAlchemy and the models and make the engine now, e.g. in the background once the
        window is shown, so that the first page needing a session does not wait for them."""
        self._session_factory()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self.session() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction, committed on success and rolled back on any error; one writer at a time."""
        self.check_pages()
        with self._writer, self.session() as session, session.begin():
            yield session

    def query(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        """The rows of one read-only SQL statement, without SQLAlchemy (for the first screen)."""
        with self._query_lock:
            if self._query_connection is None:
                connection = sqlite3.connect(self.db_path, timeout=30, check_same_thread=False)
                connection.execute("PRAGMA query_only=ON")
                self._query_connection = connection
            return self._query_connection.execute(sql, params).fetchall()

    def backup(self, reason: str) -> Path:
        self.check_pages()  # a copy of damaged pages would push a good backup out of the rotation
        with self._writer:
            return make_backup(self.db_path, self.data_dir, reason)

    def signing_key(self):
        """This installation's key pair (catalyseur_app.signing.SigningKey), which signs its sync files."""
        return installation_key.installation_key(self.data_dir, self.device_id)

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self.query("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        from .models import Setting

        with self.write() as session:
            session.merge(Setting(key=key, value=value))

    def close(self) -> None:
        with self._query_lock:
            if self._query_connection is not None:
                self._query_connection.close()
                self._query_connection = None
        if self._engine is not None:
            self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _read_device_id(self) -> str | None:
        rows = self.query("SELECT device_id FROM installation LIMIT 1")
        return rows[0][0] if rows else None

    def _create_device_id(self) -> str:
        from sqlalchemy import select

        from .models import Installation, new_uuid

        self.check_pages()
        with self._writer, self._session_factory()() as session, session.begin():
            installation = session.scalars(select(Installation)).first()
            if installation is None:
                installation = Installation(device_id=new_uuid())
                session.add(installation)
            return installation.device_id


def open_store(data_dir: str | os.PathLike[str], *, lock: bool = True, check_pages_now: bool = True) -> Store:
    """Open (creating or migrating if needed) the store in ``data_dir``.

    With ``check_pages_now`` false (the window, so that its first screen is drawn sooner), the pages
    are checked later by ``Store.check_pages``, which every write calls first; a migration still
    checks them before it starts.

    Raises StoreError, with a French message, when the folder is in use by another instance or
    the database cannot be used; in that case nothing in the database has been changed.
    """
    data_dir = Path(data_dir)
    try:
        # Only its owner may enter the data folder: it holds personal data and their backups.
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise StoreError(folder_refused(data_dir, error)) from None
        raise StoreError(t("Impossible de créer le dossier de données « {folder} » : {error}.",
                           folder=data_dir, error=error.strerror)) from None
    check_writable(data_dir)
    instance_lock = InstanceLock(data_dir) if lock else None
    if instance_lock:
        instance_lock.acquire()
    try:
        db_path = database_path(data_dir)
        if instance_lock:  # only the lock's holder may remove what an interrupted run left
            clean_orphans(data_dir, db_path)
        revision = examine(db_path, data_dir, pages=check_pages_now)
        pages_checked = check_pages_now
        if check_and_plan(revision):
            if not pages_checked and revision is not None:
                check_pages(db_path, data_dir)
                pages_checked = True
            backup = upgrade(db_path, data_dir, revision)
            log.info("database migrated%s", f" (backup {backup})" if backup else "")
        store = Store(data_dir, None, instance_lock, pages_checked=pages_checked)
        apply_vocabulary_additions(store)
        return store
    except BaseException:
        if instance_lock:
            instance_lock.release()
        raise
