"""The Diagnostics page: the list of diagnostics, a new one, installing a kit, and the runner."""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from catalyseur_app.diagnostics import DiagnosticError
from catalyseur_app.diagnostics.kits import install_kit, list_installed_kits
from catalyseur_app.diagnostics.queries import commune_contacts
from catalyseur_app.diagnostics.sessions import Participant, start_diagnostic
from catalyseur_app.domain.vocabularies import CONTACT_ROLES
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.diagnostic_models import ID_ROLE, DiagnosticsModel
from catalyseur_app.ui.diagnostic_results import report_function
from catalyseur_app.ui.diagnostic_runner import DiagnosticRunner
from catalyseur_app.ui.generated.ui_diagnostic_new import Ui_NewDiagnosticDialog
from catalyseur_app.ui.generated.ui_diagnostics_page import Ui_DiagnosticsPage
from catalyseur_app.ui.widgets import ResponsiveColumns, compact_rows

NAME_ROLE = Qt.ItemDataRole.UserRole + 2
ROLE_ROLE = Qt.ItemDataRole.UserRole + 3


class DiagnosticsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.ui = Ui_DiagnosticsPage()
        self.ui.setupUi(self)
        self.model = DiagnosticsModel(self.store, context.language, self)
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
            "A diagnostic in progress gives a draft marked « PROVISOIRE » on every page."))
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
            text = (self.tr("The kit « %1 » version %2 was already installed.") if result.already_installed
                    else self.tr("The kit « %1 » version %2 is installed. New diagnostics will use it."))
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(text.replace("%1", kit.title).replace("%2", kit.version))
        else:
            problems = [str(problem) for problem in result.problems]
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(self.tr("The kit was not installed: %n problem(s) found. Nothing was changed.", "",
                                len(problems)))
            shown = problems[:12]
            more = len(problems) - len(shown)
            box.setInformativeText("\n".join(f"• {line}" for line in shown)
                                   + (self.tr("\n… and %n more (see the details).", "", more) if more else ""))
            box.setDetailedText("\n".join(problems))
        self.last_install_message = box
        box.open()
        return result.ok

    def open_report(self) -> None:
        diagnostic_id = self.selected_id()
        if diagnostic_id and self._report is not None:
            # Not finalised: the report is a draft marked « PROVISOIRE » (see reports.diagnostic_report).
            self._report(self, self.context, diagnostic_id)


class NewDiagnosticDialog(QDialog):
    """Commune, kit, date and the people around the table."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.created_id: str | None = None
        self.ui = Ui_NewDiagnosticDialog()
        self.ui.setupUi(self)
        newest: dict[str, object] = {}
        for info in list_installed_kits(self.store):
            newest.setdefault(info.form_id, info)
        for info in newest.values():
            self.ui.kit.addItem(self.tr("%1 (version %2)").replace("%1", info.title).replace("%2", info.version),
                                info.form_id)
        self.ui.date.set_value(QDate.currentDate().toPython())
        self.contacts_model = QStandardItemModel(self)
        self.ui.contacts.setModel(self.contacts_model)
        self.free_model = QStandardItemModel(self)
        self.ui.freeNames.setModel(self.free_model)
        self.ui.commune.commune_changed.connect(self._commune_changed)
        self.ui.addFree.clicked.connect(self._add_free)
        self.ui.freeName.returnPressed.connect(self._add_free)
        self.ui.freeRole.returnPressed.connect(self._add_free)
        self.ui.removeFree.clicked.connect(self._remove_free)
        start = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("&Start"))
        start.setToolTip(self.tr("Start the diagnostic with these participants (Enter)"))
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.addFree.setToolTip(self.tr("Add this person (Enter in the name field)"))
        self._commune_changed(None)

    def _commune_changed(self, insee: str | None) -> None:
        self.contacts_model.clear()
        if not insee:
            self.ui.communeChosen.setText(self.tr("Choose the commune in the list that appears as you type."))
            return
        commune = self.ui.commune.text()
        self.ui.communeChosen.setText(self.tr("Commune: %1 (INSEE %2)").replace("%1", commune).replace("%2", insee))
        language = self.context.language
        for contact in commune_contacts(self.store, insee):
            role = CONTACT_ROLES.label(contact.role, language) if contact.role else ""
            text = f"{contact.full_name} — {', '.join(filter(None, (role, contact.actor_name)))}"
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(contact.contact_id, ID_ROLE)
            item.setData(role, ROLE_ROLE)
            self.contacts_model.appendRow(item)
        if not self.contacts_model.rowCount():
            item = QStandardItem(self.tr("No contact recorded for the actors of this commune."))
            item.setEnabled(False)
            self.contacts_model.appendRow(item)

    def _add_free(self) -> None:
        name = self.ui.freeName.text().strip()
        if not name:
            return
        role = self.ui.freeRole.text().strip()
        item = QStandardItem(f"{name} — {role}" if role else name)
        item.setEditable(False)
        item.setData(name, NAME_ROLE)
        item.setData(role, ROLE_ROLE)
        self.free_model.appendRow(item)
        self.ui.freeName.clear()
        self.ui.freeRole.clear()
        self.ui.freeName.setFocus()

    def keyPressEvent(self, event) -> None:
        # Enter in the name or role of another person adds that person; it must not also press
        # « Commencer » (the line edit passes the key on to the dialog's default button).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.focusWidget() in (self.ui.freeName, self.ui.freeRole):
            event.accept()
            return
        super().keyPressEvent(event)

    def _remove_free(self) -> None:
        index = self.ui.freeNames.currentIndex()
        if index.isValid():
            self.free_model.removeRow(index.row())

    def participants(self) -> list[Participant]:
        people = []
        for row in range(self.contacts_model.rowCount()):
            item = self.contacts_model.item(row)
            if item.isCheckable() and item.checkState() == Qt.CheckState.Checked:
                people.append(Participant(contact_id=item.data(ID_ROLE), role=item.data(ROLE_ROLE) or ""))
        for row in range(self.free_model.rowCount()):
            item = self.free_model.item(row)
            people.append(Participant(name=item.data(NAME_ROLE), role=item.data(ROLE_ROLE) or ""))
        return people

    def _accept(self) -> None:
        insee = self.ui.commune.insee()
        if not insee:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Please choose the commune in the list."))
            self.ui.commune.setFocus()
            return
        if self.ui.freeName.text().strip():
            self._add_free()
        problem = self.ui.date.problem() or (
            "" if self.ui.date.value() else self.tr("Type the date of the diagnostic."))
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            self.ui.date.setFocus()
            return
        try:
            self.created_id = start_diagnostic(self.store, insee, self.participants(),
                                               kit_id=self.ui.kit.currentData(),
                                               started_on=self.ui.date.value())
        except DiagnosticError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.accept()
