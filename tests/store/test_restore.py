"""Restoring a backup: verified, the state before kept, the old file set aside, erasures kept."""

import sqlite3
from datetime import date

import pytest
from sqlalchemy import select
from test_backups import add_actors, damage_table

from catalyseur_app.cli import main
from catalyseur_app.records.contacts import erase_person
from catalyseur_app.store import StoreError, open_store
from catalyseur_app.store import models as m
from catalyseur_app.store.backup import list_backups, read_info
from catalyseur_app.store.erasures import read_register
from catalyseur_app.store.paths import database_path
from catalyseur_app.store.restore import SET_ASIDE_DIR, restore_backup


def actor_count(data_dir) -> int:
    with open_store(data_dir) as store:
        return store.query("SELECT count(*) FROM actors")[0][0]


def test_restore_puts_the_copy_back_after_backing_up_the_current_state(data_dir):
    with open_store(data_dir) as store:
        add_actors(store, 3)
        three = read_info(store.backup("manuelle"))
        add_actors(store, 2, "Association")
    result = restore_backup(data_dir, three)
    db = database_path(data_dir)
    assert not db.with_name(db.name + "-wal").exists() and not db.with_name(db.name + "-shm").exists()
    assert actor_count(data_dir) == 3
    assert result.safety_backup is not None and read_info(result.safety_backup).counts["actors"] == 5
    assert result.safety_backup.name.endswith("-avant-restauration.sqlite")
    assert result.set_aside.parent.name == SET_ASIDE_DIR and result.set_aside.exists()
    assert not list(data_dir.glob(".*.part"))


def test_restore_by_id_and_the_state_before_it_can_be_restored_in_turn(data_dir):
    with open_store(data_dir) as store:
        add_actors(store, 1)
        one = store.backup("manuelle")
        add_actors(store, 1, "Association")
    result = restore_backup(data_dir, one.stem.removeprefix("catalyseur-"))
    assert actor_count(data_dir) == 1
    restore_backup(data_dir, read_info(result.safety_backup))
    assert actor_count(data_dir) == 2


def test_a_damaged_database_is_set_aside_untouched_and_replaced(data_dir):
    with open_store(data_dir) as store:
        add_actors(store, 4)
        good = read_info(store.backup("manuelle"))
        store.engine.dispose()
    db = database_path(data_dir)
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damage_table(db, "actors")
    damaged = db.read_bytes()
    result = restore_backup(data_dir, good)
    assert result.safety_backup is None  # nothing readable to back up
    assert result.set_aside.read_bytes() == damaged
    assert actor_count(data_dir) == 4


def test_a_missing_database_and_a_stale_wal_are_handled(data_dir):
    with open_store(data_dir) as store:
        add_actors(store, 2)
        good = read_info(store.backup("manuelle"))
    db = database_path(data_dir)
    wal = db.with_name(db.name + "-wal")
    db.unlink()
    wal.write_bytes(b"stale wal of a database that is gone")
    result = restore_backup(data_dir, good)
    assert not wal.exists() and result.set_aside.with_name(result.set_aside.name + "-wal").exists()
    assert actor_count(data_dir) == 2


def test_restore_refuses_while_the_store_is_open_and_changes_nothing(data_dir):
    with open_store(data_dir) as store:
        add_actors(store, 1)
        good = read_info(store.backup("manuelle"))
        add_actors(store, 1, "Association")
        before = sorted(p.name for p in data_dir.rglob("*"))
        with pytest.raises(StoreError, match="déjà ouvert"):
            restore_backup(data_dir, good)
        assert sorted(p.name for p in data_dir.rglob("*")) == before
    assert actor_count(data_dir) == 2


def test_a_damaged_backup_is_refused_and_changes_nothing(data_dir):
    with open_store(data_dir) as store:
        add_actors(store, 2)
        path = store.backup("manuelle")
        add_actors(store, 1, "Association")
    damage_table(path, "actors")
    backups = len(list_backups(data_dir))
    with pytest.raises(StoreError, match="endommagée"):
        restore_backup(data_dir, read_info(path))
    assert actor_count(data_dir) == 3 and len(list_backups(data_dir)) == backups
    assert not (data_dir / SET_ASIDE_DIR).exists()


def _person(store) -> str:
    with store.write() as session:
        session.add(m.Profile(full_name="Camille Martin", structure="Catalyseurs du Cantal"))
        actor = m.Actor(name="Mairie de Murat", kind="commune", commune_insee="15138")
        session.add(actor)
        session.flush()
        person = m.Contact(actor_id=actor.id, full_name="Jeanne Dupont", email="jeanne@example.org",
                           consent_date=date(2024, 3, 1), consent_source="oral")
        session.add(person)
        diagnostic = m.Diagnostic(kit_id="sortie_de_crise", kit_version="2024.1", commune_insee="15138",
                                  started_on=date(2024, 5, 6))
        session.add(diagnostic)
        session.flush()
        session.add(m.DiagnosticParticipant(diagnostic_id=diagnostic.id, contact_id=person.id, name="Jeanne Dupont"))
    return person.id


def _held(data_dir, person_id):
    with open_store(data_dir) as store, store.read() as session:
        person = session.get(m.Contact, person_id)
        names = session.scalars(select(m.DiagnosticParticipant.name).where(
            m.DiagnosticParticipant.contact_id == person_id)).all()
        return person, names


def test_an_erased_person_stays_erased_after_a_restore_and_an_import(data_dir, tmp_path):
    """Defect 11: restoring a backup made before an erasure brought the person back."""
    other = tmp_path / "other"
    with open_store(data_dir) as store:
        add_actors(store, 1)
        before_person = read_info(store.backup("manuelle"))
        person_id = _person(store)
        before_erasure = read_info(store.backup("manuelle"))
    # Another device receives the person and sends them back later in its own file.
    assert main(["--data-dir", str(data_dir), "sync", "export", "--full", "--with-contacts",
                 "--out", str(tmp_path / "a.xlsx")]) == 0
    assert main(["--data-dir", str(other), "sync", "import", "--trust-new", str(tmp_path / "a.xlsx")]) == 0
    assert main(["--data-dir", str(other), "sync", "export", "--full", "--with-contacts",
                 "--out", str(tmp_path / "b.xlsx")]) == 0
    with open_store(data_dir) as store:
        erase_person(store, person_id)
    assert set(read_register(data_dir)) == {person_id}
    assert "Jeanne" not in (data_dir / "erasures.json").read_text(encoding="utf-8")

    restore_backup(data_dir, before_erasure)
    person, names = _held(data_dir, person_id)
    assert person.erased_at is not None and person.full_name == "" and person.email == ""
    assert names == [""]

    restore_backup(data_dir, before_person)  # the person did not exist yet
    assert _held(data_dir, person_id)[0] is None
    assert main(["--data-dir", str(data_dir), "sync", "import", "--trust-new", str(tmp_path / "b.xlsx")]) == 0
    person, names = _held(data_dir, person_id)
    assert person.erased_at is not None and person.full_name == "" and person.email == ""
    assert names == [""]
