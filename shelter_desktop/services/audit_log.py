"""Reading and verifying the audit log (administrators only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Select, func, select

from ..domain.audit import AuditAction, ChainHead, ChainReport
from ..domain.dto import AuditEventView, SignedInUser
from ..domain.roles import Permission
from ..storage.audit_log import verify_chain
from ..storage.models import AuditEventRow
from .base import ServiceBase


@dataclass(frozen=True)
class AuditFilter:
    """``since`` and ``until`` are local calendar days, both included."""

    action: str | None = None
    username: str | None = None
    since: date | None = None
    until: date | None = None


def _filtered(query: Select, flt: AuditFilter) -> Select:  # type: ignore[type-arg]
    if flt.action:
        query = query.where(AuditEventRow.action == flt.action)
    if flt.username:
        query = query.where(func.lower(AuditEventRow.actor_username) == flt.username.strip().lower())
    if flt.since:
        query = query.where(AuditEventRow.occurred_at >= _local_midnight_in_utc(flt.since))
    if flt.until:
        query = query.where(
            AuditEventRow.occurred_at < _local_midnight_in_utc(flt.until + timedelta(days=1))
        )
    return query


def _local_midnight_in_utc(day: date) -> datetime:
    """Events are stored in UTC; a day typed by staff is a day on this computer's clock."""
    local = datetime.combine(day, time.min).astimezone()
    return local.astimezone(timezone.utc).replace(tzinfo=None)


class AuditLogService(ServiceBase):
    def list_events(
        self, actor: SignedInUser, flt: AuditFilter, limit: int = 500, offset: int = 0
    ) -> tuple[list[AuditEventView], int]:
        """Newest first; returns one page and the number of matching events."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_AUDIT_LOG, "audit")
            total = uow.session.scalar(
                _filtered(select(func.count()).select_from(AuditEventRow), flt)
            ) or 0
            rows = uow.session.scalars(
                _filtered(select(AuditEventRow), flt)
                .order_by(AuditEventRow.id.desc())
                .limit(limit)
                .offset(offset)
            ).all()
            return [
                AuditEventView(
                    r.id, r.occurred_at, r.actor_username, r.action, r.entity, r.entity_id, r.detail
                )
                for r in rows
            ], total

    def verify(self, actor: SignedInUser | None, outside_head: ChainHead | None) -> ChainReport:
        """Recompute the chain. ``actor`` None is the command line's ``check`` (no sign-in)."""
        with self.unit_of_work(actor) as uow:
            if actor is not None:
                uow.require(Permission.VIEW_AUDIT_LOG, "audit")
            report = verify_chain(uow.session, outside_head)
            uow.session.rollback()
            return report

    @staticmethod
    def action_names() -> list[str]:
        return [a.value for a in AuditAction]
