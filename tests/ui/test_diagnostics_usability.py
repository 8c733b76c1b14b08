"""Quality pass on the diagnostics window: readable list, results that scroll, unique Alt letters."""

import re

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QApplication, QBoxLayout
from test_actors_page_usability import interface_language

from catalyseur_app.diagnostics.sessions import start_diagnostic
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.diagnostic.runner import DiagnosticRunner
from catalyseur_app.ui.pages.diagnostics import DiagnosticsPage

COMMUNE = "15187"  # Saint-Flour


@pytest.fixture(params=["fr", "en"])
def context(request, store):
    with interface_language(request.param):
        yield AppContext(store=store, undo_stack=QUndoStack())


def mnemonics(root) -> list[str]:
    """The Alt+letter of every visible button under ``root``."""
    found = []
    for button in root.findChildren(QAbstractButton):
        match = re.search(r"&([^&\s])", button.text().replace("&&", "")) if button.isVisible() else None
        if match:
            found.append(match.group(1).lower())
    return found


def show(qtbot, widget, width, height):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_list_names_the_kit_and_keeps_one_line_per_diagnostic(qtbot, context, store):
    start_diagnostic(store, COMMUNE, [])
    page = show(qtbot, DiagnosticsPage(context), 790, 600)
    table = page.ui.table
    assert "sortie de crise" in page.model.index(0, 4).data()  # the title, not « sortie_de_crise »
    assert table.rowHeight(0) < 2 * table.fontMetrics().height()
    assert table.horizontalScrollBar().maximum() == 0
    for column in (0, 2, 3):  # commune, date, status always shown
        assert not table.isColumnHidden(column)


def test_results_scroll_instead_of_squeezing_the_volets(qtbot, context, store):
    diagnostic = start_diagnostic(store, COMMUNE, [])
    runner = show(qtbot, DiagnosticRunner(context, diagnostic), 790, 620)
    volets_width = runner.ui.volets.width()
    runner.verify()
    runner.show_results()
    QApplication.processEvents()
    assert runner.ui.volets.width() >= volets_width - 2
    results = runner._results
    # narrow: chart under the scores, action plan under the priorities
    assert results.ui.scoresRow.direction() == QBoxLayout.Direction.TopToBottom
    # the check list is as tall as its (wrapped) lines, not a fixed block
    errors = runner.ui.errors
    lines = sum(errors.visualRect(errors.model().index(row, 0)).height() for row in range(errors.model().rowCount()))
    assert errors.height() <= lines + 2 * errors.frameWidth() + 4 * errors.spacing() * errors.model().rowCount() + 4
    letters = mnemonics(runner)
    assert len(letters) == len(set(letters)), letters
    runner.resize(1500, 900)
    qtbot.waitUntil(lambda: results.ui.scoresRow.direction() == QBoxLayout.Direction.LeftToRight)


def test_the_header_names_the_kit_by_its_title(qtbot, context, store):
    diagnostic = start_diagnostic(store, COMMUNE, [])
    runner = show(qtbot, DiagnosticRunner(context, diagnostic), 1000, 700)
    assert "sortie de crise" in runner.ui.title.text()
    assert "sortie_de_crise" not in runner.ui.title.text()
