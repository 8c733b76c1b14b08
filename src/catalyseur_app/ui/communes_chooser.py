"""Choosing communes from the national referential: search by name, INSEE or postal code."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.ui.generated.ui_communes_chooser import Ui_ProfileCommunes

INSEE_ROLE = Qt.ItemDataRole.UserRole + 1


class CommunesChooser(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ProfileCommunes()
        self.ui.setupUi(self)
        self._results = QStandardItemModel(self)
        self._chosen = QStandardItemModel(self)
        self.ui.results.setModel(self._results)
        self.ui.chosen.setModel(self._chosen)
        self.ui.search.textChanged.connect(self._search)
        # Entrée adds the highlighted commune and stays here (it must not reach the dialog's
        # default button); a double click adds it too.
        self.ui.search.installEventFilter(self)
        self.ui.results.installEventFilter(self)
        self.ui.results.doubleClicked.connect(lambda _index: self._add_current())
        self.ui.addButton.clicked.connect(self._add_current)
        self.ui.removeButton.clicked.connect(self._remove_current)
        self.ui.chosen.activated.connect(lambda _index: self._remove_current())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and watched in (self.ui.search, self.ui.results)):
            self._add_current()
            self.ui.search.selectAll()  # the next name typed replaces the search
            return True
        if (event.type() == QEvent.Type.KeyPress and watched is self.ui.search
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._results.rowCount()):
            row = self.ui.results.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.ui.results.setCurrentIndex(self._results.index(max(0, min(row, self._results.rowCount() - 1)), 0))
            return True
        return super().eventFilter(watched, event)

    def communes(self) -> list[str]:
        return [self._chosen.item(row).data(INSEE_ROLE) for row in range(self._chosen.rowCount())]

    def set_communes(self, codes: list[str]) -> None:
        self._chosen.clear()
        for code in codes:
            self._append_chosen(code)

    def _search(self, text: str) -> None:
        self._results.clear()
        if not text.strip():
            return
        for commune in get_commune_index().search(text, limit=50):
            item = QStandardItem(commune.label)
            item.setData(commune.insee, INSEE_ROLE)
            self._results.appendRow(item)
        if self._results.rowCount():
            self.ui.results.setCurrentIndex(self._results.index(0, 0))

    def _add_current(self) -> None:
        index = self.ui.results.currentIndex()
        if index.isValid():
            self._append_chosen(index.data(INSEE_ROLE))

    def _append_chosen(self, code: str) -> None:
        if code in self.communes():
            return
        commune = get_commune_index().get(code)
        item = QStandardItem(commune.label if commune else code)
        item.setData(code, INSEE_ROLE)
        self._chosen.appendRow(item)
        self.changed.emit()

    def _remove_current(self) -> None:
        index = self.ui.chosen.currentIndex()
        if index.isValid():
            self._chosen.removeRow(index.row())
            self.changed.emit()
