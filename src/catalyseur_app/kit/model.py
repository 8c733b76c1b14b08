"""The in-memory kit: volets (top-level groups) holding questions, choice lists and scoring."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from catalyseur_app.domain.typography import french_spacing
from catalyseur_app.kit.expressions import Expression

AXES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "urgences": MappingProxyType({"fr": "Urgences", "en": "Emergencies"}),
        "redeveloppement": MappingProxyType({"fr": "(Re)développement", "en": "(Re)development"}),
    }
)
"""The two axes of the reference frame, in display order, with their labels."""

QUESTION_TYPES = ("text", "integer", "decimal", "date", "select_one", "select_multiple", "note")
ANSWERABLE_TYPES = frozenset(QUESTION_TYPES) - {"note"}
ROLES = ("observation", "priority")
PRIORITY_CHOICE = "yes"
"""The choice name that marks a volet as a priority in its priority question."""

Answer = str | int | float | list[str]
"""A stored answer: str (text, select_one, ISO date), int, float, or list[str] (select_multiple)."""


FRENCH_CODES = ("fr", "french", "français", "francais")


def _typeset(language: str, text: str) -> str:
    """A French text (by its column's language code: fr, fr-CA, "French"…) with French typography."""
    french = language in FRENCH_CODES or language.startswith(("fr-", "fr_"))
    return french_spacing(text) if french else text


@dataclass(frozen=True)
class Text:
    """A text in several languages, read with fallback to the kit's default language.

    ``get`` gives a French text with French typography (``french_spacing``: no-break spaces before
    ``: ; ! ?`` and inside « »), as every text the application shows or prints; the kit file keeps
    the ordinary spaces its author typed (``by_language``)."""

    by_language: Mapping[str, str]
    default_language: str

    def get(self, language: str | None = None) -> str:
        if language and self.by_language.get(language):
            return _typeset(language, self.by_language[language])
        if self.by_language.get(self.default_language):
            return _typeset(self.default_language, self.by_language[self.default_language])
        return next((_typeset(code, text) for code, text in self.by_language.items() if text), "")

    def __bool__(self) -> bool:
        return any(self.by_language.values())

    def __str__(self) -> str:
        return self.get()


@dataclass(frozen=True)
class Choice:
    name: str
    label: Text
    score: float | None
    row: int


@dataclass(frozen=True)
class ChoiceList:
    name: str
    choices: tuple[Choice, ...]

    def get(self, name: str) -> Choice | None:
        return next((choice for choice in self.choices if choice.name == name), None)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(choice.name for choice in self.choices)

    @property
    def scored(self) -> bool:
        """A list is scored when at least one of its choices has a score."""
        return any(choice.score is not None for choice in self.choices)

    @property
    def score_range(self) -> tuple[float, float] | None:
        scores = [choice.score for choice in self.choices if choice.score is not None]
        return (min(scores), max(scores)) if scores else None


@dataclass(frozen=True)
class Question:
    name: str
    type: str  # one of QUESTION_TYPES
    label: Text
    hint: Text
    volet: str
    row: int
    list_name: str | None = None
    required: bool = False
    required_message: Text | None = None
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_message: Text | None = None
    default: Answer | None = None
    weight: float | None = None  # given in the workbook; see Kit.weight_of for the effective one
    role: str | None = None  # "observation", "priority" or None

    @property
    def answerable(self) -> bool:
        return self.type in ANSWERABLE_TYPES


@dataclass(frozen=True)
class Volet:
    name: str
    label: Text
    hint: Text
    axis: str | None
    show_partnerships: bool
    relevant: Expression | None
    questions: tuple[Question, ...]
    row: int

    @property
    def priority_question(self) -> Question | None:
        return next((q for q in self.questions if q.role == "priority"), None)

    @property
    def observation_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.role == "observation")


@dataclass(frozen=True)
class Kit:
    form_id: str
    version: str
    title: str
    languages: tuple[str, ...]
    default_language: str
    volets: tuple[Volet, ...]
    choice_lists: Mapping[str, ChoiceList]
    checksum: str = ""  # sha256 of the workbook bytes
    questions: Mapping[str, Question] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        questions = {q.name: q for volet in self.volets for q in volet.questions}
        object.__setattr__(self, "questions", MappingProxyType(questions))

    def question(self, name: str) -> Question:
        return self.questions[name]

    def volet(self, name: str) -> Volet:
        for volet in self.volets:
            if volet.name == name:
                return volet
        raise KeyError(name)

    def choices_of(self, question: Question) -> ChoiceList | None:
        return self.choice_lists.get(question.list_name) if question.list_name else None

    def is_scored(self, question: Question) -> bool:
        """Scored: a select_one on a scored list, not a priority flag, with a weight above 0."""
        if question.type != "select_one" or question.role == "priority":
            return False
        choices = self.choices_of(question)
        return bool(choices and choices.scored) and self.weight_of(question) > 0

    def weight_of(self, question: Question) -> float:
        return 1.0 if question.weight is None else question.weight

    def axes(self) -> tuple[str, ...]:
        """Axes used by at least one volet, in the order of :data:`AXES`."""
        used = {volet.axis for volet in self.volets}
        return tuple(axis for axis in AXES if axis in used)

    def defaults(self) -> dict[str, Answer]:
        """The ``default`` answers, to start a new diagnostic with."""
        return {q.name: q.default for q in self.questions.values() if q.default is not None}


def version_key(version: str) -> tuple:
    """A sort key so that "2026.10" comes after "2026.9"; numbers before words in each part."""
    parts = re.split(r"[.\-_ ]+", version.strip())
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in parts)
