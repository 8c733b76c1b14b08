"""Errors of the diagnostic use cases; their message is French, for the person."""

from __future__ import annotations


class DiagnosticError(Exception):
    """A use case refused what was asked; ``message`` says why, in French."""

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = list(details or [])

    def __str__(self) -> str:
        return "\n".join([self.message, *(f"  – {line}" for line in self.details)])


class DiagnosticLocked(DiagnosticError):
    """The diagnostic is finalised or superseded: its answers can no longer change."""
