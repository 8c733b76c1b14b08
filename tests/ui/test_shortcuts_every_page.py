"""Issue 11, item 10, on every page: each shortcut the window shows (tooltips, hints, menus) works
through real key presses, whether the page was reached by a click in the sidebar or by its Ctrl+<n>
menu shortcut, with the focus left where that way puts it."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from catalyseur_app.ui.main_window import PAGE_KEYS


def _sidebar_click(qtbot, window, key):
    nav = window.ui.navigation
    rect = nav.visualItemRect(nav.item(PAGE_KEYS.index(key)))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _menu_keys(qtbot, window, key):
    window.ui.navigation.setFocus()
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{PAGE_KEYS.index(key) + 1}"), Qt.KeyboardModifier.ControlModifier)


WAYS = {"sidebar": _sidebar_click, "ctrl+number": _menu_keys}
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _reach(qtbot, window, way, key):
    if key == window.current_page_key():  # come from another page, as a person would
        window.navigate("journal" if key != "journal" else "dashboard")
    WAYS[way](qtbot, window, key)
    assert window.current_page_key() == key
    return window.page(key)


def _press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def _modal_opened_by(press) -> list[str]:
    """Press keys; name and close the modal dialog they opened."""
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
def test_actors_page_shortcuts(qtbot, window, way):
    page = _reach(qtbot, window, way, "actors")
    assert "Ctrl+N" in page.ui.newButton.toolTip() and "Ctrl+F" in page.ui.search.toolTip()
    _press(qtbot, window, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is page.editor.ui.name
    window.ui.navigation.setFocus()
    _press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.ui.search
    window.ui.navigation.setFocus()
    assert "Ctrl+Shift+T" in page.ui.trashButton.toolTip()
    checked = page.ui.trashButton.isChecked()
    _press(qtbot, window, Qt.Key.Key_T, CTRL | SHIFT)
    assert page.ui.trashButton.isChecked() != checked
    _press(qtbot, window, Qt.Key.Key_T, CTRL | SHIFT)
    assert "Ctrl+M" in page.ui.mergeButton.toolTip()
    _press(qtbot, window, Qt.Key.Key_M, CTRL)  # nothing selected: it says what to do
    assert "Ctrl" in page.editor.ui.statusLabel.text()


@pytest.mark.parametrize("way", list(WAYS))
def test_partnerships_page_shortcuts(qtbot, window, way):
    page = _reach(qtbot, window, way, "partnerships")
    assert "Ctrl+F" in page.search.toolTip() and "Ctrl+S" in page.editor.ui.saveButton.toolTip()
    _press(qtbot, window, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is page.editor.ui.title
    window.ui.navigation.setFocus()
    _press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.search
    window.ui.navigation.setFocus()
    assert _modal_opened_by(lambda: _press(qtbot, window, Qt.Key.Key_P, CTRL)) == ["QMessageBox"]  # none chosen


@pytest.mark.parametrize("way", list(WAYS))
def test_journal_page_shortcuts(qtbot, window, way):
    page = _reach(qtbot, window, way, "journal")
    editor = page.editor
    assert "Ctrl+N" in editor.ui.newButton.toolTip() and "Ctrl+R" in editor.ui.repeatButton.toolTip()
    _press(qtbot, window, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is editor.ui.day or editor.ui.day.isAncestorOf(QApplication.focusWidget())
    window.ui.navigation.setFocus()
    _press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.search


@pytest.mark.parametrize("way", list(WAYS))
@pytest.mark.parametrize("keys", ["Ctrl+E", "Ctrl+I"])
def test_exchanges_page_shortcuts_open_their_file_dialog(qtbot, window, way, keys):
    page = _reach(qtbot, window, way, "exchanges")
    button = page.ui.prepareButton if keys == "Ctrl+E" else page.ui.importButton
    assert keys in button.toolTip()
    key = Qt.Key.Key_E if keys == "Ctrl+E" else Qt.Key.Key_I
    assert _modal_opened_by(lambda: _press(qtbot, window, key, CTRL)) == ["QFileDialog"]


@pytest.mark.parametrize("way", list(WAYS))
def test_f5_refreshes_the_dashboard(qtbot, window, way):
    page = _reach(qtbot, window, way, "dashboard")
    assert "F5" in page.ui.refreshButton.toolTip()
    before = page.data
    _press(qtbot, window, Qt.Key.Key_F5)
    assert page.data is not before


@pytest.mark.parametrize("target", PAGE_KEYS)
def test_ctrl_number_reaches_every_page_from_every_page(qtbot, window, target):
    nav = window.ui.navigation
    assert f"Ctrl+{PAGE_KEYS.index(target) + 1}" in nav.item(PAGE_KEYS.index(target)).toolTip()
    for start in PAGE_KEYS:
        window.navigate(start)
        _menu_keys(qtbot, window, target)
        assert window.current_page_key() == target
        assert nav.currentRow() == PAGE_KEYS.index(target)


@pytest.mark.parametrize("way", list(WAYS))
def test_f1_opens_the_guide_from_every_page(qtbot, window, way):
    for key in PAGE_KEYS:
        _reach(qtbot, window, way, key)
        _press(qtbot, window, Qt.Key.Key_F1)
        assert window.help_window is not None and window.help_window.isVisible()
        window.help_window.close()


@pytest.mark.parametrize("way", list(WAYS))
def test_diagnostics_ctrl_i_asks_for_a_kit_workbook(qtbot, window, way):
    page = _reach(qtbot, window, way, "diagnostics")
    assert "Ctrl+I" in page.ui.installKitButton.toolTip()
    assert _modal_opened_by(lambda: _press(qtbot, window, Qt.Key.Key_I, CTRL)) == ["QFileDialog"]


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_ctrl_shift_b_asks_for_the_periodic_summary_from_every_page(qtbot, window, key):
    from catalyseur_app.ui.documents import SummaryDialog

    _reach(qtbot, window, "sidebar", key)
    assert "Ctrl+Shift+B" in window.ui.actionSummary.shortcut().toString()
    assert _modal_opened_by(lambda: _press(qtbot, window, Qt.Key.Key_B, CTRL | SHIFT)) == [SummaryDialog.__name__]


@pytest.mark.parametrize("way", list(WAYS))
def test_a_diagnostic_s_shortcuts(qtbot, window, store, way):
    """Reached from the list with Enter: Ctrl+PgDown / Ctrl+PgUp between volets, Ctrl+E the errors,
    Ctrl+R the results, then Ctrl+Shift+A adds an action line, Alt+Left back to the list."""
    from catalyseur_app.diagnostics.sessions import start_diagnostic

    start_diagnostic(store, "15187", [])
    page = _reach(qtbot, window, way, "diagnostics")
    page.refresh()
    _press(qtbot, window, Qt.Key.Key_Return)
    runner = page.runner
    assert runner is not None and runner.isVisible()
    for button, keys in ((runner.ui.nextButton, "Ctrl+PgDown"), (runner.ui.previousButton, "Ctrl+PgUp"),
                         (runner.ui.verifyButton, "Ctrl+E"), (runner.ui.resultsButton, "Ctrl+R"),
                         (runner.ui.backButton, "Alt+Left")):
        assert keys in button.toolTip()
    start = runner.ui.pages.currentIndex()
    _press(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    assert runner.ui.pages.currentIndex() == start + 1
    _press(qtbot, window, Qt.Key.Key_PageUp, CTRL)
    assert runner.ui.pages.currentIndex() == start
    _press(qtbot, window, Qt.Key.Key_E, CTRL)
    assert runner.ui.errorsBox.isVisible() and QApplication.focusWidget() is runner.ui.errors
    _press(qtbot, window, Qt.Key.Key_R, CTRL)
    assert runner.ui.pages.currentIndex() == len(runner.kit.volets)
    results = runner._results
    assert results is not None and "Ctrl+Shift+A" in results.ui.addAction.toolTip()
    assert _modal_opened_by(lambda: _press(qtbot, window, Qt.Key.Key_A, CTRL | SHIFT))  # the action's editor
    window.activateWindow()  # the dialog has gone; the offscreen platform does not hand activation back itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not runner.isVisible() and page.ui.listPage.isVisible()
