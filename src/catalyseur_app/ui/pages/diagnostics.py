"""The Diagnostics page: the list of diagnostics, a new one, installing a kit, and the runner."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from catalyseur_app.diagnostics import DiagnosticError
from catalyseur_app.diagnostics.kits import install_kit
from catalyseur_app.formatting import format_number
from catalyseur_app.messages import plural
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.generated.ui_diagnostics import Ui_DiagnosticsPage
from catalyseur_app.ui.pages.diagnostic.models import ID_ROLE, DiagnosticsModel
from catalyseur_app.ui.pages.diagnostic.new import NewDiagnosticDialog
from catalyseur_app.ui.pages.diagnostic.results import report_function
from catalyseur_app.ui.pages.diagnostic.runner import DiagnosticRunner
from catalyseur_app.ui.widgets import ResponsiveColumns, compact_rows


class DiagnosticsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.ui = Ui_DiagnosticsPage()
        self.ui.setupUi(self)
        self.model = DiagnosticsModel(self.store, self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().hide()
        compact_rows(self.ui.table)
        # Commune stretches; then, as room allows: date, status, INSEE, revision, kit, version.
        self.columns = ResponsiveColumns(self.ui.table, 0, [(2, 10), (3, 28), (1, 12), (6, 8), (4, 30), (5, 8)],
                                         stretch_chars=24)
        self.runner: DiagnosticRunner | None = None
        self._typed: dict[str, dict[str, str]] = {}  # diagnostic -> invalid text typed, not saved
        self._report = report_function()
        self.ui.reportButton.setVisible(self._report is not None)
        self.ui.newButton.clicked.connect(self.new_diagnostic)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.table.activated.connect(lambda _index: self.open_selected())
        self.ui.installKitButton.clicked.connect(self.choose_and_install_kit)
        self.ui.reportButton.clicked.connect(self.open_report)
        for button, keys, tip in (
            (self.ui.newButton, "Ctrl+N", self.tr("Start a diagnostic with a commune")),
            (self.ui.openButton, "Ctrl+O", self.tr("Open the selected diagnostic (or Enter)")),
            (self.ui.installKitButton, "Ctrl+I", self.tr("Install a kit workbook (.xlsx) published by the foundation")),
            (self.ui.reportButton, "Ctrl+Shift+P", self.tr("PDF report of the selected diagnostic")),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.ui.listPage)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda b=button: b.isVisible() and b.click())
            button.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        # Entrée opens the selected diagnostic wherever the focus is (the sidebar included).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.ui.listPage)
            enter.setContext(Qt.ShortcutContext.WindowShortcut)
            enter.activated.connect(lambda: self.ui.openButton.isEnabled() and self.open_selected())
        self.ui.reportButton.setToolTip(self.ui.reportButton.toolTip() + "\n" + self.tr(
            "A diagnostic in progress gives a draft marked “PROVISOIRE” on every page."))
        self.refresh()

    # --- list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.reload()
        empty = self.model.rowCount() == 0
        self.ui.emptyLabel.setVisible(empty)
        self.ui.openButton.setEnabled(not empty)
        self.ui.reportButton.setEnabled(not empty)
        row = self.model.row_of(selected) if selected else (0 if not empty else -1)
        if row >= 0:
            self.ui.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def selected_id(self) -> str | None:
        index = self.ui.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def apply_filters(self, diagnostic: str | None = None, plan: bool = False, **_filters) -> None:
        if diagnostic:
            runner = self.open_diagnostic(diagnostic)
            if runner is not None and plan:
                runner.show_action_plan()

    def open_selected(self) -> None:
        diagnostic_id = self.selected_id()
        if diagnostic_id:
            self.open_diagnostic(diagnostic_id)

    # --- runner -------------------------------------------------------------------------
    def open_diagnostic(self, diagnostic_id: str) -> DiagnosticRunner | None:
        if self.runner is not None and self.runner.run.id == diagnostic_id:
            self.ui.stack.setCurrentWidget(self.ui.runnerPage)  # already open: one runner per diagnostic
            self.runner.setFocus()
            return self.runner
        self.close_runner()
        try:
            runner = DiagnosticRunner(self.context, diagnostic_id, self.ui.runnerPage,
                                      typed=self._typed.pop(diagnostic_id, None))
        except DiagnosticError as error:
            QMessageBox.warning(self, self.tr("Diagnostic"), str(error))
            return None
        runner.back_requested.connect(self.show_list)
        runner.status_changed.connect(self.refresh)
        runner.open_requested.connect(self.open_diagnostic)
        self.ui.runnerLayout.addWidget(runner)
        self.runner = runner
        self.ui.stack.setCurrentWidget(self.ui.runnerPage)
        runner.setFocus()
        runner._focus_first()
        return runner

    def close_runner(self) -> None:
        if self.runner is not None:
            self.runner.flush()
            self._typed[self.runner.run.id] = self.runner.typed_invalid()
            self.runner.hide()
            self.runner.deleteLater()
            self.runner = None

    def show_list(self) -> None:
        self.close_runner()
        self.ui.stack.setCurrentWidget(self.ui.listPage)
        self.refresh()
        self.ui.table.setFocus()

    def maybe_leave(self) -> bool:
        if self.runner is not None:
            self.runner.flush()  # every answer is saved: nothing to ask
        return True

    # --- actions ------------------------------------------------------------------------
    def new_diagnostic(self) -> str | None:
        try:
            dialog = NewDiagnosticDialog(self.context, self)
        except DiagnosticError as error:
            QMessageBox.warning(self, self.tr("New diagnostic"), str(error))
            return None
        if not dialog.exec():
            return None
        diagnostic_id = dialog.created_id
        self.refresh()
        self.open_diagnostic(diagnostic_id)
        return diagnostic_id

    def choose_and_install_kit(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Install a kit"), "", self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if path:
            self.install_kit_file(path)

    def install_kit_file(self, path: str) -> bool:
        """Install the workbook at ``path``; on refusal show every problem, nothing installed."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = install_kit(self.store, path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Install a kit"))
        if result.ok:
            kit = result.kit
            text = (self.tr("The kit “%1” version %2 was already installed.") if result.already_installed
                    else self.tr("The kit “%1” version %2 is installed. New diagnostics will use it."))
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(text.replace("%1", kit.title).replace("%2", kit.version))
        else:
            problems = [str(problem) for problem in result.problems]
            box.setIcon(QMessageBox.Icon.Warning)
            found = (self.tr("The kit was not installed: %1 problems found. Nothing was changed.")
                     if plural(len(problems))
                     else self.tr("The kit was not installed: %1 problem found. Nothing was changed."))
            box.setText(found.replace("%1", format_number(len(problems))))
            shown = problems[:12]
            more = len(problems) - len(shown)
            box.setInformativeText("\n".join(f"• {line}" for line in shown)
                                   + (self._more_text(more) if more else ""))
            box.setDetailedText("\n".join(problems))
        self.last_install_message = box
        box.open()
        return result.ok

    def _more_text(self, more: int) -> str:
        text = (self.tr("\n… and %1 more problems (see the details).") if plural(more)
                else self.tr("\n… and %1 more problem (see the details)."))
        return text.replace("%1", format_number(more))

    def open_report(self) -> None:
        diagnostic_id = self.selected_id()
        if diagnostic_id and self._report is not None:
            # Not finalised: the report is a draft marked « PROVISOIRE » (see reports.diagnostic_report).
            self._report(self, self.context, diagnostic_id)
