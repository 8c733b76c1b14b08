import errno
import sqlite3

from catalyseur_app.user_errors import UserError

from ..messages import t


class SyncFileError(UserError):
    """A sync file is refused; the message (in the current language) names the file, and the sheet,
    row and column where it applies. Nothing has been changed when it is raised."""


def where(file_name: str, sheet: str | None = None, row: int | None = None, column: str | None = None) -> str:
    """« fichier.xlsx », feuille « acteurs », ligne 7, colonne « name » (B)"""
    text = t("« {file_name} »", file_name=file_name)
    if sheet:
        text += t(", feuille « {sheet} »", sheet=sheet)
    if row:
        text += t(", ligne {row}", row=row)
    if column:
        text += t(", colonne {column}", column=column)
    return text


def storage_problem(file_name: str, error: BaseException) -> str:
    """What to tell a person when writing an import failed on the disk (full, or failing)."""
    orig = getattr(error, "orig", None) or getattr(error, "__cause__", None) or error
    text = str(orig)
    if getattr(orig, "errno", None) == errno.ENOSPC or "disk is full" in text or "No space left" in text:
        return t("L'import de « {name} » n'a pas pu être enregistré : le disque est plein. Vos données n'ont pas "
                 "été modifiées ; libérez de la place puis recommencez.", name=file_name)
    reason = getattr(orig, "strerror", None) or text.splitlines()[0]
    if isinstance(orig, sqlite3.IntegrityError):
        return t("L'import de « {name} » a été refusé par la base de données ({reason}). Vos données n'ont pas "
                 "été modifiées.", name=file_name, reason=reason)
    return t("L'import de « {name} » n'a pas pu être enregistré : erreur d'écriture sur le disque ({reason}). "
             "Vos données n'ont pas été modifiées.", name=file_name, reason=reason)
