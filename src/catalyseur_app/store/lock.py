"""Refuses a second instance on the same data folder, with an OS lock released on any exit."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import IO

from catalyseur_app.messages import t

from .errors import StoreError

LOCK_NAME = "catalyseur.lock"


class InstanceLock:
    def __init__(self, data_dir: Path):
        self.path = data_dir / LOCK_NAME
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+")  # noqa: SIM115 - held open while the store is: it is the lock
        except OSError as error:
            raise StoreError(folder_refused(self.path.parent, error)) from None
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise StoreError(t(
                "Catalyseur est déjà ouvert sur ce dossier de données ({folder}). Fermez l'autre fenêtre "
                "ou attendez la fin de la commande en cours, puis réessayez.", folder=self.path.parent)) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the descriptor releases the OS lock
            self._handle = None


_NOT_WRITABLE = (errno.EROFS, errno.EACCES, errno.EPERM)


def folder_refused(folder: Path, error: OSError) -> str:
    """A person's message for a data folder that cannot be written (read-only, no permission…)."""
    if error.errno in _NOT_WRITABLE:
        return t("Le dossier de données « {folder} » est en lecture seule, ou vous n'avez pas le droit d'y "
                 "écrire : Catalyseur ne peut pas y travailler. Rien n'a été modifié. Choisissez un dossier où "
                 "vous pouvez écrire (--data-dir), ou faites rétablir l'accès en écriture.", folder=folder)
    return t("Le dossier de données « {folder} » ne peut pas être utilisé ({error}). Rien n'a été modifié.",
             folder=folder, error=error.strerror or error)


def check_writable(folder: Path) -> None:
    """Raise StoreError when nothing can be created in ``folder`` (the lock file may already exist
    while the folder itself is read-only, and SQLite needs to create its -wal and -shm files)."""
    import uuid

    probe = folder / f".catalyseur-write-test.{uuid.uuid4().hex[:8]}.part"  # removed at start if left
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as error:
        raise StoreError(folder_refused(folder, error)) from None
    os.unlink(probe)
