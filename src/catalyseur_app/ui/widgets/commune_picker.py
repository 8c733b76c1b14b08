"""Pick communes from the national referential by typing a name, an INSEE or a postal code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.ui.widgets.proposals import attach_proposals

INSEE_ROLE = Qt.ItemDataRole.UserRole + 1


class CommunePicker(QLineEdit):
    """One commune. Typing proposes up to 20 communes; choosing one sets ``insee()``."""

    commune_changed = Signal(object)  # str | None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._insee: str | None = None
        self._by_label: dict[str, str] = {}
        self._labels = attach_proposals(self, self._chosen)
        self.textEdited.connect(self._propose)
        self.editingFinished.connect(self._settle)
        self.setPlaceholderText(self.tr("Commune: name, INSEE or postal code"))
        self.setAccessibleName(self.tr("Commune"))

    def insee(self) -> str | None:
        return self._insee

    def set_insee(self, insee: str | None) -> None:
        commune = get_commune_index().get(insee) if insee else None
        self._insee = commune.insee if commune else None
        self.setText(commune.label if commune else "")
        self.commune_changed.emit(self._insee)

    def _propose(self, text: str) -> None:
        if self._insee is not None:
            self._insee = None
            self.commune_changed.emit(None)
        found = get_commune_index().search(text, 20) if len(text.strip()) >= 2 else []
        self._by_label = {commune.label: commune.insee for commune in found}
        self._labels.setStringList(list(self._by_label))
        if found:
            self.completer().complete()

    def _chosen(self, label: str) -> None:
        insee = self._by_label.get(label)
        if insee:
            self.set_insee(insee)

    def _settle(self) -> None:
        """On leaving the field: an exact label or a single match is taken; empty means none."""
        text = self.text().strip()
        if not text:
            if self._insee is not None:
                self.set_insee(None)
            return
        if self._insee is None:
            if text in self._by_label:
                self.set_insee(self._by_label[text])
            else:
                found = get_commune_index().search(text, 2)
                if len(found) == 1 or (found and found[0].insee == text.upper()):
                    self.set_insee(found[0].insee)

    def has_unresolved_text(self) -> bool:
        return bool(self.text().strip()) and self._insee is None


class MultiCommunePicker(QWidget):
    """Several communes: a picker to add one, the chosen list, a button to remove."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.picker = CommunePicker(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected commune (Suppr)"))
        self._model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self._model)
        self.view.setAccessibleName(self.tr("Chosen communes"))
        self.view.setMaximumHeight(110)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.add_button.clicked.connect(self._add)
        self.picker.commune_changed.connect(lambda insee: insee and self._add())
        self.remove_button.clicked.connect(self._remove)

    def communes(self) -> list[str]:
        return [self._model.item(row).data(INSEE_ROLE) for row in range(self._model.rowCount())]

    def set_communes(self, codes: list[str]) -> None:
        self._model.clear()
        for code in codes:
            self._append(code)
        self.changed.emit()

    def _append(self, code: str) -> None:
        commune = get_commune_index().get(code)
        item = QStandardItem(commune.label if commune else code)
        item.setData(code, INSEE_ROLE)
        item.setEditable(False)
        self._model.appendRow(item)

    def _add(self) -> None:
        code = self.picker.insee()
        if code and code not in self.communes():
            self._append(code)
            self.changed.emit()
        self.picker.blockSignals(True)
        self.picker.set_insee(None)
        self.picker.blockSignals(False)

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._model.removeRow(index.row())
            self.changed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.view.hasFocus():
            self._remove()
            return
        super().keyPressEvent(event)
