"""A generic paged query layer over SQLite: filters, sort, full-text search, offset/limit windows.

An ``Entity`` describes one list (its SQL source, columns, filters, full-text table); a
``ListQuery`` says what a person asked for. Everything is computed by SQLite, so a list stays fast
at 100,000 rows.

    from catalyseur_app.records.query import ListQuery, count_rows, fetch_rows, get_entity
    query = ListQuery("actors", filters={"kind": "association"}, search="ecole", sort="name")
    with store.read() as session:
        total = count_rows(session, query)
        rows = fetch_rows(session, query, offset=0, limit=200)   # [(id, value, value, ...)]
    entity = get_entity("actors"); entity.columns[i].display(value, "fr")

Defining another list (e.g. in records/partnerships.py)::

    register(Entity(name="partnerships", source="partnerships p", id_sql="p.id",
        rowid_sql="p.rowid", where="p.deleted_at IS NULL", fts_table="partnerships",
        columns=(Column("title", "Title", "p.title", sort_sql="p.title COLLATE NOCASE"), ...),
        filters={"form": in_filter("p.form"), ...}, default_sort="title"))

Filter builders take the value a page passes (None / "" / empty list = no filter) and return an SQL
condition with named parameters; ``in_filter``, ``equals_filter``, ``subquery_filter``,
``period_filter`` cover the usual cases. Parameter names must be unique per filter: builders get a
``prefix`` to use. Entities for actors, contacts, partnerships, activities and the trash are
registered by ``records.entities`` (imported by ``get_entity``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from catalyseur_app.records.search import count_matches, match_expression, rowid_condition

FilterBuilder = Callable[[Any, str], tuple[str, dict]]


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


@dataclass(frozen=True)
class ListQuery:
    entity: str
    filters: Mapping[str, Any] = field(default_factory=dict)
    search: str = ""
    sort: str | None = None  # a column key; None = the entity's default
    descending: bool = False


class QueryError(ValueError):
    """A programming error: unknown entity, column or filter."""


_ENTITIES: dict[str, Entity] = {}


def register(entity: Entity) -> Entity:
    """Add or replace a list definition."""
    _ENTITIES[entity.name] = entity
    return entity


def get_entity(name: str) -> Entity:
    if not _ENTITIES:
        from catalyseur_app.records import entities  # noqa: F401  (registers the built-in lists)
    try:
        return _ENTITIES[name]
    except KeyError:
        raise QueryError(f"unknown list {name!r}") from None


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, (list, tuple, set, frozenset)) and not value)


def where_clause(entity: Entity, query: ListQuery, walk: bool = False) -> tuple[str, dict]:
    searching = bool(query.search and entity.fts_table and match_expression(query.search))
    # The full-text index holds only live rows: when it filters, ``where`` adds nothing, and
    # leaving it out lets SQLite answer from the sort index without reading each row.
    skip_where = searching and entity.search_counts_from_index
    conditions = [entity.where] if entity.where and not skip_where else []
    params: dict = {}
    for number, (key, value) in enumerate(sorted(query.filters.items())):
        if _is_empty(value):
            continue
        builder = entity.filters.get(key)
        if builder is None:
            raise QueryError(f"unknown filter {key!r} for {entity.name}")
        condition, values = builder(value, f"f{number}_")
        if condition:
            conditions.append(condition)
            params.update(values)
    if query.search and entity.fts_table:
        condition, values = rowid_condition(
            entity.fts_table, entity.rowid_sql, query.search, as_filter_only=walk)
        if condition:
            conditions.append(condition)
            params.update(values)
    return (" WHERE " + " AND ".join(f"({c})" for c in conditions)) if conditions else "", params


def order_clause(entity: Entity, query: ListQuery) -> str:
    column = entity.column(query.sort or entity.default_sort)
    direction = " DESC" if query.descending else ""
    return f" ORDER BY {column.sort_sql or column.sql}{direction}, {entity.rowid_sql}{direction}"


def count_rows(session: Session, query: ListQuery) -> int:
    entity = get_entity(query.entity)
    if (query.search and entity.fts_table and entity.search_counts_from_index
            and all(_is_empty(value) for value in query.filters.values())):
        matches = count_matches(session, entity.fts_table, query.search)
        if matches is not None:
            return matches
    where, params = where_clause(entity, query)
    return session.execute(text(f"SELECT count(*) FROM {entity.source}{where}"), params).scalar_one()


def select_sql(query: ListQuery, walk: bool = False, bounded: bool = False) -> tuple[str, dict]:
    """The full SELECT (id then every column) with ``:limit`` and ``:offset`` left to bind.

    ``walk`` writes the search as a filter on the sort index (see ``fetch_rows``); ``bounded``
    stops that walk at the sort key bound to ``:walk_bound``."""
    entity = get_entity(query.entity)
    where, params = where_clause(entity, query, walk)
    if bounded:
        column = entity.column(query.sort or entity.default_sort)
        condition = f"{column.sort_sql or column.sql} {'>=' if query.descending else '<='} :walk_bound"
        where = f"{where} AND ({condition})" if where else f" WHERE ({condition})"
    columns = ", ".join([entity.id_sql] + [column.sql for column in entity.columns])
    sql = f"SELECT {columns} FROM {entity.source}{where}{order_clause(entity, query)} LIMIT :limit OFFSET :offset"
    return sql, params


# A search matching many rows is answered fastest by walking the sort index from its start,
# checking each entry against the matches, until the page is full: a common leading word
# ("Association…") fills it at once. When the matches lie further along the index, reading and
# sorting every match is faster. So a broad search walks only the first WALK_WINDOW entries, and
# sorts the matches when the page is not full by then. A walk is tried only when sorting would
# take long: at 100,000 actors, sorting 10,000 matches takes about 8 ms, 20,000 about 17 ms, and a
# walk that fails costs about 5 ms on top.
WALK_WINDOW = 10_000  # sort-index entries a broad search looks through before sorting instead
WALK_MIN_MATCHES = 15_000  # with fewer matches, sorting them is fast enough
NO_WALK = object()


def walk_bound(session: Session, query: ListQuery, rows_needed: int, matches: int | None = None) -> Any:
    """Whether to walk the sort index for the first ``rows_needed`` rows, and how far.

    Returns NO_WALK (read and sort the matches), None (walk the whole index: the table is no
    longer than the window) or the sort key at which the walk stops. Only for sort columns
    covered by an index and never NULL, in lists whose search needs no other condition."""
    entity = get_entity(query.entity)
    if not (query.search and entity.fts_table and entity.search_counts_from_index):
        return NO_WALK
    column = entity.column(query.sort or entity.default_sort)
    if not column.indexed:
        return NO_WALK
    if matches is None:
        matches = count_matches(session, entity.fts_table, query.search)
    if not matches or matches < WALK_MIN_MATCHES:
        return NO_WALK
    size = session.execute(text(f"SELECT max(rowid) FROM fts_{entity.fts_table}")).scalar() or 0
    if rows_needed * size / matches > WALK_WINDOW:  # too far along the index, even spread evenly
        return NO_WALK
    direction = " DESC" if query.descending else ""
    key = column.sort_sql or column.sql
    return session.execute(
        text(f"SELECT {key} FROM {entity.source} ORDER BY {key}{direction}, {entity.rowid_sql}{direction}"
             " LIMIT 1 OFFSET :window"), {"window": WALK_WINDOW}).scalar()


def fetch_rows(
    session: Session, query: ListQuery, offset: int = 0, limit: int = 200, matches: int | None = None
) -> list[tuple]:
    """A window of rows: (id, value per column). ``matches`` (the count, when known) saves a
    query when choosing how to run a search."""
    window = {"limit": int(limit), "offset": int(offset)}
    bound = walk_bound(session, query, offset + limit, matches)
    if bound is not NO_WALK:
        sql, params = select_sql(query, walk=True, bounded=bound is not None)
        rows = [tuple(row) for row in session.execute(text(sql), {**params, **window, "walk_bound": bound})]
        if len(rows) == limit or bound is None:
            return rows
    sql, params = select_sql(query)
    return [tuple(row) for row in session.execute(text(sql), {**params, **window})]


def fetch_ids(session: Session, query: ListQuery) -> list[str]:
    """Every id matching the query, in order (for "select all" and exports)."""
    entity = get_entity(query.entity)
    where, params = where_clause(entity, query)
    sql = f"SELECT {entity.id_sql} FROM {entity.source}{where}{order_clause(entity, query)}"
    return list(session.execute(text(sql), params).scalars())


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


def describe(entity_name: str) -> Sequence[str]:
    """The column keys of a list, in order (handy in tests and benchmarks)."""
    return [column.key for column in get_entity(entity_name).columns]
