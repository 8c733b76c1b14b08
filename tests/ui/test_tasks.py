import threading

from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from catalyseur_app.ui.tasks import _running, run_task


def _results():
    return {"done": [], "error": [], "cancelled": [], "threads": []}


def _callbacks(results):
    def done(value):
        results["threads"].append(threading.current_thread())
        results["done"].append(value)

    return dict(on_done=done, on_error=results["error"].append, on_cancel=lambda: results["cancelled"].append(True))


def test_the_work_runs_in_the_pool_and_its_result_comes_back_on_the_gui_thread(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    results = _results()
    workers = []

    def work(progress):
        workers.append(threading.current_thread())
        progress.step(1, 2, "moitié")
        return 42

    run_task(widget, "Essai", work, **_callbacks(results), show_dialog=False)
    qtbot.waitUntil(lambda: results["done"] == [42])
    assert workers[0] is not threading.main_thread()
    assert results["threads"] == [threading.main_thread()]
    assert not _running


def test_an_error_reaches_on_error(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    results = _results()

    def work(progress):
        raise OSError("disque plein")

    run_task(widget, "Essai", work, **_callbacks(results))
    qtbot.waitUntil(lambda: len(results["error"]) == 1)
    assert str(results["error"][0]) == "disque plein" and results["done"] == []


def test_cancel_stops_the_work_at_its_next_step(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    results = _results()
    started, release = threading.Event(), threading.Event()

    def work(progress):
        started.set()
        release.wait(5)
        progress.step(1, 2)
        return "trop tard"

    task = run_task(widget, "Essai", work, **_callbacks(results))
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: results["cancelled"] == [True])
    assert results["done"] == []


def test_closing_the_widget_cancels_the_work_and_calls_nothing_back(qtbot):
    widget = QWidget()
    results = _results()
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def work(progress):
        started.set()
        release.wait(5)
        try:
            progress.step(1, 2)
        finally:
            finished.set()
        return "trop tard"

    task = run_task(widget, "Essai", work, **_callbacks(results))
    assert started.wait(5)
    Shiboken.delete(widget)  # the window that asked is closed while the work runs
    assert task.progress.cancelled
    release.set()
    assert finished.wait(5)
    qtbot.waitUntil(lambda: not _running)
    assert results == {"done": [], "error": [], "cancelled": [], "threads": []}
