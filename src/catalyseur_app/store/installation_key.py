"""The installation's Ed25519 key pair, which signs its sync files.

One key per device id, kept in ``keys/installation-<device id>.pem`` (mode 0600, folder 0700) in
the data folder; the private key never leaves it except in the folder's own backups. Naming the
file by the device id binds the key to the installation: a copied data folder gets a new device
id (installation.py), so it gets a new key at its first start instead of signing as the original.

Backups copy the key beside the database copy (``<backup>.key``): a key file lost with its folder
comes back with a restore. A restore never replaces an existing key file: a key that differs from
the backup's is newer (files already signed with it have been trusted elsewhere), so it is kept and
the restore says so (``restore_key``).

The key is created at the store's first start (``ensure``); loading it (which imports the
``cryptography`` package) waits until a file is signed, to keep the window's start-up light.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

KEYS_DIR = "keys"
KEPT, RESTORED, NO_KEY = "kept", "restored", "none"


def key_path(data_dir: Path, device_id: str) -> Path:
    return Path(data_dir) / KEYS_DIR / f"installation-{device_id}.pem"


def ensure(data_dir: Path, device_id: str) -> Path:
    """Create this device's key if it has none yet; the file is only looked at otherwise."""
    path = key_path(data_dir, device_id)
    if not path.exists():
        installation_key(data_dir, device_id)
    return path


def installation_key(data_dir: Path, device_id: str):
    """This device's SigningKey, created (0600) the first time."""
    from catalyseur_app.signing import load_or_create

    path = key_path(data_dir, device_id)
    path.parent.mkdir(mode=0o700, exist_ok=True)
    return load_or_create(path)


def backup_key(data_dir: Path, device_id: str | None, backup: Path) -> Path | None:
    """Copy the key of ``device_id`` beside the backup ``backup`` (``.key``, 0600); None without one."""
    if not device_id:
        return None
    source = key_path(data_dir, device_id)
    if not source.exists():
        return None
    target = backup.with_suffix(".key")
    _private_copy(source, target)
    return target


def restore_key(data_dir: Path, device_id: str | None, backup: Path) -> str:
    """After a restore: put the backup's key back when this device has none (RESTORED); keep an
    existing one, even a different one (KEPT); NO_KEY when neither exists."""
    saved = backup.with_suffix(".key")
    if not device_id:
        return NO_KEY
    current = key_path(data_dir, device_id)
    if current.exists():
        return KEPT
    if not saved.exists():
        return NO_KEY
    current.parent.mkdir(mode=0o700, exist_ok=True)
    _private_copy(saved, current)
    return RESTORED


def differs_from_backup(data_dir: Path, device_id: str | None, backup: Path) -> bool:
    """True when the device's key and the one saved with ``backup`` both exist and differ."""
    saved = backup.with_suffix(".key")
    if not device_id or not saved.exists():
        return False
    current = key_path(data_dir, device_id)
    return current.exists() and current.read_bytes() != saved.read_bytes()


def _private_copy(source: Path, target: Path) -> None:
    from catalyseur_app.atomic import atomic_path

    with atomic_path(target, mode=0o600) as temporary:
        shutil.copyfile(source, temporary)
        with contextlib.suppress(OSError):
            os.chmod(temporary, 0o600)
