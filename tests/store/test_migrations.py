import shutil
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from catalyseur_app.store import StoreError, open_store
from catalyseur_app.store.migrate import head_revision
from catalyseur_app.store.models import Base
from catalyseur_app.store.paths import backups_dir, database_path


def _not_full_text_search(name, type_, parent_names) -> bool:
    """The FTS5 tables (fts_*, and their shadow tables) are made by the migration, not the models."""
    return not (type_ == "table" and name.startswith("fts_"))


def test_migrating_an_empty_database_gives_the_models_schema(store):
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": _not_full_text_search}
        )
        assert compare_metadata(context, Base.metadata) == []
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert version == head_revision()


def test_pragmas_are_set(store):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_newer_schema_is_refused_and_left_untouched(data_dir):
    open_store(data_dir).close()
    db = database_path(data_dir)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="version plus récente"):
        open_store(data_dir)
    assert db.read_bytes() == before
    # the lock was released: a correct database opens again
    with sqlite3.connect(db) as connection:
        connection.execute(f"UPDATE alembic_version SET version_num = '{head_revision()}'")
    connection.close()
    open_store(data_dir).close()


def test_an_unknown_revision_is_refused_without_touching_anything(data_dir):
    with open_store(data_dir) as store:
        store.set_setting("language", "en")
    db = database_path(data_dir)
    with sqlite3.connect(db) as connection:  # pretend the database is one revision behind
        connection.execute("DROP TABLE settings")
        connection.execute("UPDATE alembic_version SET version_num = 'older'")
    connection.close()
    before = db.read_bytes()
    with pytest.raises(StoreError):  # an unknown revision is refused, not guessed at
        open_store(data_dir)
    assert db.read_bytes() == before
    assert not backups_dir(data_dir).exists()


def test_a_file_that_is_not_a_database_is_refused(data_dir):
    data_dir.mkdir(parents=True)
    db = database_path(data_dir)
    db.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="n'est pas une base de données"):
        open_store(data_dir)
    assert db.read_bytes() == b"this is not sqlite" * 100


def test_the_quick_revision_reader_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from catalyseur_app.store.migrate import alembic_config, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {script.revision for script in scripts.walk_revisions()}


def test_an_older_database_is_backed_up_then_migrated(data_dir, tmp_path, monkeypatch):
    from catalyseur_app.store import migrate

    with open_store(data_dir) as store:
        store.set_setting("language", "en")
    old_head = head_revision()
    # A newer application: the same migrations plus one that adds a column.
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9000_add_note.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        f"revision = '9000'\ndown_revision = '{old_head}'\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n    with op.batch_alter_table('settings') as batch:\n"
        "        batch.add_column(sa.Column('note', sa.Text(), nullable=True))\n\n\n"
        "def downgrade():\n    pass\n", encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    migrate._revision_graph.cache_clear()
    try:
        with open_store(data_dir) as store:
            assert store.get_setting("language") == "en"
            with store.engine.connect() as connection:
                columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(settings)")]
                assert "note" in columns
                assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9000"
    finally:
        migrate._revision_graph.cache_clear()
    backups = list(backups_dir(data_dir).glob("*-avant-migration.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old_head
        assert copy.execute("SELECT value FROM settings WHERE key='language'").fetchone()[0] == "en"
    copy.close()
