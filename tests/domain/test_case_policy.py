"""Case-work policy rules and whole-month date arithmetic."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shelter_desktop.domain.calendar_months import add_months
from shelter_desktop.domain.case_policy import (
    CasePolicy,
    parse_follow_up_months,
    validate_policy,
)
from shelter_desktop.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2028, 2, 29), 48, date(2032, 2, 29)),
        (date(2026, 8, 31), 1, date(2026, 9, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 5, 15), -5, date(2025, 12, 15)),
        (date(2026, 3, 31), 24, date(2028, 3, 31)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_last_day_of_the_month(start, months, expected):
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 120))
def test_add_months_lands_in_the_right_month_and_never_later_in_the_month(start, months):
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day <= start.day


def test_the_default_policy_is_valid_and_follows_the_design():
    policy = validate_policy(CasePolicy())
    assert policy.care_plan_review_months == 6
    assert policy.follow_up_months == (1, 3, 6, 12, 18, 24)


@pytest.mark.parametrize(
    "policy",
    [
        CasePolicy(care_plan_review_months=0),
        CasePolicy(care_plan_review_months=25),
        CasePolicy(reassessment_months=0),
        CasePolicy(follow_up_months=()),
        CasePolicy(follow_up_months=(3, 1)),
        CasePolicy(follow_up_months=(1, 1, 3)),
        CasePolicy(follow_up_months=(0, 3)),
        CasePolicy(follow_up_months=(1, 61)),
        CasePolicy(due_soon_days=0),
        CasePolicy(unsigned_note_days=31),
    ],
)
def test_a_policy_out_of_range_is_refused_with_a_plain_reason(policy):
    with pytest.raises(ValidationError) as raised:
        validate_policy(policy)
    assert raised.value.message.endswith(".") or raised.value.message.endswith(").")


def test_follow_up_months_are_read_from_what_staff_type():
    assert parse_follow_up_months("1, 3, 6, 12, 18, 24") == (1, 3, 6, 12, 18, 24)
    assert parse_follow_up_months(" 2;4 ;8") == (2, 4, 8)
    for bad in ("", "one, two", "6, 3", "1, 1", "1, 2, 99", "1.5, 3"):
        with pytest.raises(ValidationError):
            parse_follow_up_months(bad)
