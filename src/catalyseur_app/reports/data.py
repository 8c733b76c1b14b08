"""Everything a document shows, gathered from the store into plain values (the one place that reads).

The documents (``diagnostic_report``, ``partnership_sheet``, ``summary_pdf``, ``summary_xlsx``)
only lay these values out, so they can be tested on hand-made values and never query anything.
Scores and relevance come from the kit engine, kits from ``load_installed``: never recomputed here.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalyseur_app.diagnostics import DiagnosticError
from catalyseur_app.diagnostics.kits import load_installed
from catalyseur_app.diagnostics.sessions import load_answers
from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.domain.text import sort_key
from catalyseur_app.domain.vocabularies import (
    ACTION_STATUSES,
    ACTOR_KINDS,
    ACTOR_WORLDS,
    CONTACT_ROLES,
    DIAGNOSTIC_STATUSES,
    NEEDS,
    ODD,
    PARTNER_ROLES,
    PARTNERSHIP_FORMS,
    PARTNERSHIP_STAGES,
    WORLD_OF_KIND,
)
from catalyseur_app.kit import AXES, compute_scores, evaluate, normalised_score, priority_volets
from catalyseur_app.messages import t
from catalyseur_app.profile import own_profile
from catalyseur_app.reports.formatting import french_date, french_number
from catalyseur_app.store import Store
from catalyseur_app.store.models import (
    Actor,
    Contact,
    Diagnostic,
    DiagnosticAction,
    DiagnosticParticipant,
    DiagnosticPriority,
    Partnership,
    PartnershipCommune,
    PartnershipPartner,
)
from catalyseur_app.user_errors import UserError

LANG = "fr"
OPEN_ACTION_STATUSES = ("todo", "doing")
CURRENT_STAGES = ("active", "construction", "emergence", "pause")  # not "terminee"


class ReportError(UserError):
    """The document cannot be made; the message is French, for the person."""


@dataclass(frozen=True)
class Card:
    """The catalyseur who signs the document."""

    name: str
    structure: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class CommuneInfo:
    insee: str
    name: str
    department: str = ""  # « Cantal (15) »
    region: str = ""
    epci: str = ""
    population: int | None = None


@dataclass(frozen=True)
class AnswerItem:
    question: str
    answer: str  # as a person reads it; "" when not answered
    score: float | None = None  # 0–100 for a scored question
    long_text: bool = False  # a text answer, shown as prose rather than in the table


@dataclass(frozen=True)
class VoletReport:
    name: str
    label: str
    axis: str  # label of its axis, "" when none
    score: float | None
    answered: int
    scored: int
    hint: str = ""
    answers: tuple[AnswerItem, ...] = ()
    observations: tuple[tuple[str, str], ...] = ()  # (question, text)
    flagged_priority: bool = False


@dataclass(frozen=True)
class PriorityItem:
    rank: int
    volet: str
    note: str = ""


@dataclass(frozen=True)
class ActionItem:
    title: str
    lead: str
    partners: str
    due: _dt.date | None
    status: str
    overdue: bool = False
    commune: str = ""


@dataclass(frozen=True)
class PartnershipItem:
    title: str
    form: str
    stage: str
    partners: str
    start: _dt.date | None = None


@dataclass(frozen=True)
class DiagnosticReportData:
    diagnostic_id: str
    commune: CommuneInfo
    started_on: _dt.date
    finalised_on: _dt.date | None
    status: str
    provisional: bool
    revision: int
    participants: tuple[tuple[str, str], ...]  # (name, role)
    catalyseur: Card
    kit_title: str
    kit_version: str
    volets: tuple[VoletReport, ...]
    axes: tuple[tuple[str, float | None], ...]
    overall: float | None
    priorities: tuple[PriorityItem, ...]
    actions: tuple[ActionItem, ...]
    partnerships: tuple[PartnershipItem, ...]
    notes: str
    generated_on: _dt.date
    replaced_on: _dt.date | None = None  # a superseded revision: the start of the revision that replaced it
    superseded: bool = False


@dataclass(frozen=True)
class PartnerItem:
    name: str
    kind: str
    world: str
    role: str
    commune: str = ""


@dataclass(frozen=True)
class PartnershipSheetData:
    partnership_id: str
    title: str
    description: str
    form: str
    stage: str
    start: _dt.date | None
    end: _dt.date | None
    partners: tuple[PartnerItem, ...]
    worlds: tuple[str, ...]
    odds: tuple[tuple[int, str], ...]
    needs: tuple[str, ...]
    communes: tuple[str, ...]
    money_eur: float | None
    in_kind: str
    skills: str
    outcomes: str
    inspiring: bool
    catalyseur: Card
    generated_on: _dt.date


# --- shared look-ups -----------------------------------------------------------------------

def commune_info(insee: str | None) -> CommuneInfo:
    commune = get_commune_index().get(insee) if insee else None
    if commune is None:
        return CommuneInfo(insee or "", insee or "Commune inconnue")
    return CommuneInfo(
        commune.insee, commune.name, f"{commune.department_name} ({commune.department_code})",
        commune.region_name, commune.epci_name or "", commune.population,
    )


def commune_name(insee: str | None) -> str:
    commune = get_commune_index().get(insee) if insee else None
    return commune.name if commune is not None else (insee or "")


def catalyseur_card(session: Session) -> Card:
    profile = own_profile(session)
    if profile is None:
        return Card("Catalyseur territorial")
    return Card(profile.full_name, profile.structure, profile.email, profile.phone)


def _actor_names(session: Session, ids: Sequence[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(session.execute(select(Actor.id, Actor.name).where(Actor.id.in_(wanted))).all())


# --- the diagnostic report -----------------------------------------------------------------

def diagnostic_report_data(store: Store, diagnostic_id: str, *, today: _dt.date | None = None) -> DiagnosticReportData:
    """All the mayor's report shows. Raises ReportError when the diagnostic cannot be reported."""
    today = today or _dt.date.today()
    with store.read() as session:
        diagnostic = session.get(Diagnostic, diagnostic_id)
        if diagnostic is None or diagnostic.deleted_at is not None:
            raise ReportError(t("Le diagnostic « {id} » n'existe pas (ou plus).", id=diagnostic_id))
        answers = load_answers(session, diagnostic.id)
        kit_id, kit_version = diagnostic.kit_id, diagnostic.kit_version
        status, started_on, revision = diagnostic.status, diagnostic.started_on, diagnostic.revision
        finalised_on = diagnostic.finalised_at.date() if diagnostic.finalised_at else None
        notes, insee = diagnostic.notes or "", diagnostic.commune_insee
        participants = _participants(session, diagnostic.id)
        replaced_on = session.scalar(
            select(Diagnostic.started_on).where(Diagnostic.revision_of_id == diagnostic.id,
                                                Diagnostic.deleted_at.is_(None))
            .order_by(Diagnostic.revision.desc()).limit(1))
        card = catalyseur_card(session)
        priority_rows = session.execute(
            select(DiagnosticPriority.rank, DiagnosticPriority.volet, DiagnosticPriority.note)
            .where(DiagnosticPriority.diagnostic_id == diagnostic.id, DiagnosticPriority.deleted_at.is_(None))
            .order_by(DiagnosticPriority.rank)).all()
        actions = action_items(session, [diagnostic.id], today)
        partnerships = _commune_partnerships(session, diagnostic.commune_insee)
    try:
        kit = load_installed(store, kit_id, kit_version)
    except DiagnosticError as error:
        raise ReportError(t("Le rapport ne peut pas être préparé : {error}", error=error)) from None
    state = evaluate(kit, answers, today=started_on)
    scores = compute_scores(kit, answers, state=state)
    flagged = set(priority_volets(kit, answers, state=state))
    volets = []
    for volet in kit.volets:
        if not state.is_relevant(volet.name):
            continue
        score = scores.volets[volet.name]
        items, observations = [], []
        for question in state.visible_questions(volet.name):
            if not question.answerable or question.role == "priority":
                continue
            label = question.label.get(LANG)
            text = format_answer(kit, question, answers.get(question.name))
            if question.role == "observation":
                if text:
                    observations.append((label, text))
                continue
            value = None
            if kit.is_scored(question):
                fraction = normalised_score(kit, question.name, answers.get(question.name))
                value = None if fraction is None else 100 * fraction
            items.append(AnswerItem(label, text, value, long_text=question.type == "text"))
        volets.append(VoletReport(
            volet.name, volet.label.get(LANG), AXES[volet.axis][LANG] if volet.axis and volet.axis in AXES else "",
            score.score, score.answered, score.scored, volet.hint.get(LANG), tuple(items),
            tuple(observations), volet.name in flagged,
        ))
    labels = {volet.name: volet.label.get(LANG) for volet in kit.volets}
    if priority_rows:
        priorities = tuple(PriorityItem(rank, labels.get(volet, volet), note or "")
                           for rank, volet, note in priority_rows)
    else:  # no ranked priorities recorded yet: the volets the answers flag, in kit order
        priorities = tuple(PriorityItem(n, labels[name]) for n, name in enumerate(
            (v.name for v in kit.volets if v.name in flagged), start=1))
    return DiagnosticReportData(
        diagnostic_id=diagnostic_id, commune=commune_info(insee), started_on=started_on,
        finalised_on=finalised_on, status=DIAGNOSTIC_STATUSES.label(status, LANG),
        provisional=status == "in_progress", revision=revision, participants=participants,
        catalyseur=card, kit_title=kit.title, kit_version=kit.version, volets=tuple(volets),
        axes=tuple((AXES[axis][LANG], value) for axis, value in scores.axes.items()),
        overall=scores.overall, priorities=priorities, actions=tuple(actions),
        partnerships=tuple(partnerships), notes=notes, generated_on=today,
        replaced_on=replaced_on, superseded=status == "superseded",
    )


def format_answer(kit, question, value) -> str:
    """An answer as a person reads it: choice labels, French dates and numbers."""
    if value is None or value == "" or value == []:
        return ""
    choices = kit.choices_of(question)
    if question.type == "select_one" and choices is not None:
        choice = choices.get(str(value))
        return choice.label.get(LANG) if choice else str(value)
    if question.type == "select_multiple" and choices is not None:
        names = value if isinstance(value, list) else str(value).split()
        return " ; ".join(choices.get(n).label.get(LANG) if choices.get(n) else n for n in names)
    if question.type == "date":
        try:
            return french_date(_dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if question.type in ("integer", "decimal") and isinstance(value, (int, float)):
        if question.type == "integer" or float(value).is_integer():
            return french_number(value, 0)
        return french_number(value, 2).rstrip("0")
    return str(value)


def _participants(session: Session, diagnostic_id: str) -> tuple[tuple[str, str], ...]:
    rows = session.execute(
        select(DiagnosticParticipant.name, DiagnosticParticipant.role, Contact.full_name, Contact.role,
               Contact.erased_at, Actor.name)
        .outerjoin(Contact, Contact.id == DiagnosticParticipant.contact_id)
        .outerjoin(Actor, Actor.id == Contact.actor_id)
        .where(DiagnosticParticipant.diagnostic_id == diagnostic_id, DiagnosticParticipant.deleted_at.is_(None))
        .order_by(DiagnosticParticipant.created_at)).all()
    people = []
    for name, role, contact_name, contact_role, erased, actor_name in rows:
        if contact_name is not None or erased is not None:
            name = "(personne effacée)" if erased is not None else contact_name
            if not role and contact_role:
                role = CONTACT_ROLES.label(contact_role, LANG)
            if actor_name and erased is None:
                role = f"{role}, {actor_name}" if role else actor_name
        people.append((name, role or ""))
    return tuple(people)


def action_items(session: Session, diagnostic_ids: Sequence[str], today: _dt.date,
             *, communes: dict[str, str] | None = None, condition=None) -> list[ActionItem]:
    query = select(DiagnosticAction).options(selectinload(DiagnosticAction.partners)).where(
        DiagnosticAction.diagnostic_id.in_(diagnostic_ids), DiagnosticAction.deleted_at.is_(None))
    if condition is not None:
        query = query.where(condition)
    actions = session.scalars(query
        .order_by(DiagnosticAction.due_date.is_(None), DiagnosticAction.due_date, DiagnosticAction.created_at)).all()
    names = _actor_names(session, [a.lead_actor_id for a in actions]
                         + [p.actor_id for a in actions for p in a.partners])
    return [ActionItem(
        title=action.title, lead=names.get(action.lead_actor_id or "", ""),
        partners=", ".join(sorted((names.get(p.actor_id, "") for p in action.partners), key=sort_key)),
        due=action.due_date, status=ACTION_STATUSES.label(action.status, LANG),
        overdue=bool(action.due_date and action.due_date < today and action.status in OPEN_ACTION_STATUSES),
        commune=(communes or {}).get(action.diagnostic_id, ""),
    ) for action in actions]


def _commune_partnerships(session: Session, insee: str) -> list[PartnershipItem]:
    order = {stage: n for n, stage in enumerate(CURRENT_STAGES)}
    partnerships = sorted(session.scalars(
        select(Partnership).join(PartnershipCommune, PartnershipCommune.partnership_id == Partnership.id)
        .where(PartnershipCommune.insee == insee, Partnership.deleted_at.is_(None),
               Partnership.stage.in_(CURRENT_STAGES))
        .options(selectinload(Partnership.partners).selectinload(PartnershipPartner.actor))).unique().all(),
        key=lambda p: (order.get(p.stage, 9), sort_key(p.title)))
    return [PartnershipItem(
        p.title, PARTNERSHIP_FORMS.label(p.form, LANG), PARTNERSHIP_STAGES.label(p.stage, LANG),
        ", ".join(pp.actor.name for pp in p.partners if pp.deleted_at is None and pp.actor is not None),
        p.start_date,
    ) for p in partnerships]


# --- the partnership sheet -----------------------------------------------------------------

def partnership_sheet_data(store: Store, partnership_id: str, *, today: _dt.date | None = None) -> PartnershipSheetData:
    with store.read() as session:
        p = session.get(Partnership, partnership_id)
        if p is None or p.deleted_at is not None:
            raise ReportError(t("Le partenariat « {id} » n'existe pas (ou plus).", id=partnership_id))
        partners = []
        for link in sorted((pp for pp in p.partners if pp.deleted_at is None and pp.actor is not None),
                           key=lambda pp: (PARTNER_ROLES.codes().index(pp.role) if pp.role in PARTNER_ROLES else 99,
                                           sort_key(pp.actor.name))):
            actor = link.actor
            world = WORLD_OF_KIND.get(actor.kind, "citoyens")
            partners.append(PartnerItem(
                actor.name, ACTOR_KINDS.label(actor.kind, LANG), ACTOR_WORLDS.label(world, LANG),
                PARTNER_ROLES.label(link.role, LANG), commune_name(actor.commune_insee),
            ))
        worlds = tuple(dict.fromkeys(p.world for p in partners))
        return PartnershipSheetData(
            partnership_id=p.id, title=p.title, description=p.description or "",
            form=PARTNERSHIP_FORMS.label(p.form, LANG), stage=PARTNERSHIP_STAGES.label(p.stage, LANG),
            start=p.start_date, end=p.end_date, partners=tuple(partners), worlds=worlds,
            odds=tuple((o.odd, ODD.label(str(o.odd), LANG)) for o in sorted(p.odds, key=lambda o: o.odd)),
            needs=tuple(NEEDS.label(n.need, LANG) for n in sorted(p.needs, key=lambda n: n.need)),
            communes=tuple(sorted((commune_name(c.insee) for c in p.communes), key=sort_key)),
            money_eur=p.money_eur, in_kind=p.in_kind or "", skills=p.skills or "", outcomes=p.outcomes or "",
            inspiring=bool(p.inspiring), catalyseur=catalyseur_card(session), generated_on=today or _dt.date.today(),
        )
