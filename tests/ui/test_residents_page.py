"""Residents page: search as you type, status filter, lazy paging, opening a resident."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QObject, Qt

from shelter_desktop.domain.residents import ResidentStatus
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.services.residents import ResidentQuery
from shelter_desktop.ui.op_runner import deliver
from shelter_desktop.ui.resident_list_model import PLACEHOLDER, ResidentListModel
from shelter_desktop.ui.residents_page import SEARCH_DELAY_MS, ResidentsPage, ResidentSummaryDialog

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


def test_enter_opens_a_read_only_summary_and_the_view_is_audited(residents_page, qtbot,
                                                                  signed_in):
    table = residents_page.table
    table.setFocus()
    table.selectRow(0)
    table.setCurrentIndex(residents_page.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialogs = [d for d in residents_page.findChildren(ResidentSummaryDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    values = dialog.field_values()
    assert values["Latin name"] == "Bopha Keo"
    assert values["Status"] == "Active"
    assert values["Risk level"] == "High"
    assert values["Admitted"] == "13/04/2025"
    assert values["Case number"] == dialog.summary.case_number
    assert dialog._name.text() == "បុប្ផា កែវ"
    assert dialog.windowTitle() == f"Resident {dialog.summary.case_number}"
    events, _ = signed_in.services.audit.list_events(
        signed_in.user(Role.ADMINISTRATOR), AuditFilter(action="view", username="counselor")
    )
    assert [(e.entity, e.entity_id) for e in events] == [("resident", str(dialog.summary.id))]


def test_double_click_opens_the_summary(residents_page, qtbot):
    table = residents_page.table
    rect = table.visualRect(residents_page.model.index(1, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = [d for d in residents_page.findChildren(ResidentSummaryDialog) if d.isVisible()]
    assert [d.field_values()["Latin name"] for d in dialogs] == ["Sreyneang Heng"]


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
