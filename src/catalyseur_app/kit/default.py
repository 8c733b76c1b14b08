"""The default kit shipped in ``resources/kits/`` (built by ``tools/build_default_kit.py``)."""

from __future__ import annotations

from pathlib import Path

from catalyseur_app.kit.model import version_key
from catalyseur_app.resources import resource_path

DEFAULT_KIT_PREFIX = "sortie-de-crise-"


def shipped_kit_paths() -> list[Path]:
    """Every kit workbook shipped with the application, oldest version first."""
    folder = resource_path("kits")
    paths = folder.glob("*.xlsx") if folder.is_dir() else ()
    return sorted(paths, key=lambda path: version_key(path.stem.removeprefix(DEFAULT_KIT_PREFIX)))


def default_kit_path() -> Path:
    """The newest shipped « sortie de crise » kit."""
    paths = [path for path in shipped_kit_paths() if path.name.startswith(DEFAULT_KIT_PREFIX)]
    if not paths:
        raise FileNotFoundError("No default kit in resources/kits")
    return paths[-1]
