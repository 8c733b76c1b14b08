"""Dates and durations as a French user types them: understood exactly, or refused with a message.

    parse_date("15/11/2026") == parse_date("15/11/26") == parse_date("15112026")
        == parse_date("2026-11-15") == date(2026, 11, 15);   parse_date("") is None
    parse_duration("1:30") == parse_duration("1h30") == parse_duration("1,5")
        == parse_duration("90 min") == parse_duration("0130") == 90;   parse_duration("") is None
    format_date(date(2026, 11, 15)) == "15/11/2026";   format_duration(90) == "1 h 30"
Anything else raises ``TypedValueError`` whose message (catalyseur_app.messages) says what is
accepted. Nothing is ever rounded into another day or clipped to a limit: a value is either the
one typed or refused. The window's date and duration fields (ui/widgets/typed_fields.py) use them.
"""

from __future__ import annotations

import re
from datetime import date

from catalyseur_app.messages import t

MAX_DURATION_MINUTES = 24 * 60


class TypedValueError(ValueError):
    """The text is not a value the field understands; the message is for the person."""


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"\d{6}|\d{8}")


def parse_date(text: str) -> date | None:
    """The date typed (day first, or ISO year-month-day); None when the text is empty."""
    typed = (text or "").strip()
    if not typed:
        return None
    if match := _ISO.fullmatch(typed):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_MONTH_YEAR.fullmatch(typed):
        day, month, year = (int(part) for part in match.groups())
        year = _full_year(year, match.group(3))
    elif _DIGITS.fullmatch(typed):
        day, month, year = int(typed[:2]), int(typed[2:4]), int(typed[4:])
        year = _full_year(year, typed[4:])
    else:
        raise TypedValueError(t("« {text} » n'est pas une date : tapez-la comme 15/11/2026.", text=typed))
    try:
        return date(year, month, day)
    except ValueError:
        raise TypedValueError(t("Le {day:02d}/{month:02d}/{year} n'existe pas : vérifiez le jour et le mois.",
                                day=day, month=month, year=year)) from None


def _full_year(year: int, typed: str) -> int:
    return 2000 + year if len(typed) == 2 else year  # « 26 » is 2026, never 1926


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


_HOURS_MINUTES = re.compile(r"(\d{1,2})\s*(?::|h)\s*(\d{1,2})?\s*(?:min|mn|m)?")
_MINUTES = re.compile(r"(\d{1,4})\s*(?:min|mn|m)")
_DECIMAL_HOURS = re.compile(r"(\d{1,2})(?:[.,](\d{1,2}))?\s*(?:h)?")
_CLOCK_DIGITS = re.compile(r"\d{4}")


def parse_duration(text: str) -> int | None:
    """Minutes from « 1:30 », « 1h30 », « 1 h », « 1,5 » (hours), « 90 min » or « 0130 » (hhmm);
    None when the text is empty."""
    typed = " ".join((text or "").lower().split())
    if not typed:
        return None
    if typed.startswith("-"):
        raise TypedValueError(t("Une durée ne peut pas être négative."))
    if match := _MINUTES.fullmatch(typed):
        minutes = int(match.group(1))
    elif _CLOCK_DIGITS.fullmatch(typed):
        minutes = _hours_and_minutes(int(typed[:2]), int(typed[2:]), typed)
    elif match := _HOURS_MINUTES.fullmatch(typed):
        minutes = _hours_and_minutes(int(match.group(1)), int(match.group(2) or 0), typed)
    elif match := _DECIMAL_HOURS.fullmatch(typed):
        hours = float(f"{match.group(1)}.{match.group(2) or 0}")
        minutes = round(hours * 60)
    else:
        raise TypedValueError(t("« {text} » n'est pas une durée : tapez par exemple 1:30, 1h30, 1,5 ou 90 min.",
                                text=typed))
    if minutes > MAX_DURATION_MINUTES:
        raise TypedValueError(t("« {text} » dépasse 24 heures : une activité se note jour par jour "
                                "(pour des minutes, écrivez par exemple 45 min).", text=typed))
    return minutes


def _hours_and_minutes(hours: int, minutes: int, typed: str) -> int:
    if minutes >= 60:
        raise TypedValueError(t("« {text} » : les minutes vont de 0 à 59.", text=typed))
    return hours * 60 + minutes


def format_duration(minutes: int | None) -> str:
    """« 45 min », « 2 h », « 1 h 30 » (the way the lists write it, and parse_duration reads back)."""
    if minutes is None:
        return ""
    hours, rest = divmod(int(minutes), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"
