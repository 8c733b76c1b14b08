"""The trash of the Acteurs page: deleted records (actors, contacts, partnerships, activities),
restored with their links or erased for good."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from catalyseur_app.formatting import format_number
from catalyseur_app.messages import plural
from catalyseur_app.records import RecordNotFound
from catalyseur_app.records.trash import empty_trash, restore_records
from catalyseur_app.ui.list_model import RecordListModel
from catalyseur_app.ui.tasks import run_write
from catalyseur_app.ui.undo_commands import push_operation
from catalyseur_app.ui.widgets import ResponsiveColumns, compact_rows

TRASHED = {"actors", "contacts", "partnerships", "activities"}


class ActorsTrash(QObject):
    """Drives the trash table and its buttons of the page's ``ui``; tells the person through ``status``."""

    def __init__(self, page, status) -> None:
        super().__init__(page)
        self.page, self.ui, self.status = page, page.ui, status
        self.context = page.context
        self.store = page.context.store
        self.confirm_box: QMessageBox | None = None
        self.task = None
        self.model = RecordListModel(self.store, "trash", parent=self)
        table = self.ui.trashTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        compact_rows(table)
        # The latest deletions first: they are the ones a person wants back.
        table.sortByColumn(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        self.columns = ResponsiveColumns(table, 1, [(0, 14), (2, 11)], stretch_chars=24)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.emptyTrashButton.clicked.connect(self.ask_empty)

    @property
    def shown(self) -> bool:
        return self.ui.trashButton.isChecked()

    def reload(self) -> None:
        if self.shown:
            self.model.reload()

    def show(self, on: bool) -> None:
        self.ui.listStack.setCurrentIndex(1 if on else 0)
        if on:
            self.model.reload()
            if self.model.total:
                self.ui.trashTable.selectRow(0)  # Restore works at once on the latest deletion
            self.ui.trashTable.setFocus()

    def update_buttons(self) -> None:
        self.ui.restoreButton.setEnabled(bool(self.ui.trashTable.selectionModel().selectedRows()))
        self.ui.emptyTrashButton.setEnabled(self.model.total > 0 and self.task is None)

    def selected(self) -> list[tuple[str, str]]:
        rows = {index.row() for index in self.ui.trashTable.selectionModel().selectedRows()}
        return [(self.model.raw_value(row, "kind"), self.model.record_id(row)) for row in sorted(rows)]

    def restore_selected(self) -> None:
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in self.selected():
            by_kind.setdefault(kind, []).append(record_id)
        if not by_kind or self.task is not None:
            return

        def restore(progress) -> tuple[list, list[str]]:  # a selection can hold thousands of records
            operations, missing = [], []
            for kind, ids in by_kind.items():
                try:
                    operations.append(restore_records(self.store, kind, ids))
                except RecordNotFound as error:
                    missing.append(str(error))
            return operations, missing

        # the operations go on the undo stack once done, which tells every page what they touched
        self.task = run_write(self.page, self.tr("Restoring…"), restore, set(), self._restored, self._failed)
        self.update_buttons()

    def _restored(self, result: tuple[list, list[str]]) -> None:
        self.task = None
        operations, missing = result
        for operation in operations:
            push_operation(self.context.undo_stack, operation)
        for message in missing:
            self.status(message)
        self.model.reload()
        self.update_buttons()

    def ask_empty(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Empty the trash"),
                          self._empty_question(self.model.total),
                          parent=self.page)
        box.addButton(self.tr("Empty the trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self._empty_answer(box, button))
        self.confirm_box = box
        box.open()

    def _empty_question(self, total: int) -> str:
        text = (self.tr("Empty the trash? Its %1 records will be erased for good; this cannot be undone.")
                if plural(total)
                else self.tr("Empty the trash? Its %1 record will be erased for good; this cannot be undone."))
        return text.replace("%1", format_number(total))

    def _empty_answer(self, box: QMessageBox, button) -> None:
        if box.buttonRole(button) != QMessageBox.ButtonRole.DestructiveRole:
            return
        # Every record in the trash, however many: erased off the GUI thread, in one transaction.
        # The undo history goes first: its operations may refer to the records about to be purged.
        self.context.undo_stack.clear()
        self.task = run_write(self.page, self.tr("Emptying the trash…"),
                              lambda progress: empty_trash(self.store, progress=progress), TRASHED,
                              self._emptied, self._failed)
        self.update_buttons()

    def _emptied(self, purged: int) -> None:
        self.task = None
        self.update_buttons()
        erased = (self.tr("%1 records erased from the trash.") if plural(purged)
                  else self.tr("%1 record erased from the trash."))
        self.status(erased.replace("%1", format_number(purged)))

    def _failed(self, error: Exception) -> None:
        self.task = None
        self.update_buttons()
        self.status(str(error))
