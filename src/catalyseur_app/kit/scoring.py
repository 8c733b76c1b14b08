"""Scores of a diagnostic: per volet on 0–100 and per axis (see docs/kit-format.md, « Notation »)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from catalyseur_app.kit.model import PRIORITY_CHOICE, Answer, Kit
from catalyseur_app.kit.runtime import KitState, evaluate


@dataclass(frozen=True)
class VoletScore:
    volet: str
    axis: str | None
    score: float | None  # 0–100, None when no scored question was answered
    answered: int  # scored questions answered with a scored choice
    scored: int  # relevant scored questions


@dataclass(frozen=True)
class Scores:
    volets: Mapping[str, VoletScore]  # in kit order
    axes: Mapping[str, float | None]  # in the order of model.AXES, only axes used by the kit
    overall: float | None  # mean of the axis scores that exist


def normalised_score(kit: Kit, name: str, answer: Answer | None) -> float | None:
    """0–1 for a scored choice: (score − lowest) / (highest − lowest) of the question's list."""
    question = kit.question(name)
    choices = kit.choices_of(question)
    if choices is None or not isinstance(answer, str):
        return None
    choice = choices.get(answer)
    score_range = choices.score_range
    if choice is None or choice.score is None or score_range is None:
        return None
    low, high = score_range
    return (choice.score - low) / (high - low) if high > low else None


def compute_scores(kit: Kit, answers: Mapping[str, Answer], *, state: KitState | None = None,
                   today=None) -> Scores:
    state = state or evaluate(kit, answers, today=today)
    volets: dict[str, VoletScore] = {}
    for volet in kit.volets:
        total = weights = 0.0
        answered = scored = 0
        if state.is_relevant(volet.name):
            for question in volet.questions:
                if not kit.is_scored(question) or not state.is_relevant(question.name):
                    continue
                scored += 1
                value = normalised_score(kit, question.name, answers.get(question.name))
                if value is None:
                    continue
                weight = kit.weight_of(question)
                answered += 1
                total += weight * value
                weights += weight
        score = 100.0 * total / weights if weights > 0 else None
        volets[volet.name] = VoletScore(volet.name, volet.axis, score, answered, scored)
    axes: dict[str, float | None] = {}
    for axis in kit.axes():
        values = [v.score for v in volets.values() if v.axis == axis and v.score is not None]
        axes[axis] = sum(values) / len(values) if values else None
    present = [value for value in axes.values() if value is not None]
    overall = sum(present) / len(present) if present else None
    return Scores(volets, axes, overall)


def priority_volets(kit: Kit, answers: Mapping[str, Answer], *, state: KitState | None = None,
                    today=None) -> list[str]:
    """Volets whose relevant priority question is answered « yes », in kit order."""
    state = state or evaluate(kit, answers, today=today)
    flagged = []
    for volet in kit.volets:
        question = volet.priority_question
        if question and state.is_relevant(question.name) and answers.get(question.name) == PRIORITY_CHOICE:
            flagged.append(volet.name)
    return flagged
