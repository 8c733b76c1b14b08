"""The kit engine: an XLSForm subset with scoring (docs/kit-format.md). Pure Python, no Qt.

Typical use::

    kit = load_kit(path_or_bytes)                   # KitError(problems) when unsound
    state = evaluate(kit, answers, today=date)      # relevance + every error
    check = validate_answer(kit, "q", "12", answers) # one answer as typed
    scores = compute_scores(kit, answers)           # per volet 0–100, per axis
"""

from catalyseur_app.kit.answers import AnswerValueError, convert_input, is_empty
from catalyseur_app.kit.default import default_kit_path, shipped_kit_paths
from catalyseur_app.kit.expressions import Expression, ExpressionError, parse_expression
from catalyseur_app.kit.loader import inspect_kit, load_kit, validate_kit_file
from catalyseur_app.kit.model import (
    AXES,
    PRIORITY_CHOICE,
    Answer,
    Choice,
    ChoiceList,
    Kit,
    Question,
    Text,
    Volet,
    version_key,
)
from catalyseur_app.kit.problems import KitError, Problem
from catalyseur_app.kit.runtime import (
    AnswerCheck,
    AnswerError,
    KitState,
    all_errors,
    evaluate,
    relevant_questions,
    validate_answer,
)
from catalyseur_app.kit.scoring import Scores, VoletScore, compute_scores, normalised_score, priority_volets

__all__ = [
    "AXES", "PRIORITY_CHOICE", "Answer", "AnswerCheck", "AnswerError", "AnswerValueError", "Choice",
    "ChoiceList", "Expression", "ExpressionError", "Kit", "KitError", "KitState", "Problem", "Question",
    "Scores", "Text", "Volet", "VoletScore", "all_errors", "compute_scores", "convert_input", "default_kit_path",
    "evaluate",
    "inspect_kit", "is_empty", "load_kit", "normalised_score", "parse_expression", "priority_volets",
    "relevant_questions", "shipped_kit_paths", "validate_answer", "validate_kit_file", "version_key",
]
