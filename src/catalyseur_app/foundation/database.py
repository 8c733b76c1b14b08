"""The consolidation store: a SQLAlchemy URL (a SQLite file by default, or PostgreSQL through
psycopg 3), brought to the catalyseurs' schema and the foundation's own tables by Alembic.

The catalyseurs' migration line (``store/migrations``) and the foundation's
(``foundation/migrations``, its own version table) both run in one transaction, so a failed
migration leaves nothing behind on PostgreSQL; a revision this version does not know (written by
a newer application) is refused before anything is changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from catalyseur_app.messages import t
from catalyseur_app.store.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
FOUNDATION_VERSION_TABLE = "foundation_alembic_version"


class FoundationError(StoreError):
    """The consolidation store cannot be reached or used; the message is for a person."""


def database_url(target: str) -> str:
    """A SQLAlchemy URL from what a person typed: a URL as is, anything else a SQLite file path."""
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def shown(url: str) -> str:
    """The URL without its password, for messages; a SQLite store by its file path."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or url
    return parsed.render_as_string(hide_password=True)


def make_engine(target: str) -> Engine:
    from sqlalchemy import create_engine, event

    url = database_url(target)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            # NORMAL, not FULL as in a catalyseur's store: in WAL mode the database stays
            # consistent after a power cut, only the last commits may be lost, and each commit
            # holds a file together with its register line, so the next run applies it again.
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA cache_size=-65536")
            # A checkpoint copies the pages of the log into the database and syncs it: every
            # 16,000 pages (64 MiB) rather than SQLite's 1,000, so the index pages every file
            # touches are copied once for many files, not once per file.
            cursor.execute("PRAGMA wal_autocheckpoint=16000")
            cursor.close()

        return engine
    if not url.startswith("postgresql+psycopg"):
        raise FoundationError(t("« {url} » : seules les bases SQLite (un chemin de fichier) et PostgreSQL "
                                "(postgresql+psycopg://…) sont prises en charge.", url=shown(url)))
    return create_engine(url, pool_pre_ping=True)


def server(url: str) -> str:
    """The PostgreSQL server of ``url`` as a person names it: ``host:port``, or the folder of its
    unix socket (``?host=/folder``), with the port when the URL gives one."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)

    def one(value):  # a query parameter given twice comes as a tuple
        return ",".join(value) if isinstance(value, tuple) else value

    host = parsed.host or one(parsed.query.get("host")) or "localhost"
    port = parsed.port or one(parsed.query.get("port"))
    return f"{host}:{port}" if port else str(host)


def connection_error(url: str, error: Exception) -> FoundationError:
    """A person's message for a database that cannot be reached or refuses the login."""
    from sqlalchemy.engine import make_url

    text = str(getattr(error, "orig", None) or error)
    if make_url(url).get_backend_name() == "sqlite":
        return FoundationError(t("La base « {url} » est injoignable ({error}) ; rien n'a été modifié.",
                                 url=shown(url), error=text.strip().splitlines()[0] if text.strip() else error))
    role = make_url(url).username or ""
    if "password authentication failed" in text or "role" in text and "does not exist" in text:
        return FoundationError(t("Le serveur PostgreSQL « {server} » a refusé la connexion de l'utilisateur « {role} » "
                                 "(utilisateur inconnu ou mot de passe erroné) ; rien n'a été modifié.",
                                 server=server(url), role=role))
    if "no password supplied" in text:
        return FoundationError(t("Le serveur PostgreSQL « {server} » demande un mot de passe pour l'utilisateur "
                                 "« {role} », et l'adresse de la base n'en donne pas ; rien n'a été modifié.",
                                 server=server(url), role=role))
    if "database" in text and "does not exist" in text:
        return FoundationError(t("La base « {url} » n'existe pas sur ce serveur ; rien n'a été modifié.",
                                 url=shown(url)))
    detail = text.strip().splitlines()[0] if text.strip() else str(error)
    return FoundationError(t("Le serveur PostgreSQL « {server} » est injoignable ({error}) : vérifiez qu'il est "
                             "démarré, et l'hôte et le port de l'adresse de la base ; rien n'a été modifié.",
                             server=server(url), error=detail))


def _alembic_config(script_location: Path):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def _lines():
    from catalyseur_app.store.migrate import MIGRATIONS_DIR as STORE_MIGRATIONS

    return ((STORE_MIGRATIONS, "alembic_version"), (MIGRATIONS_DIR, FOUNDATION_VERSION_TABLE))


def connect(target: str) -> Engine:
    """The engine of a consolidation store (nothing is connected or created yet)."""
    url = database_url(target)
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.parent.is_dir():
            raise FoundationError(t("Le dossier « {folder} » n'existe pas ; rien n'a été créé.", folder=path.parent))
    return make_engine(target)


def migrate(engine: Engine) -> None:
    """Create or migrate the store to the current schema, in one transaction.

    The app's recipe (``store.migrate``): on SQLite the migration runs on its transactional-DDL
    engine, after a verified copy of a store that already holds a schema (``backups/`` beside
    the file), and the foreign keys are checked before committing; PostgreSQL's DDL is
    transactional of itself. A migration that fails midway, or a crash meanwhile, leaves the
    store as it was. Raises FoundationError with a person's message when the database cannot be
    reached, refuses the login, was written by a newer version, or cannot be migrated; nothing is
    changed then.
    """
    from alembic import command
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    from catalyseur_app.store.migrate import migration_engine

    url = engine.url.render_as_string(hide_password=False)
    try:
        with engine.connect() as connection:
            if not _behind(connection, url):
                return  # already current: read only, no write lock taken
            existing = inspect(connection).has_table("alembic_version")
    except DBAPIError as error:
        raise connection_error(url, error) from None
    sqlite = engine.dialect.name == "sqlite"
    backup = _backup_before_migrating(Path(engine.url.database or "")) if sqlite and existing else None
    writer = migration_engine(Path(engine.url.database or "")) if sqlite else engine
    connected = False
    try:
        with writer.begin() as connection:
            connected = True
            if not _behind(connection, url):
                return  # made or migrated meanwhile by another run
            for location, _version_table in _lines():
                config = _alembic_config(location)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            if sqlite:  # foreign keys are off while migrating (batch operations copy tables)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise FoundationError(t(
                        "La mise à jour de la base de consolidation laisserait des références cassées ({table}, "
                        "nombre : {count}) : elle a été annulée et la base n'a pas été modifiée.",
                        table=broken[0][0], count=len(broken)))
    except DBAPIError as error:
        if not connected or error.connection_invalidated:
            raise connection_error(url, error) from None
        raise _failed_migration(url, error, existing, backup) from None
    finally:
        if writer is not engine:
            writer.dispose()


def _backup_before_migrating(database: Path) -> Path:
    """A verified copy of a SQLite store in ``backups/`` beside it, as a catalyseur's store gets
    before its migrations."""
    import sqlite3

    from catalyseur_app.atomic import OutputError
    from catalyseur_app.store.backup import make_backup
    from catalyseur_app.store.backup_reasons import BEFORE_MIGRATION

    try:
        return make_backup(database, database.parent, BEFORE_MIGRATION)
    except (OSError, sqlite3.Error, OutputError) as error:
        raise FoundationError(t("La copie de « {path} » avant sa mise à jour n'a pas pu être faite ({error}) ; "
                                "la base n'a pas été modifiée.", path=database, error=error)) from None


def _failed_migration(url: str, error, existing: bool, backup: Path | None) -> FoundationError:
    """A migration step the database refused: the transaction was rolled back."""
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    if not existing:
        return FoundationError(t("La création de la base de consolidation « {url} » a échoué ({error}) : elle a été "
                                 "annulée et la base est restée vide.", url=shown(url), error=detail))
    message = t("La mise à jour de la base de consolidation « {url} » a échoué ({error}) : elle a été annulée et "
                "la base n'a pas été modifiée.", url=shown(url), error=detail)
    if backup is not None:
        message += " " + t("La copie faite avant la mise à jour est « {path} ».", path=backup)
    return FoundationError(message)


def _behind(connection, url: str) -> bool:
    """Whether either migration line is short of its head; FoundationError when the database
    was written by a newer version or holds tables that are not Catalyseur's."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect, text

    tables = set(inspect(connection).get_table_names())
    if tables and "alembic_version" not in tables:
        raise FoundationError(t("« {url} » contient déjà des tables qui ne sont pas celles de Catalyseur ; "
                                "elle n'a pas été modifiée.", url=shown(url)))
    behind = False
    for location, version_table in _lines():
        script = ScriptDirectory.from_config(_alembic_config(location))
        known = {s.revision for s in script.walk_revisions()}
        revision = connection.execute(text(f"SELECT version_num FROM {version_table}")).scalar() \
            if version_table in tables else None
        if revision is not None and revision not in known:
            raise FoundationError(t(
                "Cette base de consolidation a été écrite par une version plus récente de Catalyseur. "
                "Mettez à jour l'application ; la base n'a pas été modifiée."))
        behind = behind or revision != script.get_current_head()
    return behind


def open_consolidation_store(target: str) -> Engine:
    """``connect`` then ``migrate``: a store ready to use (the caller disposes of the engine)."""
    engine = connect(target)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine
