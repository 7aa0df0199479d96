"""How dates are written on every screen: day/month/four-digit year, as in Cambodia in both
Khmer and English. Khmer's locale short format has a two-digit year ("14/8/09"), which leaves a
reader guessing the century of a birth date."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

DATE_PATTERN = "dd/MM/yyyy"


def short_date_pattern() -> str:
    """Display format for date fields (QDateEdit) and dates in text."""
    return DATE_PATTERN


def format_date(value: date | None) -> str:
    """A date as shown in lists and labels ("" for none)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_PATTERN)


def format_date_time(local: datetime) -> str:
    """A local date and time: dd/MM/yyyy HH:mm (24-hour, as in Cambodia)."""
    return f"{format_date(local.date())} {local:%H:%M}"
