"""Full-text search done by SQLite (FTS5), accents and case ignored, prefix matching as you type.

Each searchable table ``T`` has an external-content FTS5 table ``fts_T`` (tokenizer
``unicode61 remove_diacritics 2``) keyed by ``T.rowid`` and kept current by triggers created in
the initial migration, so every writer (use cases, sync import, demo data) keeps it in step.

    FTS_TABLES                      table -> its searchable columns (mirrors the migration)
    match_expression("écol mair")   -> '"écol"* AND "mair"*'  (None when nothing to search)
    rowid_condition("actors", "a.rowid", text) -> (SQL condition, params) for a WHERE clause
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


def rowid_condition(table: str, rowid_sql: str, query: str | None, param: str = "fts_match") -> tuple[str, dict]:
    """``rowid_sql IN (rows of fts_<table> matching query)``, or an empty condition."""
    if table not in FTS_TABLES:
        raise ValueError(f"no full-text index for {table!r}")
    expression = match_expression(query)
    if expression is None:
        return "", {}
    return (
        f"{rowid_sql} IN (SELECT rowid FROM fts_{table} WHERE fts_{table} MATCH :{param})",
        {param: expression},
    )


def rebuild_search_index(session: Session) -> None:
    for table in FTS_TABLES:
        session.execute(text(f"INSERT INTO fts_{table}(fts_{table}) VALUES ('rebuild')"))


def check_search_index(session: Session) -> list[str]:
    """Names of the fts_ tables that disagree with their content table (empty when all is well)."""
    broken = []
    for table in FTS_TABLES:
        try:
            session.execute(text(f"INSERT INTO fts_{table}(fts_{table}, rank) VALUES ('integrity-check', 1)"))
        except Exception:  # sqlite reports corruption as a generic database error
            broken.append(f"fts_{table}")
    return broken
