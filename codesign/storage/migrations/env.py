"""Alembic runs this with the connection that codesign.storage.migrate hands it."""

from alembic import context

from codesign.model import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
