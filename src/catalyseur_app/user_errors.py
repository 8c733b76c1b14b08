"""The one base of every error meant for a person (no Qt): a message, and details one per line.

Each package's refusals derive from ``UserError`` (``atomic.OutputError``, ``store.errors.StoreError``,
``exchange.errors.SyncFileError``, ``kit.problems.KitError``, ...), so the window and the command
line can show any of them one way: ``str(error)`` is the message followed by the details; nothing
of the program (no traceback, no class name) reaches the person.
"""

from __future__ import annotations


class UserError(Exception):
    """``message`` is already in the person's language; ``details`` are extra lines (may be empty)."""

    def __init__(self, message: str = "", details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = list(details or [])

    def __str__(self) -> str:
        return "\n".join([self.message, *(f"  – {line}" for line in self.details)])
