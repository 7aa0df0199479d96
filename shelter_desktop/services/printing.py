"""Printing (DESIGN.md sections 3 and 6): care plans, one at a time or every plan due for review,
and blank assessment and follow-up forms for field work.

Every method returns the PDF as bytes: nothing is written to disk here (the UI prints from memory
or saves where the user chooses; the command line writes its -o file atomically). Printing needs
PRINT_FORMS, and VIEW_RESIDENTS whenever the paper names a resident. Every print is audited as
PRINT with the kind of paper, the record's id, the language and how many were printed; a
cancelled batch prints nothing and records nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.assessments import Bilingual
from ..domain.audit import AuditAction
from ..domain.care_plans import CarePlanView, PlanStatus
from ..domain.dto import SignedInUser
from ..domain.errors import ShelterError, ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.roles import Permission
from ..reports.assessment_form_pdf import build_assessment_form_pdf
from ..reports.care_plan_pdf import build_care_plan_pdf
from ..reports.follow_up_form_pdf import build_follow_up_form_pdf
from ..reports.labels import LANGUAGES
from ..reports.layout import ResidentHeader
from ..storage.models import (
    CarePlanRow,
    FollowUpVisitRow,
    ReintegrationRow,
    ResidentRow,
    ShelterProfileRow,
)
from .assessment_templates import latest_template, template_keys
from .base import ServiceBase
from .care_plans import load_care_plan_view, select_due_for_review
from .lookups import existing_resident
from .unit_of_work import UnitOfWork

CONTEXT = "Printing"
CARE_PLAN = "care_plan"
ASSESSMENT_FORM = "assessment_form"
FOLLOW_UP_FORM = "follow_up_form"

Progress = Callable[[float, str], None]


class PrintInvalid(ValidationError):
    """A print request that cannot be met; ``field`` names the input to fix."""

    context = CONTEXT

    def __init__(self, template: str, target: str, **params: object) -> None:
        super().__init__(template, **params)
        self.field = target


UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP(
    "Printing", "Choose the language to print in: English, Khmer or both."
)
UNKNOWN_TEMPLATE = QT_TRANSLATE_NOOP(
    "Printing", "There is no assessment form \"{key}\". Choose one of the forms in the list."
)
NOTHING_DUE = QT_TRANSLATE_NOOP(
    "Printing",
    "No care plan is due for review by {until}, so there is nothing to print. Choose a later "
    "date.",
)
UNKNOWN_CASE = QT_TRANSLATE_NOOP(
    "Printing", "No resident has the case number {case_number}. Check the number and try again."
)
NO_CARE_PLAN = QT_TRANSLATE_NOOP(
    "Printing",
    "The resident {case_number} has no care plan yet, so there is nothing to print. Write one "
    "in her file first.",
)


class PrintCancelled(ShelterError):
    """The user cancelled a batch print: nothing was printed and nothing recorded."""

    template = QT_TRANSLATE_NOOP("Printing", "Cancelled: nothing was printed.")


PREPARING = QT_TRANSLATE_NOOP("Printing", "Preparing care plan {index} of {count}…")
LAYING_OUT = QT_TRANSLATE_NOOP("Printing", "Laying out care plan {index} of {count}…")


@dataclass(frozen=True)
class CasePlanPrint:
    """What the command line printed for a case number."""

    pdf: bytes
    plan_id: int
    version: int
    status: str  # PlanStatus value: active, else the latest draft


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise PrintInvalid(UNKNOWN_LANGUAGE, "language")


def _shelter_name(session: Session) -> str:
    return session.scalar(select(ShelterProfileRow.name).order_by(ShelterProfileRow.id)) or ""


def _resident_header(session: Session, resident_id: int) -> ResidentHeader:
    row = existing_resident(session, resident_id)
    return ResidentHeader(row.case_number, row.name_khmer or "", row.name_latin or "")


def _next_follow_up(session: Session, resident_id: int) -> date | None:
    """The earliest follow-up visit still scheduled for the resident, if any."""
    return session.scalar(
        select(FollowUpVisitRow.due_on)
        .join(ReintegrationRow, ReintegrationRow.id == FollowUpVisitRow.reintegration_id)
        .where(ReintegrationRow.resident_id == resident_id,
               FollowUpVisitRow.status == "scheduled")
        .order_by(FollowUpVisitRow.due_on, FollowUpVisitRow.id)
        .limit(1)
    )  # fmt: skip


def _stop_if_cancelled(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise PrintCancelled()


def local_today() -> date:
    """The printed-on date is the PC's local day."""
    return date.today()


class PrintingService(ServiceBase):
    def _require(self, uow: UnitOfWork, entity: str, entity_id: object, names: bool) -> None:
        uow.require(Permission.PRINT_FORMS, entity, entity_id)
        if names:
            uow.require(Permission.VIEW_RESIDENTS, entity, entity_id)

    # ---------------------------------------------------------------- care plans

    def _plan_pdf(self, uow: UnitOfWork, view: CarePlanView, language: str) -> bytes:
        assert uow.actor is not None
        return build_care_plan_pdf(
            [view], _shelter_name(uow.session), language, local_today(), uow.actor.display_name
        )

    def care_plan_pdf(self, actor: SignedInUser, plan_id: int, language: str) -> bytes:
        """One care plan version as a PDF."""
        _check_language(language)
        with self.unit_of_work(actor) as uow:
            self._require(uow, CARE_PLAN, plan_id, names=True)
            view = load_care_plan_view(uow.session, plan_id)
            pdf = self._plan_pdf(uow, view, language)
            uow.audit(AuditAction.PRINT, CARE_PLAN, plan_id, {
                "language": language, "count": 1, "resident_id": view.resident_id,
                "version": view.version,
            })  # fmt: skip
            return pdf

    def care_plan_for_case_number(
        self, actor: SignedInUser, case_number: str, language: str
    ) -> CasePlanPrint:
        """The active care plan of the resident with ``case_number``, else her latest draft
        (the command line's print-care-plan)."""
        _check_language(language)
        wanted = case_number.strip()
        with self.unit_of_work(actor) as uow:
            self._require(uow, CARE_PLAN, None, names=True)
            session = uow.session
            resident_id = session.scalar(
                select(ResidentRow.id).where(ResidentRow.case_number == wanted)
            )
            if resident_id is None:
                raise PrintInvalid(UNKNOWN_CASE, "case_number", case_number=wanted)
            plan_id = None
            for status in (PlanStatus.ACTIVE, PlanStatus.DRAFT):
                plan_id = session.scalar(
                    select(CarePlanRow.id)
                    .where(CarePlanRow.resident_id == resident_id, CarePlanRow.status == status)
                    .order_by(CarePlanRow.version.desc())
                    .limit(1)
                )
                if plan_id is not None:
                    break
            if plan_id is None:
                raise PrintInvalid(NO_CARE_PLAN, "case_number", case_number=wanted)
            view = load_care_plan_view(session, plan_id)
            pdf = self._plan_pdf(uow, view, language)
            uow.audit(AuditAction.PRINT, CARE_PLAN, plan_id, {
                "language": language, "count": 1, "resident_id": resident_id,
                "version": view.version,
            })  # fmt: skip
            return CasePlanPrint(pdf, plan_id, view.version, view.status)

    def count_due(self, actor: SignedInUser, until: date) -> int:
        """How many active care plans are due for review on or before ``until``."""
        with self.unit_of_work(actor) as uow:
            self._require(uow, CARE_PLAN, None, names=True)
            return len(self._due_ids(uow.session, until))

    @staticmethod
    def _due_ids(session: Session, until: date) -> list[int]:
        return list(session.scalars(select_due_for_review(until, CarePlanRow.id)))

    def care_plans_due_pdf(
        self,
        actor: SignedInUser,
        until: date,
        language: str,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> tuple[bytes, int]:
        """Every active care plan due for review on or before ``until`` (oldest review date
        first) in one PDF, each plan on its own pages; returns the PDF and how many plans.

        ``progress(fraction, message)`` is told how far it got; when ``cancel`` is set the job
        stops at the next plan and raises PrintCancelled (nothing printed, nothing audited).
        """
        _check_language(language)

        def report(fraction: float, message: str) -> None:
            _stop_if_cancelled(cancel)
            if progress is not None:
                progress(max(0.0, min(1.0, fraction)), message)

        with self.unit_of_work(actor) as uow:
            self._require(uow, CARE_PLAN, None, names=True)
            session = uow.session
            ids = self._due_ids(session, until)
            if not ids:
                raise PrintInvalid(NOTHING_DUE, "until", until=until.strftime("%d/%m/%Y"))
            count = len(ids)
            views = []
            for index, plan_id in enumerate(ids, start=1):
                report(0.4 * (index - 1) / count, PREPARING.format(index=index, count=count))
                views.append(load_care_plan_view(session, plan_id))

            def laid_out(part: int) -> None:
                report(0.4 + 0.6 * part / count, LAYING_OUT.format(index=part + 1, count=count))

            assert uow.actor is not None
            pdf = build_care_plan_pdf(
                views, _shelter_name(session), language, local_today(), uow.actor.display_name,
                on_part=laid_out,
            )
            _stop_if_cancelled(cancel)
            for view in views:
                uow.audit(AuditAction.PRINT, CARE_PLAN, view.id, {
                    "language": language, "count": count, "resident_id": view.resident_id,
                    "version": view.version, "batch": True,
                })  # fmt: skip
        report(1.0, "")
        return pdf, count

    # ---------------------------------------------------------------- blank forms

    def assessment_forms(self) -> list[tuple[str, Bilingual]]:
        """(key, title) of each assessment template a blank form can be printed for: shipped
        data, no personal data, so no permission is needed to list them."""
        return [(key, latest_template(key).title) for key in template_keys()]

    def blank_assessment_form(
        self,
        actor: SignedInUser,
        template_key: str,
        language: str,
        resident_id: int | None = None,
    ) -> bytes:
        """A blank assessment form of the newest version of ``template_key``; with
        ``resident_id`` her name and case number are printed in."""
        _check_language(language)
        try:
            template = latest_template(template_key)
        except KeyError:
            raise PrintInvalid(UNKNOWN_TEMPLATE, "template", key=template_key) from None
        with self.unit_of_work(actor) as uow:
            self._require(uow, ASSESSMENT_FORM, resident_id, names=resident_id is not None)
            session = uow.session
            resident = None if resident_id is None else _resident_header(session, resident_id)
            pdf = build_assessment_form_pdf(
                template, _shelter_name(session), language, local_today(), resident
            )
            uow.audit(AuditAction.PRINT, ASSESSMENT_FORM, resident_id, {
                "language": language, "count": 1, "template": template.key,
                "version": template.version,
            })  # fmt: skip
            return pdf

    def blank_follow_up_form(
        self, actor: SignedInUser, language: str, resident_id: int | None = None
    ) -> bytes:
        """A blank follow-up visit form; with ``resident_id`` her name, case number and the
        due date of her next scheduled follow-up visit are printed in."""
        _check_language(language)
        with self.unit_of_work(actor) as uow:
            self._require(uow, FOLLOW_UP_FORM, resident_id, names=resident_id is not None)
            session = uow.session
            resident, due_on = None, None
            if resident_id is not None:
                resident = _resident_header(session, resident_id)
                due_on = _next_follow_up(session, resident_id)
            pdf = build_follow_up_form_pdf(
                _shelter_name(session), language, local_today(), resident, due_on
            )
            uow.audit(AuditAction.PRINT, FOLLOW_UP_FORM, resident_id,
                      {"language": language, "count": 1})  # fmt: skip
            return pdf

