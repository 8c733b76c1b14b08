from datetime import date, timedelta

from catalyseur_app.records.activities import ActivityDraft, delete_activity, log_activity
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.dashboard import dashboard_data, month_starts
from catalyseur_app.records.partnerships import Partner, PartnershipDraft, create_partnership, delete_partnership
from catalyseur_app.store.models import Diagnostic, DiagnosticAction

TODAY = date(2025, 6, 15)


def partnership(store, actors, form, stage, odds, inspiring=False):
    return create_partnership(store, PartnershipDraft(
        title=f"{form} {stage}", form=form, stage=stage, odds=odds, inspiring=inspiring,
        partners=[Partner(actors[0], "porteur"), Partner(actors[1], "partenaire")],
    )).subject_id


def activity(store, day, metier, mission, minutes):
    return log_activity(store, ActivityDraft(day=day, metier=metier, mission=mission, title="Réunion",
                                             minutes=minutes)).subject_id


def test_month_starts_cover_twelve_months_ending_this_one():
    starts = month_starts(date(2025, 2, 10))
    assert starts[0] == date(2024, 3, 1) and starts[-1] == date(2025, 2, 1) and len(starts) == 12


def test_empty_store_gives_zeros_for_every_category(store):
    data = dashboard_data(store, TODAY)
    assert data.totals.partnerships == 0 and data.minutes.total() == 0
    assert set(data.by_form) == {"mecenat", "pratiques_responsables", "cooperation_economique", "innovation_societale"}
    assert list(data.by_odd) == list(range(1, 18)) and data.upcoming == []


def test_counts_follow_the_records_and_ignore_deleted_ones(store):
    actors = [create_actor(store, ActorData(name=n, kind="association", commune_insee="15014")).subject_id
              for n in ("Un", "Deux")]
    partnership(store, actors, "mecenat", "active", [4, 17], inspiring=True)
    partnership(store, actors, "mecenat", "emergence", [17])
    gone = partnership(store, actors, "innovation_societale", "active", [13])
    delete_partnership(store, gone)
    activity(store, TODAY, "dialogue", "dialogue.rencontres", 90)
    activity(store, TODAY - timedelta(days=40), "lieu", "lieu.fablab", 30)
    activity(store, date(2024, 6, 30), "dialogue", "dialogue.rencontres", 500)  # 13 months ago: out
    delete_activity(store, activity(store, TODAY, "dialogue", "dialogue.rencontres", 1000))

    data = dashboard_data(store, TODAY)
    assert data.by_form["mecenat"] == 2 and data.by_form["innovation_societale"] == 0
    assert data.by_stage["active"] == 1 and data.by_stage["emergence"] == 1
    assert data.by_odd[17] == 2 and data.by_odd[4] == 1 and data.by_odd[13] == 0
    assert data.minutes.months[-1] == date(2025, 6, 1)
    assert data.minutes.by_metier["dialogue"][-1] == 90 and data.minutes.by_metier["lieu"][-2] == 30
    assert data.minutes.total() == 120
    totals = data.totals
    assert (totals.actors, totals.partnerships, totals.active_partnerships,
            totals.inspiring_partnerships) == (2, 2, 1, 1)
    assert (totals.activities_last_12_months, totals.minutes_last_12_months) == (2, 120)


def test_diagnostics_by_status_and_upcoming_actions(store):
    with store.write() as session:
        current = Diagnostic(kit_id="sortie_de_crise", kit_version="1", commune_insee="15014",
                             started_on=TODAY, status="finalised")
        old = Diagnostic(kit_id="sortie_de_crise", kit_version="1", commune_insee="15014",
                         started_on=TODAY, status="superseded")
        session.add_all([current, old, Diagnostic(kit_id="k", kit_version="1", commune_insee="15138",
                                                  started_on=TODAY, status="in_progress")])
        session.flush()
        session.add_all([
            DiagnosticAction(diagnostic=current, title="Réunir les commerçants", due_date=TODAY + timedelta(days=10)),
            DiagnosticAction(diagnostic=current, title="En retard", due_date=TODAY - timedelta(days=3), status="doing"),
            DiagnosticAction(diagnostic=current, title="Fait", due_date=TODAY, status="done"),
            DiagnosticAction(diagnostic=current, title="Lointain", due_date=TODAY + timedelta(days=200)),
            DiagnosticAction(diagnostic=old, title="Ancienne version", due_date=TODAY),
        ])
    data = dashboard_data(store, TODAY)
    assert data.diagnostics_by_status == {"in_progress": 1, "finalised": 1, "superseded": 1}
    assert data.totals.diagnostics == 2
    assert [a.title for a in data.upcoming] == ["En retard", "Réunir les commerçants"]
    assert data.upcoming[0].is_overdue(TODAY) and not data.upcoming[1].is_overdue(TODAY)
