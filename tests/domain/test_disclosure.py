"""Disclosure control: primary and secondary suppression, checked against an independent
brute-force attacker that looks for another table consistent with everything published."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shelter_desktop.domain.disclosure import (
    DEFAULT_K,
    Cell,
    CountTable,
    Label,
    ProtectedTable,
    Reason,
    ThresholdInvalid,
    check_k,
    linked_recoverable,
    protect,
    protect_measures,
    protect_together,
    recoverable_cells,
)


def labels(prefix: str, n: int) -> tuple[Label, ...]:
    return tuple(Label(f"{prefix}{i}", f"{prefix} {i}", f"ក{i}") for i in range(n))


def table(cells: list[list[int]]) -> CountTable:
    return CountTable("t", labels("r", len(cells)), labels("c", len(cells[0])),
                      tuple(tuple(row) for row in cells))


# ---- an independent model of what an attacker sees ------------------------------------------


def published_grid(cells: list[list[int]], protected: ProtectedTable):
    """(true values, hidden positions, equations) written out here from scratch: each equation
    is a list of (position, sign) whose signed sum is 0."""
    rows, columns = len(cells), len(cells[0])
    values: dict[tuple[int, int], int] = {}
    hidden: set[tuple[int, int]] = set()

    def put(position, true_value, cell: Cell):
        values[position] = true_value
        if cell.value is None:
            hidden.add(position)
        else:
            assert cell.value == true_value, "a published number must be the true count"

    for i in range(rows):
        for j in range(columns):
            put((i, j), cells[i][j], protected.cells[i][j])
    equations = []
    row_sums = [sum(r) for r in cells]
    col_sums = [sum(cells[i][j] for i in range(rows)) for j in range(columns)]
    grand = sum(row_sums)
    if columns > 1:
        assert protected.row_totals is not None
        for i in range(rows):
            put(("R", i), row_sums[i], protected.row_totals[i])
            equations.append([((i, j), 1) for j in range(columns)] + [(("R", i), -1)])
    if rows > 1:
        assert protected.column_totals is not None
        for j in range(columns):
            put(("C", j), col_sums[j], protected.column_totals[j])
            equations.append([((i, j), 1) for i in range(rows)] + [(("C", j), -1)])
    put(("G", 0), grand, protected.total)
    if columns > 1:
        equations.append([(("R", i), 1) for i in range(rows)] + [(("G", 0), -1)])
    if rows > 1:
        equations.append([(("C", j), 1) for j in range(columns)] + [(("G", 0), -1)])
    if rows == 1 and columns == 1:
        equations.append([((0, 0), 1), (("G", 0), -1)])
    return values, hidden, equations


def another_table_exists(values, hidden, equations, target) -> bool:
    """Is there a non-negative table, equal to the truth wherever published and satisfying
    every total, whose value at ``target`` differs? Searches changes of -1, 0, +1 per hidden
    cell (the totals' equations have ±1 cycles, so this is enough to find one)."""
    order = sorted(hidden, key=str)
    delta: dict = {}
    relevant = [eq for eq in equations if any(p in hidden for p, _ in eq)]

    def consistent() -> bool:
        for eq in relevant:
            if all(p in delta or p not in hidden for p, _ in eq):
                if sum(sign * delta.get(p, 0) for p, sign in eq) != 0:
                    return False
        return True

    def search(n: int) -> bool:
        if n == len(order):
            return delta[target] != 0
        position = order[n]
        for d in (1, -1, 0):
            if values[position] + d < 0:
                continue
            delta[position] = d
            if consistent() and search(n + 1):
                return True
            del delta[position]
        return False

    return search(0)


small_tables = st.integers(1, 3).flatmap(
    lambda rows: st.integers(1, 4).flatmap(
        lambda columns: st.lists(
            st.lists(st.one_of(st.integers(0, 6), st.integers(0, 40)),
                     min_size=columns, max_size=columns),
            min_size=rows, max_size=rows,
        )
    )
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=small_tables, k=st.integers(3, 6))
def test_no_published_count_below_k_and_no_hidden_cell_derivable(cells, k) -> None:
    protected = protect(table(cells), k)
    for cell in protected.all_cells():
        if cell.value is not None:
            assert cell.value == 0 or cell.value >= k
        else:
            assert cell.reason in (Reason.BELOW_K, Reason.PROTECTS_OTHER)
    values, hidden, equations = published_grid(cells, protected)
    for position in hidden:
        assert another_table_exists(values, hidden, equations, position), position
    assert recoverable_cells(protected) == set()


@settings(max_examples=150, deadline=None)
@given(cells=small_tables, k=st.integers(3, 6))
def test_hidden_cells_of_a_line_with_published_total_add_up_to_k_or_more(cells, k) -> None:
    protected = protect(table(cells), k)
    values, hidden, equations = published_grid(cells, protected)
    for eq in equations:
        hidden_here = [p for p, _ in eq if p in hidden]
        assert len(hidden_here) != 1
        total = next(p for p, sign in eq if sign == -1)
        if hidden_here and total not in hidden:
            assert sum(values[p] for p in hidden_here) >= k


@settings(max_examples=60, deadline=None)
@given(
    cells=st.integers(2, 8).flatmap(
        lambda rows: st.lists(st.lists(st.integers(0, 30), min_size=6, max_size=6),
                              min_size=rows, max_size=rows)),
)
def test_larger_tables_pass_the_exact_auditor(cells) -> None:
    protected = protect(table(cells), DEFAULT_K)
    assert recoverable_cells(protected) == set()
    assert all(c.value is None or c.value == 0 or c.value >= DEFAULT_K
               for c in protected.all_cells())


def test_zero_is_published_and_large_counts_untouched() -> None:
    protected = protect(table([[0, 12], [7, 30]]), 5)
    assert [[c.value for c in row] for row in protected.cells] == [[0, 12], [7, 30]]
    assert protected.hidden_count == 0


def test_a_single_small_cell_hides_a_partner_in_its_row_and_column() -> None:
    protected = protect(table([[2, 10, 20], [30, 40, 50], [60, 70, 80]]), 5)
    assert protected.cells[0][0] == Cell(None, Reason.BELOW_K)
    row = [c for c in protected.cells[0] if c.hidden]
    column = [protected.cells[i][0] for i in range(3) if protected.cells[i][0].hidden]
    assert len(row) >= 2 and len(column) >= 2
    assert any(c.reason is Reason.PROTECTS_OTHER for c in row)
    # the smallest partner is chosen: 10 in the row, 30 in the column
    assert protected.cells[0][1].hidden and protected.cells[1][0].hidden
    assert not protected.cells[2][2].hidden


def test_small_totals_are_hidden_too() -> None:
    protected = protect(table([[1, 0], [2, 0]]), 5)
    assert protected.total.hidden
    assert protected.row_totals is not None and all(c.hidden for c in protected.row_totals)


def test_percent_only_from_published_counts() -> None:
    protected = protect(table([[2, 10, 20], [30, 40, 50]]), 5)
    assert protected.percent(0, 0) is None
    assert not protected.cells[1][2].hidden and protected.row_totals[1].value == 120
    assert protected.percent(1, 2) == pytest.approx(100 * 50 / 120)


@pytest.mark.parametrize("k", [2, 0, -1, 101, 2.5, "5", True])
def test_k_below_three_or_not_a_whole_number_is_refused(k) -> None:
    with pytest.raises(ThresholdInvalid):
        check_k(k)
    with pytest.raises(ThresholdInvalid):
        protect(table([[5]]), k)


def test_counts_must_be_whole_numbers_from_zero() -> None:
    with pytest.raises(ValueError):
        table([[1, -1]])
    with pytest.raises(ValueError):
        CountTable("t", labels("r", 1), labels("c", 2), ((1,),))


def test_averages_need_k_contributors() -> None:
    rows = [(Label("a", "A", "ក"), 4, 1.25), (Label("b", "B", "ខ"), 9, 0.3333), (Label("c", "C", "គ"), 0, 0.0)]
    measures = protect_measures("change", rows, 5)
    assert measures.rows[0].average is None and measures.rows[0].count is None
    assert measures.rows[0].reason is Reason.BELOW_K
    assert measures.rows[1].count == 9 and measures.rows[1].average == 0.33
    assert measures.rows[2].count == 0 and measures.rows[2].average is None


def test_khmer_labels() -> None:
    label = Label("female", "Female", "ស្រី")
    assert label.text("km") == "ស្រី" and label.text("en") == "Female"
    assert Label("x", "X", "").text("km") == "X"


# ---- tables of one population, protected together -------------------------------------------


def linked_equations(tables: list[tuple[str, list[list[int]]]], protected, shared: set[str]):
    """Values, hidden names and equations of several tables whose grand totals are one number
    and whose column totals are shared where the table's key is in ``shared``."""
    values: dict = {}
    hidden: set = set()
    equations = []

    def put(name, value, cell: Cell) -> None:
        assert values.setdefault(name, value) == value
        assert cell.value in (None, value)
        if cell.value is None:
            hidden.add(name)
        else:
            assert name not in hidden, "a shared total is hidden in one table, shown in another"

    for t, ((key, cells), table) in enumerate(zip(tables, protected, strict=True)):
        rows, columns = len(cells), len(cells[0])
        col_name = (lambda j: ("col", j)) if key in shared else (lambda j, t=t: (t, "C", j))
        for i in range(rows):
            for j in range(columns):
                put((t, i, j), cells[i][j], table.cells[i][j])
        put(("G",), sum(map(sum, cells)), table.total)
        if columns > 1:
            for i in range(rows):
                put((t, "R", i), sum(cells[i]), table.row_totals[i])
                equations.append([((t, i, j), 1) for j in range(columns)] + [((t, "R", i), -1)])
            equations.append([((t, "R", i), 1) for i in range(rows)] + [(("G",), -1)])
            for j in range(columns):
                put(col_name(j), sum(r[j] for r in cells), table.column_totals[j])
                equations.append([((t, i, j), 1) for i in range(rows)] + [(col_name(j), -1)])
            equations.append([(col_name(j), 1) for j in range(columns)] + [(("G",), -1)])
        else:
            equations.append([((t, i, 0), 1) for i in range(rows)] + [(("G",), -1)])
    return values, hidden, equations


@st.composite
def one_population(draw):  # type: ignore[no-untyped-def]
    """A 2x3 table by sex, another 2x3 with the same counts by sex, a 3x1 with the same total."""
    first = [[draw(st.one_of(st.integers(0, 5), st.integers(0, 25))) for _ in range(3)]
             for _ in range(2)]
    sums = [first[0][j] + first[1][j] for j in range(3)]
    cut = [draw(st.integers(0, s)) for s in sums]
    second = [cut, [s - c for s, c in zip(sums, cut, strict=True)]]
    grand = sum(sums)
    a = draw(st.integers(0, grand))
    b = draw(st.integers(0, grand - a))
    third = [[a], [b], [grand - a - b]]
    return [("by_month", first), ("by_age", second), ("by_nationality", third)]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables=one_population(), k=st.integers(3, 5))
def test_tables_of_one_population_hide_nothing_another_table_gives_away(tables, k) -> None:
    shared = {"by_month", "by_age"}
    count_tables = [
        CountTable(key, labels("r", len(cells)),
                   labels("c", len(cells[0])) if len(cells[0]) > 1 else (Label("n", "n", "n"),),
                   tuple(tuple(r) for r in cells))
        for key, cells in tables
    ]
    protected = protect_together(count_tables, k, shared)
    for table in protected:
        for cell in table.all_cells():
            assert cell.value is None or cell.value == 0 or cell.value >= k
    values, hidden, equations = linked_equations(tables, protected, shared)
    for name in hidden:
        assert another_table_exists(values, hidden, equations, name), name
    assert linked_recoverable(protected, shared) == set()


def test_separately_protected_tables_can_give_each_other_away() -> None:
    """Why protect_together exists: protected one by one, the second table hides counts by
    sex that the first one publishes (or lets a reader work out); together nothing leaks."""
    shared = {"by_month", "by_age"}
    by_month = CountTable("by_month", labels("m", 2), labels("s", 3), ((0, 15, 0), (36, 0, 39)))
    by_age = CountTable("by_age", labels("a", 2), labels("s", 3), ((3, 15, 20), (33, 0, 19)))
    alone = [protect(by_month, 5), protect(by_age, 5)]
    assert recoverable_cells(alone[0]) == set() and recoverable_cells(alone[1]) == set()
    assert linked_recoverable(alone, shared)  # each is safe alone, not side by side
    together = protect_together([by_month, by_age], 5, shared)
    assert linked_recoverable(together, shared) == set()
    assert [c.hidden for c in together[0].column_totals] == [
        c.hidden for c in together[1].column_totals]
