"""members' indexes: one on the NIK, unique among active members and the one NIK searches
use; the group's index for members in a group only

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 07:00:00

The partial unique index on active NIKs and the plain index on every NIK become one
unique index on (nik, '' when active else the record's id): active NIKs stay unique,
voided and erased records keep theirs, and every member saved updates one NIK index
instead of two. The data cannot break the new index: the old one held it already.

The index on the group leaves out members in no group, most of them: every query of it
asks for one group's members (group_id = …), which such an index serves.

Where SQLite kept statistics of the table, they are gathered again for the new indexes.
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

KEY = "(CASE WHEN status = 'active' THEN '' ELSE CAST(id AS VARCHAR(36)) END)"


def upgrade() -> None:
    op.create_index('uq_members_nik', 'members', ['nik', sa.text(KEY)], unique=True)
    op.drop_index('uq_members_active_nik', table_name='members')
    op.drop_index('ix_members_nik', table_name='members')
    op.drop_index('ix_members_group_id', table_name='members')
    op.create_index('ix_members_group_id', 'members', ['group_id'], unique=False,
                    sqlite_where=sa.text("group_id IS NOT NULL"),
                    postgresql_where=sa.text("group_id IS NOT NULL"))
    _refresh_statistics()


def _refresh_statistics() -> None:
    """SQLite's statistics of the members table, where it kept some (after a large
    import): the dropped indexes' went with them, and without the new ones' SQLite
    chooses worse for a group's list searched by NIK. PostgreSQL gathers its own."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.execute(sa.text(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first():
        op.execute("ANALYZE main.members")


def downgrade() -> None:
    op.drop_index('ix_members_group_id', table_name='members')
    op.create_index('ix_members_group_id', 'members', ['group_id'], unique=False)
    op.create_index('ix_members_nik', 'members', ['nik'], unique=False)
    op.create_index('uq_members_active_nik', 'members', ['nik'], unique=True,
                    sqlite_where=sa.text("status = 'active'"),
                    postgresql_where=sa.text("status = 'active'"))
    op.drop_index('uq_members_nik', table_name='members')
