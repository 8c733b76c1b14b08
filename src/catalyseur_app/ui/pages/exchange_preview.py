"""The import preview: what the file will change, a choice per conflict, Apply or Cancel."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView

from catalyseur_app.exchange.merge import INCOMING, LOCAL
from catalyseur_app.formatting import format_moment
from catalyseur_app.ui.generated.ui_exchange_preview import Ui_ExchangePreviewDialog

from .exchange_texts import RecordNames, choice_text, record_title, side_texts


class RowsModel(QAbstractTableModel):
    """A small read-only table of display texts, with a tooltip per row (the full differences)."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []
        self.keys: list[object] = []
        self.tips: list[str] = []

    def set_rows(self, rows: list[list[str]], keys: list[object], tips: list[str] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.keys, self.tips = rows, keys, tips or [""] * len(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips[index.row()] or self.rows[index.row()][index.column()] or None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def size_columns(view: QTableView, stretch: tuple[int, ...], widths: dict[int, int]) -> None:
    """Stretch the value columns, give the others a width the person can change."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(view.model().columnCount()):
        if column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif column in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, widths[column])
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().hide()
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


def mnemonic_tooltip(button, text: str) -> None:
    """« text (Alt+M) » from the button's own mnemonic, whatever the language."""
    found = re.search(r"&([^&])", button.text())
    button.setToolTip(f"{text} (Alt+{found.group(1).upper()})" if found else text)


class ExchangePreviewDialog(QDialog):
    """``choices`` holds only what the person chose: the other conflicts follow the rule and stay
    listed in « Conflits à examiner »."""

    def __init__(self, plan, store, parent=None):
        super().__init__(parent)
        self.ui = Ui_ExchangePreviewDialog()
        self.ui.setupUi(self)
        self.plan = plan
        self.names = RecordNames(store)
        self.choices: dict[tuple[str, str], str] = {}
        self.setWindowTitle(self.tr("Import preview — %1").replace("%1", plan.file.name))
        self.ui.fileLabel.setText(self._file_text())
        self.ui.summaryLabel.setText(self._summary_html())
        conflicts = plan.conflicts
        self.ui.conflictsLabel.setText(
            self.tr("Changed on both sides since your last exchange: the automatic choice is shown for each. "
                    "Select a line and choose the version to keep; the lines you leave stay in “Conflicts to "
                    "review”, where you can still change your mind.") if conflicts else "")
        self.model = RowsModel([self.tr("Record"), self.tr("What differs"), self.tr("My version"),
                                self.tr("Their version"), self.tr("Kept")], self)
        self.ui.conflictsTable.setModel(self.model)
        size_columns(self.ui.conflictsTable, (2, 3), {0: 220, 1: 150})
        for widget in (self.ui.conflictsLabel, self.ui.conflictsTable, self.ui.keepMineButton,
                       self.ui.takeTheirsButton):
            widget.setVisible(bool(conflicts))
        mnemonic_tooltip(self.ui.keepMineButton, self.tr("Keep the version that is on this computer"))
        mnemonic_tooltip(self.ui.takeTheirsButton, self.tr("Take the version of the imported file"))
        if not conflicts:
            self.ui.dialogLayout.insertStretch(self.ui.dialogLayout.indexOf(self.ui.applyLabel), 1)
            self.resize(620, 340)
        self.apply_button = self.ui.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(plan.has_work)
        self.apply_button.setDefault(plan.has_work)
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if plan.has_work:
            self.ui.applyLabel.setText(self.tr(
                "When you click Apply, a backup copy of your data is made first, then all these changes are "
                "saved at once. Cancel (now or during the import) leaves your data as it is."))
        elif plan.trust is not None and plan.trust.remember:  # recorded by the page as the preview opens
            self.ui.applyLabel.setText(self.tr("Nothing to change: your data is already up to date. The key you "
                                               "accepted is recorded: the next files signed with it are trusted."))
            cancel.setText(self.tr("Close"))
        else:
            self.ui.applyLabel.setText(self.tr("Nothing to change: your data is already up to date."))
            cancel.setText(self.tr("Close"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.keepMineButton.clicked.connect(lambda: self.choose(LOCAL))
        self.ui.takeTheirsButton.clicked.connect(lambda: self.choose(INCOMING))
        self._fill()
        if conflicts:
            self.ui.conflictsTable.selectRow(0)
            self.ui.conflictsTable.setFocus()

    def _file_text(self) -> str:
        m = self.plan.file.manifest
        made = format_moment(m.made_at)
        if m.full:
            what = self.tr("everything that computer holds")
        elif m.period_start:
            what = self.tr("the changes since %1").replace("%1", format_moment(m.period_start))
        else:
            what = self.tr("everything since its first file")
        text = (self.tr("File “%1”: file no. %2 from %3, made on %4, with %5.")
                .replace("%1", self.plan.file.name).replace("%2", str(m.sequence))
                .replace("%3", m.catalyseur_name or self.tr("an unnamed catalyseur")).replace("%4", made)
                .replace("%5", what))
        last = self.plan.last_applied
        if last is not None and m.sequence <= last:
            text += "\n" + self.tr("File no. %1 from that computer was already imported: newer data already here "
                                   "is kept.").replace("%1", str(last))
        return text

    def _summary_html(self) -> str:
        counts = self.plan.summary()
        lines = [
            (counts["add"], self.tr("to add"), self.tr("new records, not on this computer yet")),
            (counts["update"], self.tr("to update"),
             self.tr("changed on their side only: their version replaces yours")),
            (counts["delete"] + counts["erase"], self.tr("to delete"),
             self.tr("deleted on their side (or a person erased at their request)")),
            (counts["conflict"], self.tr("conflicts"), self.tr("changed on both sides: see below")),
            (counts["unchanged"] + counts["ignored"], self.tr("unchanged"),
             self.tr("already the same here, or newer here: nothing changes")),
        ]
        rows = "".join(f"<tr><td align='right'><b>{n}</b></td><td>&nbsp;<b>{label}</b></td>"
                       f"<td>&nbsp;— {help_}</td></tr>" for n, label, help_ in lines)
        return f"<table cellspacing='2'>{rows}</table>"

    def _fill(self) -> None:
        rows, tips = [], []
        for change in self.plan.conflicts:
            key = c_key(change)
            theirs = dict(change.incoming, nature=change.tombstone) if change.tombstone else change.incoming
            fields, mine_text, theirs_text, tip = side_texts(change.kind, change.local, theirs, self.names)
            local_live = change.local is not None and change.local.get("deleted_at") is None
            title = record_title(change.kind, change.local if local_live else change.incoming, change.record_id)
            if change.duplicate:
                fields = self.tr("made on both sides: %1").replace("%1", fields)
            chosen = self.choices.get(key, change.rule_choice)
            rows.append([title, fields, mine_text, theirs_text, choice_text(chosen, key in self.choices)])
            tips.append(f"{title}\n{tip}" if tip else title)
        selected = self.ui.conflictsTable.currentIndex().row()
        self.model.set_rows(rows, [c_key(c) for c in self.plan.conflicts], tips)
        if selected >= 0:
            self.ui.conflictsTable.selectRow(selected)

    def choose(self, choice: str) -> None:
        rows = selected_rows(self.ui.conflictsTable)
        for row in rows:
            self.choices[self.model.keys[row]] = choice
        self._fill()


def selected_rows(view: QTableView) -> list[int]:
    """The selected rows, else the row of the current cell (the one the keyboard is on)."""
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    return rows


def c_key(change) -> tuple[str, str]:
    return (change.kind, change.record_id)
