"""Issue 11 item 18: the diagnostics list shows progress and the last change."""

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack
from test_actors_page_usability import interface_language

from catalyseur_app import messages
from catalyseur_app.diagnostics.sessions import DiagnosticRun, start_diagnostic
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.diagnostic.models import ID_ROLE
from catalyseur_app.ui.pages.diagnostics import DiagnosticsPage

COMMUNE = "15187"  # Saint-Flour


@pytest.fixture(params=["fr", "en"])
def context(request, store):
    with interface_language(request.param):
        yield AppContext(store=store, undo_stack=QUndoStack())


def answer_first_volet_and_one_more(store, diagnostic_id):
    """Answer every unconditional question of the first volet and one of the second; return the counts."""
    run = DiagnosticRun(store, diagnostic_id)
    first, second = run.kit.volets[0], run.kit.volets[1]
    given = 0
    for question in [q for q in first.questions if q.answerable and q.relevant is None] + [
            next(q for q in second.questions if q.type == "select_one" and q.relevant is None)]:
        choices = run.kit.choices_of(question)
        value = choices.choices[0].name if choices else "Une réponse"
        assert run.answer(question.name, value).ok, question.name
        given += 1
    return run, given


def test_the_list_shows_answered_questions_complete_volets_and_last_change(qtbot, context, store):
    untouched = start_diagnostic(store, COMMUNE, [])
    diagnostic_id = start_diagnostic(store, COMMUNE, [])
    run, given = answer_first_volet_and_one_more(store, diagnostic_id)
    page = DiagnosticsPage(context)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)
    model = page.ui.table.model()
    headers = [model.headerData(c, page.ui.table.horizontalHeader().orientation()) for c in range(model.columnCount())]
    expected = ("Avancement", "Dernière modification") if messages.language() == "fr" else ("Progress", "Last change")
    assert headers[-2:] == list(expected)
    rows = {model.index(row, 0).data(ID_ROLE): row
            for row in range(model.rowCount())}
    volets = len([v for v in run.kit.volets if v.relevant is None])
    progress = page.model.progress(diagnostic_id)
    assert progress.answered == given and progress.volets_complete == 1 and progress.volets_total == volets
    text = model.index(rows[diagnostic_id], 7).data()
    assert text == f"{given} / {progress.total} · 1 / {volets} volets"
    untouched_total = page.model.progress(untouched).total
    assert model.index(rows[untouched], 7).data() == f"0 / {untouched_total} · 0 / {volets} volets"
    today = dt.datetime.now().astimezone().strftime("%d/%m/%Y")
    assert model.index(rows[diagnostic_id], 8).data().startswith(today)
    assert not page.ui.table.isColumnHidden(7)
