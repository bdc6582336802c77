"""SQLAlchemy 2 ORM classes and the schema. No Qt."""

from app.models.base import Base, Synced, UTCDateTime, utcnow
from app.models.entities import (
    AuditEntry,
    Device,
    Event,
    Group,
    Member,
    MemberChange,
    Officer,
    PrintJob,
    Setting,
    Slip,
)

__all__ = [
    "AuditEntry",
    "Base",
    "Device",
    "Event",
    "Group",
    "Member",
    "MemberChange",
    "Officer",
    "PrintJob",
    "Setting",
    "Slip",
    "Synced",
    "UTCDateTime",
    "utcnow",
]
