"""French typography: spaces, commune names after « de » / « à », plurals, hours, sort order."""

import pytest

from catalyseur_app.domain.text import sort_key
from catalyseur_app.domain.typography import (
    NBSP,
    NNBSP,
    count_text,
    duration_text,
    french_spacing,
    french_spacing_markup,
    in_commune,
    of_commune,
)


@pytest.mark.parametrize(("name", "of", "at"), [
    ("Arches", "d'Arches", "à Arches"),
    ("Le Mas-d'Artige", "du Mas-d'Artige", "au Mas-d'Artige"),
    ("Le Falgoux", "du Falgoux", "au Falgoux"),
    ("Les Ternes", "des Ternes", "aux Ternes"),
    ("La Chapelle-Laurent", "de La Chapelle-Laurent", "à La Chapelle-Laurent"),
    ("L'Hospitalet", "de L'Hospitalet", "à L'Hospitalet"),
    ("L'Épine-aux-Bois", "de L'Épine-aux-Bois", "à L'Épine-aux-Bois"),
    ("Saint-Flour", "de Saint-Flour", "à Saint-Flour"),
    ("Ydes", "d'Ydes", "à Ydes"),
    ("Yaucourt-Bussus", "de Yaucourt-Bussus", "à Yaucourt-Bussus"),
    ("Hérisson", "d'Hérisson", "à Hérisson"),
    ("Hyères", "d'Hyères", "à Hyères"),
    ("Haguenau", "de Haguenau", "à Haguenau"),
    ("Honfleur", "de Honfleur", "à Honfleur"),
    ("Hazebrouck", "d'Hazebrouck", "à Hazebrouck"),
    ("Œuilly", "d'Œuilly", "à Œuilly"),
    ("Évaux-les-Bains", "d'Évaux-les-Bains", "à Évaux-les-Bains"),
    ("Lempdes", "de Lempdes", "à Lempdes"),
    ("Les Ponts-de-Cé", "des Ponts-de-Cé", "aux Ponts-de-Cé"),
    ("Leyvaux", "de Leyvaux", "à Leyvaux"),
])
def test_commune_names_after_de_and_a(name, of, at):
    assert of_commune(name) == of
    assert in_commune(name) == at


def test_noun_phrases_with_their_article():
    assert of_commune("le maintien à domicile") == "du maintien à domicile"
    assert of_commune("les saisonniers") == "des saisonniers"
    assert of_commune("l'emploi des jeunes") == "de l'emploi des jeunes"
    assert of_commune("la santé") == "de la santé"
    assert of_commune("Énergies du Cantal") == "d'Énergies du Cantal"


def test_spaces_before_signs_and_inside_quotes():
    assert french_spacing("Et maintenant ?") == f"Et maintenant{NNBSP}?"
    assert french_spacing("Axe : fragilités") == f"Axe{NBSP}: fragilités"
    assert french_spacing("Note: 12; fin!") == f"Note{NBSP}: 12{NNBSP}; fin{NNBSP}!"
    assert french_spacing("« sortie de crise »") == f"«{NBSP}sortie de crise{NBSP}»"
    assert french_spacing("«sortie»") == f"«{NBSP}sortie{NBSP}»"
    assert french_spacing("Quoi ?!") == f"Quoi{NNBSP}?!"
    # left alone: times, addresses, a query string, an entity
    for text in ("à 10:30", "https://exemple.fr/?a=1", "a.php?x=1", "x;y"):
        assert french_spacing(text) == text
    assert french_spacing(french_spacing("Et maintenant ?")) == french_spacing("Et maintenant ?")
    assert french_spacing_markup("<b>Tom &amp; Léa</b> : oui") == f"<b>Tom &amp; Léa</b>{NBSP}: oui"


def test_real_plurals():
    assert count_text(1, "action") == "1 action"
    assert count_text(0, "action") == "0 action"
    assert count_text(6, "diagnostic commencé") == "6 diagnostics commencés"
    assert count_text(2, "monde réuni") == "2 mondes réunis"
    assert count_text(1234, "action") == f"1{NNBSP}234 actions"
    assert count_text(3, "cheval", "chevaux") == "3 chevaux"


def test_hours_and_minutes():
    assert duration_text(150) == f"2{NBSP}h{NBSP}30"
    assert duration_text(120) == f"2{NBSP}h"
    assert duration_text(45) == f"45{NBSP}min"
    assert duration_text(65) == f"1{NBSP}h{NBSP}05"
    assert duration_text(74_045) == f"1{NNBSP}234{NBSP}h{NBSP}05"
    assert duration_text(None) == ""


def test_french_sort_order():
    names = ["Viersat", "Védrines-Saint-Loup", "Zoza", "École", "Ecot", "eau", "Saint-Flour", "Saint Flour", "Aïn"]
    assert sorted(names, key=sort_key) == [
        "Aïn", "eau", "École", "Ecot", "Saint Flour", "Saint-Flour", "Védrines-Saint-Loup", "Viersat", "Zoza"]
