"""Issue 11, item 17: an empty dashboard shows the three first steps as buttons, each gone once done."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from catalyseur_app.diagnostics.sessions import start_diagnostic
from catalyseur_app.profile import ProfileData, save_profile
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.partnerships import Partner, PartnershipDraft, create_partnership
from catalyseur_app.ui.main_window import MainWindow


def test_the_first_steps_lead_to_each_page_and_go_once_done(qtbot, store):
    save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))
    store.load_sessions()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    steps = window.page("dashboard").first_steps
    assert steps.isVisible() and all(b.isVisible() for b in steps.buttons.values())

    qtbot.mouseClick(steps.buttons["actors"], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "actors"
    assert window.page("actors").editor.ui.name.hasFocus() or window.page("actors").editor.isVisible()

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.reject()

    window.navigate("dashboard")
    QTimer.singleShot(0, close_dialog)
    qtbot.mouseClick(steps.buttons["diagnostics"], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "diagnostics"

    first = create_actor(store, ActorData(name="Mairie de Saint-Flour", kind="commune", commune_insee="15187"))
    second = create_actor(store, ActorData(name="Association Les Amis", kind="association", commune_insee="15187"))
    window.navigate("dashboard")
    page = window.page("dashboard")
    page.reload()
    assert steps.isVisible() and not steps.buttons["actors"].isVisible()
    assert steps.buttons["partnerships"].isVisible() and steps.buttons["diagnostics"].isVisible()

    create_partnership(store, PartnershipDraft(title="Épicerie solidaire", form="mecenat", partners=[
        Partner(actor_id=first.subject_id, role="porteur"), Partner(actor_id=second.subject_id, role="financeur")]))
    start_diagnostic(store, "15187", [])
    page.reload()
    assert not steps.isVisible()
