"""What is found at start, before anything is opened for writing: a database to open, none yet (a
new store is made), or one that must be left alone (missing, empty, unreadable, damaged or
half-built while the person's data may be elsewhere).

Everything here reads through a read-only sqlite3 connection, without SQLAlchemy, and changes
nothing. ``PRAGMA quick_check`` (the page check) takes about 0.1 s on a scale-100 store (benchmarks/
bench_store_checks.py): the command line runs it before the store is opened; the window opens the
store without it and runs it in the background once its first screen is drawn (``check_pages``),
and the store refuses every write and backup until it has passed (``Store.check_pages``).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import NoReturn

from catalyseur_app.messages import t

from .errors import RestoreNeeded, StoreError, database_damaged
from .paths import backups_dir

_CREATED_TABLE = re.compile(r"op\.create_table\(\s*['\"](\w+)['\"]")
BEFORE_MIGRATION = "avant-migration"


def examine(db_path: Path, data_dir: Path, *, pages: bool = True) -> str | None:
    """The schema revision of the database (None: there is none yet, a new store may be made).

    With ``pages`` false, the pages are not read through (``check_pages()`` does it later).
    Raises RestoreNeeded when the database is missing, empty, unreadable, damaged or half-built
    while backups exist, StoreError when it must be refused and there are none.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        reason = (t("La base de données « {path} » est absente.", path=db_path) if not db_path.exists()
                  else t("La base de données « {path} » est vide (0 octet).", path=db_path))
        _refuse_if_backups(data_dir, reason)
        return None
    try:
        connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        _refuse(data_dir, t("La base de données « {path} » ne peut pas être lue ({error}).", path=db_path, error=error))
    try:
        return _examine_open(connection, db_path, data_dir, pages)
    finally:
        connection.close()


def _examine_open(connection: sqlite3.Connection, db_path: Path, data_dir: Path, pages: bool) -> str | None:
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as error:
        if database_damaged(error) and "not a database" not in str(error):
            _refuse(data_dir, t("La base de données « {path} » est endommagée ({damage}).", path=db_path, damage=error))
        _refuse(data_dir, t("« {path} » n'est pas une base de données lisible ({error}).", path=db_path, error=error))
    if pages:
        _refuse_damaged_pages(connection, db_path, data_dir)
    if not tables:
        _refuse_if_backups(data_dir, t("La base de données « {path} » est vide (aucune table).", path=db_path))
        return None
    if "alembic_version" not in tables and not tables & created_tables():
        raise StoreError(t("« {path} » n'est pas une base de données Catalyseur ; elle n'a pas été modifiée.",
                           path=db_path))
    versions = ([row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables else [])
    if len(versions) == 1:
        return versions[0]
    if tables == {"alembic_version"}:
        return None  # nothing was built yet
    _refuse_half_built(db_path, data_dir)


def check_pages(db_path: Path, data_dir: Path) -> None:
    """Read every page of a database ``examine`` accepted: RestoreNeeded or StoreError when damaged."""
    try:
        connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        _refuse(data_dir, t("La base de données « {path} » ne peut pas être lue ({error}).", path=db_path, error=error))
    try:
        _refuse_damaged_pages(connection, db_path, data_dir)
    finally:
        connection.close()


def _refuse_damaged_pages(connection: sqlite3.Connection, db_path: Path, data_dir: Path) -> None:
    damage = page_damage(connection)
    if damage:
        _refuse(data_dir, t("La base de données « {path} » est endommagée ({damage}).", path=db_path, damage=damage))


def page_damage(connection: sqlite3.Connection) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong in the pages of the file (None: nothing)."""
    try:
        rows = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if rows == ["ok"] else "; ".join(rows)


def available_backups(data_dir: Path) -> list[Path]:
    """The backup copies in the data folder: those that pass a check first, newest first in each."""
    from .backup import list_backups

    copies = [info.path for info in list_backups(data_dir)]  # newest first
    good = [path for path in copies if _is_sound(path)]
    return good + [path for path in copies if path not in good]


def _is_sound(path: Path) -> bool:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as copy:
            return page_damage(copy) is None and copy.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    except sqlite3.Error:
        return False


def _refuse_if_backups(data_dir: Path, reason: str) -> None:
    backups = available_backups(data_dir)
    if backups:
        raise RestoreNeeded(_restore_advice(reason, backups), backups)


def _refuse(data_dir: Path, reason: str) -> NoReturn:
    _refuse_if_backups(data_dir, reason)
    raise StoreError(t("{reason} Elle n'a pas été modifiée et aucune sauvegarde n'a été trouvée dans « {folder} ». "
                       "Gardez ce fichier : une personne compétente pourra peut-être en récupérer les données.",
                       reason=reason, folder=backups_dir(data_dir)))


def _refuse_half_built(db_path: Path, data_dir: Path) -> NoReturn:
    reason = t("La base de données « {path} » est à moitié construite : sa création ou une mise à jour a été "
               "interrompue.", path=db_path)
    backups = available_backups(data_dir)
    before_migration = [path for path in backups if path.stem.endswith(BEFORE_MIGRATION)]
    if before_migration:
        reason += " " + t("La sauvegarde faite avant la mise à jour est « {name} ».", name=before_migration[0].name)
    if backups:
        raise RestoreNeeded(_restore_advice(reason, backups), backups)
    raise StoreError(t("{reason} Elle n'a pas été modifiée et il n'y a aucune sauvegarde. Si vous n'aviez encore "
                       "rien saisi, déplacez ce fichier hors du dossier puis relancez Catalyseur.", reason=reason))


def _restore_advice(reason: str, backups: list[Path]) -> str:
    return t("{reason} Catalyseur ne l'ouvre pas et n'en crée pas de nouvelle à sa place, car le dossier des "
             "sauvegardes en contient {count}. Rien n'a été modifié. Restaurez-en une depuis la fenêtre, ou avec "
             "« catalyseur-app backup list » puis « catalyseur-app backup restore ID » (à essayer en "
             "premier : « {name} »).", reason=reason, count=len(backups), name=backups[0].name)


@cache
def created_tables() -> frozenset[str]:
    """The tables the migration scripts create, read from their text (no Alembic at start)."""
    from .migrate import MIGRATIONS_DIR

    names = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        names.update(_CREATED_TABLE.findall(script.read_text(encoding="utf-8")))
    return frozenset(names)
