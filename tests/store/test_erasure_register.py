"""The erasure register itself: written with every erasure, and a problem with it stops the change."""

import json
import sqlite3

import pytest
from sqlalchemy import select

from catalyseur_app.atomic import OutputError
from catalyseur_app.cli import main
from catalyseur_app.records.contacts import erase_person
from catalyseur_app.store import StoreError
from catalyseur_app.store import models as m
from catalyseur_app.store.backup import read_info
from catalyseur_app.store.erasures import read_register, register_path
from catalyseur_app.store.restore import restore_backup


def _person(store) -> str:
    with store.write() as session:
        person = m.Contact(full_name="Jeanne Dupont", email="jeanne@example.org")
        session.add(person)
    return person.id


def test_an_erasure_that_cannot_be_registered_is_not_made(store):
    person_id = _person(store)
    register_path(store.data_dir).mkdir()  # a folder where the register should be: it cannot be written
    with pytest.raises((OutputError, StoreError)):
        erase_person(store, person_id)
    with store.read() as session:
        person = session.get(m.Contact, person_id)
        assert person.full_name == "Jeanne Dupont" and person.erased_at is None


def test_the_register_holds_ids_and_dates_only(store):
    person_id = _person(store)
    erase_person(store, person_id)
    content = json.loads(register_path(store.data_dir).read_text(encoding="utf-8"))
    [entry] = content["erasures"]
    assert set(entry) == {"id", "erased_at"} and entry["id"] == person_id
    with store.read() as session:
        erased_at = session.scalar(select(m.Contact.erased_at).where(m.Contact.id == person_id))
    assert entry["erased_at"] == erased_at.isoformat()


def test_an_unreadable_register_stops_a_restore_and_changes_nothing(data_dir, capsys):
    from catalyseur_app.store import open_store

    with open_store(data_dir) as store:
        backup = read_info(store.backup("manuelle"))
        person_id = _person(store)
        erase_person(store, person_id)
    register_path(data_dir).write_text("{ pas du JSON", encoding="utf-8")
    with pytest.raises(StoreError, match="registre des effacements"):
        restore_backup(data_dir, backup)
    assert main(["--data-dir", str(data_dir), "backup", "restore", backup.id]) == 1
    assert "registre des effacements" in capsys.readouterr().err
    with open_store(data_dir) as store, store.read() as session:
        assert session.get(m.Contact, person_id).erased_at is not None
    assert not (data_dir / "mis-de-cote").exists()
    register_path(data_dir).unlink()
    assert read_register(data_dir) == {}


def test_a_person_erased_again_after_a_restore_leaves_the_search_index_too(data_dir):
    """The backup holds her words in the contacts' search index; erased again by the register, she
    leaves it too (its own tables read back with sqlite3)."""
    from catalyseur_app.store import open_store

    with open_store(data_dir) as store:
        person_id = _person(store)
        backup = read_info(store.backup("manuelle"))
        erase_person(store, person_id)
    restore_backup(data_dir, backup)
    with open_store(data_dir) as store:
        with store.read() as session:
            assert session.get(m.Contact, person_id).erased_at is not None
        db_path = store.db_path
    with sqlite3.connect(db_path) as connection:
        blocks = [row[0] for row in connection.execute("SELECT block FROM fts_contacts_data")]
    assert not [block for block in blocks if block and (b"jeanne" in block or b"dupont" in block)]
