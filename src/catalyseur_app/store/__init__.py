"""The local store: SQLite through SQLAlchemy, migrated with Alembic."""

from .database import Store, open_store
from .errors import StoreError
from .paths import resolve_data_dir


def open_store_for_cli(args) -> Store:
    """Open the store named by ``--data-dir`` / CATALYSEUR_DATA_DIR / the default folder."""
    return open_store(resolve_data_dir(getattr(args, "data_dir", None)))


__all__ = ["Store", "StoreError", "open_store", "open_store_for_cli", "resolve_data_dir"]
