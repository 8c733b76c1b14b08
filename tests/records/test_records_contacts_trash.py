import json
import sqlite3
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from catalyseur_app.atomic import OutputError
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.records import RecordNotFound, ValidationError
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.contacts import (
    ContactData,
    create_contact,
    erase_person,
    export_person,
    load_contact,
    person_record,
    update_contact,
)
from catalyseur_app.records.query import ListQuery, fetch_rows
from catalyseur_app.records.trash import delete_records, empty_trash, list_trash, restore_records
from catalyseur_app.store.models import Actor, Contact


@pytest.fixture
def actor(store):
    return create_actor(store, ActorData(name="Mairie de Vabre", kind="commune", commune_insee="81305")).subject_id


def person(actor, **extra):
    values = dict(actor_id=actor, full_name="Hélène Côté", role="maire", email="maire@vabre.fr",
                  phone="05 63 00 00 00", consent_date=date(2024, 2, 1), consent_source="oral",
                  notes="=HYPERLINK(\"http://x\")")
    values.update(extra)
    return ContactData(**values)


@pytest.mark.parametrize("field, value, fragment", [
    ("email", "maire@", "n'est pas valide"),
    ("phone", "12345", "numéro français"),
    ("full_name", " ", "obligatoire"),
    ("notes", "y" * 100_000, "trop long"),
    ("consent_date", date(2999, 1, 1), "futur"),
    ("consent_source", "", "Précisez comment"),
])
def test_bad_contact_input_is_refused(store, actor, field, value, fragment):
    with pytest.raises(ValidationError) as caught:
        create_contact(store, person(actor, **{field: value}))
    assert fragment in caught.value.field_errors[field]
    with store.read() as session:
        assert session.scalars(select(Contact)).all() == []


def test_export_to_json_and_xlsx_holds_everything_as_text(store, actor, tmp_path):
    contact = create_contact(store, person(actor)).subject_id
    json_path = export_person(store, contact, tmp_path / "personne.json")
    record = json.loads(json_path.read_text(encoding="utf-8"))
    assert record["nom"] == "Hélène Côté" and record["acteur"] == "Mairie de Vabre"
    assert record["fonction"] == "Maire" and record["date_consentement"] == "2024-02-01"
    assert record["forme_consentement"] == "Accord oral lors d'un entretien"
    xlsx_path = export_person(store, contact, tmp_path / "personne.xlsx")
    sheet = load_workbook(xlsx_path)["Personne"]
    values = {row[0].value: row[1] for row in sheet.iter_rows(min_row=2)}
    assert values["Courriel"].value == "maire@vabre.fr"
    assert values["Notes"].value == "=HYPERLINK(\"http://x\")" and values["Notes"].data_type == "s"
    assert not list(tmp_path.glob(".*part"))
    with pytest.raises(OutputError, match="finit par .xlsx ou .json"):
        export_person(store, contact, tmp_path / "personne.csv")


def test_erase_clears_every_field_and_keeps_a_travelling_tombstone(store, actor):
    contact = create_contact(store, person(actor)).subject_id
    with store.read() as session:
        version = session.get(Contact, contact).version
    erase_person(store, contact)
    with store.read() as session:
        erased = session.get(Contact, contact)
        assert (erased.full_name, erased.email, erased.phone, erased.notes,
                erased.consent_date) == ("", "", "", "", None)
        assert erased.erased_at is not None and erased.deleted_at is not None
        assert erased.version == version + 1
        assert fetch_rows(session, ListQuery("contacts", search="helene")) == []
    with pytest.raises(RecordNotFound):
        person_record(store, contact)
    assert list_trash(store) == []  # an erased person cannot be restored


def test_erasing_leaves_none_of_her_words_in_the_search_index(store, actor):
    """The search index (FTS5) keeps a changed row's words in its older segments until they are
    merged: read back with sqlite3, its own tables hold nothing of her once she is erased."""
    contact = create_contact(store, person(actor)).subject_id
    assert _search_index_words(store.db_path, ("helene", "vabre")) == {"helene", "vabre"}  # the ground
    erase_person(store, contact)
    assert _search_index_words(store.db_path, ("helene", "vabre")) == set()


def _search_index_words(db_path, words) -> set[str]:
    """Those of ``words`` (as the index keeps them: lower case, no accents) in fts_contacts's tables."""
    found = set()
    with sqlite3.connect(db_path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'fts_contacts_%'")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    shown = (value if isinstance(value, bytes) else str(value).encode()).lower()
                    found |= {word for word in words if word.encode() in shown}
    return found


def test_update_contact_and_undo(store, actor):
    contact = create_contact(store, person(actor)).subject_id
    operation = update_contact(store, contact, person(actor, email="autre@vabre.fr"))
    operation.undo()
    assert load_contact(store, contact).email == "maire@vabre.fr"


def test_delete_actor_takes_its_contacts_to_the_trash_and_back(store, actor):
    contact = create_contact(store, person(actor)).subject_id
    operation = delete_records(store, "actors", [actor])
    assert operation.description == spaced("Supprimer l'acteur « Mairie de Vabre »")
    assert [(item.kind, item.title) for item in list_trash(store)] == [("actors", "Mairie de Vabre")]
    with pytest.raises(RecordNotFound):
        load_contact(store, contact)
    operation.undo()
    assert load_contact(store, contact).full_name == "Hélène Côté"
    operation.redo()
    restore_records(store, "actors", [actor])
    assert load_contact(store, contact).full_name == "Hélène Côté"
    assert list_trash(store) == []


def test_empty_trash_purges_fields_but_keeps_tombstones(store, actor):
    contact = create_contact(store, person(actor)).subject_id
    other = create_actor(store, ActorData(name="Asso", kind="association")).subject_id
    delete_records(store, "actors", [actor])
    assert empty_trash(store) == 1
    assert list_trash(store) == []
    with store.read() as session:
        purged = session.get(Actor, actor)
        assert purged.name == "" and purged.deleted_at is not None
        assert session.get(Contact, contact).full_name == ""
        assert session.get(Actor, other).deleted_at is None
