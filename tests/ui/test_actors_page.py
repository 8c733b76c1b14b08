import json
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from catalyseur_app.store.models import Actor, Contact
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.actors import ActorsPage


@pytest.fixture
def page(qtbot, store):
    widget = ActorsPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def fill(page, qtbot, name, kind, commune=None, siren="", notes=None):
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    editor = page.editor.ui
    editor.name.clear()
    editor.name.insert(name)  # insert() types non-ASCII text, which QTest cannot
    editor.kind.setCurrentIndex(editor.kind.findData(kind))
    editor.commune.set_insee(commune)
    editor.siren.setText(siren)
    if notes is not None:
        editor.notes.setPlainText(notes)


def save(page, qtbot):
    qtbot.mouseClick(page.editor.ui.saveButton, Qt.MouseButton.LeftButton)


def listed(page):
    return [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]


def search(page, text):
    page.ui.search.clear()
    page.ui.search.insert(text)
    page.ui.search.flush()


def actors_in_db(store):
    with store.read() as session:
        return sorted(session.scalars(select(Actor.name).where(Actor.deleted_at.is_(None))))


def make_two(page, qtbot):
    fill(page, qtbot, "École des Arts", "association", "81004", notes="Ateliers de poterie")
    save(page, qtbot)
    fill(page, qtbot, "Mairie de Vabre", "commune", "81305", siren="732 829 320")
    save(page, qtbot)


def test_create_two_actors_and_find_them_with_and_without_accents(page, qtbot, store):
    make_two(page, qtbot)
    assert actors_in_db(store) == ["Mairie de Vabre", "École des Arts"]
    assert listed(page) == ["École des Arts", "Mairie de Vabre"]
    for text in ("ecole", "École", "ÉCOLE", "poter"):
        search(page, text)
        assert listed(page) == ["École des Arts"], text
    search(page, "vabre")
    assert listed(page) == ["Mairie de Vabre"]
    search(page, "")
    page.ui.kindFilter.setCurrentIndex(page.ui.kindFilter.findData("commune"))
    assert listed(page) == ["Mairie de Vabre"]
    assert page.ui.countLabel.text() in ("1 acteur", "1 actor")


def test_ctrl_s_saves_and_tooltips_show_shortcuts(page, qtbot, store):
    fill(page, qtbot, "Asso du Lac", "association")
    page.editor.ui.name.setFocus()
    qtbot.keyClick(page.editor.ui.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert actors_in_db(store) == ["Asso du Lac"]
    assert "Ctrl+N" in page.ui.newButton.toolTip()
    assert "Ctrl+S" in page.editor.ui.saveButton.toolTip()
    assert page.editor.ui.name.accessibleName()


@pytest.mark.parametrize("field, value, fragment", [
    ("siren", "732829321", "clé de contrôle"),
    ("name", "", "obligatoire"),
    ("name", "Nom\x07bip", "caractères de contrôle"),
    ("notes", "x" * 100_000, "trop long"),
])
def test_bad_input_shows_a_french_message_on_the_field_and_saves_nothing(page, qtbot, store, field, value, fragment):
    fill(page, qtbot, "Asso", "association")
    widget = getattr(page.editor.ui, field)
    if field == "notes":
        widget.setPlainText(value)
    else:
        widget.setText(value)
    save(page, qtbot)
    assert fragment in page.editor.errors.message(field)
    assert not getattr(page.editor.ui, f"{field}Error").isHidden()
    assert actors_in_db(store) == []


def test_delete_then_ctrl_z_and_trash_restore(page, qtbot, store):
    make_two(page, qtbot)
    page.select_actor(page.model.record_id(0))
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.delete_task is None, timeout=10_000)  # written off the GUI thread
    assert actors_in_db(store) == ["Mairie de Vabre"]
    assert listed(page) == ["Mairie de Vabre"]
    page.context.undo_stack.undo()
    assert listed(page) == ["École des Arts", "Mairie de Vabre"]
    page.context.undo_stack.redo()
    assert listed(page) == ["Mairie de Vabre"]
    page.ui.trashButton.click()
    assert page.trash.model.rowCount() == 1
    page.ui.trashTable.selectRow(0)
    page.ui.restoreButton.click()
    qtbot.waitUntil(lambda: page.trash.task is None, timeout=10_000)
    assert actors_in_db(store) == ["Mairie de Vabre", "École des Arts"]


def test_duplicate_warning_offers_to_open_the_existing_actor(page, qtbot, store):
    make_two(page, qtbot)
    fill(page, qtbot, "MAIRIE  de  Vabre", "commune", "81305")
    save(page, qtbot)
    assert not page.editor.ui.duplicateFrame.isHidden()
    assert "Mairie de Vabre" in page.editor.ui.duplicateLabel.text()
    assert len(actors_in_db(store)) == 2
    page.editor.ui.openDuplicateButton.click()
    assert page.editor.ui.name.text() == "Mairie de Vabre" and page.editor.actor_id is not None
    fill(page, qtbot, "Mairie de Vabre", "commune", "81305")
    save(page, qtbot)
    page.editor.ui.createAnywayButton.click()
    assert actors_in_db(store).count("Mairie de Vabre") == 2


def test_merge_two_actors_and_undo(page, qtbot, store):
    make_two(page, qtbot)
    ecole = page.model.record_id(0)
    page.open_actor(ecole)
    page.contacts.add()
    dialog = page.contacts.dialog
    dialog.ui.fullName.setText("Paul Durand")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    page.ui.table.clearSelection()
    selection = page.ui.table.selectionModel()
    for row in (0, 1):
        flags = QItemSelectionModel.SelectionFlag
        selection.select(page.model.index(row, 0), flags.Select | flags.Rows)
    assert page.ui.mergeButton.isEnabled()
    page.ui.mergeButton.click()
    radios = page.merge_dialog.choices.buttons()
    survivor = next(r for r in radios if r.text() == "Mairie de Vabre")
    survivor.setChecked(True)
    page.merge_dialog.accept()
    qtbot.waitUntil(lambda: page.merge_dialog.task is None, timeout=10_000)  # merged off the GUI thread
    assert actors_in_db(store) == ["Mairie de Vabre"]
    with store.read() as session:
        assert session.get(Actor, ecole).merged_into_id is not None
        contact = session.scalars(select(Contact)).one()
        assert contact.actor_id != ecole
    page.context.undo_stack.undo()
    assert actors_in_db(store) == ["Mairie de Vabre", "École des Arts"]
    with store.read() as session:
        assert session.scalars(select(Contact)).one().actor_id == ecole


def test_contact_with_bad_email_then_export_and_erase(page, qtbot, store, tmp_path):
    make_two(page, qtbot)
    page.open_actor(page.model.record_id(1))
    page.ui.addContactButton.click()
    dialog = page.contacts.dialog
    dialog.ui.fullName.insert("Hélène Côté")
    dialog.ui.email.setText("maire@")
    dialog.ui.phone.setText("05 63 00 00 00")
    dialog.ui.consentGiven.setChecked(True)
    dialog.ui.consentDate.set_value(date(2026, 11, 15))
    dialog.ui.consentSource.setCurrentIndex(dialog.ui.consentSource.findData("oral"))
    save_button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    save_button.click()
    assert "n'est pas valide" in dialog.errors.message("email") and dialog.isVisible()
    with store.read() as session:
        assert session.scalars(select(Contact)).all() == []
    dialog.ui.email.setText("maire@vabre.fr")
    save_button.click()
    assert not dialog.isVisible()
    assert page.contacts.model.rowCount() == 1
    page.ui.contactsTable.selectRow(0)
    assert page.contacts.export_to(str(tmp_path / "personne.json"))
    assert json.loads((tmp_path / "personne.json").read_text(encoding="utf-8"))["nom"] == "Hélène Côté"
    assert page.contacts.export_to(str(tmp_path / "personne.xlsx"))
    sheet = load_workbook(tmp_path / "personne.xlsx")["Personne"]
    assert ["Courriel", "maire@vabre.fr"] in [[c.value for c in row] for row in sheet.iter_rows()]
    page.ui.eraseContactButton.click()
    box = page.contacts.confirm_box
    erase = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    erase.click()
    with store.read() as session:
        contact = session.scalars(select(Contact)).one()
        assert contact.full_name == "" and contact.email == "" and contact.erased_at is not None
    assert page.contacts.model.rowCount() == 0


def test_maybe_leave_is_true_without_changes(page, qtbot):
    assert page.maybe_leave()
    page.editor.ui.name.insert("Brouillon")
    assert page.editor.dirty
