"""The end of a diagnostic: priorities, action plan, finalising and revising.

Decisions:
- Priorities (the volets the commune chooses, ranked) can change only while the diagnostic is in
  progress, like the answers.
- The action plan stays editable on a finalised diagnostic: its lines are followed up over time
  (status, due date). Nothing at all changes on a superseded diagnostic.
- Finalising is refused while « Vérifier » finds errors; it removes the answers of questions that
  are not relevant (kept until then, see ``sessions``) and locks the answers.
- Revising a finalised diagnostic creates a new diagnostic (``revision_of_id``, revision + 1) with
  the same kit version, copies of its participants, answers, priorities and action plan; the old
  one becomes ``superseded`` and is otherwise kept unchanged.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select

from catalyseur_app.diagnostics.errors import DiagnosticError, DiagnosticLocked
from catalyseur_app.diagnostics.sessions import (
    FINALISED,
    IN_PROGRESS,
    SUPERSEDED,
    DiagnosticRun,
    _diagnostic_for_change,
)
from catalyseur_app.domain.vocabularies import ACTION_STATUSES
from catalyseur_app.messages import current_language, t
from catalyseur_app.store import Store
from catalyseur_app.store.models import (
    Actor,
    Diagnostic,
    DiagnosticAction,
    DiagnosticActionPartner,
    DiagnosticAnswer,
    DiagnosticParticipant,
    DiagnosticPriority,
    utc_now,
)


@dataclass(frozen=True)
class ActionInput:
    title: str
    lead_actor_id: str | None = None
    partner_ids: tuple[str, ...] = ()
    due_date: _dt.date | None = None
    status: str = "todo"


@dataclass(frozen=True)
class ActionLine:
    id: str
    title: str
    lead_actor_id: str | None
    partner_ids: tuple[str, ...]
    due_date: _dt.date | None
    status: str


@dataclass(frozen=True)
class Priority:
    volet: str
    rank: int
    note: str = ""


@dataclass
class Conclusion:
    priorities: list[Priority] = field(default_factory=list)
    actions: list[ActionLine] = field(default_factory=list)


def get_conclusion(store: Store, diagnostic_id: str) -> Conclusion:
    """Priorities (by rank) and the action plan (by due date, undated last) of a diagnostic."""
    with store.read() as session:
        priorities = [Priority(row.volet, row.rank, row.note) for row in session.scalars(
            select(DiagnosticPriority).where(DiagnosticPriority.diagnostic_id == diagnostic_id,
                                             DiagnosticPriority.deleted_at.is_(None))
            .order_by(DiagnosticPriority.rank))]
        rows = session.scalars(select(DiagnosticAction).where(
            DiagnosticAction.diagnostic_id == diagnostic_id, DiagnosticAction.deleted_at.is_(None))
            .order_by(DiagnosticAction.due_date.is_(None), DiagnosticAction.due_date,
                      DiagnosticAction.created_at)).all()
        actions = [ActionLine(row.id, row.title, row.lead_actor_id,
                              tuple(sorted(partner.actor_id for partner in row.partners)),
                              row.due_date, row.status) for row in rows]
    return Conclusion(priorities, actions)


def set_priorities(store: Store, diagnostic_id: str, volets: Iterable[str],
                   notes: dict[str, str] | None = None) -> None:
    """The volets chosen as priorities, most important first (replaces the previous choice)."""
    chosen = list(dict.fromkeys(volets))
    notes = notes or {}
    run = DiagnosticRun(store, diagnostic_id)
    unknown = [name for name in chosen if name not in {volet.name for volet in run.kit.volets}]
    if unknown:
        raise DiagnosticError(t("Volet inconnu dans ce kit : « {volet} ».", volet=unknown[0]))
    with store.write() as session:
        _diagnostic_for_change(session, diagnostic_id)
        existing = {row.volet: row for row in session.scalars(select(DiagnosticPriority).where(
            DiagnosticPriority.diagnostic_id == diagnostic_id))}
        now = utc_now()
        for volet, row in existing.items():
            if volet not in chosen and row.deleted_at is None:
                row.deleted_at = now
        for rank, volet in enumerate(chosen, start=1):
            kept = existing.get(volet)
            if kept is None:
                session.add(DiagnosticPriority(diagnostic_id=diagnostic_id, volet=volet, rank=rank,
                                               note=notes.get(volet, "")))
                continue
            kept.deleted_at = None
            kept.rank = rank
            if volet in notes:
                kept.note = notes[volet]


def _check_action(session, action: ActionInput) -> None:
    if not action.title.strip():
        raise DiagnosticError(t("L'intitulé de l'action est obligatoire."))
    if action.status not in ACTION_STATUSES:
        raise DiagnosticError(t("Statut d'action inconnu « {status} ».", status=action.status))
    for actor_id in filter(None, (action.lead_actor_id, *action.partner_ids)):
        actor = session.get(Actor, actor_id)
        if actor is None or actor.deleted_at is not None:
            raise DiagnosticError(t("Un des acteurs choisis pour l'action n'existe plus."))


def _fill_action(row: DiagnosticAction, action: ActionInput) -> None:
    row.title = action.title.strip()
    row.lead_actor_id = action.lead_actor_id or None
    row.due_date = action.due_date
    row.status = action.status
    wanted = [actor for actor in dict.fromkeys(action.partner_ids) if actor and actor != row.lead_actor_id]
    current = {partner.actor_id: partner for partner in row.partners}
    for actor_id, partner in current.items():
        if actor_id not in wanted:
            row.partners.remove(partner)
    for actor_id in wanted:
        if actor_id not in current:
            row.partners.append(DiagnosticActionPartner(actor_id=actor_id))


_PLAN_EDITABLE = (IN_PROGRESS, FINALISED)


def add_action(store: Store, diagnostic_id: str, action: ActionInput) -> str:
    with store.write() as session:
        _diagnostic_for_change(session, diagnostic_id, _PLAN_EDITABLE)
        _check_action(session, action)
        row = DiagnosticAction(diagnostic_id=diagnostic_id, title="", status="todo")
        row.partners = []
        _fill_action(row, action)
        session.add(row)
        session.flush()
        return row.id


def _action_for_change(session, action_id: str) -> DiagnosticAction:
    row = session.get(DiagnosticAction, action_id)
    if row is None or row.deleted_at is not None:
        raise DiagnosticError(t("Cette action n'existe pas (ou plus)."))
    _diagnostic_for_change(session, row.diagnostic_id, _PLAN_EDITABLE)
    return row


def update_action(store: Store, action_id: str, action: ActionInput) -> None:
    with store.write() as session:
        row = _action_for_change(session, action_id)
        _check_action(session, action)
        _fill_action(row, action)


def delete_action(store: Store, action_id: str) -> None:
    with store.write() as session:
        _action_for_change(session, action_id).deleted_at = utc_now()


def finalise(store: Store, diagnostic_id: str, *, today: _dt.date | str | None = None) -> None:
    """Lock the answers; refused (DiagnosticError listing them) while errors remain."""
    run = DiagnosticRun(store, diagnostic_id, today=today)
    if run.locked:
        raise DiagnosticLocked(t("Ce diagnostic est déjà finalisé.") if run.status == FINALISED
                               else t("Ce diagnostic a été remplacé par une révision."))
    if run.errors:
        count = len(run.errors)
        headline = (t("Le diagnostic ne peut pas être finalisé : {count} erreurs restent à corriger "
                      "(bouton « Vérifier »).", count=count) if count > 1 else
                    t("Le diagnostic ne peut pas être finalisé : {count} erreur reste à corriger "
                      "(bouton « Vérifier »).", count=count))
        raise DiagnosticError(headline, [run.describe_error(error, current_language()) for error in run.errors])
    irrelevant = [name for name in run.answers if not run.state.is_relevant(name)]
    with store.write() as session:
        diagnostic = _diagnostic_for_change(session, diagnostic_id)
        now = utc_now()
        if irrelevant:
            for row in session.scalars(select(DiagnosticAnswer).where(
                    DiagnosticAnswer.diagnostic_id == diagnostic_id,
                    DiagnosticAnswer.question.in_(irrelevant), DiagnosticAnswer.deleted_at.is_(None))):
                row.deleted_at = now
        diagnostic.status = FINALISED
        diagnostic.finalised_at = now


def revise(store: Store, diagnostic_id: str, *, started_on: _dt.date | None = None) -> str:
    """A new revision of a finalised diagnostic, to change it; the old one is kept as it is."""
    with store.write() as session:
        old = session.get(Diagnostic, diagnostic_id)
        if old is None or old.deleted_at is not None:
            raise DiagnosticError(t("Ce diagnostic n'existe pas (ou plus)."))
        if old.status == IN_PROGRESS:
            raise DiagnosticError(t("Ce diagnostic est encore en cours : modifiez-le directement, "
                                    "une révision n'est utile qu'après la finalisation."))
        if old.status == SUPERSEDED:
            raise DiagnosticLocked(t("Ce diagnostic a déjà été révisé : révisez sa dernière révision."))
        new = Diagnostic(kit_id=old.kit_id, kit_version=old.kit_version, commune_insee=old.commune_insee,
                         started_on=started_on or _dt.date.today(), status=IN_PROGRESS,
                         current_volet=old.current_volet, revision=old.revision + 1,
                         revision_of_id=old.id, notes=old.notes)
        session.add(new)
        session.flush()
        live = lambda model: select(model).where(model.diagnostic_id == old.id, model.deleted_at.is_(None))  # noqa: E731
        for row in session.scalars(live(DiagnosticParticipant)):
            session.add(DiagnosticParticipant(diagnostic_id=new.id, contact_id=row.contact_id,
                                              name=row.name, role=row.role))
        for row in session.scalars(live(DiagnosticAnswer)):
            session.add(DiagnosticAnswer(diagnostic_id=new.id, question=row.question, value=row.value))
        for row in session.scalars(live(DiagnosticPriority)):
            session.add(DiagnosticPriority(diagnostic_id=new.id, volet=row.volet, rank=row.rank, note=row.note))
        for row in session.scalars(live(DiagnosticAction)):
            copy = DiagnosticAction(diagnostic_id=new.id, title=row.title, lead_actor_id=row.lead_actor_id,
                                    due_date=row.due_date, status=row.status)
            copy.partners = [DiagnosticActionPartner(actor_id=partner.actor_id) for partner in row.partners]
            session.add(copy)
        old.status = SUPERSEDED
        return new.id
