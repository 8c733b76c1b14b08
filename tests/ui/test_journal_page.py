from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.store.models import Activity
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.dashboard import DashboardPage
from catalyseur_app.ui.pages.journal import JournalPage


def activities(store):
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Activity).where(Activity.deleted_at.is_(None)))


def test_log_repeat_and_see_the_timeline_and_the_dashboard_change(qtbot, store):
    create_actor(store, ActorData(name="Foyer rural de Murat", kind="association", commune_insee="15138"))
    context = AppContext(store=store, undo_stack=QUndoStack())
    page = JournalPage(context)
    dashboard = DashboardPage(context)
    for widget in (dashboard, page):  # the journal last: its window is the active one, for shortcuts
        qtbot.addWidget(widget)
        widget.show()
    editor = page.editor
    editor.ui.metier.setCurrentIndex(editor.ui.metier.findData("experimentations"))
    assert editor.mission() == "experimentations.besoins"  # the métier moves the mission
    editor.set_mission("lieu.fablab")
    assert editor.ui.metier.currentData() == "lieu"  # and the mission sets its métier
    qtbot.keyClicks(editor.ui.title, "Atelier reparation")
    editor.ui.minutes.set_value(90)
    editor.ui.participants.setValue(12)
    qtbot.keyClicks(editor.actor_picker, "foyer")
    qtbot.keyClick(editor.actor_picker, Qt.Key.Key_Return)
    assert len(editor.actor_ids()) == 1
    page.activateWindow()  # the offscreen platform leaves no active window after a completer popup
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(editor.ui.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.error_messages() == {}
    assert activities(store) == 1 and page.model.total == 1
    assert page.model.raw_value(0, "minutes") == 90
    assert dashboard.values("lieu")[-1] == 1.5  # the dashboard heard of the change

    qtbot.keyClick(editor.ui.title, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # repeat last
    assert editor.ui.title.text() == "Atelier reparation" and editor.mission() == "lieu.fablab"
    assert editor.ui.day.value() == date.today() and editor.actor_ids()
    editor.save()
    assert activities(store) == 2
    assert page.timeline_values("lieu")[-1] == 3.0
    page.ui.byWeek.setChecked(True)
    assert page.timeline_values("lieu")[-1] == 3.0 and len(page.timeline_values("lieu")) == 12
    assert dashboard.values("lieu")[-1] == 3.0

    page.ui.table.setFocus()
    page.ui.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    assert activities(store) == 1 and dashboard.values("lieu")[-1] == 1.5
    context.undo_stack.undo()
    assert activities(store) == 2 and page.model.total == 2


def test_bad_input_shows_french_messages_and_saves_nothing(qtbot, store):
    page = JournalPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.show()
    page.editor.save()  # empty title
    assert "obligatoire" in page.editor.error_messages()["title"]
    qtbot.keyClicks(page.editor.partnership_picker, "inexistant")
    page.editor.ui.title.setText("Réunion")
    page.editor.save()
    assert "partnership" in page.editor.error_messages()
    assert activities(store) == 0 and page.editor.is_dirty()


def test_filters_from_the_dashboard(qtbot, store):
    page = JournalPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    editor = page.editor
    for _metier, mission, day in (("lieu", "lieu.coworking", date(2025, 3, 3)),
                                 ("dialogue", "dialogue.rencontres", date(2025, 3, 4)),
                                 ("lieu", "lieu.coworking", date(2025, 5, 4))):
        editor.ui.day.set_value(day)
        editor.set_mission(mission)
        editor.ui.title.setText("Entrée")
        assert editor.save()
    page.apply_filters(metier="lieu", period=(date(2025, 3, 1), date(2025, 3, 31)))
    assert page.model.total == 1 and page.ui.periodFilter.isChecked()
    page.apply_filters()
    assert page.model.total == 3
