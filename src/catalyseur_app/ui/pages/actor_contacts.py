"""The contacts of the actor open on the Acteurs page: add, edit, export everything held about a
person (right of access), erase a person (right to erasure)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from catalyseur_app.atomic import OutputError
from catalyseur_app.records import RecordNotFound
from catalyseur_app.records.contacts import erase_person, export_person, person_export_name
from catalyseur_app.store.errors import StoreError
from catalyseur_app.ui.list_model import RecordListModel
from catalyseur_app.ui.pages.contact_editor import ContactDialog
from catalyseur_app.ui.undo_commands import notify_changed, push_operation
from catalyseur_app.ui.widgets import ResponsiveColumns, compact_rows

# Contacts table (columns of the "contacts" list): role and consent date, then e-mail and phone.
CONTACT_COLUMNS = [(1, 16), (5, 11), (3, 26), (4, 15)]
CONTACT_NAME_CHARS = 16


class ActorContacts(QObject):
    """Drives the contacts tab of the page's ``ui`` for the actor of ``editor``.

    The dialogs are kept as attributes (``dialog``, ``confirm_box``) so tests drive them."""

    def __init__(self, page, editor) -> None:
        super().__init__(page)
        self.page, self.ui, self.editor = page, page.ui, editor
        self.context = page.context
        self.store = page.context.store
        self.dialog: ContactDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = RecordListModel(self.store, "contacts", parent=self)
        self.model.set_filters({"actor": "-"})
        table = self.ui.contactsTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        compact_rows(table)
        table.sortByColumn(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        # The contacts shown are those of the open actor: its name would repeat on every row.
        # Name, role and consent always (the table is never narrower than them); e-mail and
        # phone as room allows.
        self.columns = ResponsiveColumns(table, 0, CONTACT_COLUMNS, stretch_chars=CONTACT_NAME_CHARS, hidden=(2,))
        table.setMinimumWidth(self.columns.width_of(CONTACT_NAME_CHARS, *CONTACT_COLUMNS[:2])
                              + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width() + 2)
        self.ui.addContactButton.clicked.connect(self.add)
        self.ui.editContactButton.clicked.connect(self.edit)
        # ``activated`` alone: a double-click emits it too (connecting doubleClicked as well opened
        # the contact twice, and saving the stale copy erased what the first one had saved).
        table.activated.connect(lambda _index: self.edit())
        self.ui.exportContactButton.clicked.connect(self.ask_export)
        self.ui.eraseContactButton.clicked.connect(self.ask_erase)
        self.ui.addContactButton.setToolTip(self.tr("Add a contact to this actor"))
        self.ui.exportContactButton.setToolTip(self.tr("Export everything held about this person (xlsx or JSON)"))
        self.ui.eraseContactButton.setToolTip(self.tr("Erase this person's data (cannot be undone)"))

    def reload(self) -> None:
        self.model.set_filters({"actor": self.editor.actor_id or "-"})
        self.ui.detailTabs.setTabText(1, self.tr("Contacts (%1)").replace("%1", str(self.model.total)))

    def update_buttons(self) -> None:
        self.ui.addContactButton.setEnabled(self.editor.actor_id is not None)
        has_contact = self.current_id() is not None
        for button in (self.ui.editContactButton, self.ui.exportContactButton, self.ui.eraseContactButton):
            button.setEnabled(has_contact)

    def current_id(self) -> str | None:
        rows = self.ui.contactsTable.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def add(self) -> None:
        if self.editor.actor_id:
            self._open(None)

    def edit(self) -> None:
        contact_id = self.current_id()
        if contact_id:
            self._open(contact_id)

    def _open(self, contact_id: str | None) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.isVisible() and contact_id is not None and dialog.contact_id == contact_id:
            dialog.raise_()  # already open: one editor per record
            dialog.activateWindow()
            return
        try:
            dialog = ContactDialog(self.store, self.editor.actor_id, contact_id, self.page)
        except RecordNotFound as error:
            self.editor.set_status(str(error))
            return
        dialog.saved.connect(lambda operation: push_operation(self.context.undo_stack, operation))
        self.dialog = dialog
        dialog.open()

    def ask_export(self) -> None:
        if not self.current_id():
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.page, self.tr("Export the person"), str(self.proposed_export_path()),
            self.tr("Excel workbook (*.xlsx);;JSON (*.json)"))
        if path:
            self.export_to(path)

    def proposed_export_path(self) -> Path:
        """In the Documents folder (else the home folder), named after the person and today's date."""
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        rows = self.ui.contactsTable.selectionModel().selectedRows()
        name = (self.model.raw_value(rows[0].row(), "full_name") if rows else None) or ""
        return folder / person_export_name(name, date.today())

    def export_to(self, path: str) -> bool:
        contact_id = self.current_id()
        if not contact_id:
            return False
        try:
            written = export_person(self.store, contact_id, path)
        except (OutputError, RecordNotFound) as error:
            self.editor.set_status(str(error))
            return False
        self.editor.set_status(self.tr("Exported to %1.").replace("%1", str(written)))
        return True

    def ask_erase(self) -> None:
        contact_id = self.current_id()
        if not contact_id:
            return
        name = self.model.raw_value(self.ui.contactsTable.currentIndex().row(), "full_name")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase a person"),
                          self.tr("Erase every detail held about “%1”? Only an erasure mark stays, so "
                                  "the erasure also reaches the foundation. This cannot be undone.")
                          .replace("%1", name or ""), parent=self.page)
        box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self._erase_answer(box, button, contact_id))
        self.confirm_box = box
        box.open()

    def _erase_answer(self, box: QMessageBox, button, contact_id: str) -> None:
        if box.buttonRole(button) != QMessageBox.ButtonRole.DestructiveRole:
            return
        try:
            erase_person(self.store, contact_id)
        except (RecordNotFound, OutputError, StoreError) as error:  # StoreError: the erasure register
            self.editor.set_status(str(error))
            return
        notify_changed({"contacts"})
        self.editor.set_status(self.tr("The person's details were erased."))
