"""Dates and numbers written the French way."""

from __future__ import annotations

from datetime import date


def french_date(day: date | None) -> str:
    """« 26 novembre 2026 »; empty for no date."""
    if day is None:
        return ""
    month = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")[day.month - 1]
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {month} {day.year}"


def short_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def french_number(value: float | int | None, decimals: int = 0) -> str:
    """« 12 345,6 » with a narrow no-break space as thousands separator."""
    if value is None:
        return "—"
    text = f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")
    return text
