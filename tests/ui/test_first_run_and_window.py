from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from catalyseur_app.profile import load_profile
from catalyseur_app.store import open_store
from catalyseur_app.ui import app as gui
from catalyseur_app.ui.main_window import PAGE_KEYS, MainWindow
from catalyseur_app.ui.profile_wizard import FirstRunWizard


def _choose(qtbot, chooser, query):
    chooser.ui.search.clear()
    qtbot.keyClicks(chooser.ui.search, query)
    qtbot.keyClick(chooser.ui.search, Qt.Key.Key_Return)


def test_first_run_wizard_creates_the_profile(qtbot, store, type_text):
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    identity = wizard.identity.ui
    # an empty name is refused with a French message, nothing saved
    wizard.next()
    assert wizard.currentId() == 0
    assert "nom" in identity.error.text().lower() or "obligatoire" in identity.error.text().lower()
    qtbot.keyClicks(identity.fullName, "Camille Martin")
    type_text(identity.structure, "Tiers-lieu de la Planèze")
    qtbot.keyClicks(identity.email, "pas-une-adresse")
    wizard.next()
    assert wizard.currentId() == 0 and identity.error.text()
    identity.email.clear()
    qtbot.keyClicks(identity.email, "camille@exemple.fr")
    wizard.next()
    assert wizard.currentId() == 1
    assert not wizard.currentPage().isComplete()  # at least one commune is needed

    chooser = wizard.chooser
    _choose(qtbot, chooser, "saint flour")      # by name, without accents or hyphen
    _choose(qtbot, chooser, "15100")            # by postal code (Saint-Flour and others)
    _choose(qtbot, chooser, "Murat")            # by name
    _choose(qtbot, chooser, "2A004")            # Ajaccio, by INSEE code
    assert "15187" in chooser.communes() and "2A004" in chooser.communes()
    assert wizard.currentPage().isComplete()
    wizard.accept()

    profile = load_profile(store)
    assert profile.full_name == "Camille Martin"
    assert profile.structure == "Tiers-lieu de la Planèze"
    assert "15187" in profile.communes and "2A004" in profile.communes


def _make_profile(data_dir):
    from catalyseur_app.profile import ProfileData, save_profile

    with open_store(data_dir) as store:
        save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))


def test_window_opens_in_french_with_its_navigation_and_survives_a_restart(qtbot, data_dir):
    _make_profile(data_dir)
    store = open_store(data_dir)
    controller = gui.start(store)
    window = controller.window
    qtbot.addWidget(window)
    nav = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert nav == ["Tableau de bord", "Acteurs", "Partenariats", "Diagnostics", "Journal des métiers", "Échanges",
                   "Exemples inspirants"]
    assert window.ui.menuEdit.title().replace("&", "") == "Édition"
    for number, key in enumerate(PAGE_KEYS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        if window.current_page_key() != key:  # a page may refuse to leave; go straight there
            window.navigate(key)
        assert window.current_page_key() == key
    window.close()
    store.close()

    store = open_store(data_dir)  # reopen: everything kept
    assert load_profile(store).communes == ["15187"]
    store.close()


def test_language_switch_rebuilds_the_window_in_english_and_is_remembered(qtbot, data_dir):
    _make_profile(data_dir)
    store = open_store(data_dir)
    controller = gui.start(store)
    qtbot.addWidget(controller.window)
    controller.window.navigate("partnerships")
    controller.window.ui.actionEnglish.trigger()
    window = controller.window
    qtbot.addWidget(window)
    assert window.ui.navigation.item(0).text().startswith("Dashboard")
    assert window.current_page_key() == "partnerships"
    assert store.get_setting("language") == "en"
    window.ui.actionFrench.trigger()
    qtbot.addWidget(controller.window)
    assert controller.window.ui.navigation.item(0).text().startswith("Tableau de bord")
    controller.window.close()
    store.close()
    gui.install_language(QApplication.instance(), "fr")


def test_about_dialog_shows_the_version(qtbot, store):
    from catalyseur_app import __version__
    from catalyseur_app.ui.about_dialog import AboutDialog

    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.ui.version.text()
    assert str(store.data_dir) in dialog.ui.details.text()


def test_a_second_instance_gets_a_clear_message(qtbot, data_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    with open_store(data_dir):
        class Args:
            data_dir = None
            lang = None
        assert gui.run_gui(Args()) == 1
    assert "déjà ouvert" in shown[0]


def test_main_window_pages_are_created_lazily(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert set(window._pages) == {"dashboard"}
