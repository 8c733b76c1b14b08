"""A consolidation killed at a random moment (the foundation's machine losing power) leaves the
national store sound, holding each file entirely or not at all, and unlocked: running it again
on the same inbox ends with exactly what an uninterrupted run gives.

CATALYSEUR_CRASH_RUNS sets the number of kills (10 by default, as in CI: each run consolidates three files).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from harness import crash_random, crash_runs, kill_at_random_moment, measure, run_command

SENDERS = (21, 22, 23)
TABLES = ("actors", "contacts", "partnerships", "activities", "diagnostics", "answers", "foundation_files",
          "foundation_record_sources", "foundation_national_actors", "foundation_actor_links",
          "foundation_trusted_keys", "exchange_conflicts")


def _query(db: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def counts(db: Path) -> dict[str, int]:
    names = {row[0] for row in _query(db, "SELECT name FROM sqlite_master WHERE type='table'")}
    return {table: _query(db, f'SELECT count(*) FROM "{table}"')[0][0] for table in TABLES if table in names}


def records_per_file(db: Path) -> dict[str, int]:
    """{file name: records it brought}: a file applied in part would bring fewer."""
    return dict(_query(db, "SELECT f.file_name, count(s.record_id) FROM foundation_files f "
                           "LEFT JOIN foundation_record_sources s ON s.file_id = f.id GROUP BY f.file_name"))


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("crash-inbox")
    folder = root / "inbox"
    folder.mkdir()
    for seed in SENDERS:
        sender = root / f"sender-{seed}"
        assert run_command(["demo", "--scale", "1", "--seed", str(seed)], sender).returncode == 0
        result = run_command(["sync", "export", "--full", "--out", str(folder / f"envoi-{seed}.xlsx")], sender)
        assert result.returncode == 0, result.stderr
    return folder


def test_a_killed_consolidation_keeps_whole_files_and_a_rerun_completes_it(tmp_path, inbox):
    rng = crash_random()
    data_dir = tmp_path / "foundation-data"

    def command(db: Path) -> list[str]:
        return ["foundation", "consolidate", str(inbox), "--db", str(db), "--trust-new"]

    complete = tmp_path / "complete.sqlite"
    duration = measure(command(complete), data_dir)
    expected, expected_files = counts(complete), records_per_file(complete)
    assert expected["foundation_files"] == len(SENDERS)
    killed = 0
    for run in range(crash_runs(default=10)):
        db = tmp_path / f"run-{run}.sqlite"
        killed += kill_at_random_moment(command(db), data_dir, duration, rng)
        if db.exists():
            assert _query(db, "PRAGMA integrity_check") == [("ok",)]
            applied = records_per_file(db) if "foundation_files" in counts(db) else {}
            assert all(expected_files[name] == brought for name, brought in applied.items()), applied
        rerun = run_command(command(db), data_dir)
        assert rerun.returncode == 0, rerun.stdout + rerun.stderr  # neither a lock nor a half-made store left
        assert counts(db) == expected
        assert records_per_file(db) == expected_files
    assert killed

