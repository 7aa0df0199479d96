"""Education and vocational progress (DESIGN.md section 3): what staff type, what they see, and
the rules a record must meet before it is saved.

Validation returns a cleaned copy of the input (texts stripped) or raises ProgressInvalid, whose
message says what is wrong and what to do; ``field`` names the input to put the cursor on.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .vocabulary import EducationProgramme, ProgressStatus, Trade

# Longest texts the database columns accept (storage/models.py).
MAX_INSTITUTION = 200
MAX_GRADE = 32
MAX_CERTIFICATE = 200
MAX_TERM = 64
MAX_RESULT_TEXT = 200
MAX_PROVIDER = 200
MAX_STARTUP_KIT = 200
MAX_EMPLOYER = 200
MAX_MILESTONE = 1000
MAX_MONTHLY_INCOME_USD = 100_000

TRANSLATION_CONTEXT = "Progress"

# ---- inputs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolmentInput:
    programme: str  # vocabulary.EducationProgramme value
    institution: str
    grade: str
    start_date: date
    end_date: date | None  # the day it ended, or the planned end
    status: str  # vocabulary.ProgressStatus value
    certificate: str = ""


@dataclass(frozen=True)
class TermResultInput:
    term: str  # e.g. "Term 1, 2026"
    recorded_on: date
    score: int | None  # out of 100
    result_text: str = ""  # e.g. "Passed", "Grade B"
    attendance_percent: int | None = None


@dataclass(frozen=True)
class TrainingInput:
    trade: str  # vocabulary.Trade value
    provider: str
    start_date: date
    end_date: date | None
    status: str  # vocabulary.ProgressStatus value
    startup_kit: str = ""
    employer: str = ""
    job_start_date: date | None = None
    monthly_income_usd: int | None = None


@dataclass(frozen=True)
class MilestoneInput:
    reached_on: date
    description: str


# ---- views ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TermResultView:
    id: int
    enrolment_id: int
    term: str
    recorded_on: date
    score: int | None
    result_text: str
    attendance_percent: int | None


@dataclass(frozen=True)
class EnrolmentView:
    """One enrolment with its most recent results (oldest first); ``result_count`` is how many
    exist in all, so the UI knows when to ask for earlier pages."""

    id: int
    resident_id: int
    programme: str
    institution: str
    grade: str
    start_date: date
    end_date: date | None
    status: str
    certificate: str
    results: tuple[TermResultView, ...] = ()
    result_count: int = 0

    def as_input(self) -> EnrolmentInput:
        return EnrolmentInput(
            self.programme, self.institution, self.grade, self.start_date, self.end_date,
            self.status, self.certificate,
        )


@dataclass(frozen=True)
class MilestoneView:
    id: int
    training_id: int
    reached_on: date
    description: str


@dataclass(frozen=True)
class TrainingView:
    """One training with its most recent milestones (oldest first) and ``milestone_count``."""

    id: int
    resident_id: int
    trade: str
    provider: str
    start_date: date
    end_date: date | None
    status: str
    startup_kit: str
    employer: str
    job_start_date: date | None
    monthly_income_usd: int | None
    milestones: tuple[MilestoneView, ...] = ()
    milestone_count: int = 0

    @property
    def placed(self) -> bool:
        return bool(self.employer)

    def as_input(self) -> TrainingInput:
        return TrainingInput(
            self.trade, self.provider, self.start_date, self.end_date, self.status,
            self.startup_kit, self.employer, self.job_start_date, self.monthly_income_usd,
        )


# ---- errors -----------------------------------------------------------------------------


class ProgressInvalid(ValidationError):
    """A progress record that cannot be saved. Its template is in the "Progress" context."""

    context = TRANSLATION_CONTEXT

    def __init__(self, template: str, target: str, **params: object) -> None:
        super().__init__(template, **params)
        self.field = target


# Field names, for the UI to put the cursor where the problem is.
FIELD_PROGRAMME = "programme"
FIELD_INSTITUTION = "institution"
FIELD_GRADE = "grade"
FIELD_START = "start_date"
FIELD_END = "end_date"
FIELD_STATUS = "status"
FIELD_CERTIFICATE = "certificate"
FIELD_TERM = "term"
FIELD_RECORDED_ON = "recorded_on"
FIELD_SCORE = "score"
FIELD_RESULT_TEXT = "result_text"
FIELD_ATTENDANCE = "attendance_percent"
FIELD_TRADE = "trade"
FIELD_PROVIDER = "provider"
FIELD_STARTUP_KIT = "startup_kit"
FIELD_EMPLOYER = "employer"
FIELD_JOB_START = "job_start_date"
FIELD_INCOME = "monthly_income_usd"
FIELD_REACHED_ON = "reached_on"
FIELD_DESCRIPTION = "description"

# What each text box is called in messages (translated by the UI in the "Progress" context).
FIELD_LABELS = {
    FIELD_INSTITUTION: QT_TRANSLATE_NOOP("Progress", "school or class"),
    FIELD_GRADE: QT_TRANSLATE_NOOP("Progress", "grade or level"),
    FIELD_CERTIFICATE: QT_TRANSLATE_NOOP("Progress", "certificate"),
    FIELD_TERM: QT_TRANSLATE_NOOP("Progress", "term"),
    FIELD_RESULT_TEXT: QT_TRANSLATE_NOOP("Progress", "result"),
    FIELD_PROVIDER: QT_TRANSLATE_NOOP("Progress", "training provider"),
    FIELD_STARTUP_KIT: QT_TRANSLATE_NOOP("Progress", "start-up kit"),
    FIELD_EMPLOYER: QT_TRANSLATE_NOOP("Progress", "employer"),
    FIELD_DESCRIPTION: QT_TRANSLATE_NOOP("Progress", "milestone"),
}

TOO_LONG = QT_TRANSLATE_NOOP(
    "Progress",
    "The {what} is too long ({length} characters). Shorten it to at most {limit} characters.",
)
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Progress",
    "The {what} contains an invisible control character, perhaps pasted from another "
    "program. Delete the text and type it again.",
)
UNKNOWN_PROGRAMME = QT_TRANSLATE_NOOP("Progress", "Choose a programme from the list.")
UNKNOWN_TRADE = QT_TRANSLATE_NOOP("Progress", "Choose a trade from the list.")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("Progress", "Choose a status from the list.")
START_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Progress",
    "The start date is in the future. Correct the date, or set the status to Planned if she "
    "has not started yet.",
)
END_BEFORE_START = QT_TRANSLATE_NOOP(
    "Progress", "The end date is before the start date. Correct one of the two dates."
)
END_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Progress",
    "The end date is in the future, but the status says it is over. Enter the day it "
    "actually ended, or set the status to In progress.",
)
COMPLETED_WITHOUT_END = QT_TRANSLATE_NOOP(
    "Progress", "A completed course needs an end date. Enter the day she finished."
)
DROPPED_WITHOUT_END = QT_TRANSLATE_NOOP(
    "Progress", "A stopped course needs an end date. Enter the day she stopped attending."
)
TERM_MISSING = QT_TRANSLATE_NOOP(
    "Progress", "Name the term, for example \u201cTerm 1, 2026\u201d."
)
RESULT_EMPTY = QT_TRANSLATE_NOOP(
    "Progress", "Enter a score, a result or the attendance for this term."
)
RECORDED_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Progress", "The result is dated in the future. Enter the day the result was given."
)
RECORDED_BEFORE_START = QT_TRANSLATE_NOOP(
    "Progress",
    "The result is dated before the enrolment started. Check the date, or the enrolment's "
    "start date.",
)
SCORE_RANGE = QT_TRANSLATE_NOOP(
    "Progress", "The score must be between 0 and 100. Convert other scales to points out of 100."
)
ATTENDANCE_RANGE = QT_TRANSLATE_NOOP(
    "Progress", "Attendance is a percentage: enter a number between 0 and 100."
)
INCOME_NEGATIVE = QT_TRANSLATE_NOOP(
    "Progress", "The monthly income cannot be negative. Enter 0 if she earns nothing yet."
)
INCOME_TOO_HIGH = QT_TRANSLATE_NOOP(
    "Progress",
    "A monthly income of {amount} US dollars looks like a typing mistake. Enter the amount "
    "per month in US dollars.",
)
PLACEMENT_WITHOUT_EMPLOYER = QT_TRANSLATE_NOOP(
    "Progress",
    "A job placement needs the employer's name. Enter the employer, or clear the job start "
    "date and income.",
)
JOB_START_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Progress",
    "The job start date is in the future. Record the placement once she has started work.",
)
JOB_BEFORE_TRAINING = QT_TRANSLATE_NOOP(
    "Progress",
    "The job start date is before the training began. Check both dates.",
)
START_AFTER_RESULTS = QT_TRANSLATE_NOOP(
    "Progress",
    "Term results are already recorded before this start date. Choose a start date on or "
    "before the first result.",
)
START_AFTER_MILESTONES = QT_TRANSLATE_NOOP(
    "Progress",
    "Milestones are already recorded before this start date. Choose a start date on or "
    "before the first milestone.",
)
MILESTONE_MISSING = QT_TRANSLATE_NOOP(
    "Progress", "Describe what she achieved, for example \u201cSewed a shirt on her own\u201d."
)
MILESTONE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Progress", "The milestone is dated in the future. Enter the day she reached it."
)
MILESTONE_BEFORE_START = QT_TRANSLATE_NOOP(
    "Progress",
    "The milestone is dated before the training began. Check the date, or the training's "
    "start date.",
)

# Line breaks and tabs are allowed in multi-line texts; no other control character anywhere.
_MULTILINE_ALLOWED = {"\n", "\t"}


def clean_text(value: str, field: str, limit: int, multiline: bool = False) -> str:
    """``value`` stripped; refuses control characters and texts longer than ``limit``.

    Format characters (category Cf) such as the zero-width space stay allowed: Khmer writing
    uses them between words and inside clusters.
    """
    text = (value or "").strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    allowed = _MULTILINE_ALLOWED if multiline else set()
    for ch in text:
        category = unicodedata.category(ch)
        if (category == "Cc" and ch not in allowed) or category == "Cs":  # Cs: lone surrogate
            raise ProgressInvalid(CONTROL_CHARACTER, field, what=FIELD_LABELS[field])
    if len(text) > limit:
        raise ProgressInvalid(
            TOO_LONG, field, what=FIELD_LABELS[field], length=len(text), limit=limit
        )
    return text


def _status(value: str) -> ProgressStatus:
    try:
        return ProgressStatus(value)
    except ValueError:
        raise ProgressInvalid(UNKNOWN_STATUS, FIELD_STATUS) from None


def _check_period(start: date, end: date | None, status: ProgressStatus, today: date) -> None:
    """Rules shared by enrolments and trainings. A planned course may lie in the future; an
    end date may be a planned end unless the status says the course is over."""
    if start > today and status is not ProgressStatus.PLANNED:
        raise ProgressInvalid(START_IN_FUTURE, FIELD_START)
    if end is not None and end < start:
        raise ProgressInvalid(END_BEFORE_START, FIELD_END)
    if status is ProgressStatus.COMPLETED and end is None:
        raise ProgressInvalid(COMPLETED_WITHOUT_END, FIELD_END)
    if status is ProgressStatus.DROPPED and end is None:
        raise ProgressInvalid(DROPPED_WITHOUT_END, FIELD_END)
    over = status in (ProgressStatus.COMPLETED, ProgressStatus.DROPPED)
    if over and end is not None and end > today:
        raise ProgressInvalid(END_IN_FUTURE, FIELD_END)


def validate_enrolment(value: EnrolmentInput, today: date) -> EnrolmentInput:
    try:
        EducationProgramme(value.programme)
    except ValueError:
        raise ProgressInvalid(UNKNOWN_PROGRAMME, FIELD_PROGRAMME) from None
    status = _status(value.status)
    cleaned = replace(
        value,
        institution=clean_text(value.institution, FIELD_INSTITUTION, MAX_INSTITUTION),
        grade=clean_text(value.grade, FIELD_GRADE, MAX_GRADE),
        certificate=clean_text(value.certificate, FIELD_CERTIFICATE, MAX_CERTIFICATE),
    )
    _check_period(value.start_date, value.end_date, status, today)
    return cleaned


def validate_term_result(
    value: TermResultInput, enrolment_start: date, today: date
) -> TermResultInput:
    term = clean_text(value.term, FIELD_TERM, MAX_TERM)
    if not term:
        raise ProgressInvalid(TERM_MISSING, FIELD_TERM)
    result_text = clean_text(value.result_text, FIELD_RESULT_TEXT, MAX_RESULT_TEXT)
    if value.score is not None and not 0 <= value.score <= 100:
        raise ProgressInvalid(SCORE_RANGE, FIELD_SCORE)
    if value.attendance_percent is not None and not 0 <= value.attendance_percent <= 100:
        raise ProgressInvalid(ATTENDANCE_RANGE, FIELD_ATTENDANCE)
    if value.score is None and value.attendance_percent is None and not result_text:
        raise ProgressInvalid(RESULT_EMPTY, FIELD_SCORE)
    if value.recorded_on > today:
        raise ProgressInvalid(RECORDED_IN_FUTURE, FIELD_RECORDED_ON)
    if value.recorded_on < enrolment_start:
        raise ProgressInvalid(RECORDED_BEFORE_START, FIELD_RECORDED_ON)
    return replace(value, term=term, result_text=result_text)


def validate_training(value: TrainingInput, today: date) -> TrainingInput:
    try:
        Trade(value.trade)
    except ValueError:
        raise ProgressInvalid(UNKNOWN_TRADE, FIELD_TRADE) from None
    status = _status(value.status)
    cleaned = replace(
        value,
        provider=clean_text(value.provider, FIELD_PROVIDER, MAX_PROVIDER),
        startup_kit=clean_text(value.startup_kit, FIELD_STARTUP_KIT, MAX_STARTUP_KIT),
        employer=clean_text(value.employer, FIELD_EMPLOYER, MAX_EMPLOYER),
    )
    _check_period(value.start_date, value.end_date, status, today)
    income = value.monthly_income_usd
    if income is not None and income < 0:
        raise ProgressInvalid(INCOME_NEGATIVE, FIELD_INCOME)
    if income is not None and income > MAX_MONTHLY_INCOME_USD:
        raise ProgressInvalid(INCOME_TOO_HIGH, FIELD_INCOME, amount=income)
    if not cleaned.employer and (value.job_start_date is not None or income is not None):
        raise ProgressInvalid(PLACEMENT_WITHOUT_EMPLOYER, FIELD_EMPLOYER)
    if value.job_start_date is not None:
        if value.job_start_date > today:
            raise ProgressInvalid(JOB_START_IN_FUTURE, FIELD_JOB_START)
        if value.job_start_date < value.start_date:
            raise ProgressInvalid(JOB_BEFORE_TRAINING, FIELD_JOB_START)
    return cleaned


def validate_milestone(
    value: MilestoneInput, training_start: date, today: date
) -> MilestoneInput:
    description = clean_text(value.description, FIELD_DESCRIPTION, MAX_MILESTONE, multiline=True)
    if not description:
        raise ProgressInvalid(MILESTONE_MISSING, FIELD_DESCRIPTION)
    if value.reached_on > today:
        raise ProgressInvalid(MILESTONE_IN_FUTURE, FIELD_REACHED_ON)
    if value.reached_on < training_start:
        raise ProgressInvalid(MILESTONE_BEFORE_START, FIELD_REACHED_ON)
    return replace(value, description=description)
