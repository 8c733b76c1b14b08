"""Errors of the diagnostic use cases; their message is French, for the person."""

from __future__ import annotations

from catalyseur_app.user_errors import UserError


class DiagnosticError(UserError):
    """A use case refused what was asked; ``message`` says why, ``details`` list what."""


class DiagnosticLocked(DiagnosticError):
    """The diagnostic is finalised or superseded: its answers can no longer change."""
