"""The figures of a period's summary, gathered with SQL aggregates (fast on a large store).

What "in the period" means, for each table:
- activities: their day is in the period;
- partnerships: they were under way at some time in the period — started on or before its
  last day (or no start date) and not ended before its first day (or no end date);
- diagnostics: started in the period; a superseded revision is left out (its newer revision
  counts), and mean scores are over the diagnostics that have a score for the volet;
- actions (of those diagnostics' communes and any other): due in the period, or due before it
  and still open; "en retard" when still open after its due date (as of today, or of the end
  of the period when the period is over).
Deleted records (tombstones) never count.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from catalyseur_app.diagnostics import DiagnosticError
from catalyseur_app.diagnostics.kits import load_installed
from catalyseur_app.domain.text import sort_key
from catalyseur_app.domain.vocabularies import (
    DIAGNOSTIC_STATUSES,
    METIERS,
    MISSIONS,
    ODD,
    PARTNERSHIP_FORMS,
    PARTNERSHIP_STAGES,
    metier_of,
)
from catalyseur_app.kit import Kit, compute_scores
from catalyseur_app.messages import t
from catalyseur_app.progress import NO_PROGRESS, Progress
from catalyseur_app.reports.data import (
    LANG,
    OPEN_ACTION_STATUSES,
    ActionItem,
    Card,
    ReportError,
    _actions,
    catalyseur_card,
    commune_name,
)
from catalyseur_app.store import Store
from catalyseur_app.store.models import (
    Activity,
    Diagnostic,
    DiagnosticAction,
    DiagnosticAnswer,
    Partnership,
    PartnershipCommune,
    PartnershipOdd,
)


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int
    code: str = ""


@dataclass(frozen=True)
class TimeRow:
    metier: str
    mission: str  # "" for a métier total
    activities: int
    minutes: int
    participants: int

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class PartnershipRow:
    title: str
    form: str
    stage: str
    start: _dt.date | None
    end: _dt.date | None
    money_eur: float | None
    communes: str
    odds: str
    inspiring: bool


@dataclass(frozen=True)
class DiagnosticRow:
    commune: str
    insee: str
    started_on: _dt.date
    status: str
    kit_version: str
    overall: float | None
    scores: tuple[float | None, ...]  # in the order of SummaryData.volets


@dataclass(frozen=True)
class MeanScore:
    volet: str
    mean: float | None
    diagnostics: int


@dataclass(frozen=True)
class SummaryData:
    start: _dt.date
    end: _dt.date
    generated_on: _dt.date
    catalyseur: Card
    metiers: tuple[TimeRow, ...]
    missions: tuple[TimeRow, ...]
    partnerships: tuple[PartnershipRow, ...]
    by_form: tuple[CountRow, ...]
    by_stage: tuple[CountRow, ...]
    by_odd: tuple[CountRow, ...]
    by_commune: tuple[CountRow, ...]
    volets: tuple[str, ...]
    diagnostics: tuple[DiagnosticRow, ...]
    mean_scores: tuple[MeanScore, ...]
    actions: tuple[ActionItem, ...]

    @property
    def activities(self) -> int:
        return sum(row.activities for row in self.metiers)

    @property
    def minutes(self) -> int:
        return sum(row.minutes for row in self.metiers)

    @property
    def overdue(self) -> int:
        return sum(1 for action in self.actions if action.overdue)


def last_quarter(today: _dt.date | None = None) -> tuple[_dt.date, _dt.date]:
    """The last complete calendar quarter before ``today``."""
    today = today or _dt.date.today()
    first_of_this = _dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_of_this - _dt.timedelta(days=1)
    return _dt.date(end.year, end.month - 2, 1), end


def summary_data(store: Store, start: _dt.date, end: _dt.date, *, today: _dt.date | None = None,
                 progress: Progress = NO_PROGRESS) -> SummaryData:
    if end < start:
        raise ReportError(t("La période est vide : le {end:%d/%m/%Y} est avant le {start:%d/%m/%Y}.",
                            end=end, start=start))
    today = today or _dt.date.today()
    with store.read() as session:
        progress.step(0, 5, t("Journal des métiers…"))
        metiers, missions = _time(session, start, end)
        progress.step(1, 5, t("Partenariats…"))
        partnerships, by_form, by_stage, by_odd, by_commune = _partnerships(session, start, end)
        progress.step(2, 5, t("Diagnostics…"))
        diagnostic_rows = session.execute(
            select(Diagnostic.id, Diagnostic.commune_insee, Diagnostic.started_on, Diagnostic.status,
                   Diagnostic.kit_id, Diagnostic.kit_version)
            .where(Diagnostic.deleted_at.is_(None), Diagnostic.status != "superseded",
                   Diagnostic.started_on.between(start, end))
            .order_by(Diagnostic.started_on, Diagnostic.commune_insee)).all()
        answers: dict[str, dict] = defaultdict(dict)
        ids = [row.id for row in diagnostic_rows]
        for chunk in range(0, len(ids), 500):
            for diagnostic_id, question, value in session.execute(
                    select(DiagnosticAnswer.diagnostic_id, DiagnosticAnswer.question, DiagnosticAnswer.value)
                    .where(DiagnosticAnswer.diagnostic_id.in_(ids[chunk:chunk + 500]),
                           DiagnosticAnswer.deleted_at.is_(None))):
                answers[diagnostic_id][question] = json.loads(value)
        progress.step(3, 5, t("Plan d'action…"))
        reference = min(today, end)
        wanted = or_(DiagnosticAction.due_date.between(start, end),
                     and_(DiagnosticAction.due_date < start, DiagnosticAction.status.in_(OPEN_ACTION_STATUSES)))
        communes = dict(session.execute(
            select(Diagnostic.id, Diagnostic.commune_insee).join(
                DiagnosticAction, DiagnosticAction.diagnostic_id == Diagnostic.id)
            .where(DiagnosticAction.deleted_at.is_(None), Diagnostic.deleted_at.is_(None),
                   Diagnostic.status != "superseded", wanted).distinct()).all())
        actions = _actions(session, list(communes), reference, condition=wanted,
                           communes={k: commune_name(v) for k, v in communes.items()})
        card = catalyseur_card(session)
    progress.step(4, 5, t("Notes des diagnostics…"))
    volets, diagnostics, means = _scores(store, diagnostic_rows, answers)
    return SummaryData(
        start=start, end=end, generated_on=today, catalyseur=card, metiers=metiers, missions=missions,
        partnerships=partnerships, by_form=by_form, by_stage=by_stage, by_odd=by_odd, by_commune=by_commune,
        volets=volets, diagnostics=diagnostics, mean_scores=means, actions=tuple(actions),
    )


def _time(session: Session, start, end) -> tuple[tuple[TimeRow, ...], tuple[TimeRow, ...]]:
    rows = session.execute(
        select(Activity.mission, func.count(), func.coalesce(func.sum(Activity.minutes), 0),
               func.coalesce(func.sum(Activity.participants), 0))
        .where(Activity.deleted_at.is_(None), Activity.day.between(start, end))
        .group_by(Activity.mission)).all()
    found: dict[str, tuple[int, int, int]] = {
        mission: (count, minutes or 0, people or 0) for mission, count, minutes, people in rows}
    missions = tuple(
        TimeRow(METIERS.label(metier_of(term.code), LANG), term.label(LANG), *found.get(term.code, (0, 0, 0)))
        for term in MISSIONS)
    metiers = []
    for metier in METIERS:
        mine = [found.get(t.code, (0, 0, 0)) for t in MISSIONS if metier_of(t.code) == metier.code]
        metiers.append(TimeRow(metier.label(LANG), "", sum(m[0] for m in mine), sum(m[1] for m in mine),
                               sum(m[2] for m in mine)))
    return tuple(metiers), missions


def _partnerships(session: Session, start, end):
    in_period = and_(
        Partnership.deleted_at.is_(None),
        or_(Partnership.start_date.is_(None), Partnership.start_date <= end),
        or_(Partnership.end_date.is_(None), Partnership.end_date >= start),
    )
    rows = session.execute(
        select(Partnership.id, Partnership.title, Partnership.form, Partnership.stage, Partnership.start_date,
               Partnership.end_date, Partnership.money_eur, Partnership.inspiring)
        .where(in_period).order_by(Partnership.start_date.is_(None), Partnership.start_date, Partnership.title)).all()
    ids = select(Partnership.id).where(in_period).scalar_subquery()
    communes_of: dict[str, list[str]] = defaultdict(list)
    commune_counts: dict[str, int] = defaultdict(int)
    for partnership_id, insee in session.execute(
            select(PartnershipCommune.partnership_id, PartnershipCommune.insee)
            .where(PartnershipCommune.partnership_id.in_(ids))):
        communes_of[partnership_id].append(insee)
        commune_counts[insee] += 1
    odds_of: dict[str, list[int]] = defaultdict(list)
    for partnership_id, odd in session.execute(
            select(PartnershipOdd.partnership_id, PartnershipOdd.odd).where(PartnershipOdd.partnership_id.in_(ids))):
        odds_of[partnership_id].append(odd)
    names: dict[str, str] = {}

    def name(insee: str) -> str:
        if insee not in names:
            names[insee] = commune_name(insee)
        return names[insee]

    partnerships = tuple(sorted((PartnershipRow(
        row.title, PARTNERSHIP_FORMS.label(row.form, LANG), PARTNERSHIP_STAGES.label(row.stage, LANG),
        row.start_date, row.end_date, row.money_eur,
        ", ".join(sorted((name(c) for c in communes_of.get(row.id, ())), key=sort_key)),
        ", ".join(str(o) for o in sorted(odds_of.get(row.id, ()))), bool(row.inspiring),
    ) for row in rows), key=lambda p: (p.start is None, p.start or _dt.date.min, sort_key(p.title))))
    forms: defaultdict[str, int] = defaultdict(int)
    stages: defaultdict[str, int] = defaultdict(int)
    for row in rows:
        forms[row.form] += 1
        stages[row.stage] += 1
    odd_counts: defaultdict[int, int] = defaultdict(int)
    for odds in odds_of.values():
        for odd in odds:
            odd_counts[odd] += 1
    by_form = tuple(CountRow(t.label(LANG), forms.get(t.code, 0), t.code) for t in PARTNERSHIP_FORMS)
    by_stage = tuple(CountRow(t.label(LANG), stages.get(t.code, 0), t.code) for t in PARTNERSHIP_STAGES)
    by_odd = tuple(CountRow(f"ODD {t.code} — {t.label(LANG)}", odd_counts.get(int(t.code), 0), t.code) for t in ODD)
    by_commune = tuple(sorted((CountRow(name(insee), count, insee) for insee, count in commune_counts.items()),
                              key=lambda r: (-r.count, sort_key(r.label))))
    return partnerships, by_form, by_stage, by_odd, by_commune


def _scores(store: Store, rows, answers) -> tuple[tuple[str, ...], tuple[DiagnosticRow, ...], tuple[MeanScore, ...]]:
    kits: dict[tuple[str, str], Kit | None] = {}
    volet_order: dict[str, str] = {}  # volet name -> label, in first-seen kit order
    computed = []
    for row in rows:
        key = (row.kit_id, row.kit_version)
        if key not in kits:
            try:
                kits[key] = load_installed(store, *key)
            except DiagnosticError:
                kits[key] = None  # a kit not installed here: the diagnostic is listed without scores
        kit = kits[key]
        scores = compute_scores(kit, answers.get(row.id, {}), today=row.started_on) if kit else None
        if kit:
            for volet in kit.volets:
                volet_order.setdefault(volet.name, volet.label.get(LANG))
        computed.append((row, scores))
    names = list(volet_order)
    diagnostics, values = [], defaultdict(list)
    for row, scores in computed:
        per_volet = tuple(
            scores.volets[n].score if scores and n in scores.volets else None for n in names)
        for name, value in zip(names, per_volet, strict=True):
            if value is not None:
                values[name].append(value)
        diagnostics.append(DiagnosticRow(
            commune_name(row.commune_insee), row.commune_insee, row.started_on,
            DIAGNOSTIC_STATUSES.label(row.status, LANG), row.kit_version,
            scores.overall if scores else None, per_volet))
    means = tuple(MeanScore(volet_order[n], sum(values[n]) / len(values[n]) if values[n] else None, len(values[n]))
                  for n in names)
    return tuple(volet_order[n] for n in names), tuple(diagnostics), means
