"""The main window: navigation per role, header, Home figures, Due work, sign-out."""

from __future__ import annotations

import importlib.util
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.residents import ResidentStatus
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.ui.due_work_page import OVERDUE_BACKGROUND, DueWorkPage
from shelter_desktop.ui.home_page import HomePage

from .conftest import NewResident, add_residents, add_unsigned_note

HAS_ADMIN_PAGE = importlib.util.find_spec("shelter_desktop.ui.admin_page") is not None

EXPECTED = {
    Role.COUNSELOR: ["home", "residents", "due_work"],
    Role.HOUSE_MANAGER: ["home", "residents", "due_work", "reports"],
    Role.DATA_OFFICER: ["home", "reports"],
    Role.ADMINISTRATOR: ["home", "reports", "administration"] if HAS_ADMIN_PAGE else ["home", "reports"],
}
LABELS = {"home": "Home", "residents": "Residents", "due_work": "Due work",
          "reports": "Reports", "administration": "Administration"}


@pytest.mark.parametrize("role", list(Role))
def test_navigation_shows_exactly_what_the_role_may_use(signed_in, role):
    window = signed_in.open(role)
    assert window.navigation_keys() == EXPECTED[role]
    assert window.navigation_labels() == [LABELS[k] for k in EXPECTED[role]]
    for key in LABELS:
        # Pages a role may not use are never built, not merely hidden.
        assert (window.page(key) is not None) == (key in EXPECTED[role])
    assert window.current_page_key() == "home"
    assert window.page("home").isVisible()


def test_header_names_shelter_person_and_role(signed_in):
    window = signed_in.open(Role.HOUSE_MANAGER)
    assert window._shelter_label.text() == "Test Shelter"
    assert window._user_label.text() == "Test house_manager · House manager"
    assert "Test Shelter" in window.windowTitle()


def test_keyboard_shortcuts_switch_pages(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "residents"
    assert window.page("residents").isVisible()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "due_work"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "home"


def test_home_shows_the_figures_of_a_counselor(signed_in):
    services = signed_in.services
    counselor = signed_in.user(Role.COUNSELOR)
    ids = add_residents(services, [
        NewResident("Sophea Sok"),
        NewResident("Bopha Keo"),
        NewResident("Dara Ly", status=ResidentStatus.REINTEGRATED),
    ])
    add_unsigned_note(services, ids[0], counselor, utc_now().date())
    window = signed_in.open(Role.COUNSELOR)
    home = window.page("home")
    assert isinstance(home, HomePage)
    assert home.visible_figures() == {
        "Active residents": "2",
        "Your unsigned notes": "1",
        "Unsigned notes in the shelter": "1",
    }
    assert home._welcome.text() == "Welcome, Test counselor"
    assert home._shelter.text() == "Test Shelter"


def test_home_refreshes_when_shown_again(signed_in):
    window = signed_in.open(Role.HOUSE_MANAGER)
    home = window.page("home")
    assert home.visible_figures()["Active residents"] == "0"
    add_residents(signed_in.services, [NewResident("Sophea Sok")])
    window.show_page("residents")
    window.show_page("home")
    assert home.visible_figures()["Active residents"] == "1"


def test_home_of_a_data_officer_says_what_the_account_is_for(signed_in):
    window = signed_in.open(Role.DATA_OFFICER)
    home = window.page("home")
    assert home.visible_figures() == {}
    text = home._purpose.text()
    assert "anonymized summaries" in text
    assert "cannot open residents' files" in text


def test_home_of_an_administrator_shows_staff_and_audit_figures(signed_in):
    window = signed_in.open(Role.ADMINISTRATOR)
    figures = window.page("home").visible_figures()
    assert set(figures) == {"Active staff accounts", "Audit events recorded"}
    assert figures["Active staff accounts"] == "4"
    assert int(figures["Audit events recorded"].replace(",", "")) > 0


def test_due_work_lists_unsigned_notes_with_overdue_highlighted(signed_in):
    services = signed_in.services
    counselor = signed_in.user(Role.COUNSELOR)
    [rid] = add_residents(services, [NewResident("Sophea Sok")])
    today = utc_now().date()
    add_unsigned_note(services, rid, counselor, today - timedelta(days=10))
    add_unsigned_note(services, rid, counselor, today)
    window = signed_in.open(Role.COUNSELOR)
    window.show_page("due_work")
    page = window.page("due_work")
    assert isinstance(page, DueWorkPage)
    assert page.mine_only
    assert [item.overdue for item in page.items()] == [True, False]
    assert not page.is_empty_shown()
    table = page.table
    assert table.rowCount() == 2
    assert table.item(0, page.WORK).text() == "Unsigned counseling note"
    assert table.item(0, page.STATE).text() == "Overdue"
    assert table.item(0, page.CASE_NUMBER).background().color() == OVERDUE_BACKGROUND
    assert table.item(1, page.STATE).text() == "Due soon"  # due in 3 days
    assert table.item(1, page.CASE_NUMBER).background().style() == Qt.BrushStyle.NoBrush
    assert page._summary.text() == "2 due, 1 overdue"


def test_due_work_only_mine_and_whole_shelter(signed_in):
    services = signed_in.services
    counselor = signed_in.user(Role.COUNSELOR)
    [rid] = add_residents(services, [NewResident("Sophea Sok")])
    add_unsigned_note(services, rid, counselor, utc_now().date())
    # The house manager writes no notes: her own list is empty, the shelter's is not.
    window = signed_in.open(Role.HOUSE_MANAGER)
    window.show_page("due_work")
    page = window.page("due_work")
    assert not page.mine_only
    # The note, and her first assessment (she was never assessed): not hers, so not "mine".
    assert sorted(i.kind_key for i in page.items()) == ["reassessment", "unsigned_note"]
    page.mine_button.click()
    assert page.items() == []
    assert page.is_empty_shown()
    assert page.empty_label.text() == "Nothing is due"
    assert page.empty_label.isVisible()
    page.all_button.click()
    assert sorted(i.kind_key for i in page.items()) == ["reassessment", "unsigned_note"]


def test_sign_out_emits_signed_out_and_records_it(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR)
    with qtbot.waitSignal(window.signed_out, timeout=1000):
        window._sign_out_action.trigger()
    assert not window.isVisible()
    assert not window.idle_watcher.is_running()
    events, _ = signed_in.services.audit.list_events(
        signed_in.user(Role.ADMINISTRATOR), AuditFilter(action="logout", username="counselor")
    )
    assert len(events) == 1


def test_tab_goes_from_navigation_through_the_page_to_the_header(signed_in, qtbot):
    from PySide6.QtWidgets import QApplication

    window = signed_in.open(Role.COUNSELOR)
    window.show_page("residents")
    page = window.page("residents")
    window._nav.setFocus()
    order = []
    expected = [
        window._nav, page.search_box, page.status_filter, page.risk_filter, page.age_filter,
        page.year_filter, page.counselor_filter, page.table, page.new_button,
        window._lock_button, window._sign_out_button,
    ]
    for _ in expected:
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == expected


@pytest.mark.skipif(not HAS_ADMIN_PAGE, reason="the administration page is not there yet")
def test_a_new_idle_time_from_administration_applies_at_once(signed_in):
    window = signed_in.open(Role.ADMINISTRATOR)
    window.page("administration").idle_lock_minutes_changed.emit(9)
    assert window.idle_watcher.timeout_ms == 9 * 60_000
