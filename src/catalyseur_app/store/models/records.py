"""Actors, contacts, partnerships and the activities of the journal des métiers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SyncRecord, UTCDateTime


class Actor(SyncRecord, Base):
    __tablename__ = "actors"

    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), default="", index=True)  # folded, for duplicates
    kind: Mapped[str] = mapped_column(String(40), index=True)
    commune_insee: Mapped[str | None] = mapped_column(String(5), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    siren: Mapped[str | None] = mapped_column(String(14), index=True)  # SIREN (9) or SIRET (14)
    website: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"))

    contacts: Mapped[list[Contact]] = relationship(back_populates="actor")


class Contact(SyncRecord, Base):
    """A person: personal data, kept minimal and with the consent recorded."""

    __tablename__ = "contacts"

    actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_source: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # GDPR erasure, travels

    actor: Mapped[Actor | None] = relationship(back_populates="contacts")


class Partnership(SyncRecord, Base):
    __tablename__ = "partnerships"

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    form: Mapped[str] = mapped_column(String(40), index=True)
    stage: Mapped[str] = mapped_column(String(40), index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    money_eur: Mapped[float | None] = mapped_column(Float)
    in_kind: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[str] = mapped_column(Text, default="")
    outcomes: Mapped[str] = mapped_column(Text, default="")
    inspiring: Mapped[bool] = mapped_column(Boolean, default=False)

    partners: Mapped[list[PartnershipPartner]] = relationship(back_populates="partnership")
    communes: Mapped[list[PartnershipCommune]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan"
    )
    needs: Mapped[list[PartnershipNeed]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan"
    )
    odds: Mapped[list[PartnershipOdd]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan"
    )


class PartnershipPartner(SyncRecord, Base):
    """An actor taking part in a partnership, with its role."""

    __tablename__ = "partnership_partners"
    __table_args__ = (UniqueConstraint("partnership_id", "actor_id"),)

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    role: Mapped[str] = mapped_column(String(40), default="partenaire")

    partnership: Mapped[Partnership] = relationship(back_populates="partners")
    actor: Mapped[Actor] = relationship()


class PartnershipCommune(Base):
    __tablename__ = "partnership_communes"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True)
    insee: Mapped[str] = mapped_column(String(5), primary_key=True, index=True)
    partnership: Mapped[Partnership] = relationship(back_populates="communes")

    @property
    def sync_parent(self):
        return self.partnership


class PartnershipNeed(Base):
    __tablename__ = "partnership_needs"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True)
    need: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)
    partnership: Mapped[Partnership] = relationship(back_populates="needs")

    @property
    def sync_parent(self):
        return self.partnership


class PartnershipOdd(Base):
    __tablename__ = "partnership_odds"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True)
    odd: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)
    partnership: Mapped[Partnership] = relationship(back_populates="odds")

    @property
    def sync_parent(self):
        return self.partnership


class Activity(SyncRecord, Base):
    """One entry of the journal des métiers."""

    __tablename__ = "activities"
    # Covers the dashboard's and the timeline's "minutes per métier per day" without touching rows.
    __table_args__ = (Index("ix_activities_metier_day_minutes", "metier", "day", "minutes", "deleted_at"),)

    day: Mapped[date] = mapped_column(Date, index=True)
    metier: Mapped[str] = mapped_column(String(40), index=True)
    mission: Mapped[str] = mapped_column(String(60), index=True)
    title: Mapped[str] = mapped_column(String(300))
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    participants: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(Text, default="")
    partnership_id: Mapped[str | None] = mapped_column(ForeignKey("partnerships.id"), index=True)

    partnership: Mapped[Partnership | None] = relationship()
    communes: Mapped[list[ActivityCommune]] = relationship(
        back_populates="activity", cascade="all, delete-orphan"
    )
    actors: Mapped[list[ActivityActor]] = relationship(
        back_populates="activity", cascade="all, delete-orphan"
    )


class ActivityCommune(Base):
    __tablename__ = "activity_communes"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    insee: Mapped[str] = mapped_column(String(5), primary_key=True, index=True)
    activity: Mapped[Activity] = relationship(back_populates="communes")

    @property
    def sync_parent(self):
        return self.activity


class ActivityActor(Base):
    __tablename__ = "activity_actors"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), primary_key=True, index=True)
    activity: Mapped[Activity] = relationship(back_populates="actors")

    @property
    def sync_parent(self):
        return self.activity
