"""Age bands (DESIGN.md section 4): 0–5, 6–11, 12–14, 15–17, 18+.

The list filters by band in SQL, so a band is turned into a range of dates of birth for a given
day rather than computing every resident's age.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from .clock import age_on
from .i18n import QT_TRANSLATE_NOOP


class AgeBand(str, Enum):
    UNDER_6 = "0-5"
    AGE_6_11 = "6-11"
    AGE_12_14 = "12-14"
    AGE_15_17 = "15-17"
    ADULT = "18+"

    @property
    def youngest(self) -> int:
        return _LIMITS[self][0]

    @property
    def oldest(self) -> int | None:
        """None for the open band 18+."""
        return _LIMITS[self][1]


_LIMITS: dict[AgeBand, tuple[int, int | None]] = {
    AgeBand.UNDER_6: (0, 5),
    AgeBand.AGE_6_11: (6, 11),
    AgeBand.AGE_12_14: (12, 14),
    AgeBand.AGE_15_17: (15, 17),
    AgeBand.ADULT: (18, None),
}

AGE_BAND_LABELS = {
    AgeBand.UNDER_6: QT_TRANSLATE_NOOP("AgeBands", "0–5 years"),
    AgeBand.AGE_6_11: QT_TRANSLATE_NOOP("AgeBands", "6–11 years"),
    AgeBand.AGE_12_14: QT_TRANSLATE_NOOP("AgeBands", "12–14 years"),
    AgeBand.AGE_15_17: QT_TRANSLATE_NOOP("AgeBands", "15–17 years"),
    AgeBand.ADULT: QT_TRANSLATE_NOOP("AgeBands", "18 years and older"),
}


@dataclass(frozen=True)
class BirthDateRange:
    """Dates of birth of people in a band on one day: ``born_after < dob <= born_on_or_before``.

    ``born_after`` is None for the open band (18+).
    """

    born_after: date | None
    born_on_or_before: date

    def contains(self, born: date) -> bool:
        return born <= self.born_on_or_before and (
            self.born_after is None or born > self.born_after
        )


def band_for_age(age: int) -> AgeBand | None:
    """The band of an age in whole years; None for a negative age."""
    for band, (youngest, oldest) in _LIMITS.items():
        if age >= youngest and (oldest is None or age <= oldest):
            return band
    return None


def band_on(born: date, day: date) -> AgeBand | None:
    return band_for_age(age_on(born, day))


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier; 29 February becomes 28 February."""
    year = day.year - years
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a year that has none
        return date(year, 2, 28)


def birth_date_range(band: AgeBand, day: date) -> BirthDateRange:
    """Who is ``band`` on ``day``: at least ``youngest`` and at most ``oldest`` years old.

    Aged at least n on ``day`` means born on or before the same day n years earlier; aged at
    most m means not yet m + 1, i.e. born after the same day m + 1 years earlier.
    """
    latest = years_before(day, band.youngest)
    oldest = band.oldest
    earliest = None if oldest is None else years_before(day, oldest + 1)
    return BirthDateRange(earliest, latest)
