"""Messages written outside the window follow the interface language: the actors editor in English."""

from contextlib import contextmanager

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from catalyseur_app import messages
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.domain.vocabularies import ACTOR_KINDS
from catalyseur_app.ui import i18n
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.i18n import install_language
from catalyseur_app.ui.pages.actors import ActorsPage


@contextmanager
def interface_language(language):
    """Install ``language`` for one test, then put back what was installed before (as test_actors_page_usability)."""
    app, before, locale = QApplication.instance(), list(i18n._installed), QLocale()
    install_language(app, language)
    try:
        yield language
    finally:
        i18n.remove_language(app)
        i18n._installed[:] = before
        for translator in before:
            app.installTranslator(translator)
        QLocale.setDefault(locale)


def make_page(qtbot, store):
    page = ActorsPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.resize(1040, 740)
    page.show()
    qtbot.waitExposed(page)
    return page


def fill_and_save(page, qtbot, name, siren="", website=""):
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    editor = page.editor.ui
    editor.name.clear()
    editor.name.insert(name)
    editor.kind.setCurrentIndex(editor.kind.findData("association"))
    editor.siren.setText(siren)
    editor.website.setText(website)
    qtbot.mouseClick(editor.saveButton, Qt.MouseButton.LeftButton)


def test_the_actors_editor_shows_english_validation_messages_in_english(qtbot, store):
    with interface_language("en"):
        page = make_page(qtbot, store)
        fill_and_save(page, qtbot, "", siren="732829321", website="pas une adresse")
        errors = page.editor.errors
        assert errors.message("name") == "“Name” is required."
        assert errors.message("siren") == ("This SIREN is not valid: its check digit does not match. "
                                           "Please check the digits.")
        assert errors.message("website") == ("The web address “pas une adresse” is not valid "
                                             "(example: https://www.example.com).")
        assert not page.editor.ui.nameError.isHidden()
        page.editor.ui.nameError.grab().save("/tmp/english_name_error.png")

        editor = page.editor.ui
        editor.name.insert("Asso du Lac")
        editor.siren.clear()
        editor.website.clear()
        qtbot.mouseClick(editor.saveButton, Qt.MouseButton.LeftButton)
        assert page.context.undo_stack.undoText() == "Create the actor “Asso du Lac”"
    assert messages.current_language() == "fr"


def test_the_same_editor_in_french_keeps_the_french_messages(qtbot, store):
    with interface_language("fr"):
        page = make_page(qtbot, store)
        fill_and_save(page, qtbot, "", siren="732829321")
        assert page.editor.errors.message("name") == spaced("Le champ « Nom » est obligatoire.")
        assert "clé de contrôle" in page.editor.errors.message("siren")


def test_the_pages_read_the_language_from_its_one_owner(qtbot, store):
    """The context carries no language: a page builds in the one messages.language() holds (the interface's)."""
    assert not hasattr(AppContext(store=store, undo_stack=QUndoStack()), "language")
    with interface_language("en"):
        assert messages.language() == "en"
        page = ActorsPage(AppContext(store=store, undo_stack=QUndoStack()))
        qtbot.addWidget(page)
        first = next(iter(ACTOR_KINDS))
        assert page.ui.kindFilter.itemText(1) == first.label("en") != first.label("fr")
