"""``foundation tables``: the national tables of a consolidation store, written as .xlsx or .pdf.

The store is only read (never created or migrated here); the document is written to a temporary
name and renamed when complete (``atomic.atomic_path``).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING

from catalyseur_app.atomic import atomic_path
from catalyseur_app.messages import t
from catalyseur_app.output_guard import check_output

from .database import FOUNDATION_VERSION_TABLE, FoundationError, connect, connection_error, database_url, shown
from .territory import Territory

if TYPE_CHECKING:
    from .national_data import NationalTables

FORMATS = (".pdf", ".xlsx")


def read_national_tables(target: str, start: _dt.date | None = None, end: _dt.date | None = None,
                         today: _dt.date | None = None, territory: Territory | None = None) -> NationalTables:
    """The national tables of the consolidation store ``target``, which is only read.

    Raises FoundationError with a person's message when the period is empty, or ``target`` cannot
    be reached or is not a consolidation store.
    """
    from sqlalchemy.exc import DBAPIError

    from .national_data import national_tables

    if start and end and start > end:
        raise FoundationError(t("La période est vide : le {start} vient après le {end}.", start=start, end=end))
    url = database_url(target)
    engine = _consolidation_engine(target)
    try:
        try:
            return national_tables(engine, start, end, today, territory)
        except DBAPIError as error:
            raise connection_error(url, error) from None
    finally:
        engine.dispose()


def check_consolidation_store(target: str) -> str:
    """``target`` as shown to a person, once it is known to be a consolidation store (FoundationError if not)."""
    _consolidation_engine(target).dispose()
    return shown(database_url(target))


def _consolidation_engine(target: str):
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    url = database_url(target)
    if url.startswith("sqlite") and not Path(url.removeprefix("sqlite:///")).is_file():
        raise FoundationError(t("« {url} » n'est pas une base de consolidation : lancez d'abord « foundation "
                                "consolidate ».", url=shown(url)))
    engine = connect(target)
    try:
        with engine.connect() as connection:
            if FOUNDATION_VERSION_TABLE not in inspect(connection).get_table_names():
                raise FoundationError(t("« {url} » n'est pas une base de consolidation : lancez d'abord "
                                        "« foundation consolidate ».", url=shown(url)))
    except DBAPIError as error:
        engine.dispose()
        raise connection_error(url, error) from None
    except BaseException:
        engine.dispose()
        raise
    return engine


def write_national_tables(target: str, out: str | Path, start: _dt.date | None = None, end: _dt.date | None = None,
                          today: _dt.date | None = None, territory: Territory | None = None) -> Path:
    suffix = check_output(out, FORMATS, None).suffix.lower()  # the consolidation base is SQLite: refused too
    data = read_national_tables(target, start, end, today, territory)
    with atomic_path(out) as temporary:
        if suffix == ".pdf":
            from .national_pdf import build_national_pdf

            build_national_pdf(data, temporary)
        else:
            from .national_xlsx import build_national_xlsx

            build_national_xlsx(data, temporary)
    return Path(out)
