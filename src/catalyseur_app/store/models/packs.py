"""What the foundation's reference packs installed here: the packs themselves, the vocabulary
terms they added, the inspiring examples, and which example a partnership cites.

None of these tables travel in sync files: every catalyseur receives the same packs.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utc_now


class InstalledPack(Base):
    """One reference pack installed, by its number in the foundation's sequence."""

    __tablename__ = "installed_packs"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)
    installed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    sha256: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(80))
    file_name: Mapped[str] = mapped_column(String(500), default="")
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON {kits, vocabulary, examples}


class VocabularyAddition(Base):
    """A term a pack added to an extendable vocabulary (domain.vocabularies.EXTENDABLE)."""

    __tablename__ = "vocabulary_additions"

    vocabulary: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_fr: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    pack_sequence: Mapped[int] = mapped_column(Integer)


class InspiringExample(Base):
    """An inspiring example shared by another territory, as the foundation published it."""

    __tablename__ = "inspiring_examples"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    territory: Mapped[str] = mapped_column(String(300), default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    form: Mapped[str] = mapped_column(String(40), default="", index=True)
    odds: Mapped[str] = mapped_column(String(60), default="")  # "3;8;17"
    what_was_done: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    pack_sequence: Mapped[int] = mapped_column(Integer)


class PartnershipExample(Base):
    """The inspiring example a partnership cites (at most one)."""

    __tablename__ = "partnership_examples"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True)
    example_id: Mapped[str] = mapped_column(ForeignKey("inspiring_examples.id"), index=True)
