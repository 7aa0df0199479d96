"""The chart beside a summary table on the Reports page (issue #5): one ProtectedTable in, one
Qt chart out.

A monthly table (summary.MONTHLY_TABLES) is drawn as lines: one per column (each sex, each
kind of exit) across the months, in the colours and dashes the PDF uses (domain/summary_lines).
A hidden cell breaks its line: the stretches either side are separate series of the same pen,
and a lone published month between two hidden ones is a point. Nothing hidden is drawn as 0 or
bridged; :meth:`SummaryChart.gap_note` says what a break means, for a note under the chart.
Every other table keeps its bars of published row totals (hidden ones left out).

The month axis labels as many months as fit the plot's width and relabels when the width
changes. No animations: the chart must never move while someone is reading it.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalBarSeries,
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QApplication

from ..domain.disclosure import ProtectedTable
from ..domain.summary import is_monthly
from ..domain.summary_lines import (
    LINE_COLOURS,
    LINE_DASHES,
    column_lines,
    has_gaps,
    labels_fit,
    month_ticks,
    months_of,
    nice_scale,
)

BAR_COLOUR = QColor("#3e6a9a")
MAX_CHART_BARS = 40
LINE_WIDTH = 2.2
BARS, LINES = "bars", "lines"
ZWSP = "\u200b"
BELOW_ZERO = 0.04  # of the axis height
LABEL_OVERHANG = 24.0  # pixels a month label may reach past the plot (under the count axis)


def line_pen(column: int) -> QPen:
    """Column ``column``'s pen: the PDF's colour and dash for the same column."""
    pen = QPen(QColor(LINE_COLOURS[column % len(LINE_COLOURS)]), LINE_WIDTH)
    dash = LINE_DASHES[column % len(LINE_DASHES)]
    if dash:
        # Qt measures dashes in pen widths, the PDF in points: this draws them 1.6 times the
        # PDF's lengths in pixels, which looks the same at screen size.
        pen.setDashPattern([length / LINE_WIDTH * 1.6 for length in dash])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def marker_size(months: int) -> float:
    """Qt draws a line's points with this radius: smaller as the months get many, so points
    never merge into a smear."""
    return 4.0 if months <= 12 else 3.2 if months <= 24 else 2.2


def short_month_names(language: str) -> list[str]:
    locale = QLocale(QLocale.Language.Khmer if language == "km" else QLocale.Language.English,
                     QLocale.Country.Cambodia if language == "km"
                     else QLocale.Country.UnitedKingdom)
    return [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]


class SummaryChart(QChart):
    def __init__(self) -> None:
        super().__init__()
        self.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setMargins(QMargins(4, 4, 4, 4))
        self.legend().setVisible(False)
        self.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.kind = ""
        self._table: ProtectedTable | None = None
        self._months: list[tuple[int, int]] = []
        self._month_names: list[str] = []
        self._month_axis: QCategoryAxis | None = None
        self._lines: list[tuple[str, list[QLineSeries]]] = []  # column label, its stretches
        self.plotAreaChanged.connect(self._plot_area_changed)

    # -- what is shown, for the page and for tests --------------------------------------------

    def bar_values(self) -> list[float]:
        out: list[float] = []
        for series in self.series():
            if isinstance(series, QHorizontalBarSeries):
                for bar_set in series.barSets():
                    out.extend(bar_set.at(i) for i in range(bar_set.count()))
        return out

    def line_values(self) -> dict[str, list[float | None]]:
        """Per column label, the value drawn at each month, None where its line is broken:
        read back from the series themselves."""
        out: dict[str, list[float | None]] = {}
        for label, stretches in self._lines:
            values: list[float | None] = [None] * len(self._months)
            for series in stretches:
                for point in series.points():
                    values[round(point.x())] = point.y()
            out[label] = values
        return out

    def line_series(self) -> dict[str, list[QLineSeries]]:
        return {label: list(stretches) for label, stretches in self._lines}

    def month_labels(self) -> list[str]:
        axis = self._month_axis
        if axis is None:
            return []
        return [label.replace(ZWSP, "") for label in axis.categoriesLabels()]

    def has_gaps(self) -> bool:
        return self.kind == LINES and self._table is not None and has_gaps(self._table)

    def gap_note(self) -> str:
        """What a break in a line means, or "" when no line is broken."""
        if not self.has_gaps():
            return ""
        assert self._table is not None
        return self.tr(
            "A break in a line is a hidden count: fewer than {k} people, or hidden so that "
            "another hidden number cannot be worked out from the totals."
        ).format(k=self._table.k)

    # -- drawing ------------------------------------------------------------------------------

    def clear_table(self) -> None:
        self.removeAllSeries()
        for axis in self.axes():
            self.removeAxis(axis)
        self.setTitle("")
        self.legend().setVisible(False)
        self.kind = ""
        self._table = None
        self._months = []
        self._month_axis = None
        self._lines = []

    def show_table(self, table: ProtectedTable, language: str) -> None:
        self.clear_table()
        self._table = table
        months = months_of(table.rows)
        if is_monthly(table.key) and months is not None and len(months) > 1 and table.columns:
            self._show_lines(table, months, language)
        else:
            self._show_bars(table, language)

    def _fonts(self) -> tuple[QFont, QFont]:
        """Label and title fonts from the application font (Noto Sans + Noto Sans Khmer), so
        Khmer is shaped by Noto Sans Khmer rather than by whatever the chart theme picks."""
        base = QApplication.font()
        labels = QFont(base)
        labels.setPointSizeF(max(7.5, base.pointSizeF() - 1.5))
        title = QFont(base)
        title.setBold(True)
        return labels, title

    def _show_bars(self, table: ProtectedTable, language: str) -> None:
        """Bars of the published row totals (a one-column table's cells); hidden ones are left
        out of the chart rather than drawn as zero."""
        self.kind = BARS
        values = ([c.value for c in table.row_totals] if table.row_totals is not None
                  else [row[0].value for row in table.cells])
        points = [(label.text(language), value)
                  for label, value in zip(table.rows, values, strict=True) if value is not None]
        points = points[:MAX_CHART_BARS]
        labels_font, title_font = self._fonts()
        self.setTitleFont(title_font)
        self.setTitle(self.tr("Published totals"))
        if not points:
            return
        bars = QBarSet("")
        bars.setColor(BAR_COLOUR)
        for _label, value in reversed(points):
            bars.append(value)
        series = QHorizontalBarSeries()
        series.append(bars)
        self.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([label for label, _value in reversed(points)])
        font = QFont(labels_font)
        font.setPointSizeF(8.5)
        categories.setLabelsFont(font)
        categories.setTruncateLabels(False)  # a province must be read, not "…"
        values_axis = QValueAxis()
        values_axis.setLabelFormat("%d")
        values_axis.setLabelsFont(labels_font)
        values_axis.setRange(0, max(1, max(v for _l, v in points)))
        self.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values_axis)

    def _show_lines(self, table: ProtectedTable, months: list[tuple[int, int]],
                    language: str) -> None:
        self.kind = LINES
        self._months = months
        self._month_names = short_month_names(language)
        labels_font, title_font = self._fonts()
        self.setTitleFont(title_font)
        self.setTitle(self.tr("Published counts by month"))
        lines = column_lines(table)
        peak = max([v for line in lines for v in line.values if v is not None] or [0])
        top, step = nice_scale(peak)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setRange(-0.5, len(months) - 0.5)
        x_axis.setGridLineVisible(False)
        x_axis.setLabelsFont(labels_font)
        x_axis.setTruncateLabels(False)
        y_axis = QValueAxis()
        # A little room under 0, so a month with none sits clear of the axis, not on it.
        y_axis.setRange(-BELOW_ZERO * top, top)
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(step)
        y_axis.setLabelFormat("%d")
        y_axis.setLabelsFont(labels_font)
        y_axis.setGridLineColor(QColor("#e3e7ec"))
        self.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        self._month_axis = x_axis
        for j, line in enumerate(lines):
            pen = line_pen(j)
            name = line.label.text(language)
            stretches: list[QLineSeries] = []
            # A column hidden in every month still gets a (empty) series: its legend entry
            # says the line exists and is hidden throughout.
            for segment in line.segments or [[]]:
                series = QLineSeries()
                series.setName(name)
                series.setPen(pen)
                series.setColor(pen.color())
                series.setPointsVisible(True)
                series.setMarkerSize(marker_size(len(months)))
                for index, value in segment:
                    series.append(float(index), float(value))
                self.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
                stretches.append(series)
            self._lines.append((name, stretches))
        legend = self.legend()
        legend.setFont(labels_font)
        legend.setVisible(True)
        for _name, stretches in self._lines:  # one legend entry per column, not per stretch
            for series in stretches[1:]:
                for marker in legend.markers(series):
                    marker.setVisible(False)
        self._label_months()

    # -- the month axis -----------------------------------------------------------------------

    def _plot_area_changed(self, _area: QRectF) -> None:
        if self.kind == LINES:
            self._label_months()

    def _label_months(self) -> None:
        axis = self._month_axis
        if axis is None or not self._months:
            return
        metrics = QFontMetricsF(axis.labelsFont())
        width = self.plotArea().width()
        if width <= 1:  # not laid out yet: a generous guess, corrected on the first resize
            width = 480.0
        ticks = month_ticks(
            self._months, self._month_names,
            lambda t: labels_fit(t, len(self._months), width,
                                 lambda text: metrics.horizontalAdvance(text), gap=8,
                                 overhang=LABEL_OVERHANG),
        )
        # Category labels must be unique: "Feb" of a second year gets zero-width spaces.
        seen: dict[str, int] = {}
        labels: list[str] = []
        for _index, text in ticks:
            labels.append(text + ZWSP * seen.get(text, 0))
            seen[text] = seen.get(text, 0) + 1
        if labels == list(axis.categoriesLabels()):
            return  # unchanged: relabelling would lay the chart out again for nothing
        for label in axis.categoriesLabels():
            axis.remove(label)
        for (index, _text), label in zip(ticks, labels, strict=True):
            axis.append(label, float(index))
        axis.setStartValue(-0.5)
