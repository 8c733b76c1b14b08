"""The mouse wheel scrolls the page; it changes a field's value only when that field has focus.

Qt lets the wheel change a combo box, spin box or date edit that merely lies under the pointer,
so scrolling a long form changed priorities and partnership stages by accident. ``install(app)``
puts one event filter on the whole application (calling it again does nothing): such a field
takes focus only by click or Tab (Qt.StrongFocus), and a wheel turned over it without focus goes
to the scroll area around it, which scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
)

_VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QAbstractSlider)
_WHEEL, _POLISH = QEvent.Type.Wheel, QEvent.Type.Polish


class WheelGuard(QObject):
    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind != _WHEEL and kind != _POLISH:
            return False
        if not isinstance(watched, _VALUE_WIDGETS) or isinstance(watched, QScrollBar):
            return False
        if kind == _POLISH:
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if watched.hasFocus():
            return False
        _scroll_the_page(watched, event)
        return True


def _scroll_the_page(widget, event: QWheelEvent) -> None:
    """Hand the wheel to the scroll area around ``widget`` (Qt would not pass on a synthesised
    event, and a spontaneous one would stop at the first parent that ignores it)."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    viewport = area.viewport()
    position = QPointF(viewport.mapFrom(widget, event.position().toPoint()))
    QApplication.sendEvent(viewport, QWheelEvent(
        position, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
        event.modifiers(), event.phase(), event.inverted(), event.source()))


def install(app: QApplication | None = None) -> WheelGuard:
    """Install the guard on the application once; returns it."""
    app = app or QApplication.instance()
    guard = app.findChild(WheelGuard, "wheelGuard")
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheelGuard")
        app.installEventFilter(guard)
    return guard
