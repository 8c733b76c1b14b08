"""Brings a database to the current schema: refuses newer ones, backs up before migrating."""

from __future__ import annotations

import re
import sqlite3
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


def current_revision(db_path: Path) -> str | None:
    """Read the schema revision without writing anything (read-only connection)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            tables = connection.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise StoreError(t("« {path} » n'est pas une base de données Catalyseur ; elle n'a pas été modifiée.",
                                   path=db_path))
            return None
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return version[0] if version else None
    except sqlite3.DatabaseError as error:
        raise StoreError(t("« {path} » n'est pas une base de données lisible ({error}) ; elle n'a pas été modifiée.",
                           path=db_path, error=error)) from None
    finally:
        connection.close()


def check_and_plan(db_path: Path) -> bool:
    """Return True when the database needs migrating; raise StoreError when it must be refused."""
    revision = current_revision(db_path)
    if revision is not None and revision not in known_revisions():
        raise StoreError(t(
            "Cette base de données a été écrite par une version plus récente de Catalyseur. "
            "Mettez à jour l'application pour l'ouvrir ; la base n'a pas été modifiée."
        ))
    return revision != head_revision()


def upgrade(engine: Engine, db_path: Path, data_dir: Path) -> Path | None:
    """Migrate to head, after a verified backup when the database already holds data."""
    backup = None
    if current_revision(db_path) is not None:
        backup = make_backup(db_path, data_dir, "avant-migration")
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
