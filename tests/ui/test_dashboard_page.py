from datetime import date, timedelta

from PySide6.QtGui import QUndoStack

from catalyseur_app.records.activities import ActivityDraft, log_activity
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.partnerships import Partner, PartnershipDraft, create_partnership
from catalyseur_app.store.models import Diagnostic, DiagnosticAction
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.dashboard import DashboardPage
from catalyseur_app.ui.undo_commands import push_operation


def make_page(qtbot, store, navigate=None):
    context = AppContext(store=store, undo_stack=QUndoStack())
    if navigate is not None:
        context.navigate = navigate
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    return page


def test_charts_follow_logged_activities_and_partnerships(qtbot, store):
    page = make_page(qtbot, store)
    assert page.values("dialogue") == [0.0] * 12 and page.values("form") == [0, 0, 0, 0]
    operation = log_activity(store, ActivityDraft(day=date.today(), metier="dialogue", mission="dialogue.rencontres",
                                                  title="Réunion des maires", minutes=90))
    push_operation(page.context.undo_stack, operation)  # the page hears of the change and re-reads
    assert page.values("dialogue")[-1] == 1.5 and page.values("lieu")[-1] == 0
    log_activity(store, ActivityDraft(day=date.today(), metier="lieu", mission="lieu.fablab", title="Fab lab",
                                      minutes=30))
    page.reload()
    assert page.values("lieu")[-1] == 0.5 and page.values("dialogue")[-1] == 1.5
    page.context.undo_stack.undo()
    assert page.values("dialogue")[-1] == 0

    actors = [create_actor(store, ActorData(name=n, kind="association", commune_insee="15014")).subject_id
              for n in ("Un", "Deux")]
    create_partnership(store, PartnershipDraft(title="Alliance", form="innovation_societale", stage="pause",
                                               partners=[Partner(actors[0], "porteur"), Partner(actors[1])],
                                               odds=[11, 17]))
    page.hide()
    page.show()  # shown again: re-read
    assert page.values("form") == [0, 0, 0, 1] and page.values("stage") == [0, 0, 0, 1, 0]
    assert page.values("odd")[10] == 1 and page.values("odd")[16] == 1 and sum(page.values("odd")) == 2
    assert "2" in page.ui.totals.text()


def test_clicking_a_bar_opens_the_filtered_list(qtbot, store):
    calls = []
    page = make_page(qtbot, store, navigate=lambda name, **filters: calls.append((name, filters)))
    page.form_set.clicked.emit(page.bar_position("form", 1))  # horizontal bars: first entry on top
    page.odd_set.clicked.emit(16)
    page.stage_set.clicked.emit(page.bar_position("stage", 4))
    page.diagnostic_set.clicked.emit(page.bar_position("diagnostics", 1))
    page.time_sets["lieu"].clicked.emit(11)
    first_of_month = date.today().replace(day=1)
    assert calls == [
        ("partnerships", {"form": "pratiques_responsables"}), ("partnerships", {"odd": 17}),
        ("partnerships", {"stage": "terminee"}), ("diagnostics", {"status": "finalised"}),
        ("journal", {"metier": "lieu", "period": (first_of_month, date.today())}),
    ]


def test_diagnostics_and_upcoming_actions_are_listed(qtbot, store):
    today = date.today()
    with store.write() as session:
        diagnostic = Diagnostic(kit_id="k", kit_version="1", commune_insee="15014", started_on=today,
                                status="finalised")
        session.add(diagnostic)
        session.flush()
        session.add_all([
            DiagnosticAction(diagnostic=diagnostic, title="Réunir les commerçants", due_date=today + timedelta(days=5)),
            DiagnosticAction(diagnostic=diagnostic, title="Déjà fait", due_date=today, status="done"),
        ])
    page = make_page(qtbot, store)
    assert page.values("diagnostics") == [0, 1, 0]
    model = page.upcoming_model
    assert model.rowCount() == 1 and model.item(0, 1).text() == "Réunir les commerçants"
    assert model.item(0, 2).text().startswith("Aurillac")
