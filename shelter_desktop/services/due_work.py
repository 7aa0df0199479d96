"""Work that is due: for now unsigned counseling notes (care plan reviews, reassessments and
follow-up visits join when those records exist)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..domain.clock import utc_now
from ..domain.dto import SignedInUser
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.roles import Permission
from ..storage.models import CounselingNoteRow, ResidentRow, StaffAccountRow
from .base import ServiceBase

UNSIGNED_NOTE = QT_TRANSLATE_NOOP("DueWork", "Unsigned counseling note")
# A note left unsigned this many days is overdue.
SIGN_WITHIN_DAYS = 3


@dataclass(frozen=True)
class DueItem:
    kind: str
    resident_id: int
    case_number: str
    record_id: int
    due_on: date
    overdue: bool
    responsible: str


class DueWorkService(ServiceBase):
    def items(
        self,
        actor: SignedInUser,
        mine_only: bool,
        limit: int = 1000,
        resident_id: int | None = None,
    ) -> list[DueItem]:
        """Oldest first; ``resident_id`` narrows to one resident (her file's overview)."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "due_work")
            query = (
                select(
                    CounselingNoteRow.id,
                    CounselingNoteRow.resident_id,
                    CounselingNoteRow.session_date,
                    CounselingNoteRow.visibility,
                    ResidentRow.case_number,
                    StaffAccountRow.display_name,
                )
                .join(ResidentRow, ResidentRow.id == CounselingNoteRow.resident_id)
                .join(StaffAccountRow, StaffAccountRow.id == CounselingNoteRow.counselor_id)
                .where(CounselingNoteRow.signed_at.is_(None))
                .order_by(CounselingNoteRow.session_date)
                .limit(limit)
            )
            if mine_only:
                query = query.where(CounselingNoteRow.counselor_id == actor.id)
            if resident_id is not None:
                query = query.where(CounselingNoteRow.resident_id == resident_id)
            today = utc_now().date()
            items = []
            for row in uow.session.execute(query):
                due = date.fromordinal(row.session_date.toordinal() + SIGN_WITHIN_DAYS)
                items.append(
                    DueItem(
                        UNSIGNED_NOTE, row.resident_id, row.case_number, row.id, due,
                        due < today, row.display_name,
                    )
                )
            return items

