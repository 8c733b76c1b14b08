"""Kill a command with SIGKILL at a random moment, then check what it left behind.

    seconds = measure(args, data_dir)                       run once to the end, timed
    killed = kill_at_random_moment(args, data_dir, seconds, rng)
    check_data_folder(data_dir)                             the store opens, integrity_check ok, no leftovers
    for run in range(crash_runs()): ...                     CATALYSEUR_CRASH_RUNS (default 20)
    rng = crash_random()                                    CATALYSEUR_CRASH_SEED to replay a run

The command runs as ``python -c CHILD PRELUDE --data-dir DIR ARGS…`` in its own process: PRELUDE is
Python run before ``catalyseur_app.cli.main`` (e.g. to point the store at a test-only migration),
so the process is killed exactly as a person's laptop would lose power: no clean-up code runs.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import catalyseur_app
from catalyseur_app.store import open_store
from catalyseur_app.store.paths import backups_dir, database_path

SOURCE_DIR = Path(catalyseur_app.__file__).resolve().parent.parent
CHILD = "import sys; exec(sys.argv[1]); from catalyseur_app.cli import main; sys.exit(main(sys.argv[2:]))"
TIMEOUT = 300


def crash_runs(default: int = 20) -> int:
    return int(os.environ.get("CATALYSEUR_CRASH_RUNS", default))


def crash_random() -> random.Random:
    """A random generator whose seed is printed (pytest shows it when a test fails)."""
    seed = int(os.environ.get("CATALYSEUR_CRASH_SEED") or random.randrange(2**32))
    print(f"crash seed: CATALYSEUR_CRASH_SEED={seed}")
    return random.Random(seed)


def _command(args: list[str], data_dir: Path, prelude: str) -> list[str]:
    return [sys.executable, "-c", CHILD, prelude, "--data-dir", str(data_dir), *args]


def _environment() -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(SOURCE_DIR), os.environ.get("PYTHONPATH")]))
    return dict(os.environ, PYTHONPATH=path, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")


def run_command(args: list[str], data_dir: Path, prelude: str = "") -> subprocess.CompletedProcess:
    """Run the command to its end (stdout and stderr captured as text)."""
    return subprocess.run(_command(args, data_dir, prelude), env=_environment(), capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)


def measure(args: list[str], data_dir: Path, prelude: str = "") -> float:
    """How long the command takes from launch to exit; it must succeed."""
    started = time.perf_counter()
    result = run_command(args, data_dir, prelude)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    return elapsed


def kill_at_random_moment(args: list[str], data_dir: Path, duration: float, rng: random.Random,
                          prelude: str = "", earliest: float = 0.0) -> bool:
    """Start the command and SIGKILL it after a random delay in [earliest, duration] seconds.

    Returns True when it was killed, False when it ended first (then it must have succeeded).
    """
    child = subprocess.Popen(_command(args, data_dir, prelude), env=_environment(),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    delay = rng.uniform(earliest, duration)
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        child.communicate(timeout=TIMEOUT)
        return True
    error = child.communicate(timeout=TIMEOUT)[1]
    assert child.returncode == 0, error
    return False


def integrity(data_dir: Path) -> str:
    """``PRAGMA integrity_check`` of the data folder's database ("ok" when sound)."""
    connection = sqlite3.connect(database_path(data_dir))
    try:
        return "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def leftovers(data_dir: Path) -> list[str]:
    """Temporary files and rollback journals in the data folder and its backups."""
    folders = [data_dir, backups_dir(data_dir)]
    return sorted(path.name for folder in folders if folder.is_dir() for path in folder.iterdir()
                  if ".part" in path.name or path.name.endswith("-journal"))


def check_data_folder(data_dir: Path) -> None:
    """The next start works (the store opens, in this process), the database is sound, and nothing
    an interrupted run left (.part files, a journal) remains after it."""
    open_store(data_dir).close()
    assert integrity(data_dir) == "ok"
    assert leftovers(data_dir) == []
