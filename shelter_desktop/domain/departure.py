"""When a resident leaves the shelter (issue #5, exits by month): the day she left is kept with
her status, and a departure that is not a reintegration (transferred to another organisation,
or left without notice) can be recorded on its own.

Pure rules: the services apply them and the UI shows the messages (context "Errors").
"""

from __future__ import annotations

from datetime import date, datetime

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .residents import ResidentStatus

# How a departure recorded on its own can happen. Reintegration and closing the case have
# their own steps (Reintegration tab), which set the day she left themselves.
DEPARTURE_KINDS = (ResidentStatus.TRANSFERRED, ResidentStatus.ABSCONDED)

FIELD_KIND = "kind"
FIELD_ON = "on"

NOT_ACTIVE = QT_TRANSLATE_NOOP(
    "Errors",
    "Her file already shows that she is no longer in the shelter, so a departure cannot be "
    "recorded. Nothing was changed.",
)
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Errors",
    "Choose how she left: transferred to another organisation, or left without notice.",
)
NO_DATE = QT_TRANSLATE_NOOP("Errors", "Enter the day she left the shelter.")
LEFT_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Errors", "The day she left is in the future. Enter the day she actually left."
)
LEFT_BEFORE_ADMISSION = QT_TRANSLATE_NOOP(
    "Errors",
    "The day she left is before her admission to the shelter. Check the date.",
)


class DepartureInvalid(ValidationError):
    """A departure that cannot be recorded; ``field`` names the input to fix."""

    def __init__(self, template: str, target: str, **params: object) -> None:
        super().__init__(template, **params)
        self.field = target


def validate_departure(
    kind: object, left_on: object, status: str, admitted: date, today: date
) -> tuple[ResidentStatus, date]:
    """The departure's status and day, or DepartureInvalid naming the first problem.

    ``status`` is her status now: only a resident in the shelter (active) can leave it.
    """
    if status != ResidentStatus.ACTIVE.value:
        raise DepartureInvalid(NOT_ACTIVE, FIELD_KIND)
    try:
        chosen = ResidentStatus(kind)
    except ValueError:
        raise DepartureInvalid(UNKNOWN_KIND, FIELD_KIND) from None
    if chosen not in DEPARTURE_KINDS:
        raise DepartureInvalid(UNKNOWN_KIND, FIELD_KIND)
    # A datetime is a date too, but a departure is a calendar day.
    if not isinstance(left_on, date) or isinstance(left_on, datetime):
        raise DepartureInvalid(NO_DATE, FIELD_ON)
    if left_on > today:
        raise DepartureInvalid(LEFT_IN_FUTURE, FIELD_ON)
    if left_on < admitted:
        raise DepartureInvalid(LEFT_BEFORE_ADMISSION, FIELD_ON)
    return chosen, left_on


def exit_date_after(status: str, current: date | None, today: date) -> date | None:
    """Her exit date once her status is ``status``: cleared while she is active; kept when she
    left already (a later change of status, such as closing her case, is not a new exit);
    today when she leaves without a day recorded."""
    if status == ResidentStatus.ACTIVE.value:
        return None
    return current if current is not None else today
