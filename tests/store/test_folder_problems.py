"""A data folder that cannot be written is refused in words; what an interrupted run left behind
(temporary .part files, an empty journal) is removed at the next start, and nobody else's files."""

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from catalyseur_app.store import open_store
from catalyseur_app.store.paths import backups_dir, database_path

SOURCE_DIR = Path(__file__).resolve().parents[2] / "src"
CLI = "import sys; from catalyseur_app.cli import main; sys.exit(main(sys.argv[1:]))"
WINDOW = textwrap.dedent("""
    import argparse, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from catalyseur_app.ui.app import application, run_gui

    app = application()
    def close_it():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            print(box.text(), flush=True)
            box.done(0)
    timer = QTimer(); timer.timeout.connect(close_it); timer.start(10)
    sys.exit(run_gui(argparse.Namespace(data_dir=sys.argv[1], lang=None)))
""")
# A private mount namespace where the data folder is mounted read-only (EROFS), as on a locked
# USB key or a read-only network share.
READ_ONLY = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"'


def _env():
    return dict(os.environ, PYTHONPATH=str(SOURCE_DIR), QT_QPA_PLATFORM="offscreen")


def _snapshot(folder):
    return {path.relative_to(folder): path.read_bytes() if path.is_file() else None
            for path in sorted(folder.rglob("*"))}


def _read_only_run(folder, *command):
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", READ_ONLY, "sh", str(folder), "true"],
                           capture_output=True, check=False) if shutil.which("unshare") else None
    if probe is None or probe.returncode != 0:
        pytest.skip("no private mount namespace here to make a read-only folder")
    return subprocess.run(["unshare", "-rm", "sh", "-c", READ_ONLY, "sh", str(folder), *command],
                          capture_output=True, text=True, env=_env(), timeout=120, check=False)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_read_only_data_folder_is_refused_in_words(data_dir, lang):
    open_store(data_dir).close()
    before = _snapshot(data_dir)
    result = _read_only_run(data_dir, sys.executable, "-c", CLI, "--data-dir", str(data_dir), "--lang", lang,
                            "diagnostics")
    assert result.returncode != 0
    expected = "lecture seule" if lang == "fr" else "read-only"
    assert expected in result.stderr and "Traceback" not in result.stderr and "Errno" not in result.stderr
    assert _snapshot(data_dir) == before


def test_the_window_says_the_folder_is_read_only_without_an_errno(data_dir):
    open_store(data_dir).close()
    before = _snapshot(data_dir)
    result = _read_only_run(data_dir, sys.executable, "-c", WINDOW, str(data_dir))
    assert result.returncode == 1, result.stderr
    assert "lecture seule" in result.stdout and "Errno" not in result.stdout and "Traceback" not in result.stderr
    assert _snapshot(data_dir) == before


def test_a_folder_without_write_permission_is_refused_in_words(data_dir):
    """The lock file is writable but the folder is not: SQLite could not make its -wal file."""
    open_store(data_dir).close()
    command = [sys.executable, "-c", CLI, "--data-dir", str(data_dir), "diagnostics"]
    if os.geteuid() == 0:  # root writes anywhere: run the command without that privilege
        if not shutil.which("setpriv"):
            pytest.skip("root, and no setpriv to drop the right to write anywhere")
        drop = "-dac_override,-dac_read_search"
        command = ["setpriv", "--bounding-set", drop, "--inh-caps", drop, *command]
    data_dir.chmod(0o500)
    try:
        before = _snapshot(data_dir)
        result = subprocess.run(command, capture_output=True, text=True, env=_env(), timeout=120, check=False)
        assert result.returncode != 0
        assert "lecture seule" in result.stderr and "Traceback" not in result.stderr
        assert _snapshot(data_dir) == before
    finally:
        data_dir.chmod(0o700)


def test_what_an_interrupted_run_left_is_removed_and_nothing_else(data_dir):
    with open_store(data_dir) as store:
        store.backup("manuelle")
    ours = [data_dir / ".catalyseur.sqlite.k2j3h4g5.part",
            data_dir / ".catalyseur.installation.a1b2c3d4.part",
            backups_dir(data_dir) / ".catalyseur-20261204-101500-000001-manuelle.sqlite.zz9_x8y7.part",
            backups_dir(data_dir) / ".catalyseur-20261204-101500-000001-manuelle.sqlite.zz9_x8y7.part-journal",
            database_path(data_dir).with_name("catalyseur.sqlite-journal")]  # empty: not a hot journal
    theirs = [data_dir / ".mes-notes.txt.part", data_dir / "rapport.part", data_dir / "catalyseur.part",
              data_dir / "notes" / ".catalyseur.sqlite.k2j3h4g5.part"]
    for path in ours + theirs:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"" if path.name.endswith("-journal") else b"partial")
    open_store(data_dir).close()
    assert [path for path in ours if path.exists()] == []
    assert [path for path in theirs if not path.exists()] == []
