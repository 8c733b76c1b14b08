"""A region or a department that narrows the national tables, as SQL conditions on INSEE codes.

A commune's INSEE code begins with its department's code (``15014`` in the Cantal, ``2A004`` in
Corse-du-Sud, ``97411`` in La Réunion), so "in this department" is a prefix match that runs the
same on SQLite and PostgreSQL, and "in this region" is a match on any of its departments' codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import exists, false, or_, select

from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.messages import t


@cache
def department_regions() -> dict[str, str]:
    """Department code -> its region's code, from the communes referential."""
    regions: dict[str, str] = {}
    for commune in get_commune_index():
        regions.setdefault(commune.department_code, commune.region_code)
    return regions


@dataclass(frozen=True)
class Territory:
    """Everything (both None), one region, or one department (which wins over the region)."""

    region: str | None = None
    department: str | None = None

    def __post_init__(self) -> None:
        index = get_commune_index()
        if self.department is not None and self.department not in index.departments:
            raise ValueError(t("« {code} » n'est pas un code de département connu (ex. 15, 2A, 974).",
                               code=self.department))
        if self.region is not None and self.region not in index.regions:
            raise ValueError(t("« {code} » n'est pas un code de région connu (ex. 84, 75).", code=self.region))

    @property
    def everywhere(self) -> bool:
        return self.region is None and self.department is None

    def departments(self) -> tuple[str, ...] | None:
        """The department codes inside, or None for everywhere."""
        if self.department is not None:
            return (self.department,)
        if self.region is not None:
            return tuple(sorted(d for d, r in department_regions().items() if r == self.region))
        return None

    def contains(self, insee: str | None) -> bool:
        codes = self.departments()
        return codes is None or (insee is not None and insee.startswith(codes))

    def label(self) -> str:
        """« toute la France », « Cantal (15) », « Occitanie » (French, for documents)."""
        index = get_commune_index()
        if self.department is not None:
            return f"{index.departments[self.department]} ({self.department})"
        if self.region is not None:
            return index.regions[self.region]
        return "toute la France"

    def insee_condition(self, column):
        """``column`` (an INSEE code) lies inside; None when everything counts."""
        codes = self.departments()
        if codes is None:
            return None
        if not codes:
            return false()
        return or_(*(column.like(f"{code}%") for code in codes))

    def linked_condition(self, id_column, link_table, link_id: str):
        """The record ``id_column`` has a commune inside, in ``link_table`` (e.g. partnership_communes,
        whose column ``link_id`` holds the record's id). An alias, so the same table may be joined
        outside too."""
        link = link_table.alias()
        inside = self.insee_condition(link.c.insee)
        if inside is None:
            return None
        return exists(select(link.c.insee).where(link.c[link_id] == id_column, inside))
