"""Starting a diagnostic and answering it, every answer saved the moment it is given.

Decisions (see also docs in the module ``results``):
- A diagnostic keeps the kit version it was started with (``kit_id``/``kit_version``); installing
  a newer version never changes a diagnostic already started.
- An answer is converted and checked by the kit runtime first. A wrong type or a broken
  constraint returns the kit's message and saves nothing. Anything else (a valid answer, or an
  emptied one, even if required) is saved at once in its own transaction.
- Answers of questions that become irrelevant are **kept** while the diagnostic is in progress,
  so that correcting a mistaken answer brings back what was typed; the runtime ignores them
  (expressions see them as empty, no error, no score). They are removed (tombstoned) when the
  diagnostic is finalised, so a finalised diagnostic holds only answers that count.
- ``current_volet`` is saved each time the person changes volet, to resume exactly there.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from catalyseur_app.diagnostics.errors import DiagnosticError, DiagnosticLocked
from catalyseur_app.diagnostics.kits import load_installed, newest_kit
from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.kit import (
    AnswerCheck,
    AnswerError,
    Kit,
    KitState,
    Scores,
    compute_scores,
    evaluate,
    priority_volets,
    validate_answer,
)
from catalyseur_app.messages import t, translatable
from catalyseur_app.store import Store
from catalyseur_app.store.models import (
    Contact,
    Diagnostic,
    DiagnosticAnswer,
    DiagnosticParticipant,
    utc_now,
)

IN_PROGRESS, FINALISED, SUPERSEDED = "in_progress", "finalised", "superseded"
LOCKED_MESSAGES = {  # French, marked translatable: shown through locked_message()
    FINALISED: translatable("Ce diagnostic est finalisé : ses réponses ne peuvent plus être modifiées. "
                            "Créez une révision (« Réviser ») pour les changer."),
    SUPERSEDED: translatable("Ce diagnostic a été remplacé par une révision : il est conservé tel quel et ne peut "
                             "plus être modifié. Ouvrez sa dernière révision."),
}


def locked_message(status: str) -> str:
    """Why a diagnostic with ``status`` can no longer change, for the person."""
    return t(LOCKED_MESSAGES.get(status) or translatable("Ce diagnostic ne peut plus être modifié."))


@dataclass(frozen=True)
class Participant:
    """Someone around the table: a recorded contact (``contact_id``) or a free ``name``."""

    contact_id: str | None = None
    name: str = ""
    role: str = ""


def check_commune(insee: str) -> str:
    code = (insee or "").strip().upper()
    if get_commune_index().get(code) is None:
        raise DiagnosticError(t("Le code INSEE « {insee} » ne correspond à aucune commune connue.", insee=insee))
    return code


def _participant_rows(session, participants: Iterable[Participant]) -> list[DiagnosticParticipant]:
    rows = []
    for participant in participants:
        name, role = participant.name.strip(), participant.role.strip()
        if participant.contact_id:
            contact = session.get(Contact, participant.contact_id)
            if contact is None or contact.deleted_at is not None or contact.erased_at is not None:
                raise DiagnosticError(t("Un des participants choisis n'existe plus dans les contacts."))
            rows.append(DiagnosticParticipant(contact_id=contact.id, name="", role=role))
        elif name:
            rows.append(DiagnosticParticipant(contact_id=None, name=name, role=role))
    return rows


def start_diagnostic(store: Store, commune_insee: str, participants: Iterable[Participant] = (), *,
                     kit_id: str | None = None, started_on: _dt.date | None = None) -> str:
    """A new diagnostic for a commune with the newest installed version of a kit; returns its id."""
    insee = check_commune(commune_insee)
    info = newest_kit(store, kit_id)
    kit = load_installed(store, info.form_id, info.version)
    with store.write() as session:
        diagnostic = Diagnostic(
            kit_id=info.form_id, kit_version=info.version, commune_insee=insee,
            started_on=started_on or _dt.date.today(), status=IN_PROGRESS,
            current_volet=kit.volets[0].name if kit.volets else None, revision=1, notes="",
        )
        session.add(diagnostic)
        session.flush()
        for row in _participant_rows(session, participants):
            row.diagnostic_id = diagnostic.id
            session.add(row)
        for name, value in kit.defaults().items():
            session.add(DiagnosticAnswer(diagnostic_id=diagnostic.id, question=name, value=_dump(value)))
        return diagnostic.id


def set_participants(store: Store, diagnostic_id: str, participants: Iterable[Participant]) -> None:
    """Replace the participants of a diagnostic in progress."""
    with store.write() as session:
        diagnostic = _diagnostic_for_change(session, diagnostic_id)
        now = utc_now()
        for row in session.scalars(select(DiagnosticParticipant).where(
                DiagnosticParticipant.diagnostic_id == diagnostic.id,
                DiagnosticParticipant.deleted_at.is_(None))):
            row.deleted_at = now
        for row in _participant_rows(session, participants):
            row.diagnostic_id = diagnostic.id
            session.add(row)


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _diagnostic_for_change(session, diagnostic_id: str, allowed=(IN_PROGRESS,)) -> Diagnostic:
    diagnostic = session.get(Diagnostic, diagnostic_id)
    if diagnostic is None or diagnostic.deleted_at is not None:
        raise DiagnosticError(t("Ce diagnostic n'existe pas (ou plus)."))
    if diagnostic.status not in allowed:
        raise DiagnosticLocked(locked_message(diagnostic.status))
    return diagnostic


def load_answers(session, diagnostic_id: str) -> dict:
    rows = session.execute(select(DiagnosticAnswer.question, DiagnosticAnswer.value).where(
        DiagnosticAnswer.diagnostic_id == diagnostic_id, DiagnosticAnswer.deleted_at.is_(None)))
    return {question: json.loads(value) for question, value in rows}


class DiagnosticRun:
    """One diagnostic opened for answering: its kit, its answers and their state.

    The window and the CLI use it the same way; every change goes to the store at once.
    """

    def __init__(self, store: Store, diagnostic_id: str, *, today: _dt.date | str | None = None):
        self.store = store
        self.today = today
        with store.read() as session:
            diagnostic = session.get(Diagnostic, diagnostic_id)
            if diagnostic is None or diagnostic.deleted_at is not None:
                raise DiagnosticError(t("Ce diagnostic n'existe pas (ou plus)."))
            self.id = diagnostic.id
            self.commune_insee = diagnostic.commune_insee
            self.started_on = diagnostic.started_on
            self.status = diagnostic.status
            self.revision = diagnostic.revision
            self.revision_of_id = diagnostic.revision_of_id
            self.kit_id, self.kit_version = diagnostic.kit_id, diagnostic.kit_version
            self.finalised_at = diagnostic.finalised_at
            saved_volet = diagnostic.current_volet
            self.answers = load_answers(session, diagnostic.id)
        self.kit: Kit = load_installed(store, self.kit_id, self.kit_version)
        names = [volet.name for volet in self.kit.volets]
        self.current_volet = saved_volet if saved_volet in names else (names[0] if names else None)
        self.state: KitState = evaluate(self.kit, self.answers, today=today)

    @property
    def locked(self) -> bool:
        return self.status != IN_PROGRESS

    @property
    def errors(self) -> tuple[AnswerError, ...]:
        return self.state.errors

    def answer(self, name: str, raw: object) -> AnswerCheck:
        """Check and save what was given for question ``name``.

        Raises DiagnosticLocked when the diagnostic is finalised or superseded. A result with
        ``kind`` "type" or "constraint" means nothing was saved; show its ``message``.
        """
        if self.locked:
            raise DiagnosticLocked(locked_message(self.status))
        if name not in self.kit.questions:
            raise DiagnosticError(t("La question « {name} » n'existe pas dans ce kit.", name=name))
        check = validate_answer(self.kit, name, raw, self.answers, today=self.today)
        if check.kind in ("type", "constraint"):
            return check
        if check.value == self.answers.get(name):
            self.state = check.state
            return check
        self._save_answer(name, check.value)
        if check.value is None:
            self.answers.pop(name, None)
        else:
            self.answers[name] = check.value
        self.state = check.state
        return check

    def _save_answer(self, name: str, value) -> None:
        with self.store.write() as session:
            _diagnostic_for_change(session, self.id)
            row = session.scalar(select(DiagnosticAnswer).where(
                DiagnosticAnswer.diagnostic_id == self.id, DiagnosticAnswer.question == name))
            if value is None:
                if row is not None and row.deleted_at is None:
                    row.deleted_at = utc_now()
            elif row is None:
                session.add(DiagnosticAnswer(diagnostic_id=self.id, question=name, value=_dump(value)))
            else:
                row.value = _dump(value)
                row.deleted_at = None

    def go_to_volet(self, volet: str) -> None:
        """Remember the volet on screen, so that reopening the diagnostic resumes there."""
        self.kit.volet(volet)  # KeyError for a volet the kit does not have
        if volet == self.current_volet:
            return
        self.current_volet = volet
        if self.locked:
            return  # reading a finalised diagnostic changes nothing
        with self.store.write() as session:
            _diagnostic_for_change(session, self.id).current_volet = volet

    def scores(self) -> Scores:
        return compute_scores(self.kit, self.answers, state=self.state)

    def flagged_priorities(self) -> list[str]:
        """Volets the answers flag as a priority (the kit's priority questions), in kit order."""
        return priority_volets(self.kit, self.answers, state=self.state)

    def describe_error(self, error: AnswerError, language: str = "fr") -> str:
        """« Volet — Question : message », for error lists."""
        volet = self.kit.volet(error.volet).label.get(language)
        question = self.kit.question(error.question).label.get(language)
        return t("{volet} — {question} : {message}", volet=volet, question=question, message=error.message)
