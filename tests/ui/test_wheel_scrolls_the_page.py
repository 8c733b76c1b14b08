"""Issue 11 item 3: the wheel over a field without focus scrolls the page, never the value."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from catalyseur_app.ui.main_window import MainWindow


def wheel(widget, steps: int = -1) -> None:
    """A real wheel event (one notch down by default) at the centre of ``widget``."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_combo_scrolls_the_journal_form(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1024, 480)  # the journal's form is longer than the window: its area scrolls
    window.show()
    window.navigate("journal")
    page = window.page("journal")
    qtbot.waitExposed(window)
    editor = page.editor
    scroll = page.ui.editorScroll.verticalScrollBar()
    assert scroll.maximum() > 0
    page.ui.table.setFocus()
    before = [editor.ui.metier.currentIndex(), editor.ui.participants.value()]
    for field in (editor.ui.metier, editor.ui.participants):
        assert not field.hasFocus()
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus
        top = scroll.value()
        wheel(field)
        assert scroll.value() > top  # the page scrolled…
    assert [editor.ui.metier.currentIndex(), editor.ui.participants.value()] == before  # …the values did not move

    editor.ui.metier.setFocus()  # with focus, the wheel changes the value as usual
    qtbot.waitUntil(editor.ui.metier.hasFocus)
    wheel(editor.ui.metier)
    changed = editor.ui.metier.currentIndex()
    editor.new()  # nothing left unsaved: closing the window asks nothing
    assert changed == before[0] + 1
