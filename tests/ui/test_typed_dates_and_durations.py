"""Issue 11 item 2: every date and duration field keeps exactly what was typed, or says why not."""

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.store.models import Activity, Contact
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.contact_editor import ContactDialog
from catalyseur_app.ui.pages.journal import JournalPage
from catalyseur_app.ui.summary_dialog import SummaryDialog


def type_into(qtbot, field, text):
    """Type ``text`` over the field's content, then leave the field (as Tab would)."""
    field.window().activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, text)
    field.clearFocus()


@pytest.fixture
def journal(qtbot, store):
    page = JournalPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def saved_activities(store):
    with store.read() as session:
        return [(a.day, a.minutes) for a in session.scalars(select(Activity).order_by(Activity.created_at))]


@pytest.mark.parametrize("typed, shown, minutes", [
    ("1:30", "1 h 30", 90), ("0130", "1 h 30", 90), ("1h30", "1 h 30", 90), ("1,5", "1 h 30", 90),
    ("90 min", "1 h 30", 90), ("45 min", "45 min", 45), ("2", "2 h", 120),
])
def test_time_spent_is_stored_as_typed_and_shown_as_understood(qtbot, journal, store, typed, shown, minutes):
    editor = journal.editor
    type_into(qtbot, editor.ui.title, "Atelier")
    type_into(qtbot, editor.ui.minutes, typed)
    assert editor.ui.minutes.text() == shown
    type_into(qtbot, editor.ui.day, "2026-11-15")
    assert editor.ui.day.text() == "15/11/2026"
    assert editor.save()
    assert saved_activities(store) == [(dt.date(2026, 11, 15), minutes)]


@pytest.mark.parametrize("field, typed, message", [
    ("minutes", "1:75", "les minutes vont de 0 à 59"),
    ("minutes", "130", "n'est pas une durée"),
    ("day", "31/02/2026", "Le 31/02/2026 n'existe pas"),
    ("day", "demain", "n'est pas une date"),
])
def test_what_is_not_understood_stays_visible_with_its_message_and_nothing_is_saved(
        qtbot, journal, store, field, typed, message):
    editor = journal.editor
    type_into(qtbot, editor.ui.title, "Atelier")
    widget = getattr(editor.ui, field)
    type_into(qtbot, widget, typed)
    assert widget.text() == typed  # never rewritten into another value
    label = getattr(editor.ui, f"{field}Error")
    assert message in label.text() and label.isVisible()  # said at once, on leaving the field
    assert not editor.save()
    assert message in editor.error_messages()[field]
    assert saved_activities(store) == []


def test_a_consent_date_starts_empty_and_keeps_the_day_typed(qtbot, store):
    actor = create_actor(store, ActorData(name="Mairie de Vabre", kind="commune")).subject_id
    dialog = ContactDialog(store, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.consentDate.text() == ""  # no « today » by default
    type_into(qtbot, dialog.ui.fullName, "Helene Cote")
    dialog.ui.consentGiven.setChecked(True)
    dialog.ui.consentSource.setCurrentIndex(dialog.ui.consentSource.findData("oral"))
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    save.click()  # consent ticked, no date: asked for, nothing saved
    assert "date" in dialog.errors.message("consent_date") and dialog.isVisible()
    type_into(qtbot, dialog.ui.consentDate, "15/11/2026")
    assert dialog.ui.consentDate.text() == "15/11/2026"
    save.click()
    assert not dialog.isVisible()
    with store.read() as session:
        assert session.scalars(select(Contact.consent_date)).one() == dt.date(2026, 11, 15)


def test_the_summary_keeps_the_last_day_typed(qtbot):
    dialog = SummaryDialog(today=dt.date(2026, 12, 4))
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.ui.fromDate, "01/10/26")
    type_into(qtbot, dialog.ui.toDate, "31122026")
    assert (dialog.ui.fromDate.text(), dialog.ui.toDate.text()) == ("01/10/2026", "31/12/2026")
    assert dialog.period() == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    type_into(qtbot, dialog.ui.toDate, "2026-13-01")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "n'existe pas" in dialog.ui.errorLabel.text()


def test_a_wrong_period_in_the_journal_filter_is_said_and_the_last_good_one_kept(qtbot, journal):
    journal.ui.periodFilter.setChecked(True)
    type_into(qtbot, journal.ui.periodStart, "01/11/2026")
    assert journal.filters()["period"][0] == dt.date(2026, 11, 1)
    type_into(qtbot, journal.ui.periodStart, "2026-11")
    assert "n'est pas une date" in journal.ui.periodError.text() and journal.ui.periodError.isVisible()
    assert journal.filters()["period"][0] == dt.date(2026, 11, 1)
    type_into(qtbot, journal.ui.periodStart, "2026-11-02")
    assert journal.ui.periodError.isHidden() and journal.filters()["period"][0] == dt.date(2026, 11, 2)


def test_the_calendar_button_fills_the_field(qtbot, journal):
    field = journal.editor.ui.day
    field.show_calendar()
    calendar = field.calendar_menu.findChild(type(field.calendar_menu.actions()[0].defaultWidget()))
    calendar.clicked.emit(calendar.selectedDate().addDays(-1))
    assert field.value() == dt.date.today() - dt.timedelta(days=1)
