"""Échanges as a person uses it: what differs in a conflict, what Apply does, conflicts left for
review, the duplicate answer settled from the page, a refused file explained, a page that fits."""

import re
import zipfile
from datetime import UTC

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.importer import import_sync_file
from catalyseur_app.store import models as m
from catalyseur_app.store import open_store
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.i18n import install_language
from catalyseur_app.ui.pages.exchanges import ExchangesPage


@pytest.fixture
def other(tmp_path):
    opened = open_store(tmp_path / "other-qa")
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, store):
    install_language(QApplication.instance(), "en")  # the window's English: its Qt strings and the core's labels
    widget = ExchangesPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(790, 600)
    widget.show()
    return widget


def _shared(store, other, tmp_path):
    """Two devices holding the same actor and diagnostic."""
    with other.write() as s:
        s.add(m.Profile(full_name="Camille Martin"))
        actor = m.Actor(name="Mairie de Murat", kind="commune", commune_insee="15138")
        diagnostic = m.Diagnostic(kit_id="sortie_de_crise", kit_version="1", commune_insee="15138",
                                  started_on=__import__("datetime").date(2024, 5, 6))
        s.add_all([actor, diagnostic])
    export_sync_file(other, tmp_path / "0.xlsx", full=True)
    import_sync_file(store, tmp_path / "0.xlsx", trust_new=True)
    return actor.id, diagnostic.id


def _open_preview(page, qtbot, monkeypatch, path):
    monkeypatch.setattr(page, "ask_open_path", lambda: str(path))
    page.ui.importButton.click()
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible(), timeout=10000)
    return page.preview_dialog


def _plain(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>|&nbsp;", " ", html))


def test_the_preview_shows_what_differs_and_leaves_untouched_conflicts_for_review(
        page, store, other, tmp_path, qtbot, monkeypatch):
    actor, diagnostic = _shared(store, other, tmp_path)
    with store.write() as s:
        s.get(m.Actor, actor).notes = "Le maire préfère attendre"
        s.get(m.Actor, actor).website = "https://murat.fr"
        s.add(m.DiagnosticAnswer(diagnostic_id=diagnostic, question="emploi", value='"2"'))
    with other.write() as s:
        s.get(m.Actor, actor).notes = "Très favorable"
        s.get(m.Actor, actor).website = "https://murat.fr"  # the same change: not a difference
        s.add(m.DiagnosticAnswer(diagnostic_id=diagnostic, question="emploi", value='"4"'))
    export_sync_file(other, tmp_path / "1.xlsx")
    dialog = _open_preview(page, qtbot, monkeypatch, tmp_path / "1.xlsx")
    summary = _plain(dialog.ui.summaryLabel.text())
    assert "2 conflicts — changed on both sides" in summary and "0 to add — new records" in summary
    assert "a backup copy of your data is made first" in dialog.ui.applyLabel.text()
    rows = {row[0]: row for row in dialog.model.rows}
    assert rows["actor “Mairie de Murat”"][1:4] == ["Notes", "Le maire préfère attendre", "Très favorable"]
    assert rows["answer “emploi”"][1:4] == ["made on both sides: Answer", "2", "4"]
    assert "Alt+M" in dialog.ui.keepMineButton.toolTip() and "Alt+R" in dialog.ui.takeTheirsButton.toolTip()
    answer_row = dialog.model.rows.index(rows["answer “emploi”"])
    dialog.ui.conflictsTable.clearSelection()
    dialog.ui.conflictsTable.selectRow(answer_row)
    dialog.ui.takeTheirsButton.click()  # the person chooses the answer; the actor is left to the rule
    assert dialog.model.rows[answer_row][4] == "their version (your choice)"
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "avant-import" in page.ui.statusLabel.text(), timeout=10000)
    assert page.conflicts.rowCount() == 1 and page.conflicts.rows[0][0] == "actor “Mairie de Murat”"
    assert page.ui.tabs.currentIndex() == 1 and "(1)" in page.ui.tabs.tabText(1)
    with store.read() as s:
        [answer] = s.query(m.DiagnosticAnswer).filter_by(question="emploi").all()
        assert answer.value == '"4"' and answer.changed_by == store.device_id


def test_take_theirs_on_a_duplicate_answer_from_the_conflicts_tab(page, store, other, tmp_path, qtbot, monkeypatch):
    _, diagnostic = _shared(store, other, tmp_path)
    with store.write() as s:
        mine = m.DiagnosticAnswer(diagnostic_id=diagnostic, question="emploi", value='"2"')
        s.add(mine)
    for value in ('"3"', '"4"'):  # two edits here: the rule keeps this computer's answer
        with store.write() as s:
            s.get(m.DiagnosticAnswer, mine.id).value = value
    with other.write() as s:
        s.add(m.DiagnosticAnswer(diagnostic_id=diagnostic, question="emploi", value='"1"'))
    export_sync_file(other, tmp_path / "1.xlsx")
    dialog = _open_preview(page, qtbot, monkeypatch, tmp_path / "1.xlsx")
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 1, timeout=10000)
    assert page.conflicts.rows[0][2:5] == ["4", "1", "my version (automatic)"]
    page.ui.conflictsTable.selectRow(0)
    assert page.ui.takeTheirsButton.isEnabled()
    page.ui.takeTheirsButton.click()
    assert page.conflicts.rowCount() == 0 and "Conflicts settled: 1." in page.ui.statusLabel.text()
    with store.read() as s:
        [answer] = s.query(m.DiagnosticAnswer).filter_by(question="emploi").all()
        assert (answer.id, answer.value) == (mine.id, '"1"')


def test_a_refused_file_is_explained_and_nothing_changes(page, store, other, tmp_path, qtbot, monkeypatch):
    with other.write() as s:
        s.add(m.Actor(name="Mairie de Murat", kind="commune"))
    good = tmp_path / "good.xlsx"
    export_sync_file(other, good, full=True)
    bad = tmp_path / "abime.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet3.xml":  # acteurs: a name becomes a number
                data = re.sub(rb'<c r="B3"(?: s="\d+")? t="inlineStr"><is><t xml:space="preserve">[^<]*</t></is></c>',
                              b'<c r="B3"><v>12</v></c>', data)
            target.writestr(item, data)
    monkeypatch.setattr(page, "ask_open_path", lambda: str(bad))
    page.ui.importButton.click()
    # The first file from this catalyseur: its key is accepted, then the damaged sheet is found.
    qtbot.waitUntil(lambda: page.trust_box is not None and page.trust_box.isVisible(), timeout=10000)
    page.trust_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.error_box is not None and page.error_box.isVisible(), timeout=10000)
    details = page.error_box.informativeText()
    assert "“abime.xlsx”, sheet “acteurs”, row 3, column “name” (B)" in details  # in the window's language
    assert page.error_box.text() == "The file was not imported; your data is unchanged."
    assert page.preview_dialog is None
    with store.read() as s:
        assert s.query(m.Actor).count() == 0 and s.query(m.TrustedKey).count() == 0
    page.error_box.close()


def test_nothing_to_change_says_so_and_offers_close(page, store, other, tmp_path, qtbot, monkeypatch):
    _shared(store, other, tmp_path)
    dialog = _open_preview(page, qtbot, monkeypatch, tmp_path / "0.xlsx")
    assert not dialog.apply_button.isEnabled()
    assert dialog.ui.applyLabel.text() == "Nothing to change: your data is already up to date."
    assert dialog.ui.buttons.buttons()[-1].text() in ("Close", "&Close") or any(
        b.text() == "Close" for b in dialog.ui.buttons.buttons())
    assert "already imported" in dialog.ui.fileLabel.text()  # file no. 1 again
    dialog.reject()


def test_the_page_fits_beside_the_navigation_of_a_1024_pixel_window(page, store, tmp_path):
    assert page.minimumSizeHint().width() <= 790
    page.resize(790, 560)
    assert page.ui.tabs.height() > page.ui.sendBox.height()  # the lists get the room
    assert "Ctrl+E" in page.ui.prepareButton.toolTip() and "Ctrl+I" in page.ui.importButton.toolTip()
    assert page.ui.ledgerTable.accessibleName() and page.ui.conflictsTable.accessibleName()
    assert not page.ui.keepMineButton.isEnabled()  # nothing selected, nothing to settle


def test_the_ledger_says_what_each_file_holds(page, store, tmp_path, qtbot, monkeypatch):
    with store.write() as s:
        s.add(m.Profile(full_name="Camille Martin"))
        s.add(m.Actor(name="Mairie de Murat", kind="commune"))
    monkeypatch.setattr(page, "ask_save_path", lambda default: str(tmp_path / "envoi"))
    page.ui.fullCheck.setChecked(True)
    page.ui.prepareButton.click()
    qtbot.waitUntil(lambda: page.ledger.rowCount() == 1, timeout=10000)
    assert (tmp_path / "envoi.xlsx").exists()  # the extension is added
    row = page.ledger.rows[0]
    assert row[2] == "everything" and row[3] == "everything" and row[5] == "envoi.xlsx"
    assert "actor: 1" in page.ledger.tips[0]
    assert store.get_setting("exchange_folder") == str(tmp_path)


def test_cancel_during_a_large_export_leaves_no_file_and_no_ledger_row(page, store, tmp_path, qtbot, monkeypatch):
    import uuid
    from datetime import datetime

    now = datetime(2025, 1, 1, tzinfo=UTC)
    with store.write() as s:
        s.add(m.Profile(full_name="Camille Martin"))
        s.connection().execute(m.Actor.__table__.insert(), [
            dict(id=str(uuid.uuid4()), name=f"Association {i}", name_key=f"association {i}", kind="association",
                 created_at=now, updated_at=now, version=1, changed_by=store.device_id) for i in range(12000)])
    target = tmp_path / "gros.xlsx"
    monkeypatch.setattr(page, "ask_save_path", lambda default: str(target))
    page.ui.prepareButton.click()
    told = []
    monkeypatch.setattr("catalyseur_app.ui.pages.exchanges.QMessageBox.information",
                        lambda parent, title, text: told.append(text))
    assert page.task is not None and page.maybe_leave() is False  # the window stays while it works
    assert "Wait for the end, or click Cancel" in told[0]
    page.task.cancel()  # what the progress window's Annuler does
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    assert page.ui.statusLabel.text() == "Cancelled: nothing was changed."
    assert not target.exists() and list(tmp_path.glob("*.xlsx*")) == [] and page.ledger.rowCount() == 0
    assert page.maybe_leave() is True


def test_a_key_accepted_for_a_file_with_nothing_to_change_is_remembered(page, store, other, tmp_path, qtbot,
                                                                        monkeypatch):
    """B's records reached this store through C; B's own file then changes nothing. The person
    accepted B's key in the window: it is recorded, and the next file from B is not asked about."""
    with other.write() as s:
        s.add(m.Profile(full_name="Bruno Blanc"))
        s.add(m.Actor(name="Mairie de Murat", kind="commune", commune_insee="15138"))
    export_sync_file(other, tmp_path / "b.xlsx", full=True)
    third = open_store(tmp_path / "third-qa")
    try:
        from catalyseur_app.profile import ProfileData, save_profile

        save_profile(third, ProfileData("Chloé Chabert", "Tiers-lieu", "chloe@exemple.fr", ["15138"]))
        import_sync_file(third, tmp_path / "b.xlsx", trust_new=True)
        export_sync_file(third, tmp_path / "c.xlsx", full=True)
    finally:
        third.close()
    import_sync_file(store, tmp_path / "c.xlsx", trust_new=True)
    monkeypatch.setattr(page, "ask_open_path", lambda: str(tmp_path / "b.xlsx"))
    page.ui.importButton.click()
    qtbot.waitUntil(lambda: page.trust_box is not None and page.trust_box.isVisible(), timeout=10000)
    page.trust_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible(), timeout=10000)
    assert not page.preview_dialog.apply_button.isEnabled()
    assert "key" in page.preview_dialog.ui.applyLabel.text()  # says the key is now trusted
    page.preview_dialog.reject()
    with store.read() as s:
        assert s.query(m.TrustedKey).count() == 2  # C's, and B's accepted here
    page.trust_box = page.preview_dialog = None
    page.ui.importButton.click()  # the same file again: no question about the key this time
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible(), timeout=10000)
    assert page.trust_box is None
    page.preview_dialog.reject()
