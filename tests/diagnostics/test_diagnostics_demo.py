import random

from catalyseur_app.demo.diagnostics import add_demo_diagnostics
from catalyseur_app.diagnostics.queries import list_diagnostics
from catalyseur_app.diagnostics.results import get_conclusion
from catalyseur_app.diagnostics.sessions import DiagnosticRun
from catalyseur_app.store.models import Actor


def test_demo_diagnostics(store):
    with store.write() as session:
        actors = [Actor(name=f"Acteur {n}", kind="association", commune_insee="15014") for n in range(5)]
        session.add_all(actors)
        session.flush()
        actor_ids = [actor.id for actor in actors]
    communes = ["15014", "15187", "23096", "23176", "15090", "15138", "23079", "23131"]
    created = add_demo_diagnostics(store, random.Random(4), communes, actor_ids)
    rows = list_diagnostics(store)
    assert created == len(rows) >= 8
    statuses = {row.status for row in rows}
    assert statuses == {"finalised", "in_progress", "superseded"}
    for row in rows:
        run = DiagnosticRun(store, row.id)
        conclusion = get_conclusion(store, row.id)
        if row.status == "finalised":
            assert run.errors == ()
            assert conclusion.priorities and conclusion.actions
            assert all(action.lead_actor_id in actor_ids for action in conclusion.actions)
            assert any(score.score is not None for score in run.scores().volets.values())
        if row.status == "in_progress" and row.revision == 1:
            assert run.answers and run.current_volet
