"""The Acteurs page: the list of actors (search, filters), the actor form, its contacts, the trash.

Keyboard: Ctrl+N new actor, Ctrl+S save, Suppr delete (to the trash), Ctrl+F search,
Ctrl+M merge two selected actors, Ctrl+Shift+T trash. Every change is undoable with Ctrl+Z
through the shared undo stack. Dialogs are opened with ``open()`` (window-modal, not blocking),
kept as attributes (``merge_dialog``, ``confirm_box``; ``contacts.dialog``...) so tests drive them.
The contacts tab is ``actor_contacts.ActorContacts``, the trash ``actors_trash.ActorsTrash``, the
merge dialog ``merge_actors.MergeActorsDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from catalyseur_app.domain.vocabularies import ACTOR_KINDS
from catalyseur_app.formatting import format_number
from catalyseur_app.messages import language
from catalyseur_app.records import RecordNotFound, StaleRecord, ValidationError
from catalyseur_app.records.actors import create_actor, find_duplicates, load_actor, update_actor
from catalyseur_app.records.trash import delete_records
from catalyseur_app.ui.generated.ui_actors import Ui_ActorsPage
from catalyseur_app.ui.list_model import RecordListModel
from catalyseur_app.ui.pages.actor_contacts import ActorContacts
from catalyseur_app.ui.pages.actor_editor import ActorEditor
from catalyseur_app.ui.pages.actors_trash import ActorsTrash
from catalyseur_app.ui.pages.merge_actors import MergeActorsDialog
from catalyseur_app.ui.tasks import Task, run_write
from catalyseur_app.ui.undo_commands import push_operation, record_changes
from catalyseur_app.ui.widgets import ResponsiveColumns, compact_rows


class ActorsPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.delete_task: Task | None = None  # moving a selection to the trash, off the GUI thread
        self.ui = Ui_ActorsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.editor = ActorEditor(self)
        ui.actorTab.layout().addWidget(self.editor)
        self.model = RecordListModel(self.store, "actors", parent=self)
        ui.table.setModel(self.model)
        ui.table.verticalHeader().hide()
        compact_rows(ui.table)
        ui.table.sortByColumn(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.contacts = ActorContacts(self, self.editor)
        self.trash = ActorsTrash(self, self.editor.set_status)
        self.merge_dialog: MergeActorsDialog | None = None
        self.confirm_box: QMessageBox | None = None
        # Name stretches; then, as room allows: commune, kind, contacts, SIREN, modified.
        self.columns = ResponsiveColumns(ui.table, 0, [(2, 24), (1, 22), (4, 8), (3, 15), (5, 11)],
                                         stretch_chars=28)
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
            ui.kindFilter.addItem(term.label(language()), term.code)
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
        self.editor.ui.saveButton.clicked.connect(lambda: self.save())
        self.editor.ui.revertButton.clicked.connect(self._revert)
        self.editor.open_requested.connect(self.open_actor)
        self.editor.create_anyway.connect(lambda: self.save(check_duplicates=False))
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
        self.save_action = action(self.tr("Save"), QKeySequence.StandardKey.Save, lambda: self.save(),
                                  self.editor.ui.saveButton)
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
    # -- list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()
        self._reload_contacts()
        self.trash.reload()

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
        self.contacts.update_buttons()
        self.trash.update_buttons()

    def _records_changed(self, entities) -> None:
        if entities & {"actors", "contacts", "partnerships", "activities"}:
            selected = self.editor.actor_id
            self.model.reload()
            self.trash.reload()
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
        """Move the selected actors to the trash: off the GUI thread (``run_write``), as a selection
        can hold thousands of them; Ctrl+Z undoes it."""
        ids = self.selected_ids()
        if not ids or self.delete_task is not None:
            return
        self.delete_task = run_write(self, self.tr("Moving to the trash…"),
                                     lambda progress: delete_records(self.store, "actors", ids), set(),
                                     lambda _operation: self._deleted(ids), self._delete_failed,
                                     undo_stack=self.context.undo_stack)

    def _deleted(self, ids: list[str]) -> None:
        self.delete_task = None
        if self.editor.actor_id in ids:
            self.editor.load(None, type(self.editor.data())())
        self.editor.set_status(self.tr("Moved to the trash. Ctrl+Z undoes it."))

    def _delete_failed(self, error: Exception) -> None:
        self.delete_task = None
        self.editor.set_status(str(error))

    # -- merge -----------------------------------------------------------------------------

    def ask_merge(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            self.editor.set_status(self.tr("Select exactly two actors to merge (Ctrl+click)."))
            return
        dialog = MergeActorsDialog(self.store, ids, self)
        dialog.merged.connect(self._merged)
        dialog.failed.connect(self.editor.set_status)
        self.merge_dialog = dialog
        dialog.open()

    def _merged(self, operation, survivor_id: str) -> None:
        push_operation(self.context.undo_stack, operation)
        self.open_actor(survivor_id)
        self.editor.set_status(self.tr("Merged. Ctrl+Z undoes the merge."))

    # -- trash and contacts (their own classes) ---------------------------------------------

    def show_trash(self, on: bool) -> None:
        self.trash.show(on)
        self._update_buttons()

    def _reload_contacts(self) -> None:
        self.contacts.reload()
        self._update_buttons()
