"""Line charts of the monthly tables in the summary PDF: one line per column across the months,
broken (never 0, never bridged) where a count is hidden, month labels and a legend as shaped
text, a note saying what a break means; other tables keep their bars."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from summary_factories import pdf_text

from shelter_desktop.domain.disclosure import CountTable, Label, protect
from shelter_desktop.domain.summary import (
    ADMISSIONS_BY_MONTH,
    EXITS_BY_MONTH,
    NATIONALITY,
    Provenance,
    Summary,
    year_period,
)
from shelter_desktop.domain.summary_lines import LINE_COLOURS, segments
from shelter_desktop.reports import summary_charts, summary_export
from shelter_desktop.reports import summary_labels as words

SEXES = [words.label("female"), words.label("male"), words.label("other")]
REASONS = [words.label(r, f"exit_{r}") for r in ("reintegrated", "transferred", "absconded", "closed")]


def admissions_cells() -> list[tuple[int, int, int]]:
    """Twelve months of female, male, other: males 2 in June (below k) and "other" small in
    most months, so lines break; the rest published."""
    out = []
    for m in range(1, 13):
        male = 2 if m == 6 else 10 + m
        other = 7 if m in (1, 2, 3, 10, 11, 12) else 1
        out.append((20 + m, male, other))
    return out


def summary_with(tables: list, k: int = 5) -> Summary:
    provenance = Provenance("Demo Shelter", year_period(2025, date(2026, 1, 1)), k,
                            date(2026, 1, 15), "0.1.0")
    return Summary(provenance, tuple(tables), ())


def monthly(key: str, columns: list[Label], cells: list[tuple[int, ...]], k: int = 5):  # type: ignore[no-untyped-def]
    rows = tuple(words.month_label(2025, m) for m in range(1, len(cells) + 1))
    return protect(CountTable(key, rows, tuple(columns), tuple(cells)), k)


def nationality(k: int = 5):  # type: ignore[no-untyped-def]
    rows = (words.label("KH"), words.label("VN"), words.label("TH"))
    return protect(CountTable(NATIONALITY, rows, (words.label("residents"),),
                              ((40,), (9,), (2,))), k)


def colour_pixels(png: Path, hex_colour: str, tolerance: int = 40) -> int:
    target = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    image = Image.open(png).convert("RGB")
    counts = image.getcolors(image.width * image.height) or []
    return sum(n for n, pixel in counts
               if all(abs(a - b) <= tolerance for a, b in zip(pixel, target, strict=True)))


def render_page(data: bytes, tmp_path: Path, name: str, page: int = 1) -> Path:
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", str(page), "-l", str(page),
                    str(pdf), str(tmp_path / name)], check=True)
    return next(tmp_path.glob(f"{name}-*{page}.png"))


def test_the_plot_has_a_line_per_column_broken_at_hidden_months() -> None:
    table = monthly(ADMISSIONS_BY_MONTH, SEXES, admissions_cells())
    assert summary_charts.is_line_table(table)
    chart = summary_charts.LineChart(table, "en", 500)
    plot = chart._plot().contents[0]
    for j in range(3):
        values = [row[j].value for row in table.cells]
        hidden = [i for i, v in enumerate(values) if v is None]
        assert hidden  # every column hides some month here (secondary suppression included)
        drawn = [plot.data[r] for r in range(len(plot.data))
                 if plot.lines[r].strokeColor == summary_charts.colors.HexColor(LINE_COLOURS[j])]
        assert [[(int(x), int(y)) for x, y in row] for row in drawn] == segments(values)
        for row in drawn:  # nothing at a hidden month: no 0, no bridge
            assert not {int(x) for x, _y in row} & set(hidden)
    assert [text for _i, text in chart.ticks][:2] == ["Jan 2025", "Feb"]
    assert chart.note is not None


def test_pdf_draws_monthly_tables_as_lines_with_legend_month_labels_and_gap_note(tmp_path: Path) -> None:
    admissions = monthly(ADMISSIONS_BY_MONTH, SEXES, admissions_cells())
    exits = monthly(EXITS_BY_MONTH, REASONS, [(6, 0, 7, 5)] * 6 + [(8, 3, 9, 5)] * 6)
    summary = summary_with([admissions, exits, nationality()])
    data = summary_export.build_pdf(summary, "en")
    text = pdf_text(data)
    words_seen = text.split()
    # the legend repeats each column label below its table's header
    for label in ("Female", "Male", "Other", "Reintegrated", "Transferred"):
        assert text.count(label) >= 2, label
    assert "Left without notice" in text and text.count("Case closed") >= 2
    # month labels of the chart (the table says "January 2025")
    assert "Jan 2025" in text and {"Feb", "Jun", "Dec"} <= set(words_seen)
    assert "A break in a line is a hidden count: fewer than 5 people" in " ".join(words_seen)
    page = render_page(data, tmp_path, "en")
    for colour in LINE_COLOURS[1:3]:  # orange and green are used by the lines only
        assert colour_pixels(page, colour) > 40, colour
    # other tables keep their bars and no line colours appear with them
    bars_only = summary_export.build_pdf(summary_with([nationality()]), "en")
    assert "A break in a line" not in pdf_text(bars_only)
    bars_page = render_page(bars_only, tmp_path, "bars")
    assert colour_pixels(bars_page, LINE_COLOURS[1]) == 0
    assert colour_pixels(bars_page, "#3e6a9a", 10) > 20


def test_khmer_pdf_chart_has_ink_and_shaped_labels(tmp_path: Path) -> None:
    admissions = monthly(ADMISSIONS_BY_MONTH, SEXES, admissions_cells())
    summary = summary_with([admissions])
    chart = summary_charts.LineChart(admissions, "km", 500)
    assert [text for _i, text in chart.ticks][:2] == ["មករា 2025", "កុម្ភៈ"]
    assert summary_charts.gap_note("km", 5).startswith("កន្លែងដែលខ្សែដាច់")
    data = summary_export.build_pdf(summary, "km")
    page = render_page(data, tmp_path, "km")
    for colour in LINE_COLOURS[:3]:
        assert colour_pixels(page, colour) > 40, colour
    assert "Female" not in pdf_text(data)


def test_no_gap_note_when_nothing_is_hidden_and_long_ranges_thin_the_month_labels() -> None:
    rows = tuple(words.month_label(2016 + i // 12, i % 12 + 1) for i in range(120))
    table = protect(CountTable(ADMISSIONS_BY_MONTH, rows, tuple(SEXES),
                               tuple((20, 30, 40) for _ in rows)), 5)
    chart = summary_charts.LineChart(table, "en", summary_export.layout.CONTENT_WIDTH)
    assert chart.note is None
    ticks = [text for _i, text in chart.ticks]
    assert 2 <= len(ticks) <= 12 and "2016" in ticks[0]
    widths = [summary_charts.text_width(t, summary_charts.LABEL_SIZE) for t in ticks]
    assert sum(widths) < chart.plot_width


@pytest.mark.parametrize("rows", [
    (Label("r0", "a", "a"), Label("r1", "b", "b")),  # not months
    (Label("2025-01", "January 2025", "មករា 2025"),),  # a single month: no line to draw
])
def test_tables_that_are_not_months_keep_their_bars(rows: tuple[Label, ...]) -> None:
    table = protect(CountTable(ADMISSIONS_BY_MONTH, rows, tuple(SEXES),
                               tuple((10, 10, 10) for _ in rows)), 5)
    assert not summary_charts.is_line_table(table)
    assert not summary_charts.is_line_table(nationality())
    data = summary_export.build_pdf(summary_with([table]), "en")
    assert "A break in a line" not in pdf_text(data)


def test_a_column_hidden_in_every_month_is_in_the_legend_without_a_line() -> None:
    cells = [(30, 1, 10)] * 12  # every male count is below k
    table = monthly(ADMISSIONS_BY_MONTH, SEXES, cells)
    assert all(row[1].hidden for row in table.cells)
    chart = summary_charts.LineChart(table, "en", 500)
    legend = [chart.lines[j].label.en for row in chart.legend_rows for j, _w in row]
    assert legend == ["Female", "Male", "Other"]
    plot = chart._plot().contents[0]
    male = summary_charts.colors.HexColor(LINE_COLOURS[1])
    assert not any(plot.lines[r].strokeColor == male for r in range(len(plot.data)))
    data = summary_export.build_pdf(summary_with([table]), "en")
    assert pdf_text(data).count("Male") >= 2
