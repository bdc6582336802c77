"""SQLAlchemy 2 ORM classes and the schema. No Qt."""

from app.models.base import LOCAL_COLUMNS, Base, Synced, UTCDateTime, utcnow
from app.models.entities import (
    AuditEntry,
    Batch,
    Conflict,
    Device,
    Event,
    Group,
    Held,
    Member,
    MemberChange,
    Officer,
    PrintJob,
    Setting,
    Slip,
)

__all__ = [
    "LOCAL_COLUMNS",
    "AuditEntry",
    "Base",
    "Batch",
    "Conflict",
    "Device",
    "Event",
    "Group",
    "Held",
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
