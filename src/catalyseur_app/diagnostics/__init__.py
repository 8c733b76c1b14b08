"""Running diagnostics with an installed kit: use cases shared by the window and the CLI (no Qt).

- ``kits``: install kit workbooks (several kits and versions side by side), the default kit, loading.
- ``sessions``: start a diagnostic, answer, resume, verify, scores (``DiagnosticRun``).
- ``results``: priorities, action plan, finalise, revise.
- ``queries``: lists of diagnostics for the window and ``catalyseur-app diagnostics``.
"""

from catalyseur_app.diagnostics.errors import DiagnosticError, DiagnosticLocked

__all__ = ["DiagnosticError", "DiagnosticLocked"]
