"""The Reports page's request form under the application's stylesheet, in English and Khmer and
at a larger text size: the period fields in one row are as tall as each other, and a label
never touches its field (the Khmer "smallest published count" did)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from shelter_desktop.domain.roles import Role
from shelter_desktop.ui.i18n import install_language
from shelter_desktop.ui.main_window import load_stylesheet
from shelter_desktop.ui.reports_page import ReportsPage
from shelter_desktop.ui.text_size import apply_text_size


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    before = qapp.styleSheet()
    qapp.setStyleSheet(load_stylesheet())
    yield
    apply_text_size(100)
    qapp.setStyleSheet(before)


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def gap(page: ReportsPage, left: QWidget, right: QWidget) -> int:
    """Pixels between the right edge of ``left`` and the left edge of ``right``."""
    return right.mapTo(page, right.rect().topLeft()).x() - (
        left.mapTo(page, left.rect().topRight()).x() + 1)


@pytest.mark.parametrize("language", ["en", "km"])
@pytest.mark.parametrize("percent", [100, 130])
def test_fields_in_a_row_are_even_and_labels_keep_clear(signed_in, qtbot, styled, language: str,  # type: ignore[no-untyped-def]
                                                        percent: int) -> None:
    install_language(language)
    page = ReportsPage(signed_in.services, signed_in.user(Role.HOUSE_MANAGER), signed_in.runner)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    apply_text_size(percent)  # after the page exists: it follows a change of text size
    settle()

    page.period_kind.setCurrentIndex(page.period_kind.findData("year"))
    settle()
    combo = page.period_kind.height()
    assert page.year.height() == combo
    assert page.k.height() == combo
    assert gap(page, page._k_label, page.k) >= 12
    assert gap(page, page._period_label, page.period_kind) >= 12

    page.period_kind.setCurrentIndex(page.period_kind.findData("quarter"))
    settle()
    assert page.quarter.height() == page.year.height() == page.period_kind.height()

    page.period_kind.setCurrentIndex(page.period_kind.findData("range"))
    settle()
    assert page.range_from.height() == page.range_to.height() == page.period_kind.height()
    assert gap(page, page._from_label, page.range_from) >= 6
    assert gap(page, page._to_label, page.range_to) >= 6
