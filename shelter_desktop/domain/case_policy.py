"""Case-work policy: how often care plans are reviewed, residents reassessed, and reintegrated
residents followed up. Kept in the database (table ``case_setting``) so it travels with backups.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

DEFAULT_FOLLOW_UP_MONTHS = (1, 3, 6, 12, 18, 24)
MAX_FOLLOW_UP_MONTH = 60
DUE_SOON_DAYS_DEFAULT = 14


@dataclass(frozen=True)
class CasePolicy:
    care_plan_review_months: int = 6
    reassessment_months: int = 6
    follow_up_months: tuple[int, ...] = DEFAULT_FOLLOW_UP_MONTHS
    due_soon_days: int = DUE_SOON_DAYS_DEFAULT  # "due soon" on Home and Due work
    unsigned_note_days: int = 3  # a draft note older than this is overdue


def validate_policy(policy: CasePolicy) -> CasePolicy:
    """The policy as given, or ValidationError saying what to change."""
    if not 1 <= policy.care_plan_review_months <= 24:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A care plan review is due after 1 to 24 months.")
        )
    if not 1 <= policy.reassessment_months <= 24:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A reassessment is due after 1 to 24 months.")
        )
    months = policy.follow_up_months
    if (
        not months
        or len(months) > 24
        or any(not 1 <= m <= MAX_FOLLOW_UP_MONTH for m in months)
        or list(months) != sorted(set(months))
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Follow-up months are whole numbers from 1 to 60, each once, smallest first "
                "(for example 1, 3, 6, 12, 18, 24).",
            )
        )
    if not 1 <= policy.due_soon_days <= 90:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\"Due soon\" is between 1 and 90 days.")
        )
    if not 1 <= policy.unsigned_note_days <= 30:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An unsigned note is overdue after 1 to 30 days.")
        )
    return policy


def parse_follow_up_months(text: str) -> tuple[int, ...]:
    """"1, 3, 6" → (1, 3, 6); ValidationError on anything that is not a list of numbers."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    try:
        months = tuple(int(p) for p in parts)
    except ValueError:
        months = ()
    return validate_policy(CasePolicy(follow_up_months=months)).follow_up_months
