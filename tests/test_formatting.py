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
