"""A resident's education: enrolments (non-formal classes, public school, kindergarten, life
skills) and their term results. Reading needs VIEW_RESIDENTS, writing EDIT_RESIDENTS; every
call is audited without personal data (ids, vocabulary values and changed field names only)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.dto import Changed, Changes, SignedInUser
from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.progress import (
    FIELD_START,
    START_AFTER_RESULTS,
    EnrolmentInput,
    EnrolmentView,
    ProgressInvalid,
    TermResultInput,
    TermResultView,
    validate_enrolment,
    validate_term_result,
)
from ..domain.roles import Permission
from ..storage.models import EducationEnrolmentRow, EducationResultRow
from .base import ServiceBase
from .lookups import existing_resident

EDUCATION_CHANGED = Changes(frozenset({"education"}))
RESULTS_IN_VIEW = 24  # latest results handed with each enrolment; earlier ones come by page
MAX_PAGE = 200
MAX_ENROLMENTS = 500  # far above any real file; keeps one call bounded


def local_today() -> date:
    """Dates typed by staff are local dates, so "in the future" is judged by the PC's day."""
    return date.today()


def result_view(row: EducationResultRow) -> TermResultView:
    return TermResultView(
        row.id, row.enrolment_id, row.term, row.recorded_on, row.score, row.result_text,
        row.attendance_percent,
    )


def _result_order(query):  # type: ignore[no-untyped-def]
    return query.order_by(EducationResultRow.recorded_on.desc(), EducationResultRow.id.desc())


def _recent_results(session: Session, enrolment_id: int) -> tuple[TermResultView, ...]:
    rows = session.scalars(
        _result_order(select(EducationResultRow))
        .where(EducationResultRow.enrolment_id == enrolment_id)
        .limit(RESULTS_IN_VIEW)
    )
    return tuple(reversed([result_view(row) for row in rows]))


def _count_results(session: Session, enrolment_id: int) -> int:
    return session.scalar(
        select(func.count(EducationResultRow.id)).where(
            EducationResultRow.enrolment_id == enrolment_id
        )
    ) or 0


def enrolment_view(session: Session, row: EducationEnrolmentRow) -> EnrolmentView:
    return EnrolmentView(
        row.id, row.resident_id, row.programme, row.institution, row.grade, row.start_date,
        row.end_date, row.status, row.certificate,
        _recent_results(session, row.id), _count_results(session, row.id),
    )


def _changed_fields(row: object, value: object, names: tuple[str, ...]) -> list[str]:
    return [name for name in names if getattr(row, name) != getattr(value, name)]


ENROLMENT_FIELDS = (
    "programme", "institution", "grade", "start_date", "end_date", "status", "certificate",
)


class EducationService(ServiceBase):
    def list_enrolments(self, actor: SignedInUser, resident_id: int) -> list[EnrolmentView]:
        """A resident's enrolments, latest start first, each with its recent results."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "education", resident_id)
            existing_resident(uow.session, resident_id)
            rows = uow.session.scalars(
                select(EducationEnrolmentRow)
                .where(EducationEnrolmentRow.resident_id == resident_id)
                .order_by(EducationEnrolmentRow.start_date.desc(), EducationEnrolmentRow.id.desc())
                .limit(MAX_ENROLMENTS)
            )
            views = [enrolment_view(uow.session, row) for row in rows]
            uow.audit(AuditAction.VIEW, "education", resident_id, {"enrolments": len(views)})
            return views

    def results(
        self, actor: SignedInUser, enrolment_id: int, offset: int = 0, limit: int = 50
    ) -> tuple[list[TermResultView], int]:
        """One page of an enrolment's results, newest first, and how many there are in all."""
        limit = max(1, min(limit, MAX_PAGE))
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "education_enrolment", enrolment_id)
            _enrolment(uow.session, enrolment_id)
            rows = uow.session.scalars(
                _result_order(select(EducationResultRow))
                .where(EducationResultRow.enrolment_id == enrolment_id)
                .offset(max(0, offset))
                .limit(limit)
            )
            page = [result_view(row) for row in rows]
            total = _count_results(uow.session, enrolment_id)
            uow.audit(
                AuditAction.VIEW, "education_result", enrolment_id,
                {"offset": max(0, offset), "count": len(page)},
            )
            return page, total

    def add_enrolment(
        self, actor: SignedInUser, resident_id: int, value: EnrolmentInput
    ) -> Changed[EnrolmentView]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "education_enrolment")
            clean = validate_enrolment(value, local_today())
            existing_resident(uow.session, resident_id)
            row = EducationEnrolmentRow(resident_id=resident_id)
            _apply(row, clean)
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                AuditAction.CREATE, "education_enrolment", row.id,
                {"resident_id": resident_id, "programme": clean.programme, "status": clean.status},
            )
            return Changed(enrolment_view(uow.session, row), EDUCATION_CHANGED)

    def update_enrolment(
        self, actor: SignedInUser, enrolment_id: int, value: EnrolmentInput
    ) -> Changed[EnrolmentView]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "education_enrolment", enrolment_id)
            clean = validate_enrolment(value, local_today())
            row = _enrolment(uow.session, enrolment_id)
            earliest = uow.session.scalar(
                select(func.min(EducationResultRow.recorded_on)).where(
                    EducationResultRow.enrolment_id == enrolment_id
                )
            )
            if earliest is not None and clean.start_date > earliest:
                raise ProgressInvalid(START_AFTER_RESULTS, FIELD_START)
            changed = _changed_fields(row, clean, ENROLMENT_FIELDS)
            _apply(row, clean)
            uow.audit(
                AuditAction.UPDATE, "education_enrolment", row.id,
                {"fields": changed, "status": clean.status},
            )
            return Changed(enrolment_view(uow.session, row), EDUCATION_CHANGED)

    def add_result(
        self, actor: SignedInUser, enrolment_id: int, value: TermResultInput
    ) -> Changed[TermResultView]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "education_result")
            enrolment = _enrolment(uow.session, enrolment_id)
            clean = validate_term_result(value, enrolment.start_date, local_today())
            row = EducationResultRow(
                enrolment_id=enrolment_id,
                term=clean.term,
                recorded_on=clean.recorded_on,
                score=clean.score,
                result_text=clean.result_text,
                attendance_percent=clean.attendance_percent,
            )
            uow.session.add(row)
            uow.session.flush()
            uow.audit(AuditAction.CREATE, "education_result", row.id, {"enrolment_id": enrolment_id})
            return Changed(result_view(row), EDUCATION_CHANGED)


def _apply(row: EducationEnrolmentRow, value: EnrolmentInput) -> None:
    row.programme = value.programme
    row.institution = value.institution
    row.grade = value.grade
    row.start_date = value.start_date
    row.end_date = value.end_date
    row.status = value.status
    row.certificate = value.certificate


def _enrolment(session: Session, enrolment_id: int) -> EducationEnrolmentRow:
    row = session.get(EducationEnrolmentRow, enrolment_id)
    if row is None:
        raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "enrolment"))
    return row
