"""The follow-up schedule after a placement: whole months, month ends and leap years."""

from __future__ import annotations

from datetime import date

import pytest

from shelter_desktop.domain.calendar_months import add_months
from shelter_desktop.domain.case_policy import DEFAULT_FOLLOW_UP_MONTHS
from shelter_desktop.domain.reintegration import (
    follow_up_schedule,
    latest_start_due_by,
    months_text,
    parse_months_text,
)


def test_31_january_plus_one_month_is_the_end_of_february() -> None:
    assert follow_up_schedule(date(2026, 1, 31), (1,)) == [(1, date(2026, 2, 28))]
    assert follow_up_schedule(date(2028, 1, 31), (1,)) == [(1, date(2028, 2, 29))]


def test_placed_on_29_february() -> None:
    schedule = dict(follow_up_schedule(date(2028, 2, 29), (1, 12, 24, 48)))
    assert schedule[1] == date(2028, 3, 29)
    assert schedule[12] == date(2029, 2, 28)  # no 29 February in 2029
    assert schedule[24] == date(2030, 2, 28)
    assert schedule[48] == date(2032, 2, 29)  # a leap year again


def test_30_november_plus_three_months_crosses_the_year_into_february() -> None:
    assert follow_up_schedule(date(2026, 11, 30), (3,)) == [(3, date(2027, 2, 28))]
    assert follow_up_schedule(date(2027, 11, 30), (3,)) == [(3, date(2028, 2, 29))]


def test_the_default_schedule_up_to_24_months() -> None:
    schedule = follow_up_schedule(date(2026, 8, 31), DEFAULT_FOLLOW_UP_MONTHS)
    assert [m for m, _ in schedule] == [1, 3, 6, 12, 18, 24]
    assert [d for _, d in schedule] == [
        date(2026, 9, 30), date(2026, 11, 30), date(2027, 2, 28), date(2027, 8, 31),
        date(2028, 2, 29), date(2028, 8, 31),
    ]
    # Each due date is after the one before: the schedule never folds back on itself.
    days = [d for _, d in schedule]
    assert days == sorted(set(days))


@pytest.mark.parametrize("start", [date(2026, 1, 15), date(2026, 12, 31), date(2028, 2, 29)])
def test_every_date_is_add_months_of_the_placement(start: date) -> None:
    months = (1, 2, 5, 11, 13, 60)
    assert follow_up_schedule(start, months) == [(m, add_months(start, m)) for m in months]


def test_an_empty_schedule() -> None:
    assert follow_up_schedule(date(2026, 5, 1), ()) == []


def test_months_are_stored_as_text_and_read_back() -> None:
    assert months_text((1, 3, 6)) == "1,3,6"
    assert parse_months_text("1,3,6") == (1, 3, 6)
    assert parse_months_text("") == ()
    assert parse_months_text("1, x, 6") == (1, 6)


@pytest.mark.parametrize(
    "deadline,months",
    [
        (date(2026, 2, 28), 1), (date(2026, 3, 30), 1), (date(2028, 2, 29), 12),
        (date(2026, 12, 31), 6), (date(2027, 2, 28), 3), (date(2026, 6, 15), 24),
    ],
)
def test_latest_start_due_by_is_the_last_day_whose_due_date_is_not_later(
    deadline: date, months: int
) -> None:
    last = latest_start_due_by(deadline, months)
    assert add_months(last, months) <= deadline
    following = date.fromordinal(last.toordinal() + 1)
    assert add_months(following, months) > deadline
