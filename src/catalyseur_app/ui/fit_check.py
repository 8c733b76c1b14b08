"""Finds cut text and widgets drawn outside their window: used by the screenshot walk
(``tools/make_screenshots.py --check``) and the tests that walk every page at 1024×768."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLabel, QLineEdit, QToolButton, QWidget

from catalyseur_app.ui.widgets.elision import cut_text

SLACK = 1  # pixels: rounding in the font metrics


def _plain(text: str) -> str:
    """``text`` as drawn: without the mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """``widget`` lies in a scroll area (or a list's viewport): it may be out of view on purpose."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str | None:
    if (label.wordWrap() or not label.text() or QtGui_Qt.mightBeRichText(label.text())
            or not label.pixmap().isNull()):
        return None
    text = _plain(label.text()) if label.buddy() is not None or "&" in label.text() else label.text()
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    needed = _widest_line(label.fontMetrics(), text)
    return f"needs {needed} px, has {room}" if needed > room + SLACK else None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None  # its text is not drawn (e.g. a line edit's action button): nothing to cut
    needed = button.sizeHint().width()
    return f"needs {needed} px, has {button.width()}" if needed > button.width() + SLACK else None


def _elided_problem(widget: QWidget) -> str | None:
    """A combo box's text or a placeholder may be elided if a tooltip says it (whole, or the
    field's own tooltip saying what it is for)."""
    whole = cut_text(widget)
    if whole and not widget.toolTip():
        return "elided without a tooltip giving the whole text"
    return None


def describe(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName()
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(text(), str) else ""
    if isinstance(widget, QComboBox):
        shown = widget.currentText()
    elif isinstance(widget, QLineEdit):
        shown = widget.placeholderText()
    where = []
    parent = widget.parentWidget()
    while parent is not None and len(where) < 3:
        if parent.objectName() and not parent.objectName().startswith("qt_"):
            where.append(parent.objectName())
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {name!r} « {shown[:60]} » in {'/'.join(reversed(where))}"


def layout_problems(root: QWidget) -> list[str]:
    """Visible text wider than its widget, and visible widgets not wholly inside the window."""
    window = root.window()
    frame = window.rect()
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton) and not widget.objectName().startswith("qt_"):
            problem = _button_problem(widget)
        elif isinstance(widget, (QComboBox, QLineEdit)):
            problem = _elided_problem(widget)
        else:
            problem = None
        if problem:
            problems.append(f"cut: {describe(widget)}: {problem}")
        if widget is not window and not _scrolled(widget, window):
            place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not frame.contains(place):
                problems.append(f"outside the window: {describe(widget)} at {place.getRect()} in {frame.getRect()}")
    return problems
