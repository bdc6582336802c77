"""Alembic environment: run against the connection handed in by app.db.upgrade."""

from alembic import context

from app.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs table copies for ALTER; PostgreSQL ignores it
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
