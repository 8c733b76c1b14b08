"""Defect 12 of issue 10: ``demo`` is all-or-nothing. Interrupted (an error, a full disk, kill -9),
it leaves the store as it was, empty, so that ``demo`` works again; never a partial store."""

import errno
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from catalyseur_app.cli import main
from catalyseur_app.demo import diagnostics as demo_diagnostics
from catalyseur_app.store import open_store

TABLES = ("profiles", "actors", "contacts", "partnerships", "partnership_partners", "activities",
          "diagnostics", "diagnostic_answers", "diagnostic_actions")
SRC = Path(__file__).resolve().parents[2] / "src"
RUNS = int(os.environ.get("CATALYSEUR_CRASH_RUNS", "3"))


def _counts(data_dir) -> dict[str, int]:
    connection = sqlite3.connect(data_dir / "catalyseur.sqlite")
    try:
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in TABLES}
    finally:
        connection.close()


def _empty():
    return dict.fromkeys(TABLES, 0)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """An opened (schema made) empty store, and the counts of a complete demo."""
    root = tmp_path_factory.mktemp("demo-atomic")
    empty = root / "empty"
    open_store(empty).close()
    complete = root / "complete"
    shutil.copytree(empty, complete)
    assert main(["--data-dir", str(complete), "demo", "--scale", "1"]) == 0
    return empty, _counts(complete)


def test_an_error_among_the_diagnostics_leaves_an_empty_store_and_demo_works_again(prepared, tmp_path,
                                                                                   monkeypatch, capsys):
    empty, complete = prepared
    data_dir = tmp_path / "data"
    shutil.copytree(empty, data_dir)
    calls = []

    def failing_finalise(store, diagnostic_id, **kwargs):
        calls.append(diagnostic_id)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_finalise(store, diagnostic_id, **kwargs)

    real_finalise = demo_diagnostics.finalise
    monkeypatch.setattr(demo_diagnostics, "finalise", failing_finalise)
    assert main(["--data-dir", str(data_dir), "demo", "--scale", "1"]) != 0
    error = capsys.readouterr().err
    assert "Traceback" not in error and "disque est plein" in error
    assert len(calls) == 3
    monkeypatch.undo()
    assert _counts(data_dir) == _empty()
    assert main(["--data-dir", str(data_dir), "demo", "--scale", "1"]) == 0
    assert _counts(data_dir) == complete


def _run_demo(data_dir):
    environment = dict(os.environ, PYTHONPATH=str(SRC), PYTHONDONTWRITEBYTECODE="1")
    return subprocess.Popen([sys.executable, "-m", "catalyseur_app", "--data-dir", str(data_dir), "demo",
                             "--scale", "1"], env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_kill_9_at_random_moments_leaves_an_empty_or_a_complete_store(prepared, tmp_path):
    """The kill moment is drawn between the end of start-up and the usual end of the command
    (measured once here), so most kills land while the demo is being written."""
    empty, complete = prepared
    timing = tmp_path / "timing"
    shutil.copytree(empty, timing)
    import time

    started = time.perf_counter()
    process = _run_demo(timing)
    assert process.wait(timeout=120) == 0, process.stderr.read().decode()
    process.stdout.close()
    process.stderr.close()
    duration = time.perf_counter() - started
    rng = random.Random(int(os.environ.get("CATALYSEUR_CRASH_SEED", "0")) or None)
    outcomes = []
    for run in range(RUNS):
        data_dir = tmp_path / f"run{run}"
        shutil.copytree(empty, data_dir)
        moment = rng.uniform(0.3, 1.0) * duration
        process = _run_demo(data_dir)
        try:
            process.wait(timeout=moment)
            killed = False
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            killed = True
        process.stdout.close()
        process.stderr.close()
        with open_store(data_dir) as store:  # it opens
            assert store.query("PRAGMA quick_check")[0][0] == "ok"
        found = _counts(data_dir)
        assert found in (_empty(), complete), (run, moment, found)
        outcomes.append("killed, empty" if killed and found == _empty() else
                        "killed, complete" if killed else "finished")
        if found == _empty():
            assert main(["--data-dir", str(data_dir), "demo", "--scale", "1"]) == 0
            assert _counts(data_dir) == complete
    print(f"demo kill -9 runs: {outcomes}")
