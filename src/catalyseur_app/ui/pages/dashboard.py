"""The Tableau de bord: totals, five QtCharts bar charts and the upcoming actions.

Charts are built once and their values replaced on ``refresh()`` (the queries are in
``records.dashboard``). Clicking a bar opens the matching filtered list:
    time per métier  -> journal (metier, period of the month)
    form / stage / ODD -> partnerships (form= / stage= / odd=)
    diagnostics by status -> diagnostics (status=)
Colours differ in lightness and the métier bars also carry patterns, so a greyscale print
or screen still tells them apart.
"""

from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QKeySequence,
    QPainter,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QHeaderView, QToolTip, QVBoxLayout, QWidget

from catalyseur_app.domain.communes import format_commune
from catalyseur_app.domain.typography import duration_text
from catalyseur_app.domain.vocabularies import (
    ACTION_STATUSES,
    DIAGNOSTIC_STATUSES,
    METIERS,
    ODD,
    PARTNERSHIP_FORMS,
    PARTNERSHIP_STAGES,
)
from catalyseur_app.formatting import format_date, format_number
from catalyseur_app.messages import language
from catalyseur_app.records.dashboard import DashboardData, dashboard_data
from catalyseur_app.ui.first_steps import FirstSteps
from catalyseur_app.ui.generated.ui_dashboard import Ui_DashboardPage
from catalyseur_app.ui.i18n import filled, interface_locale
from catalyseur_app.ui.undo_commands import record_changes
from catalyseur_app.ui.widgets import compact_rows

# Dark to light: distinct in greyscale too.
METIER_COLOURS = ("#1f3b57", "#5b7fa6", "#a3bfdc", "#e3ecf5")
METIER_PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.SolidPattern, Qt.BrushStyle.Dense2Pattern,
                   Qt.BrushStyle.BDiagPattern)
SINGLE_COLOUR = "#3d6a96"
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1


def nice_scale(axis: QValueAxis, highest: float, whole: bool = False, ticks: int = 6) -> float:
    """Range 0..top with round steps (1, 2 or 5 × 10^n): 0 – 0,5 – 1 – 1,5 for small values.

    ``whole`` keeps steps of at least 1 (counts). Returns the step.
    """
    highest = max(highest, 1.0 if whole else 0.5)
    raw = highest / (ticks - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if whole:
        step = max(1.0, round(step))
    top = math.ceil(highest / step - 1e-9) * step
    axis.setRange(0, top)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setMinorTickCount(0)
    decimals = 0 if float(step).is_integer() else (1 if float(step * 10).is_integer() else 2)
    axis.setLabelFormat(f"%.{decimals}f")
    return step


class DashboardPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.data: DashboardData | None = None

        self.time_sets: dict[str, QBarSet] = {}
        self._axes: dict[int, QValueAxis] = {}
        self._orders: dict[int, list[int]] = {}  # bar position -> vocabulary index
        self.time_chart, self.time_series, self.time_axis_x, self.time_axis_y = self._chart(
            self.ui.timeHost, self.tr("Time per métier over the last 12 months (hours)"), stacked=True)
        for number, term in enumerate(METIERS):
            bar_set = QBarSet(term.label(language()))
            brush = QBrush(QColor(METIER_COLOURS[number]), METIER_PATTERNS[number])
            bar_set.setBrush(brush)
            bar_set.setBorderColor(QColor("#1f3b57"))
            bar_set.clicked.connect(lambda index, code=term.code: self._open_month(code, index))
            self.time_series.append(bar_set)
            self.time_sets[term.code] = bar_set
        self.time_chart.legend().setVisible(True)
        self.time_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

        self.form_set = self._single(self.ui.formHost, self.tr("Partnerships by form"),
                                     [t.label(language()) for t in PARTNERSHIP_FORMS],
                                     lambda i: self._open("partnerships", form=PARTNERSHIP_FORMS[i].code),
                                     horizontal=True)
        self.stage_set = self._single(self.ui.stageHost, self.tr("Partnerships by stage"),
                                      [t.label(language()) for t in PARTNERSHIP_STAGES],
                                      lambda i: self._open("partnerships", stage=PARTNERSHIP_STAGES[i].code),
                                      horizontal=True)
        self.odd_set = self._single(self.ui.oddHost, self.tr("Partnerships by Sustainable Development Goal (ODD)"),
                                    [t.code for t in ODD], lambda i: self._open("partnerships", odd=int(ODD[i].code)),
                                    hover_texts=[f"ODD {t.code} — {t.label(language())}" for t in ODD])
        self.diagnostic_set = self._single(self.ui.diagnosticHost, self.tr("Diagnostics by status"),
                                           [t.label(language()) for t in DIAGNOSTIC_STATUSES],
                                           lambda i: self._open("diagnostics", status=DIAGNOSTIC_STATUSES[i].code),
                                           horizontal=True)
        self.odd_set.setLabel(self.tr("Partnerships"))

        self.upcoming_model = QStandardItemModel(0, 4, self)
        self.upcoming_model.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Action"), self.tr("Commune"), self.tr("Status")])
        self.ui.upcoming.setModel(self.upcoming_model)
        self.ui.upcoming.verticalHeader().hide()
        compact_rows(self.ui.upcoming)  # one line per action; the whole text in the tooltip
        header = self.ui.upcoming.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.ui.upcoming.setColumnWidth(2, self.fontMetrics().averageCharWidth() * 18)
        self.ui.upcoming.doubleClicked.connect(self._open_action)
        self.ui.refreshButton.setToolTip(self.tr("Refresh the figures (F5)"))
        self.ui.refreshButton.clicked.connect(self.reload)
        shortcut = QShortcut(QKeySequence.StandardKey.Refresh, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.reload)
        self.first_steps = FirstSteps(self._open_first_step, self)
        self.ui.pageLayout.insertWidget(0, self.first_steps)
        self._stale = True
        self._skip_next_refresh = False
        record_changes().changed.connect(self._records_changed)

    # -- building --------------------------------------------------------------------------

    def _chart(self, host: QWidget, title: str, stacked: bool = False, horizontal: bool = False):
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocalizeNumbers(True)  # « 1,5 » in French
        chart.setLocale(interface_locale())
        chart.legend().setVisible(False)
        # long category names stay readable on the left of horizontal bars
        series = QHorizontalBarSeries() if horizontal else QStackedBarSeries() if stacked else QBarSeries()
        chart.addSeries(series)
        axis_x, axis_y = QBarCategoryAxis(), QValueAxis()
        if not horizontal:
            font = axis_x.labelsFont()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            axis_x.setLabelsFont(font)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        view = QChartView(chart, host)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(title)
        view.setToolTip(self.tr("Click a bar to open the matching list"))
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        return chart, series, axis_x, axis_y

    def _single(self, host: QWidget, title: str, categories: list[str], on_click, horizontal: bool = False,
                hover_texts: list[str] | None = None) -> QBarSet:
        """One bar per category. Horizontal charts draw from the bottom up, so their bars are stored
        in reverse to read top-down; ``on_click`` and ``values()`` still use the vocabulary order."""
        chart, series, axis_x, axis_y = self._chart(host, title, horizontal=horizontal)
        count = len(categories)
        order = list(range(count - 1, -1, -1)) if horizontal else list(range(count))
        axis_x.append([categories[i] for i in order])
        bar_set = QBarSet(title)
        bar_set.setColor(QColor(SINGLE_COLOUR))
        bar_set.setLabelColor(QColor("#1f1f1f"))
        bar_set.append([0] * count)
        bar_set.clicked.connect(lambda position: on_click(order[position]))
        texts = hover_texts or categories
        template = self.tr("%1: %2")  # "Mécénat : 3" in French, "Philanthropy: 3" in English
        bar_set.hovered.connect(
            lambda on, position: QToolTip.showText(
                QCursor.pos(), filled(template, texts[order[position]], int(bar_set.at(position))))
            if on else QToolTip.hideText())
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(series.LabelsPosition.LabelsOutsideEnd)
        if horizontal:
            series.setBarWidth(0.6)
        self._orders[id(bar_set)] = order
        self._axes[id(bar_set)] = axis_y
        return bar_set

    # -- window protocol -------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the figures (the window calls this each time the page is shown)."""
        if self._skip_next_refresh:  # showEvent has just read them
            self._skip_next_refresh = False
            return
        self.reload()

    def reload(self) -> None:
        self.data = dashboard_data(self.context.store)
        self._show(self.data)
        self._stale = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
            self._skip_next_refresh = True

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._stale = True  # other pages may change what is counted here
        self._skip_next_refresh = False

    def _records_changed(self, _entities) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # -- showing ---------------------------------------------------------------------------

    def _open_first_step(self, key: str) -> None:
        window = self.window()
        if not self.context.navigate(key) or not hasattr(window, "page"):
            return
        page = window.page(key)
        getattr(page, {"actors": "new_actor", "partnerships": "new_partnership",
                       "diagnostics": "new_diagnostic"}[key])()

    def _show(self, data: DashboardData) -> None:
        self.first_steps.update_from(data.totals)
        months = [interface_locale().toString(month, "MMM yy") for month in data.minutes.months]
        self.time_axis_x.clear()
        self.time_axis_x.append(months)
        highest = 0.0
        for code, bar_set in self.time_sets.items():
            hours = [round(minutes / 60, 1) for minutes in data.minutes.by_metier.get(code, [0] * len(months))]
            if bar_set.count() != len(hours):
                if bar_set.count():
                    bar_set.remove(0, bar_set.count())
                bar_set.append(hours)
            else:
                for i, value in enumerate(hours):
                    bar_set.replace(i, value)
        for i in range(len(months)):
            highest = max(highest, sum(bar_set.at(i) for bar_set in self.time_sets.values()))
        nice_scale(self.time_axis_y, highest)
        self._fill(self.form_set, [data.by_form[t.code] for t in PARTNERSHIP_FORMS])
        self._fill(self.stage_set, [data.by_stage[t.code] for t in PARTNERSHIP_STAGES])
        self._fill(self.odd_set, [data.by_odd[int(t.code)] for t in ODD])
        self._fill(self.diagnostic_set, [data.diagnostics_by_status[t.code] for t in DIAGNOSTIC_STATUSES])
        self._show_totals(data)
        self._show_upcoming(data)

    def _fill(self, bar_set: QBarSet, values: list[int]) -> None:
        for position, index in enumerate(self._orders[id(bar_set)]):
            bar_set.replace(position, values[index])
        # headroom for the number written past the end of the longest bar
        nice_scale(self._axes[id(bar_set)], max(values, default=0) * 1.12, whole=True)

    def _show_totals(self, data: DashboardData) -> None:
        t = data.totals
        figures = [
            (t.actors, self.tr("actors")), (t.contacts, self.tr("contacts")),
            (t.partnerships, self.tr("partnerships")), (t.active_partnerships, self.tr("active")),
            (t.inspiring_partnerships, self.tr("inspiring examples")), (t.diagnostics, self.tr("diagnostics")),
            (t.activities_last_12_months, self.tr("activities in 12 months")),
        ]
        cells = "".join(
            f"<td style='padding: 4px 18px 4px 0'><span style='font-size: 17pt; font-weight: 600'>"
            f"{format_number(value)}</span><br/>{label}</td>" for value, label in figures)
        logged = self.tr("of work logged")
        cells += (f"<td style='padding: 4px 18px 4px 0'><span style='font-size: 17pt; font-weight: 600'>"
                  f"{duration_text(t.minutes_last_12_months)}</span><br/>{logged}</td>")
        self.ui.totals.setText(f"<table><tr>{cells}</tr></table>")

    def _show_upcoming(self, data: DashboardData) -> None:
        model = self.upcoming_model
        model.removeRows(0, model.rowCount())
        for action in data.upcoming:
            due = QStandardItem(format_date(action.due_date))
            due.setData(action.diagnostic_id, ACTION_ROLE)
            if action.is_overdue(data.today):
                due.setText(due.text() + " " + self.tr("(overdue)"))
            row = [due, QStandardItem(action.title), QStandardItem(_commune_name(action.commune_insee)),
                   QStandardItem(ACTION_STATUSES.label(action.status, language()))]
            for item in row:
                item.setToolTip(item.text())
            model.appendRow(row)

    # -- navigation ------------------------------------------------------------------------

    def _open(self, page: str, **filters) -> None:
        self.context.navigate(page, **filters)

    def _open_month(self, metier: str, index: int) -> None:
        if self.data is None:
            return
        first = self.data.minutes.months[index]
        following = self.data.minutes.months[index + 1] if index + 1 < len(self.data.minutes.months) else None
        last = following - timedelta(days=1) if following else self.data.today
        self._open("journal", metier=metier, period=(first, last))

    def _open_action(self, index) -> None:
        diagnostic_id = self.upcoming_model.item(index.row(), 0).data(ACTION_ROLE)
        self._open("diagnostics", diagnostic=diagnostic_id, plan=True)  # at its action plan

    # -- for tests and benchmarks -----------------------------------------------------------

    def values(self, chart: str) -> list[float]:
        """The values drawn by a chart: "form", "stage", "odd", "diagnostics", or a métier code."""
        bar_set = {"form": self.form_set, "stage": self.stage_set, "odd": self.odd_set,
                   "diagnostics": self.diagnostic_set}.get(chart)
        if bar_set is None:
            bar_set = self.time_sets[chart]
            return [bar_set.at(i) for i in range(bar_set.count())]
        values = [0.0] * bar_set.count()
        for position, index in enumerate(self._orders[id(bar_set)]):
            values[index] = bar_set.at(position)
        return values

    def bar_position(self, chart: str, index: int) -> int:
        """Where the bar of vocabulary entry ``index`` is drawn in a chart (for tests)."""
        bar_set = {"form": self.form_set, "stage": self.stage_set, "odd": self.odd_set,
                   "diagnostics": self.diagnostic_set}[chart]
        return self._orders[id(bar_set)].index(index)


def _commune_name(insee: str) -> str:
    label = format_commune(insee)
    return label.split(" — ")[0]
