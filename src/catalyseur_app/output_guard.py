"""The one check made before writing any document or export chosen by a person.

A wrong path must never destroy data: ``check_output(target, ".xlsx", data_dir)`` refuses
(OutputError, a message for a person, nothing touched)

- anything inside the data folder (the database, its -wal/-shm/-journal, the lock, backups, logs)
  and any file of another Catalyseur data folder;
- a folder, or a name that does not end with the expected extension;
- an existing file whose content is not of that type (a database renamed ``.xlsx``, a text file…).

Paths are compared after resolving symbolic links, both the target itself and its folder (a
rename replaces a link, a write through it reaches what it points to).
"""

from __future__ import annotations

import os
from pathlib import Path

from catalyseur_app.atomic import OutputError
from catalyseur_app.messages import t

_DATABASE = "catalyseur.sqlite"
_LOCK = "catalyseur.lock"
_STORE_FILES = {_DATABASE, f"{_DATABASE}-wal", f"{_DATABASE}-shm", f"{_DATABASE}-journal", _LOCK}
# The first bytes of a file of each type; an empty file may be replaced too.
_SIGNATURES = {".xlsx": (b"PK\x03\x04",), ".pdf": (b"%PDF-",), ".json": (b"{", b"["),
               ".sqlite": (b"SQLite format 3\x00",)}


def check_output(target: str | os.PathLike[str], suffixes: str | tuple[str, ...],
                 data_dir: str | os.PathLike[str] | None) -> Path:
    """Return ``target`` as a Path when it may be written; raise OutputError otherwise."""
    target = Path(target)
    suffixes = (suffixes,) if isinstance(suffixes, str) else tuple(suffixes)
    try:
        places = {target.resolve(), target.parent.resolve() / target.name}
        protected = Path(data_dir).resolve() if data_dir is not None else None
    except (OSError, RuntimeError):  # a loop of symbolic links, an unreadable folder
        raise OutputError(t("Impossible d'écrire « {target} » : ce chemin ne mène nulle part "
                            "(lien symbolique en boucle ?).", target=target)) from None
    for place in places:
        if protected is not None and (place == protected or protected in place.parents):
            raise OutputError(t("« {target} » est dans le dossier de données de Catalyseur ({folder}) : "
                                "enregistrez le fichier ailleurs, par exemple dans vos Documents.",
                                target=target, folder=protected))
        if place.name in _STORE_FILES or _in_a_data_folder(place):
            raise OutputError(t("« {target} » appartient à un dossier de données de Catalyseur : "
                                "il n'est pas remplacé. Choisissez un autre nom ou un autre dossier.",
                                target=target))
    if target.is_dir():
        raise OutputError(t("« {target} » est un dossier : choisissez un nom de fichier.", target=target))
    if target.suffix.lower() not in suffixes:
        raise OutputError(t("« {name} » : choisissez un nom de fichier qui finit par {suffixes}.",
                            name=target.name, suffixes=t(" ou ").join(suffixes)))
    if target.exists() and not _is_of_type(target, target.suffix.lower()):
        raise OutputError(t("« {target} » existe déjà et n'est pas un fichier {suffix} : il n'est pas remplacé. "
                            "Choisissez un autre nom.", target=target, suffix=target.suffix.lower()))
    return target


def _in_a_data_folder(place: Path) -> bool:
    """The file's folder (or, for backups/ and logs/, the one above) holds a Catalyseur database or lock."""
    folders = [place.parent]
    if place.parent.name in ("backups", "logs"):
        folders.append(place.parent.parent)
    return any((folder / _DATABASE).exists() or (folder / _LOCK).exists() for folder in folders)


def _is_of_type(path: Path, suffix: str) -> bool:
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    if head.startswith(_SIGNATURES[".sqlite"]):
        return False
    if not head:
        return True
    if suffix == ".json":
        head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
        return not head or head.startswith(_SIGNATURES[".json"])
    return head.startswith(_SIGNATURES.get(suffix, (b"",)))
