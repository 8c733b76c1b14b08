"""Installed kits and the diagnostics run with them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SyncRecord, UTCDateTime, utc_now


class InstalledKit(Base):
    """A kit workbook installed on this device, kept whole so a diagnostic can always reload it."""

    __tablename__ = "installed_kits"

    form_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[str] = mapped_column(String(50), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    installed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Diagnostic(SyncRecord, Base):
    __tablename__ = "diagnostics"

    kit_id: Mapped[str] = mapped_column(String(100))
    kit_version: Mapped[str] = mapped_column(String(50))
    commune_insee: Mapped[str] = mapped_column(String(5), index=True)
    started_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="in_progress", index=True)
    current_volet: Mapped[str | None] = mapped_column(String(100))  # where to resume
    revision: Mapped[int] = mapped_column(Integer, default=1)
    revision_of_id: Mapped[str | None] = mapped_column(ForeignKey("diagnostics.id"))
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")

    participants: Mapped[list[DiagnosticParticipant]] = relationship(back_populates="diagnostic")
    answers: Mapped[list[DiagnosticAnswer]] = relationship(back_populates="diagnostic")
    priorities: Mapped[list[DiagnosticPriority]] = relationship(back_populates="diagnostic")
    actions: Mapped[list[DiagnosticAction]] = relationship(back_populates="diagnostic")


class DiagnosticParticipant(SyncRecord, Base):
    """Someone around the table: a recorded contact, or a free name."""

    __tablename__ = "diagnostic_participants"

    diagnostic_id: Mapped[str] = mapped_column(ForeignKey("diagnostics.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"))
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")

    diagnostic: Mapped[Diagnostic] = relationship(back_populates="participants")


class DiagnosticAnswer(SyncRecord, Base):
    """One answer; ``value`` is JSON (string, number, or list for select_multiple)."""

    __tablename__ = "diagnostic_answers"
    __table_args__ = (UniqueConstraint("diagnostic_id", "question"),)

    diagnostic_id: Mapped[str] = mapped_column(ForeignKey("diagnostics.id"), index=True)
    question: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text)

    diagnostic: Mapped[Diagnostic] = relationship(back_populates="answers")


class DiagnosticPriority(SyncRecord, Base):
    """A volet the commune chose as a priority, in its rank."""

    __tablename__ = "diagnostic_priorities"

    diagnostic_id: Mapped[str] = mapped_column(ForeignKey("diagnostics.id"), index=True)
    volet: Mapped[str] = mapped_column(String(100))
    rank: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")

    diagnostic: Mapped[Diagnostic] = relationship(back_populates="priorities")


class DiagnosticAction(SyncRecord, Base):
    """One line of the action plan."""

    __tablename__ = "diagnostic_actions"

    diagnostic_id: Mapped[str] = mapped_column(ForeignKey("diagnostics.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    lead_actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="todo")

    diagnostic: Mapped[Diagnostic] = relationship(back_populates="actions")
    partners: Mapped[list[DiagnosticActionPartner]] = relationship(
        back_populates="action", cascade="all, delete-orphan"
    )


class DiagnosticActionPartner(Base):
    __tablename__ = "diagnostic_action_partners"

    action_id: Mapped[str] = mapped_column(ForeignKey("diagnostic_actions.id", ondelete="CASCADE"), primary_key=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), primary_key=True)
    action: Mapped[DiagnosticAction] = relationship(back_populates="partners")

    @property
    def sync_parent(self):
        return self.action
