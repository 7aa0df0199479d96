"""Synthetic care plan DTOs for the printing tests (no database, no real people)."""

from __future__ import annotations

from datetime import date, datetime

from shelter_desktop.domain.assessments import Bilingual
from shelter_desktop.domain.care_plans import ActionView, CarePlanView, GoalView, SignoffView

# A long Khmer name and long goal text, with the zero-width spaces Khmer writers put between
# words, and without (as typed by someone who does not).
LONG_KHMER_NAME = "សុខ ស្រីពៅ ចាន់​សុភា​រតនា​បុប្ផា ហេង​ស្រីលក្ខណ៍​ម៉ៅ​ចាន់ធី​កែវ​សុខា"
LONG_LATIN_NAME = "Sok Sreypov Chansophea Rathanabopha Heng Sreyleak Mao Chanthy Keo Sokha"
KHMER_GOAL = (
    "ស្ត្រី​វ័យក្មេង​នេះ​នឹង​បន្ត​ការសិក្សា​អក្សរ​ខ្មែរ​និង​គណិតវិទ្យា​នៅ​មណ្ឌល ហើយ​ចូលរួម"
    "​វគ្គ​បណ្ដុះបណ្ដាល​វិជ្ជាជីវៈ​កាត់ដេរ​រហូត​ដល់​បញ្ចប់​ដោយ​ជោគជ័យ។ "
    "នាង​នឹង​ជួប​អ្នក​ប្រឹក្សា​រៀងរាល់​សប្ដាហ៍ ដើម្បី​ពិនិត្យ​វឌ្ឍនភាព​និង​ការលំបាក។"
)
ENGLISH_GOAL = (
    "She attends the Khmer literacy class every weekday, practises reading for twenty minutes "
    "each evening with a house mother, and reads a short story aloud at the monthly review."
)
DOMAINS = (
    ("1A", Bilingual("Food security", "សន្តិសុខ​ស្បៀង")),
    ("2B", Bilingual("Emotional health", "សុខភាព​ផ្លូវចិត្ត")),
    ("", None),
    ("6B", Bilingual("Work and education", "ការងារ​និង​ការសិក្សា")),
)
STATUSES = ("not_started", "in_progress", "achieved", "dropped")


def goal_marker(plan: int, goal: int) -> str:
    return f"P{plan}G{goal:02d}START"


def goal_end_marker(plan: int, goal: int) -> str:
    return f"P{plan}G{goal:02d}END"


def make_goal(plan: int, index: int, text: str, actions: int = 2) -> GoalView:
    code, label = DOMAINS[index % len(DOMAINS)]
    action_views = []
    for position in range(actions):
        last = position == actions - 1
        marker = goal_end_marker(plan, index) if last else f"P{plan}G{index:02d}A{position}"
        action_views.append(
            ActionView(
                1000 * index + position, position,
                f"{marker} Counselor meets her weekly to review progress ពិនិត្យ​វឌ្ឍនភាព",
                5, "Chan Dara ចាន់ ដារា", date(2026, 6, 1 + position % 27), position == 0,
            )
        )  # fmt: skip
    return GoalView(
        id=index + 1,
        position=index,
        domain_code=code,
        domain_label=label,
        domain_score=(index % 4) + 1 if code else None,
        goal=f"{goal_marker(plan, index)} {text}",
        responsible_id=5,
        responsible_name="Keo Sophea",
        target_date=date(2026, 7, 1),
        status=STATUSES[index % 4],
        actions=tuple(action_views),
    )


def make_plan(
    plan: int = 1,
    goals: int = 5,
    case_number: str | None = None,
    khmer_name: str = "សុខ ស្រីពៅ",
    latin_name: str = "Sok Sreypov",
    goal_texts: tuple[str, ...] = (KHMER_GOAL, ENGLISH_GOAL),
    actions: int = 2,
    status: str = "active",
) -> CarePlanView:
    goal_views = tuple(
        make_goal(plan, i, goal_texts[i % len(goal_texts)], actions) for i in range(goals)
    )
    return CarePlanView(
        id=plan,
        resident_id=100 + plan,
        case_number=case_number or f"TS-2026-{plan:04d}",
        resident_name_khmer=khmer_name,
        resident_name_latin=latin_name,
        version=2,
        previous_id=None,
        status=status,
        review_date=date(2026, 9, 1),
        summary="Settling in well; sleeps better. ស្ថានភាព​ល្អ​ប្រសើរ។",
        assessment_id=7,
        assessment_title=Bilingual("Child Status Index", "សន្ទស្សន៍​ស្ថានភាព​កុមារ"),
        assessed_on=date(2026, 2, 20),
        created_by_name="Keo Sophea",
        created_at=datetime(2026, 3, 1, 9, 0),
        updated_at=datetime(2026, 3, 1, 9, 0),
        goals=goal_views,
        signoffs=(
            SignoffView(1, "case_manager", "Keo Sophea កែវ សុភា", date(2026, 3, 2), "Admin"),
        ),
    )
