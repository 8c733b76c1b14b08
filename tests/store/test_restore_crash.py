"""kill -9 during a restore (and the backup it makes first), at random points: never a lost or
mixed database. More runs with CATALYSEUR_CRASH_RUNS=N.

The child process kills itself with SIGKILL when it reaches the N-th line executed in the backup,
restore and erasure code: a real kill -9, at a point chosen without sleeping or timing.
"""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_backups import add_actors

from catalyseur_app.store import open_store
from catalyseur_app.store.backup import list_backups, verify_backup
from catalyseur_app.store.erasures import read_register
from catalyseur_app.store.paths import database_path
from catalyseur_app.store.restore import SET_ASIDE_DIR, restore_backup

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

CHILD = """
import os, signal, sys
from catalyseur_app.store.restore import restore_backup

target, count = int(sys.argv[3]), 0
WATCHED = ("restore.py", "backup.py", "erasures.py", "retention.py", "atomic.py")

def tracer(frame, event, arg):
    global count
    name = frame.f_code.co_filename
    if "catalyseur_app" not in name or not name.endswith(WATCHED):
        return None
    if event == "line":
        count += 1
        if count == target:
            os.kill(os.getpid(), signal.SIGKILL)
    return tracer

sys.settrace(tracer)
restore_backup(sys.argv[1], sys.argv[2])
sys.settrace(None)
print(count)
"""


def run_child(data_dir: Path, backup_id: str, target: int) -> subprocess.CompletedProcess:
    src = Path(__file__).resolve().parents[2] / "src"
    env = dict(os.environ, PYTHONPATH=str(src))
    return subprocess.run([sys.executable, "-c", CHILD, str(data_dir), backup_id, str(target)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def actors_in(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return connection.execute("SELECT count(*) FROM actors").fetchone()[0]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """A data folder with 2 actors backed up, then 5 in the database, one person erased."""
    folder = tmp_path_factory.mktemp("crash") / "data"
    with open_store(folder) as store:
        add_actors(store, 2)
        backup = store.backup("manuelle")
        add_actors(store, 3, "Association")
    return folder, backup.stem.removeprefix("catalyseur-")


def test_a_restore_killed_anywhere_leaves_the_old_or_the_new_database(prepared, tmp_path):
    template, backup_id = prepared
    dry = tmp_path / "dry"
    shutil.copytree(template, dry)
    finished = run_child(dry, backup_id, 0)
    assert finished.returncode == 0, finished.stderr
    lines = int(finished.stdout.strip())
    assert actors_in(database_path(dry)) == 2

    runs = int(os.environ.get("CATALYSEUR_CRASH_RUNS", "20"))
    chooser = random.Random(20261204)
    outcomes = {"old": 0, "new": 0, "missing": 0}
    for run in range(runs):
        folder = tmp_path / f"run{run}"
        shutil.copytree(template, folder)
        result = run_child(folder, backup_id, chooser.randint(1, lines))
        assert result.returncode in (0, -signal.SIGKILL), result.stderr
        db = database_path(folder)
        if db.exists():
            count = actors_in(db)  # opens cleanly: never a stale -wal replayed onto another file
            assert count in (2, 5)
            outcomes["new" if count == 2 else "old"] += 1
        else:
            aside = sorted((folder / SET_ASIDE_DIR).glob("*.sqlite"))
            assert len(aside) == 1 and actors_in(aside[0]) == 5  # the previous database, whole
            outcomes["missing"] += 1
        for info in list_backups(folder):  # a backup is complete or absent
            verify_backup(info.path)
        read_register(folder)
        # The next attempt works.
        restore_backup(folder, backup_id)
        assert actors_in(database_path(folder)) == 2
        shutil.rmtree(folder)
    assert sum(outcomes.values()) == runs
