from datetime import date

import pytest
from sqlalchemy import select

from catalyseur_app.records import RecordNotFound, ValidationError
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.partnerships import (
    Partner,
    PartnershipDraft,
    create_partnership,
    delete_partnership,
    load_partnership,
    update_partnership,
    validate_partnership,
)
from catalyseur_app.store.models import Partnership, PartnershipCommune, PartnershipOdd, PartnershipPartner


def actor(store, name, kind="association", commune="15014"):
    return create_actor(store, ActorData(name=name, kind=kind, commune_insee=commune)).subject_id


@pytest.fixture
def actors(store):
    return [actor(store, "Foyer rural d'Aurillac"), actor(store, "Boulangerie Martin", "tpe_pme"),
            actor(store, "Commune de Murat", "commune", "15138")]


def draft(actors, **changes):
    values = dict(
        title="Mécénat de compétences pour l'aide aux devoirs", form="mecenat", stage="active",
        partners=[Partner(actors[0], "porteur"), Partner(actors[1], "financeur")],
        communes=["15014"], needs=["education"], odds=[4, 17],
        start_date=date(2024, 9, 1), end_date=date(2025, 6, 30), money_eur=1500.5,
        outcomes="Douze enfants accompagnés.", inspiring=True,
    )
    values.update(changes)
    return PartnershipDraft(**values)


def count(store, model):
    with store.read() as session:
        return len(session.scalars(select(model)).all())


def test_create_then_load_gives_back_every_field(store, actors):
    operation = create_partnership(store, draft(actors))
    loaded = load_partnership(store, operation.subject_id)
    assert loaded.title == "Mécénat de compétences pour l'aide aux devoirs"
    assert [(p.actor_id, p.role) for p in loaded.partners] == [(actors[0], "porteur"), (actors[1], "financeur")]
    assert (loaded.communes, loaded.needs, loaded.odds) == (["15014"], ["education"], [4, 17])
    assert (loaded.money_eur, loaded.inspiring, loaded.end_date) == (1500.5, True, date(2025, 6, 30))
    with store.read() as session:
        row = session.get(Partnership, operation.subject_id)
        assert row.version == 1 and row.changed_by == store.device_id


@pytest.mark.parametrize("changes, field, fragment", [
    ({"title": "  "}, "title", "obligatoire"),
    ({"title": "Titre\x07"}, "title", "caractères de contrôle"),
    ({"form": ""}, "form", "forme du partenariat"),
    ({"form": "amitie"}, "form", "n'existe pas"),
    ({"stage": "finie"}, "stage", "n'existe pas"),
    ({"partners": []}, "partners", "au moins deux acteurs"),
    ("one partner", "partners", "au moins deux acteurs"),
    ("same actor twice", "partners", "deux fois"),
    ("no role", "partners", "rôle"),
    ({"start_date": date(2025, 1, 10), "end_date": date(2025, 1, 9)}, "end_date", "date de fin"),
    ({"money_eur": -1.0}, "money_eur", "négatif"),
    ({"money_eur": float("nan")}, "money_eur", "nombre d'euros"),
    ({"communes": ["99999"]}, "communes", "Commune inconnue"),
    ({"needs": ["bonheur"]}, "needs", "Besoin inconnu"),
    ({"odds": [18]}, "odds", "1 à 17"),
    ({"description": "x" * 100_000}, "description", "trop long"),
])
def test_bad_input_is_refused_in_french_and_nothing_is_saved(store, actors, changes, field, fragment):
    if changes == "one partner":
        changes = {"partners": [Partner(actors[0], "porteur")]}
    elif changes == "same actor twice":
        changes = {"partners": [Partner(actors[0], "porteur"), Partner(actors[0], "financeur")]}
    elif changes == "no role":
        changes = {"partners": [Partner(actors[0], "porteur"), Partner(actors[1], "")]}
    bad = draft(actors, **changes)
    assert fragment in validate_partnership(store, bad)[field]
    with pytest.raises(ValidationError) as caught:
        create_partnership(store, bad)
    assert fragment in caught.value.field_errors[field]
    assert count(store, Partnership) == 0 and count(store, PartnershipPartner) == 0


def test_a_deleted_actor_cannot_be_a_partner(store, actors):
    from catalyseur_app.records.trash import delete_records

    delete_records(store, "actors", [actors[1]])
    with pytest.raises(ValidationError) as caught:
        create_partnership(store, draft(actors))
    assert "n'existe plus" in caught.value.field_errors["partners"]


def test_update_changes_links_and_a_bad_update_changes_nothing(store, actors):
    partnership_id = create_partnership(store, draft(actors)).subject_id
    changed = draft(actors, stage="terminee", odds=[17, 10],
                    partners=[Partner(actors[0], "porteur"), Partner(actors[2], "partenaire")],
                    communes=["15014", "15138"])
    update_partnership(store, partnership_id, changed)
    loaded = load_partnership(store, partnership_id)
    assert loaded.stage == "terminee" and loaded.odds == [10, 17] and loaded.communes == ["15014", "15138"]
    assert {p.actor_id for p in loaded.partners} == {actors[0], actors[2]}
    with store.read() as session:  # the removed partner is a tombstone, so the removal travels
        removed = session.scalars(select(PartnershipPartner).where(PartnershipPartner.actor_id == actors[1])).one()
        assert removed.deleted_at is not None
        assert session.get(Partnership, partnership_id).version >= 2
    with pytest.raises(ValidationError):
        update_partnership(store, partnership_id, draft(actors, title=""))
    assert load_partnership(store, partnership_id).stage == "terminee"


def test_undo_and_redo_of_create_update_and_delete(store, actors):
    create = create_partnership(store, draft(actors))
    partnership_id = create.subject_id
    update = update_partnership(store, partnership_id, draft(actors, title="Nouveau titre", odds=[1]))
    update.undo()
    loaded = load_partnership(store, partnership_id)
    assert loaded.title.startswith("Mécénat") and loaded.odds == [4, 17]
    update.redo()
    assert load_partnership(store, partnership_id).odds == [1]
    delete = delete_partnership(store, partnership_id)
    with pytest.raises(RecordNotFound):
        load_partnership(store, partnership_id)
    delete.undo()
    assert load_partnership(store, partnership_id).title == "Nouveau titre"
    create_again = create_partnership(store, draft(actors, title="Autre"))
    create_again.undo()
    with pytest.raises(RecordNotFound):
        load_partnership(store, create_again.subject_id)
    assert count(store, PartnershipOdd) == 1 and count(store, PartnershipCommune) == 1
    create_again.redo()
    assert load_partnership(store, create_again.subject_id).odds == [4, 17]
