"""Care plans (DESIGN.md section 3): versions over time, goals per domain with actions,
responsible staff, target dates and status, a review date, and sign-off records.

A plan is a draft until it is made active; a review copies the active plan into a new version
(``version`` + 1) and marks the old one superseded. A superseded plan never changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .assessments import Bilingual
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
