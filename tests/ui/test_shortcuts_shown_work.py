"""Issue 11, item 10: every shortcut a page shows works however the page was reached (a click
in the sidebar, Ctrl+4, a link from the dashboard), with the focus still in the sidebar."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from catalyseur_app.diagnostics.sessions import start_diagnostic
from catalyseur_app.ui.main_window import PAGE_KEYS
from catalyseur_app.ui.pages.diagnostic.new import NewDiagnosticDialog

DIAGNOSTICS = PAGE_KEYS.index("diagnostics")


def _sidebar_click(qtbot, window):
    nav = window.ui.navigation
    rect = nav.visualItemRect(nav.item(DIAGNOSTICS))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _ctrl_4(qtbot, window):
    window.ui.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)


def _dashboard_link(qtbot, window):
    window.ui.navigation.setFocus()
    window.navigate("diagnostics", status="in_progress")  # what a bar of the dashboard chart does


WAYS = {"sidebar": _sidebar_click, "ctrl+4": _ctrl_4, "dashboard": _dashboard_link}


def _modal_opened_by(qtbot, press) -> list[str]:
    """Press keys; close and name the dialog they opened."""
    seen = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.append(type(dialog).__name__)
            dialog.reject()

    QTimer.singleShot(0, close_it)
    press()
    QApplication.processEvents()
    return seen


@pytest.mark.parametrize("way", list(WAYS))
def test_ctrl_n_on_the_empty_diagnostics_page(qtbot, window, way):
    WAYS[way](qtbot, window)
    assert window.current_page_key() == "diagnostics"
    page = window.page("diagnostics")
    assert page.ui.emptyLabel.isVisible() and "Ctrl+N" in page.ui.emptyLabel.text()
    focus = QApplication.focusWidget()
    assert focus is None or not page.isAncestorOf(focus)  # the focus is still outside the page
    opened = _modal_opened_by(qtbot, lambda: qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N,
                                                            Qt.KeyboardModifier.ControlModifier))
    assert opened == [NewDiagnosticDialog.__name__]


@pytest.mark.parametrize("way", list(WAYS))
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, "Ctrl+O"])
def test_enter_and_ctrl_o_open_the_selected_diagnostic(qtbot, window, store, way, key):
    start_diagnostic(store, "15187", [])
    WAYS[way](qtbot, window)
    page = window.page("diagnostics")
    page.refresh()
    assert page.selected_id() is not None
    target = QApplication.focusWidget() or window
    if key == "Ctrl+O":
        qtbot.keyClick(target, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(target, key)
    assert page.runner is not None and page.runner.isVisible()
    page.show_list()


def test_f5_refreshes_the_dashboard_from_the_sidebar(qtbot, window):
    page = window.page("dashboard")
    window.ui.navigation.setFocus()
    before = page.data
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_F5)
    assert page.data is not before
