"""The one place that finds the files the application ships.

Three layouts exist: a source checkout (or editable install), where the folders sit at the
top of the repository; an installed wheel, where they are copied inside the package; and a
PyInstaller bundle, where they sit under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent.parent  # src/catalyseur_app -> repository root


@cache
def _base_for(folder: str) -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "catalyseur_app" / folder)
    candidates.append(_PACKAGE_DIR / folder)
    candidates.append(_SOURCE_ROOT / folder)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Shipped folder {folder!r} not found (looked in {candidates})")


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return _base_for("resources").joinpath(*parts)


def translations_dir() -> Path:
    return _base_for("translations")


def forms_dir() -> Path:
    return _base_for("forms")


GUIDE_FILE = "guide-utilisateur.md"


@cache
def guide_dir() -> Path:
    """The folder of the French user guide and of its ``images/`` (``docs/`` in a checkout)."""
    try:
        return _base_for("guide")
    except FileNotFoundError:
        docs = _SOURCE_ROOT / "docs"
        if (docs / GUIDE_FILE).is_file():
            return docs
        raise
