"""slip copies from two places: a copy's number may repeat; an original's may not

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 18:30:00

A slip's receipt and copy number were unique together. But the office and the laptop
that holds a member can each reprint that member's slip while apart, and each takes the
next copy number it knows: both papers say "SALINAN ke-1". The laptop's batch then met
the office's copy and was refused, and so was every later batch of that laptop, since
each carried the same slip again. The unique constraint becomes a unique index on the
originals' numbers (copy 0: the printing device's code and count); which copies may
share a number is the batch import's rule (sync.checks). The data cannot break the new
index: the old constraint held it already.
"""

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

ORIGINALS = sa.text("copy_no = 0")


@contextmanager
def _slips_rebuilt() -> Iterator[BatchOperations]:
    """SQLite drops a constraint by copying the table: Alembic reads the slips table, and
    with it the members table its key points to, whose NIK index is on an expression that
    SQLAlchemy does not read (it says so, and leaves that table as it is)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of "
                                "expression-based index", sa.exc.SAWarning)
        with op.batch_alter_table('slips', schema=None) as batch_op:
            yield batch_op


def upgrade() -> None:
    with _slips_rebuilt() as batch_op:
        batch_op.drop_constraint('uq_slips_receipt_copy', type_='unique')
    op.create_index('uq_slips_original', 'slips', ['receipt_no'], unique=True,
                    sqlite_where=ORIGINALS, postgresql_where=ORIGINALS)


def downgrade() -> None:
    # refused by the database where the office keeps a laptop's copy beside its own
    op.drop_index('uq_slips_original', table_name='slips')
    with _slips_rebuilt() as batch_op:
        batch_op.create_unique_constraint('uq_slips_receipt_copy', ['receipt_no', 'copy_no'])
