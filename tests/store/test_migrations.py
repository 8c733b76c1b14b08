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
