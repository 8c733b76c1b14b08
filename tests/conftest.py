import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys  # noqa: E402

import pytest  # noqa: E402

from catalyseur_app.store import open_store  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh, empty data folder; CATALYSEUR_DATA_DIR points at it too."""
    folder = tmp_path / "data"
    monkeypatch.setenv("CATALYSEUR_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir):
    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def nine_hours_ahead(monkeypatch):
    """The local clock nine hours ahead of UTC: 22:30 UTC on 14 March is already 15 March here."""
    import time

    monkeypatch.setenv("TZ", "JST-9")  # POSIX form: UTC+9, no time-zone database needed
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def type_text(qtbot):
    """Type text into a widget key by key, accents included (QTest.keyClicks is ASCII-only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_into(widget, text: str) -> None:
        for char in text:
            if char.isascii():
                qtbot.keyClicks(widget, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                    QApplication.sendEvent(widget, event)

    return type_into


@pytest.fixture(autouse=True)
def _no_language_left_behind():
    """Each test starts with no interface translator and the core's messages in French (a command
    run with --lang en sets them too): a test that wants another language installs it."""
    yield
    from catalyseur_app import messages

    messages.set_language(None)
    i18n = sys.modules.get("catalyseur_app.ui.i18n")
    if i18n is not None:
        from PySide6.QtCore import QCoreApplication, QLocale

        app = QCoreApplication.instance()
        if app is not None:
            i18n.remove_language(app)
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


@pytest.fixture(autouse=True)
def _no_background_task_left_behind(request):
    """A test must not leave work running in Qt's thread pool: the pool has as many threads as
    cores (two here), so a forgotten task makes the next tests' tasks wait and time out."""
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(15000):
        pytest.fail(f"{request.node.nodeid} left {pool.activeThreadCount()} background task(s) running")
