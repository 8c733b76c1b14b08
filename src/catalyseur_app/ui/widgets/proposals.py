"""The one completer of typed pickers: proposals computed as the person types, shown unfiltered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


def attach_proposals(field: QLineEdit, chosen: Callable[[str], None]) -> QStringListModel:
    """Give ``field`` a popup of proposals (case-insensitive, 12 visible, shown as set: the caller
    has already searched) and a clear button; ``chosen(label)`` runs when one is picked. Returns
    the model the caller fills with ``setStringList`` as the person types."""
    labels = QStringListModel(field)
    completer = QCompleter(labels, field)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setMaxVisibleItems(12)
    field.setCompleter(completer)
    completer.activated[str].connect(chosen)
    field.setClearButtonEnabled(True)
    return labels
