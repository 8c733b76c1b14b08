"""Build the one-folder program with PyInstaller; with --check, run its --version and self-check.

Usage: python packaging/build.py [--check]   (needs the `freeze` extra: pip install -e '.[freeze]')
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIST = HERE / "dist"
PROGRAM = DIST / "catalyseur-app" / ("catalyseur-app.exe" if os.name == "nt" else "catalyseur-app")


def build() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(HERE / "build"), str(HERE / "catalyseur.spec")],
        check=True,
    )


def check() -> None:
    from catalyseur_app import __version__

    version = subprocess.run([str(PROGRAM), "--version"], capture_output=True, text=True, check=True).stdout
    if __version__ not in version:
        raise SystemExit(f"frozen --version printed {version!r}, expected {__version__}")
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CATALYSEUR_DATA_DIR=folder)
        result = subprocess.run([str(PROGRAM), "self-check"], capture_output=True, text=True, env=env)
    print(result.stdout, result.stderr)
    if result.returncode != 0:
        raise SystemExit("the frozen program's self-check failed")
    print(f"frozen build OK: {PROGRAM}")


if __name__ == "__main__":
    build()
    if "--check" in sys.argv:
        check()
