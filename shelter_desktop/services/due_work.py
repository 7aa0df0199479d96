"""Work that is due: unsigned counseling notes, care plan reviews, reassessments and follow-up
visits after reintegration. Computed in SQL with the indexes made for it (a shelter database may
hold 50,000 residents): each kind is one bounded query ordered by its due date, and the kinds are
merged here. Timing follows the case policy (services/case_policy.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from ..domain.calendar_months import add_months
from ..domain.case_policy import CasePolicy
from ..domain.dto import SignedInUser
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.reintegration import ReintegrationStatus, VisitStatus, latest_start_due_by
from ..domain.residents import ResidentStatus
from ..domain.roles import Permission
from ..storage.models import (
    AssessmentRow,
    CarePlanRow,
    CounselingNoteRow,
    FollowUpVisitRow,
    ReintegrationRow,
    ResidentRow,
    StaffAccountRow,
)
from .base import ServiceBase
from .case_policy import load_policy

UNSIGNED_NOTE = QT_TRANSLATE_NOOP("DueWork", "Unsigned counseling note")
CARE_PLAN_REVIEW = QT_TRANSLATE_NOOP("DueWork", "Care plan review")
REASSESSMENT = QT_TRANSLATE_NOOP("DueWork", "Reassessment")
FIRST_ASSESSMENT = QT_TRANSLATE_NOOP("DueWork", "First assessment")
FOLLOW_UP_VISIT = QT_TRANSLATE_NOOP("DueWork", "Follow-up visit")

# Stable keys of the kinds of work, and the tab of her file where each is done.
KIND_UNSIGNED_NOTE = "unsigned_note"
KIND_CARE_PLAN_REVIEW = "care_plan_review"
KIND_REASSESSMENT = "reassessment"
KIND_FOLLOW_UP_VISIT = "follow_up_visit"
KIND_TABS = {
    KIND_UNSIGNED_NOTE: "counseling",
    KIND_CARE_PLAN_REVIEW: "care_plan",
    KIND_REASSESSMENT: "assessments",
    KIND_FOLLOW_UP_VISIT: "reintegration",
}
KIND_LABELS = {
    KIND_UNSIGNED_NOTE: UNSIGNED_NOTE,
    KIND_CARE_PLAN_REVIEW: CARE_PLAN_REVIEW,
    KIND_REASSESSMENT: REASSESSMENT,
    KIND_FOLLOW_UP_VISIT: FOLLOW_UP_VISIT,
}
# A new resident's first assessment is due this many days after admission.
FIRST_ASSESSMENT_DAYS = 14
# Kept for older callers; the policy's ``unsigned_note_days`` is what counts.
SIGN_WITHIN_DAYS = 3
MAX_LIMIT = 5000
# Residents whose care plans are still reviewed: those in the shelter. Once a resident is placed,
# her follow-up visits are the work (their schedule ends with the case).
OPEN_STATUSES = (ResidentStatus.ACTIVE.value,)


@dataclass(frozen=True)
class DueItem:
    kind: str  # the label, marked for translation in the "DueWork" context
    resident_id: int
    case_number: str
    record_id: int  # the note, care plan, resident (reassessment) or follow-up visit
    due_on: date
    overdue: bool  # due before today
    responsible: str  # who does it: the note's author, else her counselor ("" if none)
    kind_key: str = KIND_UNSIGNED_NOTE
    tab: str = "counseling"  # the tab of her file where the work is done
    due_soon: bool = False  # not overdue, due within the policy's "due soon" days


def _item(
    kind_key: str, label: str, resident_id: int, case_number: str, record_id: int,
    due: date, responsible: str | None, today: date, soon: date,
) -> DueItem:
    overdue = due < today
    return DueItem(
        label, resident_id, case_number, record_id, due, overdue, responsible or "",
        kind_key, KIND_TABS[kind_key], (not overdue) and due <= soon,
    )


class DueWorkService(ServiceBase):
    def items(
        self,
        actor: SignedInUser,
        mine_only: bool,
        limit: int = 1000,
        resident_id: int | None = None,
        today: date | None = None,
    ) -> list[DueItem]:
        """Overdue first, then by due date. ``mine_only``: notes I wrote, and the other work
        for residents I am the counselor of. ``resident_id`` narrows to one resident (her
        file's overview)."""
        limit = max(1, min(int(limit), MAX_LIMIT))
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "due_work")
            today = today or date.today()
            policy = load_policy(uow.session)
            soon = today + timedelta(days=policy.due_soon_days)
            args = (uow.session, actor, mine_only, limit, resident_id, today, soon, policy)
            items = (
                self._unsigned_notes(*args)
                + self._care_plan_reviews(*args)
                + self._reassessments(*args)
                + self._follow_up_visits(*args)
            )
            items.sort(key=lambda i: (not i.overdue, i.due_on, i.kind_key, i.record_id))
            return items[:limit]

    # -- each kind: one bounded query ------------------------------------------------------

    @staticmethod
    def _unsigned_notes(
        session: Session, actor: SignedInUser, mine_only: bool, limit: int,
        resident_id: int | None, today: date, soon: date, policy: CasePolicy,
    ) -> list[DueItem]:
        query = (
            select(
                CounselingNoteRow.id,
                CounselingNoteRow.resident_id,
                CounselingNoteRow.session_date,
                ResidentRow.case_number,
                StaffAccountRow.display_name,
            )
            .join(ResidentRow, ResidentRow.id == CounselingNoteRow.resident_id)
            .join(StaffAccountRow, StaffAccountRow.id == CounselingNoteRow.counselor_id)
            .where(CounselingNoteRow.signed_at.is_(None))
            .order_by(CounselingNoteRow.session_date, CounselingNoteRow.id)
            .limit(limit)
        )
        if mine_only:
            query = query.where(CounselingNoteRow.counselor_id == actor.id)
        if resident_id is not None:
            query = query.where(CounselingNoteRow.resident_id == resident_id)
        days = timedelta(days=policy.unsigned_note_days)
        return [
            _item(
                KIND_UNSIGNED_NOTE, UNSIGNED_NOTE, row.resident_id, row.case_number, row.id,
                row.session_date + days, row.display_name, today, soon,
            )
            for row in session.execute(query)
        ]

    @staticmethod
    def _resident_scope(query, actor: SignedInUser, mine_only: bool, resident_id: int | None):  # type: ignore[no-untyped-def]
        if mine_only:
            query = query.where(ResidentRow.counselor_id == actor.id)
        if resident_id is not None:
            query = query.where(ResidentRow.id == resident_id)
        return query

    @classmethod
    def _care_plan_reviews(
        cls, session: Session, actor: SignedInUser, mine_only: bool, limit: int,
        resident_id: int | None, today: date, soon: date, policy: CasePolicy,
    ) -> list[DueItem]:
        counselor = aliased(StaffAccountRow)
        query = (
            select(
                CarePlanRow.id,
                CarePlanRow.resident_id,
                CarePlanRow.review_date,
                ResidentRow.case_number,
                counselor.display_name,
            )
            .join(ResidentRow, ResidentRow.id == CarePlanRow.resident_id)
            .outerjoin(counselor, counselor.id == ResidentRow.counselor_id)
            .where(
                CarePlanRow.status == "active",
                CarePlanRow.review_date <= soon,
                ResidentRow.status.in_(OPEN_STATUSES),
            )
            .order_by(CarePlanRow.review_date, CarePlanRow.id)
            .limit(limit)
        )
        query = cls._resident_scope(query, actor, mine_only, resident_id)
        return [
            _item(
                KIND_CARE_PLAN_REVIEW, CARE_PLAN_REVIEW, row.resident_id, row.case_number,
                row.id, row.review_date, row.display_name, today, soon,
            )
            for row in session.execute(query)
        ]

    @classmethod
    def _reassessments(
        cls, session: Session, actor: SignedInUser, mine_only: bool, limit: int,
        resident_id: int | None, today: date, soon: date, policy: CasePolicy,
    ) -> list[DueItem]:
        """Active residents whose latest assessment is ``reassessment_months`` old by the
        "due soon" day, and those never assessed two weeks after admission. The latest date
        comes from the (resident_id, assessed_on) index, one seek per active resident."""
        counselor = aliased(StaffAccountRow)
        months = policy.reassessment_months
        latest = (
            select(func.max(AssessmentRow.assessed_on))
            .where(AssessmentRow.resident_id == ResidentRow.id)
            .correlate(ResidentRow)
            .scalar_subquery()
        )
        assessed = (
            select(
                ResidentRow.id, ResidentRow.case_number, counselor.display_name,
                latest.label("latest"),
            )
            .outerjoin(counselor, counselor.id == ResidentRow.counselor_id)
            .where(
                ResidentRow.status == ResidentStatus.ACTIVE.value,
                latest <= latest_start_due_by(soon, months),
            )
            .order_by(latest, ResidentRow.id)
            .limit(limit)
        )
        never = (
            select(
                ResidentRow.id, ResidentRow.case_number, counselor.display_name,
                ResidentRow.admission_date,
            )
            .outerjoin(counselor, counselor.id == ResidentRow.counselor_id)
            .where(
                ResidentRow.status == ResidentStatus.ACTIVE.value,
                ResidentRow.admission_date <= soon - timedelta(days=FIRST_ASSESSMENT_DAYS),
                ~exists().where(AssessmentRow.resident_id == ResidentRow.id),
            )
            .order_by(ResidentRow.admission_date, ResidentRow.id)
            .limit(limit)
        )
        assessed = cls._resident_scope(assessed, actor, mine_only, resident_id)
        never = cls._resident_scope(never, actor, mine_only, resident_id)
        items = [
            _item(
                KIND_REASSESSMENT, REASSESSMENT, row.id, row.case_number, row.id,
                add_months(row.latest, months), row.display_name, today, soon,
            )
            for row in session.execute(assessed)
        ]
        items += [
            _item(
                KIND_REASSESSMENT, FIRST_ASSESSMENT, row.id, row.case_number, row.id,
                row.admission_date + timedelta(days=FIRST_ASSESSMENT_DAYS), row.display_name,
                today, soon,
            )
            for row in session.execute(never)
        ]
        return items

    @classmethod
    def _follow_up_visits(
        cls, session: Session, actor: SignedInUser, mine_only: bool, limit: int,
        resident_id: int | None, today: date, soon: date, policy: CasePolicy,
    ) -> list[DueItem]:
        counselor = aliased(StaffAccountRow)
        query = (
            select(
                FollowUpVisitRow.id,
                FollowUpVisitRow.due_on,
                ReintegrationRow.resident_id,
                ResidentRow.case_number,
                counselor.display_name,
            )
            .join(ReintegrationRow, ReintegrationRow.id == FollowUpVisitRow.reintegration_id)
            .join(ResidentRow, ResidentRow.id == ReintegrationRow.resident_id)
            .outerjoin(counselor, counselor.id == ResidentRow.counselor_id)
            .where(
                FollowUpVisitRow.status == VisitStatus.SCHEDULED.value,
                FollowUpVisitRow.due_on <= soon,
                ReintegrationRow.status != ReintegrationStatus.CLOSED.value,
            )
            .order_by(FollowUpVisitRow.due_on, FollowUpVisitRow.id)
            .limit(limit)
        )
        query = cls._resident_scope(query, actor, mine_only, resident_id)
        return [
            _item(
                KIND_FOLLOW_UP_VISIT, FOLLOW_UP_VISIT, row.resident_id, row.case_number, row.id,
                row.due_on, row.display_name, today, soon,
            )
            for row in session.execute(query)
        ]

