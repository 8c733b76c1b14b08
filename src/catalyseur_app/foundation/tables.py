"""``foundation tables``: the national tables of a consolidation store, written as .xlsx or .pdf.

The store is only read (never created or migrated here); the document is written to a temporary
name and renamed when complete (``atomic.atomic_path``).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from catalyseur_app.atomic import atomic_path
from catalyseur_app.messages import t
from catalyseur_app.output_guard import check_output

from .database import FOUNDATION_VERSION_TABLE, FoundationError, connect, connection_error, database_url, shown

FORMATS = (".pdf", ".xlsx")


def write_national_tables(target: str, out: str | Path, start: _dt.date | None = None, end: _dt.date | None = None,
                          today: _dt.date | None = None) -> Path:
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    from .national_data import national_tables

    suffix = check_output(out, FORMATS, None).suffix.lower()  # the consolidation base is SQLite: refused too
    if start and end and start > end:
        raise FoundationError(t("La période est vide : le {start} vient après le {end}.", start=start, end=end))
    url = database_url(target)
    if url.startswith("sqlite") and not Path(url.removeprefix("sqlite:///")).is_file():
        raise FoundationError(t("« {url} » n'est pas une base de consolidation : lancez d'abord « foundation "
                                "consolidate ».", url=shown(url)))
    engine = connect(target)
    try:
        try:
            with engine.connect() as connection:
                if FOUNDATION_VERSION_TABLE not in inspect(connection).get_table_names():
                    raise FoundationError(t("« {url} » n'est pas une base de consolidation : lancez d'abord "
                                            "« foundation consolidate ».", url=shown(url)))
            data = national_tables(engine, start, end, today)
        except DBAPIError as error:
            raise connection_error(url, error) from None
    finally:
        engine.dispose()
    with atomic_path(out) as temporary:
        if suffix == ".pdf":
            from .national_pdf import build_national_pdf

            build_national_pdf(data, temporary)
        else:
            from .national_xlsx import build_national_xlsx

            build_national_xlsx(data, temporary)
    return Path(out)
