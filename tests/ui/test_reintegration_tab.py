"""The Reintegration tab with pytest-qt on the real encrypted database: the whole way through
the dialogs, inline errors, coloured scores, overdue follow-ups, the contact safety warning."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import add_resident
from PySide6.QtCore import QDate

from shelter_desktop.domain.assessments import SCORE_COLOURS
from shelter_desktop.domain.case_file import ContactInput
from shelter_desktop.domain.reintegration import (
    DecisionInput,
    PlacementInput,
    ReadinessInput,
    VisitInput,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.reintegration_dialogs import (
    ClosureDialog,
    DecisionDialog,
    PlacementDialog,
    ReadinessDialog,
    VisitDialog,
)
from shelter_desktop.ui.reintegration_tab import OVERDUE_BACKGROUND, ReintegrationTab

TODAY = date.today()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def cell(table, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    item = table.item(row, column)
    return item.text() if item is not None else ""


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database, admission_date=TODAY - timedelta(days=600))


def open_tab(qtbot, shelter, resident: int, role: Role = Role.COUNSELOR) -> ReintegrationTab:  # type: ignore[no-untyped-def]
    tab = ReintegrationTab(shelter.services, shelter.users[role], SynchronousOpRunner(), resident)
    qtbot.addWidget(tab)
    tab.resize(1180, 760)
    tab.show()
    tab.refresh()
    return tab


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_from_start_to_placement_through_the_dialogs(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, shelter, resident)
    assert tab.view() is None
    assert tab.status.text().startswith("Reintegration has not started")
    assert tab.start_button.isEnabled() and not tab.readiness_button.isEnabled()
    with qtbot.waitSignal(tab.changed, timeout=1000):
        tab.start_button.click()
    assert tab.view() is not None and tab.step_states()["preparing"] == "current"
    assert not tab.start_button.isEnabled() and not tab.placement_button.isEnabled()

    tab.readiness_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ReadinessDialog) and dialog.isVisible()
    dialog.assessed_on.setDate(qdate(TODAY - timedelta(days=40)))
    dialog.ok_button.click()  # no score chosen
    assert dialog.isVisible()
    assert "her own readiness" in dialog.error_text()
    assert dialog.focusWidget() is dialog.child.score  # the cursor on the field to fix
    for row, score in ((dialog.child, 4), (dialog.family, 1), (dialog.community, 2), (dialog.access, 3)):
        choose(row.score, score)
    choose(dialog.risk, "medium")
    dialog.family.comment.setText("ឪពុកផឹកស្រា father drinks")  # typed Khmer and Latin
    qtbot.keyClicks(dialog.recommendation, "More family work first")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    table = tab.readiness_table
    assert table.rowCount() == 1
    assert [cell(table, 0, c) for c in range(1, 5)] == ["4", "1", "2", "3"]
    assert table.item(0, 2).background().color().name() == SCORE_COLOURS[1]
    assert table.item(0, 1).background().color().name() == SCORE_COLOURS[4]
    assert cell(table, 0, 5) == "Medium risk"
    assert "More family work first" in tab.recommendation.text()

    tab.decision_button.click()
    decision = tab.dialog
    assert isinstance(decision, DecisionDialog)
    choose(decision.decision, "other")
    decision.decided_on.setDate(qdate(TODAY - timedelta(days=35)))
    decision.ok_button.click()
    assert decision.isVisible() and "Other" in decision.error_text()
    choose(decision.decision, "kinship")
    decision.ok_button.click()
    assert not decision.isVisible()
    assert tab.fact("decision").startswith("Kinship care (relatives), decided on ")
    assert tab.placement_button.isEnabled() and tab.placement_button.text() == "Placement…"

    tab.placement_button.click()
    placement = tab.dialog
    assert isinstance(placement, PlacementDialog)
    assert "1, 3, 6, 12, 18, 24 months" in placement.explanation.text()
    placement.placement_date.setDate(qdate(TODAY - timedelta(days=30)))
    placement.ok_button.click()
    assert placement.isVisible() and placement.error_text().startswith("Write where she lives")
    qtbot.keyClicks(placement.place, "With her aunt, Kampot")
    choose(placement.province, "07")
    placement.ok_button.click()
    assert not placement.isVisible()
    assert tab.step_states() == {"preparing": "done", "placed": "current", "closed": "todo"}
    assert tab.placement_button.text() == "Change placement…"
    assert tab.visits_table.rowCount() == 6
    assert cell(tab.visits_table, 0, tab.V_FOLLOW_UP) == "1 month"
    assert cell(tab.visits_table, 1, tab.V_FOLLOW_UP) == "3 months"
    assert "With her aunt, Kampot" in tab.fact("placement")


def placed_resident(shelter, resident: int, days_ago: int = 200):  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.reintegration, shelter.users[Role.COUNSELOR]
    rid = service.start(counselor, resident).value.id
    service.add_readiness(counselor, rid, ReadinessInput(TODAY - timedelta(days=days_ago + 20), 3, 3, 3, 3, "low"))
    service.decide(counselor, rid, DecisionInput("family", TODAY - timedelta(days=days_ago + 5)))
    return service.place(counselor, rid, PlacementInput(TODAY - timedelta(days=days_ago), "Home")).value


def test_overdue_visits_are_red_and_a_visit_is_recorded(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    view = placed_resident(shelter, resident, days_ago=120)  # 1 and 3 months are overdue
    tab = open_tab(qtbot, shelter, resident)
    table = tab.visits_table
    assert cell(table, 0, tab.V_STATUS) == "Overdue"
    assert table.item(0, tab.V_DUE).background().color() == OVERDUE_BACKGROUND
    assert cell(table, 2, tab.V_STATUS) == "Scheduled"
    assert tab.status.text() == "0 visits made, 2 overdue."

    tab.select_visit(view.visits[0].id)
    tab.visit_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, VisitDialog)
    assert dialog.explanation.text().startswith("The 1-month follow-up, due on ")
    dialog.visited_on.setDate(qdate(view.visits[0].due_on + timedelta(days=1)))
    choose(dialog.risk, "low")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error_text().startswith("Write what you found")
    assert dialog.focusWidget() is dialog.findings
    choose(dialog.safety.score, 4)
    choose(dialog.education_work.score, 1)
    qtbot.keyClicks(dialog.findings, "Back at school")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert cell(table, 0, tab.V_STATUS) == "Done"
    assert cell(table, 0, tab.V_SAFETY) == "4" and cell(table, 0, tab.V_WELLBEING) == "\u2014"
    assert table.item(0, tab.V_EDUCATION).background().color().name() == SCORE_COLOURS[1]
    assert cell(table, 0, tab.V_RISK) == "Low risk"
    assert tab.status.text() == "1 visits made, 1 overdue."

    # Mark the next one missed.
    tab.select_visit(view.visits[1].id)
    assert tab.missed_button.isEnabled()
    tab.missed_button.click()
    assert cell(table, 1, tab.V_STATUS) == "Missed"


def test_closing_the_case_from_the_tab(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    placed_resident(shelter, resident, days_ago=50)
    tab = open_tab(qtbot, shelter, resident)
    tab.close_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ClosureDialog)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error_text() == "Choose why the case is closed."
    choose(dialog.reason, "continued_elsewhere")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert tab.step_states()["closed"] == "current"
    assert {cell(tab.visits_table, r, tab.V_STATUS) for r in range(6)} == {"Cancelled"}
    assert tab.fact("closure").endswith("Case continued by another organisation")
    assert not any(b.isEnabled() for b in (tab.readiness_button, tab.visit_button, tab.close_button))


def test_contact_safety_flags_warn_on_this_tab(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    contacts, counselor = shelter.services.contacts, shelter.users[Role.COUNSELOR]
    contacts.add_contact(counselor, resident, ContactInput("Father", "Sok Vannak", safety_flag="no_contact"))
    contacts.add_contact(counselor, resident, ContactInput("Uncle", "ចាន់ ដារ៉ា", safety_flag="suspected_involvement"))
    contacts.add_contact(counselor, resident, ContactInput("Mother", "Srey Mom"))
    tab = open_tab(qtbot, shelter, resident)
    text = tab.safety_text()
    assert "No contact: Father Sok Vannak — do not plan contact" in text
    assert "Suspected involvement: Uncle ចាន់ ដារ៉ា — do not plan contact" in text
    assert "Mother" not in text
    assert tab.safety_banner.isVisible()


def test_no_warning_without_flagged_contacts_and_no_buttons_without_edit_rights(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, shelter, resident)
    assert tab.safety_text() == "" and not tab.safety_banner.isVisible()
    assert tab.start_button.isVisible()
    # A role without edit rights gets no buttons at all (services refuse anyway).
    other = ReintegrationTab(
        shelter.services, shelter.users[Role.DATA_OFFICER], SynchronousOpRunner(), resident
    )
    qtbot.addWidget(other)
    other.show()
    assert not any(b.isVisible() for b in (other.start_button, other.close_button, other.visit_button))


def test_khmer_text_in_a_visit_is_shown_whole(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    view = placed_resident(shelter, resident, days_ago=40)
    khmer = "នាងទៅសាលារៀនជារៀងរាល់ថ្ងៃ mixed with English"
    shelter.services.reintegration.record_visit(
        shelter.users[Role.COUNSELOR], view.visits[0].id,
        VisitInput(TODAY - timedelta(days=2), "home", "low", findings=khmer),
    )
    tab = open_tab(qtbot, shelter, resident)
    assert cell(tab.visits_table, 0, tab.V_FINDINGS) == khmer


def test_closing_from_the_file_window_updates_her_status_in_the_header(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    from shelter_desktop.ui.resident_file_window import ResidentFileWindow

    placed_resident(shelter, resident, days_ago=30)
    window = ResidentFileWindow(
        shelter.services, shelter.users[Role.COUNSELOR], SynchronousOpRunner(), resident
    )
    qtbot.addWidget(window)
    window.show()
    assert window._status_chip.text() == "Reintegrated"
    window.show_tab("reintegration")
    tab = window.tab("reintegration")
    assert isinstance(tab, ReintegrationTab) and tab.view() is not None
    tab.close_button.click()
    choose(tab.dialog.reason, "goals_met")
    tab.dialog.ok_button.click()
    assert window._status_chip.text() == "Closed"
