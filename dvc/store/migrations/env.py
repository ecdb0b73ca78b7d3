"""Alembic environment: dvc always hands in an open connection (see store/migrate.py)."""

from alembic import context
from sqlmodel import SQLModel

import dvc.store.tables  # noqa: F401  (registers every table on the metadata)

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("dvc migrations run through dvc.store.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
