"""the day a resident left the shelter (exits by month, issue #5)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

``resident.exit_date`` is filled for residents who already left where the records know the day:
reintegrated residents left on their (latest) placement, which is also the date the services
write from now on; a closed case left on its placement when she was placed, else on the day it
was closed. Residents who were transferred or left without notice before this revision have no
recorded day: their exit date stays empty rather than being invented.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Lightweight tables for the backfill: the migration must not depend on today's models.
_resident = sa.table(
    "resident", sa.column("id", sa.Integer), sa.column("status", sa.String),
    sa.column("exit_date", sa.Date),
)
_reintegration = sa.table(
    "reintegration", sa.column("resident_id", sa.Integer),
    sa.column("placement_date", sa.Date), sa.column("closed_on", sa.Date),
)


def _latest(column: sa.ColumnClause) -> sa.ScalarSelect:  # type: ignore[type-arg]
    return (
        sa.select(sa.func.max(column))
        .where(_reintegration.c.resident_id == _resident.c.id)
        .scalar_subquery()
    )


def upgrade() -> None:
    # A nullable column is added in place (ALTER TABLE ... ADD COLUMN): no batch copy of the
    # resident table, so its search triggers and the rows pointing at it stay as they are.
    op.add_column("resident", sa.Column("exit_date", sa.Date(), nullable=True))
    op.create_index("ix_resident_exit_date", "resident", ["exit_date"], unique=False)
    # Summaries read admissions by date range, for a year and each of its quarters.
    op.create_index("ix_resident_admission_date", "resident", ["admission_date"], unique=False)
    placed = _latest(_reintegration.c.placement_date)
    closed = _latest(_reintegration.c.closed_on)
    op.execute(
        _resident.update()
        .where(_resident.c.status == "reintegrated")
        .values(exit_date=placed)
    )
    op.execute(
        _resident.update()
        .where(_resident.c.status == "closed")
        .values(exit_date=sa.func.coalesce(placed, closed))
    )


def downgrade() -> None:
    op.drop_index("ix_resident_admission_date", table_name="resident")
    op.drop_index("ix_resident_exit_date", table_name="resident")
    with op.batch_alter_table("resident", recreate="never") as batch_op:
        batch_op.drop_column("exit_date")
