"""Backups: verified copies with a description, automatic copies only after writes, rotation."""

import json
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from catalyseur_app.store import StoreError, open_store
from catalyseur_app.store.autobackup import AutoBackup
from catalyseur_app.store.backup import (
    BackupInfo,
    list_backups,
    read_info,
    verify_backup,
)
from catalyseur_app.store.models import Actor
from catalyseur_app.store.paths import backups_dir, database_path
from catalyseur_app.store.retention import backups_to_delete


def add_actors(store, count, prefix="Mairie"):
    with store.write() as session:
        for number in range(count):
            session.add(Actor(name=f"{prefix} {number}", kind="commune", commune_insee="15187"))


def test_a_backup_is_verified_and_described_beside_it(store):
    add_actors(store, 3)
    path = store.backup("manuelle")
    description = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert description["reason"] == "manuelle"
    assert description["counts"]["actors"] == 3
    assert description["size"] == path.stat().st_size
    with sqlite3.connect(path) as copy:
        assert copy.execute("SELECT count(*) FROM actors").fetchone()[0] == 3
    [info] = list_backups(store.data_dir)
    assert info.path == path and info.reason == "manuelle" and info.counts["actors"] == 3
    assert verify_backup(path)["actors"] == 3


def test_a_copy_without_its_description_is_listed_and_counted_on_demand(store):
    add_actors(store, 2)
    path = store.backup("manuelle")
    path.with_suffix(".json").unlink()
    [info] = list_backups(store.data_dir)
    assert info.counts is None and info.reason == "manuelle"
    assert info.counts_on_demand()["actors"] == 2
    assert list_backups(store.data_dir)[0].counts["actors"] == 2  # written down for next time


def test_a_damaged_copy_fails_verification(store):
    add_actors(store, 2)
    path = store.backup("manuelle")
    damage_table(path, "actors")
    with pytest.raises(StoreError, match=path.name):
        verify_backup(path)


def damage_table(path: Path, table: str) -> None:
    """Overwrite the first page of ``table`` with garbage, as a failing disk would."""
    with sqlite3.connect(path) as connection:
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x07" * 64)


def test_automatic_backup_only_after_writes(store):
    auto = AutoBackup(store)
    try:
        assert auto.backup_if_changed() is None
        add_actors(store, 1)
        first = auto.backup_if_changed()
        assert first is not None and first.reason == "automatique" and first.counts["actors"] == 1
        assert auto.backup_if_changed() is None  # nothing written since
        add_actors(store, 1)
        closing = auto.backup_if_changed(closing=True)
        assert closing.reason == "fermeture" and closing.counts["actors"] == 2
    finally:
        auto.close()
    assert len(list_backups(store.data_dir)) == 2


def test_rotation_keeps_the_copy_with_more_rows_when_the_database_lost_them(data_dir, tmp_path):
    """Defect 3: an empty database took the place of the real one; later backups of the empty
    store must not rotate away the last copy that still holds the data."""
    with open_store(data_dir) as store:
        add_actors(store, 5)
        rich = store.backup("avant-import")
    with open_store(tmp_path / "empty"):
        pass
    shutil.copyfile(database_path(tmp_path / "empty"), database_path(data_dir))  # an empty store in its place
    with open_store(data_dir) as store:
        assert store.query("SELECT count(*) FROM actors") == [(0,)]
        for _ in range(12):
            store.backup("avant-import")
    names = [info.path for info in list_backups(data_dir)]
    assert rich in names
    assert len(names) == 11  # the 10 newest of the reason, and the one holding the data


def info(moment: datetime, reason="automatique", actors=1) -> BackupInfo:
    stamp = moment.strftime("%Y%m%d-%H%M%S-%f")
    return BackupInfo(Path(f"catalyseur-{stamp}-{reason}.sqlite"), moment, reason, 1, {"actors": actors})


def test_retention_thins_automatic_copies_by_day_week_and_month():
    now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    # Every 30 minutes for two years.
    copies = [info(now - timedelta(minutes=30 * n)) for n in range(2 * 365 * 48)]
    kept = {c.path for c in copies} - {c.path for c in backups_to_delete(copies, {"actors": 1})}
    kept_infos = sorted((c for c in copies if c.path in kept), key=lambda c: c.created_at, reverse=True)
    assert kept_infos[:4] == copies[:4]  # the 4 newest
    days = {c.created_at.astimezone().date() for c in kept_infos}
    assert len(kept) <= 4 + 7 + 4 + 12 and len(days) >= 12
    oldest = kept_infos[-1].created_at
    assert (oldest.year, oldest.month) == (2026, 1)  # 12 months, this one included
    assert len({(c.created_at.year, c.created_at.month) for c in kept_infos}) == 12


def test_retention_never_drops_the_newest_copy_before_each_destructive_event():
    now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    old_restore = info(now - timedelta(days=900), "avant-restauration")
    old_migration = info(now - timedelta(days=800), "avant-migration")
    imports = [info(now - timedelta(hours=n), "avant-import") for n in range(30)]
    deleted = backups_to_delete(sorted(imports + [old_restore, old_migration], key=lambda c: c.created_at,
                                       reverse=True), {"actors": 1})
    assert old_restore not in deleted and old_migration not in deleted
    assert imports[0] not in deleted and len(deleted) == 20


def test_retention_keeps_only_the_newest_copy_holding_more_rows():
    now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    copies = [info(now - timedelta(minutes=n), "manuelle", actors=0) for n in range(15)]
    richer = [info(now - timedelta(days=n, hours=1), "manuelle", actors=50) for n in range(1, 4)]
    deleted = backups_to_delete(copies + richer, {"actors": 0})
    assert richer[0] not in deleted
    assert richer[1] in deleted and richer[2] in deleted


def test_read_info_ignores_other_files(tmp_path):
    assert read_info(tmp_path / "notes.sqlite") is None
    assert not backups_dir(tmp_path).exists()
