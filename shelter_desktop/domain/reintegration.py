"""Reintegration and follow-up (DESIGN.md section 3): readiness, decision, placement, the
follow-up schedule, follow-up visits and the closure of a case.

Validation returns a cleaned copy of the input (texts stripped) or raises ReintegrationInvalid,
whose message says what is wrong and what to do; ``field`` names the input to put the cursor on.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from .calendar_months import add_months
from .errors import ValidationError
from .geography import provinces
from .i18n import QT_TRANSLATE_NOOP

TRANSLATION_CONTEXT = "Reintegration"

EARLIEST_DATE = date(1900, 1, 1)
MAX_COMMENT = 2000
MAX_RECOMMENDATION = 4000
MAX_REASON = 2000
MAX_PLACE = 300
MAX_VISIT_TEXT = 4000
MAX_CLOSURE_NOTE = 2000
SCORES = (1, 2, 3, 4)

# ---- vocabularies -----------------------------------------------------------------------


class Decision(str, Enum):
    FAMILY = "family"
    KINSHIP = "kinship"
    FOSTER = "foster"
    INDEPENDENT_LIVING = "independent_living"
    GROUP_HOME = "group_home"
    OTHER = "other"


DECISION_LABELS = {
    Decision.FAMILY: QT_TRANSLATE_NOOP("Reintegration", "Return to her family"),
    Decision.KINSHIP: QT_TRANSLATE_NOOP("Reintegration", "Kinship care (relatives)"),
    Decision.FOSTER: QT_TRANSLATE_NOOP("Reintegration", "Foster family"),
    Decision.INDEPENDENT_LIVING: QT_TRANSLATE_NOOP("Reintegration", "Independent living"),
    Decision.GROUP_HOME: QT_TRANSLATE_NOOP("Reintegration", "Group home"),
    Decision.OTHER: QT_TRANSLATE_NOOP("Reintegration", "Other"),
}


class ReintegrationStatus(str, Enum):
    PREPARING = "preparing"
    PLACED = "placed"
    CLOSED = "closed"


STATUS_LABELS = {
    ReintegrationStatus.PREPARING: QT_TRANSLATE_NOOP("Reintegration", "Preparing"),
    ReintegrationStatus.PLACED: QT_TRANSLATE_NOOP("Reintegration", "Placed"),
    ReintegrationStatus.CLOSED: QT_TRANSLATE_NOOP("Reintegration", "Closed"),
}


class RetraffickingRisk(str, Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


RISK_LABELS = {
    RetraffickingRisk.LOW: QT_TRANSLATE_NOOP("Reintegration", "Low risk"),
    RetraffickingRisk.MEDIUM: QT_TRANSLATE_NOOP("Reintegration", "Medium risk"),
    RetraffickingRisk.HIGH: QT_TRANSLATE_NOOP("Reintegration", "High risk"),
}


class VisitType(str, Enum):
    HOME = "home"
    PHONE = "phone"
    SCHOOL_OR_WORK = "school_or_work"
    OFFICE = "office"


VISIT_TYPE_LABELS = {
    VisitType.HOME: QT_TRANSLATE_NOOP("Reintegration", "Home visit"),
    VisitType.PHONE: QT_TRANSLATE_NOOP("Reintegration", "Phone call"),
    VisitType.SCHOOL_OR_WORK: QT_TRANSLATE_NOOP("Reintegration", "At school or work"),
    VisitType.OFFICE: QT_TRANSLATE_NOOP("Reintegration", "At the office"),
}


class VisitStatus(str, Enum):
    SCHEDULED = "scheduled"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"


VISIT_STATUS_LABELS = {
    VisitStatus.SCHEDULED: QT_TRANSLATE_NOOP("Reintegration", "Scheduled"),
    VisitStatus.DONE: QT_TRANSLATE_NOOP("Reintegration", "Done"),
    VisitStatus.MISSED: QT_TRANSLATE_NOOP("Reintegration", "Missed"),
    VisitStatus.CANCELLED: QT_TRANSLATE_NOOP("Reintegration", "Cancelled"),
}


class ClosureReason(str, Enum):
    """Why a case is closed (as on MoSVY case closure forms)."""

    GOALS_MET = "goals_met"
    CONTINUED_ELSEWHERE = "continued_elsewhere"
    MOVED_OR_NOT_FOUND = "moved_or_not_found"
    DIED = "died"
    OTHER = "other"


CLOSURE_LABELS = {
    ClosureReason.GOALS_MET: QT_TRANSLATE_NOOP(
        "Reintegration", "Care plan goals met, living safely"
    ),
    ClosureReason.CONTINUED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "Reintegration", "Case continued by another organisation"
    ),
    ClosureReason.MOVED_OR_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Reintegration", "Moved away or cannot be found"
    ),
    ClosureReason.DIED: QT_TRANSLATE_NOOP("Reintegration", "Died"),
    ClosureReason.OTHER: QT_TRANSLATE_NOOP("Reintegration", "Other"),
}

# What a score of 1 … 4 means (readiness: 4 = ready / safe; visits: 4 = good).
SCORE_LABELS = {
    1: QT_TRANSLATE_NOOP("Reintegration", "1 – serious concern"),
    2: QT_TRANSLATE_NOOP("Reintegration", "2 – some concern"),
    3: QT_TRANSLATE_NOOP("Reintegration", "3 – mostly good"),
    4: QT_TRANSLATE_NOOP("Reintegration", "4 – good, safe"),
}

# ---- inputs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadinessInput:
    assessed_on: date
    child_score: int
    family_score: int
    community_score: int
    access_score: int  # access to school or work
    retrafficking_risk: str  # RetraffickingRisk value
    family_visit_date: date | None = None  # the home visit to the family, if made
    child_comment: str = ""
    family_comment: str = ""
    community_comment: str = ""
    access_comment: str = ""
    risk_comment: str = ""
    recommendation: str = ""


@dataclass(frozen=True)
class DecisionInput:
    decision: str  # Decision value
    decided_on: date
    reason: str = ""


@dataclass(frozen=True)
class PlacementInput:
    placement_date: date
    place: str  # where she lives now (village, family name of the household …)
    province_code: str | None = None


@dataclass(frozen=True)
class VisitInput:
    visited_on: date
    visit_type: str  # VisitType value
    risk_level: str  # RetraffickingRisk value
    safety_score: int | None = None
    wellbeing_score: int | None = None
    family_score: int | None = None
    education_work_score: int | None = None
    findings: str = ""
    risks: str = ""
    next_steps: str = ""


@dataclass(frozen=True)
class ClosureInput:
    closed_on: date
    reason: str  # ClosureReason value
    note: str = ""


# ---- views ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadinessView:
    id: int
    reintegration_id: int
    assessed_on: date
    assessor: str  # display name of the staff member
    child_score: int
    family_score: int
    community_score: int
    access_score: int
    retrafficking_risk: str
    family_visit_date: date | None
    child_comment: str
    family_comment: str
    community_comment: str
    access_comment: str
    risk_comment: str
    recommendation: str

    @property
    def scores(self) -> tuple[int, int, int, int]:
        return (self.child_score, self.family_score, self.community_score, self.access_score)


@dataclass(frozen=True)
class VisitView:
    id: int
    reintegration_id: int
    months_after: int | None  # None: an unscheduled visit
    due_on: date
    status: str  # VisitStatus value
    visited_on: date | None
    visit_type: str | None
    visitor: str  # display name, "" when not made yet
    safety_score: int | None
    wellbeing_score: int | None
    family_score: int | None
    education_work_score: int | None
    risk_level: str | None
    findings: str
    risks: str
    next_steps: str

    def overdue(self, today: date) -> bool:
        return self.status == VisitStatus.SCHEDULED.value and self.due_on < today

    @property
    def scores(self) -> tuple[int | None, int | None, int | None, int | None]:
        return (
            self.safety_score, self.wellbeing_score, self.family_score, self.education_work_score
        )

    def as_input(self) -> VisitInput:
        return VisitInput(
            self.visited_on or self.due_on, self.visit_type or VisitType.HOME.value,
            self.risk_level or RetraffickingRisk.LOW.value, self.safety_score,
            self.wellbeing_score, self.family_score, self.education_work_score, self.findings,
            self.risks, self.next_steps,
        )


@dataclass(frozen=True)
class ReintegrationView:
    id: int
    resident_id: int
    status: str  # ReintegrationStatus value
    decision: str | None
    decided_on: date | None
    decision_reason: str
    placement_date: date | None
    placement_place: str
    placement_province_code: str | None
    follow_up_months: tuple[int, ...]  # the months used for this schedule
    closed_on: date | None
    closure_reason: str | None
    closure_note: str
    readiness: tuple[ReadinessView, ...] = ()  # oldest first
    visits: tuple[VisitView, ...] = ()  # by due date

    @property
    def placed(self) -> bool:
        return self.placement_date is not None

    @property
    def closed(self) -> bool:
        return self.status == ReintegrationStatus.CLOSED.value

    def latest_readiness(self) -> ReadinessView | None:
        return self.readiness[-1] if self.readiness else None

    def next_visit(self) -> VisitView | None:
        scheduled = [v for v in self.visits if v.status == VisitStatus.SCHEDULED.value]
        return min(scheduled, key=lambda v: v.due_on) if scheduled else None


# ---- errors -----------------------------------------------------------------------------


class ReintegrationInvalid(ValidationError):
    """A reintegration record that cannot be saved. Its template is in the "Reintegration"
    context; ``field`` names the input to fix."""

    context = TRANSLATION_CONTEXT

    def __init__(self, template: str, target: str, **params: object) -> None:
        super().__init__(template, **params)
        self.field = target


# Field names, for the UI to put the cursor where the problem is.
FIELD_ASSESSED_ON = "assessed_on"
FIELD_CHILD_SCORE = "child_score"
FIELD_FAMILY_SCORE = "family_score"
FIELD_COMMUNITY_SCORE = "community_score"
FIELD_ACCESS_SCORE = "access_score"
FIELD_RISK = "retrafficking_risk"
FIELD_FAMILY_VISIT = "family_visit_date"
FIELD_CHILD_COMMENT = "child_comment"
FIELD_FAMILY_COMMENT = "family_comment"
FIELD_COMMUNITY_COMMENT = "community_comment"
FIELD_ACCESS_COMMENT = "access_comment"
FIELD_RISK_COMMENT = "risk_comment"
FIELD_RECOMMENDATION = "recommendation"
FIELD_DECISION = "decision"
FIELD_DECIDED_ON = "decided_on"
FIELD_REASON = "reason"
FIELD_PLACEMENT_DATE = "placement_date"
FIELD_PLACE = "place"
FIELD_PROVINCE = "province_code"
FIELD_VISITED_ON = "visited_on"
FIELD_VISIT_TYPE = "visit_type"
FIELD_VISIT_RISK = "risk_level"
FIELD_SAFETY_SCORE = "safety_score"
FIELD_WELLBEING_SCORE = "wellbeing_score"
FIELD_VISIT_FAMILY_SCORE = "visit_family_score"
FIELD_EDUCATION_WORK_SCORE = "education_work_score"
FIELD_FINDINGS = "findings"
FIELD_RISKS = "risks"
FIELD_NEXT_STEPS = "next_steps"
FIELD_CLOSED_ON = "closed_on"
FIELD_CLOSURE_REASON = "closure_reason"
FIELD_CLOSURE_NOTE = "closure_note"
FIELD_STATUS = "status"

# What each field is called in messages (translated by the UI in the "Reintegration" context).
FIELD_LABELS = {
    FIELD_CHILD_COMMENT: QT_TRANSLATE_NOOP("Reintegration", "comment on her readiness"),
    FIELD_FAMILY_COMMENT: QT_TRANSLATE_NOOP("Reintegration", "comment on the family"),
    FIELD_COMMUNITY_COMMENT: QT_TRANSLATE_NOOP("Reintegration", "comment on community safety"),
    FIELD_ACCESS_COMMENT: QT_TRANSLATE_NOOP("Reintegration", "comment on school or work"),
    FIELD_RISK_COMMENT: QT_TRANSLATE_NOOP("Reintegration", "comment on the re-trafficking risk"),
    FIELD_RECOMMENDATION: QT_TRANSLATE_NOOP("Reintegration", "recommendation"),
    FIELD_REASON: QT_TRANSLATE_NOOP("Reintegration", "reason for the decision"),
    FIELD_PLACE: QT_TRANSLATE_NOOP("Reintegration", "place"),
    FIELD_FINDINGS: QT_TRANSLATE_NOOP("Reintegration", "findings"),
    FIELD_RISKS: QT_TRANSLATE_NOOP("Reintegration", "risks"),
    FIELD_NEXT_STEPS: QT_TRANSLATE_NOOP("Reintegration", "next steps"),
    FIELD_CLOSURE_NOTE: QT_TRANSLATE_NOOP("Reintegration", "closure note"),
}

SCORE_FIELD_LABELS = {
    FIELD_CHILD_SCORE: QT_TRANSLATE_NOOP("Reintegration", "her own readiness"),
    FIELD_FAMILY_SCORE: QT_TRANSLATE_NOOP("Reintegration", "the family"),
    FIELD_COMMUNITY_SCORE: QT_TRANSLATE_NOOP("Reintegration", "community safety"),
    FIELD_ACCESS_SCORE: QT_TRANSLATE_NOOP("Reintegration", "school or work access"),
    FIELD_SAFETY_SCORE: QT_TRANSLATE_NOOP("Reintegration", "safety"),
    FIELD_WELLBEING_SCORE: QT_TRANSLATE_NOOP("Reintegration", "wellbeing"),
    FIELD_VISIT_FAMILY_SCORE: QT_TRANSLATE_NOOP("Reintegration", "family relations"),
    FIELD_EDUCATION_WORK_SCORE: QT_TRANSLATE_NOOP("Reintegration", "education or work"),
}

TOO_LONG = QT_TRANSLATE_NOOP(
    "Reintegration",
    "The {what} is too long ({length} characters). Shorten it to at most {limit} characters.",
)
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Reintegration",
    "The {what} contains an invisible control character, perhaps pasted from another "
    "program. Delete the text and type it again.",
)
SCORE_RANGE = QT_TRANSLATE_NOOP(
    "Reintegration", "Choose a score from 1 (serious concern) to 4 (good) for {what}."
)
UNKNOWN_RISK = QT_TRANSLATE_NOOP(
    "Reintegration", "Choose the re-trafficking risk: low, medium or high."
)
UNKNOWN_DECISION = QT_TRANSLATE_NOOP("Reintegration", "Choose a decision from the list.")
UNKNOWN_VISIT_TYPE = QT_TRANSLATE_NOOP(
    "Reintegration", "Choose how the follow-up was made (home visit, phone call …)."
)
UNKNOWN_CLOSURE = QT_TRANSLATE_NOOP("Reintegration", "Choose why the case is closed.")
UNKNOWN_PROVINCE = QT_TRANSLATE_NOOP(
    "Reintegration", "Choose the province from the list, or leave it empty."
)
DATE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Reintegration", "The date {date_name} is in the future. Enter the day it happened."
)
DATE_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Reintegration", "The date {date_name} is before 1900. Check the year."
)
BEFORE_ADMISSION = QT_TRANSLATE_NOOP(
    "Reintegration",
    "The date {date_name} is before her admission to the shelter. Check the date.",
)
FAMILY_VISIT_AFTER = QT_TRANSLATE_NOOP(
    "Reintegration",
    "The family home visit is dated after this assessment. Enter the day of the visit "
    "that this assessment is based on.",
)
OTHER_NEEDS_REASON = QT_TRANSLATE_NOOP(
    "Reintegration", "For \u201cOther\u201d, write what was decided and why."
)
PLACE_MISSING = QT_TRANSLATE_NOOP(
    "Reintegration",
    "Write where she lives now, for example the village and who she lives with.",
)
PLACEMENT_BEFORE_DECISION = QT_TRANSLATE_NOOP(
    "Reintegration",
    "The placement date is before the decision. Check both dates.",
)
VISIT_BEFORE_PLACEMENT = QT_TRANSLATE_NOOP(
    "Reintegration",
    "A follow-up visit cannot be before the placement date. Check the date.",
)
FINDINGS_MISSING = QT_TRANSLATE_NOOP(
    "Reintegration", "Write what you found: how she is, where she lives, who you met."
)
CLOSURE_BEFORE_PLACEMENT = QT_TRANSLATE_NOOP(
    "Reintegration", "The case cannot close before the placement date. Check the date."
)
OTHER_CLOSURE_NEEDS_NOTE = QT_TRANSLATE_NOOP(
    "Reintegration", "For \u201cOther\u201d, write why the case is closed."
)

DATE_NAMES = {
    FIELD_ASSESSED_ON: QT_TRANSLATE_NOOP("Reintegration", "of the assessment"),
    FIELD_FAMILY_VISIT: QT_TRANSLATE_NOOP("Reintegration", "of the family home visit"),
    FIELD_DECIDED_ON: QT_TRANSLATE_NOOP("Reintegration", "of the decision"),
    FIELD_PLACEMENT_DATE: QT_TRANSLATE_NOOP("Reintegration", "of the placement"),
    FIELD_VISITED_ON: QT_TRANSLATE_NOOP("Reintegration", "of the visit"),
    FIELD_CLOSED_ON: QT_TRANSLATE_NOOP("Reintegration", "of the closure"),
}

_MULTILINE_ALLOWED = {"\n", "\t"}


def clean_text(value: str, field: str, limit: int, multiline: bool = True) -> str:
    """``value`` stripped; refuses control characters, lone surrogates and texts longer than
    ``limit``. Format characters (e.g. the zero-width space Khmer uses) stay allowed."""
    text = (value or "").strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    allowed = _MULTILINE_ALLOWED if multiline else set()
    for ch in text:
        category = unicodedata.category(ch)
        if (category == "Cc" and ch not in allowed) or category == "Cs":
            raise ReintegrationInvalid(CONTROL_CHARACTER, field, what=FIELD_LABELS[field])
    if len(text) > limit:
        raise ReintegrationInvalid(
            TOO_LONG, field, what=FIELD_LABELS[field], length=len(text), limit=limit
        )
    return text


def check_date(
    value: date, field: str, today: date, earliest: date | None = None
) -> date:
    """Not in the future, not before 1900, not before ``earliest`` (her admission)."""
    if not isinstance(value, date):
        raise ReintegrationInvalid(DATE_TOO_EARLY, field, date_name=DATE_NAMES[field])
    if value < EARLIEST_DATE:
        raise ReintegrationInvalid(DATE_TOO_EARLY, field, date_name=DATE_NAMES[field])
    if value > today:
        raise ReintegrationInvalid(DATE_IN_FUTURE, field, date_name=DATE_NAMES[field])
    if earliest is not None and value < earliest:
        raise ReintegrationInvalid(BEFORE_ADMISSION, field, date_name=DATE_NAMES[field])
    return value


def _score(value: object, field: str, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCORES:
        raise ReintegrationInvalid(SCORE_RANGE, field, what=SCORE_FIELD_LABELS[field])


def _vocab(enum: type[Enum], value: object, template: str, field: str) -> str:
    try:
        return enum(value).value  # type: ignore[no-any-return]
    except ValueError:
        raise ReintegrationInvalid(template, field) from None


def validate_readiness(value: ReadinessInput, today: date, admitted: date) -> ReadinessInput:
    check_date(value.assessed_on, FIELD_ASSESSED_ON, today, admitted)
    for field, score in (
        (FIELD_CHILD_SCORE, value.child_score),
        (FIELD_FAMILY_SCORE, value.family_score),
        (FIELD_COMMUNITY_SCORE, value.community_score),
        (FIELD_ACCESS_SCORE, value.access_score),
    ):
        _score(score, field)
    risk = _vocab(RetraffickingRisk, value.retrafficking_risk, UNKNOWN_RISK, FIELD_RISK)
    if value.family_visit_date is not None:
        check_date(value.family_visit_date, FIELD_FAMILY_VISIT, today)
        if value.family_visit_date > value.assessed_on:
            raise ReintegrationInvalid(FAMILY_VISIT_AFTER, FIELD_FAMILY_VISIT)
    return replace(
        value,
        retrafficking_risk=risk,
        child_comment=clean_text(value.child_comment, FIELD_CHILD_COMMENT, MAX_COMMENT),
        family_comment=clean_text(value.family_comment, FIELD_FAMILY_COMMENT, MAX_COMMENT),
        community_comment=clean_text(
            value.community_comment, FIELD_COMMUNITY_COMMENT, MAX_COMMENT
        ),
        access_comment=clean_text(value.access_comment, FIELD_ACCESS_COMMENT, MAX_COMMENT),
        risk_comment=clean_text(value.risk_comment, FIELD_RISK_COMMENT, MAX_COMMENT),
        recommendation=clean_text(
            value.recommendation, FIELD_RECOMMENDATION, MAX_RECOMMENDATION
        ),
    )


def validate_decision(value: DecisionInput, today: date, admitted: date) -> DecisionInput:
    decision = _vocab(Decision, value.decision, UNKNOWN_DECISION, FIELD_DECISION)
    check_date(value.decided_on, FIELD_DECIDED_ON, today, admitted)
    reason = clean_text(value.reason, FIELD_REASON, MAX_REASON)
    if decision == Decision.OTHER.value and not reason:
        raise ReintegrationInvalid(OTHER_NEEDS_REASON, FIELD_REASON)
    return replace(value, decision=decision, reason=reason)


def validate_placement(
    value: PlacementInput, today: date, admitted: date, decided_on: date | None
) -> PlacementInput:
    check_date(value.placement_date, FIELD_PLACEMENT_DATE, today, admitted)
    if decided_on is not None and value.placement_date < decided_on:
        raise ReintegrationInvalid(PLACEMENT_BEFORE_DECISION, FIELD_PLACEMENT_DATE)
    place = clean_text(value.place, FIELD_PLACE, MAX_PLACE, multiline=False)
    if not place:
        raise ReintegrationInvalid(PLACE_MISSING, FIELD_PLACE)
    province = (value.province_code or "").strip() or None
    if province is not None and province not in {p.code for p in provinces()}:
        raise ReintegrationInvalid(UNKNOWN_PROVINCE, FIELD_PROVINCE)
    return replace(value, place=place, province_code=province)


def validate_visit(value: VisitInput, today: date, placed_on: date) -> VisitInput:
    check_date(value.visited_on, FIELD_VISITED_ON, today)
    if value.visited_on < placed_on:
        raise ReintegrationInvalid(VISIT_BEFORE_PLACEMENT, FIELD_VISITED_ON)
    visit_type = _vocab(VisitType, value.visit_type, UNKNOWN_VISIT_TYPE, FIELD_VISIT_TYPE)
    for field, score in (
        (FIELD_SAFETY_SCORE, value.safety_score),
        (FIELD_WELLBEING_SCORE, value.wellbeing_score),
        (FIELD_VISIT_FAMILY_SCORE, value.family_score),
        (FIELD_EDUCATION_WORK_SCORE, value.education_work_score),
    ):
        _score(score, field, optional=True)
    risk = _vocab(RetraffickingRisk, value.risk_level, UNKNOWN_RISK, FIELD_VISIT_RISK)
    findings = clean_text(value.findings, FIELD_FINDINGS, MAX_VISIT_TEXT)
    if not findings:
        raise ReintegrationInvalid(FINDINGS_MISSING, FIELD_FINDINGS)
    return replace(
        value,
        visit_type=visit_type,
        risk_level=risk,
        findings=findings,
        risks=clean_text(value.risks, FIELD_RISKS, MAX_VISIT_TEXT),
        next_steps=clean_text(value.next_steps, FIELD_NEXT_STEPS, MAX_VISIT_TEXT),
    )


def validate_closure(
    value: ClosureInput, today: date, admitted: date, placed_on: date | None
) -> ClosureInput:
    reason = _vocab(ClosureReason, value.reason, UNKNOWN_CLOSURE, FIELD_CLOSURE_REASON)
    check_date(value.closed_on, FIELD_CLOSED_ON, today, admitted)
    if placed_on is not None and value.closed_on < placed_on:
        raise ReintegrationInvalid(CLOSURE_BEFORE_PLACEMENT, FIELD_CLOSED_ON)
    note = clean_text(value.note, FIELD_CLOSURE_NOTE, MAX_CLOSURE_NOTE)
    if reason == ClosureReason.OTHER.value and not note:
        raise ReintegrationInvalid(OTHER_CLOSURE_NEEDS_NOTE, FIELD_CLOSURE_NOTE)
    return replace(value, reason=reason, note=note)


# ---- the follow-up schedule -------------------------------------------------------------


def follow_up_schedule(placement_date: date, months: tuple[int, ...]) -> list[tuple[int, date]]:
    """(months after placement, due date) for each follow-up: the same day of the month, or
    that month's last day (placed 31 January: 1 month → 28/29 February)."""
    return [(m, add_months(placement_date, m)) for m in months]


def months_text(months: tuple[int, ...]) -> str:
    """(1, 3, 6) → "1,3,6", as stored on the reintegration row."""
    return ",".join(str(m) for m in months)


def parse_months_text(text: str) -> tuple[int, ...]:
    """The stored "1,3,6" back to (1, 3, 6); anything unreadable is skipped."""
    months = []
    for part in (text or "").split(","):
        part = part.strip()
        if part.isdigit():
            months.append(int(part))
    return tuple(months)


def latest_start_due_by(deadline: date, months: int) -> date:
    """The latest date ``d`` with ``add_months(d, months) <= deadline``: a record from ``d`` or
    earlier is due by ``deadline``. (Month ends make several days map to one due date.)"""
    candidate = add_months(deadline, -months)
    while True:
        following = date.fromordinal(candidate.toordinal() + 1)
        if add_months(following, months) > deadline:
            return candidate
        candidate = following
