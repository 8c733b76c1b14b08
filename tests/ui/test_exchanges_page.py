"""The Échanges page, through its widgets: prepare a file, see the ledger, import with a preview."""

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.store import models as m
from catalyseur_app.store import open_store
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.exchanges import ExchangesPage, default_file_name


def _fill(store):
    with store.write() as s:
        s.add(m.Profile(full_name="Camille Martin-Hélène"))
        actor = m.Actor(name="Mairie de Murat", kind="commune", commune_insee="15138")
        s.add(actor)
        s.flush()
        s.add(m.Contact(actor_id=actor.id, full_name="Jeanne Dupont", consent_date=date(2024, 1, 1)))
        return actor.id


@pytest.fixture
def other(tmp_path):
    opened = open_store(tmp_path / "other")
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, store):
    widget = ExchangesPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


def test_prepare_a_file_and_see_it_in_the_ledger(page, store, tmp_path, qtbot, monkeypatch):
    _fill(store)
    assert default_file_name(store) == f"catalyseur-camille-martin-helene-{date.today():%Y-%m-%d}-1.xlsx"
    target = tmp_path / default_file_name(store)
    monkeypatch.setattr(page, "ask_save_path", lambda default: str(target))
    page.ui.contactsCheck.setChecked(True)
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.ledger.rowCount() == 1, timeout=10000)
    assert target.exists()
    assert page.ledger.rows[0][0] == "1" and page.ledger.rows[0][-1] == target.name
    assert "Ctrl+E" in page.ui.prepareButton.toolTip()
    page.grab().save(str(tmp_path / "exchanges.png"))


def test_a_first_file_shows_its_key_and_imports_only_once_accepted(page, store, other, tmp_path, qtbot, monkeypatch):
    _fill(other)
    path = tmp_path / "recu.xlsx"
    export_sync_file(other, path, full=True)
    monkeypatch.setattr(page, "ask_open_path", lambda: str(path))
    fingerprint = other.signing_key().fingerprint
    # The first file from this catalyseur: its key's fingerprint is shown, and refusing stops there.
    qtbot.keyClick(page, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.trust_box is not None and page.trust_box.isVisible(), timeout=10000)
    assert fingerprint in page.trust_box.informativeText()
    page.trust_box.button(QMessageBox.StandardButton.No).click()
    assert "nothing was changed" in page.ui.statusLabel.text() and page.preview_dialog is None
    with store.read() as s:
        assert s.query(m.Actor).count() == 0 and s.query(m.TrustedKey).count() == 0
    # Accepted: the preview, then the import, which records the key.
    page.trust_box = None
    page.import_file()
    qtbot.waitUntil(lambda: page.trust_box is not None and page.trust_box.isVisible(), timeout=10000)
    page.trust_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible(), timeout=10000)
    dialog = page.preview_dialog
    summary = re.sub(r"<[^>]+>|&nbsp;", " ", dialog.ui.summaryLabel.text())
    assert re.search(r"\b2\s+to add\b", summary)  # the profile and the actor; no contact details
    with store.read() as s:
        assert s.query(m.Actor).count() == 0  # nothing changed before Apply
        assert s.query(m.TrustedKey).count() == 0
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "avant-import" in page.ui.statusLabel.text(), timeout=10000)
    with store.read() as s:
        assert s.query(m.Actor).one().name == "Mairie de Murat"
        assert s.query(m.TrustedKey).one().fingerprint == fingerprint


def test_a_conflict_is_chosen_in_the_preview(page, store, other, tmp_path, qtbot, monkeypatch):
    actor = _fill(other)
    first = tmp_path / "1.xlsx"
    export_sync_file(other, first, full=True)
    from catalyseur_app.exchange.importer import import_sync_file

    import_sync_file(store, first, trust_new=True)
    with store.write() as s:
        s.get(m.Actor, actor).notes = "Ma note"
    with other.write() as s:
        s.get(m.Actor, actor).notes = "Leur note"
    second = tmp_path / "2.xlsx"
    export_sync_file(other, second)
    monkeypatch.setattr(page, "ask_open_path", lambda: str(second))
    page.ui.importButton.click()
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible(), timeout=10000)
    dialog = page.preview_dialog
    assert dialog.model.rowCount() == 1
    dialog.ui.conflictsTable.selectRow(0)
    dialog.ui.takeTheirsButton.click()
    assert dialog.model.rows[0][-1] == "their version (your choice)"
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "avant-import" in page.ui.statusLabel.text(), timeout=10000)
    with store.read() as s:
        assert s.get(m.Actor, actor).notes == "Leur note"
        conflict = s.query(m.SyncConflict).one()
        assert conflict.decided_by == "person" and "Ma note" in conflict.local
