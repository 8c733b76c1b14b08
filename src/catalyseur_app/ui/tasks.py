"""The one way to run work off the GUI thread: QThreadPool, a progress dialog, cancel."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from catalyseur_app.progress import Cancelled, Progress

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _SignalProgress(Progress):
    def __init__(self, signals: _Signals):
        super().__init__()
        self._signals = signals

    def report(self, done: int, total: int | None, message: str) -> None:
        self._signals.progress.emit(done, total or 0, message)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], object], signals: _Signals, progress: Progress):
        super().__init__()
        self._work, self._signals, self._progress = work, signals, progress

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self._signals.cancelled.emit()
        except Exception as error:  # shown to the person by on_error; logged with its traceback
            log.exception("background task failed")
            self._signals.failed.emit(error)
        else:
            self._signals.finished.emit(result)


class Task(QObject):
    """A running piece of work. Keep a reference until it ends (``run_task`` does, via parent)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.signals = _Signals(self)
        self.progress = _SignalProgress(self.signals)

    def cancel(self) -> None:
        self.progress.cancel()


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
    task = Task(parent)
    dialog = None
    if show_dialog:
        cancel = QCoreApplication.translate("Tasks", "Cancel")
        dialog = QProgressDialog(title, cancel, 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(task.cancel)

        def show_progress(done: int, total: int, message: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(message)

        task.signals.progress.connect(show_progress)

    def end(callback, *args) -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        try:
            if callback is not None:
                callback(*args)
        finally:
            task.deleteLater()

    task.signals.finished.connect(lambda result: end(on_done, result))
    task.signals.failed.connect(lambda error: end(on_error, error))
    task.signals.cancelled.connect(lambda: end(on_cancel))
    QThreadPool.globalInstance().start(_Runnable(work, task.signals, task.progress))
    return task
