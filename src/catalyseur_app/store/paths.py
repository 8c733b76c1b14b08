"""Where the data folder is: --data-dir, then CATALYSEUR_DATA_DIR, then platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "CATALYSEUR_DATA_DIR"
DATABASE_NAME = "catalyseur.sqlite"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        chosen = Path(explicit)
    elif os.environ.get(ENV_VAR):
        chosen = Path(os.environ[ENV_VAR])
    else:
        chosen = Path(platformdirs.user_data_dir("Catalyseur", "Fondation des Territoires"))
    return chosen.expanduser().resolve()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"
