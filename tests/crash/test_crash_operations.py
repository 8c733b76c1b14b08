"""Killed at a random moment, every operation that changes the data folder is all or nothing:
demo, sync import, sync export (the ledger and the file), backup and restore. After each kill the
database is sound, the next start works, and what is in it is either the state before or the
complete state after — never a part of it.

CATALYSEUR_CRASH_RUNS sets the number of kills per operation (20 by default, as in CI).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from harness import check_data_folder, crash_random, crash_runs, kill_at_random_moment, measure, run_command

from catalyseur_app.store.paths import backups_dir, database_path

TABLES = ("actors", "contacts", "partnerships", "activities", "diagnostics", "answers", "exchange_files")


def counts(data_dir: Path) -> dict[str, int]:
    with sqlite3.connect(database_path(data_dir)) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        found = {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                 for table in TABLES if table in names}
    connection.close()
    return found


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash-demo") / "data"
    result = run_command(["demo", "--scale", "1", "--seed", "7"], folder)
    assert result.returncode == 0, result.stderr
    return folder


def test_a_killed_demo_leaves_an_empty_store_or_the_whole_demo(tmp_path):
    rng = crash_random()
    command = ["demo", "--scale", "1", "--seed", "3"]
    complete = tmp_path / "complete"
    duration = measure(command, complete)
    expected = counts(complete)
    killed = 0
    for run in range(crash_runs()):
        folder = tmp_path / f"run-{run}"
        killed += kill_at_random_moment(command, folder, duration, rng)
        if not database_path(folder).exists():
            continue  # killed before the store was made: the next start makes it
        check_data_folder(folder)
        found = counts(folder)
        assert found["actors"] in (0, expected["actors"]), found
        if found["actors"] == 0:
            assert run_command(command, folder).returncode == 0  # a killed demo can be run again
        assert counts(folder) == expected
    assert killed


def test_a_killed_import_leaves_the_store_as_before_or_fully_imported(tmp_path, demo_folder):
    rng = crash_random()
    sender = tmp_path / "sender"
    assert run_command(["demo", "--scale", "1", "--seed", "11"], sender).returncode == 0
    sync_file = tmp_path / "envoi.xlsx"
    assert run_command(["sync", "export", "--full", "--out", str(sync_file)], sender).returncode == 0
    command = ["sync", "import", "--trust-new", str(sync_file)]
    before = counts(demo_folder)
    complete = tmp_path / "complete"
    shutil.copytree(demo_folder, complete)
    duration = measure(command, complete)
    after = counts(complete)
    assert after != before
    killed = 0
    for run in range(crash_runs()):
        folder = tmp_path / f"run-{run}"
        shutil.copytree(demo_folder, folder)
        killed += kill_at_random_moment(command, folder, duration, rng)
        check_data_folder(folder)
        assert counts(folder) in (before, after)
        shutil.rmtree(folder)
    assert killed


def _ledger(data_dir: Path) -> list[tuple]:
    with sqlite3.connect(database_path(data_dir)) as connection:
        rows = connection.execute("SELECT sequence, file_name, total_rows FROM exchange_files").fetchall()
    connection.close()
    return rows


def test_a_killed_export_leaves_no_file_the_ledger_does_not_know(tmp_path, demo_folder):
    rng = crash_random()
    complete = tmp_path / "complete"
    shutil.copytree(demo_folder, complete)
    duration = measure(["sync", "export", "--out", str(tmp_path / "measured.xlsx")], complete)
    rows = _ledger(complete)[0][2]
    killed = 0
    for run in range(crash_runs()):
        folder = tmp_path / f"run-{run}"
        shutil.copytree(demo_folder, folder)
        out = tmp_path / f"envoi-{run}.xlsx"
        killed += kill_at_random_moment(["sync", "export", "--out", str(out)], folder, duration, rng)
        check_data_folder(folder)
        ledger = _ledger(folder)
        if out.exists():
            # A file under its final name is complete: it imports. The ledger knows it, except
            # after a kill in the few milliseconds between the rename and the commit: then nothing
            # is marked sent and its records travel again in the next file, which an import merges
            # without duplicating anything. Never the reverse (a ledger row without its file).
            assert ledger == [] or (len(ledger) == 1 and ledger[0][2] == rows)
            receiver = tmp_path / f"receiver-{run}"
            result = run_command(["sync", "import", "--trust-new", "--dry-run", str(out)], receiver)
            assert result.returncode == 0, result.stderr
            shutil.rmtree(receiver)
        else:
            # No file: nothing is marked sent, so the next export still carries every record.
            assert ledger == []
            again = tmp_path / f"again-{run}.xlsx"
            assert run_command(["sync", "export", "--out", str(again)], folder).returncode == 0
            assert _ledger(folder)[0][2] == rows
        shutil.rmtree(folder)
    assert killed


def _backup_files(data_dir: Path) -> list[Path]:
    return sorted(backups_dir(data_dir).glob("*.sqlite")) if backups_dir(data_dir).is_dir() else []


def _listed_backups(data_dir: Path) -> str:
    result = run_command(["backup", "list"], data_dir)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_killed_backup_leaves_only_verified_copies(tmp_path, demo_folder):
    rng = crash_random()
    complete = tmp_path / "complete"
    shutil.copytree(demo_folder, complete)
    duration = measure(["backup", "create"], complete)
    killed = 0
    for run in range(crash_runs()):
        folder = tmp_path / f"run-{run}"
        shutil.copytree(demo_folder, folder)
        existing = set(_backup_files(folder))
        killed += kill_at_random_moment(["backup", "create"], folder, duration, rng)
        check_data_folder(folder)
        for copy in set(_backup_files(folder)) - existing:
            # A copy under its final name is complete and sound, never half-written.
            with sqlite3.connect(f"file:{copy}?mode=ro", uri=True) as connection:
                assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            connection.close()
        _listed_backups(folder)
        shutil.rmtree(folder)
    assert killed


def _first_backup_id(data_dir: Path) -> str:
    result = run_command(["backup", "create"], data_dir)
    assert result.returncode == 0, result.stderr
    newest = max(_backup_files(data_dir), key=lambda path: path.name)  # names start with a UTC stamp
    return newest.stem.removeprefix("catalyseur-")  # the id `backup list` shows


def test_a_killed_restore_leaves_the_old_state_or_the_restored_one(tmp_path, demo_folder):
    rng = crash_random()
    base = tmp_path / "base"
    shutil.copytree(demo_folder, base)
    backup_id = _first_backup_id(base)
    restored = counts(base)
    # Then the store changes: a second demo seed's file is imported, so the backup differs from it.
    sender = tmp_path / "sender"
    assert run_command(["demo", "--scale", "1", "--seed", "12"], sender).returncode == 0
    sync_file = tmp_path / "envoi.xlsx"
    assert run_command(["sync", "export", "--full", "--out", str(sync_file)], sender).returncode == 0
    assert run_command(["sync", "import", "--trust-new", str(sync_file)], base).returncode == 0
    current = counts(base)
    assert current != restored
    complete = tmp_path / "complete"
    shutil.copytree(base, complete)
    command = ["backup", "restore", backup_id]
    duration = measure(command, complete)
    assert {k: v for k, v in counts(complete).items() if k != "exchange_files"} == \
        {k: v for k, v in restored.items() if k != "exchange_files"}
    killed = 0
    for run in range(crash_runs()):
        folder = tmp_path / f"run-{run}"
        shutil.copytree(base, folder)
        killed += kill_at_random_moment(command, folder, duration, rng)
        if database_path(folder).exists():
            check_data_folder(folder)
            found = {k: v for k, v in counts(folder).items() if k != "exchange_files"}
            assert found in ({k: v for k, v in current.items() if k != "exchange_files"},
                             {k: v for k, v in restored.items() if k != "exchange_files"})
        else:
            # Killed between setting the old file aside and putting the copy in place: the next
            # start must not make an empty store but ask for a restore, which then works.
            result = run_command(["diagnostics"], folder)
            assert result.returncode != 0 and "backup restore" in result.stderr + result.stdout
            assert run_command(command, folder).returncode == 0
            check_data_folder(folder)
        shutil.rmtree(folder)
    assert killed
