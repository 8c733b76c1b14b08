"""The partnerships already recorded for the commune, shown inside a volet that asks for them."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from catalyseur_app.diagnostics.queries import commune_name, commune_partnerships
from catalyseur_app.ui.pages.diagnostic.models import DiagnosticPartnershipsModel


class CommunePartnerships(QWidget):
    """A heading with their number, then the table (``model`` is None when there are none)."""

    def __init__(self, store, commune_insee: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model: DiagnosticPartnershipsModel | None = None
        lines = commune_partnerships(store, commune_insee)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>Partnerships already recorded for %1</b> (%2)").replace(
            "%1", commune_name(commune_insee)).replace("%2", str(len(lines))), self)
        layout.addWidget(heading)
        if not lines:
            layout.addWidget(QLabel(self.tr("No partnership is recorded for this commune yet."), self))
            return
        view = QTableView(self)
        view.setObjectName("partnerships")
        view.setAccessibleName(self.tr("Partnerships already recorded for the commune"))
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.model = DiagnosticPartnershipsModel(view)
        self.model.set_rows(lines)
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        view.setMaximumHeight(160)
        layout.addWidget(view)
