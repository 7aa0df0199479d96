"""Counseling notes (DESIGN.md section 3): what a counselor writes, the rules a note must meet,
and the frozen views the services hand out.

A note is a *draft* until its author signs it; from then on it never changes and corrections
are added as addenda. Stored values are the enum values of ``NoteType``, ``NoteVisibility`` and
``vocabulary.RiskFlag``; labels below are marked for translation.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .errors import PermissionDenied, ShelterError, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .residents import NoteType, NoteVisibility
from .vocabulary import RiskFlag

MAX_TEXT_CHARS = 50_000
MIN_DURATION_MINUTES = 1
MAX_DURATION_MINUTES = 600
# Sessions shortly before admission happen (crisis counselling at referral, in a police station
# or a transit centre); a note dated more than this before admission is a typing mistake.
DAYS_BEFORE_ADMISSION = 30
# Risk flags raised in notes of this many days show as alerts on the resident's overview.
RISK_ALERT_DAYS = 90
# Characters allowed although Unicode calls them control characters.
_ALLOWED_CONTROLS = frozenset("\n\t")

NOTE_TYPE_LABELS = {
    NoteType.INDIVIDUAL: QT_TRANSLATE_NOOP("Notes", "Individual"),
    NoteType.GROUP: QT_TRANSLATE_NOOP("Notes", "Group"),
    NoteType.FAMILY: QT_TRANSLATE_NOOP("Notes", "Family"),
    NoteType.CRISIS: QT_TRANSLATE_NOOP("Notes", "Crisis"),
}

VISIBILITY_LABELS = {
    NoteVisibility.COUNSELOR_ONLY: QT_TRANSLATE_NOOP("Notes", "Counselors only"),
    NoteVisibility.CASE_TEAM: QT_TRANSLATE_NOOP("Notes", "Whole case team"),
}

# The four narrative fields, in the order the editor and the viewer show them.
TEXT_FIELDS = ("presenting_issues", "observations", "interventions", "plan")
TEXT_FIELD_LABELS = {
    "presenting_issues": QT_TRANSLATE_NOOP("Errors", "Presenting issues"),
    "observations": QT_TRANSLATE_NOOP("Errors", "Observations"),
    "interventions": QT_TRANSLATE_NOOP("Errors", "Interventions"),
    "plan": QT_TRANSLATE_NOOP("Errors", "Plan"),
    "addendum": QT_TRANSLATE_NOOP("Errors", "Addendum"),
}


# ---- errors ----------------------------------------------------------------------------------


class NoteIsSigned(ShelterError):
    """Any attempt to change, re-sign or discard a signed note."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "A signed note cannot be changed. Add an addendum instead."
    )


class NoteNotSigned(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "An addendum can only be added to a signed note. Change the draft itself, then sign it.",
    )


class NotNoteAuthor(PermissionDenied):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Only the counselor who wrote this note can change, sign or discard it. The attempt "
        "was recorded. Add an addendum once it is signed, or ask its author.",
    )


class DraftIsPrivate(PermissionDenied):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This note is an unsigned draft: only its author can open it until it is signed. "
        "The attempt was recorded.",
    )


# ---- inputs ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteDraft:
    """What the editor holds. Counselor-only is the default: a counselor widens a note to the
    case team on purpose, never by forgetting to narrow it."""

    session_date: date
    note_type: str = NoteType.INDIVIDUAL.value
    duration_minutes: int = 45
    presenting_issues: str = ""
    observations: str = ""
    interventions: str = ""
    plan: str = ""
    risk_flags: tuple[str, ...] = ()
    visibility: str = NoteVisibility.COUNSELOR_ONLY.value

    def texts(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in TEXT_FIELDS}

    def is_empty(self) -> bool:
        return not any(text.strip() for text in self.texts().values())


# ---- views -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddendumView:
    id: int
    note_id: int
    author_id: int
    author_name: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class NoteSummary:
    """One row of a resident's note list: no narrative text, so pages stay light."""

    id: int
    resident_id: int
    case_number: str
    counselor_id: int
    counselor_name: str
    session_date: date
    note_type: str
    duration_minutes: int
    risk_flags: tuple[str, ...]
    visibility: str
    signed_at: datetime | None
    updated_at: datetime | None
    addenda: int

    @property
    def is_draft(self) -> bool:
        return self.signed_at is None


@dataclass(frozen=True)
class NoteDetail:
    id: int
    resident_id: int
    counselor_id: int
    counselor_name: str
    session_date: date
    note_type: str
    duration_minutes: int
    presenting_issues: str
    observations: str
    interventions: str
    plan: str
    risk_flags: tuple[str, ...]
    visibility: str
    created_at: datetime
    signed_at: datetime | None
    updated_at: datetime | None
    addenda: tuple[AddendumView, ...]
    is_draft: bool

    def draft(self) -> NoteDraft:
        """The editable part, for continuing a draft in the editor."""
        return NoteDraft(
            self.session_date,
            self.note_type,
            self.duration_minutes,
            self.presenting_issues,
            self.observations,
            self.interventions,
            self.plan,
            self.risk_flags,
            self.visibility,
        )


@dataclass(frozen=True)
class RiskAlert:
    """A risk flag raised in a recent note: the flag and the date, never the note's text."""

    resident_id: int
    flag: str
    note_id: int
    session_date: date
    signed: bool = True


# ---- rules -----------------------------------------------------------------------------------


def earliest_session_date(admission_date: date) -> date:
    return admission_date - timedelta(days=DAYS_BEFORE_ADMISSION)


def control_character(text: str) -> str | None:
    """The first character a note may not hold (control characters other than newline and
    tab, lone surrogates), written as U+XXXX; None when the text is clean."""
    for ch in text:
        category = unicodedata.category(ch)
        if (category == "Cc" and ch not in _ALLOWED_CONTROLS) or category == "Cs":
            return f"U+{ord(ch):04X}"
    return None


def strip_control_characters(text: str) -> str:
    """What the editor does to pasted text: line breaks become newlines, other control
    characters go (they are invisible and mean nothing in a note)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch
        for ch in text
        if not (
            (unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
            or unicodedata.category(ch) == "Cs"
        )
    )


def check_text(field_name: str, text: str) -> None:
    label = TEXT_FIELD_LABELS[field_name]
    if not isinstance(text, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be text."), field=label)
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{field} is too long: {count} characters, at most {limit} are kept in one "
                "note. Shorten it, or continue in an addendum after signing.",
            ),
            field=label,
            count=f"{len(text):,}",
            limit=f"{MAX_TEXT_CHARS:,}",
        )
    bad = control_character(text)
    if bad is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{field} contains an invisible control character ({character}) that cannot be "
                "saved. Delete the text you pasted last and type it again.",
            ),
            field=label,
            character=bad,
        )


def validate_draft(draft: NoteDraft, today: date, admission_date: date | None) -> NoteDraft:
    """Rules every saved version meets, drafts included; raises ValidationError.

    ``today`` is the local date of the office PC (a session at 6 in the morning in Phnom Penh
    is still "yesterday" in UTC).
    """
    if not isinstance(draft.session_date, date) or isinstance(draft.session_date, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the date of the session."))
    if draft.session_date > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The session date {date} is in the future. Enter the day the session took place.",
            ),
            date=draft.session_date.isoformat(),
        )
    if admission_date is not None and draft.session_date < earliest_session_date(admission_date):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The session date {date} is more than {days} days before the resident's "
                "admission ({admission}). Check the date.",
            ),
            date=draft.session_date.isoformat(),
            days=DAYS_BEFORE_ADMISSION,
            admission=admission_date.isoformat(),
        )
    if draft.note_type not in {t.value for t in NoteType}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the type of session (individual, group, family "
                              "or crisis)."),
        )
    if draft.visibility not in {v.value for v in NoteVisibility}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose who may read this note: counselors only, or the "
                              "whole case team."),
        )
    duration = draft.duration_minutes
    if (
        not isinstance(duration, int)
        or isinstance(duration, bool)
        or not MIN_DURATION_MINUTES <= duration <= MAX_DURATION_MINUTES
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The session length must be between {low} and {high} minutes.",
            ),
            low=MIN_DURATION_MINUTES,
            high=MAX_DURATION_MINUTES,
        )
    known_flags = {f.value for f in RiskFlag}
    for flag in draft.risk_flags:
        if flag not in known_flags:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "'{flag}' is not a risk flag this version knows."),
                flag=str(flag),
            )
    if len(set(draft.risk_flags)) != len(draft.risk_flags):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A risk flag is ticked twice."))
    for name, text in draft.texts().items():
        check_text(name, text)
    return draft


def validate_for_signing(draft: NoteDraft, today: date, admission_date: date | None) -> NoteDraft:
    """A signed note must also say something: it can never be filled in afterwards."""
    validate_draft(draft, today, admission_date)
    if draft.is_empty():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This note is empty. Write at least the presenting issues or observations "
                "before signing.",
            )
        )
    return draft


def validate_addendum(text: str) -> str:
    check_text("addendum", text)
    if not text.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The addendum is empty. Write the correction or addition.")
        )
    return text


def encode_flags(flags: tuple[str, ...]) -> str:
    """Stored as comma-separated values in the vocabulary's order."""
    order = {f.value: index for index, f in enumerate(RiskFlag)}
    return ",".join(sorted(set(flags), key=lambda flag: (order.get(flag, len(order)), flag)))


def decode_flags(stored: str | None) -> tuple[str, ...]:
    return tuple(part for part in (stored or "").split(",") if part)
