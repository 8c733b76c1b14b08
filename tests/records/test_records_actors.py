import pytest
from sqlalchemy import select

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.records import RecordNotFound, ValidationError
from catalyseur_app.records.actors import (
    ActorData,
    create_actor,
    find_duplicates,
    load_actor,
    merge_actors,
    update_actor,
)
from catalyseur_app.records.contacts import ContactData, create_contact
from catalyseur_app.records.trash import delete_records
from catalyseur_app.store.models import (
    Activity,
    ActivityActor,
    Actor,
    Contact,
    Partnership,
    PartnershipPartner,
)


def make(store, name, kind="association", commune="81004", **extra):
    return create_actor(store, ActorData(name=name, kind=kind, commune_insee=commune, **extra)).subject_id


def test_create_stores_cleaned_values_and_a_folded_sort_key(store):
    actor_id = make(store, "  École   des Arts ", siren="732 829 320", website=" https://arts.fr ")
    with store.read() as session:
        actor = session.get(Actor, actor_id)
        assert (actor.name, actor.name_key, actor.siren, actor.website) == (
            "École des Arts", "ecole des arts", "732829320", "https://arts.fr")
        assert actor.version == 1 and actor.changed_by == store.device_id


@pytest.mark.parametrize("field, value, fragment", [
    ("name", "", "obligatoire"),
    ("siren", "732829321", "clé de contrôle"),
    ("website", "pas un site", "n'est pas valide"),
    ("notes", "x" * 100_000, "trop long"),
    ("name", "Nom\x01", "caractères de contrôle"),
    ("kind", "", "type d'acteur"),
    ("commune_insee", "99999", "inconnue"),
])
def test_bad_input_is_refused_with_a_french_message_and_nothing_saved(store, field, value, fragment):
    data = ActorData(name="Association Test", kind="association", commune_insee="81004")
    setattr(data, field, value)
    with pytest.raises(ValidationError) as caught:
        create_actor(store, data)
    assert fragment in caught.value.field_errors[field]
    with store.read() as session:
        assert session.scalars(select(Actor)).all() == []


def test_update_then_undo_and_redo_restore_exact_values(store):
    actor_id = make(store, "Mairie d'Albi", kind="commune", notes="Première note")
    operation = update_actor(store, actor_id, ActorData(name="Mairie d'Albi (Tarn)", kind="commune",
                                                       commune_insee="81004", notes="Autre note"))
    assert operation.description == spaced("Modifier l'acteur « Mairie d'Albi (Tarn) »")
    operation.undo()
    assert load_actor(store, actor_id).notes == "Première note"
    assert load_actor(store, actor_id).name == "Mairie d'Albi"
    operation.redo()
    assert load_actor(store, actor_id).name == "Mairie d'Albi (Tarn)"
    with store.read() as session:
        assert session.get(Actor, actor_id).version == 4  # each undo/redo travels as a change


def test_undo_of_a_creation_tombstones_it_and_redo_brings_it_back(store):
    operation = create_actor(store, ActorData(name="Asso", kind="association"))
    operation.undo()
    with pytest.raises(RecordNotFound):
        load_actor(store, operation.subject_id)
    operation.redo()
    assert load_actor(store, operation.subject_id).name == "Asso"


def test_duplicates_by_siren_and_by_normalised_name_in_the_same_commune(store):
    first = make(store, "SARL Boulangerie Dupont", kind="tpe_pme", siren="732829320")
    make(store, "Boulangerie Dupont", kind="tpe_pme", commune="81305")  # another commune
    by_name = find_duplicates(store, ActorData(name="boulangerie-dupont", kind="tpe_pme", commune_insee="81004"))
    assert [(d.id, d.reason) for d in by_name] == [(first, "même nom dans la même commune")]
    by_siret = find_duplicates(store, ActorData(name="Autre", kind="tpe_pme", siren="73282932000074"))
    assert [d.id for d in by_siret] == [first] and "SIREN" in by_siret[0].reason
    assert find_duplicates(store, ActorData(name="SARL Boulangerie Dupont", commune_insee="81004"),
                           exclude_id=first) == []


def test_merge_moves_every_link_and_undo_puts_them_back(store):
    survivor = make(store, "Mairie d'Albi", kind="commune")
    loser = make(store, "Commune d'Albi", kind="commune", siren="732829320", notes="Vu en mars")
    other = make(store, "Asso Tarn", kind="association")
    contact = create_contact(store, ContactData(actor_id=loser, full_name="Jeanne Martin")).subject_id
    with store.write() as session:
        both = Partnership(title="Cantine", form="mecenat", stage="active")
        only_loser = Partnership(title="Jardin", form="mecenat", stage="active")
        session.add_all([both, only_loser])
        session.flush()
        session.add_all([
            PartnershipPartner(partnership_id=both.id, actor_id=survivor),
            PartnershipPartner(partnership_id=both.id, actor_id=loser),
            PartnershipPartner(partnership_id=only_loser.id, actor_id=loser),
            PartnershipPartner(partnership_id=only_loser.id, actor_id=other),
        ])
        from datetime import date
        activity = Activity(day=date(2024, 3, 1), metier="dialogue", mission="dialogue.rencontres", title="Réunion")
        session.add(activity)
        session.flush()
        session.add(ActivityActor(activity_id=activity.id, actor_id=loser))
        ids = both.id, only_loser.id, activity.id

    operation = merge_actors(store, survivor, loser)
    with store.read() as session:
        merged = session.get(Actor, loser)
        assert merged.merged_into_id == survivor and merged.deleted_at is not None
        assert session.get(Contact, contact).actor_id == survivor
        assert session.get(Actor, survivor).siren == "732829320"
        assert "Vu en mars" in session.get(Actor, survivor).notes
        live = session.execute(select(PartnershipPartner.partnership_id, PartnershipPartner.actor_id)
                               .where(PartnershipPartner.deleted_at.is_(None))).all()
        assert sorted(live) == sorted([(ids[0], survivor), (ids[1], survivor), (ids[1], other)])
        assert session.scalars(select(ActivityActor.actor_id)).all() == [survivor]

    operation.undo()
    with store.read() as session:
        restored = session.get(Actor, loser)
        assert restored.merged_into_id is None and restored.deleted_at is None
        assert session.get(Contact, contact).actor_id == loser
        assert session.get(Actor, survivor).siren is None
        live = session.execute(select(PartnershipPartner.partnership_id, PartnershipPartner.actor_id)
                               .where(PartnershipPartner.deleted_at.is_(None))).all()
        assert sorted(live) == sorted([(ids[0], survivor), (ids[0], loser), (ids[1], loser), (ids[1], other)])
        assert session.scalars(select(ActivityActor.actor_id)).all() == [loser]
    operation.redo()
    with store.read() as session:
        assert session.get(Actor, loser).merged_into_id == survivor
        assert session.scalars(select(ActivityActor.actor_id)).all() == [survivor]


def test_merging_an_actor_with_itself_is_refused(store):
    actor = make(store, "Asso")
    with pytest.raises(ValidationError):
        merge_actors(store, actor, actor)


def test_deleted_actor_cannot_be_updated(store):
    actor = make(store, "Asso")
    delete_records(store, "actors", [actor])
    with pytest.raises(RecordNotFound, match="n'existe plus"):
        update_actor(store, actor, ActorData(name="Asso 2", kind="association"))
