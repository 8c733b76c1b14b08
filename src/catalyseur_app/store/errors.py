from catalyseur_app.user_errors import UserError


class StoreError(UserError):
    """The store cannot be opened or changed; the message is for a person (catalyseur_app.messages)."""


class RestoreNeeded(StoreError):
    """The database is missing, empty or unreadable while verified backups exist: a new empty store
    must not be made over it. ``backups`` lists the backup files a person may restore from."""

    def __init__(self, message: str, backups: list | None = None):
        super().__init__(message)
        self.backups = list(backups or [])


class PagesDamaged(StoreError):
    """A write or backup refused because the page check, run after the store was opened (the
    window's start), found the database damaged. ``problem`` is what opening it with the check would
    have raised: a RestoreNeeded offering the backups, or a StoreError when there are none."""

    def __init__(self, problem: StoreError):
        super().__init__(str(problem))
        self.problem = problem


# SQLite's primary result codes for a problem with the file itself rather than with the program.
_CORRUPT, _NOTADB, _FULL, _IOERR, _READONLY, _CANTOPEN = 11, 26, 13, 10, 8, 14


def database_problem(error: BaseException) -> str | None:
    """A person's message when ``error`` comes from the database file itself (damaged, disk full,
    unreadable or read-only), None for any other error. SQLAlchemy wraps sqlite3's errors."""
    import sqlite3

    from catalyseur_app.messages import t

    error = getattr(error, "orig", None) or error
    if not isinstance(error, sqlite3.DatabaseError):
        return None
    code = _code(error)
    if database_damaged(error):
        return t("La base de données est endommagée ({error}). Catalyseur s'est arrêté sans rien y changer. "
                 "Gardez ce fichier et restaurez la dernière sauvegarde : au prochain démarrage de la fenêtre, "
                 "ou avec « catalyseur-app backup restore ».", error=error)
    if code == _FULL:
        return t("Le disque est plein : la base de données n'a pas pu être écrite et rien n'a été modifié. "
                 "Libérez de la place, puis réessayez.")
    if code in (_IOERR, _READONLY, _CANTOPEN):
        return t("La base de données n'a pas pu être lue ou écrite ({error}) ; rien n'a été modifié. "
                 "Vérifiez le disque et les droits sur le dossier de données, puis réessayez.", error=error)
    return None


def database_damaged(error: BaseException) -> bool:
    """True when ``error`` says the database file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB)."""
    import sqlite3

    error = getattr(error, "orig", None) or error
    return isinstance(error, sqlite3.DatabaseError) and (
        _code(error) in (_CORRUPT, _NOTADB) or (_code(error) == 0 and type(error) is sqlite3.DatabaseError))


def _code(error: BaseException) -> int:
    return (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
