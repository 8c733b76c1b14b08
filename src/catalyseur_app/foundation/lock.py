"""One consolidation at a time on a store: an advisory lock on PostgreSQL, a file lock on SQLite.

A second consolidation on the same database is refused at once (not queued), with a message; the
lock goes with the process, so a consolidation that crashed never leaves the store locked.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Iterator
from pathlib import Path

from catalyseur_app.messages import t

from .database import FoundationError, connection_error, shown

# pg_try_advisory_lock takes a 64-bit key: one fixed key per database for "consolidation".
ADVISORY_KEY = zlib.crc32(b"catalyseur-foundation-consolidation")


def _busy(url: str) -> FoundationError:
    return FoundationError(t("Une autre consolidation est en cours sur « {url} » : attendez qu'elle se termine, "
                             "puis relancez ; rien n'a été modifié.", url=shown(url)))


@contextlib.contextmanager
def consolidation_lock(engine) -> Iterator[None]:
    url = engine.url.render_as_string(hide_password=False)
    if engine.dialect.name == "sqlite":
        with _file_lock(Path(engine.url.database + ".consolidation.lock"), url):
            yield
        return
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        connection = engine.connect()
    except DBAPIError as error:
        raise connection_error(url, error) from None
    try:
        # Session-level lock on its own connection, held for the whole consolidation.
        if not connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_KEY}).scalar():
            raise _busy(url)
        connection.commit()
        try:
            yield
        finally:
            try:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
                connection.commit()
            except DBAPIError:
                pass  # the server or the session is gone, and the lock with it
    finally:
        connection.close()


@contextlib.contextmanager
def _file_lock(path: Path, url: str) -> Iterator[None]:
    handle = open(path, "a+")  # noqa: SIM115 - held open while the lock is: closing it releases the lock
    try:
        try:
            _lock(handle)
        except OSError:
            raise _busy(url) from None
        yield
    finally:
        handle.close()  # closing the descriptor releases the OS lock


def _lock(handle) -> None:
    import sys

    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
