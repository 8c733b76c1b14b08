"""Issue 11, item 9: text that cannot fit is elided with the whole text in a tooltip, and the
fit check used by the screenshot walk finds a label narrower than its text."""

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget

from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.fit_check import layout_problems
from catalyseur_app.ui.main_window import MainWindow
from catalyseur_app.ui.pages.journal import JournalPage
from catalyseur_app.ui.widgets import elision


def hover(widget):
    """What the pointer resting on ``widget`` sends it."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), widget.mapToGlobal(QPoint(5, 5))))


def test_the_check_finds_a_cut_label_and_a_widget_outside_the_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Consentement recueilli par un moyen écrit et signé", window)
    label.setGeometry(10, 10, 60, 20)
    outside = QLabel("x", window)
    outside.setGeometry(190, 10, 40, 20)
    window.resize(200, 100)
    window.show()
    problems = layout_problems(window)
    assert any("cut" in p and "Consentement" in p for p in problems)
    assert any("outside the window" in p for p in problems)
    label.setText("Moyen")
    outside.move(100, 10)
    assert layout_problems(window) == []


def test_a_mission_too_long_for_the_journal_at_1024_is_elided_with_a_tooltip(qtbot, store):
    MainWindow(store).deleteLater()  # installs the eliding style and the tooltips, as the app does
    page = JournalPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.resize(790, 680)  # the page in a 1024-pixel window
    page.show()
    qtbot.waitExposed(page)
    combo = page.editor.ui.mission
    longest = max(range(combo.count()), key=lambda row: len(combo.itemText(row)))
    combo.setCurrentIndex(longest)
    combo.setFixedWidth(180)
    combo.repaint()
    whole = combo.itemText(longest).strip()
    assert elision.cut_text(combo) == whole
    hover(combo)
    assert combo.toolTip() == whole and QToolTip.text() == whole
    assert not [p for p in layout_problems(page) if "mission" in p]
    combo.setFixedWidth(combo.fontMetrics().horizontalAdvance(whole) + 80)
    hover(combo)
    assert combo.toolTip() == ""  # it fits again: no tooltip repeating what is shown


def test_the_odd_labels_are_never_cut_in_the_partnership_editor(qtbot, store):
    from catalyseur_app.ui.pages.partnership_editor import PartnershipEditor

    editor = PartnershipEditor(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(editor)
    editor.resize(470, 620)  # the editor's column in a 1366-pixel window
    editor.show()
    editor.ui.tabs.setCurrentWidget(editor.ui.odds.parentWidget())
    tabs = editor.ui.tabs
    while tabs.currentWidget() is not None and not tabs.currentWidget().isAncestorOf(editor.ui.odds):
        editor.ui.tabs.setCurrentIndex(editor.ui.tabs.currentIndex() + 1)
    QApplication.processEvents()
    odds = editor.ui.odds
    metrics = odds.fontMetrics()
    for row in range(odds.count()):
        item = odds.item(row)
        rect = odds.visualItemRect(item)
        text_room = rect.width() - 30  # the check box
        lines = -(-metrics.horizontalAdvance(item.text()) // max(text_room, 1))
        assert rect.height() >= lines * metrics.lineSpacing() - 2, item.text()
        assert rect.right() <= odds.viewport().width(), item.text()
        assert item.toolTip() == item.text()
