"""The figures of the Tableau de bord, each one SQL query (no Qt, no Python loop over records).

``dashboard_data(store)`` reads them all in one session; each query is also usable on its own
with a session. Deleted records (tombstones), merged actors, erased contacts and superseded
diagnostics are left out everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from catalyseur_app.domain.vocabularies import (
    DIAGNOSTIC_STATUSES, METIERS, ODD, PARTNERSHIP_FORMS, PARTNERSHIP_STAGES,
)
from catalyseur_app.store.models import (
    Activity, Actor, Contact, Diagnostic, DiagnosticAction, Partnership, PartnershipOdd,
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


def _live_partnerships():
    return Partnership.deleted_at.is_(None)


def minutes_per_metier_per_day(session: Session, first: date, last: date) -> list[tuple[str, date, int]]:
    """(métier, day, minutes) for every day with activities between ``first`` and ``last``."""
    # date(day) keeps SQLite from choosing ix_activities_day: walking the covering
    # (metier, day, minutes, deleted_at) index in order needs neither the rows nor a sort.
    day_text = func.date(Activity.day)
    rows = session.execute(
        select(Activity.metier, Activity.day, func.sum(Activity.minutes))
        .where(Activity.deleted_at.is_(None), day_text >= first.isoformat(), day_text <= last.isoformat())
        .group_by(Activity.metier, Activity.day)
    ).all()
    return [(metier, day, int(minutes or 0)) for metier, day, minutes in rows]


def minutes_per_metier_per_month(session: Session, today: date | None = None, months: int = 12) -> MonthlyMinutes:
    today = today or date.today()
    starts = month_starts(today, months)
    position = {(start.year, start.month): i for i, start in enumerate(starts)}
    by_metier = {code: [0] * len(starts) for code in METIERS.codes()}
    for metier, day, minutes in minutes_per_metier_per_day(session, starts[0], today):
        by_metier.setdefault(metier, [0] * len(starts))[position[(day.year, day.month)]] += minutes
    return MonthlyMinutes(starts, by_metier)


def _count_by(session: Session, column, codes, *where) -> dict:
    rows = session.execute(select(column, func.count()).where(*where).group_by(column)).all()
    counts = {code: 0 for code in codes}
    for code, count in rows:
        counts[code] = count
    return counts


def partnerships_by_form(session: Session) -> dict[str, int]:
    return _count_by(session, Partnership.form, PARTNERSHIP_FORMS.codes(), _live_partnerships())


def partnerships_by_stage(session: Session) -> dict[str, int]:
    return _count_by(session, Partnership.stage, PARTNERSHIP_STAGES.codes(), _live_partnerships())


def partnerships_by_odd(session: Session) -> dict[int, int]:
    # Deleted partnerships are few: excluding them is cheaper than joining every live one.
    deleted = select(Partnership.id).where(Partnership.deleted_at.is_not(None))
    rows = session.execute(
        select(PartnershipOdd.odd, func.count())
        .where(PartnershipOdd.partnership_id.not_in(deleted))
        .group_by(PartnershipOdd.odd)
    ).all()
    counts = {int(code): 0 for code in ODD.codes()}
    for odd, count in rows:
        counts[int(odd)] = count
    return counts


def diagnostics_by_status(session: Session) -> dict[str, int]:
    return _count_by(session, Diagnostic.status, DIAGNOSTIC_STATUSES.codes(), Diagnostic.deleted_at.is_(None))


def upcoming_actions(session: Session, today: date | None = None, days: int = UPCOMING_DAYS,
                     limit: int = 50) -> list[UpcomingAction]:
    """Open actions of current diagnostics due within ``days`` (overdue ones included), soonest first."""
    today = today or date.today()
    rows = session.execute(
        select(DiagnosticAction.id, DiagnosticAction.title, DiagnosticAction.due_date, DiagnosticAction.status,
               Diagnostic.id, Diagnostic.commune_insee)
        .join(Diagnostic, Diagnostic.id == DiagnosticAction.diagnostic_id)
        .where(
            DiagnosticAction.deleted_at.is_(None), Diagnostic.deleted_at.is_(None),
            Diagnostic.status != "superseded",
            DiagnosticAction.status.in_(OPEN_ACTION_STATUSES),
            DiagnosticAction.due_date.is_not(None),
            DiagnosticAction.due_date <= today + timedelta(days=days),
        )
        .order_by(DiagnosticAction.due_date, DiagnosticAction.title)
        .limit(limit)
    ).all()
    return [UpcomingAction(*row) for row in rows]


def totals(session: Session, today: date | None = None) -> Totals:
    today = today or date.today()
    year_ago = month_starts(today, 12)[0]
    live_partnership = _live_partnerships()
    partnership_row = session.execute(
        select(
            func.count(),
            func.count().filter(Partnership.stage == "active"),
            func.count().filter(Partnership.inspiring.is_(True)),
        ).where(live_partnership)
    ).one()
    day_text = func.date(Activity.day)
    activity_row = session.execute(
        select(func.count(), func.coalesce(func.sum(Activity.minutes), 0))
        .where(Activity.deleted_at.is_(None), day_text >= year_ago.isoformat(), day_text <= today.isoformat())
    ).one()
    return Totals(
        actors=session.scalar(select(func.count()).select_from(Actor).where(
            Actor.deleted_at.is_(None), Actor.merged_into_id.is_(None))) or 0,
        contacts=session.scalar(select(func.count()).select_from(Contact).where(
            Contact.deleted_at.is_(None), Contact.erased_at.is_(None))) or 0,
        partnerships=partnership_row[0],
        active_partnerships=int(partnership_row[1]),
        inspiring_partnerships=int(partnership_row[2]),
        activities_last_12_months=activity_row[0],
        minutes_last_12_months=int(activity_row[1]),
        diagnostics=session.scalar(select(func.count()).select_from(Diagnostic).where(
            and_(Diagnostic.deleted_at.is_(None), Diagnostic.status != "superseded"))) or 0,
    )


def dashboard_data(store, today: date | None = None) -> DashboardData:
    today = today or date.today()
    with store.read() as session:
        return DashboardData(
            today=today,
            totals=totals(session, today),
            minutes=minutes_per_metier_per_month(session, today),
            by_form=partnerships_by_form(session),
            by_stage=partnerships_by_stage(session),
            by_odd=partnerships_by_odd(session),
            diagnostics_by_status=diagnostics_by_status(session),
            upcoming=upcoming_actions(session, today),
        )
