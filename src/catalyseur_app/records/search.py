"""Full-text search done by SQLite (FTS5), accents and case ignored, prefix matching as you type.

Each searchable table ``T`` has an external-content FTS5 table ``fts_T`` (tokenizer
``unicode61 remove_diacritics 2``) keyed by ``T.rowid`` and kept current by triggers created in
the initial migration, so every writer (use cases, sync import, demo data) keeps it in step.
Only live rows (``deleted_at IS NULL``) are indexed: the number of matches of a search is read
from the index alone (``count_matches``), without touching the table.

    FTS_TABLES                      table -> its searchable columns (mirrors the migration)
    match_expression("écol mair")   -> '"écol"* AND "mair"*'  (None when nothing to search)
    rowid_condition("actors", "a.rowid", text) -> (SQL condition, params) for a WHERE clause
    count_matches(session, "actors", text) -> live rows matching (fast: the index only)
    rebuild_search_index(session)   rebuilds every fts_ table from its content table; call it
                                    after any migration that recreates one of these tables (batch
                                    mode copies rows, which can renumber rowids and drops triggers)
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

FTS_TABLES: dict[str, tuple[str, ...]] = {
    "actors": ("name", "address", "siren", "website", "notes"),
    "contacts": ("full_name", "email", "phone", "notes"),
    "partnerships": ("title", "description", "outcomes", "in_kind", "skills"),
    "activities": ("title", "outcome"),
}

_WORD = re.compile(r"[^\W_]+")
MAX_TERMS = 8


def search_terms(query: str | None) -> list[str]:
    """The words of ``query`` as the FTS tokenizer sees them (accents are folded by SQLite)."""
    return _WORD.findall(query or "")[:MAX_TERMS]


def match_expression(query: str | None) -> str | None:
    """An FTS5 MATCH expression where every word must appear, each as a prefix."""
    terms = search_terms(query)
    if not terms:
        return None
    return " AND ".join(f'"{term}"*' for term in terms)


def rowid_condition(
    table: str, rowid_sql: str, query: str | None, param: str = "fts_match", as_filter_only: bool = False
) -> tuple[str, dict]:
    """``rowid_sql IN (rows of fts_<table> matching query)``, or an empty condition.

    ``as_filter_only`` writes ``+rowid IN (…)`` so that SQLite walks the sort index and checks
    each row against the matches, instead of fetching every match and sorting them: much faster
    when a short prefix matches a large share of the table."""
    if table not in FTS_TABLES:
        raise ValueError(f"no full-text index for {table!r}")
    expression = match_expression(query)
    if expression is None:
        return "", {}
    return (
        f"{'+' if as_filter_only else ''}{rowid_sql} IN "
        f"(SELECT rowid FROM fts_{table} WHERE fts_{table} MATCH :{param})",
        {param: expression},
    )


def count_matches(session: Session, table: str, query: str | None) -> int | None:
    """How many live rows of ``table`` match ``query`` (None when there is nothing to search)."""
    expression = match_expression(query)
    if expression is None:
        return None
    return session.execute(
        text(f"SELECT count(*) FROM fts_{table} WHERE fts_{table} MATCH :q"), {"q": expression}
    ).scalar_one()


def rebuild_search_index(session: Session) -> None:
    """Index again every live row of every searchable table."""
    for table, columns in FTS_TABLES.items():
        names = ", ".join(columns)
        session.execute(text(f"INSERT INTO fts_{table}(fts_{table}) VALUES ('delete-all')"))
        session.execute(text(
            f"INSERT INTO fts_{table}(rowid, {names}) SELECT rowid, {names} FROM {table} WHERE deleted_at IS NULL"
        ))
