"""One line of a diagnostic's action plan: what, who leads, with which partners, by when, status."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QWidget

from catalyseur_app.diagnostics.results import ActionInput
from catalyseur_app.domain.vocabularies import ACTION_STATUSES
from catalyseur_app.messages import language
from catalyseur_app.ui.generated.ui_diagnostic_action import Ui_ActionDialog
from catalyseur_app.ui.pages.diagnostic.models import ID_ROLE


class ActionDialog(QDialog):
    """One line of the action plan: what, who leads, with which partners, by when, status."""

    def __init__(self, actors: dict[str, str], line=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self.ui.lead.addItem(self.tr("(none)"), None)
        for actor_id, name in sorted(actors.items(), key=lambda item: item[1].lower()):
            self.ui.lead.addItem(name, actor_id)
        self.partners_model = QStandardItemModel(self)
        chosen = set(line.partner_ids) if line else set()
        for actor_id, name in sorted(actors.items(), key=lambda item: item[1].lower()):
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if actor_id in chosen else Qt.CheckState.Unchecked)
            item.setData(actor_id, ID_ROLE)
            self.partners_model.appendRow(item)
        self.ui.partners.setModel(self.partners_model)
        for term in ACTION_STATUSES:
            self.ui.status.addItem(term.label(language()), term.code)
        self.ui.dueDate.set_value(QDate.currentDate().addMonths(3).toPython())
        self.ui.dueDate.bind_message(self.ui.message)
        self.ui.dueDate.textEdited.connect(lambda text: self.ui.hasDueDate.setChecked(bool(text.strip())))
        self.ui.hasDueDate.toggled.connect(
            lambda on: self.ui.dueDate.setFocus() if on else self.ui.dueDate.set_value(None))
        self.ui.hasDueDate.setChecked(True)
        if line is not None:
            self.ui.title.setText(line.title)
            self.ui.lead.setCurrentIndex(max(0, self.ui.lead.findData(line.lead_actor_id)))
            self.ui.hasDueDate.setChecked(line.due_date is not None)
            self.ui.dueDate.set_value(line.due_date)
            self.ui.status.setCurrentIndex(max(0, self.ui.status.findData(line.status)))
        self.ui.buttons.accepted.connect(self._accept)

    def value(self) -> ActionInput:
        partners = tuple(self.partners_model.item(row).data(ID_ROLE) for row in range(self.partners_model.rowCount())
                         if self.partners_model.item(row).checkState() == Qt.CheckState.Checked)
        due = self.ui.dueDate.value() if self.ui.hasDueDate.isChecked() else None
        return ActionInput(self.ui.title.text().strip(), self.ui.lead.currentData(), partners, due,
                           self.ui.status.currentData())

    def _accept(self) -> None:
        if not self.ui.title.text().strip():
            self.ui.message.setText(self.tr("Please describe the action."))
            self.ui.message.setStyleSheet("color: #b00020; font-weight: 600;")
            self.ui.title.setFocus()
            return
        if self.ui.dueDate.problem():
            self.ui.dueDate.setFocus()
            return
        self.accept()
