"""The journal des métiers: log, edit, delete activities, "repeat last", and the timeline.

    draft = ActivityDraft(day=date.today(), metier="dialogue", mission="dialogue.rencontres",
                          title="Petit-déjeuner des acteurs", minutes=90, communes=["15014"])
    operation = log_activity(store, draft)                # raises ValidationError; subject_id = id
    operation = update_activity(store, activity_id, draft)
    operation = delete_activity(store, activity_id)       # to the trash (records.trash)
    draft = load_activity(store, activity_id)
    draft = repeat_last(store)                            # the last logged entry, dated today
    buckets = timeline(store, "week" | "month", first, last)   # minutes per métier per period

Field keys of ``ValidationError.field_errors``: day, metier, mission, title, minutes,
participants, outcome, communes, actors, partnership.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalyseur_app.domain import validators as check
from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.domain.vocabularies import METIERS, MISSIONS, metier_of
from catalyseur_app.formatting import format_number
from catalyseur_app.messages import current_language, t, translatable
from catalyseur_app.records.collections import make_collection_equal
from catalyseur_app.records.dashboard import minutes_per_metier_per_day
from catalyseur_app.records.errors import RecordNotFound
from catalyseur_app.records.trash import delete_records
from catalyseur_app.records.undo import Operation, save_draft
from catalyseur_app.store.models import Activity, ActivityActor, ActivityCommune, Actor, Partnership

Link = TypeVar("Link", ActivityCommune, ActivityActor)

MAX_MINUTES = 24 * 60
MAX_PARTICIPANTS = 100_000


@dataclass
class ActivityDraft:
    day: date | None = None
    metier: str = ""
    mission: str = ""
    title: str = ""
    minutes: int = 0
    participants: int | None = None
    outcome: str = ""
    communes: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    partnership_id: str | None = None
    version: int | None = field(default=None, compare=False)  # as loaded; None: not checked


def validate_activity(store_or_session, draft: ActivityDraft) -> dict[str, str]:
    if isinstance(store_or_session, Session):
        return _validate(store_or_session, draft)
    with store_or_session.read() as session:
        return _validate(session, draft)


def _validate(session: Session, draft: ActivityDraft) -> dict[str, str]:
    errors: dict[str, str] = {}

    def put(key: str, message: str | None) -> None:
        if message and key not in errors:
            errors[key] = message

    if draft.day is None:
        put("day", t("Indiquez la date de l'activité."))
    if not draft.metier:
        put("metier", t("Choisissez le métier."))
    elif draft.metier not in METIERS:
        put("metier", t("Le métier « {metier} » n'existe pas.", metier=draft.metier))
    if not draft.mission:
        put("mission", t("Choisissez la mission."))
    elif draft.mission not in MISSIONS:
        put("mission", t("La mission « {mission} » n'existe pas.", mission=draft.mission))
    elif draft.metier in METIERS and metier_of(draft.mission) != draft.metier:
        put("mission", t("La mission « {mission} » n'appartient pas au métier « {metier} ».",
                         mission=MISSIONS.label(draft.mission, current_language()),
                         metier=METIERS.label(draft.metier, current_language())))
    put("title", check.check_name(draft.title, translatable("Intitulé")))
    put("outcome", check.check_notes(draft.outcome, translatable("Résultat")))
    if not isinstance(draft.minutes, int) or draft.minutes < 0:
        put("minutes", t("Le temps passé ne peut pas être négatif."))
    elif draft.minutes > MAX_MINUTES:
        put("minutes", t("Le temps passé dépasse 24 heures : saisissez une activité par journée."))
    if draft.participants is not None and not 0 <= draft.participants <= MAX_PARTICIPANTS:
        put("participants", t("Le nombre de participants doit être compris entre 0 et {maximum}.",
                              maximum=format_number(MAX_PARTICIPANTS)))
    index = get_commune_index()
    unknown = [code for code in draft.communes if index.get(code) is None]
    if unknown:
        put("communes", t("Commune inconnue (code INSEE {codes}) : choisissez-la dans la liste.",
                          codes=", ".join(unknown[:3])))
    if draft.actors:
        live = set(session.scalars(select(Actor.id).where(
            Actor.id.in_(draft.actors), Actor.deleted_at.is_(None), Actor.merged_into_id.is_(None))))
        if live != set(draft.actors):
            put("actors", t("Un des acteurs n'existe plus (supprimé ou fusionné) : retirez-le de la liste."))
    if draft.partnership_id:
        partnership = session.get(Partnership, draft.partnership_id)
        if partnership is None or partnership.deleted_at is not None:
            put("partnership", t("Ce partenariat n'existe plus : choisissez-en un autre ou aucun."))
    return errors


def _clean(draft: ActivityDraft) -> ActivityDraft:
    return replace(
        draft, title=draft.title.strip(), outcome=draft.outcome.strip(),
        communes=list(dict.fromkeys(c.strip().upper() for c in draft.communes if c and c.strip())),
        actors=list(dict.fromkeys(a for a in draft.actors if a)),
        partnership_id=draft.partnership_id or None,
    )


_SCALAR_FIELDS = ("day", "metier", "mission", "title", "minutes", "participants", "outcome", "partnership_id")


def log_activity(store, draft: ActivityDraft) -> Operation:
    """Save a new journal entry; the Operation's ``subject_id`` is its id."""
    draft = _clean(draft)
    return save_draft(store, draft, model=Activity, fields=_SCALAR_FIELDS, validate=_validate,
                      write_links=_write_links, description=t("Noter l'activité « {title} »", title=draft.title))


def update_activity(store, activity_id: str, draft: ActivityDraft) -> Operation:
    draft = _clean(draft)
    return save_draft(store, draft, model=Activity, fields=_SCALAR_FIELDS, validate=_validate,
                      write_links=_write_links, description=t("Modifier l'activité « {title} »", title=draft.title),
                      load=lambda session: _live(session, activity_id))


def delete_activity(store, activity_id: str) -> Operation:
    return delete_records(store, "activities", [activity_id])


def load_activity(store, activity_id: str) -> ActivityDraft:
    with store.read() as session:
        return _draft_of(_live(session, activity_id))


def repeat_last(store, today: date | None = None) -> ActivityDraft | None:
    """A draft copied from the last logged activity, dated today (None when the journal is empty)."""
    with store.read() as session:
        last = session.scalars(
            select(Activity).where(Activity.deleted_at.is_(None))
            .order_by(Activity.created_at.desc(), Activity.day.desc()).limit(1)
        ).first()
        if last is None:
            return None
        return replace(_draft_of(last), day=today or date.today(), version=None)


def _draft_of(activity: Activity) -> ActivityDraft:
    return ActivityDraft(
        **{name: getattr(activity, name) for name in _SCALAR_FIELDS},
        communes=sorted(c.insee for c in activity.communes),
        actors=[a.actor_id for a in activity.actors],
        version=activity.version,
    )


def _live(session: Session, activity_id: str) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted_at is not None:
        raise RecordNotFound(translatable("Cette activité"))
    return activity


def _write_links(session: Session, activity: Activity, draft: ActivityDraft) -> None:
    make_collection_equal(activity.communes, draft.communes, lambda code: ActivityCommune(insee=code),
                          lambda row: row.insee)
    make_collection_equal(activity.actors, draft.actors, lambda code: ActivityActor(actor_id=code),
                          lambda row: row.actor_id)


# -- timeline ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class TimelineBucket:
    """One week (starting on Monday) or one month (starting on the 1st) of the journal."""

    start: date
    end: date  # last day included
    minutes_by_metier: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.minutes_by_metier.values())

    @property
    def iso_week(self) -> tuple[int, int]:
        year, week, _ = self.start.isocalendar()
        return year, week


def _bucket_start(day: date, granularity: str) -> date:
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    raise ValueError(f"unknown granularity {granularity!r}")


def _next_start(start: date, granularity: str) -> date:
    if granularity == "week":
        return start + timedelta(days=7)
    return date(start.year + (start.month == 12), start.month % 12 + 1, 1)


def timeline(store, granularity: str = "week", first: date | None = None,
             last: date | None = None) -> list[TimelineBucket]:
    """Minutes per métier for every ISO week or month from ``first`` to ``last`` (empty ones too).

    Defaults: the last 12 weeks, or the last 12 months, ending today. SQLite sums the minutes
    per métier and day (over a covering index); the days are then gathered into periods.
    """
    last = last or date.today()
    if first is None:
        first = last - timedelta(weeks=11) if granularity == "week" else date(last.year - 1, last.month, 1)
        first = _next_start(first, "month") if granularity == "month" else first
    start = _bucket_start(first, granularity)
    buckets: dict[date, dict[str, int]] = {}
    while start <= last:
        buckets[start] = {code: 0 for code in METIERS.codes()}
        start = _next_start(start, granularity)
    for metier, day, minutes in minutes_per_metier_per_day(store, first, last):
        bucket = buckets[_bucket_start(day, granularity)]
        bucket[metier] = bucket.get(metier, 0) + minutes
    return [
        TimelineBucket(start, min(_next_start(start, granularity) - timedelta(days=1), last), values)
        for start, values in buckets.items()
    ]
