"""The consolidation store keeps sync conflicts too (``exchange_conflicts``, both sides as JSON):
once a catalyseur's erasure reaches it, no conflict there still holds the erased person."""

from datetime import date

import pytest
from sqlalchemy import text

from catalyseur_app.cli import main
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.importer import import_sync_file
from catalyseur_app.foundation.database import make_engine
from catalyseur_app.records.contacts import erase_person
from catalyseur_app.store import models as m
from catalyseur_app.store import open_store

HER = ("Jeanne", "jeanne@example.org", "0612345678")


def _conflicts(db_url) -> list[tuple]:
    engine = make_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT kind, record_id, local, incoming FROM exchange_conflicts")).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def _her_on(store) -> tuple[str, str]:
    """An actor, Jeanne Dupont among its contacts, and her participation in a diagnostic."""
    with store.write() as s:
        actor = m.Actor(name="Mairie de Vabre", kind="commune", commune_insee="81305")
        s.add(actor)
        s.flush()
        contact = m.Contact(actor_id=actor.id, full_name="Jeanne Dupont", role="maire", email=HER[1],
                            phone=HER[2], consent_date=date(2024, 3, 1), consent_source="oral")
        diagnostic = m.Diagnostic(kit_id="sortie_de_crise", kit_version="2024.1", commune_insee="81305",
                                  started_on=date(2024, 5, 6))
        s.add_all([contact, diagnostic])
        s.flush()
        participant = m.DiagnosticParticipant(diagnostic_id=diagnostic.id, contact_id=contact.id,
                                              name="Jeanne Dupont", role="maire")
        s.add(participant)
        s.flush()
        return contact.id, participant.id


def _edit(store, contact_id, participant_id, side):
    with store.write() as s:
        s.get(m.Contact, contact_id).notes = f"Vue par {side}"
        s.get(m.DiagnosticParticipant, participant_id).role = f"maire ({side})"


@pytest.fixture(scope="module")
def erased_after_a_conflict(tmp_path_factory):
    """A and B (who received A's file) both edited her; A then erased her. ``first``: the files
    before the erasure, ``then``: the same with A's file carrying the erasure."""
    tmp_path = tmp_path_factory.mktemp("erased-conflict")
    first, then = tmp_path / "first", tmp_path / "then"
    first.mkdir()
    then.mkdir()
    with open_store(tmp_path / "a") as a, open_store(tmp_path / "b") as b:
        contact_id, participant_id = _her_on(a)
        export_sync_file(a, first / "a-1.xlsx", full=True, with_contacts=True)
        import_sync_file(b, first / "a-1.xlsx", trust_new=True)
        _edit(a, contact_id, participant_id, "A")
        _edit(b, contact_id, participant_id, "B")
        export_sync_file(a, first / "a-2.xlsx", with_contacts=True)
        export_sync_file(b, first / "b-1.xlsx", with_contacts=True)
        erase_person(a, contact_id)
        export_sync_file(a, then / "a-3.xlsx", with_contacts=True)
    for name in ("a-1.xlsx", "a-2.xlsx", "b-1.xlsx"):
        (then / name).write_bytes((first / name).read_bytes())
    return first, then, contact_id, participant_id


def test_an_erasure_consolidated_forgets_her_conflicts(db_url, erased_after_a_conflict, capsys):
    first, then, contact_id, participant_id = erased_after_a_conflict
    assert main(["foundation", "consolidate", str(first), "--db", db_url, "--trust-new"]) == 0
    named = {(kind, record) for kind, record, local, incoming in _conflicts(db_url)
             if any(part in local + incoming for part in HER)}
    assert named == {("contact", contact_id), ("participant", participant_id)}  # the defect's ground
    assert main(["foundation", "consolidate", str(then), "--db", db_url, "--trust-new"]) == 0
    assert "a-3.xlsx" in capsys.readouterr().out
    assert _one(db_url, "SELECT erased_at IS NOT NULL FROM contacts WHERE id = :id", id=contact_id)
    assert [row for row in _conflicts(db_url) if any(part in row[2] + row[3] for part in HER)] == []


def _one(db_url, sql, **params):
    engine = make_engine(db_url)
    with engine.connect() as connection:
        value = connection.execute(text(sql), params).scalar()
    engine.dispose()
    return value

