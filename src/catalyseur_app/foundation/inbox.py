"""The files of an inbox folder (sync files as received by e-mail), in the order to apply them.

Each file is fingerprinted (SHA-256 of its bytes) so a file already consolidated is skipped without
being read again; the others have only their manifest read here (who sent it, its sequence), so
that each device's files are applied in sequence order.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from catalyseur_app.exchange.reader import Manifest

SYNC_SUFFIX = ".xlsx"


@dataclass
class InboxFile:
    path: Path
    sha256: str
    manifest: Manifest | None = None
    error: str = ""  # why its manifest could not be read

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def sent(self) -> Manifest:
        """The manifest of a readable file (``manifest`` is None only for an unreadable one)."""
        if self.manifest is None:
            raise ValueError(f"{self.name} is unreadable: {self.error}")
        return self.manifest


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def inbox_files(folder: Path) -> list[Path]:
    """The workbooks of the folder (not its subfolders), by name; Office lock files left aside."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() == SYNC_SUFFIX and not p.name.startswith("~$"))


def read_manifest(path: Path) -> Manifest:
    """Only the manifest of a sync file, after the same container and sheet checks as a full read."""
    from catalyseur_app.exchange.reader import open_sync_file

    return open_sync_file(path).manifest


def in_order(files: list[InboxFile]) -> list[InboxFile]:
    """Unreadable files first (they are reported at once), then each device's files by sequence;
    devices one after the other, by catalyseur name then device id, so the order is reproducible."""
    unreadable = [f for f in files if f.manifest is None]
    readable = [f for f in files if f.manifest is not None]
    readable.sort(key=lambda f: (f.sent.catalyseur_name, f.sent.catalyseur_id, f.sent.device_id,
                                 f.sent.sequence, f.name))
    return unreadable + readable
