"""A copied data folder becomes a new device.

The device id (table ``installation``) stamps every change and tells sync files apart: two copies
of one folder sharing it would take each other's edits of the same record as "unchanged", and one
of the two edits would be lost without a word. So the folder and its database are bound together:
a random token is kept both in the database (setting ``installation_token``) and in a small file
of the folder (``catalyseur.installation``) with the folder's identity (inode and device numbers).
At start, when the file is missing or holds another token (the database came from another folder)
or the folder's inode differs (the folder was copied: a copy is a new directory), the database
gets a new device id and a new token, and the change is logged. A folder renamed or moved within
its disk keeps its inode, and a disk mounted elsewhere changes only the device number: neither is
taken for a copy. A database that has no token yet (a new store, or one made before this check)
is simply bound to its folder.

Plain sqlite3 (no SQLAlchemy at start); one small read on every start, a write only when binding.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from catalyseur_app.atomic import atomic_path

log = logging.getLogger(__name__)

MARKER_NAME = "catalyseur.installation"
TOKEN_SETTING = "installation_token"


def bind_to_folder(db_path: Path, data_dir: Path, device_id: str,
                   before_writing: Callable[[], None] = lambda: None) -> str:
    """The device id this folder's store must use: ``device_id``, or a new one for a copy.
    ``before_writing`` runs before anything is written (the store's page check)."""
    marker = _read_marker(data_dir)
    here = os.stat(data_dir)
    with contextlib.closing(sqlite3.connect(db_path, timeout=30)) as connection:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (TOKEN_SETTING,)).fetchone()
        token = row[0] if row else None
        if token is not None and marker.get("token") == token and marker.get("inode") == here.st_ino:
            if marker.get("device") != here.st_dev:
                _write_marker(data_dir, token, here)  # the same folder, its disk mounted elsewhere
            return device_id
        copied = token is not None
        new_device = str(uuid.uuid4()) if copied else device_id
        new_token = str(uuid.uuid4())
        before_writing()
        # The file first: a crash before the database is written then finds a token the database
        # does not hold, and a copy is handled again, while a database without a token is bound.
        _write_marker(data_dir, new_token, here)
        connection.execute("PRAGMA synchronous=FULL")
        with connection:  # one transaction
            if copied:
                connection.execute("UPDATE installation SET device_id = ?", (new_device,))
            connection.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (TOKEN_SETTING, new_token))
    if copied:
        why = "its file is missing" if not marker else (
            "it belongs to another folder" if marker.get("token") != token else "the folder is a copy")
        log.warning("data folder %s copied (%s): new device id %s, was %s", data_dir, why, new_device, device_id)
    return new_device


def _read_marker(data_dir: Path) -> dict:
    try:
        marker = json.loads((data_dir / MARKER_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return marker if isinstance(marker, dict) else {}


def _write_marker(data_dir: Path, token: str, here: os.stat_result) -> None:
    text = json.dumps({"token": token, "inode": here.st_ino, "device": here.st_dev})
    with atomic_path(data_dir / MARKER_NAME) as temporary:
        temporary.write_text(text, encoding="utf-8")
