"""A half-built database (left by an older version killed while creating or migrating the schema)
is named as such, points to the backup made before the update, and is left untouched."""

import shutil
import sqlite3

import pytest

from catalyseur_app import cli
from catalyseur_app.messages import set_language
from catalyseur_app.store import StoreError, migrate, open_store
from catalyseur_app.store.errors import RestoreNeeded
from catalyseur_app.store.migrate import head_revision
from catalyseur_app.store.paths import backups_dir, database_path


def _dump(data_dir):
    with sqlite3.connect(database_path(data_dir)) as connection:
        lines = list(connection.iterdump())
    connection.close()
    return lines


def _sql(data_dir, *statements):
    with sqlite3.connect(database_path(data_dir)) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


def test_an_empty_version_table_is_reported_without_a_traceback(data_dir, capsys):
    open_store(data_dir).close()
    _sql(data_dir, "DELETE FROM alembic_version")
    before = _dump(data_dir)
    with pytest.raises(StoreError, match="à moitié construite"):
        open_store(data_dir)
    try:
        assert cli.main(["--data-dir", str(data_dir), "diagnostics"]) != 0
        assert "à moitié construite" in capsys.readouterr().err
        assert cli.main(["--data-dir", str(data_dir), "--lang", "en", "diagnostics"]) != 0
        assert "half-built" in capsys.readouterr().err
    finally:
        set_language("fr")
    assert _dump(data_dir) == before
    assert not backups_dir(data_dir).exists()


def test_tables_without_a_version_table_are_a_half_built_store(data_dir):
    open_store(data_dir).close()
    _sql(data_dir, "DROP TABLE alembic_version", "DROP TABLE settings")
    before = _dump(data_dir)
    with pytest.raises(StoreError, match="à moitié construite"):
        open_store(data_dir)
    assert _dump(data_dir) == before


def test_a_half_built_store_with_backups_points_to_the_backup_before_the_update(data_dir):
    with open_store(data_dir) as store:
        store.set_setting("language", "en")
        before_migration = store.backup("avant-migration")
        store.backup("manuelle")
    _sql(data_dir, "DELETE FROM alembic_version")
    with pytest.raises(RestoreNeeded) as raised:
        open_store(data_dir)
    assert before_migration.name in str(raised.value)
    assert "catalyseur-app backup restore" in str(raised.value)
    assert before_migration in raised.value.backups


def test_a_schema_that_does_not_match_its_revision_is_reported_and_left_as_it_was(data_dir, tmp_path, monkeypatch):
    """An older version killed in a migration left the new column with the old revision number."""
    with open_store(data_dir) as store:
        store.set_setting("language", "en")
    _sql(data_dir, "ALTER TABLE settings ADD COLUMN note TEXT")
    before = _dump(data_dir)
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9000_add_note.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        f"revision = '9000'\ndown_revision = '{head_revision()}'\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n    op.create_table('notes', sa.Column('id', sa.Integer(), primary_key=True))\n"
        "    op.add_column('settings', sa.Column('note', sa.Text(), nullable=True))\n\n\n"
        "def downgrade():\n    pass\n", encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    migrate._revision_graph.cache_clear()
    try:
        with pytest.raises(StoreError) as raised:
            open_store(data_dir)
    finally:
        migrate._revision_graph.cache_clear()
    backup = next(backups_dir(data_dir).glob("*-avant-migration.sqlite"))
    message = str(raised.value)
    assert "ne correspond pas à sa version" in message and backup.name in message and "Traceback" not in message
    assert _dump(data_dir) == before  # the table made before the failing step was rolled back too
