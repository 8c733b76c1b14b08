"""The sync kinds and fields have one set of names (exchange/labels.py), in French and in English."""

import pytest

from catalyseur_app.exchange.labels import FIELDS, STAMPS, field_label, kind_label
from catalyseur_app.exchange.schema import KINDS
from catalyseur_app.messages import set_language


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("fr")


def test_every_kind_has_its_french_and_english_name(english):
    assert [kind_label(k.name) for k in KINDS] == [
        "profile", "actor", "contact", "partnership", "partner", "activity", "diagnostic", "participant",
        "answer", "priority", "action"]  # each from the English catalogue (tests/test_messages.py: none missing)
    set_language("fr")
    assert [kind_label(k.name) for k in KINDS][:4] == ["profil", "acteur", "contact", "partenariat"]


def test_every_field_a_person_compares_has_its_french_and_english_name():
    keys = {column.key for kind in KINDS for column in kind.columns} - STAMPS
    missing = sorted(key for key in keys if FIELDS.get(key) is None)
    assert missing == []
    for key in keys:
        term = FIELDS.get(key)
        assert term.fr and term.en, key
    assert not {term.code for term in FIELDS} - keys  # no label left for a field that no longer exists


def test_field_names_follow_the_language(english):
    assert field_label("email") == "E-mail" and field_label("odds") == "SDG"
    set_language("fr")
    assert field_label("email") == "Courriel" and field_label("odds") == "ODD"
    assert field_label("unknown_column") == "unknown_column"
