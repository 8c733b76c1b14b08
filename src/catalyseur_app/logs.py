"""A rotating log file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from catalyseur_app.store.paths import logs_dir

LOG_NAME = "catalyseur.log"


def setup_logging(data_dir: Path) -> Path | None:
    """Log to the data folder's log file; None when it cannot be written there (a read-only
    folder: opening the store then says so in words)."""
    folder = logs_dir(data_dir)
    path = folder / LOG_NAME
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
