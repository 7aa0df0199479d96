"""Controlled vocabularies of the case file (DESIGN.md section 3). Stored values are the enum
values (stable, English, never shown); labels are marked for translation."""

from __future__ import annotations

from enum import Enum

from .i18n import QT_TRANSLATE_NOOP


class Sex(str, Enum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


SEX_LABELS = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("Vocabulary", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("Vocabulary", "Male"),
    Sex.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

# ISO 3166-1 alpha-2 codes of the nationalities a Cambodian shelter sees most.
NATIONALITY_LABELS = {
    "KH": QT_TRANSLATE_NOOP("Vocabulary", "Cambodian"),
    "VN": QT_TRANSLATE_NOOP("Vocabulary", "Vietnamese"),
    "TH": QT_TRANSLATE_NOOP("Vocabulary", "Thai"),
    "LA": QT_TRANSLATE_NOOP("Vocabulary", "Lao"),
    "MM": QT_TRANSLATE_NOOP("Vocabulary", "Myanmar"),
    "CN": QT_TRANSLATE_NOOP("Vocabulary", "Chinese"),
    "XX": QT_TRANSLATE_NOOP("Vocabulary", "Other or unknown"),
}

LANGUAGE_LABELS = {
    "km": QT_TRANSLATE_NOOP("Vocabulary", "Khmer"),
    "vi": QT_TRANSLATE_NOOP("Vocabulary", "Vietnamese"),
    "th": QT_TRANSLATE_NOOP("Vocabulary", "Thai"),
    "en": QT_TRANSLATE_NOOP("Vocabulary", "English"),
    "zh": QT_TRANSLATE_NOOP("Vocabulary", "Chinese"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other language"),
}


class ReferralSource(str, Enum):
    POLICE = "police"
    ANTI_TRAFFICKING_POLICE = "anti_trafficking_police"
    COURT = "court"
    LOCAL_AUTHORITY = "local_authority"
    NGO = "ngo"
    COMMUNITY = "community"
    FAMILY = "family"
    SELF = "self"


REFERRAL_LABELS = {
    ReferralSource.POLICE: QT_TRANSLATE_NOOP("Vocabulary", "Police"),
    ReferralSource.ANTI_TRAFFICKING_POLICE: QT_TRANSLATE_NOOP("Vocabulary", "Anti-trafficking police"),
    ReferralSource.COURT: QT_TRANSLATE_NOOP("Vocabulary", "Court"),
    ReferralSource.LOCAL_AUTHORITY: QT_TRANSLATE_NOOP("Vocabulary", "Local authority"),
    ReferralSource.NGO: QT_TRANSLATE_NOOP("Vocabulary", "NGO"),
    ReferralSource.COMMUNITY: QT_TRANSLATE_NOOP("Vocabulary", "Community"),
    ReferralSource.FAMILY: QT_TRANSLATE_NOOP("Vocabulary", "Family"),
    ReferralSource.SELF: QT_TRANSLATE_NOOP("Vocabulary", "Self-referred"),
}


class ExploitationType(str, Enum):
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    FORCED_LABOUR = "forced_labour"
    FORCED_BEGGING = "forced_begging"
    DOMESTIC_SERVITUDE = "domestic_servitude"
    FORCED_MARRIAGE = "forced_marriage"
    RAPE_SEXUAL_ABUSE = "rape_sexual_abuse"
    OTHER = "other"


EXPLOITATION_LABELS = {
    ExploitationType.SEXUAL_EXPLOITATION: QT_TRANSLATE_NOOP("Vocabulary", "Sexual exploitation"),
    ExploitationType.FORCED_LABOUR: QT_TRANSLATE_NOOP("Vocabulary", "Forced labour"),
    ExploitationType.FORCED_BEGGING: QT_TRANSLATE_NOOP("Vocabulary", "Forced begging"),
    ExploitationType.DOMESTIC_SERVITUDE: QT_TRANSLATE_NOOP("Vocabulary", "Domestic servitude"),
    ExploitationType.FORCED_MARRIAGE: QT_TRANSLATE_NOOP("Vocabulary", "Forced marriage"),
    ExploitationType.RAPE_SEXUAL_ABUSE: QT_TRANSLATE_NOOP("Vocabulary", "Rape or sexual abuse"),
    ExploitationType.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}


class LegalCaseStatus(str, Enum):
    NONE = "none"
    COMPLAINT_FILED = "complaint_filed"
    INVESTIGATION = "investigation"
    TRIAL = "trial"
    VERDICT = "verdict"
    CLOSED = "closed"


LEGAL_STATUS_LABELS = {
    LegalCaseStatus.NONE: QT_TRANSLATE_NOOP("Vocabulary", "No legal case"),
    LegalCaseStatus.COMPLAINT_FILED: QT_TRANSLATE_NOOP("Vocabulary", "Complaint filed"),
    LegalCaseStatus.INVESTIGATION: QT_TRANSLATE_NOOP("Vocabulary", "Under investigation"),
    LegalCaseStatus.TRIAL: QT_TRANSLATE_NOOP("Vocabulary", "At trial"),
    LegalCaseStatus.VERDICT: QT_TRANSLATE_NOOP("Vocabulary", "Verdict given"),
    LegalCaseStatus.CLOSED: QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
}


class ConsentType(str, Enum):
    """What a resident (or guardian) agreed to. Intake requires the first one."""

    CARE_AND_RECORDS = "care_and_records"  # admission, and keeping her case file
    PHOTO = "photo"
    MEDICAL = "medical"
    SHARING_WITH_AUTHORITIES = "sharing_with_authorities"


CONSENT_LABELS = {
    ConsentType.CARE_AND_RECORDS: QT_TRANSLATE_NOOP("Vocabulary", "Care in the shelter and keeping a case file"),
    ConsentType.PHOTO: QT_TRANSLATE_NOOP("Vocabulary", "Taking a photo for the case file"),
    ConsentType.MEDICAL: QT_TRANSLATE_NOOP("Vocabulary", "Medical examination and treatment"),
    ConsentType.SHARING_WITH_AUTHORITIES: QT_TRANSLATE_NOOP("Vocabulary", "Sharing information with the authorities"),
}


class ConsentGiver(str, Enum):
    RESIDENT = "resident"
    GUARDIAN = "guardian"


class HivStatus(str, Enum):
    UNKNOWN = "unknown"
    NEGATIVE = "negative"
    POSITIVE = "positive"
    NOT_DISCLOSED = "not_disclosed"


class SafetyFlag(str, Enum):
    NONE = "none"
    NO_CONTACT = "no_contact"
    SUSPECTED_INVOLVEMENT = "suspected_involvement"


SAFETY_LABELS = {
    SafetyFlag.NONE: QT_TRANSLATE_NOOP("Vocabulary", "No concern"),
    SafetyFlag.NO_CONTACT: QT_TRANSLATE_NOOP("Vocabulary", "No contact"),
    SafetyFlag.SUSPECTED_INVOLVEMENT: QT_TRANSLATE_NOOP("Vocabulary", "Suspected involvement"),
}


class RiskFlag(str, Enum):
    SELF_HARM = "self_harm"
    ABSCOND = "abscond"
    HEALTH = "health"
    DISCLOSURE = "disclosure"


RISK_FLAG_LABELS = {
    RiskFlag.SELF_HARM: QT_TRANSLATE_NOOP("Vocabulary", "Self-harm"),
    RiskFlag.ABSCOND: QT_TRANSLATE_NOOP("Vocabulary", "Risk of leaving the shelter"),
    RiskFlag.HEALTH: QT_TRANSLATE_NOOP("Vocabulary", "Health"),
    RiskFlag.DISCLOSURE: QT_TRANSLATE_NOOP("Vocabulary", "New disclosure"),
}


class EducationProgramme(str, Enum):
    KHMER_LITERACY = "khmer_literacy"
    MATHS = "maths"
    ENGLISH = "english"
    PUBLIC_SCHOOL = "public_school"
    KINDERGARTEN = "kindergarten"
    LIFE_SKILLS = "life_skills"


EDUCATION_LABELS = {
    EducationProgramme.KHMER_LITERACY: QT_TRANSLATE_NOOP("Vocabulary", "Khmer literacy (non-formal)"),
    EducationProgramme.MATHS: QT_TRANSLATE_NOOP("Vocabulary", "Maths (non-formal)"),
    EducationProgramme.ENGLISH: QT_TRANSLATE_NOOP("Vocabulary", "English (non-formal)"),
    EducationProgramme.PUBLIC_SCHOOL: QT_TRANSLATE_NOOP("Vocabulary", "Public school"),
    EducationProgramme.KINDERGARTEN: QT_TRANSLATE_NOOP("Vocabulary", "Kindergarten"),
    EducationProgramme.LIFE_SKILLS: QT_TRANSLATE_NOOP("Vocabulary", "Life skills"),
}


class Trade(str, Enum):
    SEWING = "sewing"
    HAIRDRESSING = "hairdressing"
    MOTORBIKE_REPAIR = "motorbike_repair"
    ANIMAL_RAISING = "animal_raising"
    COOKING = "cooking"
    COMPUTER_SKILLS = "computer_skills"
    WEAVING = "weaving"
    BEAUTY = "beauty"
    OTHER = "other"


TRADE_LABELS = {
    Trade.SEWING: QT_TRANSLATE_NOOP("Vocabulary", "Sewing"),
    Trade.HAIRDRESSING: QT_TRANSLATE_NOOP("Vocabulary", "Hairdressing"),
    Trade.MOTORBIKE_REPAIR: QT_TRANSLATE_NOOP("Vocabulary", "Motorbike repair"),
    Trade.ANIMAL_RAISING: QT_TRANSLATE_NOOP("Vocabulary", "Animal raising"),
    Trade.COOKING: QT_TRANSLATE_NOOP("Vocabulary", "Cooking"),
    Trade.COMPUTER_SKILLS: QT_TRANSLATE_NOOP("Vocabulary", "Computer skills"),
    Trade.WEAVING: QT_TRANSLATE_NOOP("Vocabulary", "Weaving"),
    Trade.BEAUTY: QT_TRANSLATE_NOOP("Vocabulary", "Beauty"),
    Trade.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other trade"),
}


class ProgressStatus(str, Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DROPPED = "dropped"


PROGRESS_LABELS = {
    ProgressStatus.PLANNED: QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    ProgressStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    ProgressStatus.COMPLETED: QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    ProgressStatus.DROPPED: QT_TRANSLATE_NOOP("Vocabulary", "Stopped"),
}


class DocumentKind(str, Enum):
    CONSENT_FORM = "consent_form"
    COURT_PAPER = "court_paper"
    MEDICAL_CERTIFICATE = "medical_certificate"
    IDENTITY_DOCUMENT = "identity_document"
    PHOTO = "photo"
    OTHER = "other"


DOCUMENT_LABELS = {
    DocumentKind.CONSENT_FORM: QT_TRANSLATE_NOOP("Vocabulary", "Consent form"),
    DocumentKind.COURT_PAPER: QT_TRANSLATE_NOOP("Vocabulary", "Court paper"),
    DocumentKind.MEDICAL_CERTIFICATE: QT_TRANSLATE_NOOP("Vocabulary", "Medical certificate"),
    DocumentKind.IDENTITY_DOCUMENT: QT_TRANSLATE_NOOP("Vocabulary", "Identity document"),
    DocumentKind.PHOTO: QT_TRANSLATE_NOOP("Vocabulary", "Photo"),
    DocumentKind.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other document"),
}
