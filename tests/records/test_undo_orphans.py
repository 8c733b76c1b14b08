"""Undo/redo restores association rows removed by SQLAlchemy's delete-orphan cascade."""

from datetime import date

from sqlalchemy import select

from catalyseur_app.records.activities import ActivityDraft, load_activity, log_activity, update_activity
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.partnerships import (
    Partner,
    PartnershipDraft,
    create_partnership,
    load_partnership,
    update_partnership,
)
from catalyseur_app.records.undo import ChangeTracker
from catalyseur_app.store.models import Partnership, PartnershipCommune, PartnershipNeed, PartnershipOdd


def _actors(store):
    return [create_actor(store, ActorData(name=name, kind=kind, commune_insee="15014")).subject_id
            for name, kind in (("Foyer rural d'Aurillac", "association"), ("Boulangerie Martin", "tpe_pme"))]


def _draft(actors, **changes):
    values = dict(title="Repas partagés des hameaux", form="cooperation_economique", stage="active",
                  partners=[Partner(actors[0], "porteur"), Partner(actors[1], "partenaire")],
                  communes=["15014", "15138"], needs=["emploi", "alimentation"], odds=[2, 8, 17])
    values.update(changes)
    return PartnershipDraft(**values)


def _rows(store, model, column):
    with store.read() as session:
        return sorted(session.scalars(select(column)).all())


def test_undo_of_removing_a_commune_need_and_odd_brings_the_rows_back(store):
    actors = _actors(store)
    partnership_id = create_partnership(store, _draft(actors)).subject_id
    edit = update_partnership(store, partnership_id, _draft(actors, communes=["15014"], needs=["emploi"], odds=[17]))
    assert _rows(store, PartnershipCommune, PartnershipCommune.insee) == ["15014"]
    assert _rows(store, PartnershipOdd, PartnershipOdd.odd) == [17]

    edit.undo()
    loaded = load_partnership(store, partnership_id)
    assert loaded.communes == ["15014", "15138"]
    assert loaded.needs == ["emploi", "alimentation"]
    assert loaded.odds == [2, 8, 17]

    edit.redo()
    loaded = load_partnership(store, partnership_id)
    assert (loaded.communes, loaded.needs, loaded.odds) == (["15014"], ["emploi"], [17])
    edit.undo()
    assert load_partnership(store, partnership_id).odds == [2, 8, 17]


def test_the_tracker_sees_a_row_removed_only_from_its_collection(store):
    actors = _actors(store)
    partnership_id = create_partnership(store, _draft(actors)).subject_id
    with store.write() as session:
        tracker = ChangeTracker(session)
        partnership = session.get(Partnership, partnership_id)
        need = next(row for row in partnership.needs if row.need == "alimentation")
        partnership.needs.remove(need)  # no session.delete(): the cascade deletes the orphan
    operation = tracker.operation(store, "Retirer un besoin")
    assert not operation.empty
    assert _rows(store, PartnershipNeed, PartnershipNeed.need) == ["emploi"]
    operation.undo()
    assert _rows(store, PartnershipNeed, PartnershipNeed.need) == ["alimentation", "emploi"]
    operation.redo()
    assert _rows(store, PartnershipNeed, PartnershipNeed.need) == ["emploi"]


def test_undo_of_removing_a_commune_and_an_actor_from_an_activity(store):
    actors = _actors(store)
    draft = ActivityDraft(day=date(2025, 3, 4), metier="dialogue", mission="dialogue.mise_en_relation",
                          title="Rencontre des producteurs", minutes=90, communes=["15014", "15138"], actors=actors)
    activity_id = log_activity(store, draft).subject_id
    draft.communes, draft.actors = ["15138"], actors[:1]
    edit = update_activity(store, activity_id, draft)
    assert load_activity(store, activity_id).communes == ["15138"]
    edit.undo()
    loaded = load_activity(store, activity_id)
    assert sorted(loaded.communes) == ["15014", "15138"] and sorted(loaded.actors) == sorted(actors)
