"""Bookkeeping of sync files: files made here, files applied from other devices, sync bases, conflicts.

None of these tables travel; they describe this device's exchanges.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utc_now


class ExchangeFile(Base):
    """One sync file made by this device (the ledger shown in Échanges)."""

    __tablename__ = "exchange_files"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    with_contacts: Mapped[bool] = mapped_column(Boolean, default=False)
    period_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    file_name: Mapped[str] = mapped_column(String(500))
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON {sheet: rows}
    total_rows: Mapped[int] = mapped_column(Integer, default=0)


class ExchangePeer(Base):
    """What was last applied from another device's files."""

    __tablename__ = "exchange_peers"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    catalyseur_id: Mapped[str] = mapped_column(String(36), default="")
    catalyseur_name: Mapped[str] = mapped_column(String(200), default="")
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_period_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_file_name: Mapped[str] = mapped_column(String(500), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SyncState(Base):
    """Per record: the stamp last agreed with the other devices, and the stamp last sent from here.

    ``base_*`` is the stamp received in a file (or chosen when a conflict was settled): the local
    copy descends from it. ``sent_*`` is the stamp written in the last file made here: a record
    whose stamp equals it (or the base) has not changed since and is left out of incremental files.
    ``tombstone`` is set when a deletion or an erasure arrived for a record this device never had.
    """

    __tablename__ = "exchange_sync_states"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    base_version: Mapped[int | None] = mapped_column(Integer)
    base_by: Mapped[str | None] = mapped_column(String(36))
    sent_version: Mapped[int | None] = mapped_column(Integer)
    sent_by: Mapped[str | None] = mapped_column(String(36))
    tombstone: Mapped[str | None] = mapped_column(String(20))  # TOMBSTONE_DELETED / TOMBSTONE_ERASED


# Stored values: why a record is gone (SyncState.tombstone), who settled a conflict and where it stands.
TOMBSTONE_DELETED, TOMBSTONE_ERASED = "deleted", "erased"
DECIDED_BY_RULE, DECIDED_BY_PERSON = "rule", "person"
CONFLICT_OPEN, CONFLICT_RESOLVED, CONFLICT_SUPERSEDED = "open", "resolved", "superseded"


class SyncConflict(Base):
    """A record changed on both sides since they last agreed: both versions, and what was chosen."""

    __tablename__ = "exchange_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    from_device: Mapped[str] = mapped_column(String(36), default="")
    local: Mapped[str] = mapped_column(Text)  # JSON of the local version
    incoming: Mapped[str] = mapped_column(Text)  # JSON of the incoming version
    chosen: Mapped[str] = mapped_column(String(10))  # "local" / "incoming"
    decided_by: Mapped[str] = mapped_column(String(10))  # DECIDED_BY_RULE / DECIDED_BY_PERSON
    status: Mapped[str] = mapped_column(String(10), default=CONFLICT_OPEN, index=True)  # CONFLICT_*


class TrustedKeyFields:
    """A key accepted for a catalyseur (exchange/trust.py; docs/sync-format.md, "Trust"). The same
    columns in a catalyseur's store and in a consolidation store (foundation/models.py)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    catalyseur_id: Mapped[str] = mapped_column(String(36), index=True)
    catalyseur_name: Mapped[str] = mapped_column(String(200), default="")
    # "" until a key is known: accepted beforehand ("trust accept ID"), the first key that comes is taken.
    fingerprint: Mapped[str] = mapped_column(String(80), default="")
    public_key: Mapped[str] = mapped_column(String(64), default="")  # "" until a file brings it
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class TrustedKey(TrustedKeyFields, Base):
    """This store's trust registry: whose signed sync files it imports."""

    __tablename__ = "trusted_keys"
    __table_args__ = (UniqueConstraint("catalyseur_id", "fingerprint"),)
