"""planned events kept at the office: no laptop holds an event the office planned

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 18:45:00

An event planned in a configuration package has the id the package gave it: uuid5 of
the office's device id and "name|day". Before, the first laptop whose batch brought
such an event came to hold it at the office, as if it had made it; another laptop's
batch closing the event was then refused as "made by another device". The program now
keeps planned events at the office (config make stores them; the merge holds none for
a laptop), and a laptop may register only into events it holds or the office's. This
migration lets go of what a laptop came to hold that way, so those laptops' batches go
in. Nothing else changes: the events and their members stay as they are. A laptop's
database holds no such records (held_records is the office's), so there it does nothing.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

devices = sa.table("devices", sa.column("id", sa.Uuid()), sa.column("is_local", sa.Boolean()))
events = sa.table("events", sa.column("id", sa.Uuid()), sa.column("name", sa.String()),
                  sa.column("date", sa.Date()))
held = sa.table("held_records", sa.column("record_id", sa.Uuid()),
                sa.column("entity", sa.String()))


def upgrade() -> None:
    bind = op.get_bind()
    office = bind.execute(sa.select(devices.c.id).where(devices.c.is_local.is_(True))).scalar()
    if office is None:  # not set up yet: nothing held
        return
    held_events = sa.select(held.c.record_id).where(held.c.entity == "events")
    planned = [event_id for event_id, name, day in bind.execute(
        sa.select(events.c.id, events.c.name, events.c.date)
        .where(events.c.id.in_(held_events)))
        if event_id == uuid.uuid5(office, f"{name}|{day.isoformat()}")]
    for start in range(0, len(planned), 500):
        bind.execute(sa.delete(held).where(held.c.record_id.in_(planned[start:start + 500])))


def downgrade() -> None:
    pass  # who held them before is not kept; the older program reads the office's as such
