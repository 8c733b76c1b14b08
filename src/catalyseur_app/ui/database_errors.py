"""A damaged or unwritable database met while the window runs: a message, never a traceback.

Qt hands an exception raised in a slot to ``sys.excepthook``; while the window runs, the hook
installed here shows the store's message for database problems (and closes the window when the
file is damaged: nothing more should be written to it) and leaves every other error as it was.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QMessageBox

from catalyseur_app import APP_NAME
from catalyseur_app.store.errors import database_damaged, database_problem

log = logging.getLogger(__name__)
MAIN_LOOP_PROPERTY = "catalyseurMainLoopRunning"


def show_database_problem(error: BaseException) -> bool:
    """Show the message for a database problem; False (nothing shown) for any other error."""
    problem = database_problem(error)
    if problem is None:
        return False
    log.error("database problem: %s", error)
    QMessageBox.critical(QApplication.activeWindow(), APP_NAME, problem)
    app = QApplication.instance()
    # Only the window's own event loop is ended: exit() called with no main loop running leaves
    # the application unable to run any later event loop (background tasks would never report).
    if database_damaged(error) and app is not None and app.property(MAIN_LOOP_PROPERTY):
        QApplication.exit(1)
    return True


@contextlib.contextmanager
def database_problems_shown() -> Iterator[None]:
    previous = sys.excepthook

    def hook(kind, error, traceback):
        if not show_database_problem(error):
            previous(kind, error, traceback)

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous
