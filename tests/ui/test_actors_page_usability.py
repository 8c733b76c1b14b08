"""The Acteurs page as a person uses it: readable list at laptop widths, keyboard mnemonics, names."""

import re
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget

from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.contacts import ContactData, create_contact
from catalyseur_app.ui import i18n
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.i18n import install_language
from catalyseur_app.ui.pages.actors import ActorsPage
from catalyseur_app.ui.pages.contact_editor import ContactDialog


@contextmanager
def interface_language(language):
    """Install ``language`` for one test, then put back exactly what was installed before."""
    app, before, locale = QApplication.instance(), list(i18n._installed), QLocale()
    install_language(app, language)
    try:
        yield language
    finally:
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed[:] = before
        for translator in before:
            app.installTranslator(translator)
        QLocale.setDefault(locale)


@pytest.fixture(params=["fr", "en"])
def language(request):
    with interface_language(request.param):
        yield request.param


def mnemonics(root) -> list[str]:
    """The Alt+letter of every visible button, tab and buddy label under ``root``."""
    texts = [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    for tabs in root.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    found = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.append(match.group(1).lower())
    return found


def make_page(qtbot, store, width=1040, height=740):
    page = ActorsPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


def seed(store):
    actor = create_actor(store, ActorData(
        name="Communauté de communes du Pays de Saint-Flour Margeride", kind="epci",
        commune_insee="15187")).subject_id
    create_contact(store, ContactData(actor_id=actor, full_name="Claire Martin", email="claire@exemple.fr"))
    return actor


def test_the_list_shows_name_and_commune_on_one_line_each(qtbot, store, language):
    actor = seed(store)
    page = make_page(qtbot, store)
    table = page.ui.table
    # the list gets most of the width, the form what it needs
    qtbot.waitUntil(lambda: page.ui.splitter.sizes()[0] > page.ui.splitter.sizes()[1])
    assert not table.isColumnHidden(2), "the Commune column is shown at laptop width"
    assert table.columnViewportPosition(2) + table.columnWidth(2) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert not table.wordWrap()
    assert table.rowHeight(0) < 2 * table.fontMetrics().height()
    # a long name does not widen the form: the list keeps its share
    page.select_actor(actor)
    qtbot.waitUntil(lambda: page.editor.actor_id == actor)
    QApplication.processEvents()
    assert page.ui.splitter.sizes()[0] > page.ui.splitter.sizes()[1]
    # the actor's own name is not repeated on each of its contacts
    assert page.ui.contactsTable.isColumnHidden(2)
    assert not page.ui.contactsTable.isColumnHidden(0)


def test_narrow_list_hides_the_least_useful_columns_first(qtbot, store, language):
    seed(store)
    page = make_page(qtbot, store, width=760)
    table = page.ui.table
    qtbot.waitUntil(lambda: table.isColumnHidden(5))  # « Modified » goes first
    assert not table.isColumnHidden(0)
    assert table.horizontalScrollBar().maximum() == 0
    page.resize(1900, 900)
    qtbot.waitUntil(lambda: not table.isColumnHidden(5))  # room again: every column is back
    assert not any(table.isColumnHidden(i) for i in range(6))


def test_no_two_visible_controls_share_an_alt_letter(qtbot, store, language):
    seed(store)
    page = make_page(qtbot, store)
    for tab in (0, 1):
        page.ui.detailTabs.setCurrentIndex(tab)
        letters = mnemonics(page)
        assert len(letters) == len(set(letters)), letters
    page.ui.trashButton.setChecked(True)
    letters = mnemonics(page)
    assert len(letters) == len(set(letters)), letters


def test_names_with_markup_are_shown_as_typed(qtbot, store, language):
    actor = create_actor(store, ActorData(name="<b>Ateliers</b> & Cie", kind="association",
                                          commune_insee="15187")).subject_id
    page = make_page(qtbot, store)
    page.open_actor(actor)
    assert "&lt;b&gt;Ateliers&lt;/b&gt; &amp; Cie" in page.editor.ui.heading.text()


def test_contact_form_fields_have_accessible_names(qtbot, store, language):
    actor = seed(store)
    dialog = ContactDialog(store, actor)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    for field in (ui.fullName, ui.role, ui.email, ui.phone, ui.consentGiven, ui.consentDate,
                  ui.consentSource, ui.notes):
        assert field.accessibleName(), field.objectName()


def test_the_trash_opens_on_the_latest_deletion_ready_to_restore(qtbot, store, language):
    first = create_actor(store, ActorData(name="Atelier vélo", kind="association", commune_insee="15187")).subject_id
    second = create_actor(store, ActorData(name="Bibliothèque", kind="association", commune_insee="15187")).subject_id
    page = make_page(qtbot, store)
    for actor in (first, second):
        page.select_actor(actor)
        page.delete_selected()
        qtbot.waitUntil(lambda: page.delete_task is None, timeout=10_000)
    page.ui.trashButton.setChecked(True)
    assert page.trash.model.record_id(0) == second
    assert page.ui.restoreButton.isEnabled()
    page.trash.restore_selected()
    qtbot.waitUntil(lambda: page.trash.task is None, timeout=10_000)
    assert page.trash.model.total == 1 and page.trash.model.record_id(0) == first
