"""Issue 14 §2: a write from the window that can take more than 100 ms runs like a read, through
``ui.tasks.run_write`` (off the GUI thread, progress, every page told), as emptying the trash does.
Moving a selection of actors to the trash and restoring a selection from it are such writes:
300 actors take about half a second each way."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from sqlalchemy import event, func, select
from test_actors_trash import writing_threads

from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.store.models import Actor
from catalyseur_app.ui import tasks
from catalyseur_app.ui.context import AppContext
from catalyseur_app.ui.pages.actors import ActorsPage

COUNT = 300


@pytest.fixture
def page(qtbot, store):
    for n in range(COUNT):
        create_actor(store, ActorData(name=f"Association {n:03d}", kind="association"))
    widget = ActorsPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _live(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Actor).where(Actor.deleted_at.is_(None)))


def _select_all(table, model) -> None:
    while model.canFetchMore():
        model.fetchMore()
    table.selectAll()


def test_moving_many_actors_to_the_trash_and_back_runs_off_the_gui_thread(page, qtbot, store, monkeypatch):
    writes = []
    monkeypatch.setattr("catalyseur_app.ui.pages.actors.run_write",
                        lambda *args, **kwargs: writes.append(args[1]) or tasks.run_write(*args, **kwargs))
    threads = writing_threads(store)
    ticks = []
    timer = QTimer(page)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    _select_all(page.ui.table, page.model)
    assert len(page.selected_ids()) == COUNT
    page.delete_selected()
    assert page.delete_task is not None  # the call returned at once, the work goes on in the pool
    qtbot.waitUntil(lambda: page.delete_task is None, timeout=20_000)
    timer.stop()
    assert writes == ["Moving to the trash…"]
    assert threads and threading.main_thread() not in threads
    assert _live(store) == 0 and page.model.total == 0
    assert ticks  # the event loop ran while the actors were written

    # the trash: restore every record of the selection, also off the GUI thread
    threads.clear()
    page.ui.trashButton.click()
    _select_all(page.ui.trashTable, page.trash.model)
    page.trash.restore_selected()
    assert page.trash.task is not None
    qtbot.waitUntil(lambda: page.trash.task is None, timeout=20_000)
    assert threads and threading.main_thread() not in threads
    assert _live(store) == COUNT and page.trash.model.total == 0

    # both are undoable, like before
    undo = page.context.undo_stack
    assert undo.count() == 2
    undo.undo()
    assert _live(store) == 0
    undo.undo()
    assert _live(store) == COUNT


def test_an_import_tells_every_open_page(qtbot, store, tmp_path, monkeypatch):
    """A sync import goes through run_write too: the Acteurs page open beside it shows the
    received actor at once, without being opened again."""
    from PySide6.QtWidgets import QMessageBox
    from test_exchanges_page import _fill

    from catalyseur_app.exchange.export import export_sync_file
    from catalyseur_app.store import open_store
    from catalyseur_app.ui.pages.exchanges import ExchangesPage

    context = AppContext(store=store, undo_stack=QUndoStack())
    actors = ActorsPage(context)
    exchanges = ExchangesPage(context)
    for widget in (actors, exchanges):
        qtbot.addWidget(widget)
        widget.show()
    assert actors.model.total == 0
    other = open_store(tmp_path / "other")
    try:
        _fill(other)
        export_sync_file(other, tmp_path / "recu.xlsx", full=True)
    finally:
        other.close()
    monkeypatch.setattr(exchanges, "ask_open_path", lambda: str(tmp_path / "recu.xlsx"))
    exchanges.import_file()
    qtbot.waitUntil(lambda: exchanges.trust_box is not None and exchanges.trust_box.isVisible(), timeout=10_000)
    exchanges.trust_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: exchanges.preview_dialog is not None and exchanges.preview_dialog.isVisible(),
                    timeout=10_000)
    exchanges.preview_dialog.apply_button.click()
    qtbot.waitUntil(lambda: exchanges.task is None and "avant-import" in exchanges.ui.statusLabel.text(),
                    timeout=10_000)
    assert actors.model.total == 1 and actors.model.record_id(0) is not None


def test_merging_an_actor_with_many_contacts_runs_off_the_gui_thread(qtbot, store):
    from catalyseur_app.store.models import Contact

    kept = create_actor(store, ActorData(name="Mairie de Vabre", kind="commune")).subject_id
    other = create_actor(store, ActorData(name="Mairie (doublon)", kind="commune")).subject_id
    with store.write() as session:
        session.add_all(Contact(actor_id=other, full_name=f"Personne {n:03d}") for n in range(200))
    threads = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: threads.append(threading.current_thread())
                 if statement.lstrip().upper().startswith("UPDATE CONTACTS") else None)
    page = ActorsPage(AppContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(page)
    page.show()
    _select_all(page.ui.table, page.model)
    page.ask_merge()
    dialog = page.merge_dialog
    next(radio for radio in dialog.choices.buttons() if radio.text() == "Mairie de Vabre").setChecked(True)
    dialog.accept()
    assert dialog.task is not None  # returned at once
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert threads and threading.main_thread() not in threads
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact).where(Contact.actor_id == kept)) == 200
    assert page.editor.actor_id == kept and "Ctrl+Z" in page.editor.ui.statusLabel.text()
    page.context.undo_stack.undo()
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact).where(Contact.actor_id == other)) == 200
