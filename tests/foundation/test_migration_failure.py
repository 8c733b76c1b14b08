"""A migration of the consolidation store that fails midway leaves the store exactly as it was, on
SQLite and PostgreSQL alike, with a message saying so (not "cannot be reached").

The failing migration is a test-only revision added on top of a copy of the foundation's migration
line: it creates a table, adds a column to an existing one (a batch "move and copy" on SQLite),
then runs a statement the database refuses.
"""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import inspect, text

from catalyseur_app.cli import main
from catalyseur_app.foundation import database
from catalyseur_app.foundation.database import FoundationError, make_engine, open_consolidation_store

BROKEN = '''"""Test only: fails after its first operations.

Revision ID: f9001
Revises: {head}
"""
import sqlalchemy as sa
from alembic import op

revision = 'f9001'
down_revision = '{head}'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('foundation_probe', sa.Column('id', sa.Integer(), primary_key=True))
    with op.batch_alter_table('foundation_files') as batch:
        batch.add_column(sa.Column('probe', sa.String(length=10), nullable=True))
    op.execute("UPDATE foundation_no_such_table SET probe = 'x'")


def downgrade() -> None:
    pass
'''


@pytest.fixture
def broken_line(tmp_path):
    """A copy of the foundation's migrations, plus a revision that fails midway (in use once
    ``database.MIGRATIONS_DIR`` is set to it)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    copy = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    config = Config()
    config.set_main_option("script_location", str(database.MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    (copy / "versions" / "f9001_broken.py").write_text(BROKEN.format(head=head), encoding="utf-8")
    return copy


def snapshot(db_url: str) -> dict:
    """Every table with its columns and indexes, both migration versions, and the rows of the
    foundation's register of files."""
    engine = make_engine(db_url)
    with engine.connect() as connection:
        inspector = inspect(connection)
        tables = {name: ([c["name"] for c in inspector.get_columns(name)],
                         sorted(i["name"] or "" for i in inspector.get_indexes(name)))
                  for name in inspector.get_table_names()}
        versions = {name: connection.execute(text(f"SELECT version_num FROM {name}")).scalar()
                    for name in ("alembic_version", "foundation_alembic_version") if name in tables}
        files = connection.execute(text("SELECT * FROM foundation_files ORDER BY id")).all() \
            if "foundation_files" in tables else []
    engine.dispose()
    return {"tables": tables, "versions": versions, "files": [tuple(row) for row in files]}


def test_a_store_whose_migration_fails_midway_is_left_as_it_was(db_url, small_inbox, broken_line, tmp_path,
                                                                   monkeypatch, capsys):
    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url, "--trust-new"]) == 0
    capsys.readouterr()
    before = snapshot(db_url)
    assert len(before["files"]) == 4 and before["versions"]["foundation_alembic_version"] != "f9001"
    monkeypatch.setattr(database, "MIGRATIONS_DIR", broken_line)
    with pytest.raises(FoundationError) as raised:
        open_consolidation_store(db_url)
    message = str(raised.value)
    assert "a échoué" in message and "n'a pas été modifiée" in message and "injoignable" not in message
    assert "foundation_no_such_table" in message
    assert snapshot(db_url) == before
    # the command says so too, and changes nothing either
    assert main(["foundation", "consolidate", str(small_inbox.folder), "--db", db_url, "--trust-new"]) == 2
    assert "a échoué" in capsys.readouterr().err
    assert main(["--lang", "en", "foundation", "consolidate", str(small_inbox.folder), "--db", db_url]) == 2
    assert "Updating the consolidation database" in capsys.readouterr().err
    assert snapshot(db_url) == before
    if not db_url.endswith(".sqlite"):
        return
    from catalyseur_app.store.backup import list_backups, verify_backup

    backups = list_backups(tmp_path)  # in the store's folder: a copy made before each try
    assert backups and {b.reason for b in backups} == {"avant-migration"}
    verify_backup(backups[0].path)


def test_a_store_whose_creation_fails_midway_is_not_made(db_url, broken_line, monkeypatch):
    monkeypatch.setattr(database, "MIGRATIONS_DIR", broken_line)
    with pytest.raises(FoundationError, match="a échoué"):
        open_consolidation_store(db_url)
    assert snapshot(db_url)["tables"] == {}
