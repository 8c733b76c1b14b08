"""The window's side of undo/redo: a QUndoCommand around a ``records.undo.Operation``.

    operation = create_actor(store, data)            # the change is already done
    push_operation(context.undo_stack, operation)     # Ctrl+Z undoes it, Ctrl+Shift+Z redoes it

After every undo or redo, ``record_changes().changed`` emits the set of table names touched
(e.g. {"actors", "contacts"}); pages connect to it to reload their lists. Pages that make a change
themselves call ``notify_changed(operation.entities)`` too, so every open page stays current.
If an undo fails (the record changed meanwhile in a way that forbids it), ``failed`` is emitted
with a message in the interface's language and the stack is left as it is.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:  # the dashboard imports this module before SQLAlchemy is loaded
    from catalyseur_app.records.undo import Operation

log = logging.getLogger(__name__)


class RecordChanges(QObject):
    changed = Signal(object)  # set[str]: the tables touched
    failed = Signal(str)


_changes: RecordChanges | None = None


def record_changes() -> RecordChanges:
    global _changes
    if _changes is None:
        _changes = RecordChanges()
    return _changes


def notify_changed(entities) -> None:
    record_changes().changed.emit(set(entities))


class OperationCommand(QUndoCommand):
    def __init__(self, operation: Operation, already_done: bool = True):
        super().__init__(operation.description)
        self.operation = operation
        self._skip_first_redo = already_done

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._run(self.operation.redo, QCoreApplication.translate("OperationCommand", "Could not redo “{0}”: {1}"))

    def undo(self) -> None:
        self._run(self.operation.undo, QCoreApplication.translate("OperationCommand", "Could not undo “{0}”: {1}"))

    def _run(self, action, message: str) -> None:
        try:
            action()
        except Exception as error:  # reported to the person, never a crash inside Qt's undo stack
            log.exception("undo/redo failed")
            record_changes().failed.emit(message.format(self.operation.description, error))
        notify_changed(self.operation.entities)


def push_operation(stack: QUndoStack, operation: Operation | None) -> None:
    """Put an already-done operation on the stack (nothing happens for an empty operation)."""
    if operation is None or operation.empty:
        return
    stack.push(OperationCommand(operation))
    notify_changed(operation.entities)
