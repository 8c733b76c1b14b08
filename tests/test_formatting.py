"""One formatting layer (issue 14 §1): numbers, euros, percentages and dates follow the interface's
language through CLDR, in the module and in the widgets that show them."""

import datetime as dt

import pytest

from catalyseur_app import formatting
from catalyseur_app.messages import set_language

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("fr")


def test_french():
    assert formatting.format_number(12345) == f"12{NNBSP}345"
    assert formatting.format_number(1234.5, 2) == f"1{NNBSP}234,50"
    assert formatting.format_money(1500) == f"1{NNBSP}500{NBSP}€"
    assert formatting.format_money(1500.5) == f"1{NNBSP}500,50{NBSP}€"
    assert formatting.format_money(1500.5, symbol=False) == f"1{NNBSP}500,50"
    assert formatting.format_percent(0.254) == f"25{NBSP}%"
    assert formatting.format_date(dt.date(2026, 11, 15)) == "15/11/2026"
    assert formatting.format_moment(dt.datetime(2026, 11, 15, 14, 30)) == "15/11/2026 14:30"
    assert formatting.format_money(None) == formatting.format_date(None) == ""


def test_english(english):
    assert formatting.format_number(12345) == "12,345"
    assert formatting.format_money(1500) == "€1,500"
    assert formatting.format_money(1500.5) == "€1,500.50"
    assert formatting.format_money(1500.5, symbol=False) == "1,500.50"
    assert formatting.format_percent(0.254) == "25%"
    assert formatting.format_date(dt.date(2026, 11, 15)) == "15/11/2026"


@pytest.mark.parametrize("language, typed, value", [
    ("fr", "12,5", 12.5), ("fr", "12.5", 12.5), ("fr", f"1{NNBSP}234,5", 1234.5), ("fr", "1 500", 1500.0),
    ("fr", "-0,25", -0.25), ("en", "12.5", 12.5), ("en", "1,234.5", 1234.5), ("en", "1,500", 1500.0),
])
def test_a_typed_number_is_read_the_way_its_language_writes_it(language, typed, value):
    assert formatting.parse_number(typed, language) == value


@pytest.mark.parametrize("language, typed", [("en", "12,5"), ("en", "1,50,000"), ("fr", "1,234.5"),
                                             ("fr", "12,5,1"), ("fr", "douze"), ("en", "")])
def test_an_ambiguous_or_wrong_number_is_refused(language, typed):
    with pytest.raises(ValueError):
        formatting.parse_number(typed, language)


def test_a_number_for_a_field_has_the_language_sign_and_no_grouping():
    assert formatting.format_plain_number(12.5, "fr") == "12,5"
    assert formatting.format_plain_number(12.5, "en") == "12.5"
    assert formatting.format_plain_number(1234567.125, "fr") == "1234567,125"
    assert formatting.format_plain_number(3.0, "en") == "3"


def test_a_moment_in_utc_gives_its_local_day(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "JST-9")
    time.tzset()
    try:
        late = dt.datetime(2026, 3, 14, 22, 30, tzinfo=dt.UTC)
        assert formatting.format_date(late, "fr") == formatting.format_date(late, "en") == "15/03/2026"
        assert formatting.format_date(dt.datetime(2026, 3, 14, 22, 30), "fr") == "14/03/2026"  # naive: as given
    finally:
        monkeypatch.undo()
        time.tzset()
