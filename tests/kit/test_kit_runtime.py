"""Running a kit: relevance, answer checks, the error list, scores and priorities."""

import pytest
from kit_workbooks import survey_rows, workbook_bytes

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.kit import (
    compute_scores,
    convert_input,
    evaluate,
    load_kit,
    priority_volets,
    relevant_questions,
    validate_answer,
)
from catalyseur_app.kit.answers import AnswerValueError

TODAY = "2026-02-01"


@pytest.fixture(scope="module")
def kit():
    return load_kit(workbook_bytes())


def test_relevance_follows_answers(kit):
    assert "n" not in evaluate(kit, {}, today=TODAY).relevant
    state = evaluate(kit, {"q1": "b"}, today=TODAY)
    assert state.is_relevant("n") and state.is_relevant("v1")
    assert [q.name for q in state.visible_questions("v1")] == ["q1", "n", "obs", "prio"]
    assert [q.name for q in relevant_questions(kit, {"q1": "a"}, today=TODAY)] == ["q1", "obs", "prio", "q2", "d"]


def test_volet_relevance_hides_its_questions_and_cascades():
    rows = survey_rows()
    rows[6]["relevant"] = "${n} > 5"  # v2 shown only when n > 5, n shown only when q1 = 'b'
    kit = load_kit(workbook_bytes(rows))
    assert evaluate(kit, {"q1": "b", "n": 6}).is_relevant("q2")
    hidden = evaluate(kit, {"q1": "a", "n": 6})  # n kept by the caller but not relevant: seen as empty
    assert not hidden.is_relevant("v2") and not hidden.is_relevant("q2") and not hidden.is_relevant("d")


@pytest.mark.parametrize(
    "name, raw, value, message",
    [
        ("n", "12", 12, None),
        ("n", " 1 234 ", 1234, None),
        ("n", "-3", -3, "Pas de nombre négatif."),  # the kit's constraint message
        ("n", "douze", None, "Veuillez saisir un nombre entier, par exemple 12."),
        ("n", "1,5", None, "Veuillez saisir un nombre entier, par exemple 12."),
        ("n", "", None, None),
        ("q1", "", None, "Cette question est obligatoire."),
        ("q1", "c", "c", None),
        ("q1", "z", None, spaced("« z » ne fait pas partie des choix proposés.")),
        ("d", "25/12/2025", "2025-12-25", None),
        ("d", "2026-02-01", "2026-02-01", None),
        ("d", "2026-02-02", "2026-02-02", "Cette réponse ne respecte pas la règle fixée par le kit."),
        ("d", "30/02/2024", None, spaced("La date « 30/02/2024 » n'existe pas dans le calendrier.")),
        ("d", "demain", None, "Veuillez saisir une date au format JJ/MM/AAAA, par exemple 25/03/2024."),
        ("obs", "  Rien à signaler ", "Rien à signaler", None),
    ],
)
def test_validate_answer(kit, name, raw, value, message):
    check = validate_answer(kit, name, raw, {"q1": "b"}, today=TODAY)
    assert check.value == value
    assert check.message == message
    assert check.ok is (message is None)


def test_validate_answer_returns_the_new_state(kit):
    check = validate_answer(kit, "q1", "b", {}, today=TODAY)
    assert check.state.is_relevant("n")
    failed = validate_answer(kit, "n", "x", {"q1": "a"}, today=TODAY)
    assert failed.kind == "type" and not failed.state.is_relevant("n")


def test_constraint_message_in_kit_language_with_fallback(kit):
    assert kit.question("n").constraint_message.get("en") == "Pas de nombre négatif."


def test_all_errors_in_kit_order(kit):
    answers = {"n": -1, "q1": "b", "d": "2030-01-01", "q2": "inconnu"}
    errors = evaluate(kit, answers, today=TODAY).errors
    assert [(e.question, e.volet, e.kind, e.message) for e in errors] == [
        ("n", "v1", "constraint", "Pas de nombre négatif."),
        ("q2", "v2", "type", spaced("« inconnu » ne fait pas partie des choix proposés.")),
        ("d", "v2", "constraint", "Cette réponse ne respecte pas la règle fixée par le kit."),
    ]
    assert [e.question for e in evaluate(kit, {}, today=TODAY).errors] == ["q1"]
    # an answer to a question that is not relevant raises no error
    assert evaluate(kit, {"q1": "a", "n": -1}, today=TODAY).errors == ()


def test_progress(kit):
    state = evaluate(kit, {"q1": "b", "obs": "x"})
    assert state.progress("v1") == (2, 4)
    assert evaluate(kit, {"q1": "a"}).progress("v1") == (1, 3)


def test_scores_on_known_answers(kit):
    # v1: q1 (list 0..2, weight 1); v2: q2 (weight 2). Normalised: a=0, b=0.5, c=1; nsp excluded.
    scores = compute_scores(kit, {"q1": "b", "q2": "c"})
    assert scores.volets["v1"].score == 50.0
    assert scores.volets["v2"].score == 100.0
    assert scores.axes == {"urgences": 50.0, "redeveloppement": 100.0}
    assert scores.overall == 75.0
    unknown = compute_scores(kit, {"q1": "nsp"})
    assert unknown.volets["v1"].score is None and unknown.volets["v1"].scored == 1
    assert unknown.volets["v1"].answered == 0
    assert unknown.axes == {"urgences": None, "redeveloppement": None} and unknown.overall is None


def test_weighted_mean_within_a_volet():
    rows = survey_rows()
    rows.insert(8, {"type": "select_one echelle", "name": "q3", "label::Français (fr)": "Trois",
                    "label::English (en)": "Three"})
    kit = load_kit(workbook_bytes(rows))
    scores = compute_scores(kit, {"q2": "c", "q3": "a"})  # (2 × 1 + 1 × 0) / 3
    assert scores.volets["v2"].score == pytest.approx(200 / 3)
    assert scores.volets["v2"].answered == 2


def test_priorities(kit):
    assert priority_volets(kit, {"prio": "yes"}) == ["v1"]
    assert priority_volets(kit, {"prio": "no"}) == []


def test_defaults_are_converted():
    rows = survey_rows()
    rows[2]["default"] = "3"
    rows[8]["default"] = "01/01/2025"
    kit = load_kit(workbook_bytes(rows))
    assert kit.defaults() == {"n": 3, "d": "2025-01-01"}


def test_convert_select_multiple_and_decimal():
    kit = load_kit(workbook_bytes())
    question = kit.question("q1")
    multiple = type(question)(**{**question.__dict__, "type": "select_multiple"})
    choices = kit.choices_of(question)
    assert convert_input(multiple, "a c a", choices) == ["a", "c"]
    assert convert_input(multiple, ["c"], choices) == ["c"]
    decimal = type(question)(**{**question.__dict__, "type": "decimal", "list_name": None})
    assert convert_input(decimal, "12,5") == 12.5
    with pytest.raises(AnswerValueError):
        convert_input(decimal, "nan")
