"""Shared by the benchmarks: one scale-100 demo store per run, built once and reused."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path


@cache
def scale_store_dir(scale: int = 100) -> Path:
    """A data folder holding the demo at ``scale`` (built on first use, removed at exit).

    Open it with ``open_store(path)`` and close it before the next benchmark opens it.
    """
    from catalyseur_app.demo.dataset import create_demo
    from catalyseur_app.profile import ProfileData, save_profile
    from catalyseur_app.store import open_store

    folder = Path(tempfile.mkdtemp(prefix=f"catalyseur-bench-{scale}-"))
    atexit.register(shutil.rmtree, folder, True)
    with open_store(folder) as store:
        create_demo(store, scale=scale)
        if not _has_profile(store):
            save_profile(store, ProfileData("Camille Martin", "Tiers-lieu du Cantal", "camille@exemple.fr", ["15187"]))
    return folder


def _has_profile(store) -> bool:
    from catalyseur_app.profile import load_profile

    return load_profile(store) is not None


def row(name: str, measured: str, target: str, ok: bool) -> dict:
    return {"name": name, "measured": measured, "target": target, "ok": bool(ok)}
