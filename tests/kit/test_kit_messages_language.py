"""The kit engine speaks the window's language: its own messages through catalyseur_app.messages,
the messages written in the kit through the kit's language columns (French when the kit has none)."""

import pytest
from kit_workbooks import SURVEY_HEADER, survey_rows, with_row, workbook_bytes

from catalyseur_app.kit import KitError, evaluate, load_kit, validate_answer
from catalyseur_app.messages import set_language

TODAY = "2026-02-01"
CONSTRAINT_EN = "constraint_message::English (en)"


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("fr")


def bilingual_kit():
    rows = survey_rows()
    rows[2] = {**rows[2], CONSTRAINT_EN: "No negative number."}
    return load_kit(workbook_bytes(rows, header=SURVEY_HEADER + [CONSTRAINT_EN]))


def test_in_english_the_kit_message_comes_from_its_english_column(english):
    kit = bilingual_kit()
    check = validate_answer(kit, "n", "-1", {"q1": "b"}, today=TODAY)
    assert (check.kind, check.message) == ("constraint", "No negative number.")
    check = validate_answer(kit, "n", "douze", {"q1": "b"}, today=TODAY)
    assert (check.kind, check.message) == ("type", "Please enter a whole number, for example 12.")
    required = evaluate(kit, {}, today=TODAY).error_for("q1")
    assert required.message == "This question is required."


def test_in_french_nothing_changes():
    kit = bilingual_kit()
    assert validate_answer(kit, "n", "-1", {"q1": "b"}, today=TODAY).message == "Pas de nombre négatif."
    assert validate_answer(kit, "n", "douze", {"q1": "b"}, today=TODAY).message == (
        "Veuillez saisir un nombre entier, par exemple 12.")
    assert evaluate(kit, {}, today=TODAY).error_for("q1").message == "Cette question est obligatoire."


def test_a_kit_without_english_message_falls_back_to_its_own_language(english):
    kit = load_kit(workbook_bytes())
    assert validate_answer(kit, "n", "-1", {"q1": "b"}, today=TODAY).message == "Pas de nombre négatif."
    assert kit.question("q1").label.get("en") == "Question one"


def test_workbook_problems_in_english(english):
    with pytest.raises(KitError) as caught:
        load_kit(workbook_bytes(with_row(1, type="select_one")))
    assert str(caught.value) == ('sheet “survey”, row 3, column “type”: the name of the choice list is missing '
                                 '(for example “select_one scale”).')
    with pytest.raises(KitError) as caught:
        load_kit(workbook_bytes(with_row(2, relevant="${q9} = 'b'")))
    assert "refers to a question that does not exist" in str(caught.value)
