"""Due work and Home with pytest-qt on the real encrypted database: every kind of work shown
with its label, overdue red and due soon amber, mine or the whole shelter, and opening an item
(double-click or Enter) opens the resident's file on the tab where the work is done."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from .conftest import NewResident, add_residents, add_unsigned_note
from shelter_desktop.domain.reintegration import DecisionInput, PlacementInput, ReadinessInput
from shelter_desktop.domain.roles import Role
from shelter_desktop.storage.models import CarePlanRow, ResidentRow
from shelter_desktop.ui.due_work_page import (
    OVERDUE_BACKGROUND,
    SOON_BACKGROUND,
    DueItemsTable,
    DueWorkPage,
)
from shelter_desktop.ui.home_page import HomePage
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.resident_windows import ResidentWindows

TODAY = date.today()


@pytest.fixture
def due(signed_in):  # type: ignore[no-untyped-def]
    """A resident of the counselor's caseload with one item of each kind, and one of another
    counselor's that is only in the whole shelter's list."""
    services = signed_in.services
    counselor = signed_in.user(Role.COUNSELOR)
    manager = signed_in.user(Role.HOUSE_MANAGER)
    mine, other = add_residents(services, [
        NewResident("Sophea Sok", admission_date=TODAY - timedelta(days=300)),
        NewResident("Bopha Keo", admission_date=TODAY - timedelta(days=300)),
    ])
    with services.database.session() as session, session.begin():
        session.execute(update(ResidentRow).where(ResidentRow.id == mine).values(counselor_id=counselor.id))
        session.execute(update(ResidentRow).where(ResidentRow.id == other).values(counselor_id=manager.id))
        now = datetime(2026, 1, 1)
        session.add(CarePlanRow(
            resident_id=mine, version=1, status="active", review_date=TODAY + timedelta(days=5),
            created_by=counselor.id, created_at=now, updated_at=now,
        ))
    add_unsigned_note(services, mine, counselor, TODAY - timedelta(days=10))
    service = services.reintegration
    rid = service.start(counselor, mine).value.id
    service.add_readiness(counselor, rid, ReadinessInput(TODAY - timedelta(days=60), 3, 3, 3, 3, "low"))
    service.decide(counselor, rid, DecisionInput("family", TODAY - timedelta(days=50)))
    service.place(counselor, rid, PlacementInput(TODAY - timedelta(days=45), "Home"))
    # place() made her "reintegrated": she is no longer due a reassessment; make her active
    # again so that every kind of work is due for her.
    with services.database.session() as session, session.begin():
        session.execute(update(ResidentRow).where(ResidentRow.id == mine).values(status="active"))
    return {"mine": mine, "other": other}


def row_of(table: DueItemsTable, kind_key: str) -> int:
    return next(r for r, item in enumerate(table.due_items()) if item.kind_key == kind_key)


def current_tab(window) -> str:  # type: ignore[no-untyped-def]
    return str(window.tab_widget.currentWidget().property("tabKey"))


def test_every_kind_is_listed_with_its_label_and_colour(signed_in, due) -> None:  # type: ignore[no-untyped-def]
    window = signed_in.open(Role.COUNSELOR)
    window.show_page("due_work")
    page = window.page("due_work")
    assert isinstance(page, DueWorkPage) and page.mine_only
    items = page.items()
    assert {i.kind_key for i in items} == {
        "unsigned_note", "care_plan_review", "reassessment", "follow_up_visit"
    }
    assert {i.resident_id for i in items} == {due["mine"]}
    table = page.table
    labels = {table.item(r, table.WORK).text() for r in range(table.rowCount())}
    assert labels == {"Unsigned counseling note", "Care plan review", "First assessment",
                      "Follow-up visit"}
    follow_up = row_of(table, "follow_up_visit")
    assert table.item(follow_up, table.STATE).text() == "Overdue"
    assert table.item(follow_up, table.CASE_NUMBER).background().color() == OVERDUE_BACKGROUND
    review = row_of(table, "care_plan_review")
    assert table.item(review, table.STATE).text() == "Due soon"
    assert table.item(review, table.STATE).background().color() == SOON_BACKGROUND
    # Overdue first.
    assert [i.overdue for i in items] == sorted((i.overdue for i in items), reverse=True)

    page.all_button.click()
    assert due["other"] in {i.resident_id for i in page.items()}
    page.mine_button.click()
    assert due["other"] not in {i.resident_id for i in page.items()}


@pytest.mark.parametrize(
    "kind_key,tab",
    [
        ("follow_up_visit", "reintegration"),
        ("care_plan_review", "care_plan"),
        ("reassessment", "assessments"),
        ("unsigned_note", "counseling"),
    ],
)
def test_opening_an_item_lands_on_its_tab(signed_in, due, kind_key: str, tab: str) -> None:  # type: ignore[no-untyped-def]
    window = signed_in.open(Role.COUNSELOR)
    window.show_page("due_work")
    page = window.page("due_work")
    page.open_row(row_of(page.table, kind_key))
    file_window = window.resident_windows.window(due["mine"])
    assert file_window is not None
    assert current_tab(file_window) == tab
    window.resident_windows.close_all()


def test_enter_and_an_open_file_switch_to_the_right_tab(signed_in, due, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = signed_in.open(Role.COUNSELOR)
    window.show_page("due_work")
    page = window.page("due_work")
    table = page.table
    table.setFocus()
    table.selectRow(row_of(table, "follow_up_visit"))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    file_window = window.resident_windows.window(due["mine"])
    assert file_window is not None and current_tab(file_window) == "reintegration"
    # The file is open already: opening another item brings it forward on that item's tab.
    table.selectRow(row_of(table, "care_plan_review"))
    qtbot.keyClick(table, Qt.Key.Key_Enter)
    assert window.resident_windows.windows() == [file_window]
    assert current_tab(file_window) == "care_plan"
    window.resident_windows.close_all()


def test_home_shows_due_work_and_opens_it(signed_in, due, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = signed_in.open(Role.COUNSELOR)
    home = window.page("home")
    assert isinstance(home, HomePage)
    assert {i.kind_key for i in home.due_items()} == {
        "unsigned_note", "care_plan_review", "reassessment", "follow_up_visit"
    }
    assert home.due_summary.text() == "3 overdue, 1 due soon"
    table = home.due_table
    table.selectRow(row_of(table, "reassessment"))
    table.open_current()
    file_window = window.resident_windows.window(due["mine"])
    assert file_window is not None and current_tab(file_window) == "assessments"
    window.resident_windows.close_all()
    home.due_scope.all_button.click()
    assert due["other"] in {i.resident_id for i in home.due_items()}


def test_home_of_a_house_manager_lists_the_whole_shelter(signed_in, due) -> None:  # type: ignore[no-untyped-def]
    window = signed_in.open(Role.HOUSE_MANAGER)
    home = window.page("home")
    assert not home.due_scope.mine_only
    assert {due["mine"], due["other"]} <= {i.resident_id for i in home.due_items()}
    assert home.due_section.isVisible()


def test_no_due_work_on_home_for_an_administrator(signed_in) -> None:  # type: ignore[no-untyped-def]
    window = signed_in.open(Role.ADMINISTRATOR)
    home = window.page("home")
    assert not home.shows_due_work and not home.due_section.isVisible()
    assert home.due_items() == []


def test_nothing_due(signed_in) -> None:  # type: ignore[no-untyped-def]
    window = signed_in.open(Role.COUNSELOR)
    home = window.page("home")
    assert home.due_items() == [] and home.due_empty.isVisible()
    assert home.due_empty.text() == "Nothing is due."


class DeferredRunner(SynchronousOpRunner):
    """Holds every call until ``flush()``: a file that loads after ``open`` has returned, as
    with the real worker thread."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[tuple] = []  # type: ignore[type-arg]

    def run_op(self, parent, fn, on_success=None, label="", on_error=None) -> None:  # type: ignore[no-untyped-def, override]
        self.pending.append((parent, fn, on_success, label, on_error))

    def flush(self) -> None:
        while self.pending:
            SynchronousOpRunner.run_op(self, *self.pending.pop(0))


def test_the_tab_is_shown_once_a_slow_file_has_loaded(signed_in, due, qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = DeferredRunner()
    windows = ResidentWindows(signed_in.services, signed_in.user(Role.COUNSELOR), runner)
    window = windows.open(due["mine"], "reintegration")
    assert window is not None and window.detail() is None  # still loading
    qtbot.addWidget(window)
    runner.flush()
    assert window.detail() is not None
    assert current_tab(window) == "reintegration"
    windows.close_all()
