"""A resident's vocational training: trades, milestones, completion, start-up kit and job
placement with income. Reading needs VIEW_RESIDENTS, writing EDIT_RESIDENTS; every call is
audited without personal data (ids, vocabulary values and changed field names only)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.dto import Changed, Changes, SignedInUser
from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.progress import (
    FIELD_START,
    START_AFTER_MILESTONES,
    MilestoneInput,
    MilestoneView,
    ProgressInvalid,
    TrainingInput,
    TrainingView,
    validate_milestone,
    validate_training,
)
from ..domain.roles import Permission
from ..storage.models import VocationalMilestoneRow, VocationalTrainingRow
from .base import ServiceBase
from .lookups import existing_resident
from .education import local_today

VOCATIONAL_CHANGED = Changes(frozenset({"vocational"}))
MILESTONES_IN_VIEW = 24  # latest milestones handed with each training; earlier ones by page
MAX_PAGE = 200
MAX_TRAININGS = 500

TRAINING_FIELDS = (
    "trade", "provider", "start_date", "end_date", "status", "startup_kit", "employer",
    "job_start_date", "monthly_income_usd",
)


def milestone_view(row: VocationalMilestoneRow) -> MilestoneView:
    return MilestoneView(row.id, row.training_id, row.reached_on, row.description)


def _milestone_order(query):  # type: ignore[no-untyped-def]
    return query.order_by(VocationalMilestoneRow.reached_on.desc(), VocationalMilestoneRow.id.desc())


def _count_milestones(session: Session, training_id: int) -> int:
    return session.scalar(
        select(func.count(VocationalMilestoneRow.id)).where(
            VocationalMilestoneRow.training_id == training_id
        )
    ) or 0


def training_view(session: Session, row: VocationalTrainingRow) -> TrainingView:
    recent = session.scalars(
        _milestone_order(select(VocationalMilestoneRow))
        .where(VocationalMilestoneRow.training_id == row.id)
        .limit(MILESTONES_IN_VIEW)
    )
    return TrainingView(
        row.id, row.resident_id, row.trade, row.provider, row.start_date, row.end_date,
        row.status, row.startup_kit, row.employer, row.job_start_date, row.monthly_income_usd,
        tuple(reversed([milestone_view(m) for m in recent])),
        _count_milestones(session, row.id),
    )


class VocationalService(ServiceBase):
    def list_trainings(self, actor: SignedInUser, resident_id: int) -> list[TrainingView]:
        """A resident's trainings, latest start first, each with its recent milestones."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "vocational", resident_id)
            existing_resident(uow.session, resident_id)
            rows = uow.session.scalars(
                select(VocationalTrainingRow)
                .where(VocationalTrainingRow.resident_id == resident_id)
                .order_by(VocationalTrainingRow.start_date.desc(), VocationalTrainingRow.id.desc())
                .limit(MAX_TRAININGS)
            )
            views = [training_view(uow.session, row) for row in rows]
            uow.audit(AuditAction.VIEW, "vocational", resident_id, {"trainings": len(views)})
            return views

    def milestones(
        self, actor: SignedInUser, training_id: int, offset: int = 0, limit: int = 50
    ) -> tuple[list[MilestoneView], int]:
        """One page of a training's milestones, newest first, and how many there are in all."""
        limit = max(1, min(limit, MAX_PAGE))
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "vocational_training", training_id)
            _training(uow.session, training_id)
            rows = uow.session.scalars(
                _milestone_order(select(VocationalMilestoneRow))
                .where(VocationalMilestoneRow.training_id == training_id)
                .offset(max(0, offset))
                .limit(limit)
            )
            page = [milestone_view(row) for row in rows]
            total = _count_milestones(uow.session, training_id)
            uow.audit(
                AuditAction.VIEW, "vocational_milestone", training_id,
                {"offset": max(0, offset), "count": len(page)},
            )
            return page, total

    def add_training(
        self, actor: SignedInUser, resident_id: int, value: TrainingInput
    ) -> Changed[TrainingView]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "vocational_training")
            clean = validate_training(value, local_today())
            existing_resident(uow.session, resident_id)
            row = VocationalTrainingRow(resident_id=resident_id)
            _apply(row, clean)
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                AuditAction.CREATE, "vocational_training", row.id,
                {
                    "resident_id": resident_id, "trade": clean.trade, "status": clean.status,
                    "placed": bool(clean.employer),
                },
            )
            return Changed(training_view(uow.session, row), VOCATIONAL_CHANGED)

    def update_training(
        self, actor: SignedInUser, training_id: int, value: TrainingInput
    ) -> Changed[TrainingView]:
        """Changes a training, including recording (or correcting) her job placement."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "vocational_training", training_id)
            clean = validate_training(value, local_today())
            row = _training(uow.session, training_id)
            earliest = uow.session.scalar(
                select(func.min(VocationalMilestoneRow.reached_on)).where(
                    VocationalMilestoneRow.training_id == training_id
                )
            )
            if earliest is not None and clean.start_date > earliest:
                raise ProgressInvalid(START_AFTER_MILESTONES, FIELD_START)
            changed = [name for name in TRAINING_FIELDS if getattr(row, name) != getattr(clean, name)]
            _apply(row, clean)
            uow.audit(
                AuditAction.UPDATE, "vocational_training", row.id,
                {"fields": changed, "status": clean.status, "placed": bool(clean.employer)},
            )
            return Changed(training_view(uow.session, row), VOCATIONAL_CHANGED)

    def add_milestone(
        self, actor: SignedInUser, training_id: int, value: MilestoneInput
    ) -> Changed[MilestoneView]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "vocational_milestone")
            training = _training(uow.session, training_id)
            clean = validate_milestone(value, training.start_date, local_today())
            row = VocationalMilestoneRow(
                training_id=training_id, reached_on=clean.reached_on, description=clean.description
            )
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                AuditAction.CREATE, "vocational_milestone", row.id, {"training_id": training_id}
            )
            return Changed(milestone_view(row), VOCATIONAL_CHANGED)


def _apply(row: VocationalTrainingRow, value: TrainingInput) -> None:
    row.trade = value.trade
    row.provider = value.provider
    row.start_date = value.start_date
    row.end_date = value.end_date
    row.status = value.status
    row.startup_kit = value.startup_kit
    row.employer = value.employer
    row.job_start_date = value.job_start_date
    row.monthly_income_usd = value.monthly_income_usd


def _training(session: Session, training_id: int) -> VocationalTrainingRow:
    row = session.get(VocationalTrainingRow, training_id)
    if row is None:
        raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "training"))
    return row
