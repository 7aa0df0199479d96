"""Disclosure control for anonymized summaries (DESIGN.md section 4).

A summary table of counts (with its row, column and grand totals) is protected before anything
leaves the encrypted database:

* **Primary suppression.** Every count from 1 to k−1 is hidden; 0 is published. k is 5 by
  default and never below 3. Totals are counts too and follow the same rule.
* **Secondary suppression.** More cells are hidden until no hidden cell can be worked out from
  what is published:

  - every row and column (with its total) that hides a cell hides at least two;
  - where a row's or column's total is published, the cells it hides add up to 0 or at least k
    (their sum is itself a count anyone can compute: total minus the published cells);
  - no hidden cell is determined by the linear system of published totals. The auditor
    :func:`recoverable_cells` solves that system exactly (Gaussian elimination over fractions):
    a hidden cell is recoverable iff every solution of the homogeneous system is 0 in it.

  Extra cells are chosen smallest first, so as little as possible is lost.
* Rates are computed only from published counts (:meth:`ProtectedTable.percent`).

The protected table never carries the hidden values: what leaves this module is safe to export.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

DEFAULT_K = 5
MINIMUM_K = 3
MAXIMUM_K = 100

Position = tuple[int, int]


class ThresholdInvalid(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "Summaries",
        "The smallest count to publish must be a whole number from {low} to {high}. "
        "Type a number in that range (5 is usual).",
    )
    field = "k"


def check_k(k: object) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or not MINIMUM_K <= k <= MAXIMUM_K:
        raise ThresholdInvalid(low=MINIMUM_K, high=MAXIMUM_K)
    return k


class Reason(str, Enum):
    BELOW_K = "below_k"  # a count from 1 to k−1
    PROTECTS_OTHER = "protects_other"  # hidden so that another hidden cell cannot be derived


REASON_LABELS = {
    Reason.BELOW_K: QT_TRANSLATE_NOOP("Summaries", "Fewer than {k}: hidden to protect identities"),
    Reason.PROTECTS_OTHER: QT_TRANSLATE_NOOP(
        "Summaries", "Hidden so that another hidden number cannot be worked out from the totals"
    ),
}


@dataclass(frozen=True)
class Label:
    """A row or column heading: a stable key plus its English and Khmer words."""

    key: str
    en: str
    km: str

    def text(self, language: str) -> str:
        return (self.km or self.en) if language == "km" else (self.en or self.km)


@dataclass(frozen=True)
class CountTable:
    """Raw counts, before protection. Never exported: pass it through :func:`protect`."""

    key: str
    rows: tuple[Label, ...]
    columns: tuple[Label, ...]
    cells: tuple[tuple[int, ...], ...]

    def __post_init__(self) -> None:
        if len(self.cells) != len(self.rows):
            raise ValueError("one row of cells per row label")
        for row in self.cells:
            if len(row) != len(self.columns):
                raise ValueError("one cell per column label")
            for value in row:
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ValueError("cells are counts (whole numbers from 0)")


@dataclass(frozen=True)
class Cell:
    """A published count, or a hidden one (``value`` None) with the reason it is hidden."""

    value: int | None
    reason: Reason | None = None

    @property
    def hidden(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class ProtectedTable:
    """What may leave: counts with hidden cells, and totals (None where a table has none:
    a one-column table's row totals equal its cells, so they are not repeated)."""

    key: str
    k: int
    rows: tuple[Label, ...]
    columns: tuple[Label, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...] | None
    column_totals: tuple[Cell, ...] | None
    total: Cell

    def percent(self, row: int, column: int) -> float | None:
        """The share of a cell in its row total (its column total for one-column tables), in
        percent, or None when the cell or the total is hidden (or the total is 0)."""
        cell = self.cells[row][column]
        base = self.row_totals[row] if self.row_totals is not None else (
            self.column_totals[column] if self.column_totals is not None else self.total
        )
        if cell.value is None or base.value is None or base.value == 0:
            return None
        return 100.0 * cell.value / base.value

    def all_cells(self) -> list[Cell]:
        out = [cell for row in self.cells for cell in row]
        out.extend(self.row_totals or ())
        out.extend(self.column_totals or ())
        out.append(self.total)
        return out

    @property
    def hidden_count(self) -> int:
        return sum(1 for cell in self.all_cells() if cell.hidden)


# ---- the grid: interior cells plus totals, and the lines (equations) that bind them ----------


@dataclass(frozen=True)
class Grid:
    """A table with its totals as one grid: interior (i, j) for i < R, j < C; row totals at
    column C, column totals at row R, the grand total at (R, C). Tables with one column (one
    row) have no separate row (column) totals: the cells are their own totals."""

    values: dict[Position, int]
    lines: tuple[tuple[tuple[Position, ...], Position], ...]  # (members, total)

    @property
    def positions(self) -> list[Position]:
        return sorted(self.values)


def build_grid(cells: Sequence[Sequence[int]]) -> Grid:
    rows = len(cells)
    columns = len(cells[0]) if rows else 0
    values: dict[Position, int] = {}
    for i in range(rows):
        for j in range(columns):
            values[(i, j)] = int(cells[i][j])
    lines: list[tuple[tuple[Position, ...], Position]] = []
    if rows == 0 or columns == 0:
        values[(rows, columns)] = 0
        return Grid(values, ())
    row_total_col = columns if columns > 1 else None
    col_total_row = rows if rows > 1 else None
    if row_total_col is not None:
        for i in range(rows):
            values[(i, columns)] = sum(cells[i])
            lines.append((tuple((i, j) for j in range(columns)), (i, columns)))
    if col_total_row is not None:
        for j in range(columns):
            values[(rows, j)] = sum(cells[i][j] for i in range(rows))
            lines.append((tuple((i, j) for i in range(rows)), (rows, j)))
    grand = sum(sum(row) for row in cells)
    if row_total_col is not None and col_total_row is not None:
        values[(rows, columns)] = grand
        lines.append((tuple((i, columns) for i in range(rows)), (rows, columns)))
        lines.append((tuple((rows, j) for j in range(columns)), (rows, columns)))
    # One row and one column: the single cell is also the total (no line needed).
    return Grid(values, tuple(lines))


# ---- the auditor: which hidden cells follow from what is published -------------------------


def determined(grid: Grid, hidden: Iterable[Position]) -> set[Position]:
    """Hidden positions whose value is fixed by the published values and the line equations.

    Unknowns are the hidden positions; each line gives ``sum(members) - total = 0`` with the
    published values moved aside. A hidden cell is fixed iff every solution of the homogeneous
    system is 0 there, i.e. its pivot row in the reduced echelon form has no free columns.
    """
    unknowns = set(hidden)
    if not unknowns:
        return set()
    equations: list[dict] = []
    for members, total in grid.lines:
        row: dict = {}
        for position in members:
            if position in unknowns:
                row[position] = row.get(position, 0) + 1
        if total in unknowns:
            row[total] = row.get(total, 0) - 1
        row = {p: Fraction(v) for p, v in row.items() if v}
        if row:
            equations.append(row)
    return fixed_unknowns(equations)


def fixed_unknowns(equations: Iterable[dict]) -> set:
    """The unknowns every solution of ``equations`` (sparse rows {unknown: coefficient} = 0)
    sets to 0: exact sparse Gauss–Jordan elimination over fractions. The systems of summary
    tables are sparse (each equation is one line of a table), so rows stay short."""
    pivots: dict = {}  # pivot unknown -> its reduced row (pivot coefficient 1)
    holders: dict = {}  # non-pivot unknown -> pivots whose rows mention it
    for equation in equations:
        row = dict(equation)
        for unknown in [u for u in row if u in pivots]:
            factor = row.pop(unknown)
            for other, value in pivots[unknown].items():
                if other != unknown:
                    updated = row.get(other, 0) - factor * value
                    if updated:
                        row[other] = updated
                    else:
                        row.pop(other, None)
        if not row:
            continue
        pivot = min(row, key=str)
        lead = row[pivot]
        row = {u: v / lead for u, v in row.items()}
        for holder in list(holders.pop(pivot, ())):
            target = pivots[holder]
            factor = target.pop(pivot)
            for other, value in row.items():
                if other == pivot:
                    continue
                updated = target.get(other, 0) - factor * value
                if updated:
                    target[other] = updated
                    holders.setdefault(other, set()).add(holder)
                else:
                    target.pop(other, None)
                    holders.get(other, set()).discard(holder)
        pivots[pivot] = row
        for other in row:
            if other != pivot:
                holders.setdefault(other, set()).add(pivot)
    return {pivot for pivot, row in pivots.items() if len(row) == 1}


def recoverable_cells(table: ProtectedTable) -> set[Position]:
    """Audit a protected table: the hidden positions (row, column; totals at index R / C) whose
    value could be worked out exactly from the published numbers. Empty for a safe table."""
    rows, columns = len(table.rows), len(table.columns)
    grid = build_grid([[0] * columns for _ in range(rows)])
    hidden = {position for position, cell in _cells_by_position(table).items() if cell.hidden}
    return determined(grid, hidden)


def _cells_by_position(table: ProtectedTable) -> dict[Position, Cell]:
    rows, columns = len(table.rows), len(table.columns)
    out: dict[Position, Cell] = {}
    for i in range(rows):
        for j in range(columns):
            out[(i, j)] = table.cells[i][j]
    if table.row_totals is not None:
        for i, cell in enumerate(table.row_totals):
            out[(i, columns)] = cell
    if table.column_totals is not None:
        for j, cell in enumerate(table.column_totals):
            out[(rows, j)] = cell
    out[grand_position_of(rows, columns)] = table.total
    return out


def grand_position_of(rows: int, columns: int) -> Position:
    if rows > 1 and columns > 1:
        return (rows, columns)
    if rows > 1:
        return (rows, 0)
    if columns > 1:
        return (0, columns)
    return (0, 0)


# ---- suppression ----------------------------------------------------------------------------


def _line_problem(grid: Grid, hidden: set[Position], k: int) -> list[Position] | None:
    """The members (with total) of the first line that breaks the line rules, or None."""
    for members, total in grid.lines:
        everything = (*members, total)
        hidden_here = [p for p in everything if p in hidden]
        if not hidden_here:
            continue
        if len(hidden_here) < 2:
            return list(everything)
        if total not in hidden:
            residual = sum(grid.values[p] for p in members if p in hidden)
            if 0 < residual < k:
                return list(everything)
    return None


def _cheapest(grid: Grid, candidates: Iterable[Position], hidden: set[Position],
              interior: set[Position]) -> Position | None:
    """The published position it costs least to hide: smallest non-zero count first, inner
    cells before totals, zeros last."""
    options = [p for p in candidates if p not in hidden]
    if not options:
        return None
    return min(
        options,
        key=lambda p: (grid.values[p] == 0, grid.values[p], p not in interior, str(p)),
    )


def suppress(cells: Sequence[Sequence[int]], k: int) -> dict[Position, Reason]:
    """Which positions of the grid to hide, and why."""
    k = check_k(k)
    grid = build_grid(cells)
    interior = {(i, j) for i in range(len(cells)) for j in range(len(cells[0]) if cells else 0)}
    return _suppress_system(grid, interior, k)


def _suppress_system(grid: Grid, interior: set, k: int) -> dict:
    """Primary and secondary suppression over any system of counts and total equations (one
    table's grid, or several tables that share totals)."""
    reasons: dict = {p: Reason.BELOW_K for p, v in grid.values.items() if 0 < v < k}
    hidden = set(reasons)
    for _ in range(len(grid.values) + 1):
        line = _line_problem(grid, hidden, k)
        if line is not None:
            extra = _cheapest(grid, line, hidden, interior)
            if extra is None:  # the whole line is hidden already; cannot happen with rules met
                break
            hidden.add(extra)
            reasons[extra] = Reason.PROTECTS_OTHER
            continue
        exposed = determined(grid, hidden)
        if not exposed:
            break
        target = min(exposed, key=str)
        neighbours = [
            p for members, total in grid.lines if target in (*members, total)
            for p in (*members, total)
        ]
        extra = _cheapest(grid, neighbours, hidden, interior)
        if extra is None:
            extra = _cheapest(grid, grid.values, hidden, interior)
        if extra is None:
            break
        hidden.add(extra)
        reasons[extra] = Reason.PROTECTS_OTHER
    return reasons


def _protected(table: CountTable, k: int, grid: Grid, reason_of) -> ProtectedTable:  # type: ignore[no-untyped-def]
    rows, columns = len(table.rows), len(table.columns)

    def cell(position: Position) -> Cell:
        reason = reason_of(position)
        if reason is not None:
            return Cell(None, reason)
        return Cell(grid.values[position])

    body = tuple(tuple(cell((i, j)) for j in range(columns)) for i in range(rows))
    row_totals = tuple(cell((i, columns)) for i in range(rows)) if columns > 1 else None
    column_totals = tuple(cell((rows, j)) for j in range(columns)) if rows > 1 else None
    total = cell(grand_position_of(rows, columns))
    return ProtectedTable(table.key, k, table.rows, table.columns, body, row_totals,
                          column_totals, total)


Namer = Callable[[Position], Hashable]
SystemLine = tuple[tuple[Hashable, ...], Hashable]


@dataclass(frozen=True)
class Placed:
    """A table inside a larger system of counts: ``name`` gives each position of its grid
    (interior cells and totals, see :class:`Grid`) a name in the system. Positions of different
    tables with one name are one count (published or hidden together); ``lines`` of the system
    may add equations between names of different tables (a year is the sum of its quarters)."""

    table: CountTable
    name: Namer


def _system_names(placed: Sequence[Placed]) -> tuple[dict, list, set, list, list]:
    values: dict = {}
    lines: list = []
    interior: set = set()
    grids: list[Grid] = []
    namings: list[dict[Position, Hashable]] = []
    for t, part in enumerate(placed):
        table = part.table
        rows, columns = len(table.rows), len(table.columns)
        grid = build_grid([list(r) for r in table.cells]) if rows and columns else Grid({}, ())
        naming: dict[Position, Hashable] = {}
        for position, value in grid.values.items():
            name = part.name(position)
            if name in values and values[name] != value:
                name = ("unshared", t, position)  # not the same count after all
            values[name] = value
            naming[position] = name
        interior |= {naming[(i, j)] for i in range(rows) for j in range(columns)}
        for members, total in grid.lines:
            lines.append((tuple(naming[m] for m in members), naming[total]))
        grids.append(grid)
        namings.append(naming)
    return values, lines, interior, grids, namings


def _unique_lines(lines: Iterable[SystemLine], known: dict) -> tuple[SystemLine, ...]:
    seen: set = set()
    out = []
    for members, total in lines:
        if total not in known or any(m not in known for m in members):
            continue
        key = (frozenset(members), total)
        if key not in seen:
            seen.add(key)
            out.append((members, total))
    return tuple(out)


def protect_system(placed: Sequence[Placed], k: int = DEFAULT_K,
                   lines: Iterable[SystemLine] = ()) -> tuple[ProtectedTable, ...]:
    """Protect tables that share counts or are bound by equations as one system: primary and
    secondary suppression run over every table's lines plus ``lines`` at once, so no table
    (nor any sum between tables) gives away what another hides."""
    k = check_k(k)
    values, own_lines, interior, grids, namings = _system_names(placed)
    system = Grid(values, _unique_lines([*own_lines, *lines], values))
    reasons = _suppress_system(system, interior, k)
    out = []
    for part, grid, naming in zip(placed, grids, namings, strict=True):
        if not part.table.rows or not part.table.columns:
            out.append(protect(part.table, k))
            continue
        out.append(_protected(part.table, k, grid, lambda p, n=naming: reasons.get(n[p])))
    return tuple(out)


def system_recoverable(tables: Sequence[ProtectedTable], namers: Sequence[Namer],
                       lines: Iterable[SystemLine] = ()) -> set:
    """Audit tables published as one system (named as for :func:`protect_system`): the hidden
    counts a reader holding all of them could work out. Empty when the system is safe."""
    own_lines: list = []
    hidden: set = set()
    published: set = set()
    values: dict = {}
    for table, name in zip(tables, namers, strict=True):
        rows, columns = len(table.rows), len(table.columns)
        if not rows or not columns:
            continue
        grid = build_grid([[0] * columns for _ in range(rows)])
        for position, cell in _cells_by_position(table).items():
            values[name(position)] = 0
            (hidden if cell.hidden else published).add(name(position))
        for members, total in grid.lines:
            own_lines.append((tuple(name(m) for m in members), name(total)))
    system = Grid(values, _unique_lines([*own_lines, *lines], values))
    # A count hidden in one table but shown in another is given away outright.
    return (hidden & published) | determined(system, hidden - published)


def together_namer(table: CountTable | ProtectedTable, index: int,
                   shared_columns: Iterable[str] = (), scope: Hashable = None) -> Namer:
    """Names for tables of one population: one grand total; tables in ``shared_columns`` also
    share their column totals by column key (e.g. counts by sex). Other positions are the
    table's own (``scope`` tells apart the same table in different systems' parts)."""
    rows, columns = len(table.rows), len(table.columns)
    shares_columns = table.key in set(shared_columns) and rows > 1 and columns > 1
    grand = grand_position_of(rows, columns)

    def name(position: Position) -> Hashable:
        if position == grand and (rows > 1 or columns > 1):
            return ("grand", scope)
        if shares_columns and position[0] == rows and position[1] < columns:
            return ("column", scope, table.columns[position[1]].key)
        return ("own", scope, index, position)

    return name


def protect_together(tables: Sequence[CountTable], k: int = DEFAULT_K,
                     shared_columns: Iterable[str] = ()) -> tuple[ProtectedTable, ...]:
    """Protect tables of one population together, so that no table gives away what another
    hides: their grand totals are one number, and the tables named in ``shared_columns`` also
    share their column totals (matched by column key, e.g. counts by sex). Suppression and the
    audit run over all their equations at once; a shared total is hidden in every table or in
    none. Totals that differ in value are not shared (they are different counts)."""
    shared = tuple(shared_columns)
    placed = [Placed(t, together_namer(t, n, shared)) for n, t in enumerate(tables)]
    return protect_system(placed, k)


def linked_recoverable(tables: Sequence[ProtectedTable], shared_columns: Iterable[str] = ()
                       ) -> set:
    """Audit tables published together: hidden cells any of them would let a reader work out,
    using every table's totals at once (see :func:`protect_together` for what is shared)."""
    shared = tuple(shared_columns)
    return system_recoverable(
        tables, [together_namer(t, n, shared) for n, t in enumerate(tables)])


def protect(table: CountTable, k: int = DEFAULT_K) -> ProtectedTable:
    """The table as it may be published: every count 1..k−1 hidden, plus secondary cells."""
    k = check_k(k)
    rows, columns = len(table.rows), len(table.columns)
    cells = [list(row) for row in table.cells]
    if rows == 0 or columns == 0:
        return ProtectedTable(table.key, k, table.rows, table.columns,
                              tuple(tuple() for _ in range(rows)), None, None, Cell(0))
    reasons = suppress(cells, k)
    return _protected(table, k, build_grid(cells), reasons.get)


# ---- averages -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureRow:
    """An average over ``count`` people; both hidden when fewer than k people contribute."""

    label: Label
    count: int | None
    average: float | None
    reason: Reason | None = None


@dataclass(frozen=True)
class MeasureTable:
    key: str
    k: int
    rows: tuple[MeasureRow, ...]


def protect_measures(key: str, rows: Sequence[tuple[Label, int, float]], k: int = DEFAULT_K,
                     decimals: int = 2) -> MeasureTable:
    """Averages are published only where at least k people contribute (the average of fewer
    could be a single person's score); they are rounded to ``decimals``."""
    k = check_k(k)
    out = []
    for label, count, average in rows:
        if count >= k:
            out.append(MeasureRow(label, count, round(average, decimals)))
        elif count == 0:
            out.append(MeasureRow(label, 0, None))
        else:
            out.append(MeasureRow(label, None, None, Reason.BELOW_K))
    return MeasureTable(key, k, tuple(out))
