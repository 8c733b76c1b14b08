"""The installation, its settings, and the catalyseur's profile."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SyncRecord, UTCDateTime, utc_now


class Installation(Base):
    """One row: this device's identity. Never travels."""

    __tablename__ = "installation"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Setting(Base):
    """Preferences of this installation (language…). Never travels."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Profile(SyncRecord, Base):
    """The catalyseur using this installation. Its id is the catalyseur id in sync files."""

    __tablename__ = "profiles"

    full_name: Mapped[str] = mapped_column(String(200))
    structure: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    communes: Mapped[list[ProfileCommune]] = relationship(
        back_populates="profile", cascade="all, delete-orphan", order_by="ProfileCommune.insee"
    )


class ProfileCommune(Base):
    """A commune the catalyseur works in."""

    __tablename__ = "profile_communes"

    profile_id: Mapped[str] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    insee: Mapped[str] = mapped_column(String(5), primary_key=True)
    profile: Mapped[Profile] = relationship(back_populates="communes")

    @property
    def sync_parent(self):
        return self.profile
