from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.store.models import Partnership
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.partnerships import PartnershipsPage


@pytest.fixture
def page(qtbot, store):
    create_actor(store, ActorData(name="Foyer rural de Murat", kind="association", commune_insee="15138"))
    create_actor(store, ActorData(name="Boulangerie Chassagne", kind="tpe_pme", commune_insee="15014"))
    widget = PartnershipsPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def partnerships(store):
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Partnership).where(Partnership.deleted_at.is_(None)))


def pick_partner(qtbot, editor, typed, role_label):
    editor.ui.tabs.setCurrentIndex(1)
    picker = editor.actor_picker
    picker.setFocus()
    qtbot.keyClicks(picker, typed)
    assert len(picker.proposals()) == 1, picker.proposals()
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    editor.ui.partnerRole.setCurrentIndex(editor.ui.partnerRole.findText(role_label))
    qtbot.mouseClick(editor.ui.addPartner, Qt.MouseButton.LeftButton)


def tick(list_widget, code_prefix):
    for i in range(list_widget.count()):
        if list_widget.item(i).text().startswith(code_prefix):
            list_widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(code_prefix)


def fill(qtbot, page, title="Mécénat de compétences pour l'aide aux devoirs", form="Mécénat", odds=("4 —", "17 —")):
    editor = page.editor
    editor.ui.tabs.setCurrentIndex(0)
    editor.ui.title.setText(title)  # QtTest cannot type accented letters
    editor.ui.form.setCurrentIndex(editor.ui.form.findText(form))
    editor.ui.stage.setCurrentIndex(editor.ui.stage.findText("Active"))
    pick_partner(qtbot, editor, "foyer mur", "Porteur")
    pick_partner(qtbot, editor, "boulangerie", "Financeur")
    for odd in odds:
        tick(editor.ui.odds, odd)
    tick(editor.ui.needs, "Éducation")
    editor.ui.money.setText("1 500,50")


def test_create_a_partnership_with_two_actors_and_find_it_by_form_and_odd(qtbot, page, store):
    fill(qtbot, page)
    page.activateWindow()  # the offscreen platform leaves no active window after a completer popup
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page.editor.ui.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.error_messages() == {}
    assert partnerships(store) == 1 and page.model.total == 1
    assert page.model.raw_value(0, "title") == "Mécénat de compétences pour l'aide aux devoirs"
    assert page.model.raw_value(0, "partners") == 2
    assert page.editor.ui.heading.text() == "Mécénat de compétences pour l'aide aux devoirs"

    page.new_partnership()
    fill(qtbot, page, title="Circuit court des Volcans", form="Coopération économique", odds=("12 —",))
    page.editor.save()
    assert page.model.total == 2

    page.ui.formFilter.setCurrentIndex(page.ui.formFilter.findData("mecenat"))
    assert page.model.total == 1 and page.model.raw_value(0, "form") == "mecenat"
    page.ui.formFilter.setCurrentIndex(0)
    page.ui.oddFilter.setCurrentIndex(page.ui.oddFilter.findData("12"))
    assert page.model.total == 1 and page.model.raw_value(0, "title") == "Circuit court des Volcans"
    page.apply_filters(odd=17)
    assert page.ui.oddFilter.currentData() == "17" and page.model.total == 1
    page.apply_filters(form="cooperation_economique", odd=4)
    assert page.model.total == 0
    page.apply_filters()
    qtbot.keyClicks(page.search, "competenc")  # accents ignored, prefix
    page.search.flush()
    assert page.model.total == 1


@pytest.mark.parametrize("case, field, fragment", [
    ("one partner", "partners", "au moins deux acteurs"),
    ("end before start", "end_date", "date de fin"),
    ("empty title", "title", "obligatoire"),
    ("bad money", "money_eur", "euros"),
])
def test_bad_input_shows_a_french_message_and_saves_nothing(qtbot, page, store, case, field, fragment):
    fill(qtbot, page)
    editor = page.editor
    if case == "one partner":
        editor.ui.partners.setCurrentIndex(editor.partners_model.index(1, 0))
        qtbot.mouseClick(editor.ui.removePartner, Qt.MouseButton.LeftButton)
    elif case == "end before start":
        editor.ui.hasStart.setChecked(True)
        editor.ui.startDate.set_value(date(2025, 5, 10))
        editor.ui.hasEnd.setChecked(True)
        editor.ui.endDate.set_value(date(2025, 5, 9))
    elif case == "empty title":
        editor.ui.title.clear()
    else:
        editor.ui.money.setText("mille euros")
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    assert fragment in editor.error_messages()[field]
    assert not editor.ui.summaryError.isHidden() and editor.ui.summaryError.text()
    assert partnerships(store) == 0 and page.model.total == 0
    assert editor.is_dirty()


def test_delete_then_undo_and_redo(qtbot, page, store):
    fill(qtbot, page)
    page.editor.save()
    stack = page.context.undo_stack
    page.ui.table.setFocus()
    page.ui.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    assert partnerships(store) == 0 and page.model.total == 0
    stack.undo()
    assert partnerships(store) == 1 and page.model.total == 1
    stack.redo()
    assert page.model.total == 0
    stack.undo()
    stack.undo()  # undoes the creation too
    assert partnerships(store) == 0


def test_unsaved_edits_are_asked_about_before_leaving(qtbot, page, store):
    fill(qtbot, page)
    assert page.editor.is_dirty()

    def answer(button):
        def click():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            box.button(button).click()
        QTimer.singleShot(0, click)

    answer(QMessageBox.StandardButton.Cancel)
    assert page.maybe_leave() is False and partnerships(store) == 0
    answer(QMessageBox.StandardButton.Save)
    assert page.maybe_leave() is True and partnerships(store) == 1
    qtbot.keyClicks(page.editor.ui.title, " (bis)")
    assert page.editor.is_dirty()
    answer(QMessageBox.StandardButton.Discard)
    assert page.maybe_leave() is True
    assert page.editor.ui.title.text() == "Mécénat de compétences pour l'aide aux devoirs"
