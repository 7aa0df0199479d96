"""Line charts of the monthly tables of an anonymized summary in the PDF (issue #5).

One line per column (each sex, each kind of exit) across the months of the period, drawn with
reportlab.graphics (LinePlot: axes, grid, lines, markers). A hidden cell breaks its line (the
stretches either side are separate lines of the same colour and dash) and a note under the chart
says what a break means; nothing is drawn as 0 or joined across a hidden month.

reportlab's chart labels are not shaped, so every word here (month labels, legend, note) is a
shaped paragraph from :mod:`layout` drawn under the plot; only the count axis (digits) is left
to the chart.
"""

from __future__ import annotations

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from ..domain.disclosure import ProtectedTable
from ..domain.summary import is_monthly
from ..domain.summary_lines import (
    LINE_COLOURS,
    LINE_DASHES,
    ColumnLine,
    Tick,
    column_lines,
    has_gaps,
    labels_fit,
    month_ticks,
    months_of,
    nice_scale,
    slot_centre,
)
from . import fonts, layout
from . import summary_labels as words

MONTHS_SHORT_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                   "Dec")
GAP_NOTE = (
    "A break in a line is a hidden count: fewer than {k} people, or hidden so that another "
    "hidden number cannot be worked out from the totals.",
    "កន្លែងដែលខ្សែដាច់ គឺជាចំនួនដែលបានលាក់៖ តិចជាង {k} នាក់ ឬលាក់ដើម្បីកុំឱ្យគេគណនាលេខដែលបានលាក់"
    "ផ្សេងទៀតពីចំនួនសរុប។",
)

PLOT_HEIGHT = 50 * mm
AXIS_WIDTH = 9 * mm  # the count labels left of the plot
RIGHT_PAD = 4 * mm
LABEL_SIZE = 7.0
LEGEND_SIZE = 7.5
SAMPLE = 18.0  # the line sample in front of a legend entry
GRID = colors.HexColor("#E3E7EC")
BELOW_ZERO = 0.04  # of the axis height


def month_names(language: str) -> tuple[str, ...]:
    if language == "km":
        return tuple(km for _en, km in words.MONTHS)
    return MONTHS_SHORT_EN


def gap_note(language: str, k: int) -> str:
    en, km = GAP_NOTE
    return (km if language == "km" else en).format(k=k)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Printed width of ``text`` (Khmer shaped), spaces included."""
    pieces = text.split()
    space = pdfmetrics.stringWidth(" ", fonts.LATIN_BOLD if bold else fonts.LATIN, size)
    return sum(fonts.word_width(p, size, bold) for p in pieces) + space * max(0, len(pieces) - 1)


def is_line_table(table: ProtectedTable) -> bool:
    """A table the PDF draws as lines: a monthly table (summary.MONTHLY_TABLES) whose rows
    are indeed months, at least two of them."""
    return (is_monthly(table.key) and len(table.rows) > 1 and bool(table.columns)
            and months_of(table.rows) is not None)


class LineChart(Flowable):
    """The flowable: plot, month labels, legend and (when a cell is hidden) the gap note."""

    def __init__(self, table: ProtectedTable, language: str, width: float) -> None:
        super().__init__()
        self.table = table
        self.language = language
        self.width = width
        self.lines: list[ColumnLine] = column_lines(table)
        self.months = months_of(table.rows) or []
        self.plot_width = width - AXIS_WIDTH - RIGHT_PAD
        label = fonts.paragraph_style("chart-label", LABEL_SIZE, color=layout.INK,
                                      leading=round(LABEL_SIZE * 1.6, 1), alignment=TA_CENTER)
        self.label_style = label
        self.legend_style = fonts.paragraph_style(
            "chart-legend", LEGEND_SIZE, color=layout.INK, leading=round(LEGEND_SIZE * 1.6, 1))
        self.note_style = layout.styles()["small"]
        self.ticks: list[Tick] = month_ticks(self.months, month_names(language), self._fits)
        self.legend_rows = self._legend_rows()
        self.note: Paragraph | None = None
        if has_gaps(table):
            self.note = layout.para(gap_note(language, table.k), self.note_style, width)
        self.height = 0.0

    # -- layout -----------------------------------------------------------------------------

    def _fits(self, ticks: list[Tick]) -> bool:
        return labels_fit(ticks, len(self.months), self.plot_width,
                          lambda text: text_width(text, LABEL_SIZE), gap=6,
                          overhang=min(AXIS_WIDTH, RIGHT_PAD) - 1)

    def _legend_rows(self) -> list[list[tuple[int, float]]]:
        """Legend entries (column index, entry width) flowed into rows as wide as the plot."""
        rows: list[list[tuple[int, float]]] = [[]]
        used = 0.0
        for j, line in enumerate(self.lines):
            entry = SAMPLE + 4 + text_width(line.label.text(self.language), LEGEND_SIZE) + 4
            if rows[-1] and used + entry > self.plot_width:
                rows.append([])
                used = 0.0
            rows[-1].append((j, entry))
            used += entry + 14
        return [row for row in rows if row]

    def _label_height(self) -> float:
        return self.label_style.leading + 3

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        height = 4 + PLOT_HEIGHT + self._label_height()
        height += len(self.legend_rows) * self.legend_style.leading + 3
        if self.note is not None:
            _w, note_height = self.note.wrap(self.width, available_height)
            height += note_height + 1
        self.height = height
        return self.width, height

    # -- drawing ----------------------------------------------------------------------------

    def _plot(self) -> Drawing:
        count = len(self.months)
        peak = max([v for line in self.lines for v in line.values if v is not None] or [0])
        top, step = nice_scale(peak)
        plot = LinePlot()
        plot.x, plot.y = AXIS_WIDTH, 4
        plot.width, plot.height = self.plot_width, PLOT_HEIGHT
        data: list[list[tuple[float, float]]] = []
        styles: list[int] = []  # the column each data row belongs to
        for j, line in enumerate(self.lines):
            for segment in line.segments:
                data.append([(float(i), float(v)) for i, v in segment])
                styles.append(j)
        plot.data = data or [[(0.0, 0.0)]]
        for r, j in enumerate(styles):
            colour = colors.HexColor(LINE_COLOURS[j % len(LINE_COLOURS)])
            dash = LINE_DASHES[j % len(LINE_DASHES)]
            plot.lines[r].strokeColor = colour
            plot.lines[r].strokeWidth = 1.6
            plot.lines[r].strokeDashArray = list(dash) if dash else None
            plot.lines[r].symbol = makeMarker("FilledCircle", size=3.4, fillColor=colour,
                                              strokeColor=colour)
        if not styles:
            plot.lines[0].strokeColor = None
        x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
        x_axis.valueMin, x_axis.valueMax = -0.5, count - 0.5
        x_axis.valueSteps = [float(i) for i, _text in self.ticks]
        x_axis.visibleLabels = 0  # shaped labels are drawn under the plot instead
        x_axis.labels.fontName = fonts.LATIN
        x_axis.strokeColor = layout.RULE
        x_axis.tickDown = 2.5
        # A little room under 0, so a month with none sits clear of the axis, not on it.
        y_axis.valueMin, y_axis.valueMax = -BELOW_ZERO * top, top
        y_axis.valueSteps = list(range(0, top + 1, step))
        y_axis.labels.fontName = fonts.LATIN
        y_axis.labels.fontSize = LABEL_SIZE
        y_axis.labels.fillColor = layout.MUTED
        y_axis.labelTextFormat = "%d"
        y_axis.strokeColor = layout.RULE
        y_axis.visibleGrid = 1
        y_axis.gridStrokeColor = GRID
        y_axis.gridStrokeWidth = 0.5
        y_axis.tickLeft = 2
        drawing = Drawing(self.width, PLOT_HEIGHT + 4)
        drawing.add(plot)
        return drawing

    def _centred(self, text: str, style, centre: float, top: float) -> None:  # type: ignore[no-untyped-def]
        width = text_width(text, style.fontSize) + 6
        paragraph = layout.para(text, style, width)
        _w, height = paragraph.wrap(width, 100)
        paragraph.drawOn(self.canv, centre - width / 2, top - height)

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        plot_bottom = top - 4 - PLOT_HEIGHT
        self._plot().drawOn(canvas, 0, plot_bottom - 4)
        y = plot_bottom - 3
        for index, text in self.ticks:
            centre = AXIS_WIDTH + slot_centre(index, len(self.months), self.plot_width)
            self._centred(text, self.label_style, centre, y)
        y -= self._label_height()
        leading = self.legend_style.leading
        for row in self.legend_rows:
            x = AXIS_WIDTH
            for j, entry in row:
                line = self.lines[j]
                colour = colors.HexColor(LINE_COLOURS[j % len(LINE_COLOURS)])
                dash = LINE_DASHES[j % len(LINE_DASHES)]
                middle = y - leading / 2 + 0.5
                canvas.saveState()
                canvas.setStrokeColor(colour)
                canvas.setFillColor(colour)
                canvas.setLineWidth(1.6)
                if dash:
                    canvas.setDash(list(dash), 0)
                canvas.line(x, middle, x + SAMPLE, middle)
                canvas.setDash([], 0)
                canvas.circle(x + SAMPLE / 2, middle, 1.7, stroke=0, fill=1)
                canvas.restoreState()
                text = line.label.text(self.language)
                width = entry - SAMPLE - 4
                paragraph = layout.para(text, self.legend_style, width + 4)
                _w, height = paragraph.wrap(width + 4, 100)
                paragraph.drawOn(canvas, x + SAMPLE + 4, y - height)
                x += entry + 14
            y -= leading
        y -= 3
        if self.note is not None:
            _w, height = self.note.wrap(self.width, self.height)
            self.note.drawOn(canvas, 0, y - height)
