"""The journal and the dashboard as a demanding user meets them: Tab order, quick series, readable charts."""

from datetime import date

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView, QHorizontalBarSeries
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from catalyseur_app.records.activities import ActivityDraft, log_activity
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.i18n import install_language
from catalyseur_app.ui.pages.dashboard import DashboardPage
from catalyseur_app.ui.pages.journal import JournalPage


@pytest.fixture
def journal(qtbot, store):
    install_language(QApplication.instance(), "fr")
    page = JournalPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.resize(1040, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_tab_goes_through_the_form_in_the_order_it_is_read(qtbot, journal):
    editor = journal.editor
    expected = [editor.ui.participants, editor.communes.picker, editor.actor_picker, editor.partnership_picker,
                editor.ui.outcome, editor.ui.saveButton]
    editor.ui.participants.setFocus()
    journal.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.ui.participants)
    seen = [QApplication.focusWidget()]
    for _ in range(12):
        editor.focusNextChild()
        seen.append(QApplication.focusWidget())
    assert [widget for widget in seen if widget in expected] == expected
    assert editor.ui.communesLabel.buddy() is editor.communes.picker
    assert editor.actor_picker.accessibleName() and editor.communes.picker.accessibleName()


def test_a_series_with_repeat_last_then_the_list_shows_titles_first(qtbot, journal, store):
    editor = journal.editor
    editor.ui.title.setText("Permanence à la mairie")
    editor.ui.minutes.set_value(90)
    assert editor.save(), editor.error_messages()
    for number in range(2, 4):
        assert editor.repeat_last()
        editor.ui.title.setText(f"Permanence à la mairie n° {number}")
        assert editor.save(), editor.error_messages()
    assert journal.model.total == 3
    header = journal.ui.table.horizontalHeader()
    title = journal.model.entity.column_index("title")
    assert header.visualIndex(title) == 1  # just after the date
    assert journal.ui.table.columnWidth(title) > 200
    titles = sorted(journal.model.raw_value(row, "title") for row in range(3))
    assert titles == ["Permanence à la mairie", "Permanence à la mairie n° 2", "Permanence à la mairie n° 3"]
    assert journal.model.raw_value(0, "minutes") == 90


def test_small_hours_get_decimal_ticks_and_counts_whole_ones(qtbot, store):
    install_language(QApplication.instance(), "fr")
    log_activity(store, ActivityDraft(day=date.today(), metier="lieu", mission="lieu.fablab", title="Fab lab",
                                      minutes=45))
    page = DashboardPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    axis = page.time_axis_y
    assert axis.max() < 2 and axis.tickInterval() < 1 and axis.labelFormat() == "%.1f"
    form_axis = page._axes[id(page.form_set)]
    assert form_axis.tickInterval() >= 1 and form_axis.labelFormat() == "%.0f"
    assert page.time_chart.localizeNumbers()


def test_partnership_forms_are_drawn_as_horizontal_bars_with_whole_names_first_on_top(qtbot, store):
    page = DashboardPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.show()
    horizontal = [series for view in page.findChildren(QChartView) for series in view.chart().series()
                  if isinstance(series, QHorizontalBarSeries)]
    assert len(horizontal) == 3  # forms, stages, diagnostics
    axes = [axis for series in horizontal for axis in series.attachedAxes() if isinstance(axis, QBarCategoryAxis)]
    forms = next(axis for axis in axes if "Mécénat" in axis.categories())
    assert forms.categories()[-1] == "Mécénat"  # drawn from the bottom up: the last category is on top
    assert "Coopération économique" in forms.categories()
    assert page.bar_position("form", 0) == 3
