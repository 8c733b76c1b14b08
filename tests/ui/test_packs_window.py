"""Échanges → « Recevoir un pack de la Fondation », the Exemples inspirants page, and an example
cited in a partnership — through the window's widgets."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.domain.vocabularies import NEEDS, set_additions
from catalyseur_app.packs.format import PackContent, write_pack
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.partnerships import (
    Partner,
    PartnershipDraft,
    create_partnership,
    load_partnership,
)
from catalyseur_app.signing import load_or_create
from catalyseur_app.ui.i18n import install_language

EXAMPLES = [
    {"id": "ex-epicerie", "title": "Une épicerie solidaire au village", "territory": "Allanche (Cantal)",
     "partners": spaced("Mairie ; Association Les Paniers"), "form": "mecenat", "odds": [2, 12, 17],
     "what_was_done": "Le supermarché donne ses invendus, l'association les distribue.",
     "results": "120 familles aidées en un an."},
    {"id": "ex-covoiturage", "title": "Covoiturage rural", "territory": "Pays de Salers",
     "partners": spaced("Communauté de communes ; Transports Vidal"), "form": "cooperation_economique", "odds": [11, 13],
     "what_was_done": "Une plateforme commune.", "results": "300 trajets par mois."},
    {"id": "ex-fablab", "title": "Un fab lab au collège", "territory": "Riom-ès-Montagnes",
     "partners": "Collège ; Bois & Co", "form": "innovation_societale", "odds": [4, 9, 17],
     "what_was_done": "Des machines partagées entre élèves et artisans.", "results": "40 projets d'élèves."},
]


@pytest.fixture(autouse=True)
def _builtin_vocabularies_afterwards():
    yield
    set_additions([])


def _pack(tmp_path, key="cle.pem", sequence=1, name="pack.zip"):
    content = PackContent(sequence=sequence, made_at=datetime.now(UTC), examples=EXAMPLES,
                          terms=[{"vocabulary": "need", "code": "acces_droits", "fr": "Accès aux droits",
                                  "en": "Access to rights"}])
    return write_pack(tmp_path / name, content, load_or_create(tmp_path / key))


def _receive(window, qtbot, monkeypatch, path):
    window.navigate("exchanges")
    page = window.page("exchanges")
    monkeypatch.setattr(page.pack_receiver, "ask_path", lambda: str(path))
    qtbot.keyClick(page, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    return page


def test_receive_a_first_pack_accepting_its_key(window, store, qtbot, monkeypatch, tmp_path):
    install_language(QApplication.instance(), "fr")
    path = _pack(tmp_path)
    page = _receive(window, qtbot, monkeypatch, path)
    assert page.ui.packButton.text() == "Recevoir un pac&k de la Fondation…"
    assert page.ui.packButton.toolTip() == "Recevoir un pack de la Fondation (Ctrl+Maj+I)"
    qtbot.waitUntil(lambda: page.pack_receiver.dialog is not None and page.pack_receiver.dialog.isVisible(),
                    timeout=10000)
    dialog = page.pack_receiver.dialog
    fingerprint = load_or_create(tmp_path / "cle.pem").fingerprint
    assert fingerprint in dialog.ui.keyLabel.text() and "Premier pack reçu" in dialog.ui.keyLabel.text()
    details = dialog.ui.details.document().toRawText()  # toPlainText() turns no-break spaces into spaces
    assert spaced("Nouveau terme dans la liste des besoins : Accès aux droits") in details
    assert spaced("Nouvel exemple inspirant : Covoiturage rural") in details
    assert not dialog.install_button.isEnabled()  # the key must be accepted first
    dialog.ui.acceptKey.setChecked(True)
    assert dialog.install_button.isEnabled()
    qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Pack n° 1 installé" in page.ui.statusLabel.text(), timeout=10000)
    assert spaced("exemples : 3") in page.ui.statusLabel.text()
    assert store.query("SELECT count(*) FROM inspiring_examples") == [(3,)]
    assert store.get_setting("packs.foundation_key") == load_or_create(tmp_path / "cle.pem").public_key
    assert "acces_droits" in NEEDS


def test_a_pack_signed_by_another_key_is_refused_in_the_window(window, store, qtbot, monkeypatch, tmp_path):
    from catalyseur_app.packs.install import install_pack

    install_pack(store, _pack(tmp_path), load_or_create(tmp_path / "cle.pem").fingerprint)
    install_language(QApplication.instance(), "en")
    before = store.query("SELECT id, title, results FROM inspiring_examples ORDER BY id")
    other = _pack(tmp_path, key="autre.pem", sequence=2, name="autre.zip")
    page = _receive(window, qtbot, monkeypatch, other)
    qtbot.waitUntil(lambda: page.error_box is not None and page.error_box.isVisible(), timeout=10000)
    assert page.error_box.text() == "The pack was not installed; your data is unchanged."
    assert "is signed by another key" in page.error_box.informativeText()
    assert page.pack_receiver.dialog is None
    assert store.query("SELECT id, title, results FROM inspiring_examples ORDER BY id") == before
    page.error_box.done(QMessageBox.StandardButton.Ok)


@pytest.fixture
def installed(store, tmp_path):
    from catalyseur_app.packs.install import install_pack

    install_pack(store, _pack(tmp_path), load_or_create(tmp_path / "cle.pem").fingerprint)


def test_the_examples_page_filters_by_odd_and_form(window, store, installed, qtbot, tmp_path):
    install_language(QApplication.instance(), "fr")
    window.resize(1366, 768)
    window.navigate("examples")
    page = window.page("examples")
    assert page.shown_titles() == ["Covoiturage rural", "Un fab lab au collège", "Une épicerie solidaire au village"]
    assert page.ui.countLabel.text() == "3 exemples affichés."
    page.ui.oddFilter.setCurrentIndex(page.ui.oddFilter.findData(17))
    assert page.shown_titles() == ["Un fab lab au collège", "Une épicerie solidaire au village"]
    page.ui.formFilter.setCurrentIndex(page.ui.formFilter.findData("mecenat"))
    assert page.shown_titles() == ["Une épicerie solidaire au village"]
    assert page.ui.countLabel.text() == "1 exemple affiché."
    detail = page.ui.detail.toPlainText()
    assert "Allanche (Cantal)" in detail and "ODD 17 — Partenariats pour la réalisation des objectifs" in detail
    assert "120 familles aidées en un an." in detail
    assert spaced("Territoire : Allanche (Cantal)") in page.ui.detail.document().toRawText()  # « : » as in French
    page.ui.formFilter.setCurrentIndex(0)
    page.ui.oddFilter.setCurrentIndex(0)
    page.ui.searchEdit.setText("trajets")
    assert page.shown_titles() == ["Covoiturage rural"]
    page.ui.searchEdit.clear()
    page.select_example("ex-epicerie")
    QApplication.processEvents()
    window.grab().save(str(tmp_path / "exemples-inspirants.png"))
    assert (tmp_path / "exemples-inspirants.png").stat().st_size > 10_000


def test_cite_an_example_in_a_partnership(window, store, installed, qtbot):
    install_language(QApplication.instance(), "fr")
    actors = [create_actor(store, ActorData(name=name, kind="association")).subject_id for name in ("A", "B")]
    partnership_id = create_partnership(store, PartnershipDraft(
        title="Navette du marché", form="cooperation_economique", stage="active",
        partners=[Partner(actors[0], "porteur"), Partner(actors[1])])).subject_id
    window.navigate("partnerships")
    page = window.page("partnerships")
    qtbot.waitUntil(lambda: page._editor is not None, timeout=5000)
    editor = page._editor
    editor.load(partnership_id)
    combo = editor.ui.citedExample
    assert combo.itemText(0) == "— aucun exemple cité —"
    assert combo.findText("Covoiturage rural (Pays de Salers)") > 0
    combo.setCurrentIndex(combo.findData("ex-covoiturage"))
    assert editor.is_dirty()
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    assert load_partnership(store, partnership_id).cited_example == "ex-covoiturage"
    editor.load(partnership_id)
    assert editor.ui.citedExample.currentData() == "ex-covoiturage"  # shown in the partnership
    window.navigate("examples")
    examples = window.page("examples")
    examples.select_example("ex-covoiturage")
    assert "Cité par vos partenariats" in examples.ui.detail.toPlainText()
    assert "Navette du marché" in examples.ui.detail.toPlainText()
    window.context.undo_stack.undo()
    assert load_partnership(store, partnership_id).cited_example is None


def test_a_new_term_appears_in_the_lists_already_open_without_a_restart(store, qtbot, monkeypatch, tmp_path):
    """The partnership editor and the list's filters were built before the pack: once it is
    installed the window is rebuilt (as for a language switch), so the new need is there at once,
    and the exchanges page still says what was installed."""
    from catalyseur_app import messages
    from catalyseur_app.profile import ProfileData, save_profile
    from catalyseur_app.ui.app import WindowController

    language_before = messages.language()
    install_language(QApplication.instance(), "fr")
    save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))
    store.load_sessions()
    controller = WindowController(QApplication.instance(), store)
    try:
        old = controller.show("partnerships")  # the controller deletes it when it rebuilds the window
        editor = old.page("partnerships").editor
        needs = editor.ui.needs
        assert "Accès aux droits" not in [needs.item(i).text() for i in range(needs.count())]
        old.navigate("exchanges")
        page = old.page("exchanges")
        monkeypatch.setattr(page.pack_receiver, "ask_path", lambda: str(_pack(tmp_path)))
        qtbot.mouseClick(page.ui.packButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.pack_receiver.dialog is not None and page.pack_receiver.dialog.isVisible(),
                        timeout=10000)
        page.pack_receiver.dialog.ui.acceptKey.setChecked(True)
        qtbot.mouseClick(page.pack_receiver.dialog.install_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.window is not old, timeout=10000)
        new = controller.window
        assert new.current_page_key() == "exchanges"
        assert "Pack n° 1 installé" in new.page("exchanges").ui.statusLabel.text()
        needs = new.page("partnerships").editor.ui.needs
        assert "Accès aux droits" in [needs.item(i).text() for i in range(needs.count())]
    finally:
        if controller.window is not None:
            controller.window.stop_automatic_backups()
            controller.window.hide()
            controller.window.deleteLater()
        controller.auto_backup.close()
        messages.set_language(language_before)
