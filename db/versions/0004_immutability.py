"""immutability: the audit log is append-only and signed notes never change, in the database;
an index for a resident's file history

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

SQLite triggers (shelter_desktop/storage/immutability.py); on another database this revision
changes nothing.
"""
from collections.abc import Sequence

from alembic import op

from shelter_desktop.storage import immutability

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    immutability.install(op.get_bind())
    op.create_index("ix_audit_event_entity", "audit_event", ["entity", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_event_entity", table_name="audit_event")
    immutability.uninstall(op.get_bind())
