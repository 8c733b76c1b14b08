"""What a French user types in a date or duration field is understood exactly, or refused."""

from datetime import date

import pytest

from catalyseur_app.domain.typed_values import TypedValueError, format_date, format_duration, parse_date, parse_duration
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.messages import set_language


@pytest.mark.parametrize("typed", ["15/11/2026", "15/11/26", "15112026", "151126", "2026-11-15", "15.11.2026",
                                   " 15-11-2026 "])
def test_the_ways_of_typing_a_date(typed):
    assert parse_date(typed) == date(2026, 11, 15)


def test_the_last_day_of_the_year_and_single_digits_stay_what_was_typed():
    assert parse_date("31/12/2026") == date(2026, 12, 31)
    assert parse_date("1/2/26") == date(2026, 2, 1)
    assert parse_date("") is None and parse_date("   ") is None


@pytest.mark.parametrize("typed, message", [
    ("31/02/2026", "Le 31/02/2026 n'existe pas"),
    ("15/13/2026", "Le 15/13/2026 n'existe pas"),
    ("demain", spaced("« demain » n'est pas une date")),
    ("2026/11", spaced("« 2026/11 » n'est pas une date")),
    ("1511202", "n'est pas une date"),
])
def test_anything_else_is_refused_with_a_message(typed, message):
    with pytest.raises(TypedValueError, match=message):
        parse_date(typed)


@pytest.mark.parametrize("typed, minutes", [
    ("1:30", 90), ("01:30", 90), ("1h30", 90), ("1 h 30", 90), ("1h30min", 90), ("0130", 90),
    ("1,5", 90), ("1.5", 90), ("1,5 h", 90), ("90 min", 90), ("90min", 90), ("90 mn", 90),
    ("2 h", 120), ("2h", 120), ("2", 120), ("45 min", 45), ("0:45", 45), ("1,25", 75), ("0", 0),
])
def test_the_ways_of_typing_a_duration(typed, minutes):
    assert parse_duration(typed) == minutes


@pytest.mark.parametrize("typed, message", [
    ("1:75", "les minutes vont de 0 à 59"),
    ("45", "dépasse 24 heures"),
    ("25:00", "dépasse 24 heures"),
    ("-1:00", "ne peut pas être négative"),
    ("130", "n'est pas une durée"),
    ("une heure", "n'est pas une durée"),
])
def test_a_duration_not_understood_is_refused(typed, message):
    with pytest.raises(TypedValueError, match=message):
        parse_duration(typed)


def test_what_is_shown_reads_back_the_same():
    for minutes in (0, 5, 45, 60, 90, 125, 1440):
        assert parse_duration(format_duration(minutes)) == minutes
    assert format_duration(90) == "1 h 30" and format_duration(45) == "45 min" and format_duration(None) == ""
    assert format_date(date(2026, 11, 5)) == "05/11/2026" and parse_date(format_date(date(2026, 11, 5)))


def test_the_messages_are_in_english_too():
    set_language("en")
    try:
        with pytest.raises(TypedValueError, match="is not a date: type it like 15/11/2026"):
            parse_date("demain")
    finally:
        set_language("fr")
