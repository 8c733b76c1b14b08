import datetime as dt
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QUndoStack
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reports"))
from report_samples import add_activities, add_diagnostic, add_partnership, add_profile  # noqa: E402

from catalyseur_app.ui import documents  # noqa: E402
from catalyseur_app.ui.context import AppContext  # noqa: E402
from catalyseur_app.ui.documents import (  # noqa: E402
    DocumentPreviewDialog,
    SummaryDialog,
    show_diagnostic_report,
    show_partnership_sheet,
    show_summary,
)


@pytest.fixture
def window(qtbot, store):
    add_profile(store)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    return parent, AppContext(store=store, undo_stack=QUndoStack())


def _preview(qtbot, parent) -> DocumentPreviewDialog:
    qtbot.waitUntil(lambda: parent.findChild(DocumentPreviewDialog) is not None, timeout=10000)
    dialog = parent.findChild(DocumentPreviewDialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


def test_preview_save_and_print_the_diagnostic_report(qtbot, window, tmp_path, monkeypatch):
    parent, context = window
    diagnostic_id = add_diagnostic(context.store)
    show_diagnostic_report(parent, context, diagnostic_id)
    dialog = _preview(qtbot, parent)
    pages = dialog.document.pageCount()
    assert pages >= 5
    assert dialog.file_name == "diagnostic-saint-flour-2026-11-26.pdf"
    assert "page(s)" not in dialog.ui.pageLabel.text() or str(pages) in dialog.ui.pageLabel.text()
    dialog.resize(700, 800)
    dialog.grab().save(str(tmp_path / "preview.png"))

    # Enregistrer sous… through the real button: the proposed name is the meaningful one
    proposed = {}

    def fake_save(parent_widget, caption, directory, file_filter):
        proposed["path"] = directory
        return str(tmp_path / "mon rapport"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    qtbot.mouseClick(dialog.ui.saveButton, documents.Qt.MouseButton.LeftButton)
    assert proposed["path"].endswith("diagnostic-saint-flour-2026-11-26.pdf")
    saved = tmp_path / "mon rapport.pdf"
    assert len(PdfReader(str(saved)).pages) == pages
    assert context.store.get_setting(documents.LAST_FOLDER_SETTING) == str(tmp_path)

    # Imprimer… : the system dialog accepted, printed to a PDF file, every page there
    printed = tmp_path / "imprime.pdf"

    def accept_print(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept_print)
    assert dialog.print_document()
    assert len(PdfReader(str(printed)).pages) == pages


def test_partnership_sheet_preview(qtbot, window):
    parent, context = window
    partnership_id = add_partnership(context.store)
    show_partnership_sheet(parent, context, partnership_id)
    dialog = _preview(qtbot, parent)
    assert dialog.document.pageCount() == 1
    assert dialog.file_name == "partenariat-repas-partages-des-hameaux.pdf"


def test_unknown_diagnostic_shows_a_french_message(qtbot, window, monkeypatch):
    parent, context = window
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    show_diagnostic_report(parent, context, "absent")
    qtbot.waitUntil(lambda: bool(shown))
    assert "n'existe pas" in shown[0]
    assert parent.findChild(DocumentPreviewDialog) is None


def test_summary_dialog_defaults_to_last_quarter_and_refuses_reversed_period(qtbot):
    dialog = SummaryDialog(today=dt.date(2026, 11, 26))
    qtbot.addWidget(dialog)
    assert dialog.period() == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    dialog.ui.toDate.set_value(dialog.ui.fromDate.value() - dt.timedelta(days=1))
    dialog.ui.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "before" in dialog.ui.errorLabel.text() or "avant" in dialog.ui.errorLabel.text()


def test_summary_pdf_and_workbook_from_the_window(qtbot, window, tmp_path, monkeypatch):
    parent, context = window
    add_partnership(context.store)
    add_activities(context.store, count=20, start=dt.date(2026, 7, 2))

    def choose(radio):
        def run(self):
            getattr(self.ui, radio).setChecked(True)
            self.ui.buttons.accepted.emit()
            return self.result()
        return run

    monkeypatch.setattr(SummaryDialog, "exec", choose("pdfRadio"))
    show_summary(parent, context, today=dt.date(2026, 11, 26))
    dialog = _preview(qtbot, parent)
    assert dialog.file_name == "synthese-2026-07-01-au-2026-09-30.pdf"
    assert dialog.document.pageCount() >= 2
    dialog.close()
    qtbot.waitUntil(lambda: parent.findChild(DocumentPreviewDialog) is None)

    monkeypatch.setattr(SummaryDialog, "exec", choose("xlsxRadio"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "synthese-trimestre.xlsx"), ""))
    done = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: done.append(args[2]))
    show_summary(parent, context, today=dt.date(2026, 11, 26))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    workbook = openpyxl.load_workbook(tmp_path / "synthese-trimestre.xlsx")
    assert workbook["Métiers"]["B2"].value is not None
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["synthese-trimestre.xlsx"]
