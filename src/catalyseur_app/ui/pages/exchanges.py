"""Échanges: prepare the file to send, the ledger of files made, import with a preview, conflicts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from catalyseur_app.domain.text import slug
from catalyseur_app.exchange.apply import apply_plan
from catalyseur_app.exchange.conflicts import open_conflicts, resolve_conflict
from catalyseur_app.exchange.export import export_sync_file, next_sequence
from catalyseur_app.exchange.importer import preview_import, remember_key
from catalyseur_app.exchange.labels import kind_label
from catalyseur_app.exchange.merge import INCOMING, LOCAL
from catalyseur_app.exchange.schema import KIND_BY_SHEET, synced_tables
from catalyseur_app.exchange.trust import TrustNeeded, identity
from catalyseur_app.formatting import format_date, format_moment
from catalyseur_app.profile import own_profile
from catalyseur_app.store.models import ExchangeFile
from catalyseur_app.ui.generated.ui_exchanges import Ui_ExchangesPage
from catalyseur_app.ui.tasks import run_task, run_write

from .exchange_preview import (
    ExchangePreviewDialog,
    RowsModel,
    mnemonic_tooltip,
    selected_rows,
    size_columns,
)
from .exchange_texts import RecordNames, choice_text, pair, record_title, side_texts
from .pack_receive import PackReceiver


def default_file_name(store) -> str:
    with store.read() as session:
        profile = own_profile(session)
        sequence = next_sequence(session)
    name = slug(profile.full_name if profile else "") or "catalyseur"
    return f"catalyseur-{name}-{date.today():%Y-%m-%d}-{sequence}.xlsx"


FOLDER_SETTING = "exchange_folder"


class ExchangesPage(QWidget):
    vocabularies_changed = Signal()  # a pack added terms to the lists

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.ui = Ui_ExchangesPage()
        self.ui.setupUi(self)
        self.preview_dialog: ExchangePreviewDialog | None = None
        self.task = None
        self.error_box: QMessageBox | None = None
        self.trust_box: QMessageBox | None = None  # asks about the key of a first file
        self.ledger = RowsModel([self.tr("No."), self.tr("Made on"), self.tr("Content"), self.tr("Changes since"),
                                 self.tr("Rows"), self.tr("File")], self)
        self.conflicts = RowsModel([self.tr("Record"), self.tr("What differs"), self.tr("My version"),
                                    self.tr("Their version"), self.tr("Kept"), self.tr("Received")], self)
        self.ui.ledgerTable.setModel(self.ledger)
        self.ui.conflictsTable.setModel(self.conflicts)
        size_columns(self.ui.ledgerTable, (5,), {})
        size_columns(self.ui.conflictsTable, (2, 3), {0: 190, 1: 130})
        self.prepare_action = self._action(self.tr("Prepare the file to send…"), "Ctrl+E", self.prepare_file,
                                           self.ui.prepareButton)
        self.import_action = self._action(self.tr("Import a file…"), "Ctrl+I", self.import_file,
                                          self.ui.importButton)
        self.pack_receiver = PackReceiver(self)  # « Recevoir un pack de la Fondation »
        self.ui.keepMineButton.clicked.connect(lambda: self._resolve(LOCAL))
        self.ui.takeTheirsButton.clicked.connect(lambda: self._resolve(INCOMING))
        mnemonic_tooltip(self.ui.keepMineButton, self.tr("Keep the version that was on this computer"))
        mnemonic_tooltip(self.ui.takeTheirsButton, self.tr("Take the version of the imported file"))
        self.ui.fullCheck.setToolTip(self.tr("Also for a new computer, or to restore a lost one"))
        self.ui.contactsCheck.setToolTip(self.tr("Without it, no name, e-mail or phone number leaves this computer"))
        self.ui.conflictsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def _action(self, text, shortcut, slot, button) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
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
        rows, tips = [], []
        for f in files:
            since = (self.tr("everything") if f.full else format_moment(f.period_start)
                     if f.period_start else self.tr("the beginning"))
            rows.append([str(f.sequence), format_moment(f.made_at),
                         self.tr("everything") if f.full else self.tr("changes"), since, str(f.total_rows),
                         f.file_name])
            tips.append(self._counts_tip(f))
        self.ledger.set_rows(rows, [f.sequence for f in files], tips)
        conflicts = open_conflicts(self.store)
        names = RecordNames(self.store)
        rows, tips = [], []
        for c in conflicts:
            mine, theirs = json.loads(c.local), json.loads(c.incoming)
            fields, mine_text, theirs_text, tip = side_texts(c.kind, mine, theirs, names)
            title = record_title(c.kind, mine if "nature" in (theirs or {}) or not mine.get("deleted_at") else theirs,
                                 c.record_id)
            received = format_date(c.detected_at.astimezone().date())
            rows.append([title, fields, mine_text, theirs_text, choice_text(c.chosen, False), received])
            origin = self.tr("Received on %1 in “%2”").replace("%1", received).replace("%2", c.file_name)
            tips.append("\n".join(t for t in (title, origin, tip) if t))
        self.conflicts.set_rows(rows, [c.id for c in conflicts], tips)
        self.ui.tabs.setTabText(1, self.tr("&Conflicts to review (%1)").replace("%1", str(len(conflicts))))
        self._update_buttons()

    def _counts_tip(self, exchange_file) -> str:
        counts = json.loads(exchange_file.counts or "{}")
        lines = [pair(kind_label(KIND_BY_SHEET[sheet].name) if sheet in KIND_BY_SHEET else self.tr("deletions"),
                      str(count)) for sheet, count in counts.items() if count]
        return "\n".join(lines) or self.tr("No change")

    def _update_buttons(self, *_args) -> None:
        selected = bool(selected_rows(self.ui.conflictsTable))
        for button in (self.ui.keepMineButton, self.ui.takeTheirsButton):
            button.setEnabled(selected)

    def _resolve(self, choice: str) -> None:
        rows = selected_rows(self.ui.conflictsTable)
        for row in rows:
            resolve_conflict(self.store, self.conflicts.keys[row], choice)
        if rows:
            self.ui.statusLabel.setText(self.tr("Conflicts settled: %1.").replace("%1", str(len(rows))))
        self.refresh()
        if self.conflicts.rowCount():
            self.ui.conflictsTable.selectRow(min(rows[0] if rows else 0, self.conflicts.rowCount() - 1))

    # -- export ----------------------------------------------------------------------------
    def session_state(self) -> dict:
        return {"full": self.ui.fullCheck.isChecked(), "with_contacts": self.ui.contactsCheck.isChecked(),
                "status": self.ui.statusLabel.text()}

    def restore_session_state(self, state: dict) -> None:
        self.ui.fullCheck.setChecked(bool(state.get("full")))
        self.ui.contactsCheck.setChecked(bool(state.get("with_contacts")))
        if state.get("status"):  # what was just done, still shown in a window rebuilt after a pack
            self.ui.statusLabel.setText(state["status"])

    def ask_save_path(self, default: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Prepare the file to send"), default,
                                              self.tr("Excel workbook (*.xlsx)"))
        return path

    def _folder(self) -> Path:
        """The folder last used for an exchange file, else the home folder."""
        folder = Path(self.store.get_setting(FOLDER_SETTING) or Path.home())
        return folder if folder.is_dir() else Path.home()

    def _remember_folder(self, path: str) -> None:
        self.store.set_setting(FOLDER_SETTING, str(Path(path).parent))

    def prepare_file(self) -> None:
        path = self.ask_save_path(str(self._folder() / default_file_name(self.store)))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self._remember_folder(path)
        full, contacts = self.ui.fullCheck.isChecked(), self.ui.contactsCheck.isChecked()
        self.task = run_task(self, self.tr("Preparing the file…"),
                             lambda progress: export_sync_file(self.store, path, full=full, with_contacts=contacts,
                                                               progress=progress),
                             self._exported, self._export_failed, self._cancelled)

    def _exported(self, result) -> None:
        self.task = None
        self.ui.statusLabel.setText(self.tr("File no. %1 written: %2 (%3 rows).").replace("%1", str(result.sequence))
                                    .replace("%2", str(result.path)).replace("%3", str(result.total)))
        self.refresh()

    # -- import ----------------------------------------------------------------------------
    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a file"), str(self._folder()),
                                              self.tr("Excel workbook (*.xlsx)"))
        return path

    def import_file(self) -> None:
        path = self.ask_open_path()
        if not path:
            return
        self._remember_folder(path)
        self._preview(path, trust_new=False)

    def _preview(self, path: str, trust_new: bool) -> None:
        self.task = run_task(self, self.tr("Reading and checking the file…"),
                             lambda progress: preview_import(self.store, path, progress, trust_new),
                             self._show_preview, lambda error: self._preview_failed(path, error), self._cancelled)

    def _preview_failed(self, path: str, error: Exception) -> None:
        """The first file from a catalyseur: show its key's fingerprint and ask before going on (the key
        is recorded when the import is then made, or as the preview opens if the file changes nothing)."""
        if not isinstance(error, TrustNeeded):
            self._import_failed(error)
            return
        self.task = None
        manifest = error.manifest
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Exchanges"),
                          self.tr("This is the first file from %1 (id %2).")
                          .replace("%1", manifest.catalyseur_name or "?").replace("%2", identity(manifest)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setInformativeText(self.tr("Fingerprint of the key that signed it:\n%1\n\nCheck it with this person "
                                       "(by phone, for instance). Accept this key and see what the file would "
                                       "change?").replace("%1", manifest.key_fingerprint))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(lambda _result: self._trust_answered(box, path))
        self.trust_box = box
        box.open()

    def _trust_answered(self, box: QMessageBox, path: str) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self._preview(path, trust_new=True)
        else:
            self._cancelled()

    def _show_preview(self, plan) -> None:
        self.task = None
        if not plan.has_work:
            remember_key(self.store, plan)  # a key the person accepted, for a file that changes nothing else
        self.preview_dialog = ExchangePreviewDialog(plan, self.store, self)
        self.preview_dialog.accepted.connect(lambda: self._apply(plan, dict(self.preview_dialog.choices)))
        self.preview_dialog.open()

    def _apply(self, plan, choices) -> None:
        # a write like any other: once done, every open page is told the synced tables moved
        self.task = run_write(self, self.tr("Importing…"),
                              lambda progress: apply_plan(self.store, plan, choices, progress), set(synced_tables()),
                              self._imported, self._import_failed, on_cancel=self._cancelled)

    def _imported(self, result) -> None:
        self.task = None
        summary = result.summary
        self.ui.statusLabel.setText(
            self.tr("Import done: %1 added, %2 updated, %3 deleted, %4 conflicts. Backup: %5.")
            .replace("%1", str(summary["add"])).replace("%2", str(summary["update"]))
            .replace("%3", str(summary["delete"] + summary["erase"])).replace("%4", str(summary["conflict"]))
            .replace("%5", result.backup.name))
        self.refresh()
        if self.conflicts.rowCount():
            self.ui.tabs.setCurrentIndex(1)
            self.ui.statusLabel.setText(self.ui.statusLabel.text() + " " + self.tr(
                "Check the conflicts below: the automatic choice was applied where you did not choose."))

    def _export_failed(self, error: Exception) -> None:
        self._failed(self.tr("The file was not written."), error)

    def _import_failed(self, error: Exception) -> None:
        self._failed(self.tr("The file was not imported; your data is unchanged."), error)

    def _failed(self, headline: str, error: Exception) -> None:
        self.task = None
        self.ui.statusLabel.setText(f"{headline} {error}")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Exchanges"), headline, QMessageBox.StandardButton.Ok,
                          self)
        box.setInformativeText(str(error))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_box = box
        box.open()

    def _cancelled(self) -> None:
        self.task = None
        self.ui.statusLabel.setText(self.tr("Cancelled: nothing was changed."))

    def maybe_leave(self) -> bool:
        """An export or an import still running keeps the person here (its window has Annuler)."""
        if self.task is None:
            return True
        QMessageBox.information(self, self.tr("Exchanges"), self.tr(
            "A file is being prepared or imported. Wait for the end, or click Cancel in its window."))
        return False
