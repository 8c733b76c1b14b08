"""Catalyseur: the desktop application of the catalyseurs territoriaux."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("catalyseur-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

APP_NAME = "Catalyseur"
