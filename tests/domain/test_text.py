import pytest

from catalyseur_app.domain.text import fold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saint-Étienne", "saint etienne"),
        ("SAINT ÉTIENNE", "saint etienne"),
        ("L'Haÿ-les-Roses", "l hay les roses"),
        ("Vandœuvre-lès-Nancy", "vandoeuvre les nancy"),
        ("ŒUVRE", "oeuvre"),
        ("Lætitia", "laetitia"),
        ("aujourd’hui", "aujourd hui"),  # typographic apostrophe
        ("  trop   d'espaces\t\n ", "trop d espaces"),
        ("Ça_va ?!", "ca va"),
        ("Sainte-E\u0301tienne", "sainte etienne"),  # decomposed accent
        ("Straße", "strasse"),
        ("2A004", "2a004"),
        ("", ""),
        ("---", ""),
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected


def test_fold_keeps_letters_of_other_scripts():
    assert fold("Αθήνα") == "αθηνα"


def test_fold_is_idempotent():
    once = fold("Saint-Rémy-de-Provence")
    assert fold(once) == once
