"""Issue 11 item 15: the contact export proposes Documents and a named, dated file; a language switch
keeps the « include contacts » choice of the Échanges page."""

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog
from test_actors_page_usability import interface_language

from catalyseur_app import messages
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.contacts import person_export_name
from catalyseur_app.store.models import Contact
from catalyseur_app.ui.app import WindowController
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.actors import ActorsPage


def test_the_file_name_carries_the_person_without_accents_and_the_date():
    day = dt.date(2026, 12, 4)
    assert person_export_name("Jeanne Dupont", day) == "contact-jeanne-dupont-2026-12-04.xlsx"
    assert person_export_name("  Hélène  Côté-Lœuvre ", day) == "contact-helene-cote-loeuvre-2026-12-04.xlsx"
    assert person_export_name("", day, ".json") == "contact-2026-12-04.json"


def test_export_proposes_documents_and_the_persons_name(qtbot, store, tmp_path, monkeypatch):
    actor_id = create_actor(store, ActorData(name="Mairie de Vabre", kind="commune",
                                             commune_insee="15187")).subject_id
    with store.write() as session:
        session.add(Contact(actor_id=actor_id, full_name="Jeanne Dupont", role="maire"))
    with interface_language("fr"):
        page = ActorsPage(AppContext(store=store, undo_stack=QUndoStack()))
        qtbot.addWidget(page)
        page.show()
        page.open_actor(actor_id)
        qtbot.waitUntil(lambda: page.contacts.model.rowCount() == 1)
        page.ui.contactsTable.selectRow(0)
        proposed = []
        target = tmp_path / "choisi.json"

        def save_dialog(parent, caption, directory, filters):
            proposed.append(directory)
            return str(target), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
        page.contacts.ask_export()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    assert proposed == [str(folder / f"contact-jeanne-dupont-{dt.date.today().isoformat()}.xlsx")]
    assert json.loads(target.read_text(encoding="utf-8"))["nom"] == "Jeanne Dupont"


def test_switching_language_keeps_the_include_contacts_choice(qtbot, store):
    language_before = messages.current_language()
    with interface_language("fr"):
        controller = WindowController(QApplication.instance(), store)
        try:
            old = controller.show("exchanges")
            qtbot.addWidget(old)
            page = old.page("exchanges")
            assert not page.ui.contactsCheck.isChecked()
            page.ui.contactsCheck.setChecked(True)
            controller.change_language("en")
            new = controller.window
            qtbot.addWidget(new)
            assert new is not old and messages.language() == "en"
            again = new.page("exchanges")
            assert again.ui.contactsCheck.isChecked()
            assert again.ui.contactsCheck.text() != page.ui.contactsCheck.text()  # rebuilt in English
            again.ui.contactsCheck.setChecked(False)
            controller.change_language("fr")
            assert not controller.window.page("exchanges").ui.contactsCheck.isChecked()
            qtbot.addWidget(controller.window)
        finally:
            controller.auto_backup.close()
            messages.set_language(language_before)
