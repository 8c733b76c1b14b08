"""Numbers, euros, percentages, dates and times written for the interface's current language.

The patterns come from CLDR through Babel (grouping, decimal sign, the narrow no-break space French
puts before « € » and « % »), so no module writes separators by hand. The language is the one
``catalyseur_app.messages`` holds (the window sets it with its interface). Documents stay French
whatever the interface: ``domain/typography.py`` and ``reports/formatting.py`` write them.
"""

from __future__ import annotations

import datetime as _dt
import re
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


def format_plain_number(value: float | Decimal, language: str | None = None) -> str:
    """A number as a person types it in a field: the language's decimal sign, no grouping, every
    significant decimal (up to 10): 12.5 -> « 12,5 » in French, « 12.5 » in English; 3.0 -> « 3 »."""
    return _numbers.format_decimal(value, format="0.##########", locale=locale(language))


_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_PLAIN = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)\Z")
_ENGLISH_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?\Z")


def parse_number(text: str, language: str | None = None) -> float:
    """A number typed by a person, read the way the language writes it; raises ValueError.

    French: « 12,5 », « 1 234,5 » (spaces of any kind group the thousands) and also « 12.5 ».
    English: « 12.5 », « 1,234.5 »; a comma only groups thousands, so « 12,5 » is refused rather
    than read as 125 or 12.5 (and « 1,500 » is 1500, never 1.5).
    """
    plain = _SPACES.sub("", text)
    if (language or current_language()) == "en":
        if "," in plain:
            if not _ENGLISH_GROUPED.match(plain):
                raise ValueError(f"not a number: {text!r}")
            plain = plain.replace(",", "")
    else:
        plain = plain.replace(",", ".")
    if not _PLAIN.match(plain):
        raise ValueError(f"not a number: {text!r}")
    return float(plain)


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
