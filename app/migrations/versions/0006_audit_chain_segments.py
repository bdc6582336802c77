"""audit chain segments: a restored laptop continues in a new segment of its chain

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 10:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # every entry and batch so far belongs to segment 0, the chain from the start
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('segment', sa.BigInteger(), nullable=False,
                                      server_default='0'))
        batch_op.drop_constraint('uq_audit_entries_device_seq', type_='unique')
        batch_op.create_unique_constraint('uq_audit_entries_device_segment_seq',
                                          ['device_id', 'segment', 'seq'])
    with op.batch_alter_table('batches', schema=None) as batch_op:
        batch_op.add_column(sa.Column('segment', sa.BigInteger(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('chain_seq', sa.Integer(), nullable=True))
        batch_op.drop_constraint('uq_batches_device_seq', type_='unique')
        batch_op.create_unique_constraint('uq_batches_device_segment_seq',
                                          ['direction', 'device_id', 'segment', 'sequence'])


def downgrade() -> None:
    with op.batch_alter_table('batches', schema=None) as batch_op:
        batch_op.drop_constraint('uq_batches_device_segment_seq', type_='unique')
        batch_op.create_unique_constraint('uq_batches_device_seq',
                                          ['direction', 'device_id', 'sequence'])
        batch_op.drop_column('chain_seq')
        batch_op.drop_column('segment')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_constraint('uq_audit_entries_device_segment_seq', type_='unique')
        batch_op.create_unique_constraint('uq_audit_entries_device_seq',
                                          ['device_id', 'seq'])
        batch_op.drop_column('segment')
