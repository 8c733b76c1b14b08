"""Documents in the window: preview (QtPdf), print, save; the summary's period chooser.

Other pages and the main window's menu call the three public functions:
``show_diagnostic_report``, ``show_partnership_sheet`` and ``show_summary``. The documents are
made off the GUI thread (``run_task``) by the same use cases as the CLI (``reports.outputs``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from catalyseur_app.atomic import OutputError, write_atomically
from catalyseur_app.output_guard import check_output
from catalyseur_app.reports.data import ReportError, diagnostic_report_data, partnership_sheet_data
from catalyseur_app.reports.outputs import (
    diagnostic_file_name,
    partnership_file_name,
    summary_file_name,
    write_summary,
)
from catalyseur_app.reports.summary_data import last_quarter, summary_data
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.generated.ui_documents_preview import Ui_DocumentPreviewDialog
from catalyseur_app.ui.generated.ui_documents_summary import Ui_SummaryDialog
from catalyseur_app.ui.tasks import run_task

LAST_FOLDER_SETTING = "documents.last_folder"
EXPECTED_ERRORS = (ReportError, OutputError)


def _folder(context: AppContext) -> Path:
    saved = context.store.get_setting(LAST_FOLDER_SETTING)
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_save_path(parent: QWidget, context: AppContext, file_name: str, file_filter: str) -> Path | None:
    caption = QCoreApplication.translate("DocumentActions", "Save the document")
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(_folder(context) / file_name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    wanted = Path(file_name).suffix
    if path.suffix.lower() != wanted:
        path = path.with_name(path.name + wanted)
    context.store.set_setting(LAST_FOLDER_SETTING, str(path.parent))
    return path


def _show_error(parent: QWidget, error: Exception) -> None:
    if isinstance(error, EXPECTED_ERRORS):
        message = str(error)
    else:
        message = QCoreApplication.translate("DocumentActions",
                                             "The document could not be made: {error}").format(error=error)
    QMessageBox.warning(parent, QCoreApplication.translate("DocumentActions", "Document"), message)


class DocumentPreviewDialog(QDialog):
    """Shows a PDF made in memory; prints it or saves it under a meaningful name."""

    def __init__(self, context: AppContext, pdf: bytes, file_name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DocumentPreviewDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context, self.pdf, self.file_name = context, pdf, file_name
        self.setWindowTitle(title)
        self.ui.titleLabel.setText(f"<b>{_escape(title)}</b>")
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Document pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.ui.viewLayout.addWidget(self.view)
        self._show_page(0)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._fit_screen()
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(self.save_as)
        self.ui.zoomInButton.clicked.connect(lambda: self._zoom(1.25))
        self.ui.zoomOutButton.clicked.connect(lambda: self._zoom(0.8))
        self.ui.fitWidthButton.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_document),
                           (QKeySequence.StandardKey.Save, self.save_as),
                           (QKeySequence.StandardKey.ZoomIn, lambda: self._zoom(1.25)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self._zoom(0.8)),
                           (QKeySequence("Ctrl+0"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.ui.saveButton.setFocus()

    def _show_page(self, page: int) -> None:
        if not isValid(self.ui.pageLabel) or not isValid(self.document):
            return  # the view reports its page while the dialog is being destroyed
        self.ui.pageLabel.setText(self.tr("Page {page} / {count}").format(
            page=page + 1, count=self.document.pageCount()))

    def _fit_screen(self) -> None:
        """Never taller or wider than the screen (a 768-pixel laptop hid the buttons)."""
        screen = (self.parentWidget() or self).screen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() - 40), min(self.height(), room.height() - 60))

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def save_as(self) -> Path | None:
        path = ask_save_path(self, self.context, self.file_name, self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        try:
            check_output(path, ".pdf", self.context.store.data_dir)
            write_atomically(path, lambda temporary: temporary.write_bytes(self.pdf))
        except OutputError as error:
            QMessageBox.warning(self, self.tr("Save the document"), str(error))
            return None
        return path

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.print_to(printer)
        return True

    def print_to(self, printer: QPrinter) -> None:
        """Draw every chosen page as an image at the printer's resolution (QtPdf renders, Qt prints)."""
        first, last = 1, self.document.pageCount()
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or last, last)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be opened."))
            return
        try:
            dpi = min(printer.resolution(), 300)
            page = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            for number in range(first - 1, last):
                if number > first - 1:
                    printer.newPage()
                points = self.document.pagePointSize(number)
                image = self.document.render(number, QSize(int(points.width() / 72 * dpi),
                                                           int(points.height() / 72 * dpi)))
                size = image.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
        finally:
            painter.end()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SummaryDialog(QDialog):
    """The period (from, to; the last quarter by default) and the format of the summary."""

    def __init__(self, parent: QWidget | None = None, today: _dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_SummaryDialog()
        self.ui.setupUi(self)
        start, end = last_quarter(today)
        self.ui.fromDate.set_value(start)
        self.ui.toDate.set_value(end)
        for field in (self.ui.fromDate, self.ui.toDate):
            field.bind_message(self.ui.errorLabel)
        self.ui.buttons.accepted.connect(self._accept)

    def period(self) -> tuple[_dt.date | None, _dt.date | None]:
        """The days typed, both included (None for a field empty or not understood)."""
        return self.ui.fromDate.value(), self.ui.toDate.value()

    def suffix(self) -> str:
        return ".xlsx" if self.ui.xlsxRadio.isChecked() else ".pdf"

    def _accept(self) -> None:
        for field in (self.ui.fromDate, self.ui.toDate):
            problem = field.problem() or ("" if field.value() else self.tr("Type a date, e.g. 31/12/2026."))
            if problem:
                self.ui.errorLabel.setText(problem)
                self.ui.errorLabel.show()
                field.setFocus()
                return
        start, end = self.period()
        if end < start:
            self.ui.errorLabel.setText(self.tr("The last day is before the first one: choose a period in order."))
            self.ui.toDate.setFocus()
            return
        self.accept()


def _preview(parent: QWidget, context: AppContext, title: str, make: Callable[[object], tuple[bytes, str]]):
    def done(result) -> None:
        pdf, file_name = result
        dialog = DocumentPreviewDialog(context, pdf, file_name, title, parent)
        dialog.show()

    preparing = QCoreApplication.translate("DocumentActions", "Preparing the document…")
    return run_task(parent, preparing, make, done, lambda error: _show_error(parent, error))


def show_diagnostic_report(parent: QWidget, context: AppContext, diagnostic_id: str):
    """Make the mayor's report off the GUI thread, then preview it (print, save)."""
    from catalyseur_app.reports.diagnostic_report import build_diagnostic_report

    def make(progress):
        data = diagnostic_report_data(context.store, diagnostic_id)
        return build_diagnostic_report(data, None, progress), diagnostic_file_name(data.commune.name, data.started_on)

    return _preview(parent, context, QCoreApplication.translate("DocumentActions", "Diagnostic report"), make)


def show_partnership_sheet(parent: QWidget, context: AppContext, partnership_id: str):
    from catalyseur_app.reports.partnership_sheet import build_partnership_sheet

    def make(progress):
        data = partnership_sheet_data(context.store, partnership_id)
        return build_partnership_sheet(data, None, progress), partnership_file_name(data.title)

    return _preview(parent, context, QCoreApplication.translate("DocumentActions", "Partnership sheet"), make)


def show_summary(parent: QWidget, context: AppContext, *, today: _dt.date | None = None):
    """Ask for the period and format; preview the PDF, or save the workbook where the person chooses."""
    dialog = SummaryDialog(parent, today)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    start, end = dialog.period()
    if dialog.suffix() == ".pdf":
        from catalyseur_app.reports.summary_pdf import build_summary_pdf

        def make(progress):
            data = summary_data(context.store, start, end, progress=progress)
            return build_summary_pdf(data, None, progress), summary_file_name(start, end, ".pdf")

        return _preview(parent, context, QCoreApplication.translate("DocumentActions", "Activity summary"), make)
    workbooks = QCoreApplication.translate("DocumentActions", "Excel workbooks (*.xlsx)")
    path = ask_save_path(parent, context, summary_file_name(start, end, ".xlsx"), workbooks)
    if path is None:
        return None

    def saved(result) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("DocumentActions", "Activity summary"),
                                QCoreApplication.translate("DocumentActions",
                                                           "The workbook was saved: {path}").format(path=result))

    return run_task(parent, QCoreApplication.translate("DocumentActions", "Preparing the workbook…"),
                    lambda progress: write_summary(context.store, start, end, path, progress),
                    saved, lambda error: _show_error(parent, error))
