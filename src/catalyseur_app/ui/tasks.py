"""The one way to run work off the GUI thread: QThreadPool, a progress dialog, cancel; ``run_write``
for changes to the data (it also tells every open page what changed).

The work gets a plain-Python ``Progress`` (see ``catalyseur_app.progress``); its reports and its
end travel back as queued signals to a ``Task`` living on the GUI thread, so every callback runs
there. A task outlives the widget that started it: if that widget is closed first, the work is
asked to cancel and no callback touches the vanished widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget

from catalyseur_app.progress import Cancelled, Progress
from catalyseur_app.ui.undo_commands import notify_changed, push_operation

log = logging.getLogger(__name__)
_running: set[Task] = set()  # keeps each Task alive until its work has ended


class _SignalProgress(Progress):
    def __init__(self, task: Task):
        super().__init__()
        self._task = task

    def report(self, done: int, total: int | None, message: str) -> None:
        self._task.progressed.emit(done, total or 0, message)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], object], task: Task):
        super().__init__()
        self._work, self._task = work, task

    def run(self) -> None:
        try:
            result = self._work(self._task.progress)
        except Cancelled:
            self._task.ended.emit("cancelled", None)
        except Exception as error:  # shown to the person by on_error; logged with its traceback
            log.exception("background task failed")
            self._task.ended.emit("failed", error)
        else:
            self._task.ended.emit("finished", result)


class Task(QObject):
    """A running piece of work, owned by the GUI thread."""

    progressed = Signal(int, int, str)
    ended = Signal(str, object)

    def __init__(self, parent_widget: QWidget, callbacks: dict[str, Callable | None]):
        super().__init__()  # no parent: the task must not die with the widget that asked for it
        self.progress = _SignalProgress(self)
        self.dialog: QProgressDialog | None = None
        self._callbacks = callbacks
        self._widget_alive = True
        parent_widget.destroyed.connect(self._widget_destroyed)
        self.ended.connect(self._end)  # queued: emitted from the pool, received on this thread

    def cancel(self) -> None:
        self.progress.cancel()

    @Slot()
    def _widget_destroyed(self) -> None:
        self._widget_alive = False
        self.dialog = None  # destroyed with its parent
        self.cancel()

    @Slot(int, int, str)
    def _show_progress(self, done: int, total: int, message: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        # setValue on a modal progress dialog processes events, so the end of the task may run
        # in the middle of this: set the text first, and stop once the task has ended.
        if message:
            dialog.setLabelText(message)
        dialog.setMaximum(total)
        if self.dialog is not None:
            dialog.setValue(min(done, total) if total else 0)

    @Slot(str, object)
    def _end(self, outcome: str, value: object) -> None:
        _running.discard(self)
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        callback = self._callbacks.get(outcome)
        try:
            if callback is not None and self._widget_alive:
                callback() if outcome == "cancelled" else callback(value)
        finally:
            self.deleteLater()


def run_task(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], object],
    on_done: Callable[[object], None],
    on_error: Callable[[Exception], None],
    on_cancel: Callable[[], None] | None = None,
    show_dialog: bool = True,
) -> Task:
    """Run ``work(progress)`` in the thread pool; callbacks run on the GUI thread."""
    task = Task(parent, {"finished": on_done, "failed": on_error, "cancelled": on_cancel})
    if show_dialog:
        cancel = QCoreApplication.translate("Tasks", "Cancel")
        dialog = QProgressDialog(title, cancel, 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(task.cancel)
        task.dialog = dialog
        task.progressed.connect(task._show_progress)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(work, task))
    return task


def run_write(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], object],
    changed: set[str],
    on_done: Callable[[object], None],
    on_error: Callable[[Exception], None],
    undo_stack: QUndoStack | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> Task:
    """A change to the data, run like a read (``run_task``: off the GUI thread, with progress and
    cancel): once it is written, every open page is told that the ``changed`` tables moved, then
    ``on_done(result)`` runs. Cancelled or failed, the work must leave the data as it was.

    With ``undo_stack``, the work returns the undoable ``records.undo.Operation`` it did (a delete,
    a restore…): it goes on that stack (Ctrl+Z undoes it), which also tells every page the tables
    it touched, so ``changed`` may then be empty."""
    def written(result: object) -> None:
        if undo_stack is not None:
            push_operation(undo_stack, result)  # type: ignore[arg-type]  # the work's Operation
        if changed:
            notify_changed(changed)
        on_done(result)

    return run_task(parent, title, work, written, on_error, on_cancel)
