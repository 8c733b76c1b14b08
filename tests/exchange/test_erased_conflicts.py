"""An erased person leaves the sync conflicts too: ``exchange_conflicts`` keeps both sides of a
conflict as JSON, and neither side may keep the name, e-mail or phone of someone erased.

Each case builds a real conflict on "Jeanne Dupont" (her contact and her place in a diagnostic)
between two devices, then erases her one way or another, and reads the database file back with
sqlite3 itself. Each runs twice: the rule keeping the version here, and the version of the file."""

import sqlite3

import pytest
from exchange_factory import populate
from sqlalchemy import select

from catalyseur_app.cli import main
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.records.contacts import erase_person
from catalyseur_app.store import models as m
from catalyseur_app.store import open_store
from catalyseur_app.store.backup import read_info
from catalyseur_app.store.restore import restore_backup

HER = ("Jeanne", "jeanne@example.org", "0612345678")


@pytest.fixture(params=["here", "there"])
def sides(request, store, other_store):
    """(here, there): ``here`` records the conflicts. The rule keeps the greater device id's version."""
    low, high = sorted((store, other_store), key=lambda side: side.device_id)
    return (high, low) if request.param == "here" else (low, high)


def run(store, *args):
    """Run the CLI on ``store``'s folder (the store is closed meanwhile, as another process would)."""
    store.close()
    code = main(["--data-dir", str(store.data_dir), *map(str, args)])
    store.__init__(store.data_dir, store.engine, None)
    return code


def _share(source, target, tmp_path, name, **options):
    path = tmp_path / name
    export_sync_file(source, path, with_contacts=True, **options)
    return run(target, "sync", "import", "--trust-new", path)


def _conflict_rows(db_path) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute("SELECT kind, record_id, local, incoming FROM exchange_conflicts").fetchall()


def _traces(db_path) -> list[tuple]:
    """The conflict rows that still name her."""
    return [row for row in _conflict_rows(db_path) if any(part in row[2] + row[3] for part in HER)]


def _participant(store, contact_id) -> str:
    with store.read() as s:
        return s.scalar(select(m.DiagnosticParticipant.id).where(m.DiagnosticParticipant.contact_id == contact_id))


def _edit(store, ids, participant, side):
    with store.write() as s:
        s.get(m.Contact, ids["contact"]).notes = f"Vue sur {side}"
        s.get(m.DiagnosticParticipant, participant).role = f"maire ({side})"
        s.get(m.Actor, ids["actors"][2]).notes = f"Note écrite sur {side}"  # a conflict with nobody in it


def _conflicts_on_her(store, other_store, tmp_path) -> tuple[dict, str]:
    """Both devices edit her and her participant (and an actor); B's file makes three conflicts on A."""
    ids = populate(store)
    assert _share(store, other_store, tmp_path, "1.xlsx", full=True) == 0
    participant = _participant(store, ids["contact"])
    _edit(store, ids, participant, "A")
    _edit(other_store, ids, participant, "B")
    assert _share(other_store, store, tmp_path, "2.xlsx") == 0
    kinds = {(row[0], row[1]) for row in _traces(store.db_path)}
    assert kinds == {("contact", ids["contact"]), ("participant", participant)}  # the defect's ground
    assert {row[0] for row in _conflict_rows(store.db_path)} == {"contact", "participant", "actor"}
    return ids, participant


def _only_the_actor_conflict_is_left(store, ids):
    assert _traces(store.db_path) == []
    rows = _conflict_rows(store.db_path)
    assert [(row[0], row[1]) for row in rows] == [("actor", ids["actors"][2])]
    assert "Note écrite sur A" in rows[0][2] + rows[0][3]


def test_erasing_her_here_forgets_her_conflicts(sides, tmp_path):
    store, other_store = sides
    ids, _participant_id = _conflicts_on_her(store, other_store, tmp_path)
    erase_person(store, ids["contact"])  # the window's « Effacer la personne »
    _only_the_actor_conflict_is_left(store, ids)


def test_an_erasure_made_on_the_other_device_forgets_her_conflicts_here(sides, tmp_path):
    store, other_store = sides
    ids, participant = _conflicts_on_her(store, other_store, tmp_path)
    erase_person(other_store, ids["contact"])
    assert _share(other_store, store, tmp_path, "3.xlsx") == 0
    with store.read() as s:
        assert s.get(m.Contact, ids["contact"]).erased_at is not None
        linked = s.get(m.DiagnosticParticipant, participant).contact_id
    # The file's version of her participation (newer: it was emptied there) won, and came without
    # its contact, which does not travel once erased: only the conflicts' JSON still says whose it was.
    assert linked is None
    _only_the_actor_conflict_is_left(store, ids)


def test_a_new_conflict_on_an_erased_person_is_not_kept(sides, tmp_path):
    """B has not heard of the erasure yet and edits her participant again: the conflict A records
    would hold her name as B knows it."""
    store, other_store = sides
    ids, participant = _conflicts_on_her(store, other_store, tmp_path)
    erase_person(store, ids["contact"])
    with other_store.write() as s:
        s.get(m.DiagnosticParticipant, participant).role = "maire (B, encore)"
    assert _share(other_store, store, tmp_path, "3.xlsx") == 0
    _only_the_actor_conflict_is_left(store, ids)
    with store.read() as s:
        assert s.get(m.DiagnosticParticipant, participant).name == ""


def test_a_conflict_listed_before_the_erasure_cannot_bring_her_back(sides, tmp_path):
    """The Exchanges page lists her conflicts, she is erased meanwhile, then someone takes the other
    version of one: nothing is written back."""
    from catalyseur_app.exchange.conflicts import open_conflicts, resolve_conflict

    store, other_store = sides
    ids, participant = _conflicts_on_her(store, other_store, tmp_path)
    listed = [(c.id, c.chosen) for c in open_conflicts(store) if c.kind in ("contact", "participant")]
    erase_person(store, ids["contact"])
    for conflict_id, chosen in listed:
        resolve_conflict(store, conflict_id, "local" if chosen == "incoming" else "incoming")
    with store.read() as s:
        contact = s.get(m.Contact, ids["contact"])
        assert (contact.full_name, contact.email, contact.phone) == ("", "", "")
        assert s.get(m.DiagnosticParticipant, participant).name == ""
    _only_the_actor_conflict_is_left(store, ids)


def test_restoring_a_backup_made_before_the_erasure_does_not_bring_her_conflicts_back(sides, tmp_path):
    store, other_store = sides
    ids, _participant_id = _conflicts_on_her(store, other_store, tmp_path)
    backup = read_info(store.backup("manuelle"))
    erase_person(store, ids["contact"])
    data_dir = store.data_dir
    store.close()
    restore_backup(data_dir, backup)
    _only_the_actor_conflict_is_left(store, ids)
    with open_store(data_dir) as again, again.read() as s:
        assert s.get(m.Contact, ids["contact"]).erased_at is not None


def test_the_command_line_restore_does_not_bring_her_conflicts_back(sides, tmp_path, capsys):
    store, other_store = sides
    ids, _participant_id = _conflicts_on_her(store, other_store, tmp_path)
    backup = read_info(store.backup("manuelle"))
    erase_person(store, ids["contact"])
    assert run(store, "backup", "restore", backup.id) == 0
    _only_the_actor_conflict_is_left(store, ids)


def test_the_kinds_the_erasure_names_are_the_exchanges():
    """store/erasures.py names the exchange's kinds and tables in its SQL, without importing it."""
    from catalyseur_app.exchange.schema import KIND_BY_NAME
    from catalyseur_app.store.erasures import FORGET_ERASED_CONFLICTS

    assert KIND_BY_NAME["contact"].table.name == "contacts"
    assert KIND_BY_NAME["participant"].table.name == "diagnostic_participants"
    assert "kind = 'contact'" in FORGET_ERASED_CONFLICTS and "kind = 'participant'" in FORGET_ERASED_CONFLICTS
