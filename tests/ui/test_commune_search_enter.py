"""Issue 11, item 7: Entrée in a commune search adds the highlighted commune and keeps the dialog
open (first-run wizard and the profile dialog); « Annuler » in the wizard asks before quitting."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from catalyseur_app.profile import ProfileData, load_profile, save_profile
from catalyseur_app.ui.profile_wizard import FirstRunWizard, ProfileDialog


def _search_and_enter(qtbot, chooser, query):
    chooser.ui.search.clear()
    qtbot.keyClicks(chooser.ui.search, query)
    qtbot.keyClick(chooser.ui.search, Qt.Key.Key_Return)


def _wizard_on_communes(qtbot, store):
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())  # closing would ask « Quit? »
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.identity.ui.fullName.setText("Camille Martin")
    wizard.identity.ui.email.setText("camille@exemple.fr")
    wizard.next()
    assert wizard.currentId() == 1
    return wizard


def test_enter_adds_communes_one_after_the_other_in_the_wizard(qtbot, store):
    wizard = _wizard_on_communes(qtbot, store)
    chooser = wizard.chooser
    chooser.ui.search.setFocus()
    _search_and_enter(qtbot, chooser, "Murat")
    _search_and_enter(qtbot, chooser, "15100")
    assert wizard.isVisible() and wizard.result() == 0  # not finished by Entrée
    assert len(chooser.communes()) == 2
    assert load_profile(store) is None
    # Down then Entrée in the search takes the second result
    chooser.ui.search.clear()
    qtbot.keyClicks(chooser.ui.search, "saint flour")
    second = chooser.ui.results.model().index(1, 0).data(Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(chooser.ui.search, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.ui.search, Qt.Key.Key_Return)
    assert second in chooser.communes() and wizard.isVisible()
    # Entrée on the results list adds too, and stays
    chooser.ui.search.clear()
    qtbot.keyClicks(chooser.ui.search, "Riom")
    chooser.ui.results.setFocus()
    qtbot.keyClick(chooser.ui.results, Qt.Key.Key_Return)
    assert len(chooser.communes()) == 4 and wizard.isVisible()


def test_enter_in_the_profile_dialog_adds_and_does_not_save(qtbot, store):
    save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))
    dialog = ProfileDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.chooser.ui.search.setFocus()
    _search_and_enter(qtbot, dialog.chooser, "Murat")
    _search_and_enter(qtbot, dialog.chooser, "2A004")
    assert dialog.isVisible() and dialog.result() == 0
    assert len(dialog.chooser.communes()) == 3
    assert load_profile(store).communes == ["15187"]  # saved only by « Enregistrer »


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_cancel_in_the_wizard_asks_before_quitting(qtbot, store, monkeypatch, answer):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or answer)
    wizard = _wizard_on_communes(qtbot, store)
    wizard.button(wizard.WizardButton.CancelButton).click()
    assert len(asked) == 1
    assert wizard.isVisible() == (answer == QMessageBox.StandardButton.No)
    assert load_profile(store) is None
