"""Separate exports of one year and its quarters, from a real encrypted database, cannot be
combined to work out a hidden count (domain/summary_family.py)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from conftest import create_shelter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from summary_factories import fill

from shelter_desktop.domain.roles import Role
from shelter_desktop.domain.summary import (
    ADMISSIONS_BY_MONTH,
    NATIONALITY,
    SummaryRequest,
    quarter_period,
    year_period,
)
from shelter_desktop.domain.summary_family import (
    FAMILY_GROUPS,
    family_periods,
    family_recoverable,
)
from shelter_desktop.storage.paths import DataDir

TODAY = date.today()


@settings(max_examples=4, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), residents=st.integers(20, 120), k=st.integers(3, 6))
def test_a_year_and_its_quarters_exported_separately_reveal_nothing(seed, residents, k) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        shelter = create_shelter(DataDir(Path(folder) / "data"))
        try:
            fill(shelter.services.database, shelter.users[Role.COUNSELOR].id, seed, residents,
                 years=(2025,))
            officer = shelter.users[Role.DATA_OFFICER]
            periods = family_periods(year_period(2025, TODAY))
            summaries = {p: shelter.services.summaries.build(officer, SummaryRequest(p, k=k))
                         for p in periods}
            for group in FAMILY_GROUPS:
                tables = {p: [summaries[p].table(key) for key in group] for p in periods}
                assert family_recoverable(tables, periods) == set(), group
            # one table chosen alone, for one quarter, hides exactly what the full summary hides
            quarter = quarter_period(2025, 2, TODAY)
            alone = shelter.services.summaries.build(
                officer, SummaryRequest(quarter, (NATIONALITY, ADMISSIONS_BY_MONTH), k))
            assert alone.table(NATIONALITY) == summaries[quarter].table(NATIONALITY)
            assert alone.table(ADMISSIONS_BY_MONTH) == summaries[quarter].table(
                ADMISSIONS_BY_MONTH)
        finally:
            shelter.close()
