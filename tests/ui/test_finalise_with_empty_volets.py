"""Issue 11 item 4 (window side): finalising with volets left empty says what is missing and asks;
the radar draws an unscored volet as « not filled in », never as 0."""

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from catalyseur_app.diagnostics.sessions import DiagnosticRun, start_diagnostic
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.diagnostic.chart import RadarChart
from catalyseur_app.ui.pages.diagnostic.results import DiagnosticResults


def answer_required_only(store, diagnostic_id):
    run = DiagnosticRun(store, diagnostic_id)
    for error in run.errors:
        choices = run.kit.choices_of(run.kit.question(error.question))
        run.answer(error.question, choices.names[0] if choices else "3")
    assert not run.errors
    return DiagnosticRun(store, diagnostic_id)


def test_finalising_a_half_empty_diagnostic_lists_the_missing_answers_per_volet(qtbot, store):
    diagnostic = start_diagnostic(store, "15187")
    run = answer_required_only(store, diagnostic)
    results = DiagnosticResults(AppContext(store=store, undo_stack=QUndoStack()), run)
    qtbot.addWidget(results)
    results.show()
    asked = []

    def answer_no():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer_no)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer_no)
    assert results.finalise() is False
    text = asked[0]
    assert "Still missing" in text and "nothing answered" in text
    for volet in run.kit.volets:
        assert volet.label.get("fr") in text or run.scores().volets[volet.name].answered == \
            run.scores().volets[volet.name].scored
    assert DiagnosticRun(store, diagnostic).status == "in_progress"


def test_the_radar_names_an_unscored_volet_and_does_not_draw_it_at_zero(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.set_scores(["Fragilités", "Alliances", "Économie"], [60.0, None, 40.0])
    labels = chart.chart().axes()[0].categoriesLabels()
    assert any("Alliances" in label and "not filled in" in label.replace("<br>", " ") for label in labels)
    points = [(p.x(), p.y()) for p in chart._outline.points()]
    assert (1.0, 0.0) not in points and [x for x, _y in points] == [0.0, 2.0, 3.0]
