"""Alembic environment. The application runs migrations itself at open (storage/migrations.py),
handing over its keyed connection; there is no plaintext URL to configure here."""

from alembic import context

from shelter_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Shelter Desktop runs its database migrations itself when it opens a database."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
