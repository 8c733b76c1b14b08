"""A new diagnostic: commune, kit, date and the people around the table."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from catalyseur_app.diagnostics import DiagnosticError
from catalyseur_app.diagnostics.kits import list_installed_kits
from catalyseur_app.diagnostics.queries import commune_contacts
from catalyseur_app.diagnostics.sessions import Participant, start_diagnostic
from catalyseur_app.domain.vocabularies import CONTACT_ROLES
from catalyseur_app.messages import language
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.generated.ui_diagnostic_new import Ui_NewDiagnosticDialog
from catalyseur_app.ui.pages.diagnostic.models import ID_ROLE

NAME_ROLE = Qt.ItemDataRole.UserRole + 2
ROLE_ROLE = Qt.ItemDataRole.UserRole + 3


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
        for contact in commune_contacts(self.store, insee):
            role = CONTACT_ROLES.label(contact.role, language()) if contact.role else ""
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
        missing = "" if self.ui.date.value() else self.tr("Type the date of the diagnostic.")
        problem = self.ui.date.problem() or missing
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
