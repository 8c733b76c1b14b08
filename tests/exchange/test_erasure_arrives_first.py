"""A person erased on one device stays erased on another whatever the order the files arrive in,
even when the erasure arrives before any copy of her.

A records "Jeanne Dupont" (a consenting contact, and a participant in a diagnostic) and sends a
full file; C receives it and edits her three times (C's copy of her ends at a higher version than
A's erasure will have), sends a full file, then edits her place in the diagnostic again and sends
only that (a file naming her contact without holding it). A edits her, erases her, and sends a full
file (the erasure in it, and her diagnostic row without her). B, the store under test, receives
A's erasure first and C's older files after, or the other way round: either way nothing of her is
left in B, and B's erasure register names her, so a restore keeps her erased.

B's database is read back with sqlite3 itself: every column of every table (the conflicts' JSON,
the search index's own tables), and the contacts' search index through its MATCH.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from exchange_factory import populate
from sqlalchemy import select

from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.importer import import_sync_file
from catalyseur_app.profile import ProfileData, save_profile
from catalyseur_app.records.contacts import erase_person
from catalyseur_app.records.trash import delete_records, restore_records
from catalyseur_app.store import models as m
from catalyseur_app.store import open_store
from catalyseur_app.store.backup import read_info
from catalyseur_app.store.erasures import REGISTER_NAME
from catalyseur_app.store.restore import restore_backup

HER = ("Jeanne", "Dupont", "jeanne@example.org", "0612345678")


@dataclass
class Sent:
    folder: Path
    contact: str
    participant: str

    def file(self, name: str) -> Path:
        return self.folder / f"{name}.xlsx"


def _edit(store, contact_id: str, participant_id: str, side: str) -> None:
    with store.write() as session:
        session.get(m.Contact, contact_id).notes = f"Vue par {side}"
        session.get(m.DiagnosticParticipant, participant_id).role = f"maire ({side})"


@pytest.fixture(scope="module")
def sent(tmp_path_factory) -> Sent:
    """a-1: A's records, her among them; c-1: C's full file, her edited three times; c-2: C's
    next file, only her place in the diagnostic edited again; c-3: C puts her in the trash; c-4:
    C takes her out of it; a-2: A's full file made after A edited and then erased her (the erasure
    in it, her contact not)."""
    root = tmp_path_factory.mktemp("erasure-first")
    folder = root / "sent"
    folder.mkdir()
    a, c = open_store(root / "a"), open_store(root / "c")
    with a, c:
        ids = populate(a)
        contact = ids["contact"]
        with a.read() as session:
            participant = session.scalar(select(m.DiagnosticParticipant.id).where(
                m.DiagnosticParticipant.contact_id == contact))
        export_sync_file(a, folder / "a-1.xlsx", full=True, with_contacts=True)
        save_profile(c, ProfileData(full_name="Chloé Colin", structure="Catalyseurs du Cantal", communes=["15187"]))
        import_sync_file(c, folder / "a-1.xlsx", trust_new=True)
        for time in range(1, 4):
            _edit(c, contact, participant, f"C ({time})")
        export_sync_file(c, folder / "c-1.xlsx", full=True, with_contacts=True)
        with c.write() as session:
            session.get(m.DiagnosticParticipant, participant).role = "maire (C, encore)"
        export_sync_file(c, folder / "c-2.xlsx", with_contacts=True)
        delete_records(c, "contacts", [contact])
        with c.write() as session:  # and something else: a file with nothing to apply is not applied
            session.get(m.Actor, ids["actors"][1]).notes = "Vue par C"
        export_sync_file(c, folder / "c-3.xlsx", with_contacts=True)  # a deletion of her, newer than the erasure
        restore_records(c, "contacts", [contact])
        export_sync_file(c, folder / "c-4.xlsx", with_contacts=True)  # her again, newer still
        _edit(a, contact, participant, "A")
        erase_person(a, contact)
        export_sync_file(a, folder / "a-2.xlsx", full=True, with_contacts=True)
        with a.read() as session:
            erasure_version = session.get(m.Contact, contact).version
        with c.read() as session:
            assert session.get(m.Contact, contact).version > erasure_version  # the ground of the test
    return Sent(folder, contact, participant)


def traces(db_path: Path) -> list[tuple[str, str]]:
    """(table, column) of every value in the database that still names her, read with sqlite3."""
    found = []
    with sqlite3.connect(db_path) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            for row in cursor:
                for column, value in zip(columns, row, strict=True):
                    shown = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                    if any(part.lower() in shown.lower() for part in HER):
                        found.append((table, column))
        for part in ("Jeanne", "Dupont", "0612345678"):
            if connection.execute("SELECT count(*) FROM fts_contacts WHERE fts_contacts MATCH ?",
                                  (f'"{part}"',)).fetchone()[0]:
                found.append(("fts_contacts", part))
    return sorted(set(found))


def _import(store, path: Path):
    return import_sync_file(store, path, trust_new=True)


def _registered(store) -> set[str]:
    content = json.loads((store.data_dir / REGISTER_NAME).read_text(encoding="utf-8"))
    return {entry["id"] for entry in content["erasures"]}


def _her_participant(store, sent: Sent) -> tuple[str, str | None]:
    with store.read() as session:
        participant = session.get(m.DiagnosticParticipant, sent.participant)
        return participant.name, participant.role


def test_the_erasure_first_then_older_copies_of_her_do_not_bring_her_back(store, sent):
    _import(store, sent.file("a-2"))
    assert traces(store.db_path) == []
    _import(store, sent.file("c-1"))
    _import(store, sent.file("c-2"))  # names her contact, which is not here: not a reason to refuse it
    assert traces(store.db_path) == []
    with store.read() as session:
        assert session.get(m.Contact, sent.contact) is None  # never here, and not added
        participant = session.get(m.DiagnosticParticipant, sent.participant)
        assert (participant.name, participant.contact_id) == ("", None)
        assert participant.role == "maire (C, encore)"  # the rest of C's edits came
    assert sent.contact in _registered(store)


def test_a_deletion_arriving_after_the_erasure_does_not_wear_it_down(store, sent):
    """C, not knowing of the erasure, deletes her and takes her back, at versions above the
    erasure's: the store still knows her as erased, not merely deleted, and does not add her."""
    _import(store, sent.file("a-2"))
    _import(store, sent.file("c-3"))
    _import(store, sent.file("c-4"))
    assert traces(store.db_path) == []
    with store.read() as session:
        assert session.get(m.Contact, sent.contact) is None


def test_older_copies_first_then_the_erasure_end_the_same(store, sent):
    _import(store, sent.file("c-1"))
    _import(store, sent.file("c-2"))
    assert {table for table, _ in traces(store.db_path)} >= {"contacts", "diagnostic_participants"}
    outcome = _import(store, sent.file("a-2"))
    # the ground for exchange_conflicts: A's version of her place in the diagnostic met C's (her name in it)
    assert [c.record_id for c in outcome.plan.conflicts if c.kind == "participant"] == [sent.participant]
    assert traces(store.db_path) == []
    assert _her_participant(store, sent)[0] == ""
    assert sent.contact in _registered(store)


def test_a_restore_of_a_backup_from_before_the_erasure_keeps_her_out(store, sent):
    """The backup made before the first import knows nothing of her; the register does. Her copy
    in C's file is taken and erased again at once, as a new version from here, so that the erasure
    (which the restore took out of the database) travels again with B's next file."""
    first = _import(store, sent.file("a-2"))
    _import(store, sent.file("c-1"))
    data_dir = store.data_dir
    store.close()
    restore_backup(data_dir, read_info(first.result.backup))
    with open_store(data_dir) as again:
        _import(again, sent.file("c-1"))
        _import(again, sent.file("c-2"))
        assert traces(again.db_path) == []
        assert sent.contact in _registered(again)
        with again.read() as session:
            contact = session.get(m.Contact, sent.contact)
            assert contact.erased_at is not None and contact.changed_by == again.device_id
            assert session.get(m.DiagnosticParticipant, sent.participant).name == ""
