"""Brings a database to the current schema: refuses newer ones, backs up before migrating."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from catalyseur_app.messages import t

from .backup import make_backup
from .errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*=\s*['\"]?([\w-]+|None)['\"]?\s*$", re.MULTILINE)


def alembic_config():
    from alembic.config import (
        Config,  # imported only when migrating: it costs ~0.2 s at start
    )

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def _revision_graph() -> dict[str, str | None]:
    """{revision: down_revision}, read from the migration scripts without importing Alembic."""
    graph = {}
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        fields = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" in fields:
            down = fields.get("down_revision")
            graph[fields["revision"]] = None if down in (None, "None") else down
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph())


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must form one line, heads: {sorted(heads)}")
    return heads.pop()


def check_and_plan(revision: str | None) -> bool:
    """True when a database at ``revision`` (None: none yet) needs migrating; StoreError when it
    was written by a newer version."""
    if revision is not None and revision not in known_revisions():
        raise StoreError(t(
            "Cette base de données a été écrite par une version plus récente de Catalyseur. "
            "Mettez à jour l'application pour l'ouvrir ; la base n'a pas été modifiée."
        ))
    return revision != head_revision()


def migration_engine(db_path: Path) -> Engine:
    """An engine whose transactions enclose DDL too (SQLAlchemy's recipe for pysqlite, "Serializable
    isolation / Savepoints / Transactional DDL"): the driver's own transaction handling is turned
    off and BEGIN is emitted by us, so a crash in the middle of creating or migrating the schema
    leaves the database as it was before."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(f"sqlite:///{db_path}", poolclass=NullPool, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # pysqlite emits no BEGIN and no COMMIT of its own
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA synchronous=FULL")
        # Off while migrating: a batch migration drops and recreates tables, which would cascade.
        # Checked with foreign_key_check before committing instead.
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def upgrade(db_path: Path, data_dir: Path, revision: str | None) -> Path | None:
    """Migrate to head in one transaction, after a verified backup when the database already holds
    a schema; returns that backup. StoreError (the database unchanged) when the migration fails."""
    from alembic import command
    from sqlalchemy.exc import DBAPIError

    backup = make_backup(db_path, data_dir, "avant-migration") if revision is not None else None
    config = alembic_config()
    engine = migration_engine(db_path)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError(t("La mise à jour de la base laisserait des références cassées ({table}, "
                                   "nombre : {count}) : elle a été annulée et la base n'a pas été modifiée.",
                                   count=len(broken), table=broken[0][0]))
    except DBAPIError as error:
        raise StoreError(_failed_migration(error, backup)) from None
    finally:
        engine.dispose()
    return backup


def _failed_migration(error, backup: Path | None) -> str:
    """The schema did not match its revision (a half-done change by an older version, a file edited
    by hand): the transaction was rolled back."""
    detail = str(getattr(error, "orig", error))
    if backup is None:
        return t("La création de la base a échoué ({error}) : elle a été annulée et la base n'a pas été modifiée.",
                 error=detail)
    return t("La mise à jour de la base a échoué ({error}) : son schéma ne correspond pas à sa version. Elle a été "
             "annulée et la base n'a pas été modifiée. La sauvegarde faite avant la mise à jour est « {name} » ; "
             "restaurez-la avec « catalyseur-app backup restore » si le problème persiste.",
             error=detail, name=backup.name)
