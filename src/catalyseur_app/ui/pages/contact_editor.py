"""The contact form (forms/contact_editor.ui) as a dialog that saves through the use cases.

``saved`` carries the undoable Operation; the dialog stays open with inline messages (French or English)
while something is wrong, and nothing is saved until it is fixed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from catalyseur_app.domain.vocabularies import CONSENT_SOURCES, CONTACT_ROLES
from catalyseur_app.messages import language
from catalyseur_app.records import RecordNotFound, StaleRecord, ValidationError
from catalyseur_app.records.contacts import ContactData, create_contact, load_contact, update_contact
from catalyseur_app.ui.generated.ui_contact_editor import Ui_ContactEditor
from catalyseur_app.ui.widgets import FieldErrors


class ContactDialog(QDialog):
    saved = Signal(object)  # records.undo.Operation

    def __init__(self, store, actor_id: str, contact_id: str | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_ContactEditor()
        self.ui.setupUi(self)
        self._store, self._actor_id, self.contact_id = store, actor_id, contact_id
        self.version: int | None = None  # of the contact as loaded: a save over a newer one is refused
        self.message_box: QMessageBox | None = None
        ui = self.ui
        ui.role.addItem(self.tr("— not specified —"), "")
        for term in CONTACT_ROLES:
            ui.role.addItem(term.label(language()), term.code)
        ui.consentSource.addItem(self.tr("— choose —"), "")
        for term in CONSENT_SOURCES:
            ui.consentSource.addItem(term.label(language()), term.code)
        ui.consentDate.bind_message(ui.consentDateError)  # empty until typed: never « today » by default
        ui.consentGiven.toggled.connect(self._consent_toggled)
        self.errors = FieldErrors({
            "full_name": (ui.fullName, ui.fullNameError), "role": (ui.role, ui.roleError),
            "email": (ui.email, ui.emailError), "phone": (ui.phone, ui.phoneError),
            "consent_date": (ui.consentDate, ui.consentDateError),
            "consent_source": (ui.consentSource, ui.consentSourceError),
            "notes": (ui.notes, ui.notesError),
        })
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Contact") if contact_id else self.tr("New contact"))
        if contact_id:
            self._fill(load_contact(store, contact_id))
        else:
            self._consent_toggled(False)

    def _fill(self, data: ContactData) -> None:
        ui = self.ui
        self.version = data.version
        ui.fullName.setText(data.full_name)
        ui.role.setCurrentIndex(max(0, ui.role.findData(data.role)))
        ui.email.setText(data.email)
        ui.phone.setText(data.phone)
        ui.consentGiven.setChecked(data.consent_date is not None)
        ui.consentDate.set_value(data.consent_date)
        ui.consentSource.setCurrentIndex(max(0, ui.consentSource.findData(data.consent_source)))
        ui.notes.setPlainText(data.notes)
        self._consent_toggled(ui.consentGiven.isChecked())

    def _consent_toggled(self, on: bool) -> None:
        self.ui.consentDate.setEnabled(on)
        self.ui.consentSource.setEnabled(on)

    def data(self) -> ContactData:
        ui = self.ui
        consent = ui.consentGiven.isChecked()
        return ContactData(
            actor_id=self._actor_id, full_name=ui.fullName.text(), role=ui.role.currentData() or "",
            email=ui.email.text(), phone=ui.phone.text(),
            consent_date=ui.consentDate.value() if consent else None,
            consent_source=(ui.consentSource.currentData() or "") if consent else "",
            notes=ui.notes.toPlainText(), version=self.version,
        )

    def save(self) -> None:
        if self.ui.consentGiven.isChecked():
            problem = self.ui.consentDate.problem() or (
                "" if self.ui.consentDate.value() else self.tr("Type the date the consent was given, e.g. 15/11/2026."))
            if problem:
                self.errors.show({"consent_date": problem})
                return
        try:
            if self.contact_id:
                operation = update_contact(self._store, self.contact_id, self.data())
            else:
                operation = create_contact(self._store, self.data())
        except ValidationError as error:
            self.errors.show(error.field_errors)
            return
        except RecordNotFound as error:
            self.errors.show({"full_name": str(error)})
            return
        except StaleRecord as error:
            self.message_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), str(error),
                                           QMessageBox.StandardButton.Ok, self)
            self.message_box.open()
            return
        self.contact_id = operation.subject_id
        self.saved.emit(operation)
        self.accept()
