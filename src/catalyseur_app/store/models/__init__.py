"""All database models. Import from here."""

from .base import Base, SyncRecord, UTCDateTime, new_uuid, utc_now
from .diagnostics import (
    Diagnostic, DiagnosticAction, DiagnosticActionPartner, DiagnosticAnswer,
    DiagnosticParticipant, DiagnosticPriority, InstalledKit,
)
from .exchange import ExchangeFile, ExchangePeer, SyncConflict, SyncState
from .profile import Installation, Profile, ProfileCommune, Setting
from .records import (
    Activity, ActivityActor, ActivityCommune, Actor, Contact, Partnership, PartnershipCommune,
    PartnershipNeed, PartnershipOdd, PartnershipPartner,
)

__all__ = [
    "Base", "SyncRecord", "UTCDateTime", "new_uuid", "utc_now",
    "Installation", "Setting", "Profile", "ProfileCommune",
    "Actor", "Contact", "Partnership", "PartnershipPartner", "PartnershipCommune",
    "PartnershipNeed", "PartnershipOdd", "Activity", "ActivityCommune", "ActivityActor",
    "InstalledKit", "Diagnostic", "DiagnosticParticipant", "DiagnosticAnswer",
    "DiagnosticPriority", "DiagnosticAction", "DiagnosticActionPartner",
    "ExchangeFile", "ExchangePeer", "SyncState", "SyncConflict",
]
