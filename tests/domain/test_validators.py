from datetime import date

import pytest

from catalyseur_app.domain import validators as v
from catalyseur_app.domain.typography import french_spacing as spaced


@pytest.mark.parametrize("value", ["732 829 320", "732829320", "73282932000074", "356000000", "35600000000015", ""])
def test_valid_siren_and_siret(value):
    assert v.check_siren(value) is None


@pytest.mark.parametrize("value, fragment", [
    ("732829321", "clé de contrôle"),
    ("73282932000075", "SIRET n'est pas valide"),
    ("12345", "9 chiffres"),
    ("73282932A", "que des chiffres"),
    ("７３２８２９３２０", "que des chiffres"),
])
def test_invalid_siren(value, fragment):
    message = v.check_siren(value)
    assert message is not None and fragment in message


def test_la_poste_siret_exception_uses_sum_of_digits():
    assert v.check_siren("35600000000015") is None  # digit sum 20, Luhn fails
    assert not v.luhn_ok("35600000000015")
    assert v.check_siren("35600000000016") is not None


@pytest.mark.parametrize("value", ["prenom.nom@exemple.fr", "a+b@mairie-x.gouv.fr", ""])
def test_valid_emails(value):
    assert v.check_email(value) is None


@pytest.mark.parametrize("value", ["prenom.nom@", "pas une adresse", "a@b", "a..b@exemple.fr", "a@exemple..fr"])
def test_invalid_emails(value):
    assert "n'est pas valide" in v.check_email(value)


@pytest.mark.parametrize("value", ["01 23 45 67 89", "06.12.34.56.78", "+33 6 12 34 56 78", "0612345678", ""])
def test_valid_phones(value):
    assert v.check_phone(value) is None


@pytest.mark.parametrize("value", ["12 34 56 78 90", "06 12 34", "+44 20 7946 0958", "00 12 34 56 78", "téléphone"])
def test_invalid_phones(value):
    assert "numéro français" in v.check_phone(value)


def test_urls():
    assert v.check_url("https://www.exemple.fr/page?x=1") is None
    assert v.check_url("exemple.org") is None
    assert "n'est pas valide" in v.check_url("http://")
    assert "n'est pas valide" in v.check_url("pas une url")


def test_required_and_names():
    assert v.check_required("   ", "Nom") == spaced("Le champ « Nom » est obligatoire.")
    assert v.check_name("") == spaced("Le champ « Nom » est obligatoire.")
    assert v.check_name("Mairie") is None
    assert "trop long" in v.check_name("x" * 301)
    assert "une seule ligne" in v.check_name("Deux\nlignes")
    assert "caractères de contrôle" in v.check_name("Bip\x07")


def test_notes_allow_newlines_and_tabs_but_not_other_controls():
    assert v.check_notes("Ligne 1\n\tLigne 2\r\n") is None
    assert "caractères de contrôle" in v.check_notes("nul\x00")
    message = v.check_notes("x" * 100_000)
    assert message == spaced("Le champ « Notes » est trop long : 100\u202f000 caractères, 20\u202f000 au plus. "
                             "Raccourcissez-le.")


def test_date_order():
    assert v.check_date_order(date(2024, 1, 2), date(2024, 1, 1)).startswith("La date de fin")
    assert v.check_date_order(date(2024, 1, 1), date(2024, 1, 1)) is None
    assert v.check_date_order(None, date(2024, 1, 1)) is None


@pytest.mark.parametrize("a, b", [
    ("Association Les Amis de l'École", "amis ecole"),
    ("SARL Boulangerie-Dupont", "BOULANGERIE DUPONT"),
    ("Éts Martin & Cie", "martin"),
    ("Fondation du Patrimoine", "patrimoine"),
])
def test_normalise_name_equates_variants(a, b):
    assert v.normalise_name(a) == v.normalise_name(b)


def test_normalise_name_keeps_a_name_made_only_of_legal_words():
    assert v.normalise_name("La Compagnie") == "la compagnie"
    assert v.normalise_name("Boulangerie Martin") != v.normalise_name("Boulangerie Dupont")
