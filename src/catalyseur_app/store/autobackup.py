"""Automatic backups: a copy when there were writes since the last one (the window asks every 30
minutes and at close).

Writes are noticed with ``PRAGMA data_version`` on a connection of our own, which changes whenever
another connection (any of the store's) commits: no hook in the write path, no polling of files.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from .backup import AUTOMATIC, CLOSING, BackupInfo, read_info

INTERVAL_SECONDS = 30 * 60


class AutoBackup:
    def __init__(self, store):
        self.store = store
        self._lock = threading.Lock()
        self._watch: sqlite3.Connection | None = sqlite3.connect(
            f"file:{store.db_path}?mode=ro", uri=True, check_same_thread=False)
        self._seen = self._data_version()

    def has_changes(self) -> bool:
        with self._lock:
            return self._watch is not None and self._data_version() != self._seen

    def backup_if_changed(self, closing: bool = False) -> BackupInfo | None:
        """Make a verified copy if the database changed since the last one; None otherwise."""
        with self._lock:
            if self._watch is None:
                return None
            version = self._data_version()
            if version == self._seen:
                return None
            path: Path = self.store.backup(CLOSING if closing else AUTOMATIC)
            # Writes made while copying change data_version again: the next call copies them.
            self._seen = version
            return read_info(path)

    def close(self) -> None:
        with self._lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None

    def _data_version(self) -> int:
        assert self._watch is not None
        return self._watch.execute("PRAGMA data_version").fetchone()[0]
