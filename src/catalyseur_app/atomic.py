"""Write files so that a crash or a full disk never leaves a half-written file that looks complete.

    with atomic_path(target) as temporary: write(temporary)    the usual case
    pending = PendingFile(target); write(pending.temporary); pending.flush()
    ...; pending.publish(); ...; pending.discard() on failure   when something (a ledger row) must
                                                                 be committed together with the file
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from catalyseur_app.messages import t

# mkstemp makes files only their owner can read; a document or sync file should get the usual
# permissions of a new file (or keep those of the file it replaces).
_UMASK = os.umask(0)
os.umask(_UMASK)
# A temporary file left by a write that was killed (power cut, kill -9) is removed by the next write
# of the same target; one untouched for this long cannot belong to a write still running.
STALE_AFTER = 15 * 60  # seconds


class OutputError(Exception):
    """A file could not be written; the message is meant for a person (catalyseur_app.messages)."""


class PendingFile:
    """A temporary file beside ``target`` (``.name.XXXX.part``), moved onto it by ``publish()``.

    Every step raises OutputError with a message for a person; ``discard()`` removes what was
    written, including the published target (for a caller whose commit failed after publishing).
    """

    def __init__(self, target: str | os.PathLike[str], mode: int | None = None):
        self.target = Path(target)
        self.mode = mode
        folder = self.target.parent if str(self.target.parent) else Path(".")
        if not folder.is_dir():
            raise OutputError(t("Le dossier « {folder} » n'existe pas.", folder=folder))
        try:
            handle, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=folder)
        except OSError as error:
            raise OutputError(describe_os_error(error, self.target)) from error
        os.close(handle)
        self.folder = folder
        self.temporary = Path(name)
        self.published = False
        _remove_stale(folder, self.target.name)

    def flush(self) -> None:
        """Force the temporary file's content to the disk."""
        try:
            with open(self.temporary, "rb+") as written:
                os.fsync(written.fileno())
        except OSError as error:
            raise OutputError(describe_os_error(error, self.target)) from error

    def publish(self) -> None:
        """Give the (flushed) temporary file its final name, durably."""
        try:
            mode = self.mode
            if mode is None:
                mode = stat.S_IMODE(self.target.stat().st_mode) if self.target.is_file() else 0o666 & ~_UMASK
            os.chmod(self.temporary, mode)
            os.replace(self.temporary, self.target)
            self.published = True
            _sync_folder(self.folder)
        except OSError as error:
            raise OutputError(describe_os_error(error, self.target)) from error

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.temporary.unlink()
        if self.published:
            with contextlib.suppress(FileNotFoundError):
                self.target.unlink()
            self.published = False


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` only on success.

    The temporary file is removed on any failure, so the target is either the old file or the
    complete new one. ``mode`` (such as 0o600 for a private key) replaces the usual permissions.
    """
    pending = PendingFile(target, mode)
    try:
        try:
            yield pending.temporary
        except OSError as error:
            raise OutputError(describe_os_error(error, pending.target)) from error
        pending.flush()
        pending.publish()
    finally:
        with contextlib.suppress(FileNotFoundError):
            pending.temporary.unlink()


def write_atomically(target: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` and move the result onto ``target``."""
    with atomic_path(target) as temporary:
        write(temporary)
    return Path(target)


def save_workbook(workbook, target: str | os.PathLike[str]) -> None:
    """Save an openpyxl workbook to ``target`` (a temporary path from ``atomic_path``).

    openpyxl writes its zip straight into the file: on a full disk the half-closed zip then fails
    again when garbage-collected ("Exception ignored in ZipFile.__del__"). Made in memory first,
    the workbook reaches the disk in one write that fails cleanly.
    """
    import io

    buffer = io.BytesIO()
    workbook.save(buffer)
    Path(target).write_bytes(buffer.getbuffer())


def _remove_stale(folder: Path, name: str) -> None:
    limit = time.time() - STALE_AFTER
    for leftover in folder.glob(f".{glob.escape(name)}.*.part"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < limit:
                leftover.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to flush."""
    if sys.platform == "win32":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def describe_os_error(error: OSError, target: Path) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return t("Le disque est plein : « {target} » n'a pas été écrit.", target=target)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return t("Impossible d'écrire « {target} » : accès refusé.", target=target)
    if error.errno == errno.EISDIR:
        return t("« {target} » est un dossier : choisissez un nom de fichier.", target=target)
    return t("Impossible d'écrire « {target} » : {error}.", target=target, error=error.strerror or error)
