"""Issue 11 item 5: the diagnostic page does not move under the pointer, and an invalid number
stays visible with its message when the person leaves the page and comes back."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from test_diagnostic_runner import choose, saved, type_line

from catalyseur_app.diagnostics.sessions import start_diagnostic
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.diagnostic.runner import DiagnosticRunner
from catalyseur_app.ui.pages.diagnostics import DiagnosticsPage

COMMUNE = "15187"  # Saint-Flour


@pytest.fixture
def context(store):
    return AppContext(store=store, undo_stack=QUndoStack())


def top_in_viewport(widget, area) -> int:
    return widget.mapTo(area.viewport(), QPoint(0, 0)).y()


def test_hiding_a_follow_up_does_not_move_the_clicked_option(qtbot, context, store):
    diagnostic = start_diagnostic(store, COMMUNE, [])
    runner = DiagnosticRunner(context, diagnostic)
    qtbot.addWidget(runner)
    runner.resize(1100, 800)
    runner.show()
    qtbot.waitExposed(runner)
    area = runner._scroll_areas[0]
    isolement = runner.widgets["fr_isolement"]
    choose(qtbot, isolement.buttons["partiel"])  # reveals the count of isolated people below
    runner.show_volet(0)  # as when the person comes back to this volet
    QApplication.processEvents()
    # The page just a little taller than the window, scrolled to its end: the usual case
    # where hiding the follow-up shortens the page and the scroll bar jumps back.
    body = area.widget()
    extra = area.viewport().height() - (body.height() - 60)
    runner.resize(1100, runner.height() - extra)
    QApplication.processEvents()
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    button = isolement.buttons["emergent"]
    before = top_in_viewport(button, area)
    assert 0 <= before < area.viewport().height()
    choose(qtbot, button)
    QApplication.processEvents()
    assert runner.widgets["fr_personnes_isolees"].isHidden()
    assert abs(top_in_viewport(button, area) - before) <= 2
    # and showing it again keeps the option in place too
    again = isolement.buttons["etabli"]
    before = top_in_viewport(again, area)
    choose(qtbot, again)
    QApplication.processEvents()
    assert not runner.widgets["fr_personnes_isolees"].isHidden()
    assert abs(top_in_viewport(again, area) - before) <= 2


def test_an_invalid_number_stays_with_its_message_after_leaving(qtbot, context, store):
    diagnostic = start_diagnostic(store, COMMUNE, [])
    page = DiagnosticsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    runner = page.open_diagnostic(diagnostic)
    choose(qtbot, runner.widgets["fr_isolement"].buttons["partiel"])
    count = runner.widgets["fr_personnes_isolees"]
    type_line(qtbot, count, "-5")
    message = "Indiquez un nombre entre 0 et 100 000."
    assert count.message.text() == message
    # the page says what is not saved, whatever volet is shown
    banner = runner.invalidBanner
    assert banner.isVisibleTo(runner) and "-5" in banner.text() and "isolées" in banner.text()

    # another volet and back
    runner.next_volet()
    assert runner.current_volet_name() == "continuite"
    assert banner.isVisibleTo(runner)
    runner.previous_volet()
    assert count.line.text() == "-5"
    assert count.message.isVisibleTo(runner) and count.message.text() == message

    # back to the list and open the diagnostic again: still there, still not saved
    qtbot.mouseClick(runner.ui.backButton, Qt.MouseButton.LeftButton)
    runner = page.open_diagnostic(diagnostic)
    count = runner.widgets["fr_personnes_isolees"]
    assert count.line.text() == "-5"
    assert count.message.isVisibleTo(runner) and count.message.text() == message
    assert runner.invalidBanner.isVisibleTo(runner)
    assert saved(store, diagnostic) == {"fr_isolement": "partiel"}

    # corrected: saved, and the warning goes
    type_line(qtbot, count, "7")
    assert saved(store, diagnostic)["fr_personnes_isolees"] == 7
    assert count.message.isHidden() and runner.invalidBanner.isHidden()
