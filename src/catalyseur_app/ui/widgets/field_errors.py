"""Inline validation messages: a red message under each wrong field, nothing in a pop-up."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

_ERROR_STYLE = "border: 1px solid #b00020;"


class FieldErrors:
    """Binds field names to (input widget, message label). The label is hidden when fine."""

    def __init__(self, fields: dict[str, tuple[QWidget, QLabel]]):
        self._fields = fields
        for widget, label in fields.values():
            label.setWordWrap(True)
            label.setStyleSheet("color: #b00020;")
            label.hide()
            widget.setProperty("_base_style", widget.styleSheet())

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show ``errors`` (field -> message); returns the names of fields it could not place."""
        self.clear()
        unplaced = []
        first = None
        for name, message in errors.items():
            if name not in self._fields:
                unplaced.append(name)
                continue
            widget, label = self._fields[name]
            label.setText(message)
            label.show()
            widget.setStyleSheet(_ERROR_STYLE)
            widget.setToolTip(message)
            widget.setAccessibleDescription(message)
            first = first or widget
        if first is not None:
            first.setFocus()
        return unplaced

    def message(self, name: str) -> str:
        widget, label = self._fields[name]
        return label.text() if not label.isHidden() else ""

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            widget.setStyleSheet(widget.property("_base_style") or "")
            widget.setToolTip("")
            widget.setAccessibleDescription("")
