"""The administrator's integrity check (DESIGN.md section 4): the open database file and the
audit chain, checked together so one button answers "is our record sound?"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..domain.audit import AuditAction, ChainHead
from ..domain.dto import SignedInUser
from ..domain.roles import Permission, role_allows
from ..storage.audit_log import verify_chain
from ..storage.backup import integrity_problems
from ..storage.database import ShelterDatabase
from .base import ServiceBase
from .unit_of_work import HeadListener

OutsideHead = Callable[[], ChainHead | None]


@dataclass(frozen=True)
class IntegrityReport:
    """What the checks found; the problem lines are the checks' own words (not translated)."""

    database_problems: tuple[str, ...]
    audit_problems: tuple[str, ...]
    events_checked: int

    @property
    def ok(self) -> bool:
        return not self.database_problems and not self.audit_problems

    @property
    def problems(self) -> tuple[str, ...]:
        return self.database_problems + self.audit_problems


class IntegrityService(ServiceBase):
    def __init__(
        self, database: ShelterDatabase, on_head: HeadListener | None, outside_head: OutsideHead
    ) -> None:
        super().__init__(database, on_head)
        self._outside_head = outside_head

    def check(self, actor: SignedInUser) -> IntegrityReport:
        """Run cipher_integrity_check, integrity_check and foreign_key_check on the database
        file, and recompute the audit chain. Allowed with BACKUP_RESTORE or VIEW_AUDIT_LOG."""
        with self.unit_of_work(actor) as uow:
            role = uow.actor_role()
            if not (
                role_allows(role, Permission.BACKUP_RESTORE)
                or role_allows(role, Permission.VIEW_AUDIT_LOG)
            ):
                uow.deny(Permission.BACKUP_RESTORE.value, "database")
        database_problems = tuple(
            integrity_problems(self._database.data_dir.database, self._database.key)
        )
        with self.unit_of_work(actor) as uow:
            chain = verify_chain(uow.session, self._outside_head())
            uow.session.rollback()
        report = IntegrityReport(database_problems, tuple(chain.problems), chain.events_checked)
        with self.unit_of_work(actor) as uow:
            uow.audit(
                AuditAction.VIEW,
                "database",
                None,
                {"check": "integrity", "ok": report.ok, "problems": len(report.problems)},
            )
        return report
