"""One national table (``foundation.national_data.Table``) shown in the window: model and tab.

The rows are the very tuples the workbook and the PDF are written from. A catalyseur silent for
90 days or more is shown in bold on an orange background (bold, so it still stands out in black
and white).
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from catalyseur_app.formatting import format_date, format_number
from catalyseur_app.foundation.national_data import (
    DATE,
    HOURS,
    INT,
    SCORE,
    SILENT_AFTER_DAYS,
    Table,
)

SILENT_COLUMN = f"Sans envoi depuis {SILENT_AFTER_DAYS} jours"
IDENTIFIER_COLUMN = "Identifiant"  # a catalyseur's long id: hidden, in the tooltip of its name
SILENT_BACKGROUND = QColor("#fdd0a2")


class NationalTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: Table | None = None
        self._silent_column = -1

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        headers = [header for header, _type in table.columns]
        self._silent_column = headers.index(SILENT_COLUMN) if SILENT_COLUMN in headers else -1
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and self.table:
            return self.table.columns[section][0]
        return None

    def identifier_column(self) -> int:
        headers = [header for header, _type in self.table.columns]
        return headers.index(IDENTIFIER_COLUMN) if IDENTIFIER_COLUMN in headers else -1

    def is_silent(self, row: int) -> bool:
        return self._silent_column >= 0 and self.table.rows[row][self._silent_column] == "Oui"

    def text(self, row: int, column: int) -> str:
        value = self.table.rows[row][column]
        kind = self.table.columns[column][1]
        if value is None:
            return ""
        if kind == INT and isinstance(value, int):
            return format_number(value)
        if kind in (HOURS, SCORE):
            return format_number(float(value), 1 if kind == SCORE else 2)
        if kind == DATE and isinstance(value, _dt.date):
            return format_date(value)
        return str(value)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and self.identifier_column() >= 0:
            return str(self.table.rows[row][self.identifier_column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.table.columns[column][1] in (INT, HOURS, SCORE):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and self.is_silent(row):
            return QBrush(SILENT_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and self.is_silent(row):
            font = QFont()
            font.setBold(True)
            return font
        return None


class NationalTableTab(QWidget):
    """The table's title, the table, and its note."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = NationalTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def set_table(self, table: Table) -> None:
        self.title.setText(table.title)
        self.model.set_table(table)
        hidden = self.model.identifier_column()
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, column == hidden)
        self.note.setText(table.note)
        self.note.setVisible(bool(table.note))
