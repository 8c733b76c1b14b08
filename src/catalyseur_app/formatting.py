"""Numbers, euros, percentages, dates and times written for the interface's current language.

The patterns come from CLDR through Babel (grouping, decimal sign, the narrow no-break space French
puts before « € » and « % »), so no module writes separators by hand. The language is the one
``catalyseur_app.messages`` holds (the window sets it with its interface). Documents stay French
whatever the interface: ``domain/typography.py`` and ``reports/formatting.py`` write them.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from babel import Locale
from babel import dates as _dates
from babel import numbers as _numbers

from catalyseur_app.messages import current_language

LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def locale(language: str | None = None) -> str:
    return LOCALES.get(language or current_language(), LOCALES["fr"])


def format_number(value: float | Decimal, decimals: int = 0, language: str | None = None) -> str:
    """12345 -> « 12 345 » in French, « 12,345 » in English; ``decimals`` digits after the sign."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _numbers.format_decimal(value, format=pattern, locale=locale(language))


def format_money(value: float | Decimal | None, language: str | None = None, symbol: bool = True) -> str:
    """Euros: « 1 500 € », « 1 500,50 € » (cents only when there are some); « €1,500.50 » in English.
    Without ``symbol``, the amount alone (a field whose label says « € »)."""
    if value is None:
        return ""
    whole = Decimal(str(value)) == Decimal(str(value)).to_integral_value()
    if not symbol:
        return format_number(value, 0 if whole else 2, language)
    pattern = Locale.parse(locale(language)).currency_formats["standard"].pattern  # e.g. « #,##0.00 ¤ »
    if whole:
        pattern = pattern.replace(".00", "")
    return _numbers.format_currency(value, "EUR", format=pattern, locale=locale(language), currency_digits=False)


def format_percent(share: float, language: str | None = None) -> str:
    """0.254 -> « 25 % » in French, « 25% » in English."""
    return _numbers.format_percent(share, locale=locale(language))


def format_date(day: _dt.date | None, language: str | None = None) -> str:
    """« 15/11/2026 » (both languages write the day first; en_GB). A moment with a time zone (the
    store gives UTC ones) gives its day in local time: 23:30 UTC may already be tomorrow here."""
    if not day:
        return ""
    if isinstance(day, _dt.datetime) and day.tzinfo is not None:
        day = day.astimezone()
    return _dates.format_date(day, "dd/MM/yyyy", locale=locale(language))


def format_moment(moment: _dt.datetime | None, language: str | None = None) -> str:
    """A moment in local time: « 15/11/2026 14:30 »."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{format_date(moment.date(), language)} {_dates.format_time(moment, 'HH:mm', locale=locale(language))}"
