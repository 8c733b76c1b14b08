"""Write files so that a crash or a full disk never leaves a half-written file that looks complete."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from catalyseur_app.messages import t


# mkstemp makes files only their owner can read; a document or sync file should get the usual
# permissions of a new file (or keep those of the file it replaces).
_UMASK = os.umask(0)
os.umask(_UMASK)


class OutputError(Exception):
    """A file could not be written; the message is meant for a person (catalyseur_app.messages)."""


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` only on success.

    The temporary file is removed on any failure, so the target is either the old file or the
    complete new one.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(t("Le dossier « {folder} » n'existe pas.", folder=folder))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise OutputError(_describe(error, target)) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666 & ~_UMASK
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as error:
        raise OutputError(_describe(error, target)) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def write_atomically(target: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` and move the result onto ``target``."""
    with atomic_path(target) as temporary:
        write(temporary)
    return Path(target)


def _describe(error: OSError, target: Path) -> str:
    import errno

    if error.errno == errno.ENOSPC:
        return t("Le disque est plein : « {target} » n'a pas été écrit.", target=target)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return t("Impossible d'écrire « {target} » : accès refusé.", target=target)
    return t("Impossible d'écrire « {target} » : {error}.", target=target, error=error.strerror or error)
