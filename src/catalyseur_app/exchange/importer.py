"""The import use case shared by the window and the command line: read, preview, apply."""

from __future__ import annotations

from dataclasses import dataclass

from catalyseur_app.progress import NO_PROGRESS, Progress

from .apply import ApplyResult, apply_plan
from .merge import Plan, make_plan
from .reader import open_sync_file


def preview_import(store, path, progress: Progress = NO_PROGRESS) -> Plan:
    """Read and verify ``path`` and compare it with the store; changes nothing. The file is read
    as a stream: the import (``apply_plan``) reads it again, checking it is still the same."""
    return make_plan(store, open_sync_file(path), progress)


@dataclass
class ImportOutcome:
    plan: Plan
    result: ApplyResult | None  # None when there was nothing to change (or a dry run)


def import_sync_file(store, path, *, dry_run: bool = False, choices=None,
                     progress: Progress = NO_PROGRESS) -> ImportOutcome:
    plan = preview_import(store, path, progress)
    if dry_run or not plan.has_work:
        return ImportOutcome(plan, None)
    return ImportOutcome(plan, apply_plan(store, plan, choices, progress))
