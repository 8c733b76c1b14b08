"""Quality pass on the document preview: fits the screen, says which page is shown."""

import sys
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtPdf import QPdfDocument

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reports"))
from report_samples import add_diagnostic, add_profile  # noqa: E402

from catalyseur_app.progress import Progress  # noqa: E402
from catalyseur_app.reports.data import diagnostic_report_data  # noqa: E402
from catalyseur_app.reports.diagnostic_report import build_diagnostic_report  # noqa: E402
from catalyseur_app.ui.context import AppContext  # noqa: E402
from catalyseur_app.ui.documents import DocumentPreviewDialog  # noqa: E402


def test_the_preview_fits_the_screen_and_follows_the_page(qtbot, store):
    add_profile(store)
    pdf = build_diagnostic_report(diagnostic_report_data(store, add_diagnostic(store)), None, Progress())
    dialog = DocumentPreviewDialog(AppContext(store=store, undo_stack=QUndoStack()), pdf, "rapport.pdf", "Rapport")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    pages = dialog.document.pageCount()
    assert pages >= 5
    assert dialog.ui.pageLabel.text().replace(" ", "") == f"Page1/{pages}"
    dialog.view.pageNavigator().jump(2, dialog.view.pageNavigator().currentLocation())
    qtbot.waitUntil(lambda: dialog.ui.pageLabel.text().replace(" ", "") == f"Page3/{pages}")
