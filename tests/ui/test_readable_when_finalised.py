"""Issue 11 item 13: a finalised diagnostic's answers stay readable (contrast at least 4.5:1)."""

import sys
from pathlib import Path

from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reports"))
from report_samples import add_diagnostic  # noqa: E402

from catalyseur_app.ui.context import AppContext  # noqa: E402
from catalyseur_app.ui.pages.diagnostic.runner import DiagnosticRunner  # noqa: E402


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def drawn_colours(widget) -> tuple[QColor, QColor]:
    """The text and background colours the widget is painted with, in the state it is in."""
    group = QPalette.ColorGroup.Disabled if not widget.isEnabled() else QPalette.ColorGroup.Active
    palette = widget.palette()
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        return palette.color(group, QPalette.ColorRole.Text), palette.color(group, QPalette.ColorRole.Base)
    background = widget.parentWidget().palette().color(group, widget.parentWidget().backgroundRole())
    return palette.color(group, widget.foregroundRole()), background


def test_the_answers_of_a_finalised_diagnostic_keep_a_readable_contrast(qtbot, store):
    diagnostic = add_diagnostic(store)  # every volet answered, then finalised
    runner = DiagnosticRunner(AppContext(store=store, undo_stack=QUndoStack()), diagnostic)
    qtbot.addWidget(runner)
    runner.show()
    inputs = [child for widget in runner.widgets.values()
              for kind in (QAbstractButton, QLineEdit, QPlainTextEdit) for child in widget.findChildren(kind)]
    assert inputs
    worst = min(contrast(*drawn_colours(child)) for child in inputs)
    assert worst >= 4.5, f"contrast {worst:.2f}:1"
    line = next((c for c in inputs if isinstance(c, QLineEdit)), None)
    if line is not None:  # still read-only: nothing can be typed
        assert line.isReadOnly() or not line.isEnabled()
