"""Consolidation cases across catalyseurs: a reference to another catalyseur's record, a conflict."""

import shutil

import pytest
from sqlalchemy import select, text

from catalyseur_app.cli import main
from catalyseur_app.demo.dataset import create_demo
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.importer import import_sync_file
from catalyseur_app.foundation.database import make_engine
from catalyseur_app.store import open_store
from catalyseur_app.store.models import Actor, Partnership, PartnershipPartner, Profile


def _one(db_url, sql, **params):
    engine = make_engine(db_url)
    with engine.connect() as connection:
        value = connection.execute(text(sql), params).one()
    engine.dispose()
    return value


def _two_catalyseurs(tmp_path, names=("Anne Aubert", "Bruno Blanc")):
    """Two demo catalyseurs; consolidation takes files by catalyseur name, so ``names`` sets
    whose files are applied first."""
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    for store, seed, name in ((a, 11, names[0]), (b, 12, names[1])):
        create_demo(store, seed=seed)
        with store.write() as session:
            session.scalars(select(Profile)).one().full_name = name
    return a, b


@pytest.fixture(scope="module")
def cross_reference(tmp_path_factory):
    """B received A's file, then made a partnership with one of A's actors (B's file n° 2)."""
    tmp_path = tmp_path_factory.mktemp("cross-reference")
    a, b = _two_catalyseurs(tmp_path)
    sent = tmp_path / "sent"
    sent.mkdir()
    with a, b:
        export_sync_file(a, sent / "a-1.xlsx", full=True)
        export_sync_file(b, sent / "b-1.xlsx", full=True)
        import_sync_file(b, sent / "a-1.xlsx", trust_new=True)
        with a.read() as session:
            their_actor = session.scalars(select(Actor.id).order_by(Actor.id)).first()
        with b.write() as session:
            partnership = Partnership(title="Cantine partagée", form="mecenat", stage="emergence")
            session.add(partnership)
            session.flush()
            session.add(PartnershipPartner(partnership_id=partnership.id, actor_id=their_actor))
        export_sync_file(b, sent / "b-2.xlsx")
    return sent, their_actor


def test_a_file_naming_another_catalyseurs_actor_waits_for_that_catalyseurs_file(db_url, cross_reference, tmp_path,
                                                                                capsys):
    sent, their_actor = cross_reference
    only_b = tmp_path / "only-b"
    only_b.mkdir()
    for name in ("b-1.xlsx", "b-2.xlsx"):
        shutil.copy(sent / name, only_b / name)
    assert main(["foundation", "consolidate", str(only_b), "--db", db_url, "--trust-new"]) == 1
    out = capsys.readouterr().out
    assert spaced("b-2.xlsx : refusé — « b-2.xlsx », feuille « partenaires », ligne 3") in out
    assert spaced("b-1.xlsx : appliqué") in out
    assert _one(db_url, "SELECT count(*) FROM partnerships WHERE title = 'Cantine partagée'")[0] == 0
    # the same inbox with the other catalyseur's file: everything goes in, whatever the order
    assert main(["foundation", "consolidate", str(sent), "--db", db_url, "--trust-new"]) == 0
    out = capsys.readouterr().out
    assert spaced("a-1.xlsx : appliqué") in out and spaced("b-2.xlsx : appliqué") in out and spaced("b-1.xlsx : ignoré") in out
    assert _one(db_url, "SELECT count(*) FROM partnership_partners WHERE actor_id = :a", a=their_actor)[0] >= 1


@pytest.fixture(scope="module", params=["A's files first", "B's file first"])
def conflict(request, tmp_path_factory):
    """A and B (who received A's file) both changed the same partnership of A's; the foundation
    takes A's files first, or B's (B's edit then arrives before the version it was made on)."""
    tmp_path = tmp_path_factory.mktemp("conflict")
    names = ("Anne Aubert", "Bruno Blanc") if request.param.startswith("A") else ("Zoé Zeller", "Bruno Blanc")
    a, b = _two_catalyseurs(tmp_path, names)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with a, b:
        export_sync_file(a, inbox / "a-1.xlsx", full=True)
        import_sync_file(b, inbox / "a-1.xlsx", trust_new=True)
        with a.write() as session:
            shared = session.scalars(select(Partnership).order_by(Partnership.id)).first()
            shared.outcomes = "version de A"
        with b.write() as session:
            session.get(Partnership, shared.id).outcomes = "version de B"
        export_sync_file(a, inbox / "a-2.xlsx")
        export_sync_file(b, inbox / "b-1.xlsx")
        winner = "version de A" if a.device_id > b.device_id else "version de B"
    return inbox, shared.id, winner


def test_a_record_changed_by_two_catalyseurs_is_a_conflict_settled_by_the_rule(db_url, conflict, capsys):
    inbox, shared_id, winner = conflict
    assert main(["foundation", "consolidate", str(inbox), "--db", db_url, "--trust-new"]) == 0
    out = capsys.readouterr().out
    assert spaced("conflits réglés par la règle : 1,") in out
    assert _one(db_url, "SELECT outcomes FROM partnerships WHERE id = :id", id=shared_id)[0] == winner
    assert _one(db_url, "SELECT count(*), min(decided_by) FROM exchange_conflicts WHERE record_id = :id",
                id=shared_id) == (1, "rule")


def test_an_id_already_naming_a_record_of_another_kind_is_refused(tmp_path, capsys):
    import datetime as dt

    from catalyseur_app.store.models import Activity

    a, b = _two_catalyseurs(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    db = str(tmp_path / "national.sqlite")
    with a, b:
        export_sync_file(a, inbox / "a-1.xlsx", full=True)
        with a.read() as session:
            taken = session.scalars(select(Actor.id).order_by(Actor.id)).first()
        with b.write() as session:
            session.add(Activity(id=taken, day=dt.date(2026, 5, 4), metier="dialogue", mission="dialogue.rencontres",
                                 title="Réunion", minutes=60))
        export_sync_file(b, inbox / "b-1.xlsx", full=True)
    assert main(["foundation", "consolidate", str(inbox), "--db", db, "--trust-new"]) == 1
    out = capsys.readouterr().out
    assert spaced("a-1.xlsx : appliqué") in out
    assert spaced("b-1.xlsx : refusé — « b-1.xlsx », feuille « activites »") in out and "déjà celui d'un" in out
    assert _one(db, "SELECT count(*) FROM foundation_files")[0] == 1
    assert _one(db, "SELECT count(*) FROM activities WHERE id = :id", id=taken)[0] == 0
