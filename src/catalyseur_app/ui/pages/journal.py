"""The Journal des métiers page: the fast entry form, the list of activities, the timeline.

``apply_filters(metier=..., period=(first, last), search=...)`` filters the list (the dashboard's
time chart calls it). Shortcuts: Ctrl+S / Ctrl+Entrée save, Ctrl+R repeat the last activity,
Ctrl+N new, Ctrl+F search, Suppr delete the selected activity, Entrée on a row edits it.
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from catalyseur_app.domain.typography import duration_text
from catalyseur_app.domain.vocabularies import METIERS
from catalyseur_app.formatting import format_number
from catalyseur_app.messages import language
from catalyseur_app.records import RecordNotFound
from catalyseur_app.records.activities import TimelineBucket, delete_activity, timeline
from catalyseur_app.ui.generated.ui_journal import Ui_JournalPage
from catalyseur_app.ui.i18n import interface_locale
from catalyseur_app.ui.list_model import RecordListModel
from catalyseur_app.ui.pages.activity_editor import ActivityEditor
from catalyseur_app.ui.pages.dashboard import METIER_COLOURS, METIER_PATTERNS, nice_scale
from catalyseur_app.ui.undo_commands import push_operation, record_changes
from catalyseur_app.ui.widgets import ResponsiveColumns, SearchBox, compact_rows

# Columns beside the date and the title, from the most to the least useful (widths in characters).
_COLUMNS = (("day", 10), ("minutes", 12), ("metier", 24), ("mission", 34), ("participants", 12), ("partnership", 24))


class JournalPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_JournalPage()
        self.ui.setupUi(self)
        self.editor = ActivityEditor(context, self)
        _host(self.ui.editorHost, self.editor)
        self.search = SearchBox(self)
        self.search.setToolTip(self.tr("Search titles and outcomes (Ctrl+F)"))
        _host(self.ui.searchHost, self.search)
        self.ui.metierFilter.addItem(self.tr("All métiers"), "")
        for term in METIERS:
            self.ui.metierFilter.addItem(term.label(language()), term.code)
        today = QDate.currentDate()
        self.ui.periodStart.set_value(today.addMonths(-1).toPython())
        self.ui.periodEnd.set_value(today.toPython())
        for field in (self.ui.periodStart, self.ui.periodEnd):
            field.bind_message(self.ui.periodError)
        self._period_toggled(False, update=False)

        self.model = RecordListModel(context.store, "activities", parent=self)
        self.ui.table.setModel(self.model)
        compact_rows(self.ui.table)
        entity = self.model.entity
        # The title is what a person reads first: just after the date, taking the free width.
        self.ui.table.horizontalHeader().moveSection(entity.column_index("title"), 1)
        self.columns = ResponsiveColumns(
            self.ui.table, stretch=entity.column_index("title"), stretch_chars=26,
            columns=[(entity.column_index(key), chars) for key, chars in _COLUMNS])
        self.ui.table.verticalHeader().hide()
        self.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        # The heading wraps; should the form still grow wider (a long text somewhere), it scrolls
        # rather than being cut on the right.
        self.ui.editorScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Never narrower than the form as it opens.
        scroll_bar = self.ui.editorScroll.verticalScrollBar().sizeHint().width()
        self.ui.editorScroll.setMinimumWidth(self.editor.minimumSizeHint().width() + scroll_bar + 4)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([480, 720])
        self.ui.metierFilter.setSizeAdjustPolicy(self.ui.metierFilter.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ui.metierFilter.setMinimumContentsLength(16)

        self._build_timeline_chart()
        self.ui.deleteButton.setToolTip(self.tr("Move the selected activity to the trash (Suppr); Ctrl+Z undoes"))
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        for sequence, slot, widget in ((QKeySequence.StandardKey.Delete, self.delete_selected, self.ui.table),
                                       (QKeySequence(Qt.Key.Key_Return), self.edit_selected, self.ui.table),
                                       (QKeySequence.StandardKey.Find, self._focus_search, self)):
            shortcut = QShortcut(QKeySequence(sequence), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut if widget is self.ui.table
                                else Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self.ui.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.search.search_changed.connect(lambda _text: self._update_query())
        self.ui.metierFilter.currentIndexChanged.connect(lambda _i: self._update_query())
        self.ui.periodFilter.toggled.connect(self._period_toggled)
        self.ui.periodStart.value_changed.connect(lambda _d: self._update_query())
        self.ui.periodEnd.value_changed.connect(lambda _d: self._update_query())
        self.ui.byWeek.toggled.connect(lambda _on: self.show_timeline())
        self.model.reloaded.connect(self._show_count)
        self.editor.saved.connect(lambda _id: self._changed())
        record_changes().changed.connect(self._records_changed)
        self._show_count(self.model.total)
        self.show_timeline()

    # -- window protocol -------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()
        self.show_timeline()

    def apply_filters(self, metier: str | None = None, period: tuple[date | None, date | None] | None = None,
                      search: str | None = None, **_ignored) -> None:
        widgets = (self.ui.metierFilter, self.ui.periodFilter, self.ui.periodStart, self.ui.periodEnd, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.ui.metierFilter.setCurrentIndex(max(0, self.ui.metierFilter.findData(metier or "")))
            first, last = period or (None, None)
            self.ui.periodFilter.setChecked(period is not None)
            if first:
                self.ui.periodStart.set_value(first)
            if last:
                self.ui.periodEnd.set_value(last)
            self.search.setText(search or "")
            self.search.flush()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._period_toggled(period is not None, update=False)
        self.ui.tabs.setCurrentIndex(0)
        self._update_query()

    def maybe_leave(self) -> bool:
        if not self.editor.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved activity"),
                          self.tr("The activity being typed is not saved."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Do you want to save it?"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Don't save"))  # the same words everywhere
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.new()
            return True
        return False

    # -- list ------------------------------------------------------------------------------

    def filters(self) -> dict:
        filters = {"metier": self.ui.metierFilter.currentData() or None}
        if self.ui.periodFilter.isChecked():
            filters["period"] = (self.ui.periodStart.understood(), self.ui.periodEnd.understood())
        return {key: value for key, value in filters.items() if value is not None}

    def _update_query(self) -> None:
        self.model.set_query(replace(self.model.query, filters=self.filters(), search=self.search.text().strip()))

    def _period_toggled(self, on: bool, update: bool = True) -> None:
        self.ui.periodStart.setEnabled(on)
        self.ui.periodEnd.setEnabled(on)
        if update:
            self._update_query()

    def _show_count(self, total: int) -> None:
        self.ui.countLabel.setText(self.tr("Activities shown: {0}").format(format_number(total)))

    def _focus_search(self) -> None:
        self.ui.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def selected_id(self) -> str | None:
        index = self.ui.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id and record_id == self.editor.current_id:
            self.editor.ui.title.setFocus()  # already open in the form: one editor per record
            return
        if record_id and self.maybe_leave():
            self.editor.load(record_id)
            self.editor.ui.title.setFocus()

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        try:
            operation = delete_activity(self.context.store, record_id)
        except RecordNotFound:
            self.model.reload()
            return
        if self.editor.current_id == record_id:
            self.editor.new()
        push_operation(self.context.undo_stack, operation)

    def _changed(self) -> None:
        self.model.reload()
        self.show_timeline()

    def _records_changed(self, entities) -> None:
        if {"activities", "partnerships", "actors"} & set(entities):
            self._changed()

    # -- timeline --------------------------------------------------------------------------

    def _build_timeline_chart(self) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocalizeNumbers(True)
        chart.setLocale(interface_locale())
        self.timeline_series = QStackedBarSeries()
        self.timeline_sets: dict[str, QBarSet] = {}
        for number, term in enumerate(METIERS):
            bar_set = QBarSet(term.label(language()))
            bar_set.setBrush(QBrush(QColor(METIER_COLOURS[number]), METIER_PATTERNS[number]))
            bar_set.setBorderColor(QColor("#1f3b57"))
            self.timeline_series.append(bar_set)
            self.timeline_sets[term.code] = bar_set
        chart.addSeries(self.timeline_series)
        self.timeline_axis_x, self.timeline_axis_y = QBarCategoryAxis(), QValueAxis()
        self.timeline_axis_y.setTitleText(self.tr("hours"))
        chart.addAxis(self.timeline_axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.timeline_axis_y, Qt.AlignmentFlag.AlignLeft)
        self.timeline_series.attachAxis(self.timeline_axis_x)
        self.timeline_series.attachAxis(self.timeline_axis_y)
        # The summary under the chart is its legend (whole names, with totals): the bars get the width.
        chart.legend().setVisible(False)
        font = self.timeline_axis_x.labelsFont()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.timeline_axis_x.setLabelsFont(font)
        self.timeline_chart = chart
        view = QChartView(chart, self.ui.timelineHost)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(self.tr("Time per métier"))
        _host(self.ui.timelineHost, view)

    def show_timeline(self) -> list[TimelineBucket]:
        granularity = "week" if self.ui.byWeek.isChecked() else "month"
        buckets = timeline(self.context.store, granularity)
        if granularity == "week":
            labels = [self.tr("W%1").replace("%1", str(b.iso_week[1])) for b in buckets]
            title = self.tr("Time per métier, by ISO week (hours)")
        else:
            labels = [interface_locale().toString(b.start, "MMM") for b in buckets]
            title = self.tr("Time per métier, by month (hours)")
        self.timeline_chart.setTitle(title)
        self.timeline_axis_x.clear()
        self.timeline_axis_x.append(labels)
        for code, bar_set in self.timeline_sets.items():
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append([round(b.minutes_by_metier.get(code, 0) / 60, 1) for b in buckets])
        highest = max((b.total for b in buckets), default=0) / 60
        nice_scale(self.timeline_axis_y, highest)
        total = sum(b.total for b in buckets)
        parts = []
        for number, term in enumerate(METIERS):
            minutes = sum(b.minutes_by_metier.get(term.code, 0) for b in buckets)
            # the lightest colour is drawn as an outlined square, as its bars are
            lightest = number == len(METIERS) - 1
            mark, colour = ("□", METIER_COLOURS[0]) if lightest else ("■", METIER_COLOURS[number])
            parts.append(f"<span style='color:{colour}; font-size: 13pt'>{mark}</span>&nbsp;"
                         + html.escape(self.tr("%1: %2").replace("%1", term.label(language()))
                                       .replace("%2", duration_text(minutes))))
        total_text = html.escape(self.tr("Total: %1").replace("%1", duration_text(total)))
        self.ui.timelineSummary.setText(f"<b>{total_text}</b> &nbsp; " + " &nbsp; ".join(parts))
        self.timeline_buckets = buckets
        return buckets

    def timeline_values(self, metier: str) -> list[float]:
        bar_set = self.timeline_sets[metier]
        return [bar_set.at(i) for i in range(bar_set.count())]


def _host(container: QWidget, widget: QWidget) -> None:
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
