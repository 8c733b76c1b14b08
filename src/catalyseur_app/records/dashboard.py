"""The figures of the Tableau de bord, each one SQL query (no Qt, no Python loop over records).

``dashboard_data(store)`` reads them all; each query is also usable on its own with a store.
Deleted records (tombstones), merged actors, erased contacts and superseded diagnostics are left
out everywhere. The dashboard is the window's first screen, shown before SQLAlchemy is loaded:
these queries are plain SQL run by ``Store.query``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from catalyseur_app.domain.vocabularies import (
    DIAGNOSTIC_STATUSES,
    METIERS,
    ODD,
    PARTNERSHIP_FORMS,
    PARTNERSHIP_STAGES,
)

OPEN_ACTION_STATUSES = ("todo", "doing")
UPCOMING_DAYS = 30


@dataclass(frozen=True)
class MonthlyMinutes:
    """Minutes per métier for each of the last months, oldest first (``months`` are 1st days)."""

    months: list[date]
    by_metier: dict[str, list[int]]

    def total(self, metier: str | None = None) -> int:
        if metier is not None:
            return sum(self.by_metier.get(metier, ()))
        return sum(sum(values) for values in self.by_metier.values())


@dataclass(frozen=True)
class UpcomingAction:
    id: str
    title: str
    due_date: date | None
    status: str
    diagnostic_id: str
    commune_insee: str

    def is_overdue(self, today: date) -> bool:
        return self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class Totals:
    actors: int = 0
    contacts: int = 0
    partnerships: int = 0
    active_partnerships: int = 0
    inspiring_partnerships: int = 0
    activities_last_12_months: int = 0
    minutes_last_12_months: int = 0
    diagnostics: int = 0


@dataclass(frozen=True)
class DashboardData:
    today: date
    totals: Totals
    minutes: MonthlyMinutes
    by_form: dict[str, int]
    by_stage: dict[str, int]
    by_odd: dict[int, int]
    diagnostics_by_status: dict[str, int]
    upcoming: list[UpcomingAction] = field(default_factory=list)


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def month_starts(today: date, months: int = 12) -> list[date]:
    """The first day of each of the ``months`` months ending with today's, oldest first."""
    year, month = today.year, today.month
    starts = []
    for _ in range(months):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def minutes_per_metier_per_day(store, first: date, last: date) -> list[tuple[str, date, int]]:
    """(métier, day, minutes) for every day with activities between ``first`` and ``last``."""
    # date(day) keeps SQLite from choosing ix_activities_day: walking the covering
    # (metier, day, minutes, deleted_at) index in order needs neither the rows nor a sort.
    rows = store.query(
        "SELECT metier, day, sum(minutes) FROM activities"
        " WHERE deleted_at IS NULL AND date(day) >= ? AND date(day) <= ? GROUP BY metier, day",
        (first.isoformat(), last.isoformat()))
    return [(metier, date.fromisoformat(day), int(minutes or 0)) for metier, day, minutes in rows]


def minutes_per_metier_per_month(store, today: date | None = None, months: int = 12) -> MonthlyMinutes:
    today = today or date.today()
    starts = month_starts(today, months)
    position = {(start.year, start.month): i for i, start in enumerate(starts)}
    by_metier = {code: [0] * len(starts) for code in METIERS.codes()}
    for metier, day, minutes in minutes_per_metier_per_day(store, starts[0], today):
        by_metier.setdefault(metier, [0] * len(starts))[position[(day.year, day.month)]] += minutes
    return MonthlyMinutes(starts, by_metier)


def _count_by(store, table: str, column: str, codes, where: str) -> dict:
    counts = {code: 0 for code in codes}
    for code, count in store.query(f"SELECT {column}, count(*) FROM {table} WHERE {where} GROUP BY {column}"):
        counts[code] = count
    return counts


def partnerships_by_form(store) -> dict[str, int]:
    return _count_by(store, "partnerships", "form", PARTNERSHIP_FORMS.codes(), "deleted_at IS NULL")


def partnerships_by_stage(store) -> dict[str, int]:
    return _count_by(store, "partnerships", "stage", PARTNERSHIP_STAGES.codes(), "deleted_at IS NULL")


def partnerships_by_odd(store) -> dict[int, int]:
    # Deleted partnerships are few: excluding them is cheaper than joining every live one.
    counts = {int(code): 0 for code in ODD.codes()}
    for odd, count in store.query(
        "SELECT odd, count(*) FROM partnership_odds"
        " WHERE partnership_id NOT IN (SELECT id FROM partnerships WHERE deleted_at IS NOT NULL) GROUP BY odd"
    ):
        counts[int(odd)] = count
    return counts


def diagnostics_by_status(store) -> dict[str, int]:
    return _count_by(store, "diagnostics", "status", DIAGNOSTIC_STATUSES.codes(), "deleted_at IS NULL")


def upcoming_actions(store, today: date | None = None, days: int = UPCOMING_DAYS,
                     limit: int = 50) -> list[UpcomingAction]:
    """Open actions of current diagnostics due within ``days`` (overdue ones included), soonest first."""
    today = today or date.today()
    statuses = ", ".join("?" * len(OPEN_ACTION_STATUSES))
    rows = store.query(
        "SELECT a.id, a.title, a.due_date, a.status, d.id, d.commune_insee"
        " FROM diagnostic_actions a JOIN diagnostics d ON d.id = a.diagnostic_id"
        " WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL AND d.status != 'superseded'"
        f" AND a.status IN ({statuses}) AND a.due_date IS NOT NULL AND a.due_date <= ?"
        " ORDER BY a.due_date, a.title LIMIT ?",
        (*OPEN_ACTION_STATUSES, (today + timedelta(days=days)).isoformat(), limit))
    return [UpcomingAction(id_, title, date.fromisoformat(due), status, diagnostic_id, insee)
            for id_, title, due, status, diagnostic_id, insee in rows]


def totals(store, today: date | None = None) -> Totals:
    today = today or date.today()
    year_ago = month_starts(today, 12)[0]
    partnerships, active, inspiring = store.query(
        "SELECT count(*), count(*) FILTER (WHERE stage = 'active'), count(*) FILTER (WHERE inspiring)"
        " FROM partnerships WHERE deleted_at IS NULL")[0]
    activities, minutes = store.query(
        "SELECT count(*), coalesce(sum(minutes), 0) FROM activities"
        " WHERE deleted_at IS NULL AND date(day) >= ? AND date(day) <= ?",
        (year_ago.isoformat(), today.isoformat()))[0]

    def count(table: str, where: str) -> int:
        return store.query(f"SELECT count(*) FROM {table} WHERE {where}")[0][0]

    return Totals(
        actors=count("actors", "deleted_at IS NULL AND merged_into_id IS NULL"),
        contacts=count("contacts", "deleted_at IS NULL AND erased_at IS NULL"),
        partnerships=partnerships,
        active_partnerships=active,
        inspiring_partnerships=inspiring,
        activities_last_12_months=activities,
        minutes_last_12_months=int(minutes),
        diagnostics=count("diagnostics", "deleted_at IS NULL AND status != 'superseded'"),
    )


def dashboard_data(store, today: date | None = None) -> DashboardData:
    today = today or date.today()
    return DashboardData(
        today=today,
        totals=totals(store, today),
        minutes=minutes_per_metier_per_month(store, today),
        by_form=partnerships_by_form(store),
        by_stage=partnerships_by_stage(store),
        by_odd=partnerships_by_odd(store),
        diagnostics_by_status=diagnostics_by_status(store),
        upcoming=upcoming_actions(store, today),
    )
