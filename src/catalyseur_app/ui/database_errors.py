"""A damaged or unwritable database met while the window runs: a message, never a traceback.

Qt hands an exception raised in a slot to ``sys.excepthook``; while the window runs, the hook
installed here shows the store's message for database problems (and closes the window when the
file is damaged: nothing more should be written to it) and leaves every other error as it was.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QApplication, QMessageBox

from catalyseur_app import APP_NAME
from catalyseur_app.store.errors import PagesDamaged, database_damaged, database_problem

log = logging.getLogger(__name__)
MAIN_LOOP_PROPERTY = "catalyseurMainLoopRunning"
# The window's event loop ends with this code when the page check found damage after the start:
# run_gui then opens the store again, checking first, and offers the restore.
DAMAGED_PAGES_EXIT = 75


def show_database_problem(error: BaseException, pages_unchecked: bool = False) -> bool:
    """Show the message for a database problem; False (nothing shown) for any other error.

    A write refused by the page check, or damage met before that check has passed, shows nothing:
    the window's loop ends with DAMAGED_PAGES_EXIT and the restore is offered as at any start.
    """
    app = QApplication.instance()
    if isinstance(error, PagesDamaged) or (pages_unchecked and database_damaged(error)):
        log.error("damaged database met before the page check had passed: %s", error)
        if app is not None and app.property(MAIN_LOOP_PROPERTY):
            QApplication.exit(DAMAGED_PAGES_EXIT)
        return True
    problem = database_problem(error)
    if problem is None:
        return False
    log.error("database problem: %s", error)
    QMessageBox.critical(QApplication.activeWindow(), APP_NAME, problem)
    # Only the window's own event loop is ended: exit() called with no main loop running leaves
    # the application unable to run any later event loop (background tasks would never report).
    if database_damaged(error) and app is not None and app.property(MAIN_LOOP_PROPERTY):
        QApplication.exit(1)
    return True


@contextlib.contextmanager
def database_problems_shown(pages_unchecked: Callable[[], bool] = lambda: False) -> Iterator[None]:
    previous = sys.excepthook

    def hook(kind, error, traceback):
        if not show_database_problem(error, pages_unchecked()):
            previous(kind, error, traceback)

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous
