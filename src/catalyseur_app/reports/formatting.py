"""Dates and numbers written the French way."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from catalyseur_app.domain.typography import NBSP, duration_text  # noqa: F401 (re-exported)


def french_date(day: date | None) -> str:
    """« 26 novembre 2026 », with no-break spaces (a line never breaks inside it); empty for no date."""
    if day is None:
        return ""
    month = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")[day.month - 1]
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first}{NBSP}{month}{NBSP}{day.year}"


def short_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def rounded(value: float | int | None, decimals: int = 0) -> float | int | None:
    """``value`` rounded half up, as a person rounds (148.25 → 148.3): the one rounding of the documents.

    The PDF writes these values and the workbook stores them, so both show the same figures.
    """
    if value is None:
        return None
    result = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return int(result) if decimals == 0 else float(result)


def french_number(value: float | int | None, decimals: int = 0) -> str:
    """« 12 345,6 » with a narrow no-break space as thousands separator (rounded with ``rounded``)."""
    if value is None:
        return "—"
    text = f"{rounded(value, decimals):,.{decimals}f}".replace(",", "\u202f").replace(".", ",")
    return text
