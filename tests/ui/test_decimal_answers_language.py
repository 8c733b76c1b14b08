"""A decimal answer of a diagnostic is written and read the way the interface's language writes
numbers: « 12,5 » in French (a French person typing « 12,5 » is understood), « 12.5 » in English,
where a comma only groups thousands (« 1,500 » is 1500, never 1.5)."""

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from test_diagnostic_runner import COMMUNE, make_runner, saved, type_line

from catalyseur_app.diagnostics.sessions import start_diagnostic
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.i18n import install_language


@pytest.fixture
def context(store):
    return AppContext(store=store, undo_stack=QUndoStack())


def _reopened_text(qtbot, context, diagnostic_id, question):
    runner = make_runner(qtbot, context, diagnostic_id)
    try:
        return runner.widgets[question].line.text()
    finally:
        runner.close()


@pytest.mark.parametrize("language, typed, stored, shown, placeholder", [
    ("fr", "12,5", 12.5, "12,5", "Un nombre, ex. 12,5"),
    ("fr", "12.5", 12.5, "12,5", "Un nombre, ex. 12,5"),
    ("en", "12.5", 12.5, "12.5", "A number, e.g. 12.5"),
])
def test_a_decimal_answer_follows_the_language(qtbot, context, store, language, typed, stored, shown, placeholder):
    install_language(QApplication.instance(), language)
    diagnostic_id = start_diagnostic(store, COMMUNE)
    runner = make_runner(qtbot, context, diagnostic_id)
    runner.jump_to("ec_chomage")
    field = runner.widgets["ec_chomage"]
    assert field.line.placeholderText() == placeholder
    type_line(qtbot, field, typed)
    assert not field.message.isVisibleTo(runner), field.message.text()
    assert saved(store, diagnostic_id) == {"ec_chomage": stored}
    runner.close()
    assert _reopened_text(qtbot, context, diagnostic_id, "ec_chomage") == shown


def test_an_english_comma_groups_thousands_and_never_makes_a_decimal(qtbot, context, store):
    install_language(QApplication.instance(), "en")
    diagnostic_id = start_diagnostic(store, COMMUNE)
    runner = make_runner(qtbot, context, diagnostic_id)
    runner.jump_to("in_budget")
    budget = runner.widgets["in_budget"]
    type_line(qtbot, budget, "1,500")
    assert saved(store, diagnostic_id) == {"in_budget": 1500}
    type_line(qtbot, budget, "12,5")
    assert budget.message.isVisibleTo(runner)
    assert budget.message.text() == "Please enter a number, for example 12.5."
    assert saved(store, diagnostic_id) == {"in_budget": 1500}  # nothing saved from the refused text
    runner.close()
    assert _reopened_text(qtbot, context, diagnostic_id, "in_budget") == "1500"
