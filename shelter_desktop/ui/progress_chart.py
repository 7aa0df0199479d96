"""Small progress charts for a resident's file (Qt Charts), readable at about 360×220.

EducationChart draws one enrolment's term scores and attendance over time; VocationalChart draws
her trainings as a timeline (one bar per training, coloured by status) with milestones and job
starts marked on it. With nothing to draw they say so in words instead of showing empty axes.
No animations: the chart must never move while someone is reading it.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMargins,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPen,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ..domain.progress import TermResultView, TrainingView
from ..domain.vocabulary import PROGRESS_LABELS, TRADE_LABELS, ProgressStatus, Trade

SCORE_COLOUR = QColor("#2b6a8a")
ATTENDANCE_COLOUR = QColor("#b5651d")
MILESTONE_COLOUR = QColor("#1d2733")
JOB_COLOUR = QColor("#5b3a8c")  # apart from every status colour
STATUS_COLOURS = {
    ProgressStatus.PLANNED: QColor("#9aa5b1"),
    ProgressStatus.IN_PROGRESS: QColor("#2b6a8a"),
    ProgressStatus.COMPLETED: QColor("#2e7d32"),
    ProgressStatus.DROPPED: QColor("#c0622d"),
}
CHART_MARGIN = 4  # pixels around the plot, where no label hangs over
X_TICKS = 4  # date labels under the chart, fewer when they would touch
LABEL_EDGE = 2  # pixels kept between a date label and the chart's edge
LABEL_PADDING = 4  # Qt Charts' padding either side of an axis label (ChartAxisElement)
LEGEND_COLUMNS = 3  # entries per legend row at most: fewer when they would not fit
MAX_TRAININGS_IN_CHART = 6  # more bars than this are unreadable at 220 pixels high


def _msecs(day: date) -> float:
    # Noon, so a day never slips to the one before in time zones west of UTC.
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


def _qdatetime(day: date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


def _date_range(days: Sequence[date]) -> tuple[date, date]:
    """First and last day with some room either side, and at least two months wide, so that
    one point is not drawn on the frame and the date labels do not repeat."""
    first, last = min(days), max(days)
    pad = max(timedelta(days=10), (last - first) / 12)
    first, last = first - pad, last + pad
    if last - first < timedelta(days=60):
        middle = first + (last - first) / 2
        first, last = middle - timedelta(days=30), middle + timedelta(days=30)
    return first, last


def trade_label(value: str) -> str:
    try:
        return QCoreApplication.translate("Vocabulary", TRADE_LABELS[Trade(value)])
    except ValueError:
        return value


def status_label(value: str) -> str:
    try:
        return QCoreApplication.translate("Vocabulary", PROGRESS_LABELS[ProgressStatus(value)])
    except ValueError:
        return value


class _ProgressChart(QWidget):
    """A chart view, or a sentence when there is nothing to draw."""

    y_axis: QAbstractAxis

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(CHART_MARGIN, CHART_MARGIN, CHART_MARGIN, CHART_MARGIN))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.chart.setLocalizeNumbers(True)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setTickCount(X_TICKS)
        self._x_range: tuple[date, date] | None = None
        self._fitting = False
        self.chart.plotAreaChanged.connect(self._fit_date_labels)
        self.x_axis.setGridLineVisible(False)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setObjectName("progressChart")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("chartEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            "QLabel#chartEmpty { color: #4f5b67; background: #ffffff;"
            " border: 1px dashed #cfd7df; border-radius: 6px; padding: 16px; }"
        )
        # A legend under the chart, a few entries per row: unlike the chart's own legend it
        # never cuts labels short at small sizes or in Khmer.
        self.legend = QWidget()
        self.legend.setObjectName("chartLegend")
        self._legend_grid = QGridLayout(self.legend)
        self._legend_grid.setContentsMargins(6, 0, 6, 2)
        self._legend_grid.setHorizontalSpacing(14)
        self._legend_grid.setVerticalSpacing(0)
        self._legend_labels: list[str] = []
        self._legend_entries: list[QLabel] = []
        self._legend_columns = 0
        self.legend.hide()
        # One white card holds the chart and its legend.
        page = QWidget()
        page.setObjectName("chartPage")
        page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        page.setStyleSheet(
            "QWidget#chartPage { background: #ffffff; border: 1px solid #dde3e9;"
            " border-radius: 6px; }"
        )
        self.chart.setBackgroundVisible(False)
        self.view.setStyleSheet("background: transparent; border: none;")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(1, 1, 1, 4)
        page_layout.setSpacing(2)
        page_layout.addWidget(self.view, 1)
        page_layout.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignHCenter)
        self._page = page
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(page)

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def is_empty(self) -> bool:
        return self._stack.currentWidget() is self.empty_label

    def empty_text(self) -> str:
        return self.empty_label.text() if self.is_empty() else ""

    def _show_empty(self, text: str) -> None:
        self._clear()
        self.empty_label.setText(text)
        self._stack.setCurrentWidget(self.empty_label)

    def _show_chart(self) -> None:
        self._stack.setCurrentWidget(self._page)

    def set_legend(self, entries: Sequence[tuple[str, QColor, str]]) -> None:
        """``entries`` of (symbol, colour, translated label), shown under the chart."""
        while self._legend_grid.count():
            self._legend_grid.takeAt(0)
        for old in self._legend_entries:
            old.deleteLater()
        self._legend_entries = []
        self._legend_columns = 0
        labels, _title = self._fonts()
        for symbol, colour, text in entries:
            entry = QLabel(f"{symbol} {text}")
            entry.setFont(labels)
            # Colour only the symbol; the words stay dark enough to read.
            entry.setTextFormat(Qt.TextFormat.RichText)
            entry.setText(
                f'<span style="color:{colour.name()}">{symbol}</span> {html.escape(text)}'
            )
            self._legend_entries.append(entry)
        self._legend_labels = [text for _symbol, _colour, text in entries]
        self._arrange_legend()
        self.legend.setVisible(bool(entries))

    def _arrange_legend(self) -> None:
        """Up to LEGEND_COLUMNS entries a row, fewer when the rows would be wider than the
        chart (larger text, long Khmer labels): an entry is never cut short."""
        entries = self._legend_entries
        if not entries:
            return
        grid = self._legend_grid
        margins = grid.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 4  # the card's border
        widths = [entry.sizeHint().width() for entry in entries]
        columns = min(LEGEND_COLUMNS, len(entries))
        while columns > 1:
            column_widths = [max(widths[c::columns]) for c in range(columns)]
            if sum(column_widths) + grid.horizontalSpacing() * (columns - 1) <= room:
                break
            columns -= 1
        if columns == self._legend_columns and grid.count() == len(entries):
            return
        while grid.count():
            grid.takeAt(0)
        for index, entry in enumerate(entries):
            row, column = divmod(index, columns)
            grid.addWidget(entry, row, column)
        self._legend_columns = columns

    def legend_columns(self) -> int:
        """Entries per legend row (for tests)."""
        return self._legend_columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_legend()

    def legend_labels(self) -> list[str]:
        """The legend's words, for tests."""
        return list(self._legend_labels) if not self.legend.isHidden() else []

    def _clear(self) -> None:
        # Only the series go; the axes stay and are re-ranged. Replacing axes left the old
        # labels painted under the new ones until the next full repaint.
        self.chart.removeAllSeries()

    def _fonts(self) -> tuple[QFont, QFont]:
        """Label and title fonts from the application font, so Khmer is shaped by Noto Sans
        Khmer rather than by whatever the chart theme picks."""
        labels = QFont(self.font())
        labels.setPointSizeF(max(7.5, self.font().pointSizeF() - 1.5))
        title = QFont(self.font())
        title.setBold(True)
        return labels, title

    def _style(self) -> None:
        labels, title = self._fonts()
        self.chart.legend().setFont(labels)
        self.chart.setTitleFont(title)
        for axis in self.chart.axes():
            axis.setLabelsFont(labels)
            axis.setTitleFont(labels)
        self._fit_date_labels()

    def _date_label_widths(self) -> list[float]:
        """Widths of the date labels under the chart, left to right, in the labels' font."""
        if self._x_range is None:
            return []
        first, last = self._x_range
        labels, _title = self._fonts()
        locale, fmt = QLocale(), self.x_axis.format()
        ticks = max(2, self.x_axis.tickCount())
        # Measured as Qt Charts measures a label: a rich-text document with a half-pixel margin.
        document = QTextDocument()
        document.setDocumentMargin(0.5)
        document.setDefaultFont(labels)
        widths = []
        for i in range(ticks):
            document.setPlainText(
                locale.toString(_qdatetime(first + (last - first) * i / (ticks - 1)), fmt))
            widths.append(document.size().width())
        return widths

    def _fit_date_labels(self, *_plot_area: object) -> None:
        """Room for the date labels under the chart. Qt Charts centres each label on its tick,
        so the first and last hang over the plot's edges, and it shortens a label wider than
        its share of the axis to "…". The room Qt keeps at the sides was too little for long
        labels (Khmer month names, larger text): the margins grow by what still hangs over the
        chart's edge, and fewer ticks give each label a wider share. Run again whenever the
        plot area moves; the margins it sets do not depend on the margins before, so it
        settles at once."""
        if self._x_range is None or self.is_empty() or self._fitting:
            return
        widths = self._date_label_widths()
        plot, size, margins = self.chart.plotArea(), self.chart.size(), self.chart.margins()
        if plot.width() <= 0 or size.width() <= 0:
            return
        over_left = LABEL_EDGE - (plot.left() - widths[0] / 2)
        over_right = plot.right() + widths[-1] / 2 + LABEL_EDGE - size.width()
        left = max(CHART_MARGIN, margins.left() + math.ceil(over_left))
        right = max(CHART_MARGIN, margins.right() + math.ceil(over_right))
        share = self._axis_width(left, right)
        widest = max(widths)
        ticks = X_TICKS
        while ticks > 2 and share / ticks - 2 * LABEL_PADDING < widest + LABEL_EDGE:
            ticks -= 1
        self._fitting = True
        try:
            if ticks != self.x_axis.tickCount():
                self.x_axis.setTickCount(ticks)
            if (left, right) != (margins.left(), margins.right()):
                self.chart.setMargins(QMargins(left, CHART_MARGIN, right, CHART_MARGIN))
        finally:
            self._fitting = False

    def _axis_width(self, left_margin: float, right_margin: float) -> float:
        """The width Qt Charts shares out among the date labels: the chart inside its layout's
        contents margins and the chart margins."""
        layout_left, _top, layout_right, _bottom = self.chart.layout().getContentsMargins()
        return self.chart.size().width() - layout_left - layout_right - left_margin - right_margin

    def date_labels_fit(self) -> bool:
        """True when every date label is drawn whole: the first and last inside the chart and
        none wider than Qt Charts' share for it (for tests)."""
        if self._x_range is None or self.is_empty():
            return True
        widths = self._date_label_widths()
        plot, size, margins = self.chart.plotArea(), self.chart.size(), self.chart.margins()
        share = self._axis_width(margins.left(), margins.right()) / len(widths)
        inside = (plot.left() - widths[0] / 2 >= 0
                  and plot.right() + widths[-1] / 2 <= size.width())
        return inside and all(w <= share - 2 * LABEL_PADDING for w in widths)

    def _range_dates(self, first: date, last: date) -> None:
        axis = self.x_axis
        # Month names in the chosen language (the chart otherwise keeps the system locale).
        self.chart.setLocale(QLocale())
        axis.setRange(_qdatetime(first), _qdatetime(last))
        axis.setFormat("MMM yyyy" if (last - first).days > 150 else "d MMM")
        self._x_range = (first, last)

    def _add(self, series: QAbstractSeries) -> None:
        self.chart.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.redraw()
        super().changeEvent(event)

    def redraw(self) -> None:
        raise NotImplementedError


class EducationChart(_ProgressChart):
    """Term scores (out of 100) and attendance (%) of one enrolment, over time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: tuple[TermResultView, ...] = ()
        self._title = ""
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 100)
        self.y_axis.setTickCount(5)
        self.y_axis.setLabelFormat("%.0f")  # "%d" prints nothing with localized numbers
        self.y_axis.setTitleText("%")
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.score_series: QLineSeries | None = None
        self.attendance_series: QLineSeries | None = None
        self.redraw()

    def set_results(self, results: Sequence[TermResultView], title: str = "") -> None:
        """``results`` in any order; ``title`` names the enrolment (already translated)."""
        self._results = tuple(sorted(results, key=lambda r: (r.recorded_on, r.id)))
        self._title = title
        self.redraw()

    def point_count(self) -> int:
        """Points drawn (scores plus attendance), for tests and accessibility text."""
        return sum(s.count() for s in (self.score_series, self.attendance_series) if s is not None)

    def redraw(self) -> None:
        self.score_series = self.attendance_series = None
        results = self._results
        if not results:
            self._show_empty(self.tr("No results recorded yet"))
            return
        scored = [r for r in results if r.score is not None]
        attended = [r for r in results if r.attendance_percent is not None]
        if not scored and not attended:
            self._show_empty(
                self.tr("The results of this enrolment are written as words only, so there is "
                        "no score or attendance to draw.")
            )
            return
        self._clear()
        self.chart.setTitle(self._title)
        first, last = _date_range([r.recorded_on for r in scored + attended])
        self._range_dates(first, last)

        if scored:
            score = QLineSeries()
            score.setName(self.tr("Score"))
            score.setPen(QPen(SCORE_COLOUR, 2.5))
            score.setPointsVisible(True)
            score.setMarkerSize(5)
            for r in scored:
                score.append(_msecs(r.recorded_on), float(r.score or 0))
            self._add(score)
            self.score_series = score
        if attended:
            attendance = QLineSeries()
            attendance.setName(self.tr("Attendance"))
            pen = QPen(ATTENDANCE_COLOUR, 2.0)
            pen.setStyle(Qt.PenStyle.DashLine)
            attendance.setPen(pen)
            attendance.setPointsVisible(True)
            attendance.setMarkerSize(4)
            for r in attended:
                attendance.append(_msecs(r.recorded_on), float(r.attendance_percent or 0))
            self._add(attendance)
            self.attendance_series = attendance
        self.chart.legend().setVisible(True)
        self._style()
        self._show_chart()


class VocationalChart(_ProgressChart):
    """Her trainings as a timeline: a bar from start to end (or today) per training, coloured
    by status, with milestones (dots) and the day a job started (triangles)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trainings: tuple[TrainingView, ...] = ()
        self._today = date.today()
        self.y_axis = QCategoryAxis()
        self.y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.y_axis.setGridLineVisible(False)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.milestone_series: QScatterSeries | None = None
        self.job_series: QScatterSeries | None = None
        self.bars: list[QLineSeries] = []
        self.redraw()

    def set_trainings(self, trainings: Sequence[TrainingView], today: date | None = None) -> None:
        """The latest few trainings are drawn, oldest at the bottom."""
        latest = sorted(trainings, key=lambda t: (t.start_date, t.id))[-MAX_TRAININGS_IN_CHART:]
        self._trainings = tuple(latest)
        self._today = today or date.today()
        self.redraw()

    def milestone_count(self) -> int:
        return self.milestone_series.count() if self.milestone_series is not None else 0

    def job_count(self) -> int:
        return self.job_series.count() if self.job_series is not None else 0

    def redraw(self) -> None:
        self.milestone_series = self.job_series = None
        self.bars = []
        trainings = self._trainings
        if not trainings:
            self._show_empty(self.tr("No training recorded yet"))
            return
        self._clear()
        self.chart.setTitle("")
        today = self._today
        days: list[date] = []
        for t in trainings:
            days += [t.start_date, t.end_date or max(today, t.start_date)]
            days += [m.reached_on for m in t.milestones]
            if t.job_start_date is not None:
                days.append(t.job_start_date)
        first, last = _date_range(days)
        self._range_dates(first, last)
        y_axis = self.y_axis
        for label in y_axis.categoriesLabels():
            y_axis.remove(label)
        y_axis.setRange(-0.6, len(trainings) - 0.4)
        for index, t in enumerate(trainings):
            # Category labels must be unique: a second sewing course gets a zero-width space.
            y_axis.append(trade_label(t.trade) + "\u200b" * index, index)

        legend: list[tuple[str, QColor, str]] = []
        shown_statuses: set[str] = set()
        for index, t in enumerate(trainings):
            bar = QLineSeries()
            try:
                status = ProgressStatus(t.status)
            except ValueError:
                status = ProgressStatus.IN_PROGRESS
            pen = QPen(STATUS_COLOURS[status], 9.0)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if status is ProgressStatus.PLANNED:
                pen.setStyle(Qt.PenStyle.DotLine)
            bar.setPen(pen)
            bar.setName(status_label(status.value))
            end = t.end_date or max(today, t.start_date)
            bar.append(_msecs(t.start_date), index)
            bar.append(_msecs(end), index)
            self._add(bar)
            self.bars.append(bar)
            if status.value not in shown_statuses:  # one legend entry per status
                legend.append(("\u25a0", STATUS_COLOURS[status], status_label(status.value)))
            shown_statuses.add(status.value)

        milestones = QScatterSeries()
        milestones.setName(self.tr("Milestone"))
        milestones.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        milestones.setMarkerSize(9)
        milestones.setColor(QColor("#ffffff"))
        milestones.setBorderColor(MILESTONE_COLOUR)
        milestones.setPen(QPen(MILESTONE_COLOUR, 1.5))
        jobs = QScatterSeries()
        jobs.setName(self.tr("Job started"))
        jobs.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
        jobs.setMarkerSize(13)
        jobs.setBrush(QBrush(JOB_COLOUR))
        jobs.setPen(QPen(QColor("#ffffff"), 1.0))
        for index, t in enumerate(trainings):
            for m in t.milestones:
                milestones.append(_msecs(m.reached_on), index)
            if t.job_start_date is not None:
                jobs.append(_msecs(t.job_start_date), index)
        for series in (milestones, jobs):
            if series.count():
                self._add(series)
        self.milestone_series = milestones if milestones.count() else None
        self.job_series = jobs if jobs.count() else None
        if milestones.count():
            legend.append(("\u25cb", MILESTONE_COLOUR, self.tr("Milestone")))
        if jobs.count():
            legend.append(("\u25b2", JOB_COLOUR, self.tr("Job started")))
        self.chart.legend().setVisible(False)
        self._style()  # before the legend's text, whose layout depends on the font
        self.set_legend(legend)
        self._show_chart()
