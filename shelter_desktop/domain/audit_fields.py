"""The names of changed fields in audit events, in words (DESIGN.md section 4).

An update's audit detail lists the fields it changed by their stored names (``{"fields":
["date_of_birth", "exit_date"]}``); the audit log screen shows them with the words the rest of
the app uses for the same fields. Every field name a service can put in such a list has a label
here (tests/domain/test_audit_labels.py reads the services and the resident columns to check);
an unknown name is shown as stored, with spaces for underscores. Labels name fields, never what
they hold.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP

FIELD_LABELS: dict[str, str] = {
    # a resident's record (the columns the intake and its corrections write)
    "name_khmer": QT_TRANSLATE_NOOP("AuditFields", "Name in Khmer"),
    "name_latin": QT_TRANSLATE_NOOP("AuditFields", "Name in Latin letters"),
    "name_latin_key": QT_TRANSLATE_NOOP("AuditFields", "Latin name (for searching)"),
    "alias": QT_TRANSLATE_NOOP("AuditFields", "Alias"),
    "alias_key": QT_TRANSLATE_NOOP("AuditFields", "Alias (for searching)"),
    "sex": QT_TRANSLATE_NOOP("AuditFields", "Sex"),
    "date_of_birth": QT_TRANSLATE_NOOP("AuditFields", "Date of birth"),
    "birth_date_estimated": QT_TRANSLATE_NOOP("AuditFields", "Date of birth estimated"),
    "nationality": QT_TRANSLATE_NOOP("AuditFields", "Nationality"),
    "languages": QT_TRANSLATE_NOOP("AuditFields", "Languages"),
    "province_code": QT_TRANSLATE_NOOP("AuditFields", "Province of origin"),
    "district_code": QT_TRANSLATE_NOOP("AuditFields", "District of origin"),
    "commune_code": QT_TRANSLATE_NOOP("AuditFields", "Commune of origin"),
    "village_code": QT_TRANSLATE_NOOP("AuditFields", "Village of origin"),
    "admission_date": QT_TRANSLATE_NOOP("AuditFields", "Admitted on"),
    "status": QT_TRANSLATE_NOOP("AuditFields", "Status"),
    "exit_date": QT_TRANSLATE_NOOP("AuditFields", "Left the shelter"),
    "risk_level": QT_TRANSLATE_NOOP("AuditFields", "Risk level"),
    "counselor_id": QT_TRANSLATE_NOOP("AuditFields", "Counselor"),
    "mosvy_number": QT_TRANSLATE_NOOP("AuditFields", "MoSVY number"),
    "referral_source": QT_TRANSLATE_NOOP("AuditFields", "Referred by"),
    "referral_organisation": QT_TRANSLATE_NOOP("AuditFields", "Referring organisation"),
    "referral_contact": QT_TRANSLATE_NOOP("AuditFields", "Referral contact"),
    "referral_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason for referral"),
    "exploitation_types": QT_TRANSLATE_NOOP("AuditFields", "Forms of exploitation"),
    "destination_country": QT_TRANSLATE_NOOP("AuditFields", "Destination country"),
    "legal_court": QT_TRANSLATE_NOOP("AuditFields", "Court"),
    "legal_case_number": QT_TRANSLATE_NOOP("AuditFields", "Court case number"),
    "legal_status": QT_TRANSLATE_NOOP("AuditFields", "Legal case status"),
    "hiv_status": QT_TRANSLATE_NOOP("AuditFields", "HIV status"),
    "pregnant": QT_TRANSLATE_NOOP("AuditFields", "Pregnant at admission"),
    "health_notes": QT_TRANSLATE_NOOP("AuditFields", "Health notes"),
    # a contact
    "relation": QT_TRANSLATE_NOOP("AuditFields", "Relation"),
    "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "phone": QT_TRANSLATE_NOOP("AuditFields", "Phone"),
    "address": QT_TRANSLATE_NOOP("AuditFields", "Address"),
    "is_guardian": QT_TRANSLATE_NOOP("AuditFields", "Guardian"),
    "safety_flag": QT_TRANSLATE_NOOP("AuditFields", "Safety"),
    "notes": QT_TRANSLATE_NOOP("AuditFields", "Notes"),
    # school enrolments and vocational trainings
    "programme": QT_TRANSLATE_NOOP("AuditFields", "Programme"),
    "institution": QT_TRANSLATE_NOOP("AuditFields", "School or class"),
    "grade": QT_TRANSLATE_NOOP("AuditFields", "Grade or level"),
    "start_date": QT_TRANSLATE_NOOP("AuditFields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("AuditFields", "End date"),
    "certificate": QT_TRANSLATE_NOOP("AuditFields", "Certificate"),
    "trade": QT_TRANSLATE_NOOP("AuditFields", "Trade"),
    "provider": QT_TRANSLATE_NOOP("AuditFields", "Training provider"),
    "startup_kit": QT_TRANSLATE_NOOP("AuditFields", "Start-up kit"),
    "employer": QT_TRANSLATE_NOOP("AuditFields", "Employer"),
    "job_start_date": QT_TRANSLATE_NOOP("AuditFields", "Job started on"),
    "monthly_income_usd": QT_TRANSLATE_NOOP("AuditFields", "Monthly income (US dollars)"),
    # assessments and care plans
    "assessed_on": QT_TRANSLATE_NOOP("AuditFields", "Date of the assessment"),
    "purpose": QT_TRANSLATE_NOOP("AuditFields", "Purpose"),
    "summary": QT_TRANSLATE_NOOP("AuditFields", "Summary"),
    "review_date": QT_TRANSLATE_NOOP("AuditFields", "Review by"),
    "goals": QT_TRANSLATE_NOOP("AuditFields", "Goals and actions"),
    # reintegration: the decision and the placement
    "decision": QT_TRANSLATE_NOOP("AuditFields", "Decision"),
    "decided_on": QT_TRANSLATE_NOOP("AuditFields", "Decided on"),
    "decision_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason for the decision"),
    "placement_date": QT_TRANSLATE_NOOP("AuditFields", "Placed on"),
    "placement_place": QT_TRANSLATE_NOOP("AuditFields", "Lives at"),
    "placement_province_code": QT_TRANSLATE_NOOP("AuditFields", "Province"),
    # staff accounts ({"field": ...})
    "password": QT_TRANSLATE_NOOP("AuditFields", "Password"),
    "password reset": QT_TRANSLATE_NOOP("AuditFields", "Password reset"),
}
