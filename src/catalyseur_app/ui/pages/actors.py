"""The Acteurs page: the list of actors (search, filters), the actor form, its contacts, the trash.

Keyboard: Ctrl+N new actor, Ctrl+S save, Suppr delete (to the trash), Ctrl+F search,
Ctrl+M merge two selected actors, Ctrl+Shift+T trash. Every change is undoable with Ctrl+Z
through the shared undo stack. Dialogs are opened with ``open()`` (window-modal, not blocking),
kept as attributes (``merge_dialog``, ``contact_dialog``, ``confirm_box``) so tests drive them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from catalyseur_app.atomic import OutputError
from catalyseur_app.domain.vocabularies import ACTOR_KINDS
from catalyseur_app.formatting import format_number
from catalyseur_app.records import RecordNotFound, StaleRecord, ValidationError
from catalyseur_app.records.actors import (
    create_actor,
    find_duplicates,
    load_actor,
    merge_actors,
    update_actor,
)
from catalyseur_app.records.contacts import (
    erase_person,
    export_person,
    person_export_name,
)
from catalyseur_app.records.trash import (
    delete_records,
    empty_trash,
    list_trash,
    restore_records,
)
from catalyseur_app.store.errors import StoreError
from catalyseur_app.ui.generated.ui_actors_page import Ui_ActorsPage
from catalyseur_app.ui.list_model import RecordListModel
from catalyseur_app.ui.pages.actor_editor import ActorEditor
from catalyseur_app.ui.pages.contact_dialog import ContactDialog
from catalyseur_app.ui.undo_commands import (
    notify_changed,
    push_operation,
    record_changes,
)
from catalyseur_app.ui.widgets import ResponsiveColumns, compact_rows

# Contacts table (columns of the "contacts" list): role and consent date, then e-mail and phone.
_CONTACT_COLUMNS = [(1, 16), (5, 11), (3, 26), (4, 15)]
_CONTACT_NAME_CHARS = 16


class ActorsPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.ui = Ui_ActorsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.editor = ActorEditor(context.language, self)
        ui.actorTab.layout().addWidget(self.editor)
        self.model = RecordListModel(self.store, "actors", context.language, parent=self)
        self.contacts_model = RecordListModel(self.store, "contacts", context.language, parent=self)
        self.contacts_model.set_filters({"actor": "-"})
        self.trash_model = RecordListModel(self.store, "trash", context.language, parent=self)
        for view, model in ((ui.table, self.model), (ui.contactsTable, self.contacts_model),
                            (ui.trashTable, self.trash_model)):
            view.setModel(model)
            view.verticalHeader().hide()
            compact_rows(view)
            view.sortByColumn(model.sort_column(), Qt.SortOrder.AscendingOrder)
        # The latest deletions first: they are the ones a person wants back.
        ui.trashTable.sortByColumn(self.trash_model.sort_column(), Qt.SortOrder.DescendingOrder)
        # Name stretches; then, as room allows: commune, kind, contacts, SIREN, modified.
        self.columns = ResponsiveColumns(ui.table, 0, [(2, 24), (1, 22), (4, 8), (3, 15), (5, 11)],
                                         stretch_chars=28)
        # The contacts shown are those of the open actor: its name would repeat on every row.
        # Name, role and consent always (the table is never narrower than them); e-mail and
        # phone as room allows.
        self.contact_columns = ResponsiveColumns(ui.contactsTable, 0, _CONTACT_COLUMNS,
                                                 stretch_chars=_CONTACT_NAME_CHARS, hidden=(2,))
        table = ui.contactsTable
        table.setMinimumWidth(self.contact_columns.width_of(_CONTACT_NAME_CHARS, *_CONTACT_COLUMNS[:2])
                              + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width() + 2)
        self.trash_columns = ResponsiveColumns(ui.trashTable, 1, [(0, 14), (2, 11)], stretch_chars=24)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        self._splitter_moved = False
        ui.splitter.splitterMoved.connect(lambda *_: setattr(self, "_splitter_moved", True))
        self._split_timer = QTimer(self, singleShot=True, interval=0, timeout=self._fit_splitter)
        ui.splitter.installEventFilter(self)
        ui.toolbar.setStretchFactor(ui.search, 3)
        ui.toolbar.setStretchFactor(ui.communeFilter, 2)
        ui.kindFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.kindFilter.setMinimumContentsLength(16)
        ui.kindFilter.setToolTip(self.tr("Show only one kind of actor"))
        ui.communeFilter.setToolTip(self.tr("Show only the actors of one commune"))
        ui.kindFilter.addItem(self.tr("All kinds"), "")
        for term in ACTOR_KINDS:
            ui.kindFilter.addItem(term.label(context.language), term.code)
        self._pending_duplicate_check = True
        self._connect()
        self._make_actions()
        self._update_count(self.model.total)
        self._update_buttons()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._split_timer.start()
        return super().eventFilter(watched, event)

    def _fit_splitter(self) -> None:
        """The list gets about 60 % of the width (the form what it needs) until the person drags."""
        splitter = self.ui.splitter
        if self._splitter_moved or not splitter.isVisible():
            return
        total = sum(splitter.sizes())
        form = max(self.ui.detailTabs.minimumSizeHint().width(), int(total * 0.4))
        if splitter.sizes()[1] != form:
            splitter.setSizes([max(total - form, 0), form])

    # -- wiring ----------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.search.search_changed.connect(self.model.set_search)
        ui.kindFilter.currentIndexChanged.connect(lambda _i: self._apply_list_filters())
        ui.communeFilter.commune_changed.connect(lambda _c: self._apply_list_filters())
        self.model.reloaded.connect(self._update_count)
        self.model.modelReset.connect(self._update_buttons)
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        ui.newButton.clicked.connect(self.new_actor)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.mergeButton.clicked.connect(self.ask_merge)
        ui.trashButton.toggled.connect(self.show_trash)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.emptyTrashButton.clicked.connect(self.ask_empty_trash)
        self.editor.ui.saveButton.clicked.connect(lambda: self.save())
        self.editor.ui.revertButton.clicked.connect(self._revert)
        self.editor.open_requested.connect(self.open_actor)
        self.editor.create_anyway.connect(lambda: self.save(check_duplicates=False))
        ui.addContactButton.clicked.connect(self.add_contact)
        ui.editContactButton.clicked.connect(self.edit_contact)
        # ``activated`` alone: a double-click emits it too (connecting doubleClicked as well opened
        # the contact twice, and saving the stale copy erased what the first one had saved).
        ui.contactsTable.activated.connect(lambda _index: self.edit_contact())
        ui.exportContactButton.clicked.connect(self.ask_export_contact)
        ui.eraseContactButton.clicked.connect(self.ask_erase_contact)
        ui.contactsTable.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.trashTable.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        record_changes().changed.connect(self._records_changed)
        record_changes().failed.connect(self.editor.set_status)

    def _make_actions(self) -> None:
        def action(text: str, shortcut, slot, button=None) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            if button is not None:
                native = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(f"{text} ({native})")
            return act

        ui = self.ui
        self.new_action = action(self.tr("New actor"), QKeySequence.StandardKey.New, self.new_actor, ui.newButton)
        self.save_action = action(self.tr("Save"), QKeySequence.StandardKey.Save, lambda: self.save(), self.editor.ui.saveButton)
        self.find_action = action(self.tr("Search"), QKeySequence.StandardKey.Find, self.focus_search)
        self.merge_action = action(self.tr("Merge two actors"), "Ctrl+M", self.ask_merge, ui.mergeButton)
        self.trash_action = action(self.tr("Show the trash"), "Ctrl+Shift+T", ui.trashButton.toggle, ui.trashButton)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        ui.table.addAction(self.delete_action)
        ui.deleteButton.setToolTip(self.tr("Move the selected actors to the trash (Del)"))
        ui.search.setToolTip(self.tr("Search names, addresses and notes, accents ignored (Ctrl+F)"))
        ui.addContactButton.setToolTip(self.tr("Add a contact to this actor"))
        ui.exportContactButton.setToolTip(self.tr("Export everything held about this person (xlsx or JSON)"))
        ui.eraseContactButton.setToolTip(self.tr("Erase this person's data (cannot be undone)"))

    # -- list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()
        self._reload_contacts()
        if self.ui.trashButton.isChecked():
            self.trash_model.reload()

    def apply_filters(self, **filters) -> None:
        ui = self.ui
        if "kind" in filters:
            ui.kindFilter.setCurrentIndex(max(0, ui.kindFilter.findData(filters["kind"] or "")))
        if "commune" in filters:
            ui.communeFilter.set_insee(filters["commune"])
        if "search" in filters:
            ui.search.setText(filters["search"] or "")
            ui.search.flush()
        if filters.get("id"):
            self.open_actor(filters["id"])

    def _apply_list_filters(self) -> None:
        self.model.set_filters({
            "kind": self.ui.kindFilter.currentData() or None,
            "commune": self.ui.communeFilter.insee(),
        })

    def _update_count(self, total: int) -> None:
        if total == 0:
            text = self.tr("No actor")
        elif total == 1:
            text = self.tr("1 actor")
        else:
            text = self.tr("%1 actors").replace("%1", format_number(total))
        self.ui.countLabel.setText(text)

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.ui.table.selectionModel().selectedRows()})
        return [self.model.record_id(row) for row in rows]

    def select_actor(self, actor_id: str) -> bool:
        row = self.model.row_of(actor_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(actor_id)
        if row < 0:
            return False
        self.ui.table.selectRow(row)
        self.ui.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and ids[0] != self.editor.actor_id:
            self._load(ids[0])
        self._update_buttons()

    def _load(self, actor_id: str) -> None:
        try:
            self.editor.load(actor_id, load_actor(self.store, actor_id))
        except RecordNotFound as error:
            self.editor.set_status(str(error))
            return
        self._reload_contacts()

    def _update_buttons(self) -> None:
        ui = self.ui
        count = len(self.selected_ids())
        ui.deleteButton.setEnabled(count >= 1)
        ui.mergeButton.setEnabled(count == 2)
        has_actor = self.editor.actor_id is not None
        ui.addContactButton.setEnabled(has_actor)
        has_contact = self.current_contact_id() is not None
        for button in (ui.editContactButton, ui.exportContactButton, ui.eraseContactButton):
            button.setEnabled(has_contact)
        ui.restoreButton.setEnabled(bool(ui.trashTable.selectionModel().selectedRows()))
        ui.emptyTrashButton.setEnabled(self.trash_model.total > 0)

    def _records_changed(self, entities) -> None:
        if entities & {"actors", "contacts", "partnerships", "activities"}:
            selected = self.editor.actor_id
            self.model.reload()
            if self.ui.trashButton.isChecked():
                self.trash_model.reload()
            if selected and not self.editor.dirty:
                try:
                    self.editor.load(selected, load_actor(self.store, selected))
                except RecordNotFound:
                    self.editor.load(None, type(self.editor.data())())
                self.select_actor(selected)
            self._reload_contacts()
            self._update_buttons()

    # -- editing ---------------------------------------------------------------------------

    def new_actor(self) -> None:
        if self.editor.dirty and not self.maybe_leave():
            return
        self.ui.table.clearSelection()
        self.editor.load(None, type(self.editor.data())())
        self.ui.detailTabs.setCurrentIndex(0)
        self._reload_contacts()
        self.editor.ui.name.setFocus()

    def open_actor(self, actor_id: str) -> None:
        if self.ui.trashButton.isChecked():
            self.ui.trashButton.setChecked(False)
        if not self.select_actor(actor_id):
            self.ui.search.clear()
            self.ui.search.flush()
            self.ui.kindFilter.setCurrentIndex(0)
            self.ui.communeFilter.set_insee(None)
            self.select_actor(actor_id)
        self._load(actor_id)
        self._update_buttons()

    def _revert(self) -> None:
        if self.editor.actor_id:
            self._load(self.editor.actor_id)
        else:
            self.editor.load(None, type(self.editor.data())())

    def save(self, check_duplicates: bool = True) -> bool:
        data = self.editor.data()
        actor_id = self.editor.actor_id
        try:
            if actor_id is None:
                from catalyseur_app.records.actors import validate_actor

                errors = validate_actor(data.cleaned())
                if errors:
                    raise ValidationError(errors)
                duplicates = find_duplicates(self.store, data) if check_duplicates else []
                if duplicates:
                    self.editor.errors.clear()
                    self.editor.show_duplicates(duplicates)
                    self.editor.set_status(self.tr("Not saved yet: check the possible duplicate."))
                    return False
                operation = create_actor(self.store, data)
            else:
                operation = update_actor(self.store, actor_id, data)
        except ValidationError as error:
            self.editor.hide_duplicates()
            self.editor.show_errors(error.field_errors)
            return False
        except (RecordNotFound, StaleRecord) as error:
            self.editor.set_status(str(error))
            return False
        self.editor.errors.clear()
        self.editor.hide_duplicates()
        self.editor.mark_saved(operation.subject_id, operation.subject_version)
        push_operation(self.context.undo_stack, operation)
        self.select_actor(operation.subject_id)
        self.editor.set_status(self.tr("Saved."))
        self._update_buttons()
        return True

    def maybe_leave(self) -> bool:
        if not self.editor.dirty:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("The actor form has changes that are not saved."), parent=self)
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        self.confirm_box = box
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self.save()
        if clicked is discard:
            self._revert()
            return True
        return False

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            operation = delete_records(self.store, "actors", ids)
        except RecordNotFound as error:
            self.editor.set_status(str(error))
            return
        if self.editor.actor_id in ids:
            self.editor.load(None, type(self.editor.data())())
        push_operation(self.context.undo_stack, operation)
        self.editor.set_status(self.tr("Moved to the trash. Ctrl+Z undoes it."))

    # -- merge -----------------------------------------------------------------------------

    def ask_merge(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            self.editor.set_status(self.tr("Select exactly two actors to merge (Ctrl+click)."))
            return
        names = {actor_id: load_actor(self.store, actor_id).name for actor_id in ids}
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Merge two actors"))
        layout = QVBoxLayout(dialog)
        text = QLabel(self.tr("Which actor is kept? The other one's contacts, partnerships and activities "
                              "move to it, then it is removed. Ctrl+Z undoes the merge."), dialog)
        text.setWordWrap(True)
        layout.addWidget(text)
        dialog.choices = QButtonGroup(dialog)
        for number, actor_id in enumerate(ids):
            radio = QRadioButton(names[actor_id], dialog)
            radio.setProperty("actor_id", actor_id)
            radio.setChecked(number == 0)
            dialog.choices.addButton(radio)
            layout.addWidget(radio)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.accepted.connect(lambda: self.merge(
            dialog.choices.checkedButton().property("actor_id"),
            next(i for i in ids if i != dialog.choices.checkedButton().property("actor_id"))))
        self.merge_dialog = dialog
        dialog.open()

    def merge(self, survivor_id: str, loser_id: str) -> None:
        try:
            operation = merge_actors(self.store, survivor_id, loser_id)
        except (ValidationError, RecordNotFound) as error:
            self.editor.set_status(str(error))
            return
        push_operation(self.context.undo_stack, operation)
        self.open_actor(survivor_id)
        self.editor.set_status(self.tr("Merged. Ctrl+Z undoes the merge."))

    # -- trash -----------------------------------------------------------------------------

    def show_trash(self, on: bool) -> None:
        self.ui.listStack.setCurrentIndex(1 if on else 0)
        if on:
            self.trash_model.reload()
            if self.trash_model.total:
                self.ui.trashTable.selectRow(0)  # Restore works at once on the latest deletion
            self.ui.trashTable.setFocus()
        self._update_buttons()

    def _selected_trash(self):
        rows = {index.row() for index in self.ui.trashTable.selectionModel().selectedRows()}
        return [(self.trash_model.raw_value(row, "kind"), self.trash_model.record_id(row)) for row in sorted(rows)]

    def restore_selected(self) -> None:
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in self._selected_trash():
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in by_kind.items():
            try:
                push_operation(self.context.undo_stack, restore_records(self.store, kind, ids))
            except RecordNotFound as error:
                self.editor.set_status(str(error))
        self.trash_model.reload()

    def ask_empty_trash(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Empty the trash"),
                          self.tr("Empty the trash? Its %n record(s) will be erased for good; "
                                  "this cannot be undone.", "", self.trash_model.total),
                          parent=self)
        box.addButton(self.tr("Empty the trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self._empty_trash_answer(box, button))
        self.confirm_box = box
        box.open()

    def _empty_trash_answer(self, box: QMessageBox, button) -> None:
        if box.buttonRole(button) != QMessageBox.ButtonRole.DestructiveRole:
            return
        purged = empty_trash(self.store, list_trash(self.store, limit=10**9))
        self.context.undo_stack.clear()  # earlier operations may refer to purged records
        notify_changed({"actors", "contacts", "partnerships", "activities"})
        self.editor.set_status(self.tr("%n record(s) erased from the trash.", "", purged))

    # -- contacts --------------------------------------------------------------------------

    def _reload_contacts(self) -> None:
        self.contacts_model.set_filters({"actor": self.editor.actor_id or "-"})
        self.ui.detailTabs.setTabText(1, self.tr("Contacts (%1)").replace("%1", str(self.contacts_model.total)))
        self._update_buttons()

    def current_contact_id(self) -> str | None:
        rows = self.ui.contactsTable.selectionModel().selectedRows()
        return self.contacts_model.record_id(rows[0].row()) if rows else None

    def add_contact(self) -> None:
        if self.editor.actor_id:
            self._open_contact(None)

    def edit_contact(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id:
            self._open_contact(contact_id)

    def _open_contact(self, contact_id: str | None) -> None:
        dialog = getattr(self, "contact_dialog", None)
        if dialog is not None and dialog.isVisible() and contact_id is not None and dialog.contact_id == contact_id:
            dialog.raise_()  # already open: one editor per record
            dialog.activateWindow()
            return
        try:
            dialog = ContactDialog(self.store, self.editor.actor_id, contact_id, self.context.language, self)
        except RecordNotFound as error:
            self.editor.set_status(str(error))
            return
        dialog.saved.connect(lambda operation: push_operation(self.context.undo_stack, operation))
        self.contact_dialog = dialog
        dialog.open()

    def ask_export_contact(self) -> None:
        contact_id = self.current_contact_id()
        if not contact_id:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the person"), str(self.proposed_export_path()),
            self.tr("Excel workbook (*.xlsx);;JSON (*.json)"))
        if path:
            self.export_contact_to(path)

    def proposed_export_path(self) -> Path:
        """In the Documents folder (else the home folder), named after the person and today's date."""
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        rows = self.ui.contactsTable.selectionModel().selectedRows()
        name = (self.contacts_model.raw_value(rows[0].row(), "full_name") if rows else None) or ""
        return folder / person_export_name(name, date.today())

    def export_contact_to(self, path: str) -> bool:
        contact_id = self.current_contact_id()
        if not contact_id:
            return False
        try:
            written = export_person(self.store, contact_id, path)
        except (OutputError, RecordNotFound) as error:
            self.editor.set_status(str(error))
            return False
        self.editor.set_status(self.tr("Exported to %1.").replace("%1", str(written)))
        return True

    def ask_erase_contact(self) -> None:
        contact_id = self.current_contact_id()
        if not contact_id:
            return
        name = self.contacts_model.raw_value(self.ui.contactsTable.currentIndex().row(), "full_name")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase a person"),
                          self.tr("Erase every detail held about « %1 »? Only an erasure mark stays, so "
                                  "the erasure also reaches the foundation. This cannot be undone.")
                          .replace("%1", name or ""), parent=self)
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
