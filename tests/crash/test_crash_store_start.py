"""Killed while the schema is created or migrated, a store is left as it was before: it opens at the
next start, sound, and a migration is all or nothing."""

import shutil
import sqlite3

import pytest
from harness import (
    check_data_folder,
    crash_random,
    crash_runs,
    kill_at_random_moment,
    measure,
    run_command,
)

from catalyseur_app.store import migrate
from catalyseur_app.store.migrate import head_revision
from catalyseur_app.store.paths import database_path

COMMAND = ["diagnostics"]  # any command that opens the store

# A test-only migration that takes a while (a column added, a large table made and indexed, the
# column filled, a table rebuilt in batch mode), so that a kill lands in the middle of it.
EXTRA_MIGRATION = '''
from alembic import op
import sqlalchemy as sa

revision = "9100"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("actors", sa.Column("crash_note", sa.Text(), nullable=True))
    op.execute("CREATE TABLE crash_big AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
               "WHERE i < 100000) SELECT i, hex(randomblob(16)) AS label FROM n")
    op.create_index("ix_crash_big_label", "crash_big", ["label"])
    op.execute("UPDATE actors SET crash_note = name || ' (' || kind || ')'")
    with op.batch_alter_table("settings", recreate="always") as batch:
        batch.add_column(sa.Column("crash_note", sa.Text(), nullable=True))


def downgrade():
    pass
'''


def test_killing_the_first_start_leaves_a_store_that_opens(tmp_path):
    rng = crash_random()
    duration = measure(COMMAND, tmp_path / "measured")
    killed = 0
    for run in range(crash_runs()):
        folder = tmp_path / f"run-{run}"
        killed += kill_at_random_moment(COMMAND, folder, duration, rng)
        check_data_folder(folder)
    assert killed


@pytest.fixture
def newer_migrations(tmp_path, monkeypatch):
    """The same migrations plus the test-only one; returns the prelude pointing a child at them."""
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9100_crash_test.py").write_text(EXTRA_MIGRATION.format(down=head_revision()),
                                                           encoding="utf-8")
    yield f"import catalyseur_app.store.migrate as m; from pathlib import Path; m.MIGRATIONS_DIR = Path({str(newer)!r})"
    migrate._revision_graph.cache_clear()


def _columns(data_dir, table):
    with sqlite3.connect(database_path(data_dir)) as connection:
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    return version, columns


def test_killing_a_migration_leaves_the_old_schema_or_the_new_one(tmp_path, newer_migrations, monkeypatch):
    old = tmp_path / "old"
    assert run_command(["demo", "--scale", "3"], old).returncode == 0
    old_head = head_revision()
    rng = crash_random()
    measured = tmp_path / "measured"
    shutil.copytree(old, measured)
    duration = measure(COMMAND, measured, prelude=newer_migrations)
    assert _columns(measured, "actors")[0] == "9100"
    killed = 0
    for run in range(crash_runs()):
        folder = tmp_path / f"run-{run}"
        shutil.copytree(old, folder)
        killed += kill_at_random_moment(COMMAND, folder, duration, rng, prelude=newer_migrations)
        version, columns = _columns(folder, "actors")  # as the crash left it
        assert (version, "crash_note" in columns) in {(old_head, False), ("9100", True)}
        with monkeypatch.context() as newer:
            newer.setattr(migrate, "MIGRATIONS_DIR", tmp_path / "migrations")
            migrate._revision_graph.cache_clear()
            check_data_folder(folder)
        migrate._revision_graph.cache_clear()
        version, columns = _columns(folder, "actors")
        assert version == "9100" and "crash_note" in columns
        with sqlite3.connect(database_path(folder)) as connection:
            assert connection.execute("SELECT count(*) FROM actors WHERE crash_note IS NULL").fetchone() == (0,)
        connection.close()
    assert killed
