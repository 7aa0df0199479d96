"""A year and its quarters protected as one family: separate exports cannot be combined to
undo each other's suppression, and the sparse solver behind the auditor is exact."""

from __future__ import annotations

import random
from datetime import date
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from shelter_desktop.domain.disclosure import (
    CountTable,
    Label,
    fixed_unknowns,
    protect,
    protect_together,
)
from shelter_desktop.domain.summary import (
    ADMISSIONS_BY_MONTH,
    NATIONALITY,
    VOCATIONAL_WORK,
    Period,
)
from shelter_desktop.domain.summary_family import (
    ONE_POPULATION,
    SHARED_BY_SEX,
    family_periods,
    family_recoverable,
    protect_family,
)

YEAR = 2025
SEXES = (Label("female", "Female", ""), Label("male", "Male", ""))
NATIONS = tuple(Label(c, c, "") for c in ("KH", "VN", "TH"))
TRADES = tuple(Label(t, t, "") for t in ("sewing", "cooking", "beauty", "other"))
PLACED = (Label("placed_in_work", "Placed", ""),)


def _month_label(month: int) -> Label:
    return Label(f"{YEAR}-{month:02d}", f"{YEAR}-{month:02d}", "")


def _population(months: list[int], by_month: dict[int, tuple[int, int]],
                nations: tuple[int, int, int]) -> list[CountTable]:
    """The admitted population of one period: admissions by month and sex, by nationality."""
    admissions = CountTable(
        ADMISSIONS_BY_MONTH, tuple(_month_label(m) for m in months), SEXES,
        tuple(by_month[m] for m in months))
    total = sum(sum(by_month[m]) for m in months)
    # nationality counts of the period are given for quarters; they must add up to the total
    assert sum(nations) == total
    nationality = CountTable(NATIONALITY, NATIONS, (Label("residents", "", ""),),
                             tuple((n,) for n in nations))
    padded = [admissions, nationality]
    # the family expects every table of the group, in the group's order
    others = [CountTable(key, (Label("x", "x", ""),), (Label("residents", "", ""),), ((total,),))
              for key in ONE_POPULATION if key not in (ADMISSIONS_BY_MONTH, NATIONALITY)]
    return [*padded, *others]


def _split(total: int, parts: int, draw_cut) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    cuts = sorted(draw_cut(total) for _ in range(parts - 1))
    edges = [0, *cuts, total]
    return tuple(edges[i + 1] - edges[i] for i in range(parts))


def _family_tables(by_month: dict[int, tuple[int, int]],
                   nations_by_quarter: list[tuple[int, int, int]]) -> dict[Period, list]:
    periods = family_periods(Period("year", date(YEAR, 1, 1), date(YEAR, 12, 31)))
    year, quarters = periods[0], periods[1:]
    tables = {}
    for n, quarter in enumerate(quarters):
        months = [3 * n + 1, 3 * n + 2, 3 * n + 3]
        tables[quarter] = _population(months, by_month, nations_by_quarter[n])
    year_nations = tuple(sum(q[i] for q in nations_by_quarter) for i in range(3))
    tables[year] = _population(list(range(1, 13)), by_month, year_nations)
    return tables


@st.composite
def quarterly_population(draw):  # type: ignore[no-untyped-def]
    by_month = {m: (draw(st.integers(0, 9)), draw(st.integers(0, 4))) for m in range(1, 13)}
    nations = []
    for quarter in range(4):
        total = sum(sum(by_month[m]) for m in range(3 * quarter + 1, 3 * quarter + 4))
        nations.append(_split(total, 3, lambda t: draw(st.integers(0, t))))
    return by_month, nations


@settings(max_examples=40, deadline=None)
@given(data=quarterly_population(), k=st.integers(3, 6))
def test_year_and_quarters_protected_as_a_family_reveal_nothing_together(data, k) -> None:  # type: ignore[no-untyped-def]
    by_month, nations = data
    tables = _family_tables(by_month, nations)
    periods = family_periods(Period("quarter", date(YEAR, 4, 1), date(YEAR, 6, 30)))
    protected = protect_family(tables, periods, k)
    assert family_recoverable(protected, periods) == set()
    for period in periods:
        for table in protected[period]:
            for cell in table.all_cells():
                assert cell.value is None or cell.value == 0 or cell.value >= k
    # a month has one fate: hidden (or shown) alike in the year and in its quarter
    year = protected[periods[0]][0]
    for n, quarter in enumerate(periods[1:]):
        table = protected[quarter][0]
        for i in range(3):
            assert table.cells[i] == year.cells[3 * n + i]


def _random_population(seed: int) -> tuple[dict[int, tuple[int, int]], list]:
    rng = random.Random(seed)
    by_month = {m: (rng.randint(0, 8), rng.randint(0, 3)) for m in range(1, 13)}
    nations = []
    for quarter in range(4):
        total = sum(sum(by_month[m]) for m in range(3 * quarter + 1, 3 * quarter + 4))
        nations.append(_split(total, 3, lambda t: rng.randint(0, t)))
    return by_month, nations


def test_periods_protected_one_by_one_can_be_differenced_the_family_cannot() -> None:
    """Why the family exists: among small shelters' years, protecting the year and each quarter
    alone lets some hidden counts be worked out from the exports side by side (a month shown
    in the year but hidden in its quarter, a year count minus quarter counts). As a family,
    none."""
    periods = family_periods(Period("year", date(YEAR, 1, 1), date(YEAR, 12, 31)))
    exposed_years = 0
    for seed in range(40):
        tables = _family_tables(*_random_population(seed))
        one_by_one = {p: protect_together(tables[p], 5, SHARED_BY_SEX) for p in periods}
        if family_recoverable(one_by_one, periods):
            exposed_years += 1
        assert family_recoverable(protect_family(tables, periods, 5), periods) == set()
    assert exposed_years >= 5


def test_year_counts_are_sums_of_quarter_counts_in_the_audit() -> None:
    """Placements in work: the year shows 7 in sewing, three quarters show 0, 0 and 5: the
    hidden quarter is 2 unless the family hides more."""
    def table(values: tuple[int, ...]) -> CountTable:
        return CountTable(VOCATIONAL_WORK, TRADES, PLACED, tuple((v,) for v in values))

    quarters = [(2, 9, 9, 9), (0, 9, 9, 9), (0, 9, 9, 9), (5, 9, 9, 9)]
    year = tuple(sum(q[i] for q in quarters) for i in range(4))
    periods = family_periods(Period("year", date(YEAR, 1, 1), date(YEAR, 12, 31)))
    raw = {periods[0]: [table(year)], **{p: [table(q)] for p, q in zip(periods[1:], quarters,
                                                                        strict=True)}}
    one_by_one = {p: (protect(raw[p][0], 5),) for p in periods}
    assert family_recoverable(one_by_one, periods)
    family = protect_family(raw, periods, 5)
    assert family_recoverable(family, periods) == set()
    assert family[periods[1]][0].cells[0][0].value is None


def test_a_custom_range_is_a_family_of_its_own() -> None:
    months = Period("range", date(YEAR, 2, 1), date(YEAR, 7, 31))
    assert family_periods(months) == (months,)
    quarter = Period("quarter", date(YEAR, 10, 1), date(YEAR, 12, 31))
    family = family_periods(quarter)
    assert family[0] == Period("year", date(YEAR, 1, 1), date(YEAR, 12, 31))
    assert quarter in family and len(family) == 5


# ---- the sparse solver against a plain dense one ------------------------------------------


def _dense_fixed(equations: list[dict], unknowns: list) -> set:
    rows = [[Fraction(eq.get(u, 0)) for u in unknowns] for eq in equations]
    pivots: list[int] = []
    r = 0
    for c in range(len(unknowns)):
        pivot = next((i for i in range(r, len(rows)) if rows[i][c] != 0), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        rows[r] = [v / rows[r][c] for v in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][c] != 0:
                f = rows[i][c]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[r], strict=True)]
        pivots.append(c)
        r += 1
    free = [c for c in range(len(unknowns)) if c not in pivots]
    return {unknowns[c] for row, c in zip(rows, pivots, strict=False)
            if all(row[f] == 0 for f in free)}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.integers(0, 11), st.integers(-2, 2).filter(bool),
                                min_size=1, max_size=5), max_size=14))
def test_sparse_solver_finds_exactly_the_unknowns_a_dense_solver_finds(equations) -> None:  # type: ignore[no-untyped-def]
    unknowns = sorted({u for eq in equations for u in eq})
    sparse = fixed_unknowns([{u: Fraction(v) for u, v in eq.items()} for eq in equations])
    assert sparse == _dense_fixed(equations, unknowns)
