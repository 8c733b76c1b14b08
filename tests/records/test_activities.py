from datetime import date, timedelta

import pytest
from sqlalchemy import select

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.records import RecordNotFound, ValidationError
from catalyseur_app.records.activities import (
    ActivityDraft,
    delete_activity,
    load_activity,
    log_activity,
    repeat_last,
    timeline,
    update_activity,
    validate_activity,
)
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.store.models import Activity, ActivityCommune


def entry(**changes):
    values = dict(day=date(2025, 3, 12), metier="dialogue", mission="dialogue.rencontres",
                  title="Petit-déjeuner des acteurs", minutes=90, participants=14,
                  outcome="Prochaine rencontre fixée.", communes=["15014"])
    values.update(changes)
    return ActivityDraft(**values)


def rows(store, model):
    with store.read() as session:
        return session.scalars(select(model)).all()


def test_log_and_load_with_actors_and_communes(store):
    actor = create_actor(store, ActorData(name="Foyer rural", kind="association", commune_insee="15014")).subject_id
    activity_id = log_activity(store, entry(actors=[actor], communes=["15014", "15138"])).subject_id
    loaded = load_activity(store, activity_id)
    assert (loaded.title, loaded.minutes, loaded.participants) == ("Petit-déjeuner des acteurs", 90, 14)
    assert loaded.actors == [actor] and loaded.communes == ["15014", "15138"]
    assert rows(store, Activity)[0].version == 1


@pytest.mark.parametrize("changes, field, fragment", [
    ({"day": None}, "day", "date"),
    ({"metier": ""}, "metier", "métier"),
    ({"mission": ""}, "mission", "mission"),
    ({"mission": "lieu.fablab"}, "mission", spaced("n'appartient pas au métier « Dialogue territorial »")),
    ({"title": ""}, "title", "obligatoire"),
    ({"minutes": -5}, "minutes", "négatif"),
    ({"minutes": 25 * 60}, "minutes", "24 heures"),
    ({"participants": -1}, "participants", "entre 0"),
    ({"communes": ["00000"]}, "communes", "inconnue"),
    ({"actors": ["nope"]}, "actors", "n'existe plus"),
    ({"partnership_id": "nope"}, "partnership", "n'existe plus"),
    ({"outcome": "x" * 100_000}, "outcome", "trop long"),
])
def test_bad_input_is_refused_and_nothing_saved(store, changes, field, fragment):
    bad = entry(**changes)
    assert fragment in validate_activity(store, bad)[field]
    with pytest.raises(ValidationError) as caught:
        log_activity(store, bad)
    assert fragment in caught.value.field_errors[field]
    assert rows(store, Activity) == [] and rows(store, ActivityCommune) == []


def test_repeat_last_copies_the_last_logged_entry_dated_today(store):
    assert repeat_last(store) is None
    log_activity(store, entry(title="Premier", day=date(2025, 3, 20)))
    log_activity(store, entry(title="Atelier fab lab", metier="lieu", mission="lieu.fablab", day=date(2025, 1, 2),
                              minutes=45, communes=["15138"]))
    again = repeat_last(store, today=date(2025, 4, 1))
    assert (again.title, again.mission, again.minutes, again.communes, again.day) == (
        "Atelier fab lab", "lieu.fablab", 45, ["15138"], date(2025, 4, 1))


def test_update_delete_and_undo(store):
    activity_id = log_activity(store, entry()).subject_id
    update = update_activity(store, activity_id, entry(minutes=30, communes=["15138"]))
    assert load_activity(store, activity_id).communes == ["15138"]
    update.undo()
    assert load_activity(store, activity_id).minutes == 90 and load_activity(store, activity_id).communes == ["15014"]
    delete = delete_activity(store, activity_id)
    with pytest.raises(RecordNotFound):
        load_activity(store, activity_id)
    delete.undo()
    assert load_activity(store, activity_id).title == "Petit-déjeuner des acteurs"


def test_timeline_by_iso_week_and_by_month(store):
    monday = date(2025, 3, 10)  # ISO week 11
    log_activity(store, entry(day=monday, minutes=60))
    log_activity(store, entry(day=monday + timedelta(days=6), minutes=30, metier="lieu", mission="lieu.coworking"))
    log_activity(store, entry(day=monday + timedelta(days=7), minutes=120))  # week 12
    log_activity(store, entry(day=date(2025, 1, 15), minutes=15))
    deleted = log_activity(store, entry(day=monday, minutes=999)).subject_id
    delete_activity(store, deleted)

    weeks = timeline(store, "week", date(2025, 3, 3), date(2025, 3, 23))
    assert [b.iso_week for b in weeks] == [(2025, 10), (2025, 11), (2025, 12)]
    assert [b.total for b in weeks] == [0, 90, 120]
    assert weeks[1].minutes_by_metier["dialogue"] == 60 and weeks[1].minutes_by_metier["lieu"] == 30

    months = timeline(store, "month", date(2025, 1, 1), date(2025, 3, 31))
    assert [(b.start, b.total) for b in months] == [(date(2025, 1, 1), 15), (date(2025, 2, 1), 0),
                                                    (date(2025, 3, 1), 210)]
    assert months[-1].end == date(2025, 3, 31)
    assert len(timeline(store, "month", last=date(2025, 3, 31))) == 12
