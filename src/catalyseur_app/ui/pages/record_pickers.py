"""Small pickers shared by the partnership and journal pages.

    RecordPicker(store, "actors" | "partnerships")   type a few letters, SQLite (FTS) proposes
        up to 20 records; signal ``chosen(id, label)``; ``record_id()``, ``set_record(id)``
    label_of(store, entity, id)                       the label a picker shows for a record
    fill_checklist(list_widget, [(code, label)]), checked_codes(list_widget), set_checked(...)
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from catalyseur_app.domain.communes import format_commune
from catalyseur_app.domain.vocabularies import ACTOR_KINDS
from catalyseur_app.messages import language
from catalyseur_app.records.query import ListQuery, fetch_rows
from catalyseur_app.store.models import Actor, Partnership
from catalyseur_app.ui.widgets.proposals import attach_proposals

CODE_ROLE = Qt.ItemDataRole.UserRole + 10
PROPOSALS = 20


def actor_label(name: str, kind: str | None, commune: str | None) -> str:
    place = format_commune(commune).split(" — ")[0] if commune else ""
    details = ", ".join(part for part in (ACTOR_KINDS.label(kind, language()) if kind else "", place) if part)
    return f"{name} ({details})" if details else name


def label_of(store, entity: str, record_id: str | None) -> str:
    if not record_id:
        return ""
    with store.read() as session:
        if entity == "actors":
            actor = session.get(Actor, record_id)
            return actor_label(actor.name, actor.kind, actor.commune_insee) if actor else record_id
        partnership = session.get(Partnership, record_id)
        return partnership.title if partnership else record_id


class RecordPicker(QLineEdit):
    """Find an actor or a partnership as you type; the search runs in SQLite."""

    chosen = Signal(str, str)  # id, label

    def __init__(self, store, entity: str, parent=None):
        super().__init__(parent)
        self._store, self._entity = store, entity
        self._by_label: dict[str, str] = {}
        self._id: str | None = None
        self._labels = attach_proposals(self, self._take)
        self.textEdited.connect(self._propose)
        self.returnPressed.connect(self._take_single)

    def record_id(self) -> str | None:
        return self._id

    def set_record(self, record_id: str | None) -> None:
        self._id = record_id or None
        self.setText(label_of(self._store, self._entity, record_id))

    def proposals(self) -> list[str]:
        return self._labels.stringList()

    def _propose(self, text: str) -> None:
        self._id = None
        self._by_label = {}
        if len(text.strip()) >= 2:
            query = ListQuery(self._entity, search=text)
            with self._store.read() as session:
                rows = fetch_rows(session, query, 0, PROPOSALS)
            for row in rows:
                self._by_label[self._row_label(row)] = row[0]
        self._labels.setStringList(list(self._by_label))
        if self._by_label:
            self.completer().complete()

    def _row_label(self, row: tuple) -> str:
        if self._entity == "actors":  # id, name, kind, commune, …
            return actor_label(row[1], row[2], row[3])
        return row[1]

    def _take(self, label: str) -> None:
        record_id = self._by_label.get(label)
        if record_id:
            self._id = record_id
            self.completer().popup().hide()
            self.setText(label)
            self.chosen.emit(record_id, label)

    def _take_single(self) -> None:
        """Entrée with a single proposal (or an exact label) takes it."""
        if self._id is None:
            text = self.text()
            if text in self._by_label:
                self._take(text)
            elif len(self._by_label) == 1:
                self._take(next(iter(self._by_label)))


def fill_checklist(widget: QListWidget, entries: list[tuple[str, str]]) -> None:
    """Checkable entries; a label too long for the width wraps onto a second line (never cut)."""
    widget.clear()
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    for code, label in entries:
        item = QListWidgetItem(label)
        item.setToolTip(label)
        item.setData(CODE_ROLE, code)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)


def checked_codes(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(CODE_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def set_checked(widget: QListWidget, codes) -> None:
    wanted = {str(code) for code in codes}
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if str(item.data(CODE_ROLE)) in wanted else Qt.CheckState.Unchecked)
