"""resident search: FTS5 table over names, aliases and case numbers, kept by triggers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

SQLite only (the SQL lives in shelter_desktop/storage/resident_search.py); on another database
this revision changes nothing and the search uses plain indexes.
"""
from collections.abc import Sequence

from alembic import op

from shelter_desktop.storage import resident_search

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    resident_search.install(op.get_bind())


def downgrade() -> None:
    resident_search.uninstall(op.get_bind())
