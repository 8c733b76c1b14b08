"""What a list is made of: its columns, its filters, and the registry of lists by name.

``records.entities`` registers the built-in lists with ``register``; ``records.query`` runs them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

FilterBuilder = Callable[[Any, str], tuple[str, dict]]


class QueryError(ValueError):
    """A programming error: unknown entity, column or filter."""


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source text; the window translates it with tr()
    sql: str  # the SELECT expression
    sort_sql: str | None = None  # the ORDER BY expression, when it differs (folded names…)
    format: Callable[[Any, str], str] | None = None  # (value, language) -> text shown
    numeric: bool = False  # right-aligned in lists
    indexed: bool = False  # sort_sql is covered by an index and never NULL (a broad search walks it)

    def display(self, value: Any, language: str = "fr") -> str:
        if self.format is not None:
            return self.format(value, language)
        return "" if value is None else str(value)


@dataclass(frozen=True)
class Entity:
    name: str
    source: str  # FROM clause: a table with an alias, or a parenthesised sub-query with an alias
    columns: tuple[Column, ...]
    default_sort: str
    id_sql: str = "id"
    rowid_sql: str = "rowid"  # tie-breaker for stable pages, and the key of the FTS table
    where: str = "deleted_at IS NULL"
    fts_table: str | None = None
    filters: Mapping[str, FilterBuilder] = field(default_factory=dict)
    # True when ``where`` keeps exactly the live rows (deleted_at IS NULL), which are the rows
    # the full-text index holds: an unfiltered search is then counted from the index alone.
    search_counts_from_index: bool = False

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise QueryError(f"unknown column {key!r} for {self.name}")

    def column_index(self, key: str) -> int:
        return [column.key for column in self.columns].index(key)


ENTITIES: dict[str, Entity] = {}


def register(entity: Entity) -> Entity:
    """Add or replace a list definition."""
    ENTITIES[entity.name] = entity
    return entity


# -- filter builders ---------------------------------------------------------------------------

def _as_list(value: Any) -> list:
    return list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]


def in_filter(sql: str) -> FilterBuilder:
    """``sql`` equals the value, or one of the values when a list is given."""

    def build(value: Any, prefix: str) -> tuple[str, dict]:
        values = _as_list(value)
        names = [f"{prefix}{i}" for i in range(len(values))]
        return f"{sql} IN ({', '.join(':' + n for n in names)})", dict(zip(names, values, strict=True))

    return build


equals_filter = in_filter


def subquery_filter(id_sql: str, subquery: str, column: str) -> FilterBuilder:
    """``id_sql IN (subquery WHERE column IN values)``, e.g. partnerships having an ODD."""

    def build(value: Any, prefix: str) -> tuple[str, dict]:
        values = _as_list(value)
        names = [f"{prefix}{i}" for i in range(len(values))]
        joiner = " AND " if " where " in subquery.lower() else " WHERE "
        inner = f"{subquery}{joiner}{column} IN ({', '.join(':' + n for n in names)})"
        return f"{id_sql} IN ({inner})", dict(zip(names, values, strict=True))

    return build


def period_filter(start_sql: str, end_sql: str | None = None) -> FilterBuilder:
    """The value is ``(first_day, last_day)`` (either may be None). With ``end_sql``, keeps the
    records whose [start, end] overlaps the period (open ends count as unbounded)."""
    end_sql = end_sql or start_sql

    def build(value: Any, prefix: str) -> tuple[str, dict]:
        first, last = value
        conditions, params = [], {}
        if last is not None:
            conditions.append(f"({start_sql} IS NULL OR {start_sql} <= :{prefix}last)" if end_sql != start_sql
                              else f"{start_sql} <= :{prefix}last")
            params[f"{prefix}last"] = _iso(last)
        if first is not None:
            conditions.append(f"({end_sql} IS NULL OR {end_sql} >= :{prefix}first)" if end_sql != start_sql
                              else f"{end_sql} >= :{prefix}first")
            params[f"{prefix}first"] = _iso(first)
        return " AND ".join(conditions), params

    return build


def flag_filter(sql: str) -> FilterBuilder:
    """A boolean column: the value True keeps rows where it is set, False where it is not."""

    def build(value: Any, prefix: str) -> tuple[str, dict]:
        return (f"{sql} = 1" if value else f"({sql} = 0 OR {sql} IS NULL)"), {}

    return build


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)
