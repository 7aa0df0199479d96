"""The backup offered when an administrator closes the main window (issue 6, DESIGN.md 5).

The question is opened with ``open()`` (never ``exec()``), so closing returns at once and each
test answers it by clicking one of its buttons; nothing here can wait for an answer that never
comes. With the real op runner, ``qtbot.waitUntil`` has a timeout, so a failure fails, not hangs.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QProgressDialog
from sqlalchemy import func, select

from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.backups import LAST_BACKUP_AT
from shelter_desktop.services.container import Services
from shelter_desktop.storage.backup import backup_file_name, backup_time
from shelter_desktop.storage.models import AuditEventRow
from shelter_desktop.storage.settings_file import AppSettings
from shelter_desktop.ui.exit_backup_dialog import ExitBackupDialog
from shelter_desktop.ui.main_window import MainWindow
from shelter_desktop.ui.op_runner import OpRunner
from shelter_desktop.ui.session_flow import SessionFlow
from shelter_desktop.ui.sign_in_dialog import SignInDialog
from tests.conftest import ADMIN_PASSWORD


def backups_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if backup_time(p.name) is not None)


def age_last_backup(shelter, age: timedelta) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings.load(shelter.access.data_dir.settings)
    settings.extra[LAST_BACKUP_AT] = (utc_now() - age).replace(microsecond=0).isoformat()
    settings.save(shelter.access.data_dir.settings)


def backup_events(shelter) -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return list(
            session.scalars(
                select(AuditEventRow).where(AuditEventRow.action == "backup").order_by(AuditEventRow.id)
            )
        )


def event_count(shelter) -> int:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return session.scalar(select(func.count(AuditEventRow.id))) or 0


@pytest.fixture
def stick(shelter, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The last backup went to this USB stick two days ago: one is due."""
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    made = shelter.services.backups.backup_now(shelter.admin, folder)
    made.path.rename(folder / backup_file_name(made.taken_at - timedelta(days=2)))
    age_last_backup(shelter, timedelta(days=2))
    return folder


@pytest.fixture
def open_window(shelter, qtbot, runner) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def open_(role: Role = Role.ADMINISTRATOR, use_runner: Any = None) -> MainWindow:
        window = MainWindow(shelter.services, shelter.users[role], use_runner or runner)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.idle_watcher.stop()
        window.backup_scheduler.stop()
        if window.isVisible() and not window.is_locked():
            window.close()  # answer the question, if asked, rather than leave it open
            question = window.exit_backup_dialog()
            if question is not None and not question.is_busy():
                question.close_button.click()


def asked(window: MainWindow) -> ExitBackupDialog:
    dialog = window.exit_backup_dialog()
    assert dialog is not None and dialog.isVisible()
    return dialog


# ---------------------------------------------------------------- the three answers


def test_back_up_and_close(shelter, open_window, stick: Path, shown_errors) -> None:
    window = open_window()
    before = len(backups_in(stick))
    window.close()

    assert window.isVisible()  # not yet: the question comes first
    dialog = asked(window)
    assert dialog.question.text() == "Make a backup before closing?"
    assert f"The backup will be saved in {stick}." in dialog.details.text()
    assert dialog.details.text().startswith("The last backup was made on ")
    assert dialog.back_up_button.text() == "Back up and close"
    assert dialog.back_up_button.isDefault()
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal

    dialog.back_up_button.click()

    assert not window.isVisible()
    assert len(backups_in(stick)) == before + 1
    assert dialog.backup is not None and dialog.backup.path.parent == stick
    event = backup_events(shelter)[-1]
    assert event.actor_username == "admin"  # the administrator's own backup, not the system's
    assert json.loads(event.detail) == {"file": dialog.backup.name}
    assert shelter.services.scheduled_backups.last_problem() is None
    assert shown_errors == []


def test_close_without_backup(shelter, open_window, stick: Path) -> None:
    window = open_window()
    before_events = event_count(shelter)
    window.close()
    asked(window).close_button.click()
    assert not window.isVisible()
    assert len(backups_in(stick)) == 1
    assert event_count(shelter) == before_events


def test_cancel_keeps_the_window_and_asks_again_next_time(shelter, open_window, stick: Path) -> None:
    window = open_window()
    window.close()
    first = asked(window)
    first.cancel_button.click()
    assert window.isVisible() and not first.isVisible()
    assert window.exit_backup_dialog() is None
    assert len(backups_in(stick)) == 1

    window.close()  # asked again
    second = asked(window)
    assert second is not first
    second.reject()  # Escape or the dialog's own close button: the same as Cancel
    assert window.isVisible()
    window.close()
    asked(window).close_button.click()
    assert not window.isVisible()


def test_closing_twice_while_asked_shows_the_same_question(open_window, stick: Path) -> None:
    window = open_window()
    window.close()
    dialog = asked(window)
    window.close()
    assert asked(window) is dialog
    assert [d for d in window.findChildren(ExitBackupDialog) if d.isVisible()] == [dialog]
    dialog.close_button.click()


# ---------------------------------------------------------------- when it is not asked


def test_not_asked_after_a_recent_backup(shelter, open_window, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    shelter.services.backups.backup_now(shelter.admin, folder)  # a minute ago
    window = open_window()
    window.close()
    assert not window.isVisible()
    assert window.exit_backup_dialog() is None


def test_asked_when_there_was_never_a_backup(shelter, open_window) -> None:
    window = open_window()
    window.close()
    dialog = asked(window)
    assert dialog.details.text().startswith("No backup has been made yet.")
    assert str(shelter.access.data_dir.backups) in dialog.details.text()
    dialog.back_up_button.click()
    assert not window.isVisible()
    assert len(backups_in(shelter.access.data_dir.backups)) == 1


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.HOUSE_MANAGER, Role.DATA_OFFICER])
def test_other_roles_are_not_asked(shelter, open_window, stick: Path, role: Role) -> None:
    window = open_window(role)
    before = event_count(shelter)
    window.close()
    assert not window.isVisible()
    assert window.exit_backup_dialog() is None
    assert len(backups_in(stick)) == 1
    assert event_count(shelter) == before  # no backup and no denied attempt


def test_not_asked_while_locked(open_window, stick: Path) -> None:
    """The person at the locked screen may not be the administrator; the scheduled backup
    covers it."""
    window = open_window()
    window.lock()
    window.close()
    assert not window.isVisible()
    assert window.exit_backup_dialog() is None


def test_not_asked_when_signing_out(open_window, stick: Path) -> None:
    window = open_window()
    window.sign_out()
    assert not window.isVisible()
    assert window.exit_backup_dialog() is None


def test_locking_while_asked_keeps_the_window_open(open_window, stick: Path) -> None:
    window = open_window()
    window.close()
    dialog = asked(window)
    window.lock()  # the idle lock fires while the question waits
    assert window.isVisible() and window.is_locked()
    assert not dialog.isVisible()
    assert window.exit_backup_dialog() is None
    assert len(backups_in(stick)) == 1


# ---------------------------------------------------------------- when the backup fails


def test_a_missing_stick_is_said_in_the_question_and_closing_still_works(
    shelter, open_window, stick: Path, shown_errors
) -> None:
    shutil.rmtree(stick)  # unplugged
    window = open_window()
    window.close()
    dialog = asked(window)
    dialog.back_up_button.click()

    assert window.isVisible() and dialog.isVisible()  # nothing was made: not closed
    assert dialog.error_text() == (
        f"The backup folder {stick} is not there. Plug in the USB stick or choose another "
        "folder. No backup was made."
    )
    assert dialog.back_up_button.text() == "Try again and close"
    assert all(b.isEnabled() for b in (dialog.back_up_button, dialog.close_button, dialog.cancel_button))
    assert shown_errors == []  # inline, not a second box
    assert not stick.exists()

    stick.mkdir()  # plugged in
    dialog.back_up_button.click()
    assert not window.isVisible()
    assert len(backups_in(stick)) == 1


def test_a_missing_stick_then_close_without_backup(open_window, stick: Path) -> None:
    shutil.rmtree(stick)
    window = open_window()
    window.close()
    dialog = asked(window)
    dialog.back_up_button.click()
    assert dialog.error_text()
    dialog.close_button.click()
    assert not window.isVisible()


# ---------------------------------------------------------------- with the real worker thread


def test_with_the_worker_thread_the_backup_shows_progress_then_closes(
    shelter, qtbot, open_window, stick: Path, monkeypatch, shown_errors
) -> None:
    runner = OpRunner()
    try:
        progress_seen: list[str] = []
        real_run_long = runner.run_long

        def run_long(parent, fn, on_success, label, on_error=None):  # type: ignore[no-untyped-def]
            progress_seen.append(label)
            real_run_long(parent, fn, on_success, label, on_error)
            dialogs = parent.findChildren(QProgressDialog)
            progress_seen.extend(d.labelText() for d in dialogs)

        monkeypatch.setattr(runner, "run_long", run_long)
        window = open_window(use_runner=runner)
        window.backup_scheduler.stop()
        window.close()
        assert window.isVisible()
        qtbot.waitUntil(lambda: window.exit_backup_dialog() is not None, timeout=10000)
        dialog = asked(window)
        dialog.back_up_button.click()
        assert dialog.is_busy()  # the UI did not wait for the backup
        assert not dialog.back_up_button.isEnabled()
        assert dialog.status.isVisibleTo(dialog)
        dialog.reject()  # Escape while it is made does not cancel the closing
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
        assert progress_seen[:2] == ["Making and verifying a backup…"] * 2
        assert len(backups_in(stick)) == 2
        assert shown_errors == []
    finally:
        runner.shutdown()


# ---------------------------------------------------------------- through the session flow


def test_the_application_ends_after_the_answer(qtbot, shelter, runner, tmp_path: Path, stick: Path) -> None:
    geometry = QSettings(str(tmp_path / "geometry.ini"), QSettings.Format.IniFormat)
    flow = SessionFlow(shelter.access, runner, lambda acc, db: Services(acc, db), geometry=geometry)
    try:
        flow.opened(shelter.services.database)
        sign_in = flow.window
        assert isinstance(sign_in, SignInDialog)
        qtbot.keyClicks(sign_in.username, "admin")
        qtbot.keyClicks(sign_in.password, ADMIN_PASSWORD)
        sign_in.sign_in_button.click()
        window = flow._main_window
        assert isinstance(window, MainWindow)
        window.backup_scheduler.stop()

        window.close()
        qtbot.wait(20)  # the flow looks again after the close event (QTimer.singleShot 0)
        assert flow.exit_code is None  # the question holds the window open
        with qtbot.waitSignal(flow.finished, timeout=5000) as finished:
            asked(window).back_up_button.click()
        assert finished.args == [0]
        assert len(backups_in(stick)) == 2
        assert backup_events(shelter)[-1].actor_username == "admin"
    finally:
        if flow._main_window is not None:
            flow._main_window.removeEventFilter(flow)
        flow.shutdown()


def test_the_question_is_a_dialog_not_a_blocking_box(open_window, stick: Path) -> None:
    window = open_window()
    window.close()
    dialog = asked(window)
    assert isinstance(dialog, QDialog)
    assert dialog.result() == 0  # open, unanswered, and close() returned already
    dialog.cancel_button.click()


def test_closing_is_never_blocked_when_the_offer_cannot_be_read(
    shelter, open_window, stick: Path, monkeypatch, shown_errors
) -> None:
    def broken() -> None:
        raise OSError("settings unreadable")

    monkeypatch.setattr(shelter.services.scheduled_backups, "exit_offer", broken)
    window = open_window()
    window.close()
    assert not window.isVisible()
    assert window.exit_backup_dialog() is None
    assert shown_errors == []
