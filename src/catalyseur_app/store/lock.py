"""Refuses a second instance on the same data folder, with an OS lock released on any exit."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from catalyseur_app.messages import t

from .errors import StoreError

LOCK_NAME = "catalyseur.lock"


class InstanceLock:
    def __init__(self, data_dir: Path):
        self.path = data_dir / LOCK_NAME
        self._handle = None

    def acquire(self) -> None:
        handle = open(self.path, "a+")
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
