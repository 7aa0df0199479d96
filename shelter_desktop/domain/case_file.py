"""What the case file services take and give (DESIGN.md section 3): inputs typed by staff and
frozen views handed to the UI. Validation rules live in domain/intake.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# ---- inputs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentInput:
    consent_type: str  # vocabulary.ConsentType value
    given: bool
    given_by: str  # vocabulary.ConsentGiver value
    recorded_on: date
    notes: str = ""


@dataclass(frozen=True)
class ContactInput:
    relation: str
    name: str
    phone: str = ""
    address: str = ""
    is_guardian: bool = False
    safety_flag: str = "none"  # vocabulary.SafetyFlag value
    notes: str = ""


@dataclass(frozen=True)
class ResidentIntake:
    """Everything the intake asks. Either ``date_of_birth`` or ``birth_year`` (estimated)."""

    name_khmer: str
    name_latin: str
    sex: str  # vocabulary.Sex value
    admission_date: date
    alias: str = ""
    date_of_birth: date | None = None
    birth_year: int | None = None  # when only an estimated year is known
    nationality: str = "KH"
    languages: tuple[str, ...] = ("km",)
    province_code: str | None = None
    district_code: str | None = None
    commune_code: str | None = None
    village_code: str | None = None
    referral_source: str | None = None  # vocabulary.ReferralSource value
    referral_organisation: str = ""
    referral_contact: str = ""
    referral_reason: str = ""
    exploitation_types: tuple[str, ...] = ()
    destination_country: str | None = None
    legal_court: str = ""
    legal_case_number: str = ""
    legal_status: str = "none"
    hiv_status: str = "unknown"
    pregnant: bool = False
    health_notes: str = ""
    risk_level: str = "medium"
    counselor_id: int | None = None
    mosvy_number: str = ""
    consents: tuple[ConsentInput, ...] = ()
    contacts: tuple[ContactInput, ...] = ()


# ---- views ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentView:
    id: int
    consent_type: str
    given: bool
    given_by: str
    recorded_on: date
    notes: str


@dataclass(frozen=True)
class ContactView:
    id: int
    resident_id: int
    relation: str
    name: str
    phone: str
    address: str
    is_guardian: bool
    safety_flag: str
    notes: str


@dataclass(frozen=True)
class ResidentDetail:
    """A resident's whole intake record, for her file. Sensitive health fields are included
    only for roles that may read them (``health_visible``)."""

    id: int
    case_number: str
    name_khmer: str
    name_latin: str
    alias: str
    sex: str
    date_of_birth: date | None
    birth_date_estimated: bool
    age: int | None
    nationality: str
    languages: tuple[str, ...]
    province_code: str | None
    district_code: str | None
    commune_code: str | None
    village_code: str | None
    admission_date: date
    status: str
    risk_level: str
    counselor_id: int | None
    counselor_name: str | None
    referral_source: str | None
    referral_organisation: str
    referral_contact: str
    referral_reason: str
    exploitation_types: tuple[str, ...]
    destination_country: str | None
    legal_court: str
    legal_case_number: str
    legal_status: str
    mosvy_number: str
    health_visible: bool
    hiv_status: str | None
    pregnant: bool | None
    health_notes: str | None
    created_at: datetime
    updated_at: datetime
    consents: tuple[ConsentView, ...] = field(default_factory=tuple)
    # The day she left the shelter; None while she is active (or for an old, undated exit).
    exit_date: date | None = None


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing resident who may be the person being admitted, and why."""

    resident_id: int
    case_number: str
    name_khmer: str
    name_latin: str
    date_of_birth: date | None
    province_code: str | None
    status: str
    reasons: tuple[str, ...]  # translatable sentences (QT_TRANSLATE_NOOP "Duplicates")
    score: float
