"""How backups are shown to people, in the current language (command line and window alike)."""

from __future__ import annotations

from datetime import datetime

from catalyseur_app.formatting import format_moment, format_number
from catalyseur_app.messages import t, translatable

from .backup import (
    AUTOMATIC,
    BEFORE_IMPORT,
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    CLOSING,
    MAIN_TABLES,
    MANUAL,
    BackupInfo,
    main_counts,
)

REASONS = {
    AUTOMATIC: translatable("automatique"),
    CLOSING: translatable("à la fermeture"),
    MANUAL: translatable("faite à la main"),
    BEFORE_IMPORT: translatable("avant un import"),
    BEFORE_MIGRATION: translatable("avant une mise à jour de la base"),
    BEFORE_RESTORE: translatable("avant une restauration"),
}
TABLES = {
    "actors": translatable("acteurs"),
    "contacts": translatable("contacts"),
    "partnerships": translatable("partenariats"),
    "activities": translatable("activités"),
    "diagnostics": translatable("diagnostics"),
}


def reason_label(reason: str) -> str:
    return t(REASONS[reason]) if reason in REASONS else reason


def table_label(name: str) -> str:
    return t(TABLES[name]) if name in TABLES else name


def moment_label(moment: datetime) -> str:
    """Local date and time: « 04/12/2026 16:40 » (both languages write the day first)."""
    return format_moment(moment)


def size_label(size: int) -> str:
    return t("{size} Mo", size=format_number(size / (1024 * 1024), 1))


def counts_label(counts: dict[str, int] | None) -> str:
    """« 12 acteurs, 3 contacts, … »; « ? » when unknown."""
    if counts is None:
        return "?"
    shown = main_counts(counts)
    return ", ".join(f"{format_number(shown[name])} {table_label(name)}" for name in MAIN_TABLES)


def describe(info: BackupInfo) -> str:
    return t("{moment}, {reason} : {counts} ({size})", moment=moment_label(info.created_at),
             reason=reason_label(info.reason), counts=counts_label(info.counts), size=size_label(info.size))
