"""Damaged pages are found at start (PRAGMA quick_check); the file is kept as it was, and no command
nor the window shows a traceback, even when the damage is met after the check."""

import argparse
import sqlite3

import pytest

from catalyseur_app import cli
from catalyseur_app.messages import set_language
from catalyseur_app.store import StoreError, open_store
from catalyseur_app.store import database as store_database
from catalyseur_app.store.errors import PagesDamaged, RestoreNeeded
from catalyseur_app.store.paths import database_path

PAGE = 4096


@pytest.fixture
def demo_store(data_dir, tmp_path):
    """A real store with the demo data, and a sync file made by another device."""
    from catalyseur_app.demo.dataset import create_demo

    with open_store(data_dir) as store:
        create_demo(store, scale=1)
    assert cli.main(["--data-dir", str(tmp_path / "other"), "demo"]) == 0
    assert cli.main(["--data-dir", str(tmp_path / "other"), "sync", "export", "--full",
                     "--out", str(tmp_path / "envoi.xlsx")]) == 0
    return data_dir


def damage(db, every_page=False):
    """Overwrite a few pages in the middle of the file (every page but the first with every_page)."""
    pages = db.stat().st_size // PAGE
    chosen = range(1, pages) if every_page else (pages * 2 // 5, pages // 2, pages * 3 // 5)
    with open(db, "r+b") as handle:
        for page in chosen:
            handle.seek(page * PAGE)
            handle.write(b"\xa5" * PAGE)


def test_damaged_pages_are_found_at_start_and_the_file_is_kept(demo_store):
    db = database_path(demo_store)
    damage(db)
    before = db.read_bytes()
    with pytest.raises(StoreError, match="endommagée") as raised:
        open_store(demo_store)
    assert not isinstance(raised.value, RestoreNeeded)  # no backup to offer
    assert db.read_bytes() == before


def test_with_backups_a_restore_is_offered(demo_store):
    db = database_path(demo_store)
    with open_store(demo_store) as store:
        backup = store.backup("manuelle")
    damage(db)
    before = db.read_bytes()
    with pytest.raises(RestoreNeeded, match="endommagée") as raised:
        open_store(demo_store)
    assert raised.value.backups == [backup]
    assert db.read_bytes() == before


COMMANDS = {
    "export": ["sync", "export", "--full", "--out", "{out}/envoi-2.xlsx"],
    "report": ["report", "summary", "--from", "2020-01-01", "--to", "2030-12-31", "--out", "{out}/synthese.pdf"],
    "import": ["sync", "import", "--trust-new", "{out}/envoi.xlsx"],
    "diagnostics": ["diagnostics"],
}


@pytest.mark.parametrize("after_the_check", [False, True], ids=["found-at-start", "met-later"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_no_command_shows_a_traceback_on_a_damaged_database(demo_store, tmp_path, capsys, monkeypatch,
                                                            command, after_the_check):
    db = database_path(demo_store)
    if after_the_check:  # the disk fails between the check at start and the command's first read
        examine = store_database.examine

        def examine_then_damage(db_path, data_dir, **options):
            revision = examine(db_path, data_dir, **options)
            damage(db_path, every_page=True)
            return revision

        monkeypatch.setattr(store_database, "examine", examine_then_damage)
    else:
        damage(db)
    args = [arg.format(out=tmp_path) for arg in COMMANDS[command]]
    try:
        assert cli.main(["--data-dir", str(demo_store), *args]) != 0
        assert "endommagée" in capsys.readouterr().err
        assert cli.main(["--data-dir", str(demo_store), "--lang", "en", *args]) != 0
        assert "damaged" in capsys.readouterr().err
    finally:
        set_language("fr")
    assert not (tmp_path / "envoi-2.xlsx").exists() and not (tmp_path / "synthese.pdf").exists()


def _close_the_message_box(qtbot, shown):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def close_it():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.done(0)
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(close_it)
    timer.start(10)
    return timer


def test_the_window_says_the_database_is_damaged(demo_store, qtbot):
    from catalyseur_app.ui.app import run_gui

    damage(database_path(demo_store))
    shown = []
    timer = _close_the_message_box(qtbot, shown)  # noqa: F841 (kept alive while the box is open)
    assert run_gui(argparse.Namespace(data_dir=str(demo_store), lang=None)) == 1
    assert len(shown) == 1 and "endommagée" in shown[0]


def test_damage_met_while_the_window_runs_is_a_message(demo_store, qtbot):
    from PySide6.QtCore import QTimer

    from catalyseur_app.ui.database_errors import database_problems_shown

    db = database_path(demo_store)
    damage(db, every_page=True)
    shown = []
    timer = _close_the_message_box(qtbot, shown)  # noqa: F841

    def a_page_reads():  # a slot reading the damaged file, as a page of the window would
        with sqlite3.connect(db) as connection:
            connection.execute("SELECT count(*) FROM actors WHERE name LIKE '%a%'").fetchone()

    with database_problems_shown():
        QTimer.singleShot(0, a_page_reads)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "endommagée" in shown[0]


@pytest.mark.parametrize("where", ["search-index", "first-screen"])
def test_the_window_checks_the_pages_after_its_first_paint_and_offers_the_restore(demo_store, qtbot, where):
    """The page check no longer delays the first screen; damage it finds, or that the first screen
    meets before it has run, still leads to the restore dialog, and nothing is written meanwhile."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from catalyseur_app.ui.app import run_gui
    from catalyseur_app.ui.backups_dialog import RestoreNeededDialog
    from catalyseur_app.ui.main_window import MainWindow

    with open_store(demo_store) as store:
        backup = store.backup("manuelle")
    db = database_path(demo_store)
    if where == "first-screen":
        damage(db)
    else:  # the search index, which the first screen does not read
        with sqlite3.connect(db) as connection:
            pages = [row[0] for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'fts_actors_data' AND pagetype = 'leaf' ORDER BY pageno")]
        connection.close()
        with open(db, "r+b") as handle:
            handle.seek((pages[len(pages) // 2] - 1) * PAGE)
            handle.write(b"\xa5" * PAGE)
    before = db.read_bytes()
    seen = {"window painted": False, "dialog": None}

    def watch():
        if any(isinstance(w, MainWindow) and w._painted for w in QApplication.topLevelWidgets()):
            seen["window painted"] = True
        modal = QApplication.activeModalWidget()
        if isinstance(modal, RestoreNeededDialog):
            seen["dialog"] = (modal.ui.intro.text(), [info.path for info in modal.backups])
            modal.reject()  # « Quitter »
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(5)
    assert run_gui(argparse.Namespace(data_dir=str(demo_store), lang=None)) == 1
    if where == "search-index":
        assert seen["window painted"], "the window was drawn before the check"
    text, offered = seen["dialog"]
    assert "endommagée" in text and offered == [backup]
    assert db.read_bytes() == before


def test_a_store_opened_without_the_page_check_refuses_writes_until_it_has_passed(demo_store):
    db = database_path(demo_store)
    with open_store(demo_store) as store:
        store.backup("manuelle")
    backups_before = sorted(p.name for p in db.parent.rglob("*.sqlite*"))
    damage(db)
    before = db.read_bytes()
    with open_store(demo_store, check_pages_now=False) as store:  # opens: the pages are not read yet
        for attempt in (lambda: store.set_setting("language", "en"), lambda: store.backup("manuelle")):
            with pytest.raises(PagesDamaged, match="endommagée") as refused:
                attempt()
            assert isinstance(refused.value.problem, RestoreNeeded)
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.rglob("*.sqlite*")) == backups_before


def test_a_sound_store_opened_without_the_check_writes_once_it_has_passed(demo_store):
    with open_store(demo_store, check_pages_now=False) as store:
        store.set_setting("language", "en")
        assert store.get_setting("language") == "en"
