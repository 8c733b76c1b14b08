"""What the foundation's map can colour the départements by, taken from the national tables.

The values come from the same ``NationalTables`` as the tables beside the map (never computed a
second way): partnerships per département, communes with a diagnostic, and each volet's median
score.
"""

from __future__ import annotations

from dataclasses import dataclass

from .national_data import NationalTables

PARTNERSHIPS, COMMUNES, SCORE = "partnerships", "communes", "score"


@dataclass(frozen=True)
class Measure:
    kind: str  # PARTNERSHIPS, COMMUNES or SCORE
    volet: str  # the volet's label for SCORE, "" otherwise
    values: dict[str, float]  # département code -> value (départements without any left out)


def department_measures(data: NationalTables) -> list[Measure]:
    partnerships = {row[0]: row[3] for row in data.table("Partenariats par département").rows
                    if row[0] and row[3]}
    communes: dict[str, float] = {}
    medians: dict[str, dict[str, float]] = {}
    for code, _name, volet, count, median, _q1, _q3 in data.table("Notes par département").rows:
        if not code:
            continue
        communes[code] = max(communes.get(code, 0), count)
        medians.setdefault(volet, {})[code] = median
    return [Measure(PARTNERSHIPS, "", partnerships), Measure(COMMUNES, "", communes),
            *(Measure(SCORE, volet, values) for volet, values in medians.items())]
