"""Defect 8 of issue 10 (its parts on the writers): a really full disk during ``demo``, ``sync
export`` or a document gives a clear message, rc != 0, no traceback (nor "Exception ignored in
ZipFile.__del__"), no ``.part`` file, and the data unchanged.

The disk is a tiny tmpfs mounted for the test: this needs root and a kernel that allows it (a
Linux container may not); the test is skipped, with the reason, otherwise. The injected-error
tests beside the code (tests/exchange/test_export_commit_order.py, tests/test_atomic.py) run
everywhere.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from catalyseur_app.demo.dataset import create_demo
from catalyseur_app.store import open_store

SRC = Path(__file__).resolve().parents[1] / "src"


def _mount(folder: Path, size: str) -> None:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a small filesystem needs Linux and root (mount -t tmpfs)")
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path):
    mounted = []

    def make(size: str) -> Path:
        folder = tmp_path / f"disk-{len(mounted)}"
        _mount(folder, size)
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("full") / "data"
    with open_store(data_dir) as store:
        create_demo(store, scale=1)
    return data_dir


def _cli(data_dir, *argv):
    environment = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "catalyseur_app", "--data-dir", str(data_dir), *argv],
                          capture_output=True, text=True, env=environment, timeout=300)


def _clean_refusal(done) -> None:
    assert done.returncode != 0, done.stdout
    assert "disque est plein" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr


def _ledger(data_dir) -> int:
    connection = sqlite3.connect(data_dir / "catalyseur.sqlite")
    try:
        return connection.execute("SELECT count(*) FROM exchange_files").fetchone()[0]
    finally:
        connection.close()


DOCUMENTS = {
    "sync export": lambda out: ["sync", "export", "--full", "--out", str(out / "envoi.xlsx")],
    "summary xlsx": lambda out: ["report", "summary", "--from", "2020-01-01", "--to", "2030-12-31",
                                 "--out", str(out / "synthese.xlsx")],
    "summary pdf": lambda out: ["report", "summary", "--from", "2020-01-01", "--to", "2030-12-31",
                                "--out", str(out / "synthese.pdf")],
}


@pytest.mark.parametrize("size", ["8k", "20k"])
@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_full_disk_while_writing_a_file(demo_dir, small_disk, size, document):
    out = small_disk(size)
    ledger = _ledger(demo_dir)
    _clean_refusal(_cli(demo_dir, *DOCUMENTS[document](out)))
    assert list(out.iterdir()) == []  # neither the document nor a .part file
    assert _ledger(demo_dir) == ledger


def test_a_full_disk_during_demo_leaves_the_store_empty_and_usable(small_disk, tmp_path):
    empty = tmp_path / "empty"
    open_store(empty).close()
    disk = small_disk("1m")
    data_dir = disk / "data"
    shutil.copytree(empty, data_dir)
    _clean_refusal(_cli(data_dir, "demo", "--scale", "1"))
    assert sorted(p.name for p in data_dir.iterdir() if p.suffix in (".part", ".sqlite-journal")) == []
    connection = sqlite3.connect(data_dir / "catalyseur.sqlite")
    try:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM actors").fetchone()[0] == 0
    finally:
        connection.close()
    # with room again (the same store moved to a normal disk), demo works
    roomy = tmp_path / "roomy"
    shutil.copytree(data_dir, roomy)
    done = _cli(roomy, "demo", "--scale", "1")
    assert done.returncode == 0, done.stderr
