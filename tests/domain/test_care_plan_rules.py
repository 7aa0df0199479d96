"""Care plan rules: goals proposed from assessment scores, review dates, validation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shelter_desktop.domain.assessments import Bilingual, DomainResult
from shelter_desktop.domain.care_plans import (
    MAX_ACTION_TEXT,
    MAX_ACTIONS_PER_GOAL,
    MAX_GOAL_TEXT,
    MAX_GOALS,
    ActionInput,
    CarePlanInput,
    CarePlanInvalid,
    GoalInput,
    GoalStatus,
    SignoffInput,
    default_review_date,
    propose_goals,
    validate_care_plan,
    validate_signoff,
)

TODAY = date(2026, 6, 15)
KHMER_GOAL = "នាងនឹងអាចគ្រប់គ្រងប្រាក់ចំណូលប្រចាំខែរបស់ខ្លួន"


def domain(code: str, score: int, en: str | None = None, km: str = "") -> DomainResult:
    return DomainResult(code, Bilingual(en or f"Domain {code}", km), None, score, {}, "")


def goal(text: str = "Sleeps through the night", **changes: object) -> GoalInput:
    values: dict[str, object] = {
        "domain_code": "", "goal": text, "responsible_id": None, "target_date": None,
        "status": GoalStatus.NOT_STARTED, "actions": (),
    }
    values.update(changes)
    return GoalInput(**values)  # type: ignore[arg-type]


def plan(*goals: GoalInput, review: date = date(2026, 12, 15), summary: str = "") -> CarePlanInput:
    return CarePlanInput(review, summary, tuple(goals))


def refused(value: CarePlanInput, **kwargs: object) -> CarePlanInvalid:
    with pytest.raises(CarePlanInvalid) as caught:
        validate_care_plan(value, TODAY, **kwargs)  # type: ignore[arg-type]
    return caught.value


# ---- proposing goals ----------------------------------------------------------------------


def test_every_domain_scored_one_or_two_becomes_a_goal_lowest_first_then_template_order() -> None:
    domains = (
        domain("A", 3), domain("B", 2), domain("C", 1), domain("D", 4),
        domain("E", 2), domain("F", 1),
    )
    target = date(2026, 12, 1)
    goals = propose_goals(domains, "en", target)
    assert [g.domain_code for g in goals] == ["C", "F", "B", "E"]
    assert all(g.status == GoalStatus.NOT_STARTED for g in goals)
    assert all(g.target_date == target and g.actions == () for g in goals)
    assert all(g.responsible_id is None for g in goals)
    assert [g.goal for g in goals] == ["Domain C", "Domain F", "Domain B", "Domain E"]


def test_ties_keep_template_order() -> None:
    domains = tuple(domain(code, 2) for code in ("Z", "A", "M"))
    assert [g.domain_code for g in propose_goals(domains, "en", TODAY)] == ["Z", "A", "M"]


def test_no_weak_domain_proposes_nothing() -> None:
    assert propose_goals((domain("A", 3), domain("B", 4)), "en", TODAY) == ()
    assert propose_goals((), "km", TODAY) == ()


def test_goal_text_is_the_label_in_the_chosen_language() -> None:
    domains = (domain("IN", 1, "Income", "ប្រាក់ចំណូល"), domain("FR", 2, "Family", ""))
    km = propose_goals(domains, "km", TODAY)
    assert [g.goal for g in km] == ["ប្រាក់ចំណូល", "Family"]  # no Khmer label: English
    en = propose_goals(domains, "en", TODAY)
    assert [g.goal for g in en] == ["Income", "Family"]


def test_proposed_goals_pass_validation() -> None:
    domains = tuple(domain(f"D{i}", 1 + i % 4, km="ដែន") for i in range(12))
    value = plan(*propose_goals(domains, "km", date(2026, 12, 15)))
    assert validate_care_plan(value, TODAY).goals == value.goals


# ---- review dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 15), 6, date(2026, 7, 15)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),  # no 31 February
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2028, 2, 29), 48, date(2032, 2, 29)),
        (date(2026, 10, 31), 1, date(2026, 11, 30)),
        (date(2026, 12, 31), 2, date(2027, 2, 28)),
        (date(2026, 7, 1), 24, date(2028, 7, 1)),
    ],
)
def test_default_review_date(start: date, months: int, expected: date) -> None:
    assert default_review_date(start, months) == expected


# ---- validation ---------------------------------------------------------------------------


def test_valid_plan_is_returned_cleaned() -> None:
    value = plan(
        goal("  Attends school every day  ", domain_code="WE", responsible_id=3,
             target_date=date(2026, 9, 1), status=GoalStatus.IN_PROGRESS,
             actions=(ActionInput("  Enrol at the public school ", 3, date(2026, 7, 1)),
                      ActionInput(KHMER_GOAL, None, None, True))),
        goal(KHMER_GOAL + "\r\nline two"),
        summary="  Both goals agreed with her.\r\n",
    )
    clean = validate_care_plan(value, TODAY)
    assert clean.summary == "Both goals agreed with her."
    assert clean.goals[0].goal == "Attends school every day"
    assert clean.goals[0].actions[0].action == "Enrol at the public school"
    assert clean.goals[0].actions[1].done is True
    assert clean.goals[1].goal == KHMER_GOAL + "\nline two"


def test_review_date_today_up_to_three_years() -> None:
    assert validate_care_plan(plan(review=TODAY), TODAY).review_date == TODAY
    assert validate_care_plan(plan(review=date(2029, 6, 15)), TODAY).review_date == date(2029, 6, 15)
    error = refused(plan(review=TODAY - timedelta(days=1)))
    assert error.field == "review_date" and "in the past" in error.message
    error = refused(plan(review=date(2029, 6, 16)))
    assert error.field == "review_date" and "3 years" in error.message
    assert refused(plan(review=date(1899, 12, 31))).field == "review_date"


def test_an_overdue_plan_may_keep_its_review_date() -> None:
    overdue = TODAY - timedelta(days=40)
    clean = validate_care_plan(plan(review=overdue), TODAY, keep_review_date=overdue)
    assert clean.review_date == overdue
    # …but not move it to another past day.
    assert refused(plan(review=overdue - timedelta(days=1)), keep_review_date=overdue).field == "review_date"


def test_goal_text_required_and_capped() -> None:
    error = refused(plan(goal("ok"), goal("   ")))
    assert error.field == "goal:1" and "Goal 2" in error.message
    longest = "ក" * MAX_GOAL_TEXT
    assert validate_care_plan(plan(goal(longest)), TODAY).goals[0].goal == longest
    error = refused(plan(goal(longest + "ក")))
    assert error.field == "goal:0" and str(MAX_GOAL_TEXT) in error.message


def test_action_text_required_and_capped() -> None:
    error = refused(plan(goal(actions=(ActionInput("Visit", None, None), ActionInput("", None, None)))))
    assert error.field == "goal:0:action:1" and "action 2" in error.message
    error = refused(plan(goal(), goal(actions=(ActionInput("x" * (MAX_ACTION_TEXT + 1), None, None),))))
    assert error.field == "goal:1:action:0"


def test_at_most_fifty_goals_and_thirty_actions() -> None:
    assert len(validate_care_plan(plan(*[goal()] * MAX_GOALS), TODAY).goals) == MAX_GOALS
    assert refused(plan(*[goal()] * (MAX_GOALS + 1))).field == "goals"
    actions = tuple(ActionInput(f"Step {i}", None, None) for i in range(MAX_ACTIONS_PER_GOAL + 1))
    assert refused(plan(goal(actions=actions[:-1]), goal(actions=actions))).field == "goal:1"


def test_unknown_status_refused() -> None:
    error = refused(plan(goal(status="finished")))
    assert error.field == "goal:0:status"


def test_target_dates_must_be_sane() -> None:
    past = TODAY - timedelta(days=300)  # overdue is allowed
    assert validate_care_plan(plan(goal(target_date=past)), TODAY).goals[0].target_date == past
    assert refused(plan(goal(target_date=date(2032, 1, 1)))).field == "goal:0:target_date"
    assert refused(plan(goal(target_date=date(1900, 1, 1)))).field == "goal:0:target_date"
    far = (ActionInput("Step", None, date(2099, 1, 1)),)
    assert refused(plan(goal(actions=far))).field == "goal:0:action:0:target_date"


def test_control_characters_and_lone_surrogates_refused_everywhere() -> None:
    for bad in ("a\x00b", "bell\x07", "half \ud83d", "esc\x1b[31m"):
        assert refused(plan(goal(bad))).field == "goal:0"
        assert refused(plan(summary=bad)).field == "summary"
        assert refused(plan(goal(actions=(ActionInput(bad, None, None),)))).field == "goal:0:action:0"
    # Zero-width space (Khmer word break) and line breaks stay allowed.
    text = "ការ\u200bសិក្សា\nline\ttab"
    assert validate_care_plan(plan(goal(text)), TODAY).goals[0].goal == text


def test_responsible_must_be_an_id() -> None:
    assert refused(plan(goal(responsible_id=0))).field == "goal:0:responsible"
    assert refused(plan(goal(actions=(ActionInput("x", -4, None),)))).field == "goal:0:action:0:responsible"


def test_domain_code_capped() -> None:
    assert refused(plan(goal(domain_code="D" * 33))).field == "goal:0:domain"


# ---- sign-offs -----------------------------------------------------------------------------


def test_signoff_rules() -> None:
    clean = validate_signoff(SignoffInput("resident", "  សុខ ស្រីពៅ ", TODAY), TODAY)
    assert clean.signer_name == "សុខ ស្រីពៅ"
    cases = [
        (SignoffInput("teacher", "Dara", TODAY), "party"),
        (SignoffInput("guardian", "   ", TODAY), "signer_name"),
        (SignoffInput("guardian", "x" * 201, TODAY), "signer_name"),
        (SignoffInput("guardian", "Da\x00ra", TODAY), "signer_name"),
        (SignoffInput("guardian", "Dara", TODAY + timedelta(days=1)), "signed_on"),
        (SignoffInput("guardian", "Dara", date(1899, 1, 1)), "signed_on"),
    ]
    for value, field in cases:
        with pytest.raises(CarePlanInvalid) as caught:
            validate_signoff(value, TODAY)
        assert caught.value.field == field
    with pytest.raises(CarePlanInvalid) as caught:
        validate_signoff(SignoffInput("case_manager", "Dara", date(2026, 6, 1)), TODAY, date(2026, 6, 10))
    assert caught.value.field == "signed_on" and "before this version" in caught.value.message
    # A day's slack for the UTC creation time.
    assert validate_signoff(
        SignoffInput("case_manager", "Dara", date(2026, 6, 9)), TODAY, date(2026, 6, 10)
    ).signed_on == date(2026, 6, 9)
