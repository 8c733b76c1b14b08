"""Issue 11, item 14: one French term per thing in the window."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from test_actors_page_usability import interface_language

from catalyseur_app.profile import ProfileData, save_profile
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.ui.main_window import MainWindow
from catalyseur_app.ui.pages.contact_editor import ContactDialog
from catalyseur_app.ui.pages.diagnostic.action import ActionDialog
from catalyseur_app.ui.summary_dialog import SummaryDialog


def _buttons_of_the_question(qtbot, ask) -> list[str]:
    seen = []

    def read_and_cancel():
        box = QApplication.activeModalWidget()
        seen.extend(b.text().replace("&", "") for b in box.buttons())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, read_and_cancel)
    assert ask() is False
    return seen


def test_one_term_per_thing_in_french(qtbot, store, type_text):
    save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))
    store.load_sessions()
    actor = create_actor(store, ActorData(name="Mairie de Murat", kind="commune", commune_insee="15138")).subject_id
    with interface_language("fr"):
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        # « Ne pas enregistrer » in every unsaved-changes question
        window.navigate("journal")
        journal = window.page("journal")
        qtbot.keyClicks(journal.editor.ui.title, "Reunion")
        assert "Ne pas enregistrer" in _buttons_of_the_question(qtbot, journal.maybe_leave)
        journal.editor.new()
        window.navigate("partnerships")
        partnerships = window.page("partnerships")
        partnerships.new_partnership()
        qtbot.keyClicks(partnerships.editor.ui.title, "Cantine")
        assert "Ne pas enregistrer" in _buttons_of_the_question(qtbot, partnerships.maybe_leave)
        partnerships.editor.revert()
        # « Bilan périodique » in the menu and in the dialog
        assert window.ui.actionSummary.text().replace("&", "").startswith("Bilan périodique")
        summary = SummaryDialog(window)
        qtbot.addWidget(summary)
        assert summary.windowTitle() == "Bilan périodique"
        # « Pilote » for who leads an action, in the plan and in its dialog
        action = ActionDialog({actor: "Mairie de Murat"}, parent=window)
        qtbot.addWidget(action)
        labels = [label.text().replace("&", "") for label in action.findChildren(QLabel)]
        assert "Pilote\u00a0:" in labels and not [text for text in labels if "pilote" in text and text != "Pilote\u00a0:"]
        # « Moyen de recueil » for how a consent was given
        contact = ContactDialog(store, actor, parent=window)
        qtbot.addWidget(contact)
        assert contact.ui.consentSourceLabel.text().replace("&", "") == "Moyen de recueil\u00a0:"
        assert contact.ui.consentSource.accessibleName() == "Moyen de recueil"
