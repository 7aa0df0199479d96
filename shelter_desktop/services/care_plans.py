"""Care plans (DESIGN.md section 3): versions per resident, goals per assessment domain with
actions, a review date and sign-offs.

A plan starts as a draft; making it active supersedes the previously active version in the same
transaction. A review copies the active plan into a new draft version, so the active one stays
exactly as it was until the new version is made active. A superseded version, its goals, actions
and sign-offs never change: every write checks this first.

Reading needs VIEW_RESIDENTS, writing EDIT_RESIDENTS. Audit entity "care_plan"; details hold
ids, vocabulary values, counts and changed field names only.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..domain.assessments import AssessmentView, Bilingual, DomainResult
from ..domain.audit import AuditAction
from ..domain.care_plans import (
    ACTION_RESPONSIBLE_INVALID,
    ALREADY_SIGNED,
    ASSESSMENT_NOT_HERS,
    DOMAIN_INVALID,
    DRAFT_EXISTS,
    FIELD_GOALS,
    FIELD_PARTY,
    FIELD_PLAN,
    MAX_GOALS,
    NO_GOALS,
    NOT_A_DRAFT,
    PLAN_STATUS_LABELS,
    RESPONSIBLE_INVALID,
    REVIEW_NEEDS_ACTIVE,
    SUPERSEDED_FROZEN,
    WEAK_DOMAINS_WITHOUT_GOAL,
    ActionView,
    CarePlanInput,
    CarePlanInvalid,
    CarePlanSummary,
    CarePlanView,
    GoalInput,
    GoalView,
    PlanDue,
    PlanStatus,
    SignoffInput,
    SignoffView,
    default_review_date,
    propose_goals,
    validate_care_plan,
    validate_signoff,
)
from ..domain.clock import utc_now
from ..domain.dto import Changed, Changes, SignedInUser
from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.residents import ResidentStatus
from ..domain.roles import Permission, Role
from ..storage.models import (
    AssessmentRow,
    CarePlanActionRow,
    CarePlanGoalRow,
    CarePlanRow,
    CarePlanSignoffRow,
    ResidentRow,
    StaffAccountRow,
)
from .assessments import latest_assessment_row_id, load_assessment_view
from .base import ServiceBase
from .case_policy import load_policy
from .lookups import existing_resident

ENTITY = "care_plan"
CARE_PLAN_CHANGED = Changes(frozenset({"care_plan"}))
MAX_VERSIONS_LISTED = 500
MAX_DUE = 2000
ASSIGNABLE_ROLES = (Role.COUNSELOR.value, Role.HOUSE_MANAGER.value)


def local_today() -> date:
    """Dates typed by staff are local dates, so "in the future" is judged by the PC's day."""
    return date.today()


# ---- reading assessments ----------------------------------------------------------------
# The assessment service owns those tables; it reads an assessment with the template snapshot
# it was made with.


def _assessment(session: Session, assessment_id: int | None) -> AssessmentView | None:
    if assessment_id is None or session.get(AssessmentRow, assessment_id) is None:
        return None
    return load_assessment_view(session, assessment_id)


def _latest_assessment(session: Session, resident_id: int) -> AssessmentView | None:
    return _assessment(session, latest_assessment_row_id(session, resident_id))


# ---- views ------------------------------------------------------------------------------


def _staff_names(session: Session, ids: set[int]) -> dict[int, str]:
    ids.discard(None)  # type: ignore[arg-type]
    if not ids:
        return {}
    return {
        row.id: row.display_name
        for row in session.scalars(select(StaffAccountRow).where(StaffAccountRow.id.in_(ids)))
    }


def _goal_rows(session: Session, plan_id: int) -> list[CarePlanGoalRow]:
    return list(session.scalars(
        select(CarePlanGoalRow)
        .where(CarePlanGoalRow.care_plan_id == plan_id)
        .order_by(CarePlanGoalRow.position, CarePlanGoalRow.id)
    ))


def _action_rows(session: Session, goal_ids: list[int]) -> dict[int, list[CarePlanActionRow]]:
    actions: dict[int, list[CarePlanActionRow]] = defaultdict(list)
    if goal_ids:
        for row in session.scalars(
            select(CarePlanActionRow)
            .where(CarePlanActionRow.goal_id.in_(goal_ids))
            .order_by(CarePlanActionRow.goal_id, CarePlanActionRow.position, CarePlanActionRow.id)
        ):
            actions[row.goal_id].append(row)
    return actions


def _plan(session: Session, plan_id: int) -> CarePlanRow:
    row = session.get(CarePlanRow, plan_id)
    if row is None:
        raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "care plan"))
    return row


def load_care_plan_view(session: Session, plan_id: int) -> CarePlanView:
    """One version of a care plan, whole: goals with actions, sign-offs, the assessment's
    domains. No permission check or audit: the caller's unit of work does both."""
    plan = _plan(session, plan_id)
    resident = existing_resident(session, plan.resident_id)
    goals = _goal_rows(session, plan.id)
    actions = _action_rows(session, [g.id for g in goals])
    signoffs = list(session.scalars(
        select(CarePlanSignoffRow)
        .where(CarePlanSignoffRow.care_plan_id == plan.id)
        .order_by(CarePlanSignoffRow.signed_on, CarePlanSignoffRow.id)
    ))
    staff_ids = {plan.created_by}
    staff_ids |= {g.responsible_id for g in goals if g.responsible_id}
    staff_ids |= {a.responsible_id for rows in actions.values() for a in rows if a.responsible_id}
    staff_ids |= {s.recorded_by for s in signoffs}
    names = _staff_names(session, staff_ids)

    title: Bilingual | None = None
    assessed_on: date | None = None
    domains: tuple[DomainResult, ...] = ()
    assessment = _assessment(session, plan.assessment_id)
    if assessment is not None:
        domains = assessment.domains
        title = assessment.template_title
        assessed_on = assessment.assessed_on
    by_code = {d.code: d for d in domains}

    def name(staff_id: int | None) -> str:
        return names.get(staff_id, "") if staff_id else ""

    goal_views = tuple(
        GoalView(
            g.id, g.position, g.domain_code,
            by_code[g.domain_code].label if g.domain_code in by_code else None,
            by_code[g.domain_code].score if g.domain_code in by_code else None,
            g.goal, g.responsible_id, name(g.responsible_id), g.target_date, g.status,
            tuple(
                ActionView(
                    a.id, a.position, a.action, a.responsible_id, name(a.responsible_id),
                    a.target_date, bool(a.done),
                )
                for a in actions.get(g.id, [])
            ),
        )
        for g in goals
    )
    return CarePlanView(
        id=plan.id,
        resident_id=plan.resident_id,
        case_number=resident.case_number,
        resident_name_khmer=resident.name_khmer or "",
        resident_name_latin=resident.name_latin or "",
        version=plan.version,
        previous_id=plan.previous_id,
        status=plan.status,
        review_date=plan.review_date,
        summary=plan.summary or "",
        assessment_id=plan.assessment_id,
        assessment_title=title,
        assessed_on=assessed_on,
        created_by_name=name(plan.created_by),
        created_at=plan.created_at,
        updated_at=plan.updated_at,
        goals=goal_views,
        signoffs=tuple(
            SignoffView(s.id, s.party, s.signer_name, s.signed_on, name(s.recorded_by))
            for s in signoffs
        ),
        assessment_domains=domains,
    )


# ---- writing helpers --------------------------------------------------------------------


def _refuse_if_frozen(plan: CarePlanRow) -> None:
    if plan.status == PlanStatus.SUPERSEDED:
        raise CarePlanInvalid(SUPERSEDED_FROZEN, FIELD_PLAN)


def _draft_of(session: Session, resident_id: int) -> CarePlanRow | None:
    return session.scalars(
        select(CarePlanRow)
        .where(CarePlanRow.resident_id == resident_id, CarePlanRow.status == PlanStatus.DRAFT)
        .order_by(CarePlanRow.version.desc())
        .limit(1)
    ).first()


def _active_of(session: Session, resident_id: int) -> CarePlanRow | None:
    return session.scalars(
        select(CarePlanRow)
        .where(CarePlanRow.resident_id == resident_id, CarePlanRow.status == PlanStatus.ACTIVE)
        .order_by(CarePlanRow.version.desc())
        .limit(1)
    ).first()


def _refuse_second_draft(session: Session, resident_id: int) -> None:
    draft = _draft_of(session, resident_id)
    if draft is not None:
        raise CarePlanInvalid(DRAFT_EXISTS, FIELD_PLAN, version=draft.version)


def _next_version(session: Session, resident_id: int) -> int:
    latest = session.scalar(
        select(func.max(CarePlanRow.version)).where(CarePlanRow.resident_id == resident_id)
    )
    return (latest or 0) + 1


def _check_responsible(session: Session, value: CarePlanInput) -> None:
    """Every named responsible person is a staff account that works on cases."""
    wanted: dict[int, str] = {}
    for g_index, goal in enumerate(value.goals):
        if goal.responsible_id is not None:
            wanted.setdefault(goal.responsible_id, f"goal:{g_index}:responsible")
        for a_index, action in enumerate(goal.actions):
            if action.responsible_id is not None:
                wanted.setdefault(
                    action.responsible_id, f"goal:{g_index}:action:{a_index}:responsible"
                )
    if not wanted:
        return
    known = {
        row.id
        for row in session.scalars(
            select(StaffAccountRow).where(
                StaffAccountRow.id.in_(set(wanted)), StaffAccountRow.role.in_(ASSIGNABLE_ROLES)
            )
        )
    }
    for staff_id, field in wanted.items():
        if staff_id not in known:
            goal = int(field.split(":")[1]) + 1
            if ":action:" in field:
                action = int(field.split(":")[3]) + 1
                raise CarePlanInvalid(ACTION_RESPONSIBLE_INVALID, field, number=goal,
                                      action=action)
            raise CarePlanInvalid(RESPONSIBLE_INVALID, field, number=goal)


def _write_goals(session: Session, plan_id: int, goals: tuple[GoalInput, ...]) -> int:
    """Replace the plan's goals and actions with ``goals``; returns how many actions."""
    old_goal_ids = list(session.scalars(
        select(CarePlanGoalRow.id).where(CarePlanGoalRow.care_plan_id == plan_id)
    ))
    if old_goal_ids:
        session.execute(delete(CarePlanActionRow).where(CarePlanActionRow.goal_id.in_(old_goal_ids)))
        session.execute(delete(CarePlanGoalRow).where(CarePlanGoalRow.id.in_(old_goal_ids)))
    action_count = 0
    for position, goal in enumerate(goals):
        row = CarePlanGoalRow(
            care_plan_id=plan_id, position=position, domain_code=goal.domain_code,
            goal=goal.goal, responsible_id=goal.responsible_id, target_date=goal.target_date,
            status=goal.status,
        )
        session.add(row)
        session.flush()
        for a_position, action in enumerate(goal.actions):
            session.add(CarePlanActionRow(
                goal_id=row.id, position=a_position, action=action.action,
                responsible_id=action.responsible_id, target_date=action.target_date,
                done=bool(action.done),
            ))
            action_count += 1
    session.flush()
    return action_count


def _check_domains(value: CarePlanInput, domains: tuple[DomainResult, ...]) -> None:
    """A goal names a domain of the plan's assessment, or none ("other")."""
    codes = {d.code for d in domains}
    for g_index, goal in enumerate(value.goals):
        if goal.domain_code and goal.domain_code not in codes:
            raise CarePlanInvalid(DOMAIN_INVALID, f"goal:{g_index}:domain", number=g_index + 1)


def _plan_domains(session: Session, assessment_id: int | None) -> tuple[DomainResult, ...]:
    assessment = _assessment(session, assessment_id)
    return assessment.domains if assessment is not None else ()


def _summary(row: CarePlanRow, names: dict[int, str], goal_count: int) -> CarePlanSummary:
    return CarePlanSummary(
        row.id, row.version, row.status, row.review_date, row.created_at,
        names.get(row.created_by, ""), goal_count,
    )


def select_due_for_review(until: date, *columns):  # type: ignore[no-untyped-def]
    """``columns`` of the active care plans whose review date is on or before ``until``, oldest
    first, of residents still in the shelter (as on the Due work page: once she is placed, her
    follow-up visits are the work). The one query behind the due list and batch printing."""
    return (
        select(*columns)
        .join(ResidentRow, ResidentRow.id == CarePlanRow.resident_id)
        .where(
            CarePlanRow.status == PlanStatus.ACTIVE,
            CarePlanRow.review_date <= until,
            ResidentRow.status == ResidentStatus.ACTIVE.value,
        )
        .order_by(CarePlanRow.review_date, CarePlanRow.id)
        .limit(MAX_DUE)
    )


class CarePlanService(ServiceBase):
    # -- reading ---------------------------------------------------------------------------

    def list(self, actor: SignedInUser, resident_id: int) -> list[CarePlanSummary]:
        """Every version of the resident's care plan, newest first."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY, None)
            session = uow.session
            existing_resident(session, resident_id)
            rows = list(session.scalars(
                select(CarePlanRow)
                .where(CarePlanRow.resident_id == resident_id)
                .order_by(CarePlanRow.version.desc())
                .limit(MAX_VERSIONS_LISTED)
            ))
            counts = dict(session.execute(
                select(CarePlanGoalRow.care_plan_id, func.count(CarePlanGoalRow.id))
                .where(CarePlanGoalRow.care_plan_id.in_([r.id for r in rows]))
                .group_by(CarePlanGoalRow.care_plan_id)
            ).all()) if rows else {}
            names = _staff_names(session, {r.created_by for r in rows})
            uow.audit(AuditAction.VIEW, ENTITY, None,
                      {"resident_id": resident_id, "versions": len(rows)})
            return [_summary(r, names, counts.get(r.id, 0)) for r in rows]

    def get(self, actor: SignedInUser, plan_id: int) -> CarePlanView:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY, plan_id)
            view = load_care_plan_view(uow.session, plan_id)
            uow.audit(AuditAction.VIEW, ENTITY, plan_id,
                      {"resident_id": view.resident_id, "version": view.version})
            return view

    def current(self, actor: SignedInUser, resident_id: int) -> CarePlanView | None:
        """The active plan, else the latest draft, else None."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY, None)
            session = uow.session
            existing_resident(session, resident_id)
            row = _active_of(session, resident_id) or _draft_of(session, resident_id)
            if row is None:
                uow.audit(AuditAction.VIEW, ENTITY, None, {"resident_id": resident_id,
                                                            "versions": 0})
                return None
            view = load_care_plan_view(session, row.id)
            uow.audit(AuditAction.VIEW, ENTITY, row.id,
                      {"resident_id": resident_id, "version": view.version})
            return view

    def proposal(
        self, actor: SignedInUser, resident_id: int, language: str
    ) -> tuple[CarePlanInput, int | None]:
        """A new plan's starting point: one goal per domain scored 1–2 in the latest
        assessment (its id is returned too), the review date after the policy's months. With
        no assessment, an empty plan."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY, None)
            session = uow.session
            existing_resident(session, resident_id)
            review = default_review_date(local_today(), load_policy(session).care_plan_review_months)
            assessment = _latest_assessment(session, resident_id)
            goals: tuple[GoalInput, ...] = ()
            assessment_id = None
            if assessment is not None:
                assessment_id = assessment.id
                goals = propose_goals(assessment.domains, language, review)[:MAX_GOALS]
            uow.audit(AuditAction.VIEW, ENTITY, None, {
                "resident_id": resident_id, "assessment_id": assessment_id,
                "proposed_goals": len(goals),
            })
            return CarePlanInput(review, "", goals), assessment_id

    def assessment_domains(
        self, actor: SignedInUser, assessment_id: int | None
    ) -> tuple[DomainResult, ...]:
        """The scored domains of an assessment (template order), for the editor's domain
        choices before a plan exists."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY, None)
            domains = _plan_domains(uow.session, assessment_id)
            uow.audit(AuditAction.VIEW, "assessment", assessment_id, {"for": ENTITY})
            return domains

    def assignable_staff(self, actor: SignedInUser) -> list[tuple[int, str]]:
        """Active counselors and house managers (the "responsible" choices), by name."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY, None)
            rows = uow.session.scalars(
                select(StaffAccountRow)
                .where(StaffAccountRow.active.is_(True),
                       StaffAccountRow.role.in_(ASSIGNABLE_ROLES))
                .order_by(StaffAccountRow.display_name, StaffAccountRow.id)
            )
            return [(row.id, row.display_name) for row in rows]

    def due_for_review(self, actor: SignedInUser, until: date) -> list[PlanDue]:
        """Active plans whose review date is on or before ``until``, oldest first."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY, None)
            rows = uow.session.execute(select_due_for_review(until, CarePlanRow, ResidentRow)).all()
            due = [
                PlanDue(
                    plan.id, plan.resident_id, resident.case_number, resident.name_khmer or "",
                    resident.name_latin or "", resident.status, plan.version, plan.review_date,
                )
                for plan, resident in rows
            ]
            uow.audit(AuditAction.VIEW, ENTITY, None, {"due_for_review": len(due)})
            return due

    # -- writing ---------------------------------------------------------------------------

    def create(
        self,
        actor: SignedInUser,
        resident_id: int,
        value: CarePlanInput,
        assessment_id: int | None,
    ) -> Changed[CarePlanView]:
        """A new draft version (the latest version + 1)."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, ENTITY, None)
            clean = validate_care_plan(value, local_today())
            session = uow.session
            existing_resident(session, resident_id)
            _refuse_second_draft(session, resident_id)
            if assessment_id is not None:
                assessment = session.get(AssessmentRow, assessment_id)
                if assessment is None or assessment.resident_id != resident_id:
                    raise CarePlanInvalid(ASSESSMENT_NOT_HERS, FIELD_PLAN)
            _check_domains(clean, _plan_domains(session, assessment_id))
            _check_responsible(session, clean)
            latest = session.scalars(
                select(CarePlanRow).where(CarePlanRow.resident_id == resident_id)
                .order_by(CarePlanRow.version.desc()).limit(1)
            ).first()
            now = utc_now()
            row = CarePlanRow(
                resident_id=resident_id,
                version=_next_version(session, resident_id),
                previous_id=latest.id if latest is not None else None,
                assessment_id=assessment_id,
                status=PlanStatus.DRAFT,
                review_date=clean.review_date,
                summary=clean.summary,
                created_by=actor.id,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            actions = _write_goals(session, row.id, clean.goals)
            uow.audit(AuditAction.CREATE, ENTITY, row.id, {
                "resident_id": resident_id, "version": row.version,
                "assessment_id": assessment_id, "goals": len(clean.goals), "actions": actions,
            })
            return Changed(load_care_plan_view(session, row.id), CARE_PLAN_CHANGED)

    def save(
        self, actor: SignedInUser, plan_id: int, value: CarePlanInput
    ) -> Changed[CarePlanView]:
        """Change a draft or the active plan: review date, summary, goals and actions."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, ENTITY, plan_id)
            session = uow.session
            row = _plan(session, plan_id)
            _refuse_if_frozen(row)
            clean = validate_care_plan(value, local_today(), keep_review_date=row.review_date)
            _check_domains(clean, _plan_domains(session, row.assessment_id))
            _check_responsible(session, clean)
            before = load_care_plan_view(session, plan_id).as_input()
            changed = [
                name for name in ("review_date", "summary", "goals")
                if getattr(before, name) != getattr(clean, name)
            ]
            actions = sum(len(g.actions) for g in clean.goals)
            if "goals" in changed:
                actions = _write_goals(session, plan_id, clean.goals)
            row.review_date = clean.review_date
            row.summary = clean.summary
            if changed:
                row.updated_at = utc_now()
            uow.audit(AuditAction.UPDATE, ENTITY, plan_id, {
                "fields": changed, "status": row.status, "goals": len(clean.goals),
                "actions": actions,
            })
            session.flush()
            return Changed(load_care_plan_view(session, plan_id), CARE_PLAN_CHANGED)

    def activate(self, actor: SignedInUser, plan_id: int) -> Changed[CarePlanView]:
        """Draft → active; the previously active version → superseded, together."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, ENTITY, plan_id)
            session = uow.session
            row = _plan(session, plan_id)
            _refuse_if_frozen(row)
            if row.status != PlanStatus.DRAFT:
                raise CarePlanInvalid(
                    NOT_A_DRAFT, FIELD_PLAN, status=PLAN_STATUS_LABELS[row.status]
                )
            view = load_care_plan_view(session, plan_id)
            if not view.goals:
                raise CarePlanInvalid(NO_GOALS, FIELD_GOALS)
            missing = view.uncovered_weak_domains()
            if missing:
                raise CarePlanInvalid(
                    WEAK_DOMAINS_WITHOUT_GOAL, FIELD_GOALS,
                    domains=", ".join(d.code for d in missing),
                )
            now = utc_now()
            previous = _active_of(session, row.resident_id)
            if previous is not None:
                previous.status = PlanStatus.SUPERSEDED
                previous.updated_at = now
            row.status = PlanStatus.ACTIVE
            row.updated_at = now
            session.flush()
            uow.audit(AuditAction.UPDATE, ENTITY, plan_id, {
                "fields": ["status"], "status": PlanStatus.ACTIVE,
                "superseded_id": previous.id if previous is not None else None,
            })
            return Changed(load_care_plan_view(session, plan_id), CARE_PLAN_CHANGED)

    def start_review(
        self, actor: SignedInUser, plan_id: int, language: str
    ) -> Changed[CarePlanView]:
        """A new draft version copied from the active plan ``plan_id``: goals with their
        status and actions, the review date after the policy's months, and a proposed goal for
        each domain scored 1–2 in a newer assessment that no goal covers yet."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, ENTITY, plan_id)
            session = uow.session
            old = _plan(session, plan_id)
            _refuse_if_frozen(old)
            if old.status != PlanStatus.ACTIVE:
                raise CarePlanInvalid(REVIEW_NEEDS_ACTIVE, FIELD_PLAN)
            _refuse_second_draft(session, old.resident_id)
            today = local_today()
            review = default_review_date(today, load_policy(session).care_plan_review_months)
            copied = load_care_plan_view(session, plan_id).as_input().goals
            assessment_id = old.assessment_id
            latest = _latest_assessment(session, old.resident_id)
            proposed: tuple[GoalInput, ...] = ()
            if latest is not None and latest.id != old.assessment_id:
                assessment_id = latest.id
                covered = {g.domain_code for g in copied if g.domain_code}
                domains = latest.domains
                proposed = tuple(
                    g for g in propose_goals(domains, language, review)
                    if g.domain_code not in covered
                )[: max(0, MAX_GOALS - len(copied))]
                # Goals tied to a domain the newer assessment no longer has become "other".
                codes = {d.code for d in domains}
                copied = tuple(
                    g if not g.domain_code or g.domain_code in codes
                    else GoalInput("", g.goal, g.responsible_id, g.target_date, g.status,
                                   g.actions)
                    for g in copied
                )
            goals = copied + proposed
            now = utc_now()
            row = CarePlanRow(
                resident_id=old.resident_id,
                version=_next_version(session, old.resident_id),
                previous_id=old.id,
                assessment_id=assessment_id,
                status=PlanStatus.DRAFT,
                review_date=review,
                summary=old.summary or "",
                created_by=actor.id,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            actions = _write_goals(session, row.id, goals)
            uow.audit(AuditAction.CREATE, ENTITY, row.id, {
                "resident_id": old.resident_id, "version": row.version, "previous_id": old.id,
                "assessment_id": assessment_id, "copied_goals": len(copied),
                "proposed_goals": len(proposed), "actions": actions,
            })
            return Changed(load_care_plan_view(session, row.id), CARE_PLAN_CHANGED)

    def add_signoff(
        self, actor: SignedInUser, plan_id: int, value: SignoffInput
    ) -> Changed[CarePlanView]:
        """Record that the resident, her guardian or the case manager signed this version."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, ENTITY, plan_id)
            session = uow.session
            row = _plan(session, plan_id)
            _refuse_if_frozen(row)
            clean = validate_signoff(value, local_today(), row.created_at.date())
            taken = session.scalar(
                select(func.count(CarePlanSignoffRow.id)).where(
                    CarePlanSignoffRow.care_plan_id == plan_id,
                    CarePlanSignoffRow.party == clean.party,
                )
            )
            if taken:
                raise CarePlanInvalid(ALREADY_SIGNED, FIELD_PARTY, version=row.version)
            session.add(CarePlanSignoffRow(
                care_plan_id=plan_id, party=clean.party, signer_name=clean.signer_name,
                signed_on=clean.signed_on, recorded_by=actor.id, recorded_at=utc_now(),
            ))
            session.flush()
            uow.audit(AuditAction.SIGN, ENTITY, plan_id, {"party": clean.party})
            return Changed(load_care_plan_view(session, plan_id), CARE_PLAN_CHANGED)

