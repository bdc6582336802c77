"""officers travel with their records: home device, username unique among sign-in accounts

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 08:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('home_device_id', sa.Uuid(), nullable=True))
    # every account so far was made on the device that changed it last
    op.execute("UPDATE officers SET home_device_id = changed_by_device")
    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.alter_column('home_device_id', existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_constraint('uq_officers_username', type_='unique')
        batch_op.create_index('ix_officers_username', ['username'], unique=False)
        batch_op.create_index('uq_officers_signin_username', ['username'], unique=True,
                              sqlite_where=sa.text("password_hash != ''"),
                              postgresql_where=sa.text("password_hash != ''"))


def downgrade() -> None:
    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.drop_index('uq_officers_signin_username')
        batch_op.drop_index('ix_officers_username')
        batch_op.create_unique_constraint('uq_officers_username', ['username'])
        batch_op.drop_column('home_device_id')
