"""Which backups to keep, as Anki does: automatic copies thin out with age, event copies by count.

Automatic copies (every 30 minutes of editing, and at close): the 4 newest, then the newest of each
of the last 7 days, 4 weeks and 12 months that have one (days, weeks and months of the local
calendar). Copies made before an import, a migration, a restore, or by hand: the 10 newest of each
reason.

Two copies are never deleted, whatever the rules say (issue 10, defect 3):
- the newest copy made before each kind of destructive event (import, migration, restore);
- the newest copy holding more rows, in some main table, than the database as it is now: if the
  database lost data (replaced by an empty one, a mass deletion), rotation does not delete the last
  copy that still has it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

from .backup_reasons import (
    AUTOMATIC,
    BEFORE_CONSOLIDATION,
    BEFORE_IMPORT,
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    CLOSING,
    MAIN_TABLES,
)


class BackupCopy(Protocol):
    """What the rules read of a backup (``backup.BackupInfo`` is one)."""

    path: Path
    created_at: datetime
    reason: str

    def counts_on_demand(self) -> dict[str, int]: ...

PERIODIC = (AUTOMATIC, CLOSING)
DESTRUCTIVE_EVENTS = (BEFORE_IMPORT, BEFORE_MIGRATION, BEFORE_RESTORE, BEFORE_CONSOLIDATION)
RECENT = 4
DAILY, WEEKLY, MONTHLY = 7, 4, 12
KEEP_PER_REASON = 10


def backups_to_delete(backups: Sequence[BackupCopy], current: dict[str, int]) -> list[BackupCopy]:
    """``backups`` newest first; ``current`` the row counts of the database now."""
    keep: set[Path] = set()
    periodic = [info for info in backups if info.reason in PERIODIC]
    keep.update(info.path for info in periodic[:RECENT])
    for period, count in ((_day, DAILY), (_week, WEEKLY), (_month, MONTHLY)):
        keep.update(_newest_per_period(periodic, period, count))
    for reason in {info.reason for info in backups} - set(PERIODIC):
        of_reason = [info for info in backups if info.reason == reason]
        keep.update(info.path for info in of_reason[:KEEP_PER_REASON])
    for reason in DESTRUCTIVE_EVENTS:
        newest = next((info for info in backups if info.reason == reason), None)
        if newest is not None:
            keep.add(newest.path)
    richer = next((info for info in backups if _holds_more(info, current)), None)
    if richer is not None:
        keep.add(richer.path)
    return [info for info in backups if info.path not in keep]


def _holds_more(info: BackupCopy, current: dict[str, int]) -> bool:
    try:
        counts = info.counts_on_demand()
    except (sqlite3.Error, OSError):  # an unreadable copy holds nothing we could restore
        return False
    return any(counts.get(name, 0) > current.get(name, 0) for name in MAIN_TABLES)


def _newest_per_period(backups: list[BackupCopy], period: Callable[[datetime], object], count: int) -> list[Path]:
    seen: list[object] = []
    kept = []
    for info in backups:
        key = period(info.created_at.astimezone())
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.append(key)
        kept.append(info.path)
    return kept


def _day(moment: datetime) -> object:
    return moment.date()


def _week(moment: datetime) -> object:
    return moment.isocalendar()[:2]


def _month(moment: datetime) -> object:
    return moment.year, moment.month
