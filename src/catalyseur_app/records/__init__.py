"""Use cases on actors, contacts, partnerships and activities: plain Python, no Qt.

Shared infrastructure (see each module's docstring):
    query     generic paged lists (filters, sort, search, offset/limit) computed by SQLite
    entities  the built-in list definitions (actors, contacts, partnerships, activities, trash)
    search    FTS5 match expressions and index maintenance
    undo      ChangeTracker / Operation / tracked_write: undo & redo of any use case
    trash     soft delete, restore, empty trash (purge, tombstones kept)
    errors    ValidationError(field_errors), RecordNotFound, StaleRecord (saved over a newer version)
Use cases: actors, contacts (+ partnerships, activities by the partnerships engineer).
"""

from catalyseur_app.records.errors import RecordNotFound, StaleRecord, ValidationError

__all__ = ["RecordNotFound", "StaleRecord", "ValidationError"]
