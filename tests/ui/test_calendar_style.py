"""The calendar popup of a date field, under the application's stylesheet, has room for the
Khmer day names: ui/app.qss pads table cells, which must not reach the calendar's narrow day
grid (the names were cut to "…")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
)

from shelter_desktop.ui.i18n import install_language
from shelter_desktop.ui.main_window import load_stylesheet


@pytest.fixture
def app_stylesheet(qapp: QApplication) -> Iterator[None]:
    before = qapp.styleSheet()
    qapp.setStyleSheet(load_stylesheet())
    yield
    qapp.setStyleSheet(before)


def day_name_room(qtbot) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    """(day name, width the cell leaves for its text, width the text needs) per column."""
    edit = QDateEdit(QDate(2026, 3, 14))
    edit.setCalendarPopup(True)
    qtbot.addWidget(edit)
    calendar = edit.calendarWidget()
    calendar.resize(calendar.sizeHint())  # the popup's size
    calendar.show()
    qtbot.waitExposed(calendar)
    view = calendar.findChild(QTableView)
    assert view is not None
    model = view.model()
    found = []
    for column in range(model.columnCount()):
        index = model.index(0, column)  # the row of day names
        name = str(model.data(index))
        option = QStyleOptionViewItem()
        option.rect = view.visualRect(index)
        option.text = name
        option.index = index
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        found.append((name, room.width(), view.fontMetrics().horizontalAdvance(name)))
    calendar.hide()
    return found


@pytest.mark.parametrize("language", ["km", "en"])
def test_day_names_fit_their_cells(qtbot, app_stylesheet, language: str) -> None:
    install_language(language)
    room = day_name_room(qtbot)
    assert len(room) == 7
    if language == "km":
        assert any("\u1780" <= ch <= "\u17ff" for ch in room[0][0])
    too_narrow = [(name, width, needed) for name, width, needed in room if width < needed]
    assert too_narrow == []


def test_other_tables_keep_their_cell_padding(qtbot, app_stylesheet) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.show()
    option = QStyleOptionViewItem()
    option.rect = view.rect().adjusted(0, 0, -view.width() + 100, -view.height() + 30)
    option.text = "x"
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    assert room.width() == 100 - 16  # padding: 0 8px
