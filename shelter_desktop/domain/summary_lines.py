"""What a line chart of a monthly summary table draws (issue #5), shared by the screen (Qt
Charts) and the PDF (reportlab) so both show the same thing.

A monthly table (rows are the months of the period, see :data:`summary.MONTHLY_TABLES`) becomes
one line per column across the months. A hidden cell has no value: it breaks its line (the line
stops before it and starts again after it) and is never drawn as 0 nor bridged, since a line
through it would hint at its size. The month axis labels as many months as fit, always the same
months of each year (every month, every 2nd, 3rd, 6th, then Januaries), with the year written
where it changes.

Geometry: with n months the x axis runs from −0.5 to n − 0.5, so month i sits at the centre of
the i-th of n equal slots and no point is drawn on the frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .disclosure import Label, ProtectedTable

# Screen and PDF draw column j in the same colour and dash, so a printed chart matches the
# preview; the dash (and a marker on every published month) tells the lines apart without
# colour too.
LINE_COLOURS = ("#2f6690", "#c0622d", "#2e7d32", "#7b4fa0", "#8a6d1d", "#4f5b67")
LINE_DASHES: tuple[tuple[float, ...], ...] = ((), (5, 3), (1.5, 2.5), (7, 2, 1.5, 2))
# Months between labelled months: the first that fits the width wins.
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)

Point = tuple[int, int]  # (month index, count)
Tick = tuple[int, str]  # (month index, label)


@dataclass(frozen=True)
class ColumnLine:
    """One column of a monthly table across the months: None where the cell is hidden."""

    label: Label
    values: tuple[int | None, ...]

    @property
    def segments(self) -> list[list[Point]]:
        return segments(self.values)


def column_lines(table: ProtectedTable) -> list[ColumnLine]:
    return [
        ColumnLine(column, tuple(row[j].value for row in table.cells))
        for j, column in enumerate(table.columns)
    ]


def segments(values: Sequence[int | None]) -> list[list[Point]]:
    """The unbroken stretches of published values as (index, value); a hidden value (None)
    ends one stretch, and a stretch may be a single point."""
    out: list[list[Point]] = []
    current: list[Point] = []
    for index, value in enumerate(values):
        if value is None:
            if current:
                out.append(current)
            current = []
        else:
            current.append((index, value))
    if current:
        out.append(current)
    return out


def has_gaps(table: ProtectedTable) -> bool:
    return any(cell.hidden for row in table.cells for cell in row)


def month_of(key: str) -> tuple[int, int] | None:
    """(year, month) of a monthly table's row key ("2025-03"), None for any other key."""
    year, dash, month = key.partition("-")
    if not dash or not (year.isdigit() and month.isdigit()) or len(year) != 4:
        return None
    if not 1 <= int(month) <= 12:
        return None
    return int(year), int(month)


def months_of(rows: Sequence[Label]) -> list[tuple[int, int]] | None:
    """The months of a table's rows, or None when a row is not a month."""
    out = [month_of(row.key) for row in rows]
    return None if any(m is None for m in out) else out  # type: ignore[return-value]


def _ticks(months: Sequence[tuple[int, int]], step: int,
           month_names: Sequence[str]) -> list[Tick]:
    if step < 12:
        picks = [i for i, (_y, m) in enumerate(months) if (m - 1) % step == 0]
    else:
        picks = [i for i, (y, m) in enumerate(months) if m == 1 and y % (step // 12) == 0]
    out: list[Tick] = []
    previous_year: int | None = None
    for i in picks:
        year, month = months[i]
        if step >= 12:
            text = str(year)
        elif year != previous_year:
            text = f"{month_names[month - 1]} {year}"
        else:
            text = month_names[month - 1]
        previous_year = year
        out.append((i, text))
    return out


def month_ticks(months: Sequence[tuple[int, int]], month_names: Sequence[str],
                fits: Callable[[list[Tick]], bool]) -> list[Tick]:
    """The labelled months of the axis: the densest choice that ``fits`` accepts (see
    :func:`labels_fit`). ``month_names`` are the twelve (short) month names of the language."""
    if not months:
        return []
    fallback: list[Tick] = []
    for step in MONTH_STEPS:
        ticks = _ticks(months, step, month_names)
        if not ticks:
            continue
        fallback = ticks
        if fits(ticks):
            return ticks
    if fallback:
        return fallback[:1]
    return [(0, f"{month_names[months[0][1] - 1]} {months[0][0]}")]


def slot_centre(index: int, count: int, width: float) -> float:
    """Where month ``index`` of ``count`` sits across a plot ``width`` wide."""
    return (index + 0.5) * width / max(1, count)


def labels_fit(ticks: Sequence[Tick], count: int, width: float,
               measure: Callable[[str], float], gap: float, overhang: float = 0.0) -> bool:
    """True when labels centred under their months neither overlap (``gap`` apart at least)
    nor stick out of the plot by more than ``overhang`` on either side."""
    right_edge = -overhang
    for index, text in ticks:
        half = measure(text) / 2
        centre = slot_centre(index, count, width)
        if centre - half < right_edge:
            return False
        right_edge = centre + half + gap
    return right_edge - gap <= width + overhang


def nice_scale(peak: float, most_ticks: int = 5) -> tuple[int, int]:
    """(top, step) of a count axis from 0: whole steps of 1, 2 or 5 × 10ⁿ, at most
    ``most_ticks`` steps, the top the first step above ``peak`` (so the highest point never
    touches the frame)."""
    peak = max(0.0, float(peak))
    magnitude = 1
    while True:
        for base in (1, 2, 5):
            step = base * magnitude
            steps = math.floor(peak / step) + 1
            if steps <= most_ticks:
                return step * steps, step
        magnitude *= 10
