"""The printed words of the care plan and the blank forms, in English and Khmer.

Reports cannot use Qt's translations (they import no Qt and may run from the command line), so
the static words of every printed form live here, once, in both languages. Khmer writes no spaces
between words: "|" in the Khmer text marks a word boundary and becomes a zero-width space, where
:func:`fonts.break_lines` may break a line. Spaces separate phrases, as in written Khmer.

``language`` is "en", "km" or "both" (English and Khmer side by side).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from . import fonts

LANGUAGES = ("en", "km", "both")

EN: dict[str, str] = {
    # every page
    "confidential": "Confidential",
    "page": "Page {page} of {pages}",
    "printed": "Printed on {date} by {name}",
    "printed_blank": "Printed on {date}",
    "printed_label": "Printed",
    # care plan header
    "care_plan": "Care plan",
    "case_number": "Case number",
    "name_khmer": "Name (Khmer)",
    "name_latin": "Name (Latin letters)",
    "version_status": "Version and status",
    "version": "Version {version}",
    "review_date": "Review date",
    "based_on": "Based on assessment",
    "assessed_on": "Assessed on",
    "no_assessment": "No assessment",
    "prepared_by": "Prepared by",
    "summary": "Summary",
    # goals table
    "goals": "Goals",
    "score": "Score",
    "domain": "Domain",
    "goal": "Goal",
    "actions": "Actions",
    "status": "Status",
    "responsible": "Responsible",
    "target": "Target date",
    "done": "Done",
    "general": "General",
    "continued": "(continued)",
    "no_goals": "This plan has no goals yet.",
    "no_actions": "No actions yet.",
    # sign-off
    "signoff": "Sign-off",
    "recorded_signoffs": "Recorded sign-offs",
    "party": "Party",
    "signed_name": "Signed by",
    "signed_date": "Signed on",
    "recorded_by": "Recorded by",
    "no_signoffs": "No sign-off has been recorded yet.",
    "signature": "Signature",
    "name": "Name",
    "date": "Date",
    "party_resident": "Resident",
    "party_guardian": "Guardian",
    "party_case_manager": "Case manager",
    # plan status
    "plan_draft": "Draft",
    "plan_active": "Active",
    "plan_superseded": "Replaced by a later version",
    # goal status
    "goal_not_started": "Not started",
    "goal_in_progress": "In progress",
    "goal_achieved": "Achieved",
    "goal_dropped": "Dropped",
    # blank forms
    "assessment_form": "Assessment form",
    "assessor": "Assessor",
    "purpose": "Purpose",
    "purpose_intake": "At intake",
    "purpose_review": "Regular review",
    "purpose_reintegration": "Before reintegration",
    "purpose_follow_up": "During follow-up",
    "purpose_exit": "At case closure",
    "tick_one": "Tick one box for each item. 1 = serious concern, 4 = good.",
    "comment": "Comment",
    "template_version": "Version {version}",
    "score_1": "Serious concern",
    "score_2": "Some concern",
    "score_3": "Fair",
    "score_4": "Good",
    "follow_up_form": "Follow-up visit form",
    "visit_date": "Visit date",
    "due_on": "Due on",
    "visitor": "Visitor",
    "visit_type": "Type of visit",
    "visit_home": "Home visit",
    "visit_phone": "Phone call",
    "visit_school_work": "At school or work",
    "visit_office": "At the office",
    "visit_other": "Other",
    "scores": "Scores",
    "scores_hint": "Tick one box on each line. 1 = serious concern, 4 = good.",
    "safety": "Safety",
    "wellbeing": "Wellbeing",
    "family": "Family relationships",
    "education_work": "Education or work",
    "risk": "Re-trafficking risk",
    "risk_low": "Low",
    "risk_medium": "Medium",
    "risk_high": "High",
    "findings": "Findings",
    "risks": "Risks",
    "next_steps": "Next steps",
    "signatures": "Signatures",
    "party_client": "Resident or family member",
    "party_supervisor": "Supervisor",
}

KM: dict[str, str] = {
    "confidential": "សម្ងាត់",
    "page": "ទំព័រ {page} នៃ {pages}",
    "printed": "បោះពុម្ព|ថ្ងៃ {date} ដោយ {name}",
    "printed_blank": "បោះពុម្ព|ថ្ងៃ {date}",
    "printed_label": "បោះពុម្ព",
    "care_plan": "ផែនការ|ថែទាំ",
    "case_number": "លេខ|ករណី",
    "name_khmer": "ឈ្មោះ (អក្សរ|ខ្មែរ)",
    "name_latin": "ឈ្មោះ (អក្សរ|ឡាតាំង)",
    "version_status": "កំណែ និង|ស្ថានភាព",
    "version": "កំណែ|ទី {version}",
    "review_date": "ថ្ងៃ|ពិនិត្យ|ឡើងវិញ",
    "based_on": "ផ្អែក|លើ|ការ|វាយតម្លៃ",
    "assessed_on": "វាយតម្លៃ|ថ្ងៃ",
    "no_assessment": "គ្មាន|ការ|វាយតម្លៃ",
    "prepared_by": "រៀបចំ|ដោយ",
    "summary": "សេចក្ដី|សង្ខេប",
    "goals": "គោលដៅ",
    "score": "ពិន្ទុ",
    "domain": "វិស័យ",
    "goal": "គោលដៅ",
    "actions": "សកម្មភាព",
    "status": "ស្ថានភាព",
    "responsible": "អ្នក|ទទួល|ខុសត្រូវ",
    "target": "ថ្ងៃ|កំណត់",
    "done": "រួចរាល់",
    "general": "ទូទៅ",
    "continued": "(បន្ត)",
    "no_goals": "ផែនការ|នេះ|មិន|ទាន់|មាន|គោលដៅ|នៅ|ឡើយ|ទេ។",
    "no_actions": "មិន|ទាន់|មាន|សកម្មភាព|ទេ។",
    "signoff": "ការ|ចុះ|ហត្ថលេខា|យល់ព្រម",
    "recorded_signoffs": "ហត្ថលេខា|ដែល|បាន|កត់ត្រា",
    "party": "ភាគី",
    "signed_name": "ចុះ|ហត្ថលេខា|ដោយ",
    "signed_date": "ថ្ងៃ|ចុះ|ហត្ថលេខា",
    "recorded_by": "កត់ត្រា|ដោយ",
    "no_signoffs": "មិន|ទាន់|មាន|ហត្ថលេខា|ណា|ត្រូវ|បាន|កត់ត្រា|នៅ|ឡើយ|ទេ។",
    "signature": "ហត្ថលេខា",
    "name": "ឈ្មោះ",
    "date": "កាលបរិច្ឆេទ",
    "party_resident": "អ្នក|ស្នាក់នៅ",
    "party_guardian": "អាណាព្យាបាល",
    "party_case_manager": "អ្នក|គ្រប់គ្រង|ករណី",
    "plan_draft": "សេចក្ដី|ព្រាង",
    "plan_active": "កំពុង|អនុវត្ត",
    "plan_superseded": "ត្រូវ|បាន|ជំនួស|ដោយ|កំណែ|ថ្មី",
    "goal_not_started": "មិន|ទាន់|ចាប់ផ្ដើម",
    "goal_in_progress": "កំពុង|អនុវត្ត",
    "goal_achieved": "សម្រេច|បាន",
    "goal_dropped": "បោះបង់",
    "assessment_form": "ទម្រង់|វាយតម្លៃ",
    "assessor": "អ្នក|វាយតម្លៃ",
    "purpose": "គោលបំណង",
    "purpose_intake": "ពេល|ចូល|ស្នាក់នៅ",
    "purpose_review": "ការ|ពិនិត្យ|ឡើងវិញ|ទៀងទាត់",
    "purpose_reintegration": "មុន|ពេល|ធ្វើ|សមាហរណកម្ម",
    "purpose_follow_up": "ក្នុង|ពេល|តាមដាន",
    "purpose_exit": "ពេល|បិទ|ករណី",
    "tick_one": "សូម|គូស|ប្រអប់|មួយ សម្រាប់|ចំណុច|នីមួយៗ។ ១ = បារម្ភ|ខ្លាំង ៤ = ល្អ។",
    "comment": "មតិ|យោបល់",
    "template_version": "កំណែ|ទី {version}",
    "score_1": "បារម្ភ|ខ្លាំង",
    "score_2": "បារម្ភ|ខ្លះ",
    "score_3": "គួរ|សម",
    "score_4": "ល្អ",
    "follow_up_form": "ទម្រង់|ចុះ|តាមដាន",
    "visit_date": "ថ្ងៃ|ចុះ|តាមដាន",
    "due_on": "ថ្ងៃ|កំណត់",
    "visitor": "អ្នក|ចុះ|តាមដាន",
    "visit_type": "ប្រភេទ|នៃ|ការ|ចុះ|តាមដាន",
    "visit_home": "ចុះ|ជួប|នៅ|ផ្ទះ",
    "visit_phone": "តាម|ទូរស័ព្ទ",
    "visit_school_work": "នៅ|សាលា ឬ|កន្លែង|ធ្វើការ",
    "visit_office": "នៅ|ការិយាល័យ",
    "visit_other": "ផ្សេងៗ",
    "scores": "ពិន្ទុ",
    "scores_hint": "សូម|គូស|ប្រអប់|មួយ|នៅ|ជួរ|នីមួយៗ។ ១ = បារម្ភ|ខ្លាំង ៤ = ល្អ។",
    "safety": "សុវត្ថិភាព",
    "wellbeing": "សុខុមាលភាព",
    "family": "ទំនាក់ទំនង|គ្រួសារ",
    "education_work": "ការ|សិក្សា ឬ|ការងារ",
    "risk": "ហានិភ័យ|នៃ|ការ|ជួញដូរ|ម្ដង|ទៀត",
    "risk_low": "ទាប",
    "risk_medium": "មធ្យម",
    "risk_high": "ខ្ពស់",
    "findings": "អ្វី|ដែល|បាន|រកឃើញ",
    "risks": "ហានិភ័យ",
    "next_steps": "ជំហាន|បន្ទាប់",
    "signatures": "ហត្ថលេខា",
    "party_client": "អ្នក|ទទួល|សេវា ឬ|សមាជិក|គ្រួសារ",
    "party_supervisor": "អ្នក|ត្រួតពិនិត្យ",
}

TABLES: Mapping[str, dict[str, str]] = {"en": EN, "km": KM}


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    return language


def _fill(template: str, params: Mapping[str, object]) -> str:
    return template.replace("|", fonts.ZWSP).format(**params) if params else template.replace(
        "|", fonts.ZWSP
    )


def word(key: str, language: str, **params: object) -> str:
    """One label in ``language``; in "both" English and Khmer on one line, "English · ខ្មែរ"."""
    en, km = _fill(EN[key], params), _fill(KM[key], params)
    if language == "en":
        return en
    if language == "km":
        return km
    return f"{en} · {km}"


def stacked(key: str, language: str, **params: object) -> str:
    """Like :func:`word`, but in "both" the Khmer goes on a second line (narrow table cells)."""
    if language != "both":
        return word(key, language, **params)
    return f"{_fill(EN[key], params)}\n{_fill(KM[key], params)}"


def field(key: str, language: str, value: str) -> str:
    """"Label: value", the label in ``language`` and the value (often staff-typed) once."""
    if language == "km":
        return f"{_fill(KM[key], {})}៖ {value}"
    return f"{word(key, language)}: {value}"


def printed(language: str, day: str, name: str) -> str:
    """The footer's "printed on … by …"; in "both" the date and the name appear once."""
    if language == "both":
        return f"{EN['printed_label']} · {_fill(KM['printed_label'], {})}: {day}, {name}"
    return word("printed", language, date=day, name=name)


def bilingual(en: str, km: str, language: str, separator: str = " · ") -> str:
    """Template data (Bilingual) shown in ``language``; English when no Khmer is given."""
    if language == "en" or not km:
        return en
    if language == "km":
        return km
    return f"{en}{separator}{km}"


def print_date(day: date | None) -> str:
    """dd/mm/yyyy, as on every screen (ui/formatting.py), in every language."""
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
