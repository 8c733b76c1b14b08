"""Emptying the trash from the Acteurs page: a write that can take long, so it runs like a read
(``ui.tasks.run_write``): off the GUI thread, with a progress dialog, then every page is told."""

import threading

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event, select

from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.records.trash import delete_records
from catalyseur_app.store.models import Actor
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.actors import ActorsPage


@pytest.fixture
def page(qtbot, store):
    ids = [create_actor(store, ActorData(name=f"Association {n}", kind="association")).subject_id
           for n in range(3)]
    delete_records(store, "actors", ids)
    widget = ActorsPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def writing_threads(store) -> list[threading.Thread]:
    """The threads that write to the actors table (an SQLAlchemy event on the real engine)."""
    threads = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("UPDATE ACTORS"):
            threads.append(threading.current_thread())

    event.listen(store.engine, "before_cursor_execute", seen)
    return threads


def answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == role).click()


def test_emptying_the_trash_runs_off_the_gui_thread_with_progress_then_reloads(page, qtbot, store):
    threads = writing_threads(store)
    page.ui.trashButton.click()
    assert page.trash.model.total == 3
    page.ui.emptyTrashButton.click()
    answer(page.trash.confirm_box, QMessageBox.ButtonRole.DestructiveRole)
    assert page.trash.task is not None and page.trash.task.dialog is not None  # progress shown
    assert not page.ui.emptyTrashButton.isEnabled()  # not twice at once
    qtbot.waitUntil(lambda: page.trash.task is None, timeout=10_000)
    assert threads and threading.main_thread() not in threads
    with store.read() as session:
        assert [a.name for a in session.scalars(select(Actor))] == ["", "", ""]  # purged, tombstones stay
    assert page.trash.model.total == 0
    assert "3" in page.editor.ui.statusLabel.text()


def test_cancelling_the_question_leaves_the_trash_as_it_was(page, qtbot, store):
    page.ui.trashButton.click()
    page.ui.emptyTrashButton.click()
    answer(page.trash.confirm_box, QMessageBox.ButtonRole.RejectRole)
    assert page.trash.task is None
    with store.read() as session:
        assert sorted(a.name for a in session.scalars(select(Actor))) == [
            "Association 0", "Association 1", "Association 2"]
    assert page.trash.model.total == 3
