"""Progress and cancellation for long work, without Qt (the window adapts it in ui/tasks.py)."""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """Raised inside long work when the person pressed Annuler; the work must leave no trace."""


class Progress:
    """Given to long-running use cases. ``step`` reports and raises Cancelled when asked to stop."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int | None = None, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.report(done, total, message)

    def report(self, done: int, total: int | None, message: str) -> None:
        """Override to show progress; the default shows nothing."""


NO_PROGRESS = Progress()
