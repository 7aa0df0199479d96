"""A resident's reintegration: readiness assessments, the decision, the placement with its
follow-up schedule (from the case policy), follow-up visits, and the closure of her case.

Reading needs VIEW_RESIDENTS, writing EDIT_RESIDENTS; every call is audited without personal
data (ids, vocabulary values, counts and changed field names only)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.clock import utc_now
from ..domain.dto import Changed, Changes, SignedInUser
from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.reintegration import (
    FIELD_PLACEMENT_DATE,
    FIELD_STATUS,
    ClosureInput,
    DecisionInput,
    PlacementInput,
    ReadinessInput,
    ReadinessView,
    ReintegrationInvalid,
    ReintegrationStatus,
    ReintegrationView,
    VisitInput,
    VisitStatus,
    VisitView,
    follow_up_schedule,
    months_text,
    parse_months_text,
    validate_closure,
    validate_decision,
    validate_placement,
    validate_readiness,
    validate_visit,
)
from ..domain.residents import ResidentStatus
from ..domain.roles import Permission
from ..storage.models import (
    FollowUpVisitRow,
    ReadinessAssessmentRow,
    ReintegrationRow,
    StaffAccountRow,
)
from .base import ServiceBase
from .case_policy import load_policy
from .lookups import existing_resident

REINTEGRATION_CHANGED = Changes(frozenset({"reintegration"}))
# Placing and closing also change the resident's status (her file's header and lists).
STATUS_CHANGED = Changes(frozenset({"reintegration", "resident"}))
MAX_READINESS = 200
MAX_VISITS = 500

ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "Reintegration",
    "Her reintegration has already started. Continue it below instead of starting a new one.",
)
IS_CLOSED = QT_TRANSLATE_NOOP(
    "Reintegration",
    "This reintegration is closed and cannot be changed. Start a new one if she needs it.",
)
CASE_CLOSED = QT_TRANSLATE_NOOP(
    "Reintegration", "Her case is already closed. Nothing was changed."
)
ALREADY_PLACED = QT_TRANSLATE_NOOP(
    "Reintegration",
    "She has already been placed. To correct the placement, change its date or place "
    "instead; visits already made are kept.",
)
NOT_PLACED = QT_TRANSLATE_NOOP(
    "Reintegration", "Record the placement first: follow-up visits start from its date."
)
NO_DECISION = QT_TRANSLATE_NOOP(
    "Reintegration", "Record the decision (where she will live) before the placement."
)
VISIT_CANCELLED = QT_TRANSLATE_NOOP(
    "Reintegration",
    "This follow-up was cancelled. Add an unscheduled visit instead to record a visit.",
)
VISIT_DONE = QT_TRANSLATE_NOOP(
    "Reintegration", "This visit has been made already; it cannot be marked missed or cancelled."
)
BAD_VISIT_STATUS = QT_TRANSLATE_NOOP(
    "Reintegration", "A follow-up can only be marked as missed or cancelled here."
)


def local_today() -> date:
    """Dates typed by staff are local dates, so "in the future" is judged by the PC's day."""
    return date.today()


# ---- views ------------------------------------------------------------------------------


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(StaffAccountRow.id, StaffAccountRow.display_name).where(
            StaffAccountRow.id.in_(ids)
        )
    )
    return {row.id: row.display_name for row in rows}


def _readiness_view(row: ReadinessAssessmentRow, names: dict[int, str]) -> ReadinessView:
    return ReadinessView(
        row.id, row.reintegration_id, row.assessed_on, names.get(row.assessor_id, ""),
        row.child_score, row.family_score, row.community_score, row.access_score,
        row.retrafficking_risk, row.family_visit_date, row.child_comment, row.family_comment,
        row.community_comment, row.access_comment, row.risk_comment, row.recommendation,
    )


def _visit_view(row: FollowUpVisitRow, names: dict[int, str]) -> VisitView:
    return VisitView(
        row.id, row.reintegration_id, row.months_after, row.due_on, row.status, row.visited_on,
        row.visit_type, names.get(row.visitor_id, "") if row.visitor_id else "",
        row.safety_score, row.wellbeing_score, row.family_score, row.education_work_score,
        row.risk_level, row.findings, row.risks, row.next_steps,
    )


def reintegration_view(session: Session, row: ReintegrationRow) -> ReintegrationView:
    readiness = list(
        session.scalars(
            select(ReadinessAssessmentRow)
            .where(ReadinessAssessmentRow.reintegration_id == row.id)
            .order_by(ReadinessAssessmentRow.assessed_on, ReadinessAssessmentRow.id)
            .limit(MAX_READINESS)
        )
    )
    visits = list(
        session.scalars(
            select(FollowUpVisitRow)
            .where(FollowUpVisitRow.reintegration_id == row.id)
            .order_by(FollowUpVisitRow.due_on, FollowUpVisitRow.id)
            .limit(MAX_VISITS)
        )
    )
    names = _names(
        session,
        {r.assessor_id for r in readiness} | {v.visitor_id for v in visits if v.visitor_id},
    )
    return ReintegrationView(
        row.id, row.resident_id, row.status, row.decision, row.decided_on, row.decision_reason,
        row.placement_date, row.placement_place, row.placement_province_code,
        parse_months_text(row.follow_up_months), row.closed_on, row.closure_reason,
        row.closure_note,
        tuple(_readiness_view(r, names) for r in readiness),
        tuple(_visit_view(v, names) for v in visits),
    )


def _latest(session: Session, resident_id: int) -> ReintegrationRow | None:
    return session.scalar(
        select(ReintegrationRow)
        .where(ReintegrationRow.resident_id == resident_id)
        .order_by(ReintegrationRow.id.desc())
        .limit(1)
    )


def _reintegration(session: Session, reintegration_id: int) -> ReintegrationRow:
    row = session.get(ReintegrationRow, reintegration_id)
    if row is None:
        raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "reintegration"))
    return row


def _open(session: Session, reintegration_id: int) -> ReintegrationRow:
    row = _reintegration(session, reintegration_id)
    if row.status == ReintegrationStatus.CLOSED.value:
        raise ReintegrationInvalid(IS_CLOSED, FIELD_STATUS)
    return row


def _visit(session: Session, visit_id: int) -> FollowUpVisitRow:
    row = session.get(FollowUpVisitRow, visit_id)
    if row is None:
        raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "follow-up visit"))
    return row


def _admission(session: Session, row: ReintegrationRow) -> date:
    resident = existing_resident(session, row.resident_id)
    return resident.admission_date


def _schedule(session: Session, row: ReintegrationRow, keep_months: set[int]) -> int:
    """Add a scheduled visit for each of the row's follow-up months not in ``keep_months``."""
    assert row.placement_date is not None
    added = 0
    for months, due in follow_up_schedule(
        row.placement_date, parse_months_text(row.follow_up_months)
    ):
        if months in keep_months:
            continue
        session.add(
            FollowUpVisitRow(
                reintegration_id=row.id, months_after=months, due_on=due,
                status=VisitStatus.SCHEDULED.value,
            )
        )
        added += 1
    return added


def _apply_visit(row: FollowUpVisitRow, value: VisitInput, visitor_id: int) -> None:
    row.status = VisitStatus.DONE.value
    row.visited_on = value.visited_on
    row.visit_type = value.visit_type
    row.visitor_id = visitor_id
    row.safety_score = value.safety_score
    row.wellbeing_score = value.wellbeing_score
    row.family_score = value.family_score
    row.education_work_score = value.education_work_score
    row.risk_level = value.risk_level
    row.findings = value.findings
    row.risks = value.risks
    row.next_steps = value.next_steps
    row.updated_at = utc_now()


class ReintegrationService(ServiceBase):
    # -- reading ---------------------------------------------------------------------------

    def get(self, actor: SignedInUser, resident_id: int) -> ReintegrationView | None:
        """Her latest reintegration with its readiness assessments and visits, or None."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "reintegration")
            existing_resident(uow.session, resident_id)
            row = _latest(uow.session, resident_id)
            view = reintegration_view(uow.session, row) if row is not None else None
            uow.audit(
                AuditAction.VIEW, "reintegration", row.id if row else None,
                {
                    "resident_id": resident_id,
                    "readiness": len(view.readiness) if view else 0,
                    "visits": len(view.visits) if view else 0,
                },
            )
            return view

    # -- preparing -------------------------------------------------------------------------

    def start(self, actor: SignedInUser, resident_id: int) -> Changed[ReintegrationView]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "reintegration")
            resident = existing_resident(uow.session, resident_id)
            if resident.status == ResidentStatus.CLOSED.value:
                raise ReintegrationInvalid(CASE_CLOSED, FIELD_STATUS)
            latest = _latest(uow.session, resident_id)
            if latest is not None and latest.status != ReintegrationStatus.CLOSED.value:
                raise ReintegrationInvalid(ALREADY_OPEN, FIELD_STATUS)
            now = utc_now()
            row = ReintegrationRow(
                resident_id=resident_id, status=ReintegrationStatus.PREPARING.value,
                decision_reason="", placement_place="", follow_up_months="", closure_note="",
                created_by=actor.id, created_at=now, updated_at=now,
            )
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                AuditAction.CREATE, "reintegration", row.id,
                {"resident_id": resident_id, "status": row.status},
            )
            return Changed(reintegration_view(uow.session, row), REINTEGRATION_CHANGED)

    def add_readiness(
        self, actor: SignedInUser, reintegration_id: int, value: ReadinessInput
    ) -> Changed[ReintegrationView]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "reintegration", reintegration_id)
            row = _open(uow.session, reintegration_id)
            clean = validate_readiness(value, local_today(), _admission(uow.session, row))
            readiness = ReadinessAssessmentRow(
                reintegration_id=row.id, assessed_on=clean.assessed_on, assessor_id=actor.id,
                child_score=clean.child_score, child_comment=clean.child_comment,
                family_visit_date=clean.family_visit_date, family_score=clean.family_score,
                family_comment=clean.family_comment, community_score=clean.community_score,
                community_comment=clean.community_comment, access_score=clean.access_score,
                access_comment=clean.access_comment,
                retrafficking_risk=clean.retrafficking_risk, risk_comment=clean.risk_comment,
                recommendation=clean.recommendation, created_at=utc_now(),
            )
            uow.session.add(readiness)
            row.updated_at = utc_now()
            uow.session.flush()
            uow.audit(
                AuditAction.CREATE, "reintegration", row.id,
                {
                    "readiness_assessment_id": readiness.id,
                    "scores": [
                        clean.child_score, clean.family_score, clean.community_score,
                        clean.access_score,
                    ],
                    "retrafficking_risk": clean.retrafficking_risk,
                },
            )
            return Changed(reintegration_view(uow.session, row), REINTEGRATION_CHANGED)

    def decide(
        self, actor: SignedInUser, reintegration_id: int, value: DecisionInput
    ) -> Changed[ReintegrationView]:
        """Record (or correct) where she will live."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "reintegration", reintegration_id)
            row = _open(uow.session, reintegration_id)
            clean = validate_decision(value, local_today(), _admission(uow.session, row))
            if row.placement_date is not None and row.placement_date < clean.decided_on:
                raise ReintegrationInvalid(
                    QT_TRANSLATE_NOOP(
                        "Reintegration",
                        "The decision date is after the placement date. Check both dates.",
                    ),
                    "decided_on",
                )
            changed = [
                name for name, new in (
                    ("decision", clean.decision), ("decided_on", clean.decided_on),
                    ("decision_reason", clean.reason),
                ) if getattr(row, name) != new
            ]
            row.decision, row.decided_on, row.decision_reason = (
                clean.decision, clean.decided_on, clean.reason
            )
            row.updated_at = utc_now()
            uow.audit(
                AuditAction.UPDATE, "reintegration", row.id,
                {"step": "decision", "decision": clean.decision, "changed": changed},
            )
            return Changed(reintegration_view(uow.session, row), REINTEGRATION_CHANGED)

    # -- placement -------------------------------------------------------------------------

    def place(
        self, actor: SignedInUser, reintegration_id: int, value: PlacementInput
    ) -> Changed[ReintegrationView]:
        """Record the placement: the follow-up schedule is made from the case policy's months
        (kept on the row), her status becomes "reintegrated" and she left the shelter on the
        placement date."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "reintegration", reintegration_id)
            row = _open(uow.session, reintegration_id)
            if row.placement_date is not None:
                raise ReintegrationInvalid(ALREADY_PLACED, FIELD_PLACEMENT_DATE)
            if row.decision is None:
                raise ReintegrationInvalid(NO_DECISION, "decision")
            resident = existing_resident(uow.session, row.resident_id)
            clean = validate_placement(
                value, local_today(), resident.admission_date, row.decided_on
            )
            months = load_policy(uow.session).follow_up_months
            row.placement_date = clean.placement_date
            row.placement_place = clean.place
            row.placement_province_code = clean.province_code
            row.follow_up_months = months_text(months)
            row.status = ReintegrationStatus.PLACED.value
            row.updated_at = utc_now()
            scheduled = _schedule(uow.session, row, set())
            previous_status = resident.status
            resident.status = ResidentStatus.REINTEGRATED.value
            resident.exit_date = clean.placement_date
            resident.updated_at = utc_now()
            uow.session.flush()
            uow.audit(
                AuditAction.UPDATE, "reintegration", row.id,
                {
                    "step": "placement", "status": row.status,
                    "follow_up_months": list(months), "scheduled_visits": scheduled,
                    "province_code": clean.province_code,
                    "resident_status": [previous_status, resident.status],
                },
            )
            return Changed(reintegration_view(uow.session, row), STATUS_CHANGED)

    def update_placement(
        self, actor: SignedInUser, reintegration_id: int, value: PlacementInput
    ) -> Changed[ReintegrationView]:
        """Correct the placement. A new date moves every follow-up not made yet (scheduled,
        missed or cancelled ones are made again from the months kept on the row), and the day
        she left the shelter when that was the placement date; visits already made stay as
        they are."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "reintegration", reintegration_id)
            row = _open(uow.session, reintegration_id)
            if row.placement_date is None:
                raise ReintegrationInvalid(NOT_PLACED, FIELD_PLACEMENT_DATE)
            resident = existing_resident(uow.session, row.resident_id)
            clean = validate_placement(
                value, local_today(), resident.admission_date, row.decided_on
            )
            visits = list(
                uow.session.scalars(
                    select(FollowUpVisitRow).where(FollowUpVisitRow.reintegration_id == row.id)
                )
            )
            done = [v for v in visits if v.status == VisitStatus.DONE.value]
            if done and clean.placement_date > min(v.visited_on or v.due_on for v in done):
                raise ReintegrationInvalid(
                    QT_TRANSLATE_NOOP(
                        "Reintegration",
                        "A follow-up visit was made before this placement date. Choose a "
                        "date on or before the first visit.",
                    ),
                    FIELD_PLACEMENT_DATE,
                )
            changed = [
                name for name, new in (
                    ("placement_date", clean.placement_date),
                    ("placement_place", clean.place),
                    ("placement_province_code", clean.province_code),
                ) if getattr(row, name) != new
            ]
            regenerated = 0
            if row.placement_date != clean.placement_date:
                if resident.exit_date is not None and resident.exit_date == row.placement_date:
                    resident.exit_date = clean.placement_date
                    resident.updated_at = utc_now()
                    changed.append("exit_date")
                row.placement_date = clean.placement_date
                for visit in visits:
                    if visit.months_after is not None and visit.status != VisitStatus.DONE.value:
                        uow.session.delete(visit)
                uow.session.flush()
                kept = {v.months_after for v in done if v.months_after is not None}
                regenerated = _schedule(uow.session, row, kept)
            row.placement_place = clean.place
            row.placement_province_code = clean.province_code
            row.updated_at = utc_now()
            uow.session.flush()
            uow.audit(
                AuditAction.UPDATE, "reintegration", row.id,
                {"step": "placement", "changed": changed, "scheduled_visits": regenerated},
            )
            changes = STATUS_CHANGED if "exit_date" in changed else REINTEGRATION_CHANGED
            return Changed(reintegration_view(uow.session, row), changes)

    # -- follow-up -------------------------------------------------------------------------

    def record_visit(
        self, actor: SignedInUser, visit_id: int, value: VisitInput
    ) -> Changed[ReintegrationView]:
        """Record a scheduled (or missed) follow-up as made, or correct a visit made."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "follow_up_visit", visit_id)
            visit = _visit(uow.session, visit_id)
            row = _open(uow.session, visit.reintegration_id)
            if visit.status == VisitStatus.CANCELLED.value:
                raise ReintegrationInvalid(VISIT_CANCELLED, FIELD_STATUS)
            assert row.placement_date is not None
            clean = validate_visit(value, local_today(), row.placement_date)
            previous = visit.status
            _apply_visit(visit, clean, actor.id)
            row.updated_at = utc_now()
            uow.audit(
                AuditAction.UPDATE, "follow_up_visit", visit.id,
                {
                    "reintegration_id": row.id, "status": [previous, visit.status],
                    "visit_type": clean.visit_type, "risk_level": clean.risk_level,
                    "scores": [clean.safety_score, clean.wellbeing_score, clean.family_score,
                               clean.education_work_score],
                },
            )
            return Changed(reintegration_view(uow.session, row), REINTEGRATION_CHANGED)

    def add_visit(
        self, actor: SignedInUser, reintegration_id: int, value: VisitInput
    ) -> Changed[ReintegrationView]:
        """A visit outside the schedule (a worry, a call from the family …)."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "follow_up_visit")
            row = _open(uow.session, reintegration_id)
            if row.placement_date is None:
                raise ReintegrationInvalid(NOT_PLACED, FIELD_PLACEMENT_DATE)
            clean = validate_visit(value, local_today(), row.placement_date)
            visit = FollowUpVisitRow(
                reintegration_id=row.id, months_after=None, due_on=clean.visited_on,
                status=VisitStatus.DONE.value,
            )
            _apply_visit(visit, clean, actor.id)
            uow.session.add(visit)
            row.updated_at = utc_now()
            uow.session.flush()
            uow.audit(
                AuditAction.CREATE, "follow_up_visit", visit.id,
                {
                    "reintegration_id": row.id, "scheduled": False,
                    "visit_type": clean.visit_type, "risk_level": clean.risk_level,
                },
            )
            return Changed(reintegration_view(uow.session, row), REINTEGRATION_CHANGED)

    def mark_visit(
        self, actor: SignedInUser, visit_id: int, status: str
    ) -> Changed[ReintegrationView]:
        """Mark a follow-up not made as missed or cancelled."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "follow_up_visit", visit_id)
            if status not in (VisitStatus.MISSED.value, VisitStatus.CANCELLED.value):
                raise ReintegrationInvalid(BAD_VISIT_STATUS, FIELD_STATUS)
            visit = _visit(uow.session, visit_id)
            row = _open(uow.session, visit.reintegration_id)
            if visit.status == VisitStatus.DONE.value:
                raise ReintegrationInvalid(VISIT_DONE, FIELD_STATUS)
            previous = visit.status
            visit.status = status
            visit.updated_at = utc_now()
            row.updated_at = utc_now()
            uow.audit(
                AuditAction.UPDATE, "follow_up_visit", visit.id,
                {"reintegration_id": row.id, "status": [previous, status]},
            )
            return Changed(reintegration_view(uow.session, row), REINTEGRATION_CHANGED)

    # -- closure ---------------------------------------------------------------------------

    def close_case(
        self, actor: SignedInUser, resident_id: int, value: ClosureInput
    ) -> Changed[ReintegrationView]:
        """Close her case: her status becomes "closed", the reintegration is closed with the
        reason (one is recorded for the closure if she had none), follow-ups not made yet are
        cancelled. If no day of leaving the shelter is recorded yet (she was still in the
        shelter), she left on the closing date; an earlier departure keeps its day."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "case_closure", resident_id)
            resident = existing_resident(uow.session, resident_id)
            if resident.status == ResidentStatus.CLOSED.value:
                raise ReintegrationInvalid(CASE_CLOSED, FIELD_STATUS)
            row = _latest(uow.session, resident_id)
            if row is not None and row.status == ReintegrationStatus.CLOSED.value:
                row = None
            clean = validate_closure(
                value, local_today(), resident.admission_date,
                row.placement_date if row is not None else None,
            )
            now = utc_now()
            if row is None:
                row = ReintegrationRow(
                    resident_id=resident_id, decision_reason="", placement_place="",
                    follow_up_months="", created_by=actor.id, created_at=now,
                )
                uow.session.add(row)
            row.status = ReintegrationStatus.CLOSED.value
            row.closed_on = clean.closed_on
            row.closure_reason = clean.reason
            row.closure_note = clean.note
            row.updated_at = now
            uow.session.flush()
            cancelled = 0
            for visit in uow.session.scalars(
                select(FollowUpVisitRow).where(
                    FollowUpVisitRow.reintegration_id == row.id,
                    FollowUpVisitRow.status == VisitStatus.SCHEDULED.value,
                )
            ):
                visit.status = VisitStatus.CANCELLED.value
                visit.updated_at = now
                cancelled += 1
            previous_status = resident.status
            resident.status = ResidentStatus.CLOSED.value
            if resident.exit_date is None:
                resident.exit_date = clean.closed_on
            resident.updated_at = now
            uow.audit(
                AuditAction.UPDATE, "case_closure", resident_id,
                {
                    "reintegration_id": row.id, "reason": clean.reason,
                    "cancelled_visits": cancelled,
                    "resident_status": [previous_status, resident.status],
                },
            )
            return Changed(reintegration_view(uow.session, row), STATUS_CHANGED)

