"""Issue 11, item 15: small fixes (an upcoming action opens its diagnostic on the action plan)."""

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reports"))
from report_samples import add_diagnostic, add_profile  # noqa: E402

from catalyseur_app.ui.main_window import MainWindow  # noqa: E402


def test_double_clicking_an_upcoming_action_opens_the_action_plan(qtbot, store):
    add_profile(store)
    add_diagnostic(store)
    store.load_sessions()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1024, 710)
    window.show()
    qtbot.waitExposed(window)
    dashboard = window.page("dashboard")
    dashboard.reload()
    table = dashboard.ui.upcoming
    assert dashboard.upcoming_model.rowCount() > 0
    rect = table.visualRect(dashboard.upcoming_model.index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "diagnostics"
    runner = window.page("diagnostics").runner
    assert runner is not None and runner._results is not None and runner._results.isVisible()
    QApplication.processEvents()
    plan = runner._results.ui.actionsBox
    viewport = runner._results_area.viewport()
    top = plan.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= top < viewport.height(), top  # the plan is in view, not below the radar


def test_the_profile_dialog_does_not_send_you_to_settings(qtbot, store):
    from test_qa_actors import interface_language

    from catalyseur_app.ui.profile_wizard import FirstRunWizard, ProfileDialog

    add_profile(store)
    with interface_language("fr"):
        dialog = ProfileDialog(store)
        qtbot.addWidget(dialog)
        wizard = FirstRunWizard(store)
        qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
        assert "Paramètres" not in dialog.chooser.ui.hint.text() and "Entrée" in dialog.chooser.ui.hint.text()
        assert "Paramètres" in wizard.chooser.ui.hint.text()
