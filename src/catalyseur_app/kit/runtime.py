"""Running a kit: relevance, answer checks and the error list, from a kit and its answers.

Everything is recomputed from the answers in one pass over the kit in order (references may
only point backwards, so one pass is exact). The answers of a question that is not relevant are
kept by the caller but ignored here: expressions see them as empty, they raise no error and
count in no score.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from catalyseur_app.kit.answers import NEUTRAL, AnswerValueError, convert_input, expression_value, is_empty
from catalyseur_app.kit.evaluator import Value
from catalyseur_app.kit.model import Answer, Kit, Question
from catalyseur_app.messages import current_language, t, translatable

# The engine's own messages (French, marked translatable); a kit may give its own, in its languages.
REQUIRED_MESSAGE = translatable("Cette question est obligatoire.")
CONSTRAINT_MESSAGE = translatable("Cette réponse ne respecte pas la règle fixée par le kit.")


@dataclass(frozen=True)
class AnswerError:
    """One error for « Vérifier »: the question, its volet and a message in the current language."""

    question: str
    volet: str
    message: str
    kind: str  # "required", "type" or "constraint"


@dataclass(frozen=True)
class AnswerCheck:
    """The outcome of :func:`validate_answer`."""

    value: Answer | None  # the converted answer (None when empty or not convertible)
    message: str | None  # message for the person, None when the answer is fine
    kind: str | None  # "required", "type" or "constraint" when there is a message
    state: KitState  # the state with this answer in place (unchanged answers on a "type" error)

    @property
    def ok(self) -> bool:
        return self.message is None


class _Env:
    __slots__ = ("values", "current", "today")

    def __init__(self, today: str) -> None:
        self.values: dict[str, Value] = {}
        self.current: Value = ""
        self.today = today

    def value(self, name: str) -> Value:
        return self.values.get(name, "")


@dataclass(frozen=True)
class KitState:
    """Relevance and errors of a kit for a set of answers, at one moment."""

    kit: Kit
    answers: Mapping[str, Answer]
    relevant: frozenset[str]  # names of relevant volets and questions
    errors: tuple[AnswerError, ...]
    today: str
    _errors_by_question: dict[str, AnswerError] = field(repr=False, compare=False, default_factory=dict)

    def is_relevant(self, name: str) -> bool:
        return name in self.relevant

    def error_for(self, name: str) -> AnswerError | None:
        return self._errors_by_question.get(name)

    def visible_questions(self, volet: str) -> tuple[Question, ...]:
        """The relevant questions of a volet (notes included), in order."""
        return tuple(q for q in self.kit.volet(volet).questions if q.name in self.relevant)

    def progress(self, volet: str) -> tuple[int, int]:
        """(answered, to answer) among the relevant answerable questions of a volet."""
        questions = [q for q in self.visible_questions(volet) if q.answerable]
        answered = sum(1 for q in questions if not is_empty(self.answers.get(q.name)))
        return answered, len(questions)


def evaluate(kit: Kit, answers: Mapping[str, Answer], *, today: _dt.date | str | None = None) -> KitState:
    """Relevance of every volet and question, and every error, in one pass."""
    today_text = _today(today)
    env = _Env(today_text)
    relevant: set[str] = set()
    errors: list[AnswerError] = []
    by_question: dict[str, AnswerError] = {}
    for volet in kit.volets:
        if volet.relevant is not None and not volet.relevant.is_true(env):
            continue
        relevant.add(volet.name)
        for question in volet.questions:
            if question.relevant is not None and not question.relevant.is_true(env):
                continue
            relevant.add(question.name)
            if not question.answerable:
                continue
            message, kind, value = _check(kit, question, answers.get(question.name), env)
            env.values[question.name] = expression_value(question, value)
            if message is not None:
                error = AnswerError(question.name, volet.name, message, kind or "")
                errors.append(error)
                by_question[question.name] = error
    return KitState(kit, answers, frozenset(relevant), tuple(errors), today_text, by_question)


def _check(kit: Kit, question: Question, answer: object, env: _Env) -> tuple[str | None, str | None, Answer | None]:
    """(message, kind, converted value) of one stored answer, with earlier answers in ``env``."""
    if is_empty(answer):
        if question.required:
            text = question.required_message.get(current_language()) if question.required_message else ""
            return text or t(REQUIRED_MESSAGE), "required", None
        return None, None, None
    try:
        value = convert_input(question, answer, kit.choices_of(question), language=NEUTRAL)  # stored
    except AnswerValueError as error:
        return error.message, "type", None
    if question.constraint is not None:
        env.current = expression_value(question, value)
        env.values[question.name] = env.current
        if not question.constraint.is_true(env):
            text = question.constraint_message.get(current_language()) if question.constraint_message else ""
            return text or t(CONSTRAINT_MESSAGE), "constraint", value
    return None, None, value


def _today(today: _dt.date | str | None) -> str:
    if today is None:
        return _dt.date.today().isoformat()
    return today if isinstance(today, str) else today.isoformat()


def validate_answer(kit: Kit, name: str, raw: object, answers: Mapping[str, Answer], *,
                    today: _dt.date | str | None = None) -> AnswerCheck:
    """Check what a person just gave for ``name``, with the other answers in place.

    ``raw`` may be typed text ("12,5", "25/03/2024", "a b") or an already typed value. A
    "type" or "constraint" message means: show it and do not save. A "required" message comes
    with ``value`` None: the caller decides whether an emptied answer is saved.
    """
    question = kit.question(name)
    try:
        value = convert_input(question, raw, kit.choices_of(question))
    except AnswerValueError as error:
        return AnswerCheck(None, error.message, "type", evaluate(kit, answers, today=today))
    updated = dict(answers)
    if value is None:
        updated.pop(name, None)
    else:
        updated[name] = value
    state = evaluate(kit, updated, today=today)
    problem = state.error_for(name)
    return AnswerCheck(value, problem.message if problem else None, problem.kind if problem else None, state)


def relevant_questions(kit: Kit, answers: Mapping[str, Answer], *, today=None) -> list[Question]:
    state = evaluate(kit, answers, today=today)
    return [q for q in kit.questions.values() if q.name in state.relevant]


def all_errors(kit: Kit, answers: Mapping[str, Answer], *, today=None) -> list[AnswerError]:
    return list(evaluate(kit, answers, today=today).errors)
