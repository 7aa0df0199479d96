"""Residents page: search as you type, status filter, lazy paging, opening a resident."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QObject, QPoint, Qt

from shelter_desktop.domain.age_bands import AgeBand
from shelter_desktop.domain.residents import ResidentStatus, RiskLevel
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.services.residents import ResidentQuery, ResidentSort
from shelter_desktop.ui.op_runner import deliver
from shelter_desktop.ui.resident_list_model import PLACEHOLDER, ResidentListModel
from shelter_desktop.ui.residents_page import (
    SEARCH_DELAY_MS,
    ResidentsPage,
)

from .conftest import NewResident, add_residents, synthetic_residents

PEOPLE = [
    NewResident("Sophea Sok", "សុភា សុខ", admission_date=date(2025, 1, 10)),
    NewResident("Sreypov Chan", "ស្រីពៅ ចាន់", admission_date=date(2025, 2, 11)),
    NewResident("Sreyneang Heng", "ស្រីនាង ហេង", admission_date=date(2025, 3, 12),
                status=ResidentStatus.REINTEGRATED),
    NewResident("Bopha Keo", "បុប្ផា កែវ", admission_date=date(2025, 4, 13), risk_level="high"),
]


def latin_names(model: ResidentListModel) -> list[str]:
    return [
        model.data(model.index(row, ResidentListModel.NAME_LATIN))
        for row in range(model.rowCount())
    ]


@pytest.fixture
def residents_page(signed_in) -> ResidentsPage:
    add_residents(signed_in.services, PEOPLE)
    window = signed_in.open(Role.COUNSELOR)
    window.show_page("residents")
    page = window.page("residents")
    assert isinstance(page, ResidentsPage)
    return page


def test_shows_every_resident_newest_admission_first(residents_page):
    model = residents_page.model
    assert model.rowCount() == 4
    assert latin_names(model) == ["Bopha Keo", "Sreyneang Heng", "Sreypov Chan", "Sophea Sok"]
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[ResidentListModel.NAME_KHMER] == "បុប្ផា កែវ"
    assert row[ResidentListModel.SEX] == "Female"
    assert row[ResidentListModel.STATUS] == "Active"
    assert row[ResidentListModel.RISK] == "High"
    assert row[ResidentListModel.ADMITTED] == "13/04/2025"
    assert row[ResidentListModel.CASE_NUMBER].startswith("TS-2025-")
    assert int(row[ResidentListModel.AGE]) >= 14
    assert residents_page._count_label.text() == "4 residents"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Case number", "Khmer name", "Latin name", "Sex", "Age", "Status",
                       "Risk", "Admitted"]


def test_search_as_you_type_is_debounced_and_filters(residents_page, qtbot):
    model = residents_page.model
    qtbot.keyClicks(residents_page.search_box, "srey")
    # Nothing is asked while typing goes on...
    assert model.query.text == ""
    assert model.rowCount() == 4
    # ...the search runs once typing pauses.
    qtbot.waitUntil(lambda: model.query.text == "srey", timeout=SEARCH_DELAY_MS * 8)
    assert latin_names(model) == ["Sreyneang Heng", "Sreypov Chan"]
    assert residents_page._count_label.text() == "2 residents"


def test_search_by_khmer_name_and_case_number(residents_page):
    model = residents_page.model
    residents_page.search_box.setText("ស្រីពៅ")
    residents_page.apply_filters()
    assert latin_names(model) == ["Sreypov Chan"]
    case_number = model.data(model.index(0, ResidentListModel.CASE_NUMBER))
    residents_page.search_box.setText(case_number.lower())
    residents_page.apply_filters()
    assert latin_names(model) == ["Sreypov Chan"]
    residents_page.search_box.setText("nobody like this")
    residents_page.apply_filters()
    assert model.rowCount() == 0
    assert residents_page._count_label.text() == "No resident matches this search"


def test_status_filter(residents_page):
    filter_box = residents_page.status_filter
    assert filter_box.currentText() == "All statuses"
    filter_box.setCurrentIndex(filter_box.findData(ResidentStatus.REINTEGRATED.value))
    assert residents_page.model.query.status is ResidentStatus.REINTEGRATED
    assert latin_names(residents_page.model) == ["Sreyneang Heng"]
    assert residents_page._count_label.text() == "1 resident"


def test_rows_load_lazily_in_pages(signed_in, qtbot):
    add_residents(signed_in.services, synthetic_residents(450))
    window = signed_in.open(Role.HOUSE_MANAGER)
    window.show_page("residents")
    page = window.page("residents")
    model = page.model
    assert model.rowCount() == 450
    assert model.loaded_pages() == {0}
    assert model.is_row_loaded(199) and not model.is_row_loaded(200)
    # An unloaded row shows a placeholder and asks for its page through the runner.
    assert model.data(model.index(300, 0)) == PLACEHOLDER
    qtbot.waitUntil(lambda: model.is_row_loaded(300), timeout=2000)
    assert model.loaded_pages() == {0, 1}
    assert model.data(model.index(300, 0)).startswith("TS-")
    # Scrolling to the end loads the last page.
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_row_loaded(449), timeout=2000)
    assert model.loaded_pages() == {0, 1, 2}
    assert model.data(model.index(449, ResidentListModel.NAME_LATIN)) != PLACEHOLDER
    # The oldest admission is last: the list is sorted in SQL across pages.
    last = model.resident_at(449)
    first = model.resident_at(0)
    assert last is not None and first is not None
    assert last.admission_date < first.admission_date
    ids = {model.resident_at(row).id for row in range(450)}
    assert len(ids) == 450


class DeferredRunner(QObject):
    """Holds every job until the test runs it, to deliver answers in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[tuple] = []

    def run_op(self, parent, fn, on_success=None, label="", on_error=None) -> None:
        self.jobs.append((parent, fn, on_success, on_error))

    def run(self, index: int) -> None:
        parent, fn, on_success, on_error = self.jobs.pop(index)
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001
            deliver(parent, None, exc, on_success, on_error)
        else:
            deliver(parent, result, None, on_success, on_error)


def test_an_older_search_answering_late_is_discarded(signed_in, qtbot):
    add_residents(signed_in.services, PEOPLE)
    runner = DeferredRunner()
    model = ResidentListModel(
        signed_in.services, signed_in.user(Role.COUNSELOR), runner
    )
    model.set_query(ResidentQuery("sophea"))
    model.set_query(ResidentQuery("srey"))
    assert len(runner.jobs) == 2
    runner.run(1)  # the newer search answers first
    assert latin_names(model) == ["Sreyneang Heng", "Sreypov Chan"]
    runner.run(0)  # the older one arrives late and must not replace it
    assert latin_names(model) == ["Sreyneang Heng", "Sreypov Chan"]
    assert model.rowCount() == 2


def test_enter_opens_her_file_and_the_view_is_audited(residents_page, qtbot, signed_in):
    table = residents_page.table
    table.setFocus()
    table.selectRow(0)
    table.setCurrentIndex(residents_page.model.index(0, 0))
    resident = residents_page.model.resident_at(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    windows = residents_page.window().resident_windows.windows()
    assert len(windows) == 1
    assert resident.case_number in windows[0].windowTitle()
    assert resident.name_latin == "Bopha Keo"
    events, _ = signed_in.services.audit.list_events(
        signed_in.user(Role.ADMINISTRATOR), AuditFilter(action="view", username="counselor")
    )
    assert ("resident", str(resident.id)) in [(e.entity, e.entity_id) for e in events]
    assert {e.entity_id for e in events} == {str(resident.id)}


def test_double_click_opens_her_file_once(residents_page, qtbot):
    table = residents_page.table
    rect = table.visualRect(residents_page.model.index(1, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    windows = residents_page.window().resident_windows.windows()
    assert len(windows) == 1
    assert residents_page.model.resident_at(1).case_number in windows[0].windowTitle()


def test_paging_and_search_through_the_real_worker_thread(signed_in, qtbot):
    from shelter_desktop.ui.main_window import MainWindow
    from shelter_desktop.ui.op_runner import OpRunner

    add_residents(signed_in.services, synthetic_residents(450))
    runner = OpRunner()
    try:
        window = MainWindow(signed_in.services, signed_in.user(Role.COUNSELOR), runner)
        qtbot.addWidget(window)
        window.show()
        window.show_page("residents")
        model = window.page("residents").model
        qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=5000)
        assert model.data(model.index(420, 0)) == PLACEHOLDER
        qtbot.waitUntil(lambda: model.is_row_loaded(420), timeout=5000)
        page = window.page("residents")
        page.search_box.setText("sophea")
        qtbot.waitUntil(lambda: model.query.text == "sophea" and runner.pending() == 0,
                        timeout=5000)
        names = {model.resident_at(r).name_latin for r in range(min(model.rowCount(), 200))}
        assert model.rowCount() > 0
        assert all(name.startswith("Sophea") for name in names)
        window.idle_watcher.stop()
        window.close()
    finally:
        qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)
        runner.shutdown()


# ---- filters, sorting, signals ----------------------------------------------------------


@pytest.fixture
def page(signed_in, qtbot) -> ResidentsPage:  # type: ignore[no-untyped-def]
    """A residents page on its own (no main window), with a few residents."""
    from sqlalchemy import update

    from shelter_desktop.storage.models import ResidentRow
    from shelter_desktop.ui.op_runner import SynchronousOpRunner

    ids = add_residents(signed_in.services, PEOPLE + [
        NewResident("Dara Mao", "ដារា ម៉ៅ", admission_date=date(2023, 5, 5),
                    date_of_birth=date(2021, 6, 6), risk_level="low"),
    ])
    counselor = signed_in.user(Role.COUNSELOR)
    with signed_in.services.database.session() as session, session.begin():
        session.execute(
            update(ResidentRow).where(ResidentRow.id.in_(ids[:2]))
            .values(counselor_id=counselor.id)
        )
    widget = ResidentsPage(signed_in.services, counselor, SynchronousOpRunner())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(combo, data) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index > 0, data
    combo.setCurrentIndex(index)


def test_filter_choices_are_loaded_and_translated(page) -> None:  # type: ignore[no-untyped-def]
    texts = lambda combo: [combo.itemText(i) for i in range(combo.count())]  # noqa: E731
    assert texts(page.risk_filter) == ["All risk levels", "Low", "Medium", "High"]
    assert texts(page.age_filter) == ["All ages", "0–5 years", "6–11 years", "12–14 years",
                                      "15–17 years", "18 years and older"]
    assert texts(page.year_filter) == ["Any year", "2025", "2024", "2023"]
    assert texts(page.counselor_filter) == ["All counselors", "Test counselor"]
    assert not page.clear_button.isEnabled()


def test_filters_narrow_the_list_in_sql(page, signed_in) -> None:  # type: ignore[no-untyped-def]
    model = page.model
    choose(page.risk_filter, "high")
    assert model.query.risk_level is RiskLevel.HIGH
    assert latin_names(model) == ["Bopha Keo"]
    page.risk_filter.setCurrentIndex(0)
    choose(page.year_filter, "2023")
    assert model.query.admission_year == 2023
    assert latin_names(model) == ["Dara Mao"]
    choose(page.age_filter, AgeBand.UNDER_6.value)
    assert latin_names(model) == ["Dara Mao"]
    choose(page.age_filter, AgeBand.ADULT.value)
    assert latin_names(model) == []
    assert page._count_label.text() == "No resident matches this search"
    assert page.clear_button.isEnabled()
    page.clear_button.click()
    assert model.query == ResidentQuery()
    assert model.rowCount() == 5
    choose(page.counselor_filter, str(signed_in.user(Role.COUNSELOR).id))
    assert latin_names(model) == ["Sreypov Chan", "Sophea Sok"]


def test_header_clicks_sort_in_sql(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    model, header = page.model, page.table.horizontalHeader()
    assert header.sortIndicatorSection() == ResidentListModel.ADMITTED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def click(column: int) -> None:
        rect_x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect_x, 5))

    click(ResidentListModel.NAME_LATIN)
    assert (model.query.sort, model.query.descending) == (ResidentSort.NAME_LATIN, False)
    assert latin_names(model) == ["Bopha Keo", "Dara Mao", "Sophea Sok", "Sreyneang Heng",
                                  "Sreypov Chan"]
    click(ResidentListModel.NAME_LATIN)
    assert model.query.descending
    assert latin_names(model)[0] == "Sreypov Chan"
    click(ResidentListModel.RISK)  # the first click on risk shows the highest first
    assert (model.query.sort, model.query.descending) == (ResidentSort.RISK, True)
    assert latin_names(model)[0] == "Bopha Keo"
    click(ResidentListModel.AGE)
    assert (model.query.sort, model.query.descending) == (ResidentSort.AGE, False)
    assert latin_names(model)[0] == "Dara Mao"  # the youngest
    click(ResidentListModel.SEX)  # not sortable: nothing changes
    assert model.query.sort is ResidentSort.AGE
    assert header.sortIndicatorSection() == ResidentListModel.AGE
    page.sort_by(ResidentSort.CASE_NUMBER, descending=False)
    assert header.sortIndicatorSection() == ResidentListModel.CASE_NUMBER
    assert model.query.sort is ResidentSort.CASE_NUMBER


def test_new_resident_button_asks_for_the_intake(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert page.new_button.isVisible()
    assert page.new_button.text() == "&New resident…"
    with qtbot.waitSignal(page.new_resident_requested, timeout=1000):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)


def test_opening_a_row_emits_its_id(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(1, 0))
    with qtbot.waitSignal(page.open_resident_requested, timeout=1000) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [page.model.resident_at(1).id]


def test_search_on_a_later_word_of_the_name(page) -> None:  # type: ignore[no-untyped-def]
    page.search_box.setText("keo")
    page.apply_filters()
    assert latin_names(page.model) == ["Bopha Keo"]
    page.search_box.setText("ម៉ៅ")
    page.apply_filters()
    assert latin_names(page.model) == ["Dara Mao"]
