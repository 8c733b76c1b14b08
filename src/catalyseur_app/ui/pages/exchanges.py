"""Échanges: prepare the file to send, the ledger of files made, import with a preview, conflicts."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QMessageBox, QWidget
from sqlalchemy import select

from catalyseur_app.domain.text import fold
from catalyseur_app.exchange.apply import apply_plan
from catalyseur_app.exchange.conflicts import open_conflicts, resolve_conflict
from catalyseur_app.exchange.export import export_sync_file, next_sequence
from catalyseur_app.exchange.importer import preview_import
from catalyseur_app.exchange.merge import INCOMING, LOCAL
from catalyseur_app.exchange.schema import KIND_BY_NAME
from catalyseur_app.store.models import ExchangeFile
from catalyseur_app.ui.generated.ui_exchange_page import Ui_ExchangesPage
from catalyseur_app.ui.generated.ui_exchange_preview import Ui_ExchangePreviewDialog
from catalyseur_app.ui.tasks import run_task
from catalyseur_app.profile import own_profile


class _RowsModel(QAbstractTableModel):
    """A small read-only table: headers and rows of display texts (the ledger, the conflicts)."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []
        self.keys: list[object] = []

    def set_rows(self, rows: list[list[str]], keys: list[object]) -> None:
        self.beginResetModel()
        self.rows, self.keys = rows, keys
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _describe(record_json: str) -> str:
    record = json.loads(record_json) or {}
    if "nature" in record:
        return "(supprimé)"
    for key in ("name", "title", "full_name", "question", "volet", "notes"):
        if record.get(key):
            return str(record[key])
    return ""


def default_file_name(store) -> str:
    with store.read() as session:
        profile = own_profile(session)
        sequence = next_sequence(session)
    name = re.sub(r"[^a-z0-9]+", "-", fold(profile.full_name if profile else "")).strip("-") or "catalyseur"
    return f"catalyseur-{name}-{date.today():%Y-%m-%d}-{sequence}.xlsx"


class ExchangesPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.ui = Ui_ExchangesPage()
        self.ui.setupUi(self)
        self.preview_dialog: ExchangePreviewDialog | None = None
        self.task = None
        self.ledger = _RowsModel([self.tr("Sequence"), self.tr("Made on"), self.tr("Kind"), self.tr("Since"),
                                  self.tr("Rows"), self.tr("File")], self)
        self.conflicts = _RowsModel([self.tr("Record"), self.tr("Mine"), self.tr("Theirs"), self.tr("Applied"),
                                     self.tr("File")], self)
        for view, model in ((self.ui.ledgerTable, self.ledger), (self.ui.conflictsTable, self.conflicts)):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().hide()
        self.prepare_action = self._action(self.tr("Prepare the file to send…"), "Ctrl+E", self.prepare_file,
                                           self.ui.prepareButton)
        self.import_action = self._action(self.tr("Import a file…"), "Ctrl+I", self.import_file,
                                          self.ui.importButton)
        self.ui.keepMineButton.clicked.connect(lambda: self._resolve(LOCAL))
        self.ui.takeTheirsButton.clicked.connect(lambda: self._resolve(INCOMING))
        self.ui.keepMineButton.setToolTip(self.tr("Keep the version that was on this computer"))
        self.ui.takeTheirsButton.setToolTip(self.tr("Take the version of the imported file"))
        self.refresh()

    def _action(self, text, shortcut, slot, button) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button.clicked.connect(slot)
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text.rstrip('…')} ({native})")
        return action

    # -- lists -----------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.store.read() as session:
            files = session.scalars(select(ExchangeFile).order_by(ExchangeFile.sequence.desc())).all()
        full, changes = self.tr("complete"), self.tr("changes")
        self.ledger.set_rows([[str(f.sequence), f.made_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                               full if f.full else changes,
                               f.period_start.astimezone().strftime("%d/%m/%Y %H:%M") if f.period_start else "",
                               str(f.total_rows), f.file_name] for f in files], [f.sequence for f in files])
        conflicts = open_conflicts(self.store)
        mine, theirs = self.tr("mine"), self.tr("theirs")
        self.conflicts.set_rows([[f"{KIND_BY_NAME[c.kind].label} — {_describe(c.local) or c.record_id}",
                                  _describe(c.local), _describe(c.incoming),
                                  mine if c.chosen == LOCAL else theirs, c.file_name] for c in conflicts],
                                [c.id for c in conflicts])
        self.ui.tabs.setTabText(1, self.tr("&Conflicts to review (%1)").replace("%1", str(len(conflicts))))
        for button in (self.ui.keepMineButton, self.ui.takeTheirsButton):
            button.setEnabled(bool(conflicts))

    def _resolve(self, choice: str) -> None:
        rows = sorted({index.row() for index in self.ui.conflictsTable.selectionModel().selectedRows()})
        for row in rows:
            resolve_conflict(self.store, self.conflicts.keys[row], choice)
        if rows:
            self.ui.statusLabel.setText(self.tr("Conflicts settled: %1.").replace("%1", str(len(rows))))
        self.refresh()

    # -- export ----------------------------------------------------------------------------
    def ask_save_path(self, default: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Prepare the file to send"), default,
                                              self.tr("Excel workbook (*.xlsx)"))
        return path

    def prepare_file(self) -> None:
        path = self.ask_save_path(str(Path.home() / default_file_name(self.store)))
        if not path:
            return
        full, contacts = self.ui.fullCheck.isChecked(), self.ui.contactsCheck.isChecked()
        self.task = run_task(self, self.tr("Preparing the file…"),
                             lambda progress: export_sync_file(self.store, path, full=full, with_contacts=contacts,
                                                               progress=progress),
                             self._exported, self._failed, self._cancelled)

    def _exported(self, result) -> None:
        self.ui.statusLabel.setText(self.tr("File no. %1 written: %2 (%3 rows).").replace("%1", str(result.sequence))
                                    .replace("%2", str(result.path)).replace("%3", str(result.total)))
        self.refresh()

    # -- import ----------------------------------------------------------------------------
    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a file"), str(Path.home()),
                                              self.tr("Excel workbook (*.xlsx)"))
        return path

    def import_file(self) -> None:
        path = self.ask_open_path()
        if not path:
            return
        self.task = run_task(self, self.tr("Reading the file…"),
                             lambda progress: preview_import(self.store, path, progress),
                             self._show_preview, self._failed, self._cancelled)

    def _show_preview(self, plan) -> None:
        self.preview_dialog = ExchangePreviewDialog(plan, self)
        self.preview_dialog.accepted.connect(lambda: self._apply(plan, self.preview_dialog.choices))
        self.preview_dialog.open()

    def _apply(self, plan, choices) -> None:
        self.task = run_task(self, self.tr("Importing…"),
                             lambda progress: apply_plan(self.store, plan, choices, progress),
                             self._imported, self._failed, self._cancelled)

    def _imported(self, result) -> None:
        summary = result.summary
        self.ui.statusLabel.setText(
            self.tr("Import done: %1 added, %2 updated, %3 deleted, %4 conflicts. Backup: %5.")
            .replace("%1", str(summary["add"])).replace("%2", str(summary["update"]))
            .replace("%3", str(summary["delete"] + summary["erase"])).replace("%4", str(summary["conflict"]))
            .replace("%5", result.backup.name))
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.ui.statusLabel.setText(str(error))
        QMessageBox.warning(self, self.tr("Exchanges"), str(error))

    def _cancelled(self) -> None:
        self.ui.statusLabel.setText(self.tr("Cancelled: nothing was changed."))


class _ConflictChoices(_RowsModel):
    pass


class ExchangePreviewDialog(QDialog):
    """What the import will change; a choice per conflict; Apply or Cancel."""

    def __init__(self, plan, parent=None):
        super().__init__(parent)
        self.ui = Ui_ExchangePreviewDialog()
        self.ui.setupUi(self)
        self.plan = plan
        self.choices: dict[tuple[str, str], str] = {c_key(c): c.rule_choice for c in plan.conflicts}
        m = plan.file.manifest
        counts = plan.summary()
        lines = [self.tr("File « %1 » from %2, no. %3.").replace("%1", plan.file.name)
                 .replace("%2", m.catalyseur_name or "?").replace("%3", str(m.sequence)),
                 self.tr("To add: %1 · to update: %2 · to delete: %3 · conflicts: %4 · unchanged: %5")
                 .replace("%1", str(counts["add"])).replace("%2", str(counts["update"]))
                 .replace("%3", str(counts["delete"] + counts["erase"])).replace("%4", str(counts["conflict"]))
                 .replace("%5", str(counts["unchanged"] + counts["ignored"]))] + plan.warnings
        self.ui.summaryLabel.setText("\n".join(lines))
        self.ui.conflictsLabel.setText(self.tr("These records were changed on both sides: choose, for each, the "
                                               "version to keep. The other one stays in the conflicts list.")
                                       if plan.conflicts else self.tr("No conflict."))
        self.model = _ConflictChoices([self.tr("Record"), self.tr("Mine"), self.tr("Theirs"), self.tr("Keep")], self)
        self.ui.conflictsTable.setModel(self.model)
        self.ui.conflictsTable.horizontalHeader().setStretchLastSection(True)
        self.ui.conflictsTable.verticalHeader().hide()
        for widget in (self.ui.conflictsTable, self.ui.keepMineButton, self.ui.takeTheirsButton):
            widget.setVisible(bool(plan.conflicts))
        if not plan.conflicts:
            self.ui.dialogLayout.insertStretch(self.ui.dialogLayout.indexOf(self.ui.buttons), 1)
            self.resize(560, 220)
        self.apply_button = self.ui.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(plan.has_work)
        self.apply_button.setDefault(True)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.keepMineButton.clicked.connect(lambda: self.choose(LOCAL))
        self.ui.takeTheirsButton.clicked.connect(lambda: self.choose(INCOMING))
        self._fill()

    def _fill(self) -> None:
        mine, theirs = self.tr("mine"), self.tr("theirs")
        rows = []
        for change in self.plan.conflicts:
            local = change.local or {}
            rows.append([f"{KIND_BY_NAME[change.kind].label} — {change.label}",
                         _describe(json.dumps({k: str(v) for k, v in local.items()})) if local else "",
                         self.tr("(deleted)") if change.tombstone else change.label,
                         mine if self.choices[c_key(change)] == LOCAL else theirs])
        self.model.set_rows(rows, [c_key(c) for c in self.plan.conflicts])

    def choose(self, choice: str) -> None:
        rows = {index.row() for index in self.ui.conflictsTable.selectionModel().selectedRows()}
        for row in rows:
            self.choices[self.model.keys[row]] = choice
        self._fill()


def c_key(change) -> tuple[str, str]:
    return (change.kind, change.record_id)
