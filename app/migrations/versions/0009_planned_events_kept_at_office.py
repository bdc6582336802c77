"""planned events kept at the office: no laptop holds an event the office planned

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 18:45:00

An event planned in a configuration package has the id the package gave it: uuid5 of
the office's device id and "name|day" as typed (a name-based UUID, version 5; the events
a laptop or a desk creates have random ones, version 4). Before, the first laptop whose batch brought
such an event came to hold it at the office, as if it had made it; another laptop's
batch closing the event was then refused as "made by another device". The program now
keeps planned events at the office (config make stores them; the merge holds none for
a laptop), and a laptop may register only into events it holds or the office's. This
migration lets go of what a laptop came to hold that way, so those laptops' batches go
in. Nothing else changes: the events and their members stay as they are. A laptop's
database holds no such records (held_records is the office's), so there it does nothing.
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

held = sa.table("held_records", sa.column("record_id", sa.Uuid()),
                sa.column("entity", sa.String()))


def upgrade() -> None:
    bind = op.get_bind()
    planned = [record_id for (record_id,) in bind.execute(
        sa.select(held.c.record_id).where(held.c.entity == "events"))
        if record_id.version == 5]
    for start in range(0, len(planned), 500):
        bind.execute(sa.delete(held).where(held.c.record_id.in_(planned[start:start + 500])))


def downgrade() -> None:
    pass  # who held them before is not kept; the older program reads the office's as such
