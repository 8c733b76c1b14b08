class SyncFileError(Exception):
    """A sync file is refused; the message (French) names the file, and the sheet, row and column
    where it applies. Nothing has been changed when it is raised."""


def where(file_name: str, sheet: str | None = None, row: int | None = None, column: str | None = None) -> str:
    """« fichier.xlsx », feuille « acteurs », ligne 7, colonne « name » (B)"""
    text = f"« {file_name} »"
    if sheet:
        text += f", feuille « {sheet} »"
    if row:
        text += f", ligne {row}"
    if column:
        text += f", colonne {column}"
    return text
