"""Anonymized summaries (DESIGN.md section 4, issue #5): periods, the tables a summary holds,
and the summary as it may leave the database (protected tables plus a provenance footer).

Dates never appear in a summary finer than a month (month columns of a period's tables), and
periods are whole years, quarters or ranges of whole months. Geography is province only, ages
are bands (domain/age_bands.py). Counts are of distinct residents in each cell, so that one
person with many records can never make up a publishable count alone.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from .calendar_months import add_months
from .disclosure import DEFAULT_K, MeasureTable, ProtectedTable, check_k
from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

EARLIEST_YEAR = 1900
MAX_MONTHS = 120  # a custom range of at most ten years

# The tables of a summary, in the order they are shown and exported.
ADMISSIONS_BY_MONTH = "admissions_by_month"
EXITS_BY_MONTH = "exits_by_month"
AGE_BAND_BY_SEX = "age_band_by_sex"
NATIONALITY = "nationality"
PROVINCE = "province_of_origin"
REFERRAL_SOURCE = "referral_source"
EXPLOITATION_TYPE = "exploitation_type"
EDUCATION = "education"
VOCATIONAL = "vocational"
VOCATIONAL_WORK = "vocational_work"
REINTEGRATION = "reintegration"
FOLLOW_UP = "follow_up"
ASSESSMENT_CHANGE = "assessment_change"

TABLE_KEYS: tuple[str, ...] = (
    ADMISSIONS_BY_MONTH,
    EXITS_BY_MONTH,
    AGE_BAND_BY_SEX,
    NATIONALITY,
    PROVINCE,
    REFERRAL_SOURCE,
    EXPLOITATION_TYPE,
    EDUCATION,
    VOCATIONAL,
    VOCATIONAL_WORK,
    REINTEGRATION,
    FOLLOW_UP,
    ASSESSMENT_CHANGE,
)

TABLE_TITLES = {
    ADMISSIONS_BY_MONTH: QT_TRANSLATE_NOOP("Summaries", "Admissions by month and sex"),
    EXITS_BY_MONTH: QT_TRANSLATE_NOOP("Summaries", "Exits by month and reason"),
    AGE_BAND_BY_SEX: QT_TRANSLATE_NOOP("Summaries", "Residents admitted, by age at admission and sex"),
    NATIONALITY: QT_TRANSLATE_NOOP("Summaries", "Residents admitted, by nationality"),
    PROVINCE: QT_TRANSLATE_NOOP("Summaries", "Residents admitted, by province of origin"),
    REFERRAL_SOURCE: QT_TRANSLATE_NOOP("Summaries", "Residents admitted, by referral source"),
    EXPLOITATION_TYPE: QT_TRANSLATE_NOOP("Summaries", "Residents admitted, by type of exploitation"),
    EDUCATION: QT_TRANSLATE_NOOP("Summaries", "Education: residents by programme and status"),
    VOCATIONAL: QT_TRANSLATE_NOOP("Summaries", "Vocational training: residents by trade and status"),
    VOCATIONAL_WORK: QT_TRANSLATE_NOOP("Summaries", "Vocational training: residents placed in work"),
    REINTEGRATION: QT_TRANSLATE_NOOP("Summaries", "Reintegration decisions by type and status"),
    FOLLOW_UP: QT_TRANSLATE_NOOP("Summaries", "Follow-up visits due in the period, by outcome"),
    ASSESSMENT_CHANGE: QT_TRANSLATE_NOOP("Summaries", "Average change per assessment domain"),
}


class PeriodInvalid(ValidationError):
    field = "period"


YEAR_INVALID = QT_TRANSLATE_NOOP(
    "Summaries", "Choose a year from {low} to {high}: a summary cannot cover the future.")
QUARTER_INVALID = QT_TRANSLATE_NOOP("Summaries", "Choose a quarter from 1 to 4.")
RANGE_INVALID = QT_TRANSLATE_NOOP(
    "Summaries", "The last month must not come before the first month. Choose the months again.")
RANGE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Summaries", "A summary covers at most {months} months. Choose a shorter range.")
RANGE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Summaries", "The first month is in the future. Choose a period that has begun.")
TABLES_INVALID = QT_TRANSLATE_NOOP(
    "Summaries", "Choose at least one table for the summary.")
UNKNOWN_TABLE = QT_TRANSLATE_NOOP("Summaries", "There is no summary table called {name}.")


class TablesInvalid(ValidationError):
    field = "tables"


@dataclass(frozen=True)
class Period:
    """Whole months from ``start`` (the 1st of a month) to ``end`` (the last day of a month)."""

    kind: str  # "year", "quarter", "range"
    start: date
    end: date

    @property
    def label(self) -> str:
        if self.kind == "year":
            return str(self.start.year)
        if self.kind == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start:%Y-%m} – {self.end:%Y-%m}"

    def months(self) -> tuple[tuple[int, int], ...]:
        out = []
        day = self.start
        while day <= self.end:
            out.append((day.year, day.month))
            day = add_months(day, 1)
        return tuple(out)

    def audit_value(self) -> str:
        return f"{self.start:%Y-%m}..{self.end:%Y-%m}"


def _check_year(year: object, today: date) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not (
        EARLIEST_YEAR <= year <= today.year
    ):
        raise PeriodInvalid(YEAR_INVALID, low=EARLIEST_YEAR, high=today.year)
    return year


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def year_period(year: int, today: date) -> Period:
    year = _check_year(year, today)
    return Period("year", date(year, 1, 1), date(year, 12, 31))


def quarter_period(year: int, quarter: int, today: date) -> Period:
    year = _check_year(year, today)
    if isinstance(quarter, bool) or not isinstance(quarter, int) or not 1 <= quarter <= 4:
        raise PeriodInvalid(QUARTER_INVALID)
    first = 3 * (quarter - 1) + 1
    start = date(year, first, 1)
    if start > today:
        raise PeriodInvalid(RANGE_IN_FUTURE)
    return Period("quarter", start, _month_end(year, first + 2))


def range_period(first: tuple[int, int], last: tuple[int, int], today: date) -> Period:
    """A range of whole months, ``first`` and ``last`` as (year, month)."""
    for year, month in (first, last):
        _check_year(year, today)
        if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
            raise PeriodInvalid(RANGE_INVALID)
    start = date(first[0], first[1], 1)
    end = _month_end(last[0], last[1])
    if end < start:
        raise PeriodInvalid(RANGE_INVALID)
    if (last[0] - first[0]) * 12 + last[1] - first[1] + 1 > MAX_MONTHS:
        raise PeriodInvalid(RANGE_TOO_LONG, months=MAX_MONTHS)
    if start > today:
        raise PeriodInvalid(RANGE_IN_FUTURE)
    return Period("range", start, end)


def check_tables(tables: tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    """The chosen tables in their standard order; None or empty means every table."""
    if tables is None:
        return TABLE_KEYS
    chosen = set()
    for name in tables:
        if name not in TABLE_KEYS:
            raise TablesInvalid(UNKNOWN_TABLE, name=str(name)[:40])
        chosen.add(name)
    if not chosen:
        raise TablesInvalid(TABLES_INVALID)
    return tuple(key for key in TABLE_KEYS if key in chosen)


# Tables whose rows are the months of the period, oldest first: charts draw them as one line
# per column across the months (domain/summary_lines.py), the other tables as bars.
MONTHLY_TABLES = frozenset({ADMISSIONS_BY_MONTH, EXITS_BY_MONTH})


def is_monthly(key: str) -> bool:
    return key in MONTHLY_TABLES


@dataclass(frozen=True)
class SummaryRequest:
    period: Period
    tables: tuple[str, ...] = TABLE_KEYS
    k: int = DEFAULT_K

    def __post_init__(self) -> None:
        check_k(self.k)
        object.__setattr__(self, "tables", check_tables(self.tables))


@dataclass(frozen=True)
class Provenance:
    """The footer every export carries."""

    shelter: str
    period: Period
    k: int
    generated_on: date
    app_version: str


@dataclass(frozen=True)
class Summary:
    """Only protected tables: nothing in here identifies anyone."""

    provenance: Provenance
    tables: tuple[ProtectedTable, ...]
    measures: tuple[MeasureTable, ...]

    def table(self, key: str) -> ProtectedTable | None:
        return next((t for t in self.tables if t.key == key), None)

    def measure(self, key: str) -> MeasureTable | None:
        return next((t for t in self.measures if t.key == key), None)

    @property
    def keys(self) -> tuple[str, ...]:
        present = {t.key for t in self.tables} | {m.key for m in self.measures}
        return tuple(key for key in TABLE_KEYS if key in present)
