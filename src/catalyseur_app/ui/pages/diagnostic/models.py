"""Item models of the diagnostics window (model/view over the use-case queries)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from catalyseur_app.diagnostics.kits import list_installed_kits
from catalyseur_app.diagnostics.progress import DiagnosticProgress, progress_of
from catalyseur_app.diagnostics.queries import (
    DiagnosticSummary,
    PartnershipLine,
    count_diagnostics,
    list_diagnostics,
)
from catalyseur_app.diagnostics.results import ActionLine
from catalyseur_app.domain.vocabularies import (
    ACTION_STATUSES,
    DIAGNOSTIC_STATUSES,
    PARTNERSHIP_FORMS,
    PARTNERSHIP_STAGES,
)
from catalyseur_app.formatting import format_date, format_moment
from catalyseur_app.kit import AXES, Kit, Scores
from catalyseur_app.messages import language
from catalyseur_app.store import Store

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses give headers and cell texts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row, column: int):
        raise NotImplementedError

    def row_id(self, row) -> str | None:
        return getattr(row, "id", None)

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, index: int):
        return self._rows[index]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the tooltip shows elided text
            return self.cell(row, index.column())
        if role == ID_ROLE:
            return self.row_id(row)
        return None


class DiagnosticsModel(_RowsModel):
    """Every diagnostic, most recent first, fetched in batches as the view scrolls."""

    BATCH = 200

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self._total = 0
        self._kit_titles: dict[str, str] = {}
        self._progress: dict[str, DiagnosticProgress] = {}

    def reload(self) -> None:
        self.beginResetModel()
        self._kit_titles = {info.form_id: info.title for info in list_installed_kits(self.store)}
        self._total = count_diagnostics(self.store)
        self._rows = list_diagnostics(self.store, offset=0, limit=self.BATCH)
        self._progress = progress_of(self.store, [row.id for row in self._rows])
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        more = list_diagnostics(self.store, offset=len(self._rows), limit=self.BATCH)
        if more:
            self._progress.update(progress_of(self.store, [row.id for row in more]))
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        else:
            self._total = len(self._rows)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("DiagnosticsModel", "Commune"),
                QCoreApplication.translate("DiagnosticsModel", "INSEE code"),
                QCoreApplication.translate("DiagnosticsModel", "Date"),
                QCoreApplication.translate("DiagnosticsModel", "Status"),
                QCoreApplication.translate("DiagnosticsModel", "Kit"),
                QCoreApplication.translate("DiagnosticsModel", "Version"),
                QCoreApplication.translate("DiagnosticsModel", "Revision"),
                QCoreApplication.translate("DiagnosticsModel", "Progress"),
                QCoreApplication.translate("DiagnosticsModel", "Last change")]

    def cell(self, row: DiagnosticSummary, column: int):
        if column < 7:
            return (row.commune_name, row.commune_insee, format_date(row.started_on),
                    DIAGNOSTIC_STATUSES.label(row.status, language()), self._kit_titles.get(row.kit_id, row.kit_id),
                    row.kit_version, str(row.revision))[column]
        progress = self._progress.get(row.id)
        if progress is None:
            return "—"
        if column == 7:
            return (QCoreApplication.translate("DiagnosticsModel", "%1 / %2 · %3 / %4 volets")
                    .replace("%1", str(progress.answered)).replace("%2", str(progress.total))
                    .replace("%3", str(progress.volets_complete)).replace("%4", str(progress.volets_total)))
        return format_moment(progress.last_change)

    def progress(self, diagnostic_id: str) -> DiagnosticProgress | None:
        return self._progress.get(diagnostic_id)

    def row_of(self, diagnostic_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == diagnostic_id), -1)


class DiagnosticPartnershipsModel(_RowsModel):
    def __init__(self, parent=None):
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("DiagnosticPartnershipsModel", "Partnership"),
                QCoreApplication.translate("DiagnosticPartnershipsModel", "Form"),
                QCoreApplication.translate("DiagnosticPartnershipsModel", "Stage"),
                QCoreApplication.translate("DiagnosticPartnershipsModel", "Partners")]

    def cell(self, row: PartnershipLine, column: int):
        return (row.title, PARTNERSHIP_FORMS.label(row.form, language()),
                PARTNERSHIP_STAGES.label(row.stage, language()), ", ".join(row.partners))[column]


class DiagnosticScoresModel(_RowsModel):
    """One row per volet: label, axis, score 0–100, scored questions answered."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kit: Kit | None = None

    def set_scores(self, kit: Kit, scores: Scores) -> None:
        self.kit = kit
        self.set_rows(list(scores.volets.values()))

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("DiagnosticScoresModel", "Volet"),
                QCoreApplication.translate("DiagnosticScoresModel", "Axis"),
                QCoreApplication.translate("DiagnosticScoresModel", "Score / 100"),
                QCoreApplication.translate("DiagnosticScoresModel", "Answered")]

    def row_id(self, row) -> str:
        return row.volet

    def cell(self, row, column: int):
        if column == 0:
            return self.kit.volet(row.volet).label.get(language())
        if column == 1:
            return AXES[row.axis][language()] if row.axis in AXES else ""
        if column == 2:
            return "—" if row.score is None else f"{row.score:.0f}"
        return f"{row.answered} / {row.scored}"

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class DiagnosticActionsModel(_RowsModel):
    def __init__(self, actor_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.actor_names = actor_names

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("DiagnosticActionsModel", "Action"),
                QCoreApplication.translate("DiagnosticActionsModel", "Lead actor"),
                QCoreApplication.translate("DiagnosticActionsModel", "Partners"),
                QCoreApplication.translate("DiagnosticActionsModel", "Due date"),
                QCoreApplication.translate("DiagnosticActionsModel", "Status")]

    def cell(self, row: ActionLine, column: int):
        if column == 0:
            return row.title
        if column == 1:
            return self.actor_names.get(row.lead_actor_id, "") if row.lead_actor_id else ""
        if column == 2:
            return ", ".join(self.actor_names.get(actor, "") for actor in row.partner_ids)
        if column == 3:
            return format_date(row.due_date)
        return ACTION_STATUSES.label(row.status, language())
