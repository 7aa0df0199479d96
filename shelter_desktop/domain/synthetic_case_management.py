"""Synthetic assessments, care plans, reintegration and follow-up for the demo database
(DESIGN.md sections 3 and 7): pure Python, deterministic for a seed, a resident and a day.

Nothing here is a real person: every text is a short stock phrase (English, or Khmer about one
time in four), names of signers are the resident's own synthetic name and her synthetic guardian.

Proportions, chosen to look like a shelter's files (a demo user should recognise them):

* Every resident has a Child Status Index (CSI) assessment at intake, 0–21 days after
  admission (same day for someone admitted today). While she stays, she is reassessed about
  every ``reassessment_months`` (6) months (− 2 to + 3 weeks). Scores at intake lean to 2–3
  (about a third of domains scored 1–2: half for the quarter of residents with a harder start,
  a fifth for the quarter with a milder one); at each reassessment an item scored 1–2 improves
  by one point six times in ten, one scored 3 a third of the time, and about one in fourteen
  slips back one point: scores tend to improve over time. A fifth of the domains scored 1–2
  get a short comment.
* Four in ten residents still in the shelter whose reassessment fell due 1–10 weeks ago have
  not had it yet, so their active care plan is overdue for review too (Due work then has
  reassessments and care plan reviews to show).
* About half the residents also have the anti-trafficking recovery set (when shipped), once,
  within two weeks of the intake CSI. The last CSI assessment, when it lies within two months
  before a reintegration, counts as "before reintegration".
* Care plans: one version per CSI assessment, written 0–7 days after it; every older version
  is superseded, the latest is active (no open drafts). Each version has a goal for every
  domain of its assessment scored 1–2 (lowest first, as ``care_plans.propose_goals`` orders
  them; when none is, one goal for the lowest-scored domain, since a plan needs a goal),
  1–3 actions per goal (1: 60 %, 2: 32 %, 3: 8 %), the resident's counselor mostly
  responsible (60 %), otherwise the house manager or another counselor. In superseded versions
  a goal whose domain scored 3–4 at the next assessment is mostly achieved, otherwise in
  progress or (rarely) dropped; in the active version goals move from not started to in
  progress with the plan's age. Review date: written on + ``care_plan_review_months``.
  Sign-offs: the case manager always (0–10 days after writing), the resident 85 %, her
  guardian (minors with a guardian) 70 %; a sign-off that would fall after today is simply
  still missing.
* Reintegration: every resident with status "reintegrated" (placed) or "closed" (closed) has
  one (for about one closed case in five, a closure without placement, as the case closure
  writes it for a resident still in the shelter: no readiness, no decision, closed on the day
  she left because her case continued elsewhere (50 %), she moved or cannot be found (35 %) or
  another reason (15 %)); about one in four residents in the shelter for four months or more is "preparing"
  (a readiness assessment, half of them a decision, no placement yet). One readiness
  assessment (two for three in ten) in the three months before placement; decision: family
  55 %, kinship 20 %, independent living 10 % (adults only), foster 6 %, group home 6 %,
  other 3 %; placement on the day she left; follow-up months from the policy (1, 3, 6, 12,
  18, 24). Past follow-ups: mostly done (scores drifting up, risk level down, findings in
  English or Khmer), about one in ten missed, a very few (0.3 %) still open long after; of
  those due in the last two months about a third are still open (overdue). Closed cases: goals met 70 % (closed after the 12-, 18- or
  24-month visit), continued elsewhere 12 %, moved or not found 13 %, other 5 %; visits after
  the closure are cancelled. ("died" exists for real files but is not generated.)
* Residents who were transferred or absconded keep their assessments and plans but have no
  reintegration.

Output is compact on purpose (the demo writes millions of rows at 50,000 residents): item scores
are a tuple in the template's item order, records are NamedTuples, and staff are indexes
(counselors 0 … n-1, ``MANAGER`` for the house manager) that the caller maps to account ids.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple

from .assessments import AssessmentPurpose, AssessmentTemplate, domain_score, needs_goal
from .calendar_months import add_months
from .care_plans import GoalStatus, PlanStatus, SignoffParty
from .case_policy import CasePolicy
from .reintegration import (
    ClosureReason,
    Decision,
    ReintegrationStatus,
    RetraffickingRisk,
    VisitStatus,
    VisitType,
    follow_up_schedule,
    months_text,
)
from .residents import ResidentStatus

MANAGER = -1  # staff index of the house manager (counselors are 0 … n-1)
CSI = "csi"
RECOVERY = "recovery"

# ---- inputs -----------------------------------------------------------------------------


class ResidentFacts(NamedTuple):
    """What the generator needs to know about a resident already in the database."""

    position: int  # stable per resident (the demo passes resident id - 1)
    admission_date: date
    status: str  # ResidentStatus value
    date_of_birth: date
    province_code: str | None
    nationality: str
    counselor: int  # index of her counselor
    name_latin: str
    name_khmer: str
    guardian_name: str | None  # her guardian's name, when a contact is marked guardian
    last_note_on: date | None  # her latest counseling note (she had left by then at the latest)
    left_on: date | None = None  # the day she left, when her file records it (exit date)


# ---- outputs ----------------------------------------------------------------------------


class DemoAssessment(NamedTuple):
    template_key: str
    assessed_on: date
    purpose: str  # AssessmentPurpose value
    assessor: int  # staff index
    scores: tuple[int, ...]  # one per item, in template order (domains, then their items)
    domain_scores: tuple[int, ...]  # one per domain, in template order
    comments: tuple[tuple[str, str], ...]  # (domain code, comment)
    summary: str
    created_at: datetime


class DemoAction(NamedTuple):
    action: str
    responsible: int
    target_date: date
    done: bool


class DemoGoal(NamedTuple):
    domain_code: str
    goal: str
    responsible: int
    target_date: date
    status: str  # GoalStatus value
    actions: tuple[DemoAction, ...]


class DemoSignoff(NamedTuple):
    party: str  # SignoffParty value
    signer_name: str
    signed_on: date
    recorded_by: int
    recorded_at: datetime


class DemoCarePlan(NamedTuple):
    version: int  # 1 … n
    assessment: int  # index into DemoCaseWork.assessments
    status: str  # PlanStatus value
    review_date: date
    summary: str
    created_by: int
    created_on: date
    created_at: datetime
    updated_at: datetime
    goals: tuple[DemoGoal, ...]
    signoffs: tuple[DemoSignoff, ...]


class DemoReadiness(NamedTuple):
    assessed_on: date
    assessor: int
    child_score: int
    child_comment: str
    family_visit_date: date | None
    family_score: int
    family_comment: str
    community_score: int
    community_comment: str
    access_score: int
    access_comment: str
    retrafficking_risk: str
    risk_comment: str
    recommendation: str
    created_at: datetime


class DemoVisit(NamedTuple):
    months_after: int
    due_on: date
    status: str  # VisitStatus value
    visited_on: date | None
    visit_type: str | None
    visitor: int | None
    safety_score: int | None
    wellbeing_score: int | None
    family_score: int | None
    education_work_score: int | None
    risk_level: str | None
    findings: str
    risks: str
    next_steps: str
    updated_at: datetime | None


class DemoReintegration(NamedTuple):
    status: str  # ReintegrationStatus value
    decision: str | None
    decided_on: date | None
    decision_reason: str
    placement_date: date | None
    placement_place: str
    placement_province_code: str | None
    follow_up_months: str  # "1,3,6,12,18,24"
    closed_on: date | None
    closure_reason: str | None
    closure_note: str
    created_by: int
    created_at: datetime
    updated_at: datetime
    readiness: tuple[DemoReadiness, ...]
    visits: tuple[DemoVisit, ...]


class DemoCaseWork(NamedTuple):
    assessments: tuple[DemoAssessment, ...]  # oldest first
    care_plans: tuple[DemoCarePlan, ...]  # version order
    reintegration: DemoReintegration | None


# ---- stock phrases (synthetic; short, in English and Khmer) -----------------------------

# (English goals, Khmer goals, English actions, Khmer actions) per kind of domain.
_Phrases = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_PHRASES: dict[str, _Phrases] = {
    "food": (
        ("Eats three balanced meals a day and gains weight as expected.",
         "Has enough to eat every day, also after leaving the shelter."),
        ("ញ៉ាំអាហារមានជីវជាតិបីពេលក្នុងមួយថ្ងៃ។",),
        ("Weigh and measure her every month.", "Plan meals with the house mother.",
         "Refer to the health centre for a nutrition check."),
        ("ថ្លឹងទម្ងន់ និងវាស់កម្ពស់រៀងរាល់ខែ។",
         "បញ្ជូនទៅមណ្ឌលសុខភាពដើម្បីពិនិត្យអាហារូបត្ថម្ភ។"),
    ),
    "care": (
        ("Feels safe and settled in the house and has a trusted adult to turn to.",),
        ("មានអារម្មណ៍សុវត្ថិភាព និងមានមនុស្សពេញវ័យដែលទុកចិត្តបាន។",),
        ("Name a house mother as her key contact.", "Agree the house rules together.",
         "Check in with her every week about life in the house."),
        ("កំណត់ម្តាយផ្ទះម្នាក់ជាអ្នកទំនាក់ទំនងសំខាន់។", "ជួបពិភាក្សាជាមួយនាងរៀងរាល់សប្តាហ៍។"),
    ),
    "protection": (
        ("Knows how to stay safe and whom to call for help.",
         "Has a safety plan she understands and can use."),
        ("ដឹងពីរបៀបរក្សាសុវត្ថិភាព និងដឹងថាត្រូវសុំជំនួយពីអ្នកណា។",),
        ("Make a personal safety plan with her.",
         "Teach the hotline number and practise calling it.",
         "Review contact with family members flagged for safety."),
        ("រៀបចំផែនការសុវត្ថិភាពផ្ទាល់ខ្លួនជាមួយនាង។", "បង្រៀនលេខទូរស័ព្ទជំនួយ។"),
    ),
    "legal": (
        ("Understands her legal case and is supported at every court date.",),
        ("យល់ពីសំណុំរឿងផ្លូវច្បាប់របស់ខ្លួន និងទទួលបានការគាំទ្រនៅពេលសវនាការ។",),
        ("Meet the legal aid lawyer together.", "Explain the court process in simple words.",
         "Accompany her to every hearing."),
        ("ជួបមេធាវីជំនួយផ្លូវច្បាប់ជាមួយគ្នា។", "អមដំណើរនាងទៅសវនាការ។"),
    ),
    "health": (
        ("Attends all health check-ups and follows the treatment plan.",),
        ("ចូលរួមការពិនិត្យសុខភាពទាំងអស់ និងអនុវត្តតាមការព្យាបាល។",),
        ("Book a full health check at the health centre.",
         "Remind her of medicine times each day.", "Follow up the dental appointment."),
        ("ណាត់ពិនិត្យសុខភាពនៅមណ្ឌលសុខភាព។", "រំលឹកនាងពីម៉ោងលេបថ្នាំរៀងរាល់ថ្ងៃ។"),
    ),
    "emotional": (
        ("Sleeps better and uses two calming skills when upset.",
         "Talks about her feelings with her counselor and feels less anxious."),
        ("គេងលក់ស្រួលជាងមុន និងប្រើវិធីសម្រួលអារម្មណ៍ពេលមានការតានតឹង។",),
        ("Weekly individual counseling session.", "Practise breathing and grounding exercises.",
         "Join the weekly group session."),
        ("ការប្រឹក្សាផ្ទាល់ខ្លួនរៀងរាល់សប្តាហ៍។", "ហាត់លំហាត់ដកដង្ហើម។"),
    ),
    "social": (
        ("Gets on well with peers and takes part in group activities.",),
        ("ចុះសម្រុងជាមួយមិត្តភក្តិ និងចូលរួមសកម្មភាពក្រុម។",),
        ("Give her a role in a house activity.", "Role-play solving disagreements.",
         "Connect her with a youth group in the community."),
        ("ចូលរួមសកម្មភាពក្រុមនៅក្នុងផ្ទះ។", "ហាត់ដោះស្រាយជម្លោះតាមរយៈការសម្តែងតួ។"),
    ),
    "education": (
        ("Attends class regularly and passes the next level.",
         "Completes a vocational course and finds work."),
        ("ទៅរៀនទៀងទាត់ និងឡើងថ្នាក់បន្ទាប់។",),
        ("Enrol her in the shelter literacy class.", "Arrange a tutor twice a week.",
         "Visit a vocational training centre together."),
        ("ចុះឈ្មោះចូលរៀនថ្នាក់អក្ខរកម្ម។", "រៀបចំគ្រូបង្រៀនបន្ថែមពីរដងក្នុងមួយសប្តាហ៍។"),
    ),
    "money": (
        ("Saves part of her income and keeps a simple budget.",),
        ("សន្សំប្រាក់មួយចំណែក និងកត់ត្រាចំណូលចំណាយ។",),
        ("Money management lessons with the life skills teacher.",
         "Open a savings account with her.", "Plan a small business with a start-up kit."),
        ("រៀនពីការគ្រប់គ្រងប្រាក់។", "បើកគណនីសន្សំជាមួយនាង។"),
    ),
    "family": (
        ("Rebuilds safe contact with her family.",),
        ("កសាងទំនាក់ទំនងដែលមានសុវត្ថិភាពជាមួយគ្រួសារឡើងវិញ។",),
        ("Arrange a supervised phone call with her family each month.",
         "Family session before the first home visit.", "Home visit by the social worker."),
        ("រៀបចំការនិយាយទូរស័ព្ទជាមួយគ្រួសាររៀងរាល់ខែ។",
         "ចុះសួរសុខទុក្ខគ្រួសារដោយបុគ្គលិកសង្គមកិច្ច។"),
    ),
    "other": (
        ("Improves in this area by the next review.",),
        ("មានភាពប្រសើរឡើងនៅក្នុងវិស័យនេះមុនការពិនិត្យលើកក្រោយ។",),
        ("Discuss progress with her every month.", "Review with the case team."),
        ("ពិភាក្សាពីវឌ្ឍនភាពជាមួយនាងរៀងរាល់ខែ។",),
    ),
}

# Which phrases fit a domain, from words in its English label (first match wins).
_KINDS = (
    ("food", ("food", "nutrition")),
    ("legal", ("legal", "rights", "law")),
    ("protection", ("abuse", "exploitation", "risk", "safety", "protection")),
    ("family", ("family",)),
    ("money", ("income", "financ", "money")),
    ("health", ("health", "wellness", "physical")),
    ("emotional", ("emotion", "trauma", "resilience", "values", "psych")),
    ("social", ("social", "behaviour", "community", "network")),
    ("education", ("education", "school", "skill", "work", "performance")),
    ("care", ("shelter", "care")),
)

_COMMENTS_EN = (
    "Needs close follow-up in this area.", "Some progress since the last assessment.",
    "She says this is what worries her most.", "Discussed with the house mother.",
)
_COMMENTS_KM = (
    "ត្រូវការការតាមដានជិតស្និទ្ធ។", "មានការរីកចម្រើនខ្លះចាប់តាំងពីការវាយតម្លៃលើកមុន។",
    "នាងនិយាយថានេះជាបញ្ហាដែលនាងព្រួយបារម្ភបំផុត។",
)
_SUMMARIES = {
    AssessmentPurpose.INTAKE: (
        "Assessment at intake; the care plan was written with her.",
        "ការវាយតម្លៃពេលចូលមកស្នាក់នៅ។ ផែនការថែទាំត្រូវបានរៀបចំជាមួយនាង។",
    ),
    AssessmentPurpose.REVIEW: (
        "Six-monthly review; progress in several domains.",
        "ការពិនិត្យឡើងវិញរៀងរាល់ប្រាំមួយខែ។ មានការរីកចម្រើនក្នុងវិស័យមួយចំនួន។",
    ),
    AssessmentPurpose.REINTEGRATION: (
        "Assessment before reintegration.", "ការវាយតម្លៃមុនពេលធ្វើសមាហរណកម្ម។",
    ),
}
_PLAN_SUMMARIES = (
    ("Agreed with her and the case team.", "បានឯកភាពជាមួយនាង និងក្រុមការងារករណី។"),
    ("Reviewed at the case conference; goals updated.",
     "បានពិនិត្យនៅក្នុងកិច្ចប្រជុំករណី ហើយគោលដៅត្រូវបានធ្វើបច្ចុប្បន្នភាព។"),
)

_READINESS_CHILD = (
    "She wants to go home and feels ready.", "Still anxious about returning; wants more time.",
    "នាងចង់ត្រឡប់ទៅផ្ទះវិញ និងមានអារម្មណ៍ថាត្រៀមខ្លួនរួចរាល់។",
)
_READINESS_FAMILY = (
    "Family welcomed the visit; her mother is supportive.",
    "Family has debts and needs support to care for her.",
    "គ្រួសារស្វាគមន៍ការចុះសួរសុខទុក្ខ ម្តាយគាំទ្រ។",
)
_READINESS_COMMUNITY = (
    "Village chief and commune focal person informed.",
    "Community is safe; no contact with the recruiter.",
    "មេភូមិ និងបុគ្គលបង្គោលឃុំបានទទួលដំណឹង។",
)
_READINESS_ACCESS = (
    "The local school can take her next term.", "Job offer at a tailoring shop nearby.",
    "សាលារៀនក្នុងតំបន់អាចទទួលនាងនៅឆមាសបន្ទាប់។",
)
_READINESS_RISK = (
    "", "", "The recruiter still lives in the district.", "ជនសង្ស័យនៅតែរស់នៅក្នុងស្រុកនោះ។",
)
_DECISIONS: tuple[tuple[str, int, str, str, str], ...] = (
    # (decision, weight, reason, place, recommendation)
    (Decision.FAMILY.value, 55, "Her mother is able to care for her; the home visit was positive.",
     "Her parents' house, home village", "Return home with monthly follow-up."),
    (Decision.KINSHIP.value, 20, "Parents unable to care for her; her aunt is willing and safe.",
     "Her aunt's house, neighbouring commune", "Kinship care with her aunt; follow-up as planned."),
    (Decision.INDEPENDENT_LIVING.value, 10, "An adult with a job who can live on her own.",
     "Rented room near her workplace", "Independent living with close follow-up."),
    (Decision.FOSTER.value, 6, "No safe family placement; foster family approved.",
     "Foster family, district town", "Foster care; follow-up as planned."),
    (Decision.GROUP_HOME.value, 6, "Needs continued care; a partner group home has a place.",
     "Partner group home", "Move to the partner group home."),
    (Decision.OTHER.value, 3, "Boarding school programme with family visits in the holidays.",
     "Boarding school", "Boarding school placement."),
)
_PLACES_KHMER = {
    Decision.FAMILY.value: "ផ្ទះឪពុកម្តាយ នៅភូមិកំណើត",
    Decision.KINSHIP.value: "ផ្ទះម្តាយមីង នៅឃុំជិតខាង",
}
_FINDINGS = (
    "Living with her family and attending school regularly.",
    "Working at a tailoring shop; family relations are good.",
    "Settled, but worried about the family's debts.",
    "Not at home during the visit; spoke with her mother.",
    "Doing well and saving part of her income.",
    "រស់នៅជាមួយគ្រួសារ ហើយទៅរៀនទៀងទាត់។",
    "ធ្វើការនៅហាងកាត់ដេរ ទំនាក់ទំនងគ្រួសារល្អ។",
    "សុខសប្បាយ ហើយសន្សំប្រាក់បានខ្លះ។",
)
_RISKS = (
    "", "", "", "The family is under pressure to repay a loan.",
    "A neighbour offered her work abroad; she refused.", "គ្រួសារមានបំណុល។",
)
_NEXT_STEPS = (
    "Next visit as scheduled.", "Refer the family to a savings group.",
    "Phone call in two weeks.", "ចុះសួរសុខទុក្ខលើកក្រោយតាមកាលវិភាគ។",
)
_CLOSURES: tuple[tuple[str, int, str], ...] = (
    (ClosureReason.GOALS_MET.value, 70, "All follow-up visits made; living safely."),
    (ClosureReason.CONTINUED_ELSEWHERE.value, 12,
     "Case handed over to the partner organisation in her province."),
    (ClosureReason.MOVED_OR_NOT_FOUND.value, 13,
     "The family moved; the phone number is no longer in use."),
    (ClosureReason.OTHER.value, 5, "Closed at her own request; she is an adult and doing well."),
)
# A case closed while she was still in the shelter (no placement), and how often.
UNPLACED_CLOSURE_SHARE = 0.2
_UNPLACED_CLOSURES: tuple[tuple[str, int, str], ...] = (
    (ClosureReason.CONTINUED_ELSEWHERE.value, 50,
     "Transferred to a partner shelter closer to her family; case continued there."),
    (ClosureReason.MOVED_OR_NOT_FOUND.value, 35,
     "Left with her family before reintegration was prepared; cannot be reached."),
    (ClosureReason.OTHER.value, 15, "Closed at her own request; she is an adult."),
)
_ABROAD = {"VN": "Family home in Viet Nam (returned home)",
           "TH": "Family home in Thailand (returned home)"}

# Vocabulary values as plain strings (reading an Enum member's value is slow in a hot loop).
_DONE, _MISSED, _SCHEDULED, _CANCELLED = (
    VisitStatus.DONE.value, VisitStatus.MISSED.value, VisitStatus.SCHEDULED.value,
    VisitStatus.CANCELLED.value,
)
_VISIT_TYPES = (VisitType.HOME.value, VisitType.PHONE.value, VisitType.SCHOOL_OR_WORK.value,
                VisitType.OFFICE.value)
_LOW, _MEDIUM = RetraffickingRisk.LOW.value, RetraffickingRisk.MEDIUM.value
_RISKS_BY_ROLL = (_LOW, _MEDIUM, RetraffickingRisk.HIGH.value)
# A follow-up score from one visit to the next: up one point 3 times in 10, down 1 in 10.
_STEP = {s: tuple(max(1, min(4, s + d)) for d in (1, 1, 1, -1, 0, 0, 0, 0, 0, 0))
         for s in (1, 2, 3, 4)}

# Intake score distributions (cumulative weights for 1, 2, 3, 4): harder, usual, milder start.
_INTAKE_CUM = ((18, 52, 85, 100), (7, 32, 76, 100), (3, 18, 62, 100))
_SCORES = (1, 2, 3, 4)


# ---- the generator ----------------------------------------------------------------------


class _Shape:
    """A template's items in order and, per domain, the slice of its items and phrases."""

    def __init__(self, template: AssessmentTemplate) -> None:
        self.key = template.key
        self.codes = tuple(d.code for d in template.domains)
        slices = []
        start = 0
        for domain in template.domains:
            slices.append((start, start + len(domain.items)))
            start += len(domain.items)
        self.slices = tuple(slices)
        self.items = start
        self.single = all(b - a == 1 for a, b in slices)
        self.kinds = tuple(_kind(d.label.en) for d in template.domains)

    def domain_scores(self, scores: tuple[int, ...]) -> tuple[int, ...]:
        if self.single:
            return scores
        return tuple(domain_score(scores[a:b]) for a, b in self.slices)


class _Random(random.Random):
    """``random.Random`` with cheaper whole-number and choice draws (the demo makes millions):
    the same stream for the same seed, so still deterministic."""

    def randint(self, a: int, b: int) -> int:  # type: ignore[override]
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq):  # type: ignore[no-untyped-def, override]
        return seq[int(self.random() * len(seq))]

    def days(self, a: int, b: int) -> timedelta:
        """A random whole number of days from ``a`` to ``b`` (both within -60 … 800)."""
        return _DELTAS[a + 60 + int(self.random() * (b - a + 1))]


def _kind(label: str) -> str:
    lowered = label.lower()
    for kind, words in _KINDS:
        if any(word in lowered for word in words):
            return kind
    return "other"


_DELTAS = tuple(timedelta(days=n) for n in range(-60, 801))
_TIMES = tuple(time(hour, minute) for hour in range(8, 17) for minute in range(0, 60, 15))
_add_months = lru_cache(maxsize=1 << 16)(add_months)  # the same few thousand days recur


def _at(day: date, rng: _Random, now: datetime) -> datetime:
    """A quarter hour in office hours on ``day``, never after ``now``."""
    moment = datetime.combine(day, _TIMES[int(rng.random() * len(_TIMES))])
    return min(moment, now)


class CaseWorkGenerator:
    """Generates one resident's case work at a time; build once per demo fill."""

    def __init__(
        self,
        templates: Mapping[str, AssessmentTemplate],
        seed: int,
        now: datetime,
        counselors: int,
        manager_name: str,
        policy: CasePolicy | None = None,
        has_manager: bool = True,
    ) -> None:
        if CSI not in templates:
            raise ValueError("the CSI template is needed")
        if counselors < 1:
            raise ValueError("at least one counselor")
        self.csi = _Shape(templates[CSI])
        self.recovery = _Shape(templates[RECOVERY]) if RECOVERY in templates else None
        self.seed = seed
        self.now = now
        self.today = now.date()
        self.counselors = counselors
        self.manager_name = manager_name
        self.has_manager = has_manager
        self.policy = policy or CasePolicy()
        self.months = months_text(self.policy.follow_up_months)

    # -- staff --

    def _staff(self, rng: _Random, own: int, own_share: float) -> int:
        """Her counselor (``own_share``), else the house manager or another counselor."""
        roll = rng.random()
        if roll < own_share:
            return own
        if self.has_manager and roll < own_share + (1 - own_share) * 0.6:
            return MANAGER
        return rng.randint(0, self.counselors - 1)

    # -- the whole file --

    def for_resident(self, facts: ResidentFacts) -> DemoCaseWork:
        rng = _Random(self.seed * 7_919_003 + facts.position * 31 + 17)
        today = self.today
        active = facts.status == ResidentStatus.ACTIVE.value
        admitted = min(facts.admission_date, today)
        if active:
            left = today
        else:
            last = facts.last_note_on or admitted + rng.days(14, 60)
            left = min(today, max(admitted, last) + rng.days(0, 21))
            if facts.left_on is not None:  # her file says when: placement on that day
                left = min(today, max(admitted, facts.left_on))
        # Drawn on a stream of its own, so every other resident's case work stays the same.
        unplaced = (
            facts.status == ResidentStatus.CLOSED.value
            and random.Random(self.seed * 104_729 + facts.position * 13 + 5).random()
            < UNPLACED_CLOSURE_SHARE
        )
        leaving = not unplaced and facts.status in (
            ResidentStatus.REINTEGRATED.value, ResidentStatus.CLOSED.value
        )

        dates = self._assessment_dates(rng, admitted, left, active)
        assessments, csi_indexes = self._assessments(rng, facts, dates, left, leaving)
        plans = self._care_plans(rng, facts, assessments, csi_indexes, left)
        reintegration = None
        if unplaced:
            reintegration = self._unplaced_closure(rng, facts, left)
        elif leaving:
            reintegration = self._reintegration(rng, facts, admitted, left, placed=True)
        elif active and (today - admitted).days >= 120 and rng.random() < 0.25:
            reintegration = self._reintegration(rng, facts, admitted, left, placed=False)
        return DemoCaseWork(tuple(assessments), tuple(plans), reintegration)

    # -- assessments --

    def _assessment_dates(
        self, rng: _Random, admitted: date, left: date, active: bool
    ) -> list[date]:
        first = admitted + rng.days(0, 21)
        dates = [min(first, left)]
        months = self.policy.reassessment_months
        while True:
            nxt = _add_months(dates[-1], months) + rng.days(-14, 21)
            if nxt > left:
                break
            dates.append(nxt)
        # Some residents still here are behind schedule: the reassessment that fell due 1–10
        # weeks ago has not been made yet.
        if active and len(dates) > 1 and rng.random() < 0.4:
            overdue = (self.today - _add_months(dates[-2], months)).days
            if 7 <= overdue <= 70:
                dates.pop()
        return dates

    def _assessments(
        self,
        rng: _Random,
        facts: ResidentFacts,
        dates: list[date],
        left: date,
        leaving: bool,
    ) -> tuple[list[DemoAssessment], list[int]]:
        recovery = self.recovery is not None and rng.random() < 0.5
        csi_scores = self._intake_scores(rng, self.csi)
        rec_scores = self._intake_scores(rng, self.recovery) if recovery and self.recovery else ()
        khmer = rng.random() < 0.25
        assessments: list[DemoAssessment] = []
        csi_indexes: list[int] = []
        for number, day in enumerate(dates):
            if number:
                csi_scores = self._improve(rng, csi_scores)
            purpose = AssessmentPurpose.INTAKE if number == 0 else AssessmentPurpose.REVIEW
            if number and leaving and number == len(dates) - 1 and (left - day).days <= 60:
                purpose = AssessmentPurpose.REINTEGRATION
            csi_indexes.append(len(assessments))
            assessments.append(self._assessment(rng, facts, self.csi, day, purpose, csi_scores,
                                                khmer))
            if recovery and self.recovery is not None and number == 0:
                rec_day = min(left, self.today, day + rng.days(0, 14))
                assessments.append(self._assessment(rng, facts, self.recovery, rec_day, purpose,
                                                    rec_scores, khmer))
        assessments_sorted = sorted(range(len(assessments)),
                                    key=lambda i: (assessments[i].assessed_on, i))
        if assessments_sorted != list(range(len(assessments))):
            position = {old: new for new, old in enumerate(assessments_sorted)}
            assessments = [assessments[i] for i in assessments_sorted]
            csi_indexes = [position[i] for i in csi_indexes]
        return assessments, csi_indexes

    @staticmethod
    def _intake_scores(rng: _Random, shape: _Shape | None) -> tuple[int, ...]:
        if shape is None:
            return ()
        roll = rng.random()
        cum = _INTAKE_CUM[0] if roll < 0.25 else (_INTAKE_CUM[2] if roll > 0.75 else _INTAKE_CUM[1])
        return tuple(rng.choices(_SCORES, cum_weights=cum, k=shape.items))

    @staticmethod
    def _improve(rng: _Random, scores: tuple[int, ...]) -> tuple[int, ...]:
        out = []
        for score in scores:
            roll = rng.random()
            if score < 4 and roll < (0.6 if score <= 2 else 0.33):
                score += 1
            elif score > 1 and roll > 0.93:
                score -= 1
            out.append(score)
        return tuple(out)

    def _assessment(
        self,
        rng: _Random,
        facts: ResidentFacts,
        shape: _Shape,
        day: date,
        purpose: str,
        scores: tuple[int, ...],
        khmer: bool,
    ) -> DemoAssessment:
        domains = shape.domain_scores(scores)
        comments = []
        for code, score in zip(shape.codes, domains):
            if score <= 2 and rng.random() < 0.2:
                text = rng.choice(_COMMENTS_KM) if khmer else rng.choice(_COMMENTS_EN)
                comments.append((code, text))
        summary = _SUMMARIES[purpose][1 if khmer else 0]
        return DemoAssessment(
            shape.key, day, purpose, self._staff(rng, facts.counselor, 0.85), scores, domains,
            tuple(comments), summary, _at(day, rng, self.now),
        )

    # -- care plans --

    def _care_plans(
        self,
        rng: _Random,
        facts: ResidentFacts,
        assessments: list[DemoAssessment],
        csi_indexes: list[int],
        left: date,
    ) -> list[DemoCarePlan]:
        plans: list[DemoCarePlan] = []
        khmer = rng.random() < 0.25
        last = len(csi_indexes) - 1
        minor_until = _eighteenth(facts.date_of_birth)
        shape = self.csi
        for number, index in enumerate(csi_indexes):
            assessment = assessments[index]
            written = min(left, self.today,
                          assessment.assessed_on + rng.days(0, 7))
            created_at = _at(written, rng, self.now)
            review = _add_months(written, self.policy.care_plan_review_months)
            following = assessments[csi_indexes[number + 1]] if number < last else None
            age_days = (self.today - written).days
            goals = []
            weak = sorted(
                (score, position) for position, score in enumerate(assessment.domain_scores)
                if needs_goal(score)
            )
            if not weak:  # an active plan needs a goal: keep working on the weakest domain
                weak = [min((score, position) for position, score in
                            enumerate(assessment.domain_scores))]
            for _score, position in weak:
                code = shape.codes[position]
                if following is not None:
                    improved = following.domain_scores[position] >= 3
                    roll = rng.random()
                    if improved:
                        status = GoalStatus.ACHIEVED if roll < 0.85 else GoalStatus.IN_PROGRESS
                    else:
                        status = GoalStatus.IN_PROGRESS if roll < 0.85 else (
                            GoalStatus.DROPPED if roll < 0.93 else GoalStatus.NOT_STARTED)
                else:
                    started = min(0.9, age_days / 60)
                    status = GoalStatus.IN_PROGRESS if rng.random() < started else (
                        GoalStatus.NOT_STARTED)
                goals.append(self._goal(rng, facts.counselor, shape.kinds[position], code,
                                        written, review, status, khmer, following is not None))
            signoffs = self._signoffs(rng, facts, written, minor_until)
            updated = max([created_at] + [s.recorded_at for s in signoffs])
            plans.append(DemoCarePlan(
                number + 1, index,
                PlanStatus.SUPERSEDED if following is not None else PlanStatus.ACTIVE,
                review, rng.choice(_PLAN_SUMMARIES)[1 if khmer else 0],
                self._staff(rng, facts.counselor, 0.75), written, created_at, updated,
                tuple(goals), signoffs,
            ))
        return plans

    def _goal(
        self,
        rng: _Random,
        counselor: int,
        kind: str,
        code: str,
        written: date,
        review: date,
        status: str,
        khmer: bool,
        superseded: bool,
    ) -> DemoGoal:
        draw = rng.random
        phrases = _PHRASES[kind]
        texts, pool = (phrases[1], phrases[3]) if khmer else (phrases[0], phrases[2])
        text = texts[int(draw() * len(texts))]
        roll = draw()
        count = min(len(pool), 1 if roll < 0.6 else (2 if roll < 0.92 else 3))
        responsible = self._staff(rng, counselor, 0.6)
        target = min(review, written + rng.days(90, 180))
        start = int(draw() * len(pool))
        achieved = status == GoalStatus.ACHIEVED
        today = self.today
        actions = []
        for n in range(count):
            due = written + rng.days(14, 90)
            if achieved:
                done = True
            elif superseded:
                done = draw() < 0.5
            else:
                done = due < today and draw() < 0.6
            # Mostly the goal's responsible person, sometimes her counselor.
            who = responsible if draw() < 0.7 else counselor
            actions.append(DemoAction(pool[(start + n) % len(pool)], who, due, done))
        return DemoGoal(code, text, responsible, target, status, tuple(actions))

    def _signoffs(
        self, rng: _Random, facts: ResidentFacts, written: date, minor_until: date
    ) -> tuple[DemoSignoff, ...]:
        signoffs = []
        parties = [(SignoffParty.CASE_MANAGER, self.manager_name)]
        if rng.random() < 0.85:
            own = facts.name_khmer if rng.random() < 0.4 else facts.name_latin
            parties.append((SignoffParty.RESIDENT, own))
        if facts.guardian_name and written < minor_until and rng.random() < 0.7:
            parties.append((SignoffParty.GUARDIAN, facts.guardian_name))
        for party, name in parties:
            day = written + rng.days(0, 10)
            if day > self.today:
                continue  # not signed yet
            recorder = MANAGER if party == SignoffParty.CASE_MANAGER and self.has_manager else (
                facts.counselor)
            signoffs.append(DemoSignoff(party, name, day, recorder, _at(day, rng, self.now)))
        return tuple(signoffs)

    # -- reintegration --

    def _reintegration(
        self,
        rng: _Random,
        facts: ResidentFacts,
        admitted: date,
        left: date,
        placed: bool,
    ) -> DemoReintegration:
        today = self.today
        counselor = facts.counselor
        adult = left >= _eighteenth(facts.date_of_birth)
        # Readiness: one (two for three in ten) in the months before placement.
        if placed:
            first = max(admitted, left - rng.days(30, 90))
        else:
            first = max(admitted, today - rng.days(5, 60))
        days = [first]
        if placed and rng.random() < 0.3 and (left - first).days > 10:
            days.append(first + rng.days(7, (left - first).days - 1))
        decision_row = _weighted(rng, _DECISIONS)
        if decision_row[0] == Decision.INDEPENDENT_LIVING.value and not adult:
            decision_row = _DECISIONS[1]  # kinship instead: she is a minor
        decision, _w, reason, place, recommendation = decision_row
        risk_roll = rng.random()
        risk = _RISKS_BY_ROLL[0 if risk_roll < 0.6 else 1 if risk_roll < 0.92 else 2]
        readiness = []
        base = rng.randint(2, 3)
        for number, day in enumerate(days):
            lift = number
            family_visit = day - rng.days(0, 14) if rng.random() < 0.8 else None
            if family_visit is not None and family_visit < admitted:
                family_visit = admitted
            readiness.append(DemoReadiness(
                day, self._staff(rng, counselor, 0.7),
                min(4, base + lift + rng.randint(0, 1)), rng.choice(_READINESS_CHILD),
                family_visit,
                min(4, base + lift + rng.randint(-1, 1)), rng.choice(_READINESS_FAMILY),
                min(4, base + lift + rng.randint(-1, 1)), rng.choice(_READINESS_COMMUNITY),
                min(4, base + lift + rng.randint(-1, 1)), rng.choice(_READINESS_ACCESS),
                risk, rng.choice(_READINESS_RISK), recommendation,
                _at(day, rng, self.now),
            ))
        last_readiness = days[-1]
        decided_on: date | None = None
        if placed or rng.random() < 0.5:
            decided_on = min(last_readiness + rng.days(0, 7),
                             left if placed else today)
        created_at = readiness[0].created_at
        if not placed:
            return DemoReintegration(
                ReintegrationStatus.PREPARING.value,
                decision if decided_on else None, decided_on, reason if decided_on else "",
                None, "", None, self.months, None, None, "",
                counselor, created_at, max(created_at, _at(decided_on or first, rng, self.now)),
                tuple(readiness), (),
            )
        if facts.nationality in _ABROAD and decision == Decision.FAMILY.value:
            place, province = _ABROAD[facts.nationality], None
        else:
            khmer_place = _PLACES_KHMER.get(decision)
            if khmer_place and rng.random() < 0.25:
                place = khmer_place
            province = facts.province_code if decision != Decision.GROUP_HOME.value else "12"
        placement = left
        closing = facts.status == ResidentStatus.CLOSED.value
        schedule = follow_up_schedule(placement, self.policy.follow_up_months)
        closed_on: date | None = None
        closure_reason: str | None = None
        closure_note = ""
        if closing:
            closure_reason, _w, closure_note = _weighted(rng, _CLOSURES)
            past = [due for months, due in schedule if due <= today]
            if closure_reason == ClosureReason.GOALS_MET.value:
                late = [due for months, due in schedule if months >= 12 and due <= today]
                end = rng.choice(late) if late else (past[-1] if past else placement)
            else:
                end = rng.choice(past) if past else placement
            closed_on = min(today, end + rng.days(0, 14))
        visits = self._visits(rng, facts, schedule, placement, closed_on, readiness[-1])
        touched = [created_at] + [v.updated_at for v in visits if v.updated_at is not None]
        if closed_on is not None:
            touched.append(_at(closed_on, rng, self.now))
        return DemoReintegration(
            ReintegrationStatus.CLOSED.value if closing else ReintegrationStatus.PLACED.value,
            decision, decided_on, reason, placement, place, province, self.months,
            closed_on, closure_reason, closure_note, counselor, created_at, max(touched),
            tuple(readiness), tuple(visits),
        )

    def _unplaced_closure(
        self, rng: _Random, facts: ResidentFacts, left: date
    ) -> DemoReintegration:
        """Her case closed on the day she left, without a placement (as closing the case of a
        resident still in the shelter records it)."""
        reason, _w, note = _weighted(rng, _UNPLACED_CLOSURES)
        moment = _at(left, rng, self.now)
        return DemoReintegration(
            ReintegrationStatus.CLOSED.value, None, None, "", None, "", None, "", left, reason,
            note, facts.counselor, moment, moment, (), (),
        )

    def _visits(
        self,
        rng: _Random,
        facts: ResidentFacts,
        schedule: list[tuple[int, date]],
        placement: date,
        closed_on: date | None,
        readiness: DemoReadiness,
    ) -> list[DemoVisit]:
        today = self.today
        visits = []
        scores = [readiness.community_score, readiness.child_score, readiness.family_score,
                  readiness.access_score]
        risk = readiness.retrafficking_risk
        for months, due in schedule:
            if closed_on is not None and due > closed_on:
                status = _CANCELLED
            elif closed_on is not None:  # a closed case has no open visit
                status = _MISSED if rng.random() < 0.1 else _DONE
            elif due >= today:
                status = _SCHEDULED
            else:
                roll = rng.random()
                if (today - due).days <= 60:
                    status = (_SCHEDULED if roll < 0.35 else
                              _MISSED if roll < 0.40 else _DONE)
                else:
                    status = (_MISSED if roll < 0.10 else
                              _SCHEDULED if roll < 0.103 else _DONE)
            if status != _DONE:
                visits.append(DemoVisit(months, due, status, None, None, None, None, None, None,
                                        None, None, "", "", "", None))
                continue
            visited = due + rng.days(-7, 14)
            visited = max(placement + timedelta(days=1), min(visited, today))
            if closed_on is not None:
                visited = min(visited, closed_on)
            visited = max(visited, placement)
            draw = rng.random
            scores = [_STEP[s][int(draw() * 10)] for s in scores]
            roll = rng.random()
            if roll < 0.25:
                risk = _LOW
            elif roll > 0.95:
                risk = _MEDIUM
            vroll = rng.random()
            visit_type = _VISIT_TYPES[0 if vroll < 0.55 else 1 if vroll < 0.8 else
                                      2 if vroll < 0.92 else 3]
            visits.append(DemoVisit(
                months, due, status, visited, visit_type,
                self._staff(rng, facts.counselor, 0.7),
                scores[0], scores[1], scores[2], scores[3], risk,
                rng.choice(_FINDINGS), rng.choice(_RISKS), rng.choice(_NEXT_STEPS),
                _at(visited, rng, self.now),
            ))
        return visits


def _eighteenth(born: date) -> date:
    return _add_months(born, 18 * 12)


def _weighted(rng: _Random, choices: tuple[tuple, ...]) -> tuple:  # type: ignore[type-arg]
    total = sum(c[1] for c in choices)
    pick = int(rng.random() * total)
    for choice in choices:
        pick -= choice[1]
        if pick < 0:
            return choice
    raise AssertionError("unreachable")
