"""One widget per kit question type, each telling the runner what the person gave.

Every widget emits ``answered(name, raw)`` when an answer is given: on editingFinished for a
line, when a radio button or a check box is toggled, after a short pause or on leaving the
field for free text (so a closed lid loses nothing). The runner checks and saves it.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from catalyseur_app.formatting import format_date, format_plain_number
from catalyseur_app.kit import Kit, Question
from catalyseur_app.messages import language
from catalyseur_app.ui.i18n import filled

TEXT_PAUSE_MS = 800
MESSAGE_STYLE = "color: #b00020; font-weight: 600;"
HINT_STYLE = "color: palette(mid);"


def _readable_when_disabled(widget: QWidget) -> None:
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
    widget.setPalette(palette)


class QuestionWidget(QFrame):
    """Label, hint, the input, and the message shown under it."""

    answered = Signal(str, object)

    def __init__(self, question: Question, kit: Kit, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.kit = kit
        self.name = question.name
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 6, 0, 6)
        text = question.label.get(language())
        self.label = QLabel(f"{text} *" if question.required else text, self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-weight: 600;")
        self._layout.addWidget(self.label)
        hint = question.hint.get(language()) if question.hint else ""
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setVisible(bool(hint))
        self._layout.addWidget(self.hint)
        self.build_input()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setObjectName(f"message_{question.name}")
        self.message.hide()
        self._layout.addWidget(self.message)

    # subclasses --------------------------------------------------------------------------
    def build_input(self) -> None:
        raise NotImplementedError

    def set_value(self, value) -> None:
        """Show a stored answer without emitting ``answered``."""
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        """Read-only yet readable: text fields become read-only (their text keeps its colour),
        buttons are disabled but drawn with the normal text colour, not Qt's faint grey."""
        for child in self.findChildren(QWidget):
            if child in (self.label, self.hint, self.message):
                continue
            if isinstance(child, (QLineEdit, QPlainTextEdit)):
                child.setReadOnly(locked)
                continue
            child.setEnabled(not locked)
            _readable_when_disabled(child)

    def flush(self) -> None:
        """Give the answer being typed, if any (before leaving the page or closing)."""

    def set_text(self, text: str) -> None:
        """Show text typed earlier and refused (invalid), so the person can correct it."""

    # common ------------------------------------------------------------------------------
    def set_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
        self.focus_target().setAccessibleDescription(text or "")

    def _accessible(self, widget: QWidget) -> None:
        widget.setAccessibleName(self.question.label.get(language()))
        self.label.setBuddy(widget)


class LineQuestion(QuestionWidget):
    """text, integer, decimal and date: a line, checked when the person leaves it or presses Enter."""

    def build_input(self) -> None:
        self.line = QLineEdit(self)
        self._accessible(self.line)
        placeholders = {"integer": self.tr("A whole number, e.g. 12"),
                        "decimal": self.tr("A number, e.g. 12.5"),
                        "date": self.tr("dd/mm/yyyy")}
        self.line.setPlaceholderText(placeholders.get(self.question.type, ""))
        self._layout.addWidget(self.line)
        self._given: str | None = None
        self.line.editingFinished.connect(self._give)
        if self.question.type == "text":
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(TEXT_PAUSE_MS)
            self._timer.timeout.connect(self._give)
            self.line.textEdited.connect(lambda _text: self._timer.start())

    def _give(self) -> None:
        text = self.line.text()
        if text != self._given:
            self._given = text
            self.answered.emit(self.name, text)

    def flush(self) -> None:
        self._give()

    def set_value(self, value) -> None:
        if value is None:
            text = ""
        elif self.question.type == "date":
            try:
                text = format_date(_dt.date.fromisoformat(str(value)))
            except ValueError:
                text = str(value)
        elif self.question.type == "decimal" and isinstance(value, float):
            text = format_plain_number(value)  # « 12,5 » in French, « 12.5 » in English
        else:
            text = str(value)
        self.line.setText(text)
        self._given = text

    def set_text(self, text: str) -> None:
        self.line.setText(text)
        self._given = text

    def focus_target(self) -> QWidget:
        return self.line


class _NotifyingTextEdit(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class ObservationQuestion(QuestionWidget):
    """Free observations: several lines, saved after a pause and when leaving the field."""

    def build_input(self) -> None:
        self.edit = _NotifyingTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(90)
        self._accessible(self.edit)
        self._layout.addWidget(self.edit)
        self._given: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_PAUSE_MS)
        self._timer.timeout.connect(self._give)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.left.connect(self._give)

    def _give(self) -> None:
        self._timer.stop()
        text = self.edit.toPlainText()
        if text != self._given:
            self._given = text
            self.answered.emit(self.name, text)

    def flush(self) -> None:
        self._give()

    def set_value(self, value) -> None:
        text = "" if value is None else str(value)
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self._given = text

    def focus_target(self) -> QWidget:
        return self.edit


class SelectOneQuestion(QuestionWidget):
    """Radio buttons (arrow keys move between them) and a button to clear the answer."""

    def build_input(self) -> None:
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        box = QWidget(self)
        row = QVBoxLayout(box)
        row.setContentsMargins(12, 0, 0, 0)
        for number, choice in enumerate(self.kit.choices_of(self.question).choices):
            button = QRadioButton(choice.label.get(language()), box)
            button.setAccessibleName(filled(self.tr("%1: %2"), self.question.label.get(language()),
                                            choice.label.get(language())))
            button.setProperty("choice", choice.name)
            self.group.addButton(button, number)
            self.buttons[choice.name] = button
            row.addWidget(button)
        self._layout.addWidget(box)
        self.label.setBuddy(next(iter(self.buttons.values()), self))
        self.clear_button = QPushButton(self.tr("Clear the answer"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the answer: %1").replace(
            "%1", self.question.label.get(language())))
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self._clear)
        line = QHBoxLayout()
        line.addWidget(self.clear_button)
        line.addStretch(1)
        self._layout.addLayout(line)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.answered.emit(self.name, self.group.checkedButton().property("choice"))

    def _clear(self) -> None:
        if self.group.checkedButton() is not None:
            self.set_value(None)
            self.answered.emit(self.name, None)

    def set_value(self, value) -> None:
        self.group.blockSignals(True)
        button = self.buttons.get(value) if isinstance(value, str) else None
        if button is not None:
            button.setChecked(True)
        else:
            self.group.setExclusive(False)
            for other in self.buttons.values():
                other.setChecked(False)
            self.group.setExclusive(True)
        self.group.blockSignals(False)

    def focus_target(self) -> QWidget:
        return self.group.checkedButton() or next(iter(self.buttons.values()))


class SelectMultipleQuestion(QuestionWidget):
    """Check boxes; the answer is the list of the ticked choices, in the kit's order."""

    def build_input(self) -> None:
        self.boxes: dict[str, QCheckBox] = {}
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 0, 0, 0)
        for choice in self.kit.choices_of(self.question).choices:
            check = QCheckBox(choice.label.get(language()), box)
            check.setAccessibleName(filled(self.tr("%1: %2"), self.question.label.get(language()),
                                           choice.label.get(language())))
            check.toggled.connect(self._toggled)
            self.boxes[choice.name] = check
            column.addWidget(check)
        self._layout.addWidget(box)
        self.label.setBuddy(next(iter(self.boxes.values()), self))
        self._silent = False

    def _toggled(self, _checked: bool) -> None:
        if not self._silent:
            self.answered.emit(self.name, [name for name, box in self.boxes.items() if box.isChecked()])

    def set_value(self, value) -> None:
        chosen = set(value or ())
        self._silent = True
        for name, box in self.boxes.items():
            box.setChecked(name in chosen)
        self._silent = False

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()))


class NoteWidget(QuestionWidget):
    """A note: text to read, no answer."""

    def build_input(self) -> None:
        self.label.setStyleSheet("")

    def set_value(self, value) -> None:
        pass

    def focus_target(self) -> QWidget:
        return self.label


def question_widget(question: Question, kit: Kit, parent: QWidget | None = None) -> QuestionWidget:
    if question.type == "note":
        return NoteWidget(question, kit, parent)
    if question.type == "select_one":
        return SelectOneQuestion(question, kit, parent)
    if question.type == "select_multiple":
        return SelectMultipleQuestion(question, kit, parent)
    if question.type == "text" and question.role == "observation":
        return ObservationQuestion(question, kit, parent)
    return LineQuestion(question, kit, parent)
