"""The one date field and the one duration field of the window.

    field = DateField(parent)            # « 15/11/2026 », « 15/11/26 », « 15112026 », « 2026-11-15 »
    field = DurationField(parent)        # « 1:30 », « 1h30 », « 1,5 », « 90 min »
    field.value()        the value understood (date / minutes), None when empty or not understood
    field.understood()   the last value understood (a filter keeps it while the text is wrong)
    field.problem()      "" when fine, else the French (or English) message saying what is accepted
    field.set_value(v)   shows ``v``; field.bind_message(label) shows the message in ``label``
    signal value_changed(object)   once the person leaves the field (or set_value) with a new value

On leaving the field the text is rewritten the way it was understood (« 15112026 » becomes
« 15/11/2026 », « 1h30 » becomes « 1 h 30 »), so the person sees what will be saved. Text that is
not understood stays as typed, marked red with its message: the value is never changed silently,
and the forms refuse to save while ``problem()`` is not empty. An empty field means no value:
nothing defaults to today. The parsing is Qt-free (``domain/typed_values.py``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, QSize, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QMenu, QWidgetAction

from catalyseur_app.domain.typed_values import (
    TypedValueError,
    format_date,
    format_duration,
    parse_date,
    parse_duration,
)
from catalyseur_app.resources import resource_path

_ERROR_STYLE = "border: 1px solid #b00020;"


class _TypedField(QLineEdit):
    value_changed = Signal(object)
    problem_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._value = None
        self._problem = ""
        self._label: QLabel | None = None
        self.editingFinished.connect(self._understand)

    # -- what subclasses give ---------------------------------------------------------------
    def _parse(self, text: str):
        raise NotImplementedError

    def _format(self, value) -> str:
        raise NotImplementedError

    # -- API ---------------------------------------------------------------------------------
    def value(self):
        try:
            return self._parse(self.text())
        except TypedValueError:
            return None

    def understood(self):
        return self._value

    def problem(self) -> str:
        try:
            self._parse(self.text())
        except TypedValueError as error:
            return str(error)
        return ""

    def set_value(self, value) -> None:
        self.setText(self._format(value))
        self._understand()

    def bind_message(self, label: QLabel) -> None:
        self._label = label
        label.setVisible(bool(self._problem))

    # -- behaviour ---------------------------------------------------------------------------
    def _understand(self) -> None:
        try:
            value = self._parse(self.text())
        except TypedValueError as error:
            self._show_problem(str(error))
            return
        self._show_problem("")
        shown = self._format(value)
        if self.text() != shown:
            self.setText(shown)
        if value != self._value:
            self._value = value
            self.value_changed.emit(value)

    def _show_problem(self, message: str) -> None:
        if message == self._problem:
            return
        self._problem = message
        self.setStyleSheet(_ERROR_STYLE if message else "")
        self.setToolTip(message)
        self.setAccessibleDescription(message)
        if self._label is not None:
            self._label.setText(message)
            self._label.setStyleSheet("color: #b00020;")
            self._label.setWordWrap(True)
            self._label.setVisible(bool(message))
        self.problem_changed.emit(message)


class DateField(_TypedField):
    """A date typed the French way (day first) or ISO, with a calendar button."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.calendar_action = QAction(QIcon(str(resource_path("icons", "calendar.svg"))),
                                       self.tr("Choose in a calendar"), self)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.calendar_menu: QMenu | None = None

    def sizeHint(self) -> QSize:
        """As wide as a date and its calendar button, like the QDateEdit it replaces."""
        hint = super().sizeHint()
        wide = self.fontMetrics().horizontalAdvance("00/00/00000") + hint.height() + 12
        return QSize(wide, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _parse(self, text: str) -> date | None:
        return parse_date(text)

    def _format(self, value: date | None) -> str:
        return format_date(value)

    def show_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        current = self.value()
        if current:
            calendar.setSelectedDate(QDate(current))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        calendar.clicked.connect(lambda day: (self.set_value(day.toPython()), menu.close()))
        calendar.activated.connect(lambda day: (self.set_value(day.toPython()), menu.close()))
        self.calendar_menu = menu
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))
        calendar.setFocus()


class DurationField(_TypedField):
    """Hours and minutes: « 1:30 », « 1h30 », « 1,5 » (hours) or « 90 min »."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 1:30, 1h30, 1,5 or 90 min"))

    def _parse(self, text: str) -> int | None:
        return parse_duration(text)

    def _format(self, value: int | None) -> str:
        return format_duration(value)


__all__ = ["DateField", "DurationField"]
