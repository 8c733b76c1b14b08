"""Issue 11 item 1: one editor per record, and no save over a newer version of it."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from catalyseur_app.records.activities import ActivityDraft, load_activity, log_activity, update_activity
from catalyseur_app.records.actors import ActorData, create_actor, load_actor, update_actor
from catalyseur_app.records.contacts import ContactData, create_contact, load_contact
from catalyseur_app.records.partnerships import Partner, PartnershipDraft, create_partnership, update_partnership
from catalyseur_app.store.models import Contact
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.actors import ActorsPage
from catalyseur_app.ui.pages.contact_editor import ContactDialog
from catalyseur_app.ui.pages.journal import JournalPage
from catalyseur_app.ui.pages.partnerships import PartnershipsPage


@pytest.fixture
def context(store):
    return AppContext(store=store, undo_stack=QUndoStack())


@pytest.fixture
def actor(store):
    return create_actor(store, ActorData(name="Mairie de Vabre", kind="commune", commune_insee="81305")).subject_id


def open_dialogs(page):
    return [d for d in page.findChildren(ContactDialog) if d.isVisible()]


def test_double_clicking_a_contact_opens_one_editor_and_opening_again_focuses_it(qtbot, context, store, actor):
    create_contact(store, ContactData(actor_id=actor, full_name="Hélène Côté"))
    page = ActorsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.open_actor(actor)
    page.ui.detailTabs.setCurrentIndex(1)
    table = page.ui.contactsTable
    qtbot.waitUntil(lambda: table.isVisible() and page.contacts.model.rowCount() == 1)
    rect = table.visualRect(page.contacts.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(open_dialogs(page)) == 1
    first = page.contacts.dialog
    page.contacts.edit()  # Enter, the Edit button, a second double-click…
    assert open_dialogs(page) == [first] and page.contacts.dialog is first


def test_a_save_from_a_stale_contact_editor_is_refused_and_keeps_the_consent(qtbot, store, actor):
    contact = create_contact(store, ContactData(actor_id=actor, full_name="Hélène Côté")).subject_id
    first, second = (ContactDialog(store, actor, contact) for _ in range(2))  # the two copies of the bug
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialog.show()
    first.ui.consentGiven.setChecked(True)
    first.ui.consentDate.setText("15/11/2026")
    first.ui.consentDate.editingFinished.emit()
    first.ui.consentSource.setCurrentIndex(first.ui.consentSource.findData("oral"))
    first.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not first.isVisible()
    second.ui.notes.setPlainText("Rappeler en janvier")
    second.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert second.isVisible() and second.message_box is not None
    assert "modifiée ailleurs" in second.message_box.text()
    with store.read() as session:
        row = session.scalars(select(Contact)).one()
        assert row.consent_date is not None and row.consent_source == "oral" and row.notes == ""


def test_the_actor_form_refuses_to_save_over_a_change_made_elsewhere(qtbot, context, store, actor):
    page = ActorsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.open_actor(actor)
    update_actor(store, actor, ActorData(name="Mairie de Vabre", kind="commune", commune_insee="81305",
                                         notes="Saisi ailleurs", version=load_actor(store, actor).version))
    page.editor.ui.siren.setText("732 829 320")
    assert page.save() is False
    assert "modifiée ailleurs" in page.editor.ui.statusLabel.text()
    kept = load_actor(store, actor)
    assert kept.notes == "Saisi ailleurs" and kept.siren == ""
    page._revert()  # reopened: the next save starts from the saved version and goes through
    page.editor.ui.siren.setText("732 829 320")
    assert page.save() is True and page.save() is True  # saving twice in a row is no conflict
    assert load_actor(store, actor).notes == "Saisi ailleurs"


def test_partnership_and_activity_editors_refuse_a_stale_save(qtbot, context, store, actor):
    other = create_actor(store, ActorData(name="École des Arts", kind="association")).subject_id
    partnership = create_partnership(store, PartnershipDraft(
        title="Jardins partagés", form="mecenat", partners=[Partner(actor), Partner(other)])).subject_id
    draft = ActivityDraft(day=date(2026, 11, 2), metier="dialogue", mission="dialogue.rencontres",
                          title="Rencontre", minutes=60)
    activity = log_activity(store, draft).subject_id
    partnerships, journal = PartnershipsPage(context), JournalPage(context)
    for page in (partnerships, journal):
        qtbot.addWidget(page)
        page.show()
    partnerships.editor.load(partnership)
    journal.editor.load(activity)
    update_partnership(store, partnership, PartnershipDraft(
        title="Jardins partagés et vergers", form="mecenat", partners=[Partner(actor), Partner(other)]))
    update_activity(store, activity, ActivityDraft(day=date(2026, 11, 2), metier="dialogue",
                                                   mission="dialogue.rencontres", title="Rencontre élus", minutes=90))
    partnerships.editor.ui.title.setText("Jardins")
    journal.editor.ui.title.setText("Rencontre")
    assert partnerships.editor.save() is False and journal.editor.save() is False
    assert "modifiée ailleurs" in partnerships.editor.ui.summaryError.text()
    assert "modifiée ailleurs" in journal.editor.ui.summaryError.text()
    assert load_activity(store, activity).title == "Rencontre élus"
    partnerships.editor.load(partnership)  # from the saved version: saved, then saved again
    partnerships.editor.ui.title.setText("Jardins")
    assert partnerships.editor.save() and partnerships.editor.save()


def test_opening_the_activity_already_in_the_form_keeps_what_is_typed(qtbot, context, store):
    draft = ActivityDraft(day=date(2026, 11, 2), metier="dialogue", mission="dialogue.rencontres",
                          title="Rencontre", minutes=60)
    activity = log_activity(store, draft).subject_id
    journal = JournalPage(context)
    qtbot.addWidget(journal)
    journal.show()
    journal.ui.table.setCurrentIndex(journal.model.index(0, 0))
    journal.edit_selected()
    journal.editor.ui.title.setText("Rencontre des élus")
    journal.edit_selected()  # no "unsaved changes" question, nothing reloaded
    assert journal.editor.ui.title.text() == "Rencontre des élus" and journal.editor.current_id == activity


def test_the_use_cases_compare_versions(store, actor):
    contact = create_contact(store, ContactData(actor_id=actor, full_name="Hélène Côté")).subject_id
    loaded = load_contact(store, contact)
    from catalyseur_app.records import StaleRecord
    from catalyseur_app.records.contacts import update_contact

    update_contact(store, contact, ContactData(actor_id=actor, full_name="Hélène Côté", notes="a",
                                               version=loaded.version))
    with pytest.raises(StaleRecord):
        update_contact(store, contact, ContactData(actor_id=actor, full_name="Hélène Côté", notes="b",
                                                   version=loaded.version))
    assert load_contact(store, contact).notes == "a"
