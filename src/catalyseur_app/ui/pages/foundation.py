"""The « Fondation » page: the Observatoire's national tables of a consolidation store, with a map.

Shown only when the window has opened a consolidation store (``--foundation-db`` or File → Open a
consolidation database…). The tables are ``foundation.national_data``'s, read off the GUI thread
(``ui.tasks.run_task``), for a period and a region or a département; the map colours every
département by a measure taken from the same tables over the whole country, and clicking a
département filters the tables to it.

``apply_filters(region=..., department=..., start=..., end=...)`` sets the filters and reloads;
``loaded`` is emitted each time new tables are shown.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.domain.text import sort_key
from catalyseur_app.formatting import format_date, format_number
from catalyseur_app.foundation.boundaries import load_departments
from catalyseur_app.foundation.map_measures import (
    COMMUNES,
    PARTNERSHIPS,
    department_measures,
)
from catalyseur_app.foundation.tables import read_national_tables
from catalyseur_app.foundation.territory import Territory, department_regions
from catalyseur_app.messages import plural
from catalyseur_app.ui.pages.foundation_map import DepartmentMap, MapLegend
from catalyseur_app.ui.pages.foundation_tables import NationalTableTab
from catalyseur_app.ui.tasks import run_task
from catalyseur_app.ui.widgets.typed_fields import DateField

SHEETS = ("Partenariats par forme", "Partenariats par ODD", "Partenariats par étape", "Partenariats par région",
          "Partenariats par département", "Acteurs par monde", "Temps par métier", "Temps par mission",
          "Notes par département", "Catalyseurs")


class FoundationPage(QWidget):
    loaded = Signal()

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("foundationPage")
        self.context = context
        self.target = context.foundation_db
        self.data = None  # the NationalTables shown
        self.measures = []
        self._generation = 0
        self._started = False
        self.task = None
        self._build()
        self._reload_later = QTimer(self, singleShot=True, interval=250)
        self._reload_later.timeout.connect(self.reload)

    # --- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self.tr("Partnerships observatory — %1").replace("%1", self.context.foundation_shown
                                                                                   or self.target or ""), self)
        self.heading.setObjectName("foundationHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)

        self.start = DateField(self)
        self.start.setObjectName("periodStart")
        self.start.setToolTip(self.tr("First day of the period (empty: no limit)"))
        self.end = DateField(self)
        self.end.setObjectName("periodEnd")
        self.end.setToolTip(self.tr("Last day of the period (empty: no limit)"))
        self.region = QComboBox(self)
        self.region.setObjectName("regionFilter")
        self.department = QComboBox(self)
        self.department.setObjectName("departmentFilter")
        self.region.setToolTip(self.tr("Only the partnerships, activities, actors and diagnostics of this region"))
        self.department.setToolTip(self.tr("Only the partnerships, activities, actors and diagnostics of this "
                                           "department (or click it on the map)"))
        for combo in (self.region, self.department):  # narrow enough for a 1024-pixel screen; the tooltip says why
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.clear_button = QPushButton(self.tr("Show all"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setToolTip(self.tr("The whole country, every period"))
        self._fill_regions()
        self._fill_departments(None)

        filters = QHBoxLayout()
        for text, widget in ((self.tr("From"), self.start), (self.tr("to"), self.end),
                             (self.tr("Region"), self.region), (self.tr("Department"), self.department)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        filters.addWidget(self.clear_button)

        self.status = QLabel(self)
        self.status.setObjectName("foundationStatus")
        self.status.setWordWrap(True)

        self.measure = QComboBox(self)
        self.measure.setObjectName("mapMeasure")
        self.measure.setToolTip(self.tr("What the map shows"))
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.measure.setMinimumContentsLength(16)
        self.map = DepartmentMap(self)
        self.legend = MapLegend(self)
        map_panel = QWidget(self)
        map_layout = QVBoxLayout(map_panel)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.measure)
        map_layout.addWidget(self.map, 1)
        map_layout.addWidget(self.legend)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("nationalTables")
        self.tabs.setUsesScrollButtons(True)
        self.tables: dict[str, NationalTableTab] = {}
        titles = self.tab_titles()
        for sheet in SHEETS:
            tab = NationalTableTab(self.tabs)
            self.tables[sheet] = tab
            self.tabs.addTab(tab, titles[sheet])

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("foundationSplitter")
        self.splitter.addWidget(map_panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 600])

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)

        self.region.currentIndexChanged.connect(self._region_chosen)
        self.department.currentIndexChanged.connect(self._department_chosen)
        for field in (self.start, self.end):
            field.value_changed.connect(lambda _value: self._reload_later.start())
        self.clear_button.clicked.connect(lambda: self.apply_filters())
        self.map.department_clicked.connect(lambda code: self.apply_filters(department=code, start=self.start.value(),
                                                                            end=self.end.value()))
        self.measure.currentIndexChanged.connect(self._show_measure)

    def tab_titles(self) -> dict[str, str]:
        return dict(zip(SHEETS, (self.tr("Forms"), self.tr("SDGs"), self.tr("Stages"), self.tr("Regions"),
                                 self.tr("Departments"), self.tr("Actors"), self.tr("Métiers"), self.tr("Missions"),
                                 self.tr("Scores"), self.tr("Catalyseurs")), strict=True))

    def _fill_regions(self) -> None:
        index = get_commune_index()
        on_map = {department_regions().get(code) for code in load_departments()}
        self.region.addItem(self.tr("All regions"), None)
        for code in sorted((c for c in on_map if c), key=lambda c: sort_key(index.regions[c])):
            self.region.addItem(index.regions[code], code)

    def _fill_departments(self, region: str | None) -> None:
        index = get_commune_index()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        regions = department_regions()
        for code in sorted(load_departments()):
            if region is None or regions.get(code) == region:
                self.department.addItem(f"{code} — {index.departments.get(code, load_departments()[code].name)}", code)
        self.department.blockSignals(False)

    # --- filters ------------------------------------------------------------------------------
    def _region_chosen(self) -> None:
        self._fill_departments(self.region.currentData())
        self.reload()

    def _department_chosen(self) -> None:
        self.reload()

    def apply_filters(self, region: str | None = None, department: str | None = None,
                      start: _dt.date | None = None, end: _dt.date | None = None, load: bool = True) -> None:
        """Set every filter at once (None: no limit), then load the tables (if ``load``)."""
        if department is not None:
            region = department_regions().get(department, region)
        for widget in (self.region, self.department, self.start, self.end):
            widget.blockSignals(True)
        self.region.setCurrentIndex(max(0, self.region.findData(region)))
        self._fill_departments(region)
        self.department.setCurrentIndex(max(0, self.department.findData(department)))
        self.start.set_value(start)
        self.end.set_value(end)
        for widget in (self.region, self.department, self.start, self.end):
            widget.blockSignals(False)
        if load:
            self.reload()

    def session_state(self) -> dict:
        """The filters, carried into the window rebuilt for another language."""
        return {"region": self.region.currentData(), "department": self.department.currentData(),
                "start": self.start.value(), "end": self.end.value()}

    def restore_session_state(self, state: dict) -> None:
        self.apply_filters(**state, load=self._started)

    def territory(self) -> Territory:
        return Territory(region=self.region.currentData(), department=self.department.currentData())

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Called when the page is shown: the first time, load the tables."""
        if not self._started:
            self._started = True
            self.reload()

    def reload(self) -> None:
        self._reload_later.stop()
        problem = self.start.problem() or self.end.problem()
        if problem:
            self._say(problem, error=True)
            return
        self._generation += 1
        generation = self._generation
        target, start, end, territory = self.target, self.start.value(), self.end.value(), self.territory()
        self.map.set_selected(territory.department)

        def work(progress):
            data = read_national_tables(target, start, end, territory=territory)
            whole = data if territory.everywhere else read_national_tables(target, start, end)
            return data, department_measures(whole)

        self._say(self.tr("Reading the national tables…"))
        self.task = run_task(self, self.tr("National tables"), work,
                             on_done=lambda result: self._show(generation, *result),
                             on_error=lambda error: self._failed(generation, error), show_dialog=False)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._say(str(error), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #a50f15; font-weight: bold;" if error else "")

    def _show(self, generation: int, data, measures) -> None:
        if generation != self._generation:
            return  # the filters changed while this was read
        self.data, self.measures = data, measures
        for sheet, tab in self.tables.items():
            tab.set_table(data.table(sheet))
        chosen = self.measure.currentIndex()
        self.measure.blockSignals(True)
        self.measure.clear()
        for measure in measures:
            if measure.kind == PARTNERSHIPS:
                self.measure.addItem(self.tr("Partnerships"))
            elif measure.kind == COMMUNES:
                self.measure.addItem(self.tr("Communes with a diagnostic"))
            else:
                self.measure.addItem(self.tr("Median score: %1").replace("%1", measure.volet))
        self.measure.setCurrentIndex(max(0, min(chosen, self.measure.count() - 1)))
        self.measure.blockSignals(False)
        self._show_measure()
        silent = sum(1 for row in range(self.tables["Catalyseurs"].model.rowCount())
                     if self.tables["Catalyseurs"].model.is_silent(row))
        where = self.region.currentText() if self.department.currentData() is None else self.department.currentText()
        text = self.tr("%1, %2.").replace("%1", where).replace("%2", self._period_text())
        if silent:
            silent_text = (self.tr("%1 catalyseurs silent for 90 days or more (in bold in “Catalyseurs”).")
                           if plural(silent)
                           else self.tr("%1 catalyseur silent for 90 days or more (in bold in “Catalyseurs”)."))
            text += " " + silent_text.replace("%1", format_number(silent))
        self._say(text)
        self.loaded.emit()

    def _period_text(self) -> str:
        start, end = self.start.value(), self.end.value()

        if start and end:
            return self.tr("from %1 to %2").replace("%1", format_date(start)).replace("%2", format_date(end))
        if start:
            return self.tr("since %1").replace("%1", format_date(start))
        if end:
            return self.tr("until %1").replace("%1", format_date(end))
        return self.tr("every period")

    def _show_measure(self) -> None:
        row = self.measure.currentIndex()
        if not 0 <= row < len(self.measures):
            return
        measure = self.measures[row]
        whole = measure.kind in (PARTNERSHIPS, COMMUNES)

        def shown(value):
            return format_number(int(value)) if whole else format_number(float(value), 1)

        label = self.measure.currentText()
        self.map.set_values(measure.values, label, whole, shown)
        self.legend.set_classes(label, self.map.breaks, shown)
