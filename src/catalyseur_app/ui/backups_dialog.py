"""Paramètres → Sauvegardes, and the dialog shown at start when the database must be restored.

``BackupsDialog`` lists the backups (date, reason, row counts, size) and offers « Restaurer »
(asked first; the window's controller then closes the store, restores, and reopens the window),
« Sauvegarder maintenant » and « Vérifier la base ». ``RestoreNeededDialog`` is shown instead of the
window when the database is missing, empty or unreadable while backups exist: « Restaurer » or
« Quitter », never a new empty store. Long work goes through ``run_task``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from catalyseur_app.formatting import format_number
from catalyseur_app.store.backup import (
    MAIN_TABLES,
    MANUAL,
    BackupInfo,
    list_backups,
    main_counts,
    read_info,
)
from catalyseur_app.store.backup_texts import (
    counts_label,
    moment_label,
    reason_label,
    size_label,
)
from catalyseur_app.store.paths import database_path
from catalyseur_app.ui.generated.ui_backups_dialog import Ui_BackupsDialog
from catalyseur_app.ui.tasks import run_task


class BackupsDialog(QDialog):
    restore_chosen = Signal(object)  # BackupInfo, once the person has confirmed

    def __init__(self, data_dir: Path, store=None, parent: QWidget | None = None,
                 backups: list[BackupInfo] | None = None):
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.data_dir, self.store = Path(data_dir), store
        self.confirm_box: QMessageBox | None = None
        self.ui.restoreButton.clicked.connect(self.ask_restore)
        self.ui.createButton.clicked.connect(self.back_up_now)
        self.ui.checkButton.clicked.connect(self.check_database)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.createButton.setEnabled(store is not None)
        self.show_backups(backups)

    # --- the list ---------------------------------------------------------------------------
    def show_backups(self, backups: list[BackupInfo] | None = None) -> None:
        self.backups = list_backups(self.data_dir) if backups is None else backups
        headers = [self.tr("Date"), self.tr("Reason"), self.tr("Actors"), self.tr("Contacts"), self.tr("Partnerships"),
                   self.tr("Activities"), self.tr("Diagnostics"), self.tr("Size")]
        model = QStandardItemModel(len(self.backups), len(headers), self)
        model.setHorizontalHeaderLabels(headers)
        for row, info in enumerate(self.backups):
            with contextlib.suppress(sqlite3.Error, OSError):  # unreadable: counts shown as « ? »
                info.counts_on_demand()
            counts = main_counts(info.counts) if info.counts is not None else None
            cells = [moment_label(info.created_at), reason_label(info.reason),
                     *((format_number(counts[name]) if counts else "?") for name in MAIN_TABLES),
                     size_label(info.size)]
            for column, text in enumerate(cells):
                item = QStandardItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                model.setItem(row, column, item)
        self.ui.table.setModel(model)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the reason takes the room left
        if self.backups:
            self.ui.table.selectRow(0)
        self.ui.restoreButton.setEnabled(bool(self.backups))

    def selected(self) -> BackupInfo | None:
        rows = self.ui.table.selectionModel().selectedRows() if self.ui.table.selectionModel() else []
        return self.backups[rows[0].row()] if rows else None

    def set_status(self, text: str, problem: bool = False) -> None:
        self.ui.status.setStyleSheet("color: #b00020;" if problem else "")
        self.ui.status.setText(text)

    # --- restore ----------------------------------------------------------------------------
    def ask_restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"),
                          self.tr("Restore the backup of %1 (%2)? Your data as it is now is backed up first, "
                                  "then replaced by this backup; the window then reopens on the restored data.")
                          .replace("%1", moment_label(info.created_at)).replace("%2", counts_label(info.counts)),
                          parent=self)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.buttonClicked.connect(lambda button: self._restore_answer(button is restore, info))
        self.confirm_box = box
        box.open()

    def _restore_answer(self, confirmed: bool, info: BackupInfo) -> None:
        self.confirm_box = None
        if confirmed:
            self.accept()
            self.restore_chosen.emit(info)

    # --- back up now, check -----------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.store is None:
            return
        store = self.store
        run_task(self, self.tr("Backing up…"), lambda progress: read_info(store.backup(MANUAL)),
                 on_done=self._backed_up, on_error=lambda error: self.set_status(str(error), problem=True))

    def _backed_up(self, info: BackupInfo) -> None:
        self.show_backups()
        self.set_status(self.tr("Backup made and checked: %1.").replace("%1", counts_label(info.counts)))

    def check_database(self) -> None:
        from catalyseur_app.store.database_check import check_database

        db_path = database_path(self.data_dir)
        self.set_status(self.tr("Checking the database…"))
        run_task(self, self.tr("Checking the database…"), lambda progress: check_database(db_path),
                 on_done=self._checked, on_error=lambda error: self.set_status(str(error), problem=True))

    def _checked(self, result) -> None:
        if result.ok:
            self.set_status(self.tr("The database is sound (full integrity check): %1.")
                            .replace("%1", counts_label(result.counts)))
        else:
            self.set_status(self.tr("The database has problems: %1. Restore a verified backup from this list.")
                            .replace("%1", "; ".join(result.problems[:3])), problem=True)


class RestoreNeededDialog(BackupsDialog):
    """At start, instead of making a new empty store over lost data: « Restaurer » or « Quitter »."""

    def __init__(self, data_dir: Path, error: Exception, parent: QWidget | None = None):
        offered = [item if isinstance(item, BackupInfo) else read_info(Path(item))
                   for item in getattr(error, "backups", [])]
        offered = [info for info in offered if info is not None] or None
        super().__init__(data_dir, None, parent, backups=offered)
        self.setWindowTitle(self.tr("Restore the data"))
        self.ui.intro.setText(str(error) + "\n\n" + self.tr(
            "Choose a backup to restore. Nothing is deleted: the current database file is set aside in the "
            "“mis-de-cote” folder of the data folder."))
        self.ui.createButton.hide()
        self.ui.closeButton.setText(self.tr("&Quit"))
        self.ui.restoreButton.setText(self.tr("&Restore"))
        self.opened_store = None

    def ask_restore(self) -> None:  # choosing « Restaurer » here is the answer: no second question
        info = self.selected()
        if info is None:
            return
        from catalyseur_app.store.restore import restore_backup

        data_dir = self.data_dir
        self.set_status(self.tr("Restoring…"))
        run_task(self, self.tr("Restoring…"), lambda progress: restore_backup(data_dir, info, progress),
                 on_done=self._restored, on_error=lambda error: self.set_status(str(error), problem=True))

    def _restored(self, _result) -> None:
        from catalyseur_app.store import StoreError, open_store

        try:
            self.opened_store = open_store(self.data_dir)
        except StoreError as error:
            self.show_backups()
            self.set_status(str(error), problem=True)
            return
        self.accept()
