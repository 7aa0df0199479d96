"""Whole-month arithmetic for due dates (care plan reviews, reassessments, follow-up visits)."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it has no such day:
    31 January + 1 month = 28 (or 29) February; 29 February 2028 + 12 months = 28 February 2029.
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last_day))
