"""Sign-in, the forced password change, sign-out and the language switch."""

from __future__ import annotations

from importlib.resources import files

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from shelter_desktop.domain.passwords import MAX_FAILED_SIGN_INS
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.services.preferences import Preferences
from shelter_desktop.ui.change_password_dialog import ChangePasswordDialog, password_strength
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.sign_in_dialog import SignInDialog, current_language, switch_language
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD

NEW_PASSWORD = "my-own-secret-77"


def make_dialog(qtbot: QtBot, shelter, runner: SynchronousOpRunner, username: str = "") -> SignInDialog:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(shelter.services, runner, username)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sign_in(qtbot: QtBot, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_sign_in_shows_the_shelter_and_accepts_the_right_password(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, shelter, runner)
    assert "Test Shelter" in dialog.shelter_label.text()
    with qtbot.waitSignal(dialog.signed_in):
        sign_in(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.role is Role.ADMINISTRATOR
    assert dialog.password.text() == ""


def test_wrong_password_is_said_inline_password_cleared_name_kept(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner, shown_errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, shelter, runner)
    sign_in(qtbot, dialog, "admin", "not-the-password")
    assert dialog.isVisible() and dialog.user is None
    assert dialog.error_label.isVisible()
    assert "user name or password is not correct" in dialog.error_label.text()
    assert dialog.username.text() == "admin"
    assert dialog.password.text() == ""
    assert shown_errors == []  # inline, not a message box
    # The next, right attempt clears the message and signs in.
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.user is not None


def test_lockout_after_five_failures_is_said_inline(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, shelter, runner, "counselor")
    for _ in range(MAX_FAILED_SIGN_INS):
        qtbot.keyClicks(dialog.password, "wrong-password")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "locked after too many wrong passwords" in dialog.error_label.text()
    # Even the right password is refused while locked.
    qtbot.keyClicks(dialog.password, STAFF_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.user is None
    assert "locked" in dialog.error_label.text()


def test_disabled_account_is_said_inline(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner
) -> None:  # type: ignore[no-untyped-def]
    shelter.services.staff.set_active(shelter.admin, shelter.users[Role.COUNSELOR].id, False)
    dialog = make_dialog(qtbot, shelter, runner)
    sign_in(qtbot, dialog, "counselor", STAFF_PASSWORD)
    assert "has been disabled" in dialog.error_label.text()


def test_new_account_must_change_password_before_the_main_window(
    qtbot: QtBot, shelter, make_flow
) -> None:  # type: ignore[no-untyped-def]
    flow = make_flow(shelter.access)
    flow.opened(shelter.services.database)
    sign = flow.window
    assert isinstance(sign, SignInDialog)
    sign_in(qtbot, sign, "counselor", STAFF_PASSWORD)
    change = flow.window
    assert isinstance(change, ChangePasswordDialog)
    assert "set by an administrator" in change.explanation.text()
    assert flow._main_window is None

    # Repeat differs
    qtbot.keyClicks(change.old_password, STAFF_PASSWORD)
    qtbot.keyClicks(change.new_password, NEW_PASSWORD)
    qtbot.keyClicks(change.repeat_password, NEW_PASSWORD + "!")
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    assert "not the same" in change.error_label.text()
    # Too short (the service's rule)
    for field in (change.new_password, change.repeat_password):
        field.clear()
        qtbot.keyClicks(field, "short")
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in change.error_label.text()
    # Wrong current password
    change.old_password.clear()
    qtbot.keyClicks(change.old_password, "not-my-password")
    for field in (change.new_password, change.repeat_password):
        field.clear()
        qtbot.keyClicks(field, NEW_PASSWORD)
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    assert "current password is not correct" in change.error_label.text()
    assert flow.window is change
    # Right
    qtbot.keyClicks(change.old_password, STAFF_PASSWORD)
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    main = flow._main_window
    assert main is not None and main.isVisible()
    assert main.user.username == "counselor" and not main.user.must_change_password

    # Next time: the new password, and no forced change.
    main.sign_out()
    sign = flow.window
    assert isinstance(sign, SignInDialog)
    sign_in(qtbot, sign, "counselor", NEW_PASSWORD)
    assert flow._main_window is not None and flow._main_window.isVisible()


def test_password_change_cannot_be_skipped_cancel_signs_out(
    qtbot: QtBot, shelter, make_flow
) -> None:  # type: ignore[no-untyped-def]
    flow = make_flow(shelter.access)
    flow.opened(shelter.services.database)
    sign_in(qtbot, flow.window, "manager", STAFF_PASSWORD)
    change = flow.window
    assert isinstance(change, ChangePasswordDialog)
    qtbot.mouseClick(change.sign_out_button, Qt.MouseButton.LeftButton)
    again = flow.window
    assert isinstance(again, SignInDialog)
    assert again.username.text() == "manager"
    assert flow.user is None and flow._main_window is None
    events, _total = shelter.services.audit.list_events(
        shelter.admin, AuditFilter(action="logout"), 10, 0
    )
    assert events and events[0].actor_username == "manager"


def test_sign_out_returns_to_sign_in_and_closing_ends_the_flow(
    qtbot: QtBot, shelter, make_flow
) -> None:  # type: ignore[no-untyped-def]
    flow = make_flow(shelter.access)
    flow.opened(shelter.services.database)
    sign_in(qtbot, flow.window, "admin", ADMIN_PASSWORD)
    main = flow._main_window
    assert main is not None and main.isVisible()
    main.sign_out()
    assert isinstance(flow.window, SignInDialog)
    assert flow.window.username.text() == ""  # a shared computer: the next person types theirs
    assert flow.window.isVisible()
    assert flow.exit_code is None

    sign_in(qtbot, flow.window, "admin", ADMIN_PASSWORD)
    main = flow._main_window
    with qtbot.waitSignal(flow.finished, timeout=2000) as finished:
        main.close()
    assert finished.args == [0]
    assert flow.geometry.value("mainWindow/geometry") is not None
    # Closing the window signs out (recorded), like the Sign out button.
    events, _total = shelter.services.audit.list_events(
        shelter.admin, AuditFilter(action="logout"), 10, 0
    )
    assert len(events) == 2


def test_quitting_sign_in_ends_the_flow(qtbot: QtBot, shelter, make_flow) -> None:  # type: ignore[no-untyped-def]
    flow = make_flow(shelter.access)
    flow.opened(shelter.services.database)
    with qtbot.waitSignal(flow.finished) as finished:
        qtbot.mouseClick(flow.window.quit_button, Qt.MouseButton.LeftButton)
    assert finished.args == [0]


def test_language_switch_retranslates_live_and_is_remembered(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, shelter, runner)
    calls: list[int] = []
    original = dialog.retranslate
    monkeypatch.setattr(dialog, "retranslate", lambda: (calls.append(1), original()))
    switch_language(dialog, runner, shelter.services.preferences, "en")
    QCoreApplication.processEvents()
    assert calls, "LanguageChange did not reach the sign-in window"
    assert dialog.sign_in_button.text() == "&Sign in"

    has_khmer = (files("shelter_desktop.resources") / "translations" / "shelter_km.qm").is_file()
    km_index = dialog.language.findData("km")
    assert dialog.language.model().item(km_index).isEnabled() == has_khmer
    if not has_khmer:
        return
    dialog.language.setCurrentIndex(km_index)
    dialog.language.activated.emit(km_index)
    QCoreApplication.processEvents()
    assert current_language() == "km"
    assert Preferences(shelter.access.data_dir).language() == "km"
    assert dialog.sign_in_button.text() != "&Sign in"
    assert any("\u1780" <= ch <= "\u17ff" for ch in dialog.title.text())


def test_password_strength_hint() -> None:
    assert password_strength("short") == 0
    assert password_strength("aaaaaaaaaaaaaaaa") == 0
    assert password_strength("abcdefgh") == 1
    assert password_strength("Abcdefg1") == 2
    assert password_strength("a long sentence is strong") == 3


def test_real_main_window_sign_out_returns_to_sign_in(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner, geometry, shown_errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    main_window = pytest.importorskip("shelter_desktop.ui.main_window")
    from shelter_desktop.services.container import Services
    from shelter_desktop.ui.session_flow import SessionFlow

    flow = SessionFlow(
        shelter.access, runner, lambda acc, db: Services(acc, db), geometry=geometry
    )
    flow.opened(shelter.services.database)
    sign_in(qtbot, flow.window, "admin", ADMIN_PASSWORD)
    window = flow._main_window
    assert isinstance(window, main_window.MainWindow) and window.isVisible()
    window.sign_out()
    assert isinstance(flow.window, SignInDialog) and flow.window.isVisible()
    assert flow.exit_code is None and flow._main_window is None
    assert not window.isVisible()
    events, _total = shelter.services.audit.list_events(
        shelter.admin, AuditFilter(action="logout"), 10, 0
    )
    assert len(events) == 1  # recorded once, by the main window
    flow.window.close()
    assert flow.exit_code == 0
