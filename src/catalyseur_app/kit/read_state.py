"""What the kit reader has read so far (survey rows, choice lists, problems), shared by loader and checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from catalyseur_app.kit.columns import Columns
from catalyseur_app.kit.expressions import Expression
from catalyseur_app.kit.model import Choice, Text
from catalyseur_app.kit.problems import Problem


@dataclass
class SurveyRow:
    """One survey row as read, before the cross-checks turn it into a Question or a Volet."""

    number: int
    kind: str
    name: str
    index: int
    volet: str | None = None
    list_name: str | None = None
    label: Text | None = None
    hint: Text | None = None
    required: bool = False
    required_message: Text | None = None
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_message: Text | None = None
    default_text: str = ""
    weight: float | None = None
    axis: str | None = None
    show_partnerships: bool = False
    role: str | None = None
    questions: list[SurveyRow] = field(default_factory=list)  # for volets


@dataclass
class ReadState:
    """Everything read so far, shared with ``checks``."""

    problems: list[Problem] = field(default_factory=list)
    columns: Columns | None = None
    default_language: str = "fr"
    languages: list[str] = field(default_factory=list)
    volets: list[SurveyRow] = field(default_factory=list)
    rows_by_name: dict[str, SurveyRow] = field(default_factory=dict)
    choice_lists: dict[str, list[Choice]] = field(default_factory=dict)
    choice_list_rows: dict[str, int] = field(default_factory=dict)
    has_choices_sheet: bool = False
    choices_unreadable: bool = False

    def problem(self, sheet: str | None, row: int | None, column: str | None, message: str) -> None:
        self.problems.append(Problem(sheet, row, column, message))
