"""What every page of the window is given: the store, the shared undo stack, navigation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack

from catalyseur_app.store import Store


@dataclass
class AppContext:
    store: Store
    undo_stack: QUndoStack
    # navigate("partnerships", form="mecenat") shows a page and applies filters to it.
    navigate: Callable[..., None] = field(default=lambda page, **filters: None)
    # A consolidation store opened beside the catalyseur's own (the « Fondation » page): its
    # SQLite path or SQLAlchemy URL, and how to show it (without a password).
    foundation_db: str | None = None
    foundation_shown: str = ""
