"""A lazy table model over the paged query layer (``records.query``): SQLite does the filtering,
sorting and searching; the model holds only the pages a view has asked for.

    model = RecordListModel(store, "actors", parent=self)
    view.setModel(model); view.setSortingEnabled(True)       # sort() re-queries SQLite
    model.set_filters({"kind": "association"}); model.set_search("ecol")
    model.record_id(row) -> id;  model.row_of(id) -> row or -1;  model.total -> matching rows
    model.reload()            re-run the query (after a change), keeping filters, search and sort

Pages of ``page_size`` rows (100) are added as the view scrolls (``canFetchMore``/``fetchMore``).
Column headers are English sources translated in the "RecordListModel" context: a module that
defines new columns lists their headers with ``QT_TRANSLATE_NOOP("RecordListModel", "…")`` so
lupdate sees them. Signal ``reloaded(int total)`` is emitted after each query.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from catalyseur_app.messages import language
from catalyseur_app.records.query import ListQuery, count_rows, fetch_rows, get_entity

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2

# Headers of the built-in lists (records/entities.py), listed for lupdate.
_HEADERS = (
    QT_TRANSLATE_NOOP("RecordListModel", "Name"), QT_TRANSLATE_NOOP("RecordListModel", "Kind"),
    QT_TRANSLATE_NOOP("RecordListModel", "Commune"), QT_TRANSLATE_NOOP("RecordListModel", "SIREN / SIRET"),
    QT_TRANSLATE_NOOP("RecordListModel", "Contacts"), QT_TRANSLATE_NOOP("RecordListModel", "Modified"),
    QT_TRANSLATE_NOOP("RecordListModel", "Role"), QT_TRANSLATE_NOOP("RecordListModel", "Actor"),
    QT_TRANSLATE_NOOP("RecordListModel", "E-mail"), QT_TRANSLATE_NOOP("RecordListModel", "Phone"),
    QT_TRANSLATE_NOOP("RecordListModel", "Consent"), QT_TRANSLATE_NOOP("RecordListModel", "Title"),
    QT_TRANSLATE_NOOP("RecordListModel", "Form"), QT_TRANSLATE_NOOP("RecordListModel", "Stage"),
    QT_TRANSLATE_NOOP("RecordListModel", "Partners"), QT_TRANSLATE_NOOP("RecordListModel", "Start"),
    QT_TRANSLATE_NOOP("RecordListModel", "End"), QT_TRANSLATE_NOOP("RecordListModel", "Inspiring"),
    QT_TRANSLATE_NOOP("RecordListModel", "Date"), QT_TRANSLATE_NOOP("RecordListModel", "Métier"),
    QT_TRANSLATE_NOOP("RecordListModel", "Mission"), QT_TRANSLATE_NOOP("RecordListModel", "Time spent"),
    QT_TRANSLATE_NOOP("RecordListModel", "Participants"), QT_TRANSLATE_NOOP("RecordListModel", "Partnership"),
    QT_TRANSLATE_NOOP("RecordListModel", "Deleted on"),
)


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.TextAlignmentRole, ID_ROLE, RAW_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# Rows read per query: a screen shows about 30; more come as the view scrolls.
PAGE_SIZE = 100

class RecordListModel(QAbstractTableModel):
    reloaded = Signal(int)

    def __init__(self, store, entity: str, page_size: int = PAGE_SIZE,
                 query: ListQuery | None = None, parent=None):
        super().__init__(parent)
        self._store = store
        self._entity = get_entity(entity)
        self._page_size = page_size
        self._query = query or ListQuery(entity)
        self._rows: list[tuple] = []
        self._total = 0
        self.reload()

    # -- query -----------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def entity(self):
        return self._entity

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self.reload()

    def set_filters(self, filters: dict[str, Any]) -> None:
        self.set_query(replace(self._query, filters=dict(filters)))

    def set_search(self, text: str) -> None:
        if text != self._query.search:
            self.set_query(replace(self._query, search=text))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._entity.columns):
            return
        key = self._entity.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort or self._entity.default_sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=descending))

    def sort_column(self) -> int:
        return self._entity.column_index(self._query.sort or self._entity.default_sort)

    def reload(self) -> None:
        self.beginResetModel()
        with self._store.read() as session:
            self._total = count_rows(session, self._query)
            self._rows = fetch_rows(session, self._query, 0, self._page_size, self._total) if self._total else []
        self.endResetModel()
        self.reloaded.emit(self._total)

    # -- lazy loading ----------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid():
            return
        with self._store.read() as session:
            page = fetch_rows(session, self._query, len(self._rows), self._page_size, self._total)
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- model -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entity.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._entity.columns)):
            return QCoreApplication.translate("RecordListModel", self._entity.columns[section].header)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every role of every visible cell at each repaint: the roles a list does not
        # use are answered before looking at the row.
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return self._entity.columns[column].display(self._rows[row][column + 1], language())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._entity.columns[column].numeric else None
        if role == ID_ROLE:
            return self._rows[row][0]
        return self._rows[row][column + 1]  # RAW_ROLE

    def record_id(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row[0] == record_id:
                return number
        return -1

    def raw_value(self, row: int, key: str) -> Any:
        return self._rows[row][self._entity.column_index(key) + 1]
