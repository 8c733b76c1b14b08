"""kill -9 during ``sync export`` at random moments (issue 10, defect 1 and the crash harness):
afterwards the store opens, the ledger row exists only with its complete file, and the next
export still carries every record; a temporary file the kill left is removed by a later export of
that name. ``CATALYSEUR_CRASH_RUNS`` sets the number of runs (3 by default; tests/crash/ runs 20)."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from catalyseur_app.atomic import STALE_AFTER
from catalyseur_app.cli import main
from catalyseur_app.demo.dataset import create_demo
from catalyseur_app.store import open_store

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("CATALYSEUR_CRASH_RUNS", "3"))


def _ledger(data_dir) -> int:
    connection = sqlite3.connect(data_dir / "catalyseur.sqlite")
    try:
        return connection.execute("SELECT count(*) FROM exchange_files").fetchone()[0]
    finally:
        connection.close()


def _verified(path) -> bool:
    done = subprocess.run([sys.executable, str(ROOT / "docs" / "verify_sync_file.py"), str(path)],
                          capture_output=True, text=True, timeout=120)
    return done.returncode == 0


def _export(data_dir, out):
    environment = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONDONTWRITEBYTECODE="1")
    return subprocess.Popen([sys.executable, "-m", "catalyseur_app", "--data-dir", str(data_dir), "sync", "export",
                             "--out", str(out)], env=environment, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("export-kill") / "data"
    with open_store(data_dir) as store:
        create_demo(store, scale=3)
    return data_dir


def test_kill_9_during_export(filled, tmp_path, capsys):
    timing = tmp_path / "timing"
    shutil.copytree(filled, timing)
    started = time.perf_counter()
    assert _export(timing, tmp_path / "timing.xlsx").wait(timeout=300) == 0
    duration = time.perf_counter() - started
    reference = _ledger_rows(timing)
    rng = random.Random(int(os.environ.get("CATALYSEUR_CRASH_SEED", "0")) or None)
    outcomes = []
    for run in range(RUNS):
        data_dir = tmp_path / f"run{run}"
        shutil.copytree(filled, data_dir)
        out_dir = tmp_path / f"out{run}"
        out_dir.mkdir()
        target = out_dir / "envoi.xlsx"
        process = _export(data_dir, target)
        try:
            process.wait(timeout=rng.uniform(0.6, 1.1) * duration)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
        with open_store(data_dir) as store:
            assert store.query("PRAGMA quick_check")[0][0] == "ok"
        recorded = _ledger(data_dir)
        if recorded:
            assert target.exists() and _verified(target), run  # a ledger row only with its complete file
            outcomes.append("finished")
            continue
        if target.exists():  # killed between the rename and the commit: complete, repeated next time
            assert _verified(target), run
            outcomes.append("killed, complete file not recorded")
        else:
            outcomes.append("killed, no file")
        leftovers = list(out_dir.glob(".envoi.xlsx.*.part"))
        if leftovers:
            outcomes[-1] += " (a temporary file left)"
        long_ago = time.time() - STALE_AFTER - 60
        for leftover in leftovers:
            os.utime(leftover, (long_ago, long_ago))
        assert main(["--data-dir", str(data_dir), "sync", "export", "--out", str(target)]) == 0
        assert _ledger(data_dir) == 1 and _ledger_rows(data_dir) == reference  # every record travels
        assert list(out_dir.glob("*.part")) + list(out_dir.glob(".*.part")) == []
    with capsys.disabled():
        print(f"\nexport kill -9 runs: {outcomes}")


def _ledger_rows(data_dir) -> int:
    connection = sqlite3.connect(data_dir / "catalyseur.sqlite")
    try:
        return connection.execute("SELECT total_rows FROM exchange_files ORDER BY sequence DESC").fetchone()[0]
    finally:
        connection.close()
