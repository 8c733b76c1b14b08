"""The foundation's own tables, beside the catalyseurs' record tables in a consolidation store.

They have their own metadata and their own migration line (``foundation/migrations``, version
table ``foundation_alembic_version``), so a catalyseur's store never carries them and the two
lines of migrations never have to be merged.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, MetaData, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from catalyseur_app.store.models.base import NAMING_CONVENTION, UTCDateTime, utc_now
from catalyseur_app.store.models.exchange import TrustedKeyFields


class FoundationBase(DeclarativeBase):
    __table__: ClassVar[Table]  # every model is mapped to one table (DeclarativeBase types it FromClause)
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class AppliedFile(FoundationBase):
    """One sync file consolidated: who sent it, its place in its device's sequence, what it did."""

    __tablename__ = "foundation_files"
    __table_args__ = (UniqueConstraint("device_id", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(500))
    catalyseur_id: Mapped[str] = mapped_column(String(36), index=True)
    catalyseur_name: Mapped[str] = mapped_column(String(200), default="")
    device_id: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    summary: Mapped[str] = mapped_column(Text, default="{}")  # JSON {action: count}


class RecordSource(FoundationBase):
    """Who sent a record first: its catalyseur and device (records keep who sent them)."""

    __tablename__ = "foundation_record_sources"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    catalyseur_id: Mapped[str] = mapped_column(String(36), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    file_id: Mapped[int] = mapped_column(ForeignKey("foundation_files.id"))


class NationalActor(FoundationBase):
    """One real-world actor, known by a natural key: ``insee:15014`` (a commune) or
    ``siren:123456789`` (an organisation)."""

    __tablename__ = "foundation_national_actors"

    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), default="")


class ActorLink(FoundationBase):
    """A catalyseur's own actor record linked to the national actor it stands for."""

    __tablename__ = "foundation_actor_links"

    actor_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    national_key: Mapped[str] = mapped_column(ForeignKey("foundation_national_actors.key"), index=True)


class FoundationTrustedKey(TrustedKeyFields, FoundationBase):
    """The consolidation store's trust registry: whose signed sync files it consolidates."""

    __tablename__ = "foundation_trusted_keys"
    __table_args__ = (UniqueConstraint("catalyseur_id", "fingerprint"),)


# What the foundation publishes back down in its reference packs (foundation/pack_content.py).

class PackKit(FoundationBase):
    """A kit version to publish, kept whole as the workbook that was validated."""

    __tablename__ = "foundation_pack_kits"

    form_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[str] = mapped_column(String(50), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PackTerm(FoundationBase):
    """A term added to an extendable vocabulary (new needs, new partnership stages…)."""

    __tablename__ = "foundation_pack_terms"

    vocabulary: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_fr: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PackExample(FoundationBase):
    """An inspiring example shared with every territory."""

    __tablename__ = "foundation_pack_examples"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    territory: Mapped[str] = mapped_column(String(300), default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    form: Mapped[str] = mapped_column(String(40), default="")
    odds: Mapped[str] = mapped_column(String(60), default="")  # "3;8;17"
    what_was_done: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PublishedPack(FoundationBase):
    """A reference pack written: its number (packs are numbered 1, 2, 3… and each holds everything)."""

    __tablename__ = "foundation_packs"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(500))
    counts: Mapped[str] = mapped_column(Text, default="{}")
