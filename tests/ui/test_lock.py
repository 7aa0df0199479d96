"""Idle auto-lock: hides resident data, unlocks only with the signed-in person's password."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shelter_desktop.domain.passwords import MAX_FAILED_SIGN_INS
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.ui.resident_file_window import ResidentFileWindow

from ..conftest import STAFF_PASSWORD
from .conftest import NewResident, add_residents


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch):
    """The lock screen reports errors inline; a pop-up would be a failure."""

    def fail(*args, **kwargs):
        raise AssertionError("unexpected message box")

    monkeypatch.setattr(QMessageBox, "warning", fail)


def session_events(signed_in, action: str) -> int:
    _, total = signed_in.services.audit.list_events(
        signed_in.user(Role.ADMINISTRATOR), AuditFilter(action=action, username="counselor")
    )
    return total


def open_a_resident(window, qtbot) -> ResidentFileWindow:
    window.show_page("residents")
    page = window.page("residents")
    page.open_resident(0)
    [file_window] = [w for w in window.resident_windows.windows() if w.isVisible()]
    return file_window


def test_idle_timeout_locks_and_hides_every_resident_datum(signed_in, qtbot):
    add_residents(signed_in.services, [NewResident("Sophea Sok", "សុភា សុខ")])
    window = signed_in.open(Role.COUNSELOR, idle_timeout_ms=300)
    dialog = open_a_resident(window, qtbot)
    assert window.page("residents").isVisible()

    qtbot.waitUntil(window.is_locked, timeout=3000)

    assert window.lock_screen.isVisible()
    # Hidden, not covered: the pages are not visible to anything that walks the widgets.
    assert window.pages_widget().isHidden()
    assert not window.page("residents").isVisible()
    assert not window.page("residents").table.isVisible()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert window.lock_screen._shelter.text() == "Test Shelter"
    assert window.lock_screen._who.text() == "Signed in: Test counselor (Counselor)"
    assert not window.idle_watcher.is_running()
    assert session_events(signed_in, "lock") == 1


def test_unlock_with_the_right_password_restores_the_pages(signed_in, qtbot):
    add_residents(signed_in.services, [NewResident("Sophea Sok")])
    window = signed_in.open(Role.COUNSELOR)
    window.show_page("residents")
    window.lock()
    assert window.is_locked()
    screen = window.lock_screen
    qtbot.keyClicks(screen.password, STAFF_PASSWORD)
    with qtbot.waitSignal(window.locked_changed, timeout=3000) as blocker:
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert blocker.args == [False]
    assert not window.is_locked()
    assert not window.pages_widget().isHidden()
    assert window.current_page_key() == "residents"
    assert window.page("residents").isVisible()
    assert window.page("residents").model.rowCount() == 1
    assert not screen.isVisible()
    assert screen.password.text() == ""
    assert window.idle_watcher.is_running()
    assert session_events(signed_in, "unlock") == 1


def test_wrong_password_keeps_it_locked_with_an_inline_error(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR)
    window.lock()
    screen = window.lock_screen
    qtbot.keyClicks(screen.password, "not the password")
    screen.unlock_button.click()
    assert window.is_locked()
    assert window.pages_widget().isHidden()
    assert screen.error_text() == (
        "The user name or password is not correct. Check them and try again."
    )
    assert screen.error_label.isVisible()
    assert screen.password.text() == ""
    assert session_events(signed_in, "failed_login") == 1
    # The right password still works and the error goes away.
    qtbot.keyClicks(screen.password, STAFF_PASSWORD)
    screen.unlock_button.click()
    assert not window.is_locked()
    assert screen.error_text() == ""


def test_wrong_passwords_count_towards_the_lockout(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR)
    window.lock()
    screen = window.lock_screen
    for _ in range(MAX_FAILED_SIGN_INS):
        screen.password.setText("still wrong")
        screen.try_unlock()
    assert screen.error_text().startswith("This account is locked after too many wrong passwords")
    screen.password.setText(STAFF_PASSWORD)
    screen.try_unlock()
    assert window.is_locked()
    assert screen.error_text().startswith("This account is locked")


def test_ctrl_l_locks_and_locking_disables_navigation(signed_in, qtbot):
    window = signed_in.open(Role.HOUSE_MANAGER)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert not window._lock_action.isEnabled()
    # Navigation shortcuts do nothing while locked.
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "home"
    assert window.pages_widget().isHidden()


def test_input_restarts_the_idle_timer(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR, idle_timeout_ms=60_000)
    watcher = window.idle_watcher
    qtbot.wait(300)
    before = watcher.remaining_ms()
    assert before <= 59_800
    qtbot.keyClick(window._nav, Qt.Key.Key_Down)
    assert watcher.remaining_ms() > before + 200
    qtbot.wait(300)
    before = watcher.remaining_ms()
    qtbot.mouseClick(window._nav.viewport(), Qt.MouseButton.LeftButton)
    assert watcher.remaining_ms() > before + 200
    assert not window.is_locked()


def test_the_idle_time_comes_from_the_settings(signed_in):
    signed_in.services.settings.set_idle_lock_minutes(signed_in.user(Role.ADMINISTRATOR), 12)
    window = signed_in.open(Role.COUNSELOR)
    assert window.idle_watcher.timeout_ms == 12 * 60_000


def test_sign_out_from_the_lock_screen(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR)
    window.lock()
    with qtbot.waitSignal(window.signed_out, timeout=1000):
        window.lock_screen.sign_out_button.click()
    assert not window.isVisible()
    assert session_events(signed_in, "logout") == 1
