"""A person erased by a catalyseur (GDPR) is erased in the consolidation store too, everywhere, and
stays erased whatever file arrives later.

Catalyseur A records "Jeanne Dupont" (a contact who consented, and a participant in a diagnostic);
B and C receive A's file and edit her; A edits her too, then erases her. Every file carries the
contacts (``with_contacts``) but the one with the erasure. After each consolidation the whole
database is read back, every column of every table (the conflicts' JSON included), and searched
for her name, e-mail and phone; on SQLite the database files are searched byte for byte too.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.importer import import_sync_file
from catalyseur_app.foundation.consolidate import APPLIED, consolidate
from catalyseur_app.foundation.database import make_engine
from catalyseur_app.profile import ProfileData, save_profile
from catalyseur_app.records.contacts import erase_person
from catalyseur_app.records.trash import delete_records, restore_records
from catalyseur_app.store import models as m
from catalyseur_app.store import open_store

HER = ("Jeanne", "Dupont", "jeanne@example.org", "0612345678")


@dataclass
class Sent:
    folder: Path
    contact: str
    participant: str

    def inbox(self, tmp_path: Path, *names: str) -> Path:
        """A folder holding only the files ``names``, as one delivery of e-mails."""
        folder = tmp_path / "-".join(names)
        folder.mkdir()
        for name in names:
            shutil.copy(self.folder / f"{name}.xlsx", folder / f"{name}.xlsx")
        return folder


def _profile(store, name: str) -> None:
    save_profile(store, ProfileData(full_name=name, structure="Catalyseurs du Cantal", communes=["15162"]))


def _her(store) -> tuple[str, str]:
    """A's records: a commune, her (a consenting contact of the commune), a diagnostic she took
    part in, and someone else; returns her contact's and her participant's ids."""
    _profile(store, "Anne Aubert")
    with store.write() as session:
        commune = m.Actor(name="Mairie de Riom-ès-Montagnes", kind="commune", commune_insee="15162")
        session.add(commune)
        session.flush()
        her = m.Contact(actor_id=commune.id, full_name="Jeanne Dupont", role="maire", email="jeanne@example.org",
                        phone="0612345678", consent_date=date(2024, 3, 1), consent_source="oral",
                        notes="Rencontrée au marché")
        other = m.Contact(actor_id=commune.id, full_name="Paul Martin", role="dgs", consent_date=date(2024, 3, 1),
                          consent_source="oral")
        session.add_all([her, other])
        diagnostic = m.Diagnostic(kit_id="sortie_de_crise", kit_version="2024.1", commune_insee="15162",
                                  started_on=date(2024, 5, 6))
        session.add(diagnostic)
        session.flush()
        participant = m.DiagnosticParticipant(diagnostic_id=diagnostic.id, contact_id=her.id, name="Jeanne Dupont",
                                              role="maire")
        session.add_all([participant, m.DiagnosticParticipant(diagnostic_id=diagnostic.id, contact_id=other.id,
                                                              name="Paul Martin", role="dgs")])
        session.flush()
        return her.id, participant.id


def _edit(store, contact_id: str, participant_id: str, side: str) -> None:
    with store.write() as session:
        session.get(m.Contact, contact_id).notes = f"Vue par {side}"
        session.get(m.DiagnosticParticipant, participant_id).role = f"maire ({side})"


@pytest.fixture(scope="module")
def sent(tmp_path_factory) -> Sent:
    """a-1: A's records, her among them; b-1, c-1: B's and C's full files, each with their own
    edits of her, made before the erasure; a-2: A's own edit of her; a-3: A erases her (a file without
    the contacts: the erasure travels all the same); a-4: all
    of A's records again (a full file, her erasure in it); b-2: B, not knowing of the erasure yet,
    edits her place in the diagnostic again; c-2, c-3: C, not knowing either, puts her in the trash
    and takes her back, at versions above the erasure's."""
    root = tmp_path_factory.mktemp("erasure")
    folder = root / "sent"
    folder.mkdir()
    a, b, c = (open_store(root / name) for name in "abc")
    with a, b, c:
        contact, participant = _her(a)
        export_sync_file(a, folder / "a-1.xlsx", full=True, with_contacts=True)
        for other, name in ((b, "Bruno Blanc"), (c, "Chloé Colin")):
            _profile(other, name)
            import_sync_file(other, folder / "a-1.xlsx", trust_new=True)
            for time in range(1, 4 if other is c else 2):  # C's copy of her ends at a higher version than A's
                _edit(other, contact, participant, f"{name} ({time})")
            export_sync_file(other, folder / f"{name[0].lower()}-1.xlsx", full=True, with_contacts=True)
        _edit(a, contact, participant, "A")
        export_sync_file(a, folder / "a-2.xlsx", with_contacts=True)
        erase_person(a, contact)
        export_sync_file(a, folder / "a-3.xlsx")  # the erasure travels without the contacts too
        export_sync_file(a, folder / "a-4.xlsx", full=True, with_contacts=True)
        with b.write() as session:
            session.get(m.DiagnosticParticipant, participant).role = "maire (B, encore)"
        export_sync_file(b, folder / "b-2.xlsx", with_contacts=True)
        delete_records(c, "contacts", [contact])
        export_sync_file(c, folder / "c-2.xlsx", with_contacts=True)
        restore_records(c, "contacts", [contact])
        export_sync_file(c, folder / "c-3.xlsx", with_contacts=True)
    return Sent(folder, contact, participant)


def traces(db_url: str) -> list[tuple[str, str]]:
    """(table, column) of every value in the store that still names her."""
    engine = make_engine(db_url)
    found = []
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        for table in tables:
            if table.startswith("fts_"):
                continue  # SQLite's search index: read through its MATCH below
            columns = [c["name"] for c in inspect(connection).get_columns(table)]
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                for column, value in zip(columns, row, strict=True):
                    shown = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                    if any(part.lower() in shown.lower() for part in HER):
                        found.append((table, column))
        if engine.dialect.name == "sqlite":
            for table in ("contacts",):
                for part in ("Jeanne", "Dupont", "0612345678"):
                    if connection.execute(text(f"SELECT count(*) FROM fts_{table} WHERE fts_{table} MATCH :word"),
                                          {"word": f'"{part}"'}).scalar():
                        found.append((f"fts_{table}", part))
    engine.dispose()
    return sorted(set(found))


def raw_traces(db_url: str) -> list[str]:
    """On SQLite, the store's files (the database, its log) that still hold her, byte for byte:
    what a search index's old segments or freed pages would keep once the rows are gone."""
    if not db_url.endswith(".sqlite"):
        return []
    database = Path(db_url)
    found = []
    for path in database.parent.glob(database.name + "*"):
        if path.name.endswith(".lock"):
            continue
        content = path.read_bytes().lower()
        found += [f"{path.name}: {part}" for part in HER if part.lower().encode() in content]
    return found


@contextlib.contextmanager
def _open_elsewhere(db_url: str):
    """Another connection to a SQLite store, idle, for the time of the block."""
    if not db_url.endswith(".sqlite"):
        yield
        return
    other = sqlite3.connect(db_url)
    try:
        other.execute("SELECT count(*) FROM contacts").fetchone()
        yield
    finally:
        other.close()


def _consolidated(db_url: str, inbox: Path) -> list[str]:
    return [r.status + (f" ({r.reason})" if r.reason else "") for r in consolidate(db_url, inbox, trust_new=True)]


def _erased_at(db_url: str, contact_id: str):
    engine = make_engine(db_url)
    with engine.connect() as connection:
        value = connection.execute(text("SELECT erased_at FROM contacts WHERE id = :id"), {"id": contact_id}).scalar()
    engine.dispose()
    return value


def test_an_erasure_forgets_her_everywhere_and_older_files_do_not_bring_her_back(db_url, sent, tmp_path):
    assert _consolidated(db_url, sent.inbox(tmp_path, "a-1", "a-2", "b-1")) == [APPLIED] * 3
    # the ground of the test: she is in the records, and in the conflicts between A's and B's edits
    assert {table for table, _ in traces(db_url)} >= {"contacts", "diagnostic_participants", "exchange_conflicts"}
    with _open_elsewhere(db_url):  # as the window's Fondation page would: the log outlives the run
        assert _consolidated(db_url, sent.inbox(tmp_path, "a-3")) == [APPLIED]
        assert raw_traces(db_url) == []
    assert _erased_at(db_url, sent.contact) is not None
    assert traces(db_url) == []
    # C's file was made before the erasure and arrives after it; B's second file too
    assert _consolidated(db_url, sent.inbox(tmp_path, "c-1", "b-2")) == [APPLIED] * 2
    assert traces(db_url) == []
    assert raw_traces(db_url) == []
    assert _erased_at(db_url, sent.contact) is not None


def test_an_erasure_that_arrives_before_her_records_keeps_them_out(db_url, sent, tmp_path):
    """A's full file made after the erasure is the first to arrive: the store never held her."""
    assert _consolidated(db_url, sent.inbox(tmp_path, "a-4")) == [APPLIED]
    assert traces(db_url) == []
    statuses = _consolidated(db_url, sent.inbox(tmp_path, "a-1", "a-2", "a-3", "b-1", "c-1", "b-2"))
    assert not [status for status in statuses if status.startswith("refused")]
    assert traces(db_url) == []


def test_a_deletion_arriving_after_the_erasure_does_not_wear_it_down(db_url, sent, tmp_path):
    """The store never held her; C's deletion of her (a tombstone above the erasure's version) must
    not replace what the store knows of her, erased, by merely deleted: C's copy taking her back
    stays out."""
    assert _consolidated(db_url, sent.inbox(tmp_path, "a-4")) == [APPLIED]
    assert _consolidated(db_url, sent.inbox(tmp_path, "c-2")) == [APPLIED]
    assert _consolidated(db_url, sent.inbox(tmp_path, "c-3")) == [APPLIED]
    assert traces(db_url) == []
