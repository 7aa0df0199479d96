"""What a monthly summary table's line chart draws: breaks at hidden counts, which months get a
label, and the count axis."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shelter_desktop.domain.disclosure import CountTable, Label, protect
from shelter_desktop.domain.summary import (
    ADMISSIONS_BY_MONTH,
    EXITS_BY_MONTH,
    MONTHLY_TABLES,
    NATIONALITY,
    TABLE_KEYS,
    is_monthly,
)
from shelter_desktop.domain.summary_lines import (
    column_lines,
    has_gaps,
    labels_fit,
    month_of,
    month_ticks,
    months_of,
    nice_scale,
    segments,
    slot_centre,
)

NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def measure(text: str) -> float:
    return 6.0 * len(text)


def fits(width: float, count: int):  # type: ignore[no-untyped-def]
    return lambda ticks: labels_fit(ticks, count, width, measure, gap=6, overhang=20)


def test_the_monthly_tables_are_known() -> None:
    assert MONTHLY_TABLES == {ADMISSIONS_BY_MONTH, EXITS_BY_MONTH} <= set(TABLE_KEYS)
    assert is_monthly(EXITS_BY_MONTH) and not is_monthly(NATIONALITY)
    assert not is_monthly("") and not is_monthly("admissions")


def test_a_hidden_value_breaks_the_line_and_is_never_zero() -> None:
    assert segments([]) == [] and segments([None, None]) == []
    assert segments([1, None, 3, 4, None, None, 0]) == [[(0, 1)], [(2, 3), (3, 4)], [(6, 0)]]


@given(st.lists(st.one_of(st.none(), st.integers(0, 50)), max_size=30))
def test_segments_keep_every_published_value_in_place_and_nothing_else(values) -> None:  # type: ignore[no-untyped-def]
    runs = segments(values)
    points = [p for run in runs for p in run]
    assert points == [(i, v) for i, v in enumerate(values) if v is not None]
    for run in runs:  # each stretch is unbroken
        assert [i for i, _v in run] == list(range(run[0][0], run[-1][0] + 1))
    for before, after in zip(runs, runs[1:]):  # and stretches are apart by a hidden month
        assert values[before[-1][0] + 1] is None and after[0][0] > before[-1][0] + 1


def test_column_lines_follow_the_protected_cells() -> None:
    rows = tuple(Label(f"2025-{m:02d}", f"M{m}", f"M{m}") for m in range(1, 5))
    columns = (Label("female", "Female", "ស្រី"), Label("male", "Male", "ប្រុស"))
    table = protect(CountTable(ADMISSIONS_BY_MONTH, rows, columns,
                               ((20, 10), (2, 10), (20, 10), (20, 10))), 5)
    lines = column_lines(table)
    assert [line.label.key for line in lines] == ["female", "male"]
    assert lines[0].values[1] is None and has_gaps(table)
    for j, line in enumerate(lines):
        assert line.values == tuple(row[j].value for row in table.cells)


def test_month_keys_and_bad_ones() -> None:
    assert month_of("2025-03") == (2025, 3)
    for bad in ("", "2025", "2025-13", "2025-00", "25-03", "abcd-01", "2025-3x", "r0"):
        assert month_of(bad) is None, bad
    assert months_of([Label("2025-01", "", ""), Label("2025-02", "", "")]) == [(2025, 1), (2025, 2)]
    assert months_of([Label("2025-01", "", ""), Label("KH", "", "")]) is None


def test_month_labels_thin_out_to_fit_and_write_the_year_where_it_changes() -> None:
    year = [(2025, m) for m in range(1, 13)]
    wide = month_ticks(year, NAMES, fits(600, 12))
    assert [t for _i, t in wide] == ["Jan 2025", *NAMES[1:]]
    narrow = month_ticks(year, NAMES, fits(300, 12))
    assert narrow == [(0, "Jan 2025"), (2, "Mar"), (4, "May"), (6, "Jul"), (8, "Sep"), (10, "Nov")]
    two_years = [(2024 + i // 12, i % 12 + 1) for i in range(24)]
    ticks = month_ticks(two_years, NAMES, fits(400, 24))
    texts = [t for _i, t in ticks]
    assert texts[0] == "Jan 2024" and "Jan 2025" in texts and len(texts) < 24
    decade = [(2016 + (i + 6) // 12, (i + 6) % 12 + 1) for i in range(120)]
    yearly = month_ticks(decade, NAMES, fits(500, 120))
    assert all(decade[i][1] == 1 and text == str(decade[i][0]) for i, text in yearly)
    # nothing fits at all: one label rather than a pile of overlapping ones
    assert len(month_ticks(year, NAMES, lambda _ticks: False)) == 1
    assert month_ticks([], NAMES, fits(500, 0)) == []


def test_labels_fit_checks_overlap_and_the_plot_edges() -> None:
    assert slot_centre(0, 4, 400) == 50 and slot_centre(3, 4, 400) == 350
    assert labels_fit([(0, "ab"), (1, "cd")], 2, 100, measure, gap=4)
    assert not labels_fit([(0, "abcdefgh"), (1, "abcdefgh")], 4, 200, measure, gap=4)  # overlap
    assert labels_fit([(0, "abcdefgh"), (2, "abcdefgh")], 4, 200, measure, gap=4)
    assert not labels_fit([(0, "abcdefghijkl")], 4, 100, measure, gap=4)  # past the left edge
    assert labels_fit([(0, "abcdefghijkl")], 4, 100, measure, gap=4, overhang=30)


@given(st.integers(0, 100_000))
def test_the_count_axis_is_whole_steps_above_the_highest_point(peak: int) -> None:
    top, step = nice_scale(peak)
    assert top > peak and top % step == 0 and top // step <= 5
    assert str(step).strip("0") in ("1", "2", "5")
