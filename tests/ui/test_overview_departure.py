"""Recording a resident's departure from her Overview (pytest-qt, real encrypted database): who
sees the button, the dialog's choices and date limits, red inline errors, and the new status in
the overview, the file's header and the residents list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from factories import add_resident
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from shelter_desktop.domain.residents import ResidentStatus
from shelter_desktop.domain.roles import Role
from shelter_desktop.ui.departure_dialog import DepartureDialog
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.overview_tab import OverviewTab
from shelter_desktop.ui.resident_file_window import ResidentFileWindow
from shelter_desktop.ui.resident_list_model import ResidentListModel

TODAY = date.today()
ADMITTED = TODAY - timedelta(days=200)
LEFT_CAPTION = "Left the shelter"


def dmy(day: date) -> str:
    return f"{day:%d/%m/%Y}"


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database, admission_date=ADMITTED)


def overview(qtbot, shelter, resident: int, role: Role = Role.COUNSELOR) -> OverviewTab:  # type: ignore[no-untyped-def]
    """An Overview tab showing her detail (read by the house manager, as the file window
    would for a role allowed to open files)."""
    tab = OverviewTab(shelter.services, shelter.users[role], SynchronousOpRunner(), resident)
    qtbot.addWidget(tab)
    tab.resize(1000, 720)
    tab.show()
    tab.set_detail(shelter.services.residents.detail(shelter.users[Role.HOUSE_MANAGER], resident))
    return tab


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.HOUSE_MANAGER])
def test_staff_who_may_edit_see_the_button_while_she_is_active(
    qtbot, shelter, resident: int, role: Role
) -> None:  # type: ignore[no-untyped-def]
    tab = overview(qtbot, shelter, resident, role)
    assert tab.departure_button.isVisible()
    assert tab.departure_button.text() == "Record departure…"
    assert LEFT_CAPTION not in tab.facts()


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_roles_without_edit_rights_never_see_the_button(
    qtbot, shelter, resident: int, role: Role
) -> None:  # type: ignore[no-untyped-def]
    tab = overview(qtbot, shelter, resident, role)
    assert not tab.departure_button.isVisible()
    assert tab.record_departure() is None  # nothing opens even if asked


def test_a_resident_who_left_shows_the_day_and_no_button(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    left = TODAY - timedelta(days=20)
    shelter.services.residents.record_departure(
        shelter.users[Role.HOUSE_MANAGER], resident, ResidentStatus.TRANSFERRED, left)
    tab = overview(qtbot, shelter, resident)
    assert not tab.departure_button.isVisible()
    facts = tab.facts()
    assert facts["Status"] == "Transferred"
    assert facts[LEFT_CAPTION] == dmy(left)


def test_the_dialog_records_a_departure_and_the_overview_shows_it(
    qtbot, shelter, resident: int
) -> None:  # type: ignore[no-untyped-def]
    tab = overview(qtbot, shelter, resident)
    tab.departure_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, DepartureDialog) and dialog.isVisible() and dialog.isModal()
    assert dialog.windowTitle() == "Record departure"
    assert dialog.transferred.text() == "Transferred to another organisation"
    assert dialog.absconded.text() == "Left without notice"
    assert dialog.kind() is None  # staff choose; nothing is preselected
    assert dialog.left_on.displayFormat() == "dd/MM/yyyy"
    assert dialog.left_on.date() == QDate.currentDate()
    assert dialog.left_on.maximumDate() == QDate.currentDate()
    assert dialog.explanation.text().startswith("Record that she left the shelter")
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel"

    left = TODAY - timedelta(days=5)
    dialog.absconded.setChecked(True)
    dialog.set_date(left)
    with qtbot.waitSignal(tab.changed, timeout=1000) as signal:
        dialog.ok_button.click()
    assert signal.args[0].touches("resident")
    assert not dialog.isVisible()
    facts = tab.facts()
    assert facts["Status"] == "Absconded"
    assert facts[LEFT_CAPTION] == dmy(left)
    assert not tab.departure_button.isVisible()
    detail = shelter.services.residents.detail(shelter.users[Role.COUNSELOR], resident)
    assert (detail.status, detail.exit_date) == ("absconded", left)


def test_no_choice_is_refused_in_red_and_the_dialog_stays_open(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    tab = overview(qtbot, shelter, resident)
    dialog = tab.record_departure()
    assert dialog is not None
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error_text() == (
        "Choose how she left: transferred to another organisation, or left without notice."
    )
    assert "#8a1020" in dialog.error_label.styleSheet()  # red
    assert dialog.focusWidget() is dialog.transferred  # the cursor on the choice
    assert shelter.services.residents.detail(
        shelter.users[Role.COUNSELOR], resident).status == "active"
    dialog.transferred.setChecked(True)
    with qtbot.waitSignal(tab.changed, timeout=1000):
        dialog.ok_button.click()
    assert tab.facts()["Status"] == "Transferred"


def test_a_future_date_is_refused(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    tab = overview(qtbot, shelter, resident)
    dialog = tab.record_departure()
    assert dialog is not None
    dialog.transferred.setChecked(True)
    tomorrow = TODAY + timedelta(days=1)
    dialog.set_date(tomorrow)
    assert dialog.left_on.date() == QDate.currentDate()  # the field stops at today
    # and if a date in the future reaches the service anyway, it is refused in red
    dialog.left_on.setMaximumDate(QDate(2100, 1, 1))
    dialog.set_date(tomorrow)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error_text() == (
        "The day she left is in the future. Enter the day she actually left."
    )
    assert dialog.focusWidget() is dialog.left_on
    assert tab.facts()["Status"] == "Active"


def test_a_date_before_her_admission_cannot_be_chosen(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    tab = overview(qtbot, shelter, resident)
    dialog = tab.record_departure()
    assert dialog is not None
    dialog.set_date(ADMITTED - timedelta(days=3))
    assert dialog.left_on.date() == QDate(ADMITTED.year, ADMITTED.month, ADMITTED.day)


def test_the_file_header_and_the_residents_list_show_the_new_status(
    qtbot, signed_in
) -> None:  # type: ignore[no-untyped-def]
    resident = add_resident(signed_in.services.database, admission_date=ADMITTED)
    window = signed_in.open(Role.COUNSELOR)
    window.show_page("residents")
    page = window.page("residents")
    model = page.model

    def listed_status() -> str:
        return str(model.data(model.index(0, ResidentListModel.STATUS)))

    assert listed_status() == "Active"
    window.open_resident(resident)
    file_window = window.resident_windows.window(resident)
    assert isinstance(file_window, ResidentFileWindow)
    tab = file_window.tab("overview")
    assert isinstance(tab, OverviewTab)
    dialog = tab.record_departure()
    assert dialog is not None
    dialog.transferred.setChecked(True)
    with qtbot.waitSignal(file_window.resident_changed, timeout=1000):
        dialog.ok_button.click()
    assert file_window.detail().status == "transferred"  # the header reloaded
    assert file_window._status_chip.text() == "Transferred"
    assert tab.facts()[LEFT_CAPTION] == dmy(TODAY)
    assert listed_status() == "Transferred"
    file_window.close()
    assert not shiboken6.isValid(file_window) or file_window.is_closing()
