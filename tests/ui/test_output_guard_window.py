"""Defect 2 of issue 10 in the window: the actions that write a file (prepare a sync file, save a
document, export a person) refuse a target in the data folder, say so, and change nothing."""

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from catalyseur_app.store import models as m
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.exchanges import ExchangesPage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reports"))
from report_samples import add_partnership, add_profile  # noqa: E402


def _database(store) -> bytes:
    return store.db_path.read_bytes()


def _ledger(store) -> int:
    return store.query("SELECT count(*) FROM exchange_files")[0][0]


def test_preparing_a_sync_file_over_the_database_is_refused(qtbot, store, monkeypatch):
    with store.write() as session:
        session.add(m.Actor(name="Mairie de Murat", kind="collectivite_commune", commune_insee="15138"))
    page = ExchangesPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    target = store.data_dir / "catalyseur.sqlite"
    before = target.stat().st_size
    monkeypatch.setattr(page, "ask_save_path", lambda default: str(target))
    qtbot.mouseClick(page.ui.prepareButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and "dossier de données" in page.ui.statusLabel.text(), timeout=10000)
    assert "The file was not written." in page.ui.statusLabel.text()
    assert _ledger(store) == 0 and target.stat().st_size == before
    assert not (store.data_dir / "catalyseur.sqlite.xlsx").exists()


def test_saving_a_document_into_the_data_folder_is_refused(qtbot, store, monkeypatch):
    from catalyseur_app.ui.documents import DocumentPreviewDialog, show_partnership_sheet

    add_profile(store)
    partnership = add_partnership(store)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    context = AppContext(store=store, undo_stack=QUndoStack())
    show_partnership_sheet(parent, context, partnership)
    qtbot.waitUntil(lambda: parent.findChild(DocumentPreviewDialog) is not None, timeout=10000)
    dialog = parent.findChild(DocumentPreviewDialog)
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(store.data_dir / "backups" / "fiche.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert dialog.save_as() is None
    assert len(warnings) == 1 and "dossier de données" in warnings[0]
    assert not (store.data_dir / "backups" / "fiche.pdf").exists()
    dialog.close()


@pytest.mark.parametrize("name", ["catalyseur.sqlite-wal", "personne.json"])
def test_exporting_a_person_into_the_data_folder_is_refused(qtbot, store, name):
    from catalyseur_app.ui.pages.actors import ActorsPage

    with store.write() as session:
        actor = m.Actor(name="Mairie de Murat", kind="collectivite_commune", commune_insee="15138")
        session.add(actor)
        session.flush()
        session.add(m.Contact(actor_id=actor.id, full_name="Jeanne Dupont", consent_date=date(2024, 1, 1)))
    page = ActorsPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.open_actor(page.model.record_id(0))
    qtbot.waitUntil(lambda: page.contacts.model.rowCount() == 1)
    page.ui.contactsTable.selectRow(0)
    database = _database(store)
    assert not page.contacts.export_to(str(store.data_dir / name))
    assert "dossier de données" in _status(page)
    assert not (store.data_dir / "personne.json").exists() and _database(store) == database


def _status(page) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in page.findChildren(QLabel))
