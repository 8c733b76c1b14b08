"""French typography in the window and the messages (issue 12 item 1): no-break spaces before
: ; ! ? and inside « » in French, applied to the templates so a person's text (a name, a path)
filled in afterwards stays exactly as typed; English gets none."""

import pytest
from PySide6.QtGui import QUndoStack

from catalyseur_app import messages
from catalyseur_app.cli import main
from catalyseur_app.domain.typography import NBSP, NNBSP
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.contacts import ContactData, create_contact
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.i18n import install_language, remove_language
from catalyseur_app.ui.pages.actors import ActorsPage

TRICKY_NAME = "Anne : la maire ? « oui »"


@pytest.fixture
def french(qapp):
    install_language(qapp, "fr")
    yield
    remove_language(qapp)


def open_page(qtbot, store):
    page = ActorsPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.show()
    return page


def ask_to_erase_contact(qtbot, store):
    actor_id = create_actor(store, ActorData(name="Mairie de Vabre", kind="commune")).subject_id
    create_contact(store, ContactData(actor_id=actor_id, full_name=TRICKY_NAME))
    page = open_page(qtbot, store)
    page.open_actor(actor_id)
    page.ui.contactsTable.selectRow(0)
    page.ui.eraseContactButton.click()
    box = page.contacts.confirm_box
    box.reject()
    return page, box.text()


def test_french_window_labels_and_message_boxes_have_no_break_spaces(qtbot, store, french):
    page, text = ask_to_erase_contact(qtbot, store)
    assert page.editor.ui.nameLabel.text() == f"No&m{NBSP}:"
    # the name is quoted with no-break spaces and followed by a narrow one, yet left as typed
    assert f"«{NBSP}{TRICKY_NAME}{NBSP}»{NNBSP}?" in text
    assert " ?" not in text.replace(TRICKY_NAME, "")


def test_english_window_has_no_french_spaces(qtbot, store, qapp):
    install_language(qapp, "en")
    page, text = ask_to_erase_contact(qtbot, store)
    assert page.editor.ui.nameLabel.text() == "&Name:"
    assert NBSP not in text and NNBSP not in text
    assert f"“{TRICKY_NAME}”?" in text


def test_messages_from_the_core_are_spaced_in_french_only(french):
    assert messages.t("Le champ « {label} » est obligatoire.", label="Nom") == f"Le champ «{NBSP}Nom{NBSP}» est obligatoire."
    assert messages.t("Dossier : {path}", path="/tmp/a : b") == f"Dossier{NBSP}: /tmp/a : b"
    messages.set_language("en")
    assert messages.t("Le champ « {label} » est obligatoire.", label="Nom") == "“Nom” is required."


def test_command_line_message_spaced_but_the_path_unchanged(capsys, data_dir):
    folder = data_dir / "dossier : essai ?"
    folder.mkdir(parents=True)
    missing = str(folder / "absent ; « x ».xlsx")
    assert main(["kit", "validate", missing]) == 1
    assert capsys.readouterr().out.strip() == f"Le fichier «{NBSP}{missing}{NBSP}» n'existe pas."
    try:
        assert main(["--lang", "en", "kit", "validate", missing]) == 1
        out = capsys.readouterr().out.strip()
        assert out == f"The file “{missing}” does not exist."
        assert NBSP not in out and NNBSP not in out
    finally:
        messages.set_language("fr")
