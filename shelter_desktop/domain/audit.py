"""Audit events and their hash chain (DESIGN.md section 4).

Every event stores the hash of the event before it; changing, removing or re-ordering any event
breaks every hash after it. The head (last id and hash) is also kept outside the database, so a
chain rebuilt from scratch is detected too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from .i18n import QT_TRANSLATE_NOOP

GENESIS_HASH = "0" * 64


class AuditAction(str, Enum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    SIGN = "sign"
    PRINT = "print"
    EXPORT = "export"
    LOGIN = "login"
    FAILED_LOGIN = "failed_login"
    LOGOUT = "logout"
    LOCK = "lock"
    UNLOCK = "unlock"
    BACKUP = "backup"
    RESTORE = "restore"
    DENIED = "denied"
    DELETE = "delete"
    SETUP = "setup"
    MIGRATE = "migrate"


@dataclass(frozen=True)
class AuditFields:
    """What an event says; ``detail`` never holds a resident's personal data."""

    occurred_at: datetime
    actor_id: int | None
    actor_username: str | None
    action: str
    entity: str | None
    entity_id: str | None
    detail: str | None


def event_hash(prev_hash: str, event_id: int, fields: AuditFields) -> str:
    """Hash of one event, binding it to its id and to the event before it."""
    canonical = json.dumps(
        [
            prev_hash,
            event_id,
            fields.occurred_at.isoformat(timespec="microseconds"),
            fields.actor_id,
            fields.actor_username,
            fields.action,
            fields.entity,
            fields.entity_id,
            fields.detail,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainHead:
    event_id: int
    hash: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events_checked: int
    problems: tuple[str, ...]


# -- how an event reads on screen -----------------------------------------------------------------
# Events store raw names (entity "contacts", detail {"safety_alerts": 2}); the audit log screen
# shows them in words in the chosen language. Every entity a service audits has a label here and
# every detail key it writes too (tests/domain/test_audit_labels.py reads the services to check);
# an unknown name is shown as stored. Labels name kinds of records and counts, never content.

ENTITY_LABELS: dict[str, str] = {
    "staff": QT_TRANSLATE_NOOP("AuditRecords", "Staff account"),
    "session": QT_TRANSLATE_NOOP("AuditRecords", "Session"),
    "database": QT_TRANSLATE_NOOP("AuditRecords", "Database"),
    "database_key": QT_TRANSLATE_NOOP("AuditRecords", "Database key"),
    "shelter": QT_TRANSLATE_NOOP("AuditRecords", "Shelter"),
    "settings": QT_TRANSLATE_NOOP("AuditRecords", "Settings"),
    "case_policy": QT_TRANSLATE_NOOP("AuditRecords", "Case work settings"),
    "audit": QT_TRANSLATE_NOOP("AuditRecords", "Audit log"),
    "demo_data": QT_TRANSLATE_NOOP("AuditRecords", "Demonstration data"),
    "resident": QT_TRANSLATE_NOOP("AuditRecords", "Resident"),
    "resident_detail": QT_TRANSLATE_NOOP("AuditRecords", "Resident"),
    "resident_duplicates": QT_TRANSLATE_NOOP("AuditRecords", "Possible duplicate residents"),
    "due_work": QT_TRANSLATE_NOOP("AuditRecords", "Due work"),
    "file_history": QT_TRANSLATE_NOOP("AuditRecords", "File history"),
    "counseling_note": QT_TRANSLATE_NOOP("AuditRecords", "Counseling note"),
    "counseling_notes": QT_TRANSLATE_NOOP("AuditRecords", "Counseling notes"),
    "note_addendum": QT_TRANSLATE_NOOP("AuditRecords", "Note addendum"),
    "risk_alerts": QT_TRANSLATE_NOOP("AuditRecords", "Risk alerts"),
    "contact": QT_TRANSLATE_NOOP("AuditRecords", "Contact"),
    "contacts": QT_TRANSLATE_NOOP("AuditRecords", "Contacts"),
    "safety_alerts": QT_TRANSLATE_NOOP("AuditRecords", "Contact safety alerts"),
    "consent": QT_TRANSLATE_NOOP("AuditRecords", "Consent"),
    "consents": QT_TRANSLATE_NOOP("AuditRecords", "Consents"),
    "document": QT_TRANSLATE_NOOP("AuditRecords", "Document"),
    "documents": QT_TRANSLATE_NOOP("AuditRecords", "Documents"),
    "profile_photo": QT_TRANSLATE_NOOP("AuditRecords", "Profile photo"),
    "education": QT_TRANSLATE_NOOP("AuditRecords", "Education"),
    "education_enrolments": QT_TRANSLATE_NOOP("AuditRecords", "Education"),
    "education_enrolment": QT_TRANSLATE_NOOP("AuditRecords", "School enrolment"),
    "education_result": QT_TRANSLATE_NOOP("AuditRecords", "School result"),
    "vocational": QT_TRANSLATE_NOOP("AuditRecords", "Vocational training"),
    "vocational_trainings": QT_TRANSLATE_NOOP("AuditRecords", "Vocational training"),
    "vocational_training": QT_TRANSLATE_NOOP("AuditRecords", "Training"),
    "vocational_milestone": QT_TRANSLATE_NOOP("AuditRecords", "Training milestone"),
    "assessment": QT_TRANSLATE_NOOP("AuditRecords", "Assessment"),
    "assessment_form": QT_TRANSLATE_NOOP("AuditRecords", "Assessment form"),
    "care_plan": QT_TRANSLATE_NOOP("AuditRecords", "Care plan"),
    "reintegration": QT_TRANSLATE_NOOP("AuditRecords", "Reintegration"),
    "follow_up_visit": QT_TRANSLATE_NOOP("AuditRecords", "Follow-up visit"),
    "follow_up_form": QT_TRANSLATE_NOOP("AuditRecords", "Follow-up visit form"),
    "case_closure": QT_TRANSLATE_NOOP("AuditRecords", "Case closure"),
    "summary": QT_TRANSLATE_NOOP("AuditRecords", "Anonymized summary"),
}

DETAIL_LABELS: dict[str, str] = {
    # counts of what was shown, printed or written
    "count": QT_TRANSLATE_NOOP("AuditDetails", "Number"),
    "shown": QT_TRANSLATE_NOOP("AuditDetails", "Number shown"),
    "offset": QT_TRANSLATE_NOOP("AuditDetails", "Starting after"),
    "assessments": QT_TRANSLATE_NOOP("AuditDetails", "Assessments"),
    "care_plans": QT_TRANSLATE_NOOP("AuditDetails", "Care plans"),
    "consents": QT_TRANSLATE_NOOP("AuditDetails", "Consents"),
    "contacts": QT_TRANSLATE_NOOP("AuditDetails", "Contacts"),
    "enrolments": QT_TRANSLATE_NOOP("AuditDetails", "Enrolments"),
    "notes": QT_TRANSLATE_NOOP("AuditDetails", "Notes"),
    "readiness": QT_TRANSLATE_NOOP("AuditDetails", "Readiness assessments"),
    "reintegrations": QT_TRANSLATE_NOOP("AuditDetails", "Reintegrations"),
    "residents": QT_TRANSLATE_NOOP("AuditDetails", "Residents"),
    "safety_alerts": QT_TRANSLATE_NOOP("AuditDetails", "Safety alerts"),
    "trainings": QT_TRANSLATE_NOOP("AuditDetails", "Trainings"),
    "versions": QT_TRANSLATE_NOOP("AuditDetails", "Versions"),
    "visits": QT_TRANSLATE_NOOP("AuditDetails", "Visits"),
    "actions": QT_TRANSLATE_NOOP("AuditDetails", "Actions"),
    "goals": QT_TRANSLATE_NOOP("AuditDetails", "Goals"),
    "copied_goals": QT_TRANSLATE_NOOP("AuditDetails", "Goals copied"),
    "proposed_goals": QT_TRANSLATE_NOOP("AuditDetails", "Goals proposed"),
    "items": QT_TRANSLATE_NOOP("AuditDetails", "Items scored"),
    "comments": QT_TRANSLATE_NOOP("AuditDetails", "Comments"),
    "scores_changed": QT_TRANSLATE_NOOP("AuditDetails", "Scores changed"),
    "comments_changed": QT_TRANSLATE_NOOP("AuditDetails", "Comments changed"),
    "autosaves": QT_TRANSLATE_NOOP("AuditDetails", "Automatic saves"),
    "scheduled_visits": QT_TRANSLATE_NOOP("AuditDetails", "Visits scheduled"),
    "cancelled_visits": QT_TRANSLATE_NOOP("AuditDetails", "Visits cancelled"),
    "failures": QT_TRANSLATE_NOOP("AuditDetails", "Failed attempts"),
    "problems": QT_TRANSLATE_NOOP("AuditDetails", "Problems"),
    "size_bytes": QT_TRANSLATE_NOOP("AuditDetails", "Size (bytes)"),
    # ids of related records
    "resident_id": QT_TRANSLATE_NOOP("AuditDetails", "Resident id"),
    "assessment_id": QT_TRANSLATE_NOOP("AuditDetails", "Assessment id"),
    "enrolment_id": QT_TRANSLATE_NOOP("AuditDetails", "Enrolment id"),
    "note_id": QT_TRANSLATE_NOOP("AuditDetails", "Note id"),
    "discarded_draft": QT_TRANSLATE_NOOP("AuditDetails", "Draft note discarded"),
    "previous_id": QT_TRANSLATE_NOOP("AuditDetails", "Previous plan id"),
    "superseded_id": QT_TRANSLATE_NOOP("AuditDetails", "Replaced plan id"),
    "readiness_assessment_id": QT_TRANSLATE_NOOP("AuditDetails", "Readiness assessment id"),
    "reintegration_id": QT_TRANSLATE_NOOP("AuditDetails", "Reintegration id"),
    "training_id": QT_TRANSLATE_NOOP("AuditDetails", "Training id"),
    "old_key_id": QT_TRANSLATE_NOOP("AuditDetails", "Old key (fingerprint)"),
    "new_key_id": QT_TRANSLATE_NOOP("AuditDetails", "New key (fingerprint)"),
    # yes or no
    "active": QT_TRANSLATE_NOOP("AuditDetails", "Active"),
    "batch": QT_TRANSLATE_NOOP("AuditDetails", "Printed together"),
    "demo": QT_TRANSLATE_NOOP("AuditDetails", "Demonstration"),
    "due_for_review": QT_TRANSLATE_NOOP("AuditDetails", "Due for review"),
    "found": QT_TRANSLATE_NOOP("AuditDetails", "Found"),
    "given": QT_TRANSLATE_NOOP("AuditDetails", "Given"),
    "guardian": QT_TRANSLATE_NOOP("AuditDetails", "Guardian"),
    "health": QT_TRANSLATE_NOOP("AuditDetails", "Health information included"),
    "key_remembered": QT_TRANSLATE_NOOP("AuditDetails", "Key remembered on this computer"),
    "remembered": QT_TRANSLATE_NOOP("AuditDetails", "Key remembered on this computer"),
    "locked": QT_TRANSLATE_NOOP("AuditDetails", "Account locked"),
    "ok": QT_TRANSLATE_NOOP("AuditDetails", "Passed"),
    "placed": QT_TRANSLATE_NOOP("AuditDetails", "Placed with an employer"),
    "profile_photo": QT_TRANSLATE_NOOP("AuditDetails", "Profile photo"),
    "removed": QT_TRANSLATE_NOOP("AuditDetails", "Removed"),
    "safety_flag": QT_TRANSLATE_NOOP("AuditDetails", "Safety flag"),
    "scheduled": QT_TRANSLATE_NOOP("AuditDetails", "Scheduled"),
    "trend": QT_TRANSLATE_NOOP("AuditDetails", "Progress over time"),
    # what changed or what kind
    "changed": QT_TRANSLATE_NOOP("AuditDetails", "Changed"),
    "field": QT_TRANSLATE_NOOP("AuditDetails", "Changed"),
    "fields": QT_TRANSLATE_NOOP("AuditDetails", "Changed"),
    "check": QT_TRANSLATE_NOOP("AuditDetails", "Check"),
    "decision": QT_TRANSLATE_NOOP("AuditDetails", "Decision"),
    "file": QT_TRANSLATE_NOOP("AuditDetails", "File"),
    "backup": QT_TRANSLATE_NOOP("AuditDetails", "Backup"),
    "replaced": QT_TRANSLATE_NOOP("AuditDetails", "Replaced database kept as"),
    "for": QT_TRANSLATE_NOOP("AuditDetails", "For"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "Kind"),
    "language": QT_TRANSLATE_NOOP("AuditDetails", "Language"),
    "low_domains": QT_TRANSLATE_NOOP("AuditDetails", "Low-scoring domains"),
    "media_type": QT_TRANSLATE_NOOP("AuditDetails", "File type"),
    "party": QT_TRANSLATE_NOOP("AuditDetails", "Party"),
    "permission": QT_TRANSLATE_NOOP("AuditDetails", "Permission"),
    "problem": QT_TRANSLATE_NOOP("AuditDetails", "Problem"),
    "programme": QT_TRANSLATE_NOOP("AuditDetails", "Programme"),
    "province_code": QT_TRANSLATE_NOOP("AuditDetails", "Province code"),
    "purpose": QT_TRANSLATE_NOOP("AuditDetails", "Purpose"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "Reason"),
    "resident_status": QT_TRANSLATE_NOOP("AuditDetails", "Resident's status"),
    "retrafficking_risk": QT_TRANSLATE_NOOP("AuditDetails", "Risk of re-trafficking"),
    "revision": QT_TRANSLATE_NOOP("AuditDetails", "Database version"),
    "risk_level": QT_TRANSLATE_NOOP("AuditDetails", "Risk level"),
    "role": QT_TRANSLATE_NOOP("AuditDetails", "Role"),
    "scores": QT_TRANSLATE_NOOP("AuditDetails", "Scores"),
    "seed": QT_TRANSLATE_NOOP("AuditDetails", "Seed"),
    "status": QT_TRANSLATE_NOOP("AuditDetails", "Status"),
    "step": QT_TRANSLATE_NOOP("AuditDetails", "Step"),
    "template": QT_TRANSLATE_NOOP("AuditDetails", "Form"),
    "trade": QT_TRANSLATE_NOOP("AuditDetails", "Trade"),
    "type": QT_TRANSLATE_NOOP("AuditDetails", "Type"),
    "version": QT_TRANSLATE_NOOP("AuditDetails", "Version"),
    "via": QT_TRANSLATE_NOOP("AuditDetails", "Opened with"),
    "visit_type": QT_TRANSLATE_NOOP("AuditDetails", "Visit type"),
    "follow_up_months": QT_TRANSLATE_NOOP("AuditDetails", "Follow-up after (months)"),
    # settings (the case work policy and preferences: their changed values)
    "idle_lock_minutes": QT_TRANSLATE_NOOP("AuditDetails", "Lock after (minutes)"),
    "care_plan_review_months": QT_TRANSLATE_NOOP("AuditDetails", "Care plan review after (months)"),
    "reassessment_months": QT_TRANSLATE_NOOP("AuditDetails", "Reassessment after (months)"),
    "due_soon_days": QT_TRANSLATE_NOOP("AuditDetails", "\"Due soon\" within (days)"),
    "unsigned_note_days": QT_TRANSLATE_NOOP("AuditDetails", "Unsigned note overdue after (days)"),
    # anonymized summaries
    "period": QT_TRANSLATE_NOOP("AuditDetails", "Period"),
    "period_kind": QT_TRANSLATE_NOOP("AuditDetails", "Kind of period"),
    "tables": QT_TRANSLATE_NOOP("AuditDetails", "Tables"),
    "k": QT_TRANSLATE_NOOP("AuditDetails", "Smallest published count"),
    "format": QT_TRANSLATE_NOOP("AuditDetails", "Format"),
}

# A few stored values that read as codes: the reasons of a failed sign-in, how the database was
# opened. Other values are shown as stored.
DETAIL_VALUE_LABELS: dict[tuple[str, str], str] = {
    ("reason", "password"): QT_TRANSLATE_NOOP("AuditDetails", "wrong password"),
    ("reason", "locked"): QT_TRANSLATE_NOOP("AuditDetails", "account locked"),
    ("reason", "unknown user"): QT_TRANSLATE_NOOP("AuditDetails", "unknown user name"),
    ("reason", "disabled"): QT_TRANSLATE_NOOP("AuditDetails", "account disabled"),
    ("via", "keyring"): QT_TRANSLATE_NOOP("AuditDetails", "key remembered on this computer"),
    ("via", "recovery_key"): QT_TRANSLATE_NOOP("AuditDetails", "recovery key"),
}


def parse_detail(detail: str | None) -> dict[str, object] | None:
    """An event's detail as its keys and values; None when it is empty or not a JSON object
    (shown as stored)."""
    if not detail:
        return None
    try:
        values = json.loads(detail)
    except ValueError:
        return None
    return values if isinstance(values, dict) else None
