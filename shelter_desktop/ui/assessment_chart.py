"""Assessment charts for a resident's file: one domain's score over time (Qt Charts), and a heat
grid of every domain × every assessment date. Scores carry their number and words as well as
their colour (1 red … 4 green), so nothing is told by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QLineSeries, QScatterSeries
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..domain.assessments import (
    SCORE_COLOURS,
    SCORE_LABELS,
    SCORE_TEXT_COLOURS,
    SCORES,
    AssessmentView,
    Bilingual,
    DomainTrend,
    score_grid,
)
from .formatting import format_date
from .progress_chart import _date_range, _msecs, _ProgressChart

LINE_COLOUR = QColor("#4f5b67")


def template_language() -> str:
    """The language template texts are shown in: Khmer when the application speaks Khmer."""
    return "km" if QLocale().language() == QLocale.Language.Khmer else "en"


def text_of(value: Bilingual | None) -> str:
    return value.get(template_language()) if value is not None else ""


def score_label(score: int) -> str:
    """"3 – fair", translated."""
    return QCoreApplication.translate("Assessments", SCORE_LABELS[score])


def domain_title(code: str, label: Bilingual) -> str:
    return f"{code}  {text_of(label)}"


class AssessmentTrendChart(_ProgressChart):
    """One domain's scores (1 … 4) over time: a grey line through points coloured by score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trend: DomainTrend | None = None
        self.y_axis = QCategoryAxis()
        self.y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.y_axis.setRange(0.6, 4.4)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.line: QLineSeries | None = None
        self.points: dict[int, QScatterSeries] = {}
        self.redraw()

    def set_trend(self, trend: DomainTrend | None) -> None:
        self._trend = trend
        self.redraw()

    def point_count(self) -> int:
        return self.line.count() if self.line is not None else 0

    def redraw(self) -> None:
        self.line = None
        self.points = {}
        trend = self._trend
        if trend is None or not trend.points:
            self._show_empty(self.tr("No assessment recorded yet, so there is no trend to show."))
            return
        self._clear()
        self.chart.setTitle(domain_title(trend.code, trend.label))
        first, last = _date_range([p.assessed_on for p in trend.points])
        self._range_dates(first, last)
        axis = self.y_axis
        for label in axis.categoriesLabels():
            axis.remove(label)
        for score in SCORES:
            axis.append(QLocale().toString(score), score)

        line = QLineSeries()
        line.setPen(QPen(LINE_COLOUR, 2.0))
        for point in trend.points:
            line.append(_msecs(point.assessed_on), float(point.score))
        self._add(line)
        self.line = line
        for score in SCORES:
            dots = QScatterSeries()
            dots.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
            dots.setMarkerSize(13)
            dots.setBrush(QBrush(QColor(SCORE_COLOURS[score])))
            dots.setPen(QPen(QColor("#ffffff"), 1.5))
            for point in trend.points:
                if point.score == score:
                    dots.append(_msecs(point.assessed_on), float(point.score))
            if dots.count():
                self._add(dots)
                self.points[score] = dots
        self.chart.legend().setVisible(False)
        self._style()
        self.set_legend(
            [("\u25cf", QColor(SCORE_COLOURS[s]), score_label(s)) for s in reversed(SCORES)]
        )
        self._show_chart()


class ScoreHeatGrid(QTableWidget):
    """Domains (rows) × assessment dates (columns, oldest first), each cell coloured by score
    and showing its number; the tooltip says the score in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreHeatGrid")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(True)
        self.setWordWrap(False)
        self.setStyleSheet(
            "QTableWidget#scoreHeatGrid { gridline-color: #ffffff; }"
            " QTableWidget#scoreHeatGrid::item:selected { border: 2px solid #1d2733; }"
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.domain_codes: list[str] = []
        self._views: tuple[AssessmentView, ...] = ()

    def set_assessments(self, views: Sequence[AssessmentView]) -> None:
        """``views`` of one template key, in any order."""
        self._views = tuple(views)
        self.redraw()

    def redraw(self) -> None:
        columns, rows, cells = score_grid(self._views)
        self.clear()
        self.setRowCount(len(rows))
        self.setColumnCount(len(columns))
        self.domain_codes = [code for code, _label in rows]
        self.setHorizontalHeaderLabels([format_date(view.assessed_on) for view in columns])
        self.setVerticalHeaderLabels([domain_title(code, label) for code, label in rows])
        for r, (code, _label) in enumerate(rows):
            for c, view in enumerate(columns):
                score = cells.get((code, view.id))
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if score is None:
                    item.setText("\u2014")
                    item.setToolTip(self.tr("Not part of this assessment"))
                else:
                    item.setText(QLocale().toString(score))
                    item.setBackground(QBrush(QColor(SCORE_COLOURS[score])))
                    item.setForeground(QBrush(QColor(SCORE_TEXT_COLOURS[score])))
                    item.setToolTip(score_label(score))
                self.setItem(r, c, item)

    def cell_score(self, row: int, column: int) -> int | None:
        item = self.item(row, column)
        if item is None or not item.text().strip("\u2014"):
            return None
        return int(QLocale().toInt(item.text())[0])
