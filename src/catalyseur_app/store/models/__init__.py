"""All database models. Import from here."""

from .base import Base, SyncRecord, UTCDateTime, new_uuid, utc_now
from .diagnostics import (
    Diagnostic,
    DiagnosticAction,
    DiagnosticActionPartner,
    DiagnosticAnswer,
    DiagnosticParticipant,
    DiagnosticPriority,
    InstalledKit,
)
from .exchange import ExchangeFile, ExchangePeer, SyncConflict, SyncState, TrustedKey
from .packs import InspiringExample, InstalledPack, PartnershipExample, VocabularyAddition
from .profile import Installation, Profile, ProfileCommune, Setting
from .records import (
    Activity,
    ActivityActor,
    ActivityCommune,
    Actor,
    Contact,
    Partnership,
    PartnershipCommune,
    PartnershipNeed,
    PartnershipOdd,
    PartnershipPartner,
)

__all__ = [
    "Activity",
    "ActivityActor",
    "ActivityCommune",
    "Actor",
    "Base",
    "Contact",
    "Diagnostic",
    "DiagnosticAction",
    "DiagnosticActionPartner",
    "DiagnosticAnswer",
    "DiagnosticParticipant",
    "DiagnosticPriority",
    "ExchangeFile",
    "ExchangePeer",
    "InspiringExample",
    "Installation",
    "InstalledKit",
    "InstalledPack",
    "Partnership",
    "PartnershipCommune",
    "PartnershipExample",
    "PartnershipNeed",
    "PartnershipOdd",
    "PartnershipPartner",
    "Profile",
    "ProfileCommune",
    "Setting",
    "SyncConflict",
    "SyncRecord",
    "SyncState",
    "TrustedKey",
    "UTCDateTime",
    "VocabularyAddition",
    "new_uuid",
    "utc_now",
]
