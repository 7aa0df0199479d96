"""A year and its quarters, protected as one family, so that separate exports cannot be
combined to undo each other's suppression (differencing).

Staff export a year for a donor and each quarter for the ministry. Each export is safe alone,
but side by side a reader can subtract: a year count minus three published quarter counts gives
the fourth quarter's count, even where the quarter hid it; a quarter's month rows are the very
same counts as in the year's month table, so a month hidden in one and shown in the other is
given away. Protecting the year and its four quarters as one system (the months are shared
counts, each count of a year is the sum of the same count in its quarters) gives every count
one fate in all five periods: whichever of them are exported, together they reveal nothing.

Only tables whose counts add up over quarters take part: each resident is counted in one
quarter (admissions by admission date, exits by exit date; placements in work and reintegration
decisions by their date, where a resident rarely has two, and where she has, treating them as
sums only hides more). Tables of records running over time (education, training, follow-up
visits) count one resident in several quarters, so no year count follows from its quarters;
they are protected per period.

Custom ranges of months are protected on their own: they are not part of a family, and a
range overlapping a year or another range may still be combined with it.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from datetime import date

from .disclosure import (
    CountTable,
    Namer,
    Placed,
    Position,
    ProtectedTable,
    SystemLine,
    build_grid,
    protect_system,
    system_recoverable,
    together_namer,
)
from .summary import (
    ADMISSIONS_BY_MONTH,
    AGE_BAND_BY_SEX,
    EXITS_BY_MONTH,
    EXPLOITATION_TYPE,
    NATIONALITY,
    PROVINCE,
    REFERRAL_SOURCE,
    REINTEGRATION,
    VOCATIONAL_WORK,
    Period,
    _month_end,
    is_monthly,
)

# Tables of the residents admitted in a period: one population (one grand total; the two
# tables by sex also share their totals by sex), always protected as a whole group.
ONE_POPULATION = (ADMISSIONS_BY_MONTH, AGE_BAND_BY_SEX, NATIONALITY, PROVINCE, REFERRAL_SOURCE)
SHARED_BY_SEX = frozenset({ADMISSIONS_BY_MONTH, AGE_BAND_BY_SEX})

# Tables whose year counts are the sums of their quarter counts.
ADDITIVE = frozenset({*ONE_POPULATION, EXITS_BY_MONTH, EXPLOITATION_TYPE, VOCATIONAL_WORK,
                      REINTEGRATION})

# Groups protected as one system within a family: the population of admissions, and each
# other additive table on its own (they share no counts with any other table).
FAMILY_GROUPS: tuple[tuple[str, ...], ...] = (
    ONE_POPULATION,
    (EXITS_BY_MONTH,),
    (EXPLOITATION_TYPE,),
    (VOCATIONAL_WORK,),
    (REINTEGRATION,),
)


def group_of(key: str) -> tuple[str, ...] | None:
    return next((group for group in FAMILY_GROUPS if key in group), None)


def family_periods(period: Period) -> tuple[Period, ...]:
    """The year of a year or quarter and its four quarters (the year first); a custom range is
    a family of its own. Quarters still ahead are included: they are empty today, and give the
    year its place in the system whatever has been exported."""
    if period.kind not in ("year", "quarter"):
        return (period,)
    year = period.start.year
    quarters = tuple(
        Period("quarter", date(year, first, 1), _month_end(year, first + 2))
        for first in (1, 4, 7, 10)
    )
    return (Period("year", date(year, 1, 1), date(year, 12, 31)), *quarters)


def _namer(table: CountTable | ProtectedTable, index: int, period: Period) -> Namer:
    """Global names for one table of one period. Month rows (and their totals) are named by
    month, the same in every period; population totals by period; the rest by table,
    period and position."""
    rows, columns = len(table.rows), len(table.columns)
    population = together_namer(table, index, SHARED_BY_SEX, scope=period)
    monthly = is_monthly(table.key)  # a month's counts are the same in year and quarter

    def name(position: Position) -> Hashable:
        if monthly and position[0] < rows:
            column = table.columns[position[1]].key if position[1] < columns else "total"
            return ("month", table.key, table.rows[position[0]].key, column)
        if table.key in ONE_POPULATION:
            shared = population(position)
            if shared[0] != "own":
                return shared
        return (table.key, period, position)

    return name


def _sum_lines(tables: Mapping[Period, Sequence[CountTable | ProtectedTable]],
               periods: Sequence[Period]) -> list[SystemLine]:
    """Each position of each additive, non-monthly table of the year is the sum of that
    position in the quarters (monthly tables need none: their months are shared)."""
    if len(periods) < 2:
        return []
    year, quarters = periods[0], periods[1:]
    out: list[SystemLine] = []
    for index, table in enumerate(tables[year]):
        if is_monthly(table.key) or table.key not in ADDITIVE:
            continue
        rows, columns = len(table.rows), len(table.columns)
        if not rows or not columns:
            continue
        year_name = _namer(table, index, year)
        quarter_names = [_namer(tables[q][index], index, q) for q in quarters]
        for position in build_grid([[0] * columns for _ in range(rows)]).values:
            out.append((tuple(n(position) for n in quarter_names), year_name(position)))
    return out


def protect_family(tables: Mapping[Period, Sequence[CountTable]], periods: Sequence[Period],
                   k: int) -> dict[Period, tuple[ProtectedTable, ...]]:
    """Protect one group of tables (the same keys, in the same order, for every period of the
    family) as one system over the year and its quarters."""
    placed = [
        Placed(table, _namer(table, index, period))
        for period in periods for index, table in enumerate(tables[period])
    ]
    protected = protect_system(placed, k, _sum_lines(tables, periods))
    out: dict[Period, tuple[ProtectedTable, ...]] = {}
    cursor = 0
    for period in periods:
        size = len(tables[period])
        out[period] = protected[cursor:cursor + size]
        cursor += size
    return out


def family_recoverable(tables: Mapping[Period, Sequence[ProtectedTable]],
                       periods: Sequence[Period]) -> set:
    """Audit: hidden counts a reader holding every period's tables of a family (as exported)
    could work out. Empty when the family is safe."""
    flat = [table for period in periods for table in tables[period]]
    namers = [_namer(table, index, period)
              for period in periods for index, table in enumerate(tables[period])]
    return system_recoverable(flat, namers, _sum_lines(tables, periods))
