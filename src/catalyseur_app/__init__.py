"""Catalyseur: the desktop application of the catalyseurs territoriaux."""

# The one place the version is written: pyproject.toml reads it from here (hatch), so the
# application knows it without looking up package metadata (which also works when frozen).
__version__ = "0.1.0"

APP_NAME = "Catalyseur"
