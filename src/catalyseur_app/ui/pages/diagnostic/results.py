"""Results of a diagnostic: scores and radar, priorities, action plan, finalise and revise."""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QBoxLayout, QHeaderView, QMessageBox, QWidget

from catalyseur_app.diagnostics import DiagnosticError
from catalyseur_app.diagnostics.queries import actor_choices
from catalyseur_app.diagnostics.results import (
    add_action,
    delete_action,
    finalise,
    get_conclusion,
    revise,
    set_priorities,
    update_action,
)
from catalyseur_app.diagnostics.sessions import DiagnosticRun
from catalyseur_app.formatting import format_number
from catalyseur_app.kit import AXES
from catalyseur_app.messages import language, plural
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.generated.ui_diagnostic_results import Ui_DiagnosticResults
from catalyseur_app.ui.i18n import filled
from catalyseur_app.ui.pages.diagnostic.action import ActionDialog
from catalyseur_app.ui.pages.diagnostic.chart import RadarChart
from catalyseur_app.ui.pages.diagnostic.models import DiagnosticActionsModel, DiagnosticScoresModel
from catalyseur_app.ui.widgets import ResponsiveColumns, compact_rows

VOLET_ROLE = Qt.ItemDataRole.UserRole + 1
REPORT_KEYS = "Ctrl+Shift+P"
WIDE_LAYOUT = 900  # pixels: below this, the chart goes under the scores and the plan under the priorities


def report_function():
    """``catalyseur_app.ui.documents.show_diagnostic_report`` when the Documents area provides it."""
    try:
        module = importlib.import_module("catalyseur_app.ui.documents")
    except ModuleNotFoundError as error:
        if "catalyseur_app.ui.documents".startswith(error.name or "\0"):
            return None
        raise
    return getattr(module, "show_diagnostic_report", None)


class DiagnosticResults(QWidget):
    status_changed = Signal()
    revised = Signal(str)
    verify_requested = Signal()

    def __init__(self, context: AppContext, run: DiagnosticRun, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.run = run
        self.ui = Ui_DiagnosticResults()
        self.ui.setupUi(self)
        self.chart = RadarChart(self)
        self.ui.chartLayout.addWidget(self.chart)
        self.scores_model = DiagnosticScoresModel(self)
        self.ui.scores.setModel(self.scores_model)
        self.ui.scores.verticalHeader().hide()
        self.ui.scores.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.scores.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        compact_rows(self.ui.scores)
        self.priorities_model = QStandardItemModel(self)
        self.ui.priorities.setModel(self.priorities_model)
        self.actors = {actor.id: actor.name for actor in actor_choices(self.store)}
        self.actions_model = DiagnosticActionsModel(self.actors, self)
        self.ui.actions.setModel(self.actions_model)
        self.ui.actions.verticalHeader().hide()
        compact_rows(self.ui.actions)
        # The action stretches; due date, status, lead actor and partners as room allows.
        self.action_columns = ResponsiveColumns(self.ui.actions, 0, [(3, 10), (4, 12), (1, 24), (2, 24)],
                                                stretch_chars=24)
        for volet in run.kit.volets:
            self.ui.voletChoice.addItem(volet.label.get(language()), volet.name)
        self._report = report_function()
        self.ui.reportButton.setVisible(self._report is not None)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.addPriority.clicked.connect(self._add_priority)
        ui.removePriority.clicked.connect(self._remove_priority)
        ui.upPriority.clicked.connect(lambda: self._move_priority(-1))
        ui.downPriority.clicked.connect(lambda: self._move_priority(+1))
        ui.useFlagged.clicked.connect(self._use_flagged)
        ui.addAction.clicked.connect(self.new_action)
        ui.editAction.clicked.connect(self.edit_action)
        ui.actions.activated.connect(lambda _index: self.edit_action())
        ui.deleteAction.clicked.connect(self.remove_action)
        ui.finaliseButton.clicked.connect(self.finalise)
        ui.reviseButton.clicked.connect(self.revise)
        ui.reportButton.clicked.connect(self.open_report)
        report = QShortcut(QKeySequence(REPORT_KEYS), self)
        report.setContext(Qt.ShortcutContext.WindowShortcut)
        report.activated.connect(lambda: ui.reportButton.isVisible() and ui.reportButton.click())
        for button, keys, tip in (
            (ui.finaliseButton, "Ctrl+Shift+F", self.tr("Finalise: lock the answers")),
            (ui.reviseButton, "Ctrl+Shift+R", self.tr("Revise: a new revision that keeps this one")),
            (ui.addAction, "Ctrl+Shift+A", self.tr("Add a line to the action plan")),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda b=button: b.isVisible() and b.isEnabled() and b.click())
            button.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Side by side when there is room; one above the other in a narrow window.
        wide = event.size().width() >= WIDE_LAYOUT
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        for row in (self.ui.scoresRow, self.ui.conclusionRow):
            if row.direction() != direction:
                row.setDirection(direction)

    # --- refresh ------------------------------------------------------------------------
    def refresh(self) -> None:
        run, kit = self.run, self.run.kit
        scores = run.scores()
        self.scores_model.set_scores(kit, scores)
        table = self.ui.scores  # as tall as its rows: no empty band under the last volet
        table.setMaximumHeight(table.horizontalHeader().height() + table.verticalHeader().length()
                               + 2 * table.frameWidth() + 2)
        self.chart.set_scores([volet.label.get(language()) for volet in kit.volets],
                              [scores.volets[volet.name].score for volet in kit.volets])
        axis_score = self.tr("%1: <b>%2</b> / 100")  # "Resilience: 62 / 100"
        axes = " · ".join(filled(axis_score, AXES[axis][language()], "—" if value is None else f"{value:.0f}")
                          for axis, value in scores.axes.items())
        self.ui.summary.setText(self.tr("<h3>Scores</h3>") + axes)
        conclusion = get_conclusion(self.store, run.id)
        self.priorities_model.clear()
        for priority in conclusion.priorities:
            item = QStandardItem(f"{priority.rank}. {kit.volet(priority.volet).label.get(language())}"
                                 if priority.volet in {v.name for v in kit.volets} else priority.volet)
            item.setData(priority.volet, VOLET_ROLE)
            item.setEditable(False)
            self.priorities_model.appendRow(item)
        self.actions_model.set_rows(conclusion.actions)
        in_progress = run.status == "in_progress"
        for widget in (self.ui.addPriority, self.ui.removePriority, self.ui.upPriority, self.ui.downPriority,
                       self.ui.useFlagged, self.ui.voletChoice, self.ui.finaliseButton):
            widget.setEnabled(in_progress)
        plan_open = run.status in ("in_progress", "finalised")
        for widget in (self.ui.addAction, self.ui.editAction, self.ui.deleteAction):
            widget.setEnabled(plan_open)
        self.ui.reviseButton.setEnabled(run.status == "finalised")
        self._show_report_tip(run.status)
        errors = len(run.errors)
        if run.status == "finalised":
            text = self.tr("Finalised: the answers are locked. The action plan can still be followed up.")
        elif run.status == "superseded":
            text = self.tr("Replaced by a revision: kept as it was, read only.")
        elif errors:
            text = (self.tr("%1 errors to correct before finalising (Ctrl+E lists them).") if plural(errors)
                    else self.tr("%1 error to correct before finalising (Ctrl+E shows it).")).replace(
                "%1", format_number(errors))
        else:
            text = self.tr("No error: the diagnostic can be finalised.")
        self.ui.statusLabel.setText(text)

    def _show_report_tip(self, status: str) -> None:
        """The report is always available; a diagnostic not finalised gives a marked draft."""
        keys = QKeySequence(REPORT_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        tip = self.tr("The PDF report for the mayor (%1)").replace("%1", keys)
        if status == "in_progress":
            tip += "\n" + self.tr("The diagnostic is in progress: the report is a draft marked "
                                   "“PROVISOIRE” on every page.")
        self.ui.reportButton.setToolTip(tip)

    # --- priorities ---------------------------------------------------------------------
    def priorities(self) -> list[str]:
        return [self.priorities_model.item(row).data(VOLET_ROLE) for row in range(self.priorities_model.rowCount())]

    def _save_priorities(self, volets: list[str], select: int | None = None) -> None:
        try:
            set_priorities(self.store, self.run.id, volets)
        except DiagnosticError as error:
            QMessageBox.warning(self, self.tr("Priorities"), error.message)
        self.refresh()
        if select is not None and 0 <= select < self.priorities_model.rowCount():
            self.ui.priorities.setCurrentIndex(self.priorities_model.index(select, 0))

    def _add_priority(self) -> None:
        volet = self.ui.voletChoice.currentData()
        current = self.priorities()
        if volet and volet not in current:
            self._save_priorities(current + [volet], len(current))

    def _remove_priority(self) -> None:
        row = self.ui.priorities.currentIndex().row()
        current = self.priorities()
        if 0 <= row < len(current):
            del current[row]
            self._save_priorities(current, min(row, len(current) - 1))

    def _move_priority(self, step: int) -> None:
        row = self.ui.priorities.currentIndex().row()
        current = self.priorities()
        target = row + step
        if 0 <= row < len(current) and 0 <= target < len(current):
            current[row], current[target] = current[target], current[row]
            self._save_priorities(current, target)

    def _use_flagged(self) -> None:
        current = self.priorities()
        flagged = [volet for volet in self.run.flagged_priorities() if volet not in current]
        self._save_priorities(current + flagged)

    # --- action plan --------------------------------------------------------------------
    def _selected_action(self):
        index = self.ui.actions.currentIndex()
        return self.actions_model.row_at(index.row()) if index.isValid() else None

    def new_action(self) -> None:
        dialog = ActionDialog(self.actors, None, self)
        if dialog.exec():
            self._apply(lambda: add_action(self.store, self.run.id, dialog.value()))

    def edit_action(self) -> None:
        line = self._selected_action()
        if line is None:
            return
        dialog = ActionDialog(self.actors, line, self)
        if dialog.exec():
            self._apply(lambda: update_action(self.store, line.id, dialog.value()))

    def remove_action(self) -> None:
        line = self._selected_action()
        if line is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete the action"),
                                      self.tr("Delete the action “%1”?").replace("%1", line.title))
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(lambda: delete_action(self.store, line.id))

    def _apply(self, change) -> None:
        try:
            change()
        except DiagnosticError as error:
            QMessageBox.warning(self, self.tr("Action plan"), error.message)
        self.refresh()

    # --- finalise, revise, report -------------------------------------------------------
    def finalise(self, *, confirm: bool = True) -> bool:
        if self.run.errors:
            self.verify_requested.emit()
            QMessageBox.warning(self, self.tr("Finalise"), self.tr(
                "The diagnostic cannot be finalised yet: correct the errors listed under “Check”."))
            return False
        if confirm and QMessageBox.question(self, self.tr("Finalise"), self.tr(
                "Finalise the diagnostic? The answers will be locked; to change them later you will "
                "create a revision.") + self.missing_text()) != QMessageBox.StandardButton.Yes:
            return False
        try:
            finalise(self.store, self.run.id)
        except DiagnosticError as error:
            QMessageBox.warning(self, self.tr("Finalise"), str(error))
            return False
        self._reload_status()
        return True

    def missing_text(self) -> str:
        """What is still unanswered, volet by volet (empty when every scored question is)."""
        lines, scores = [], self.run.scores()
        for volet in self.run.kit.volets:
            score = scores.volets[volet.name]
            if score.answered >= score.scored:
                continue
            label = volet.label.get(language())
            if score.answered == 0:
                lines.append(self.tr("– %1: nothing answered").replace("%1", label))
            else:
                lines.append(self.tr("– %1: %2 of %3 questions answered").replace("%1", label)
                             .replace("%2", str(score.answered)).replace("%3", str(score.scored)))
        if not lines:
            return ""
        return "\n\n" + self.tr("Still missing (an empty volet is shown as “not filled in”, never as 0):") + \
            "\n" + "\n".join(lines)

    def revise(self, *, confirm: bool = True) -> str | None:
        if confirm and QMessageBox.question(
                self, self.tr("Revise"),
                self.tr("Create a new revision of this diagnostic? This one is kept unchanged."),
        ) != QMessageBox.StandardButton.Yes:
            return None
        try:
            new_id = revise(self.store, self.run.id)
        except DiagnosticError as error:
            QMessageBox.warning(self, self.tr("Revise"), error.message)
            return None
        self._reload_status()
        self.revised.emit(new_id)
        return new_id

    def _reload_status(self) -> None:
        fresh = DiagnosticRun(self.store, self.run.id)
        self.run.status, self.run.finalised_at = fresh.status, fresh.finalised_at
        self.run.answers, self.run.state = fresh.answers, fresh.state
        self.refresh()
        self.status_changed.emit()

    def open_report(self) -> None:
        if self._report is not None:
            self._report(self, self.context, self.run.id)
