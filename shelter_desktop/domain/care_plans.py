"""Care plans (DESIGN.md section 3): versions over time, goals per domain with actions,
responsible staff, target dates and status, a review date, and sign-off records.

A plan is a draft until it is made active; a review copies the active plan into a new version
(``version`` + 1) and marks the old one superseded. A superseded plan never changes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from .assessments import Bilingual, DomainResult, needs_goal
from .calendar_months import add_months
from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

TRANSLATION_CONTEXT = "CarePlans"


class PlanStatus:
    DRAFT = "draft"
    ACTIVE = "active"
    SUPERSEDED = "superseded"


PLAN_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("CarePlans", "Draft"),
    "active": QT_TRANSLATE_NOOP("CarePlans", "Active"),
    "superseded": QT_TRANSLATE_NOOP("CarePlans", "Replaced by a later version"),
}


class GoalStatus:
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"

    ALL = ("not_started", "in_progress", "achieved", "dropped")


GOAL_STATUS_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("CarePlans", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("CarePlans", "In progress"),
    "achieved": QT_TRANSLATE_NOOP("CarePlans", "Achieved"),
    "dropped": QT_TRANSLATE_NOOP("CarePlans", "Dropped"),
}


class SignoffParty:
    RESIDENT = "resident"
    GUARDIAN = "guardian"
    CASE_MANAGER = "case_manager"

    ALL = ("resident", "guardian", "case_manager")


SIGNOFF_PARTY_LABELS = {
    "resident": QT_TRANSLATE_NOOP("CarePlans", "Resident"),
    "guardian": QT_TRANSLATE_NOOP("CarePlans", "Guardian"),
    "case_manager": QT_TRANSLATE_NOOP("CarePlans", "Case manager"),
}


class CarePlanInvalid(ValidationError):
    """A care plan that cannot be saved. Its template is in the "CarePlans" context; ``field``
    names the input to fix (e.g. "review_date", "goal:2", "goal:2:action:0")."""

    context = TRANSLATION_CONTEXT

    def __init__(self, template: str, target: str, **params: object) -> None:
        super().__init__(template, **params)
        self.field = target


# ---- inputs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionInput:
    action: str
    responsible_id: int | None
    target_date: date | None
    done: bool = False


@dataclass(frozen=True)
class GoalInput:
    domain_code: str  # "" for a goal not tied to an assessment domain
    goal: str
    responsible_id: int | None
    target_date: date | None
    status: str  # GoalStatus value
    actions: tuple[ActionInput, ...] = ()


@dataclass(frozen=True)
class CarePlanInput:
    review_date: date
    summary: str
    goals: tuple[GoalInput, ...]


@dataclass(frozen=True)
class SignoffInput:
    party: str  # SignoffParty value
    signer_name: str
    signed_on: date


# ---- views ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionView:
    id: int
    position: int
    action: str
    responsible_id: int | None
    responsible_name: str  # "" when nobody is named
    target_date: date | None
    done: bool


@dataclass(frozen=True)
class GoalView:
    id: int
    position: int
    domain_code: str
    domain_label: Bilingual | None  # from the plan's assessment template, when tied to a domain
    domain_score: int | None  # that domain's score in the plan's assessment
    goal: str
    responsible_id: int | None
    responsible_name: str
    target_date: date | None
    status: str
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class SignoffView:
    id: int
    party: str
    signer_name: str
    signed_on: date
    recorded_by_name: str


@dataclass(frozen=True)
class CarePlanSummary:
    """One version in a resident's list of care plans."""

    id: int
    version: int
    status: str
    review_date: date
    created_at: datetime
    created_by_name: str
    goal_count: int


@dataclass(frozen=True)
class CarePlanView:
    id: int
    resident_id: int
    case_number: str
    resident_name_khmer: str
    resident_name_latin: str
    version: int
    previous_id: int | None
    status: str
    review_date: date
    summary: str
    assessment_id: int | None
    assessment_title: Bilingual | None
    assessed_on: date | None
    created_by_name: str
    created_at: datetime
    updated_at: datetime
    goals: tuple[GoalView, ...]
    signoffs: tuple[SignoffView, ...]
    # Every domain of the plan's assessment (template order) with its score: the editor's
    # domain choices, and which weak domains still lack a goal.
    assessment_domains: tuple[DomainResult, ...] = ()

    @property
    def editable(self) -> bool:
        return self.status in (PlanStatus.DRAFT, PlanStatus.ACTIVE)

    def uncovered_weak_domains(self) -> tuple[DomainResult, ...]:
        """Domains of the assessment scored 1–2 that no goal of this plan names."""
        covered = {g.domain_code for g in self.goals}
        return tuple(
            d for d in self.assessment_domains if needs_goal(d.score) and d.code not in covered
        )

    def as_input(self) -> CarePlanInput:
        return CarePlanInput(
            self.review_date,
            self.summary,
            tuple(
                GoalInput(
                    g.domain_code, g.goal, g.responsible_id, g.target_date, g.status,
                    tuple(
                        ActionInput(a.action, a.responsible_id, a.target_date, a.done)
                        for a in g.actions
                    ),
                )
                for g in self.goals
            ),
        )


@dataclass(frozen=True)
class PlanDue:
    """An active plan whose review date has come (or comes by a given day)."""

    plan_id: int
    resident_id: int
    case_number: str
    resident_name_khmer: str
    resident_name_latin: str
    resident_status: str
    version: int
    review_date: date


# ---- limits and rules -------------------------------------------------------------------

MAX_GOALS = 50
MAX_ACTIONS_PER_GOAL = 30
MAX_GOAL_TEXT = 2000
MAX_ACTION_TEXT = 1000
MAX_SUMMARY = 4000
MAX_SIGNER_NAME = 200  # the column's length
MAX_DOMAIN_CODE = 32
REVIEW_AT_MOST_YEARS = 3  # a review date further out than this is a typing mistake
TARGET_AT_MOST_YEARS = 5
TARGET_AT_LEAST_YEARS_AGO = 10
EARLIEST_DATE = date(1900, 1, 1)

# Field names, for the UI to put the cursor where the problem is.
FIELD_REVIEW_DATE = "review_date"
FIELD_SUMMARY = "summary"
FIELD_GOALS = "goals"
FIELD_PLAN = "plan"
FIELD_PARTY = "party"
FIELD_SIGNER = "signer_name"
FIELD_SIGNED_ON = "signed_on"


def goal_field(goal: int, part: str = "") -> str:
    """"goal:2" (the goal's text) or "goal:2:target_date"; ``goal`` counts from 0."""
    return f"goal:{goal}:{part}" if part else f"goal:{goal}"


def action_field(goal: int, action: int, part: str = "") -> str:
    """"goal:2:action:0" (the action's text) or "goal:2:action:0:target_date"."""
    base = f"goal:{goal}:action:{action}"
    return f"{base}:{part}" if part else base


REVIEW_IN_PAST = QT_TRANSLATE_NOOP(
    "CarePlans",
    "The review date is in the past. Choose the day the plan will next be reviewed.",
)
REVIEW_TOO_FAR = QT_TRANSLATE_NOOP(
    "CarePlans",
    "The review date is more than {years} years away. Choose a nearer date: a care plan is "
    "reviewed at least every few months.",
)
SUMMARY_TOO_LONG = QT_TRANSLATE_NOOP(
    "CarePlans",
    "The summary is too long ({length} characters). Shorten it to at most {limit} characters.",
)
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "CarePlans",
    "The text contains an invisible control character, perhaps pasted from another program. "
    "Delete the text and type it again.",
)
TOO_MANY_GOALS = QT_TRANSLATE_NOOP(
    "CarePlans",
    "A care plan can have at most {limit} goals. Remove goals that are achieved or combine "
    "related ones.",
)
GOAL_MISSING = QT_TRANSLATE_NOOP(
    "CarePlans", "Goal {number} has no text. Write what she should achieve, or remove the goal."
)
GOAL_TOO_LONG = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Goal {number} is too long ({length} characters). Shorten it to at most {limit} "
    "characters; put the steps into actions.",
)
DOMAIN_INVALID = QT_TRANSLATE_NOOP(
    "CarePlans", "Goal {number}: choose a domain from the list, or \u201cOther\u201d."
)
STATUS_UNKNOWN = QT_TRANSLATE_NOOP(
    "CarePlans", "Goal {number}: choose a status from the list."
)
RESPONSIBLE_INVALID = QT_TRANSLATE_NOOP(
    "CarePlans", "Goal {number}: choose the responsible person from the list."
)
TARGET_TOO_FAR = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Goal {number}: the target date is more than {years} years away. Check the year.",
)
TARGET_TOO_OLD = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Goal {number}: the target date is more than {years} years ago. Check the year.",
)
TOO_MANY_ACTIONS = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Goal {number} has more than {limit} actions. Remove finished ones or split the goal.",
)
ACTION_MISSING = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Goal {number}, action {action}: the action has no text. Write what will be done, or "
    "remove the action.",
)
ACTION_TOO_LONG = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Goal {number}, action {action} is too long ({length} characters). Shorten it to at "
    "most {limit} characters.",
)
ACTION_RESPONSIBLE_INVALID = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Goal {number}, action {action}: choose the responsible person from the list.",
)
ACTION_TARGET_TOO_FAR = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Goal {number}, action {action}: the target date is more than {years} years away. "
    "Check the year.",
)
ACTION_TARGET_TOO_OLD = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Goal {number}, action {action}: the target date is more than {years} years ago. "
    "Check the year.",
)
PARTY_UNKNOWN = QT_TRANSLATE_NOOP(
    "CarePlans", "Choose who signed: the resident, her guardian or the case manager."
)
SIGNER_MISSING = QT_TRANSLATE_NOOP(
    "CarePlans", "Enter the name of the person who signed."
)
SIGNER_TOO_LONG = QT_TRANSLATE_NOOP(
    "CarePlans",
    "The name is too long ({length} characters). Shorten it to at most {limit} characters.",
)
SIGNED_IN_FUTURE = QT_TRANSLATE_NOOP(
    "CarePlans", "The signing date is in the future. Enter the day the paper was signed."
)
SIGNED_TOO_EARLY = QT_TRANSLATE_NOOP(
    "CarePlans",
    "The signing date is before this version of the plan was written. Enter the day the "
    "paper was signed.",
)
# Service-level refusals (same context, raised by services/care_plans.py).
DRAFT_EXISTS = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Version {version} of the care plan is still a draft. Open that draft and finish it, "
    "or make it active, before starting another.",
)
SUPERSEDED_FROZEN = QT_TRANSLATE_NOOP(
    "CarePlans",
    "This version of the care plan was replaced by a later version and can no longer be "
    "changed. Open the current version instead.",
)
NOT_A_DRAFT = QT_TRANSLATE_NOOP(
    "CarePlans", "Only a draft can be made active. This version is already {status}."
)
NO_GOALS = QT_TRANSLATE_NOOP(
    "CarePlans", "Add at least one goal before making the care plan active."
)
WEAK_DOMAINS_WITHOUT_GOAL = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Every domain scored 1 or 2 in the assessment needs a goal. Add a goal for: {domains}.",
)
REVIEW_NEEDS_ACTIVE = QT_TRANSLATE_NOOP(
    "CarePlans",
    "Only the active care plan can be reviewed. Make a plan active first.",
)
ALREADY_SIGNED = QT_TRANSLATE_NOOP(
    "CarePlans",
    "A sign-off by this party is already recorded for version {version}. Each party signs "
    "a version once.",
)
ASSESSMENT_NOT_HERS = QT_TRANSLATE_NOOP(
    "CarePlans",
    "That assessment belongs to another resident's file. Start the plan from this resident's "
    "own assessment.",
)


def _clean(
    value: str, limit: int, field: str, too_long: str, multiline: bool = False,
    **params: object,
) -> str:
    """``value`` stripped; refuses control characters, lone surrogates and texts over ``limit``.
    Format characters (zero-width space …) stay: Khmer writing uses them."""
    text = (value or "").strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in text:
        category = unicodedata.category(ch)
        if (category == "Cc" and not (multiline and ch in "\n\t")) or category == "Cs":
            raise CarePlanInvalid(CONTROL_CHARACTER, field)
    if len(text) > limit:
        raise CarePlanInvalid(too_long, field, length=len(text), limit=limit, **params)
    return text


def _years_after(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def _responsible_ok(value: int | None) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value > 0)


def validate_care_plan(
    value: CarePlanInput, today: date, keep_review_date: date | None = None
) -> CarePlanInput:
    """A cleaned copy (texts stripped) or CarePlanInvalid naming the field to fix.

    The review date must lie from today up to three years ahead; a stored plan whose review
    date has passed may keep it (``keep_review_date``) so that an overdue plan can still be
    updated. Goal and action target dates may lie in the past (overdue), within reason.
    """
    review = value.review_date
    if review != keep_review_date:
        if review < today:
            raise CarePlanInvalid(REVIEW_IN_PAST, FIELD_REVIEW_DATE)
        if review > _years_after(today, REVIEW_AT_MOST_YEARS):
            raise CarePlanInvalid(REVIEW_TOO_FAR, FIELD_REVIEW_DATE, years=REVIEW_AT_MOST_YEARS)
    summary = _clean(value.summary, MAX_SUMMARY, FIELD_SUMMARY, SUMMARY_TOO_LONG, multiline=True)
    if len(value.goals) > MAX_GOALS:
        raise CarePlanInvalid(TOO_MANY_GOALS, FIELD_GOALS, limit=MAX_GOALS)
    latest_target = _years_after(today, TARGET_AT_MOST_YEARS)
    earliest_target = max(EARLIEST_DATE, _years_after(today, -TARGET_AT_LEAST_YEARS_AGO))
    goals = []
    for g_index, goal in enumerate(value.goals):
        number = g_index + 1
        domain = _clean(goal.domain_code, MAX_DOMAIN_CODE, goal_field(g_index, "domain"),
                        DOMAIN_INVALID, number=number)
        text = _clean(goal.goal, MAX_GOAL_TEXT, goal_field(g_index), GOAL_TOO_LONG,
                      multiline=True, number=number)
        if not text:
            raise CarePlanInvalid(GOAL_MISSING, goal_field(g_index), number=number)
        if goal.status not in GoalStatus.ALL:
            raise CarePlanInvalid(STATUS_UNKNOWN, goal_field(g_index, "status"), number=number)
        if not _responsible_ok(goal.responsible_id):
            raise CarePlanInvalid(
                RESPONSIBLE_INVALID, goal_field(g_index, "responsible"), number=number
            )
        if goal.target_date is not None:
            if goal.target_date > latest_target:
                raise CarePlanInvalid(TARGET_TOO_FAR, goal_field(g_index, "target_date"),
                                      number=number, years=TARGET_AT_MOST_YEARS)
            if goal.target_date < earliest_target:
                raise CarePlanInvalid(TARGET_TOO_OLD, goal_field(g_index, "target_date"),
                                      number=number, years=TARGET_AT_LEAST_YEARS_AGO)
        if len(goal.actions) > MAX_ACTIONS_PER_GOAL:
            raise CarePlanInvalid(TOO_MANY_ACTIONS, goal_field(g_index), number=number,
                                  limit=MAX_ACTIONS_PER_GOAL)
        actions = []
        for a_index, action in enumerate(goal.actions):
            params = {"number": number, "action": a_index + 1}
            a_text = _clean(action.action, MAX_ACTION_TEXT, action_field(g_index, a_index),
                            ACTION_TOO_LONG, multiline=True, **params)
            if not a_text:
                raise CarePlanInvalid(ACTION_MISSING, action_field(g_index, a_index), **params)
            if not _responsible_ok(action.responsible_id):
                raise CarePlanInvalid(ACTION_RESPONSIBLE_INVALID,
                                      action_field(g_index, a_index, "responsible"), **params)
            if action.target_date is not None:
                where = action_field(g_index, a_index, "target_date")
                if action.target_date > latest_target:
                    raise CarePlanInvalid(ACTION_TARGET_TOO_FAR, where,
                                          years=TARGET_AT_MOST_YEARS, **params)
                if action.target_date < earliest_target:
                    raise CarePlanInvalid(ACTION_TARGET_TOO_OLD, where,
                                          years=TARGET_AT_LEAST_YEARS_AGO, **params)
            actions.append(replace(action, action=a_text, done=bool(action.done)))
        goals.append(replace(goal, domain_code=domain, goal=text, actions=tuple(actions)))
    return CarePlanInput(review, summary, tuple(goals))


def validate_signoff(
    value: SignoffInput, today: date, plan_written_on: date | None = None
) -> SignoffInput:
    """A cleaned copy or CarePlanInvalid. ``plan_written_on``: the version's creation day (a
    day's slack is allowed for the difference between UTC and the office's clock)."""
    if value.party not in SignoffParty.ALL:
        raise CarePlanInvalid(PARTY_UNKNOWN, FIELD_PARTY)
    name = _clean(value.signer_name, MAX_SIGNER_NAME, FIELD_SIGNER, SIGNER_TOO_LONG)
    if not name:
        raise CarePlanInvalid(SIGNER_MISSING, FIELD_SIGNER)
    if value.signed_on > today:
        raise CarePlanInvalid(SIGNED_IN_FUTURE, FIELD_SIGNED_ON)
    earliest = EARLIEST_DATE
    if plan_written_on is not None:
        earliest = max(earliest, plan_written_on - timedelta(days=1))
    if value.signed_on < earliest:
        raise CarePlanInvalid(SIGNED_TOO_EARLY, FIELD_SIGNED_ON)
    return replace(value, signer_name=name)


def default_review_date(start: date, months: int) -> date:
    """When a plan written on ``start`` is next reviewed (policy: every ``months`` months)."""
    return add_months(start, months)


def propose_goals(
    domains: tuple[DomainResult, ...], language: str, target: date
) -> tuple[GoalInput, ...]:
    """One goal for every domain scored 1–2: the lowest scores first, then in template order
    (``domains`` is in template order). The goal's text starts as the domain's label in
    ``language``, for staff to rewrite; status not started, target ``target``, no actions."""
    weak = [(index, d) for index, d in enumerate(domains) if needs_goal(d.score)]
    weak.sort(key=lambda pair: (pair[1].score, pair[0]))
    return tuple(
        GoalInput(d.code, d.label.get(language), None, target, GoalStatus.NOT_STARTED, ())
        for _index, d in weak
    )
