"""Quality pass on the document preview: fits the screen, says which page is shown."""

import sys
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reports"))
from report_samples import add_diagnostic, add_profile  # noqa: E402

from catalyseur_app.ui.context import AppContext  # noqa: E402
from catalyseur_app.ui.documents import DocumentPreviewDialog, show_diagnostic_report  # noqa: E402


def test_the_preview_fits_the_screen_and_follows_the_page(qtbot, store):
    add_profile(store)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    context = AppContext(store=store, undo_stack=QUndoStack())
    show_diagnostic_report(parent, context, add_diagnostic(store))
    qtbot.waitUntil(lambda: parent.findChild(DocumentPreviewDialog) is not None, timeout=10000)
    dialog = parent.findChild(DocumentPreviewDialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    pages = dialog.document.pageCount()
    assert dialog.ui.pageLabel.text().replace(" ", "") == f"Page1/{pages}"
    dialog.view.pageNavigator().jump(2, dialog.view.pageNavigator().currentLocation())
    qtbot.waitUntil(lambda: dialog.ui.pageLabel.text().replace(" ", "") == f"Page3/{pages}")
    dialog.close()
