"""Issue 11 item 12: one way to write hours, « 2 h 30 », on the dashboard, in the journal list and the summary."""

import datetime as dt

from PySide6.QtGui import QUndoStack

from catalyseur_app.records.activities import ActivityDraft, log_activity
from catalyseur_app.records.entities import minutes_format
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.dashboard import DashboardPage

NBSP = "\u00a0"


def test_dashboard_total_says_2_h_30_for_150_minutes(qtbot, store):
    log_activity(store, ActivityDraft(day=dt.date.today(), metier="dialogue", mission="dialogue.rencontres",
                                      title="Réunion des maires", minutes=150))
    page = DashboardPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.show()
    text = page.ui.totals.text().replace("&nbsp;", NBSP)
    assert f"2{NBSP}h{NBSP}30" in text
    assert f">2{NBSP}h<" not in text and f">3{NBSP}h<" not in text


def test_journal_column_uses_the_same_rule():
    assert minutes_format(150, "fr") == f"2{NBSP}h{NBSP}30"
    assert minutes_format(45, "fr") == f"45{NBSP}min"
