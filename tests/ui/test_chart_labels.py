"""The progress and assessment charts draw every date label and legend entry whole: in Khmer
(long month names), at 130 % text size and at the smallest chart size. Qt Charts shortened a
date label wider than its share of the axis to "…" and let the first and last hang over the
chart's edges; the legend's rows were wider than a small chart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from shelter_desktop.domain.assessments import Bilingual, DomainTrend, TrendPoint
from shelter_desktop.domain.progress import MilestoneView, TermResultView, TrainingView
from shelter_desktop.ui.assessment_chart import AssessmentTrendChart
from shelter_desktop.ui.i18n import install_language
from shelter_desktop.ui.progress_chart import (
    EducationChart,
    VocationalChart,
    _ProgressChart,
)
from shelter_desktop.ui.text_size import apply_text_size

SIZES = [(360, 220), (494, 310), (800, 300)]


@pytest.fixture
def text_size() -> Iterator[None]:
    yield
    apply_text_size(100)


def settle() -> None:
    for _ in range(6):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def education(days: int) -> EducationChart:
    chart = EducationChart()
    start = date(2026, 2, 10)
    chart.set_results([
        TermResultView(i, 1, f"T{i}", start + timedelta(days=days * i // 4), 50 + i, "", 80)
        for i in range(5)
    ], "Khmer literacy")
    return chart


def vocational() -> VocationalChart:
    chart = VocationalChart()
    milestones = tuple(MilestoneView(i, 1, date(2026, 8, 6) + timedelta(days=30 * i), "m")
                       for i in range(3))
    chart.set_trainings([TrainingView(1, 1, "sewing", "Workshop", date(2026, 7, 29), None,
                                      "in_progress", "", "", None, None, milestones)],
                        today=date(2026, 11, 26))
    return chart


def assessment() -> AssessmentTrendChart:
    chart = AssessmentTrendChart()
    chart.set_trend(DomainTrend("1.1", Bilingual("Safety", "សុវត្ថិភាព"), (
        TrendPoint(1, date(2026, 3, 2), 2), TrendPoint(2, date(2026, 9, 4), 3),
        TrendPoint(3, date(2026, 11, 8), 4),
    )))
    return chart


CHARTS = {
    "education-months": lambda: education(100),  # "d MMM": 8 វិច្ឆិកា
    "education-year": lambda: education(330),  # "MMM yyyy": វិច្ឆិកា 2026
    "vocational": vocational,
    "assessment": assessment,
}


def legend_fits(chart: _ProgressChart) -> bool:
    """Every legend entry as wide as it asks to be and inside the chart."""
    for entry in chart._legend_entries:
        if not entry.isVisibleTo(chart):
            continue
        if entry.width() < entry.sizeHint().width():
            return False
        right = entry.mapTo(chart, entry.rect().topRight()).x()
        if entry.mapTo(chart, entry.rect().topLeft()).x() < 0 or right > chart.width():
            return False
    return True


@pytest.mark.parametrize("language", ["en", "km"])
@pytest.mark.parametrize("percent", [100, 130])
@pytest.mark.parametrize("kind", sorted(CHARTS))
def test_date_labels_and_legend_are_drawn_whole(qtbot, text_size, language: str, percent: int,
                                                kind: str) -> None:
    install_language(language)
    apply_text_size(percent)
    chart = CHARTS[kind]()
    qtbot.addWidget(chart)
    chart.show()
    for width, height in SIZES:
        chart.resize(width, height)
        settle()
        assert not chart.is_empty()
        assert chart.date_labels_fit(), (kind, language, percent, width)
        assert legend_fits(chart), (kind, language, percent, width)
        assert 2 <= chart.x_axis.tickCount() <= 4


def test_a_wide_chart_keeps_four_dates_and_narrow_margins(qtbot) -> None:
    chart = education(330)
    qtbot.addWidget(chart)
    chart.resize(900, 320)
    chart.show()
    settle()
    assert chart.x_axis.tickCount() == 4
    margins = chart.chart.margins()
    assert margins.left() == margins.right() == 4


def test_small_khmer_chart_at_larger_text_gives_fewer_longer_dates(qtbot, text_size) -> None:
    install_language("km")
    apply_text_size(130)
    chart = assessment()
    qtbot.addWidget(chart)
    chart.resize(360, 220)
    chart.show()
    settle()
    assert chart.x_axis.tickCount() < 4  # four Khmer month names do not fit 360 pixels
    assert chart.legend_columns() < 3
    assert chart.date_labels_fit() and legend_fits(chart)


def test_one_point_and_then_nothing(qtbot) -> None:
    chart = EducationChart()
    qtbot.addWidget(chart)
    chart.set_results([TermResultView(1, 1, "T1", date(2026, 5, 1), 70, "", None)])
    chart.resize(360, 220)
    chart.show()
    settle()
    assert chart.date_labels_fit()
    chart.set_results([])
    settle()
    assert chart.is_empty() and chart.date_labels_fit()
    chart.resize(500, 300)  # resizing an empty chart does not touch the axis
    settle()
    assert chart.is_empty()
    assert QApplication.instance() is not None
