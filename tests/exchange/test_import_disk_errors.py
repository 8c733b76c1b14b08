"""A full or failing disk during an import: a clear message (French, English with --lang en), a
non-zero exit, no traceback, the data exactly as it was, no half-written file left behind."""

import errno
import os
import shutil
import sqlite3
import subprocess
import uuid

import pytest
from exchange_files import actor_row, forge, refused
from sqlalchemy import event
from sqlalchemy.engine import Engine

from catalyseur_app.store import open_store
from catalyseur_app.store.database import Store


@pytest.fixture
def big_file(tmp_path):
    """About 2 MB of actors once in the database."""
    rows = [actor_row(str(uuid.uuid4()), name=f"Association {i}", notes="Rencontrée au forum. " * 40)
            for i in range(2000)]
    return forge(tmp_path / "gros.xlsx", {"acteurs": rows})


def leftovers(folder):
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith((".part", "-journal")))


@pytest.fixture
def small_disk(tmp_path):
    """A real 3 MiB tmpfs, when this machine lets us mount one."""
    mount_point = tmp_path / "petit-disque"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_real_full_disk(small_disk, big_file, capsys):
    store = open_store(small_disk / "donnees")
    try:
        message = refused(store, big_file, "le disque est plein", "Vos données n'ont pas été modifiées",
                          capsys=capsys)
        assert "Traceback" not in message
        assert leftovers(small_disk) == []
        with sqlite3.connect(store.db_path) as check:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_no_space_for_the_backup(store, big_file, capsys, monkeypatch):
    def full(self, reason):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Store, "backup", full)
    refused(store, big_file, "le disque est plein", capsys=capsys)
    refused(store, big_file, "the disk is full", "Your data was not changed", capsys=capsys, lang="en")


@pytest.mark.parametrize("failure", ["disk I/O error", "database or disk is full"])
def test_the_disk_fails_while_writing(store, big_file, capsys, failure):
    def fail(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("INSERT INTO \"actors\""):
            raise sqlite3.OperationalError(failure)

    event.listen(Engine, "before_cursor_execute", fail)
    try:
        message = refused(store, big_file, "n'a pas pu être enregistré", capsys=capsys)
    finally:
        event.remove(Engine, "before_cursor_execute", fail)
    assert ("le disque est plein" in message) == (failure == "database or disk is full")
    assert leftovers(store.data_dir) == []
