from ..messages import t


class SyncFileError(Exception):
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
