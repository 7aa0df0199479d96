"""The Home screen's figures, limited to what the signed-in role may see."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..domain.dto import ShelterProfile, SignedInUser
from ..domain.residents import ResidentStatus
from ..domain.roles import Permission, role_allows
from ..storage.settings_file import AppSettings
from ..storage.models import (
    AuditEventRow,
    CounselingNoteRow,
    ResidentRow,
    ShelterProfileRow,
    StaffAccountRow,
)
from .base import ServiceBase
from .scheduled_backup import BackupProblem, read_backup_problem


@dataclass(frozen=True)
class HomeFigures:
    shelter: ShelterProfile
    active_residents: int | None  # None: this role does not see residents
    unsigned_notes_mine: int | None
    unsigned_notes_all: int | None
    active_staff: int | None
    audit_events: int | None
    # Why the scheduled backup failed last (every role sees it: anyone can plug in the stick).
    last_backup_error: BackupProblem | None = None


class HomeService(ServiceBase):
    def figures(self, actor: SignedInUser) -> HomeFigures:
        with self.unit_of_work(actor) as uow:
            role = uow.actor_role()
            s = uow.session
            profile = s.get(ShelterProfileRow, 1)
            shelter = ShelterProfile(profile.name, profile.code) if profile else ShelterProfile("", "")
            active = mine = unsigned = staff = events = None
            if role_allows(role, Permission.VIEW_RESIDENTS):
                active = s.scalar(
                    select(func.count(ResidentRow.id)).where(
                        ResidentRow.status == ResidentStatus.ACTIVE.value
                    )
                )
                unsigned = s.scalar(
                    select(func.count(CounselingNoteRow.id)).where(
                        CounselingNoteRow.signed_at.is_(None)
                    )
                )
            if role_allows(role, Permission.WRITE_NOTES):
                mine = s.scalar(
                    select(func.count(CounselingNoteRow.id)).where(
                        CounselingNoteRow.signed_at.is_(None),
                        CounselingNoteRow.counselor_id == actor.id,
                    )
                )
            if role_allows(role, Permission.MANAGE_STAFF):
                staff = s.scalar(
                    select(func.count(StaffAccountRow.id)).where(StaffAccountRow.active)
                )
                events = s.scalar(select(func.count(AuditEventRow.id)))
        return HomeFigures(
            shelter, active, mine, unsigned, staff, events, self.last_backup_error()
        )

    def last_backup_error(self) -> BackupProblem | None:
        """The scheduled backup's recorded failure (settings.json; no actor, like the time of
        the last backup that Home shows)."""
        data_dir = self._database.data_dir
        return read_backup_problem(AppSettings.load(data_dir.settings), data_dir.backups)
