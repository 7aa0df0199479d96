"""Alembic environment. The application runs migrations itself at open (storage/migrations.py),
handing over its keyed connection; there is no plaintext URL to configure here."""

from alembic import context

from shelter_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Shelter Desktop runs its database migrations itself when it opens a database."
    )



def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """Autogenerate must not try to drop what the models do not describe: the FTS5 search
    table and its shadow tables (storage/resident_search.py)."""
    return not (type_ == "table" and name.startswith("resident_fts"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
