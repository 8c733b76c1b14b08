"""The consolidation store: the same models and migrations on SQLite and PostgreSQL."""

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from catalyseur_app.foundation.database import (
    FoundationError,
    _alembic_config,
    _lines,
    make_engine,
    open_consolidation_store,
)
from catalyseur_app.foundation.models import FoundationBase
from catalyseur_app.store.migrate import head_revision
from catalyseur_app.store.models import Base


def _models_only(metadata):
    names = set(metadata.tables)

    def include(name, type_, parent_names):
        return type_ != "table" or name in names
    return include


def _foundation_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from catalyseur_app.foundation.database import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


def test_migrating_an_empty_database_gives_both_schemas(db_url):
    engine = open_consolidation_store(db_url)
    with engine.connect() as connection:
        for metadata in (Base.metadata, FoundationBase.metadata):
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": _models_only(metadata)})
            assert compare_metadata(context, metadata) == []
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert connection.execute(text("SELECT version_num FROM foundation_alembic_version")).scalar() == \
            _foundation_head()
        tables = set(inspect(connection).get_table_names())
    assert {"actors", "partnerships", "foundation_files", "foundation_actor_links"} <= tables
    assert any(name.startswith("fts_") for name in tables) == db_url.endswith(".sqlite")
    engine.dispose()


def test_opening_again_changes_nothing_and_downgrades_leave_no_table(db_url):
    open_consolidation_store(db_url).dispose()
    engine = open_consolidation_store(db_url)
    with engine.begin() as connection:
        for location, _table in reversed(_lines()):
            config = _alembic_config(location)
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        left = set(inspect(connection).get_table_names()) - {"alembic_version", "foundation_alembic_version"}
    assert left == set()
    engine.dispose()


def test_a_newer_foundation_schema_is_refused_and_left_untouched(db_url):
    engine = open_consolidation_store(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE foundation_alembic_version SET version_num = 'f9999'"))
    engine.dispose()
    with pytest.raises(FoundationError, match="version plus récente"):
        open_consolidation_store(db_url)
    engine = make_engine(db_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM foundation_alembic_version")).scalar() == "f9999"
    engine.dispose()


def test_a_server_that_is_down_gets_a_clear_message(tmp_path):
    url = f"postgresql+psycopg://postgres:secret@/foundation?host={tmp_path}"  # no server listens there
    with pytest.raises(FoundationError, match="injoignable") as raised:
        open_consolidation_store(url)
    assert "secret" not in str(raised.value)


def test_a_wrong_password_gets_a_clear_message(pg_cluster):
    with pytest.raises(FoundationError, match="refusé la connexion") as raised:
        open_consolidation_store(pg_cluster.url(password="not-the-password"))
    assert "not-the-password" not in str(raised.value)


def test_a_missing_folder_creates_nothing(tmp_path):
    with pytest.raises(FoundationError, match="n'existe pas"):
        open_consolidation_store(str(tmp_path / "missing" / "national.sqlite"))
    assert not (tmp_path / "missing").exists()
