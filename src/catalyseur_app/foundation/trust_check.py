"""The consolidation store's trust registry applied to one inbox file (docs/sync-format.md, "Trust")."""

from __future__ import annotations

from catalyseur_app.exchange.errors import SyncFileError
from catalyseur_app.exchange.trust import check, remember

from .models import FoundationTrustedKey

TRUSTED_KEYS = FoundationTrustedKey.__table__


def trust_refusal(engine, manifest, file_name: str, trust_new: bool = False) -> str | None:
    """Why the file must be refused (a person's sentence), or None. A key accepted on first use
    (``trust_new``, or ``trust accept ID --db`` beforehand) is recorded at once, so the next files of
    the same catalyseur in the inbox are checked against it."""
    with engine.begin() as connection:
        try:
            decision = check(connection, TRUSTED_KEYS, manifest, file_name, trust_new)
        except SyncFileError as error:
            return str(error)
        if decision.remember:
            remember(connection, TRUSTED_KEYS, manifest)
    return None
