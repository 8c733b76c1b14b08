"""Issue 12, item 1: a counted text of the window takes the singular or the plural, in French and English.

The window chooses between two ``tr()`` texts with ``messages.plural(count)`` (French: 0 and 1 are
singular; English: only 1), so English needs no translation file of its own.
"""

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from test_packs_window import _pack  # three inspiring examples in a signed pack

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.trash import delete_records
from catalyseur_app.resources import translations_dir
from catalyseur_app.signing import load_or_create
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.i18n import install_language

EXAMPLES_SHOWN = {
    ("fr", 0): "0 exemple affiché.", ("fr", 1): "1 exemple affiché.", ("fr", 2): "2 exemples affichés.",
    ("en", 0): "0 examples shown.", ("en", 1): "1 example shown.", ("en", 2): "2 examples shown.",
}


@pytest.fixture
def installed(store, tmp_path):
    from catalyseur_app.packs.install import install_pack

    install_pack(store, _pack(tmp_path), load_or_create(tmp_path / "cle.pem").fingerprint)


@pytest.fixture(params=["fr", "en"])
def language(request, qtbot):
    install_language(QApplication.instance(), request.param)
    return request.param


def test_the_examples_page_counts_zero_one_and_two(language, store, installed, qtbot):
    from catalyseur_app.ui.pages.examples import ExamplesPage

    page = ExamplesPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.ui.searchEdit.setText("introuvable")
    assert (len(page.examples), page.ui.countLabel.text()) == (0, EXAMPLES_SHOWN[language, 0])
    page.ui.searchEdit.setText("trajets")
    assert (len(page.examples), page.ui.countLabel.text()) == (1, EXAMPLES_SHOWN[language, 1])
    page.ui.searchEdit.clear()
    page.ui.oddFilter.setCurrentIndex(page.ui.oddFilter.findData(17))
    assert (len(page.examples), page.ui.countLabel.text()) == (2, EXAMPLES_SHOWN[language, 2])


TRASH = {
    ("fr", 1): ("Vider la corbeille ? Son 1 enregistrement sera effacé définitivement ; c'est irréversible.",
                "1 enregistrement effacé de la corbeille."),
    ("fr", 2): ("Vider la corbeille ? Ses 2 enregistrements seront effacés définitivement ; c'est irréversible.",
                "2 enregistrements effacés de la corbeille."),
    ("en", 1): ("Empty the trash? Its 1 record will be erased for good; this cannot be undone.",
                "1 record erased from the trash."),
    ("en", 2): ("Empty the trash? Its 2 records will be erased for good; this cannot be undone.",
                "2 records erased from the trash."),
}


@pytest.mark.parametrize("count", [1, 2])
def test_emptying_the_trash_counts_one_or_several_records(language, count, store, qtbot):
    from catalyseur_app.ui.pages.actors import ActorsPage

    delete_records(store, "actors", [create_actor(store, ActorData(name=f"Association {n}", kind="association"))
                                     .subject_id for n in range(count)])
    page = ActorsPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.show()
    page.ui.trashButton.click()
    page.ui.emptyTrashButton.click()
    box = page.trash.confirm_box
    question, done = TRASH[language, count]
    assert box.text() == (spaced(question) if language == "fr" else question)
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    qtbot.waitUntil(lambda: page.trash.task is None, timeout=10_000)
    assert page.editor.ui.statusLabel.text() == done


def test_english_has_no_translation_file_of_its_own():
    assert sorted(p.name for p in translations_dir().glob("catalyseur_*.*")) == ["catalyseur_fr.qm",
                                                                                "catalyseur_fr.ts"]
