"""A pack install killed at a random moment leaves the catalyseur's store with the whole pack or
none of it, and the next install completes it.

CATALYSEUR_CRASH_RUNS sets the number of kills (20 by default, as in CI).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

from harness import check_data_folder, crash_random, crash_runs, kill_at_random_moment, measure, run_command

from catalyseur_app.store.paths import database_path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packs"))
from pack_factory import fingerprint_of, foundation_pack  # noqa: E402


def _count(db: Path, table: str) -> int:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        connection.close()



PACK_TABLES = ("installed_packs", "installed_kits", "vocabulary_additions", "inspiring_examples", "settings")


def pack_counts(data_dir: Path) -> dict[str, int]:
    return {table: _count(database_path(data_dir), table) for table in PACK_TABLES}


def test_a_killed_pack_install_leaves_the_pack_whole_or_absent(tmp_path, capsys):
    rng = crash_random()
    (tmp_path / "foundation").mkdir()
    pack = foundation_pack(tmp_path / "foundation", capsys)
    command = ["pack", "import", str(pack), "--accept-key", fingerprint_of(tmp_path / "foundation" / "cle-fondation.pem")]
    start = tmp_path / "start"
    assert run_command(["demo", "--scale", "1", "--seed", "5"], start).returncode == 0
    before = pack_counts(start)
    complete = tmp_path / "complete"
    shutil.copytree(start, complete)
    duration = measure(command, complete)
    after = pack_counts(complete)
    assert after["installed_packs"] == before["installed_packs"] + 1
    killed = 0
    for run in range(crash_runs()):
        folder = tmp_path / f"run-{run}"
        shutil.copytree(start, folder)
        killed += kill_at_random_moment(command, folder, duration, rng)
        check_data_folder(folder)
        found = pack_counts(folder)
        assert found in (before, after)
        if found == before:
            assert run_command(command, folder).returncode == 0  # the interrupted install can be run again
        assert pack_counts(folder) == after
        shutil.rmtree(folder)
    assert killed
