"""Staff tab (and the page as a whole): real encrypted database, synchronous runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from shelter_desktop.domain.errors import AccountDisabled, AccountLocked, SignInFailed
from shelter_desktop.domain.passwords import MAX_FAILED_SIGN_INS
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.ui.admin_page import AdministrationPage
from shelter_desktop.ui.staff_dialogs import AddStaffDialog, ResetPasswordDialog
from shelter_desktop.ui.staff_panel import StaffPanel

from ..conftest import STAFF_PASSWORD

ACTIVE, MUST_CHANGE, LOCKED = 3, 4, 5


def staff_panel(page: AdministrationPage) -> StaffPanel:
    page.refresh()  # the staff tab is the first one
    return page.staff_panel


def row_of(panel: StaffPanel, username: str) -> int:
    for row in range(panel.table.rowCount()):
        if panel.table.item(row, 0).text() == username:
            return row
    raise AssertionError(f"{username} is not listed")


def confirm(panel: StaffPanel) -> None:
    box = panel.confirmation
    assert box is not None and box.isVisible()
    accept = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    assert len(accept) == 1
    accept[0].click()


def fill_add_dialog(
    dialog: AddStaffDialog, username: str, name: str, role: Role, password: str, repeat: str
) -> None:
    dialog.username.setText(username)
    dialog.display_name.setText(name)
    dialog.set_role(role)
    dialog.password.setText(password)
    dialog.repeat_password.setText(repeat)


def test_lists_every_account_with_translated_role(shelter, make_page) -> None:
    panel = staff_panel(make_page(shelter.admin))
    assert [m.username for m in panel.members()] == sorted(
        ["admin", "counselor", "dataofficer", "manager"]
    )
    row = row_of(panel, "manager")
    assert panel.table.item(row, 2).text() == "House manager"
    assert panel.table.item(row, MUST_CHANGE).text() == "Yes"
    assert panel.table.item(row_of(panel, "admin"), 6).text() != "Never"  # signed in at setup
    assert panel.status.text() == "4 staff accounts."


def test_add_staff_through_dialog(shelter, make_page) -> None:
    panel = staff_panel(make_page(shelter.admin))
    panel.add_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, AddStaffDialog) and dialog.isVisible()
    assert "choose a new password of their own" in dialog.explanation.text()
    fill_add_dialog(dialog, "Sokha.Chan", "Chan Sokha", Role.COUNSELOR, "first-pass-77", "first-pass-77")
    dialog.ok_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    added = [m for m in shelter.services.staff.list_staff(shelter.admin) if m.username == "sokha.chan"]
    assert len(added) == 1
    assert added[0].must_change_password is True
    assert added[0].role is Role.COUNSELOR and added[0].display_name == "Chan Sokha"
    row = row_of(panel, "sokha.chan")
    assert panel.table.item(row, 1).text() == "Chan Sokha"
    assert panel.table.item(row, MUST_CHANGE).text() == "Yes"
    assert panel.selected() is not None and panel.selected().username == "sokha.chan"


def test_duplicate_user_name_is_shown_inside_the_dialog(shelter, make_page, shown_errors) -> None:
    panel = staff_panel(make_page(shelter.admin))
    panel.add_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, AddStaffDialog)
    fill_add_dialog(dialog, "counselor", "Someone Else", Role.HOUSE_MANAGER, "other-pass-99", "other-pass-99")
    dialog.ok_button.click()

    assert dialog.isVisible()
    assert "already taken" in dialog.error_text()
    assert dialog.username.text() == "counselor"
    assert dialog.display_name.text() == "Someone Else"
    assert dialog.selected_role() is Role.HOUSE_MANAGER
    assert dialog.password.text() == "other-pass-99"
    assert dialog.ok_button.isEnabled()
    assert shown_errors == []
    assert len(shelter.services.staff.list_staff(shelter.admin)) == 4

    # Fixing the name and submitting again works from the same dialog.
    dialog.username.setText("dara")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "dara" in [m.username for m in panel.members()]


def test_mismatched_or_weak_passwords_stay_in_the_dialog(shelter, make_page) -> None:
    panel = staff_panel(make_page(shelter.admin))
    panel.add_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, AddStaffDialog)
    fill_add_dialog(dialog, "vanna", "Vanna Ly", Role.COUNSELOR, "first-pass-77", "first-pass-78")
    dialog.ok_button.click()
    assert dialog.isVisible() and "not the same" in dialog.error_text()

    dialog.password.setText("short")
    dialog.repeat_password.setText("short")
    dialog.ok_button.click()
    assert dialog.isVisible() and "at least 8 characters" in dialog.error_text()
    assert "vanna" not in [m.username for m in shelter.services.staff.list_staff(shelter.admin)]


def test_disable_then_the_account_cannot_sign_in(shelter, make_page) -> None:
    panel = staff_panel(make_page(shelter.admin))
    panel.table.selectRow(row_of(panel, "counselor"))
    assert panel.toggle_button.text() == "Disable…"

    # Cancelling the confirmation changes nothing.
    panel.toggle_button.click()
    assert "can no longer sign in" in panel.confirmation.text()
    panel.confirmation.escapeButton().click()
    assert panel.table.item(row_of(panel, "counselor"), ACTIVE).text() == "Yes"

    panel.toggle_button.click()
    confirm(panel)
    assert panel.table.item(row_of(panel, "counselor"), ACTIVE).text() == "No"
    assert panel.selected().username == "counselor"
    assert panel.toggle_button.text() == "Enable…"
    with pytest.raises(AccountDisabled):
        shelter.services.auth.sign_in("counselor", STAFF_PASSWORD)

    panel.toggle_button.click()
    assert "can sign in again" in panel.confirmation.text()
    confirm(panel)
    assert panel.table.item(row_of(panel, "counselor"), ACTIVE).text() == "Yes"
    assert shelter.services.auth.sign_in("counselor", STAFF_PASSWORD).username == "counselor"


def test_disabling_your_own_account_is_refused_with_a_message(shelter, make_page, shown_errors) -> None:
    panel = staff_panel(make_page(shelter.admin))
    panel.table.selectRow(row_of(panel, "admin"))
    panel.toggle_button.click()
    confirm(panel)
    assert len(shown_errors) == 1 and "your own account" in shown_errors[0]
    assert panel.table.item(row_of(panel, "admin"), ACTIVE).text() == "Yes"


def test_reset_password_clears_a_lockout(shelter, make_page) -> None:
    auth = shelter.services.auth
    for attempt in range(MAX_FAILED_SIGN_INS):
        expected = AccountLocked if attempt == MAX_FAILED_SIGN_INS - 1 else SignInFailed
        with pytest.raises(expected):
            auth.sign_in("counselor", "wrong-password")
    with pytest.raises(AccountLocked):
        auth.sign_in("counselor", STAFF_PASSWORD)

    panel = staff_panel(make_page(shelter.admin))
    row = row_of(panel, "counselor")
    assert panel.table.item(row, LOCKED).text() != ""
    panel.table.selectRow(row)
    panel.reset_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    assert "lock is cleared" in dialog.explanation.text()
    assert "Test counselor (counselor)" in dialog.explanation.text()
    dialog.password.setText("new-start-2026")
    dialog.repeat_password.setText("new-start-2026")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted

    row = row_of(panel, "counselor")
    assert panel.table.item(row, LOCKED).text() == ""
    assert panel.table.item(row, MUST_CHANGE).text() == "Yes"
    user = auth.sign_in("counselor", "new-start-2026")
    assert user.must_change_password is True


def test_buttons_need_a_selection(shelter, make_page) -> None:
    panel = staff_panel(make_page(shelter.admin))
    assert not panel.toggle_button.isEnabled()
    assert not panel.reset_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.toggle_button.isEnabled() and panel.reset_button.isEnabled()


def test_non_admin_is_denied_sees_nothing_and_is_audited(shelter, make_page, shown_errors) -> None:
    counselor = shelter.users[Role.COUNSELOR]
    page = make_page(counselor)
    page.refresh()
    assert page.staff_panel.table.rowCount() == 0
    assert len(shown_errors) == 1 and "not allowed" in shown_errors[0]
    assert "not allowed" in page.staff_panel.status.text()

    page.show_tab(page.audit_panel)  # switching tabs loads the audit log: denied as well
    assert page.audit_panel.table.rowCount() == 0
    assert len(shown_errors) == 2 and "not allowed" in shown_errors[1]

    denied, total = shelter.services.audit.list_events(
        shelter.admin, AuditFilter(action="denied", username="counselor")
    )
    assert total == 2
    assert {e.entity for e in denied} == {"staff", "audit"}


def test_settings_tab_saves_the_idle_lock(shelter, make_page, qtbot) -> None:
    page = make_page(shelter.admin)
    page.show_tab(page.settings_panel)
    panel = page.settings_panel
    assert panel.idle_minutes.value() == 5
    assert panel.folder.text() == str(shelter.access.data_dir.root)
    assert panel.database_id.text() == shelter.access.settings().database_id != ""
    panel.idle_minutes.setValue(12)
    with qtbot.waitSignal(page.idle_lock_minutes_changed) as signal:
        panel.save_button.click()
    assert signal.args == [12]
    assert shelter.services.preferences.idle_lock_minutes() == 12
    assert "12 minutes" in panel.saved_text()
    events, _ = shelter.services.audit.list_events(shelter.admin, AuditFilter(action="update"))
    assert events[0].entity == "settings"


def test_settings_save_by_non_admin_is_refused(shelter, make_page, shown_errors) -> None:
    page = make_page(shelter.users[Role.HOUSE_MANAGER])
    page.show_tab(page.settings_panel)
    page.settings_panel.idle_minutes.setValue(60)
    page.settings_panel.save_button.click()
    assert len(shown_errors) == 1 and "not allowed" in shown_errors[0]
    assert shelter.services.preferences.idle_lock_minutes() == 5


def test_language_change_retranslates_without_losing_rows(shelter, make_page) -> None:
    page = make_page(shelter.admin)
    panel = staff_panel(page)
    panel.add_button.setText("stale")
    page.tabs.setTabText(0, "stale")
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert page.tabs.tabText(0) == "Staff"
    assert panel.add_button.text() == "Add staff…"
    assert panel.table.rowCount() == 4
    assert isinstance(panel.add_button, QPushButton)
