"""A diagnostic run through the real widgets of the window, with the default kit."""

import json
import shutil

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from catalyseur_app.diagnostics.kits import list_installed_kits, shipped_kit_files
from catalyseur_app.diagnostics.sessions import start_diagnostic
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.store.models import Diagnostic, DiagnosticAnswer, Partnership, PartnershipCommune
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.diagnostic.new import NewDiagnosticDialog
from catalyseur_app.ui.pages.diagnostic.runner import DiagnosticRunner
from catalyseur_app.ui.pages.diagnostics import DiagnosticsPage

COMMUNE = "15187"  # Saint-Flour


@pytest.fixture
def context(store):
    return AppContext(store=store, undo_stack=QUndoStack())


def saved(store, diagnostic_id):
    with store.read() as session:
        rows = session.scalars(select(DiagnosticAnswer).where(
            DiagnosticAnswer.diagnostic_id == diagnostic_id, DiagnosticAnswer.deleted_at.is_(None)))
        return {row.question: json.loads(row.value) for row in rows}


def status_of(store, diagnostic_id):
    with store.read() as session:
        return session.get(Diagnostic, diagnostic_id).status


def type_line(qtbot, widget, text):
    widget.line.setFocus()
    widget.line.selectAll()
    qtbot.keyClicks(widget.line, text)
    qtbot.keyClick(widget.line, Qt.Key.Key_Return)


def click_yes_on_next_question():
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(10, answer)
    QTimer.singleShot(0, answer)


def choose(qtbot, button):
    """Click a radio button or check box on its indicator (its row is wider than its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def make_runner(qtbot, context, diagnostic_id):
    runner = DiagnosticRunner(context, diagnostic_id)
    qtbot.addWidget(runner)
    runner.resize(1100, 800)
    with qtbot.waitActive(runner):
        runner.show()
        runner.activateWindow()
    return runner


def new_diagnostic_through_dialog(qtbot, context):
    dialog = NewDiagnosticDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.commune, COMMUNE)
    dialog.ui.commune.editingFinished.emit()
    assert dialog.ui.commune.insee() == COMMUNE
    qtbot.keyClicks(dialog.ui.freeName, "Claire Martin")
    qtbot.keyClicks(dialog.ui.freeRole, "Maire")
    qtbot.mouseClick(dialog.ui.addFree, Qt.MouseButton.LeftButton)
    assert dialog.free_model.rowCount() == 1
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.created_id
    return dialog.created_id


def test_full_diagnostic_through_the_widgets(qtbot, context, store):
    with store.write() as session:
        partnership = Partnership(title="Épicerie solidaire du bourg", form="mecenat", stage="active")
        session.add(partnership)
        session.flush()
        session.add(PartnershipCommune(partnership_id=partnership.id, insee=COMMUNE))
    diagnostic_id = new_diagnostic_through_dialog(qtbot, context)
    runner = make_runner(qtbot, context, diagnostic_id)
    assert runner.current_volet_name() == "fragilites"

    # skip logic: the count of isolated people appears only for « partiel » or « établi »
    isolement = runner.widgets["fr_isolement"]
    count = runner.widgets["fr_personnes_isolees"]
    choose(qtbot, isolement.buttons["emergent"])
    assert count.isHidden()
    choose(qtbot, isolement.buttons["partiel"])
    assert not count.isHidden()
    assert saved(store, diagnostic_id) == {"fr_isolement": "partiel"}

    # a constraint violation: the kit's message under the field, nothing saved
    type_line(qtbot, count, "-5")
    assert count.message.isVisibleTo(runner) and count.message.text() == "Indiquez un nombre entre 0 et 100 000."
    assert "fr_personnes_isolees" not in saved(store, diagnostic_id)
    type_line(qtbot, count, "12")
    assert count.message.isHidden()
    assert saved(store, diagnostic_id)["fr_personnes_isolees"] == 12

    # keyboard: next volet
    qtbot.keyClick(runner.widgets["fr_personnes_isolees"].line, Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)
    assert runner.current_volet_name() == "continuite"
    associations = runner.widgets["co_associations"]
    type_line(qtbot, associations, "beaucoup")
    assert "nombre entier" in associations.message.text()
    type_line(qtbot, associations, "0")
    assert runner.widgets["co_associations_activite"].isHidden()

    # the window is destroyed mid-way; a new one resumes exactly there
    runner.close()
    runner.deleteLater()
    qtbot.waitUntil(lambda: not runner.isVisible())
    runner = make_runner(qtbot, context, diagnostic_id)
    assert runner.current_volet_name() == "continuite"
    assert runner.widgets["co_associations"].line.text() == "0"
    assert runner.widgets["fr_isolement"].buttons["partiel"].isChecked()
    assert runner.widgets["fr_personnes_isolees"].line.text() == "12"

    # Vérifier lists every error; Enter on one jumps to its field
    qtbot.mouseClick(runner.ui.verifyButton, Qt.MouseButton.LeftButton)
    errors = runner.error_texts()
    assert any("Dynamique d'alliances" in text and "Merci de choisir un niveau" in text for text in errors)
    row = next(n for n, text in enumerate(errors) if "Dynamique d'alliances" in text)
    runner.ui.errors.setCurrentIndex(runner._errors_model.index(row, 0))
    qtbot.keyClick(runner.ui.errors, Qt.Key.Key_Return)
    assert runner.current_volet_name() == "alliances"
    assert runner.partnerships_model.rowCount() == 1
    assert runner.partnerships_model.data(runner.partnerships_model.index(0, 0)) == "Épicerie solidaire du bourg"
    alliances = runner.widgets["al_partenariats"]
    assert alliances.message.text() == spaced("Merci de choisir un niveau, ou « Ne sait pas ».")
    choose(qtbot, alliances.buttons["nsp"])
    assert runner.widgets["al_mondes"].isHidden()
    assert runner.error_texts() == ["No error: the diagnostic can be finalised."]

    # results: scores, radar, a priority, finalise
    qtbot.mouseClick(runner.ui.resultsButton, Qt.MouseButton.LeftButton)
    results = runner._results
    assert results.scores_model.rowCount() == 6
    assert len(results.chart.points) == 6
    results.ui.voletChoice.setCurrentIndex(results.ui.voletChoice.findData("alliances"))
    qtbot.mouseClick(results.ui.addPriority, Qt.MouseButton.LeftButton)
    assert results.priorities() == ["alliances"]
    click_yes_on_next_question()
    qtbot.mouseClick(results.ui.finaliseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status_of(store, diagnostic_id) == "finalised")
    assert not runner.widgets["fr_isolement"].buttons["etabli"].isEnabled()
    assert saved(store, diagnostic_id)["fr_isolement"] == "partiel"

    # revise: a new revision, the old one kept
    with qtbot.waitSignal(runner.open_requested) as opened:
        click_yes_on_next_question()
        qtbot.mouseClick(results.ui.reviseButton, Qt.MouseButton.LeftButton)
    new_id = opened.args[0]
    assert status_of(store, diagnostic_id) == "superseded"
    assert saved(store, new_id) == saved(store, diagnostic_id)
    revised = make_runner(qtbot, context, new_id)
    choose(qtbot, revised.widgets["fr_isolement"].buttons["etabli"])
    assert saved(store, new_id)["fr_isolement"] == "etabli"
    assert saved(store, diagnostic_id)["fr_isolement"] == "partiel"


def test_kit_edited_in_a_spreadsheet_installs_and_is_used(qtbot, context, store, tmp_path):
    path = tmp_path / "kit-modifie.xlsx"
    shutil.copy(shipped_kit_files()[0], path)
    workbook = openpyxl.load_workbook(path)
    survey = workbook["survey"]
    headers = [cell.value for cell in survey[1]]
    type_col, name_col = headers.index("type") + 1, headers.index("name") + 1
    label_col = headers.index("label::Français (fr)") + 1
    survey.insert_rows(3)
    survey.cell(3, type_col, "text")
    survey.cell(3, name_col, "fr_nouvelle_question")
    survey.cell(3, label_col, "Quelle initiative récente vous a marqué ?")
    for row in range(2, survey.max_row + 1):
        if survey.cell(row, name_col).value == "fr_sante":
            survey.cell(row, label_col, "L'accès aux soins est-il assuré pour tous les habitants ?")
    settings = workbook["settings"]
    version_col = [cell.value for cell in settings[1]].index("version") + 1
    old_version = settings.cell(2, version_col).value
    settings.cell(2, version_col, "2099.1")
    workbook.save(path)

    page = DiagnosticsPage(context)
    qtbot.addWidget(page)
    assert page.install_kit_file(str(path))
    assert "2099.1" in page.last_install_message.text()
    page.last_install_message.close()
    versions = [kit.version for kit in list_installed_kits(store)]
    assert versions[0] == "2099.1" and str(old_version) in versions  # the shipped ones (2026.2, 2026.1) follow
    diagnostic_id = start_diagnostic(store, COMMUNE)
    runner = make_runner(qtbot, context, diagnostic_id)
    assert runner.run.kit_version == "2099.1"
    # shown with French typography, whatever spaces the spreadsheet's author typed
    assert runner.widgets["fr_nouvelle_question"].label.text() == "Quelle initiative récente vous a marqué\u202f?"
    assert runner.widgets["fr_sante"].label.text() == "L'accès aux soins est-il assuré pour tous les habitants\u202f?"
    type_line(qtbot, runner.widgets["fr_nouvelle_question"], "Le marche du dimanche")
    assert saved(store, diagnostic_id) == {"fr_nouvelle_question": "Le marche du dimanche"}


def test_broken_kit_refused_with_every_problem(qtbot, context, store, tmp_path):
    path = tmp_path / "kit-casse.xlsx"
    shutil.copy(shipped_kit_files()[0], path)
    workbook = openpyxl.load_workbook(path)
    survey = workbook["survey"]
    headers = [cell.value for cell in survey[1]]
    survey.cell(3, headers.index("type") + 1, "select_one liste_absente")
    survey.cell(4, headers.index("relevant") + 1, "${question_inconnue} = 1")
    workbook["settings"].cell(2, 2, "2099.2")
    workbook.save(path)
    page = DiagnosticsPage(context)
    qtbot.addWidget(page)
    before = list_installed_kits(store)
    assert not page.install_kit_file(str(path))
    box = page.last_install_message
    assert "2 problem" in box.text() or "2 problème" in box.text()
    assert "liste_absente" in box.detailedText() and "question_inconnue" in box.detailedText()
    box.close()
    assert list_installed_kits(store) == before


def test_page_lists_and_opens_diagnostics(qtbot, context, store):
    first = start_diagnostic(store, COMMUNE)
    page = DiagnosticsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    from catalyseur_app.ui.pages.diagnostic.results import report_function
    assert page.ui.reportButton.isVisibleTo(page) == (report_function() is not None)
    assert page.model.data(page.model.index(0, 0)) == "Saint-Flour"
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    assert page.runner is not None and page.runner.run.id == first
    qtbot.mouseClick(page.runner.ui.backButton, Qt.MouseButton.LeftButton)
    assert page.ui.stack.currentWidget() is page.ui.listPage
