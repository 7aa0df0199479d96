"""The scheduled backup's timer and what Home shows when it fails, on a real database (issue 6).

Nothing here waits on a clock to assert a duration: timers are set to a few milliseconds and the
tests wait for the ``checked`` signal (with a timeout, so a broken timer fails, never hangs).
"""

from __future__ import annotations


import shutil
from collections import namedtuple
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.roles import Role
from shelter_desktop.services import backups as backups_module
from shelter_desktop.services.backups import LAST_BACKUP_AT
from shelter_desktop.services.scheduled_backup import ScheduledOutcome
from shelter_desktop.storage.backup import backup_time
from shelter_desktop.storage.settings_file import AppSettings
from shelter_desktop.ui.backup_scheduler import CHECK_INTERVAL_MS, BackupScheduler
from shelter_desktop.ui.backup_status import PROBLEM_ERROR_STYLE, PROBLEM_WARNING_STYLE
from shelter_desktop.ui.home_page import HomePage
from shelter_desktop.ui.main_window import HOME, MainWindow
from shelter_desktop.ui.op_runner import OpRunner, SynchronousOpRunner


def backups_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if backup_time(p.name) is not None)


def age_last_backup(shelter, age: timedelta) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings.load(shelter.access.data_dir.settings)
    settings.extra[LAST_BACKUP_AT] = (utc_now() - age).replace(microsecond=0).isoformat()
    settings.save(shelter.access.data_dir.settings)


def unplugged_stick(shelter, tmp_path: Path, days_ago: int) -> Path:  # type: ignore[no-untyped-def]
    """The administrator backed up to a stick, which is not plugged in now."""
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    shelter.services.backups.backup_now(shelter.admin, stick)
    shutil.rmtree(stick)
    age_last_backup(shelter, timedelta(days=days_ago))
    return stick


class DeferredRunner(SynchronousOpRunner):
    """Holds jobs until ``run_all``: a check that is still running on the worker thread."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[Callable[[], None]] = []

    def run_op(self, parent, fn, on_success=None, label="", on_error=None) -> None:  # type: ignore[no-untyped-def, override]
        run = super().run_op
        self.jobs.append(lambda: run(parent, fn, on_success, label, on_error))

    def run_all(self) -> None:
        jobs, self.jobs = self.jobs, []
        for job in jobs:
            job()


@pytest.fixture
def open_window(shelter, qtbot, runner) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def open_(role: Role, use_runner: Any = None) -> MainWindow:
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


def home_of(window: MainWindow) -> HomePage:
    home = window.page(HOME)
    assert isinstance(home, HomePage)
    return home


# ---------------------------------------------------------------- the timer


def test_the_timer_checks_soon_after_sign_in_and_then_regularly(shelter, qtbot, runner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    scheduler = BackupScheduler(shelter.services, runner, parent, interval_ms=40, first_check_ms=5)
    results: list[Any] = []
    scheduler.checked.connect(results.append)
    scheduler.start()
    assert scheduler.is_active()
    with qtbot.waitSignal(scheduler.checked, timeout=5000):
        pass
    assert results[0].outcome is ScheduledOutcome.MADE  # none made yet: due at once
    assert len(backups_in(shelter.access.data_dir.backups)) == 1
    qtbot.waitUntil(lambda: len(results) >= 3, timeout=5000)  # later checks: not due
    assert all(r.outcome is ScheduledOutcome.NOT_DUE for r in results[1:])
    assert len(backups_in(shelter.access.data_dir.backups)) == 1
    scheduler.stop()
    assert not scheduler.is_active()


def test_a_check_still_running_is_not_started_twice(shelter, qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = DeferredRunner()
    scheduler = BackupScheduler(shelter.services, runner, parent)
    assert scheduler.check_now()
    assert scheduler.is_checking()
    assert not scheduler.check_now()  # the timer fired again while the backup is made
    assert len(runner.jobs) == 1
    runner.run_all()
    assert not scheduler.is_checking()
    assert scheduler.last_result.outcome is ScheduledOutcome.MADE
    assert len(backups_in(shelter.access.data_dir.backups)) == 1
    assert scheduler.check_now()  # and the next check runs again


def test_the_backup_runs_on_the_database_worker_thread(shelter, qtbot, monkeypatch) -> None:
    runner = OpRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        scheduled = shelter.services.scheduled_backups
        threads: list[QThread] = []
        real = scheduled.run_if_due

        def recording() -> Any:
            threads.append(QThread.currentThread())
            return real()

        monkeypatch.setattr(scheduled, "run_if_due", recording)
        scheduler = BackupScheduler(shelter.services, runner, parent)
        with qtbot.waitSignal(scheduler.checked, timeout=20000) as checked:
            assert scheduler.check_now()
            assert scheduler.is_checking()  # returned at once: the UI does not wait
        assert checked.args[0].outcome is ScheduledOutcome.MADE
        assert threads and threads[0] is not QThread.currentThread()
        assert not scheduler.is_checking()
    finally:
        runner.shutdown()


def test_an_unexpected_error_is_logged_not_shown(shelter, qtbot, runner, shown_errors, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)

    def broken() -> None:
        raise RuntimeError("resident Sophea's file")  # a message must never reach the log

    monkeypatch.setattr(shelter.services.scheduled_backups, "run_if_due", broken)
    scheduler = BackupScheduler(shelter.services, runner, parent)
    results: list[Any] = []
    scheduler.checked.connect(results.append)
    with caplog.at_level("ERROR"):
        assert scheduler.check_now()
    assert shown_errors == [] and results == []
    assert not scheduler.is_checking()
    assert "RuntimeError" in caplog.text and "Sophea" not in caplog.text
    monkeypatch.undo()
    assert scheduler.check_now()  # the next check works
    assert scheduler.last_result.outcome is ScheduledOutcome.MADE


# ---------------------------------------------------------------- in the main window


@pytest.mark.parametrize("role", list(Role))
def test_every_role_gets_the_scheduled_backup(shelter, open_window, role: Role) -> None:
    window = open_window(role)
    scheduler = window.backup_scheduler
    assert scheduler.is_active() and scheduler.interval_ms() == CHECK_INTERVAL_MS
    scheduler.check_now()
    assert scheduler.last_result.outcome is ScheduledOutcome.MADE
    assert len(backups_in(shelter.access.data_dir.backups)) == 1
    window.close()  # no question for them; for an administrator the backup is not due now
    assert not window.isVisible()
    assert not scheduler.is_active()


def test_it_runs_while_the_screen_is_locked(shelter, open_window) -> None:
    window = open_window(Role.COUNSELOR)
    window.lock()
    assert window.is_locked()
    window.backup_scheduler.check_now()
    assert window.backup_scheduler.last_result.outcome is ScheduledOutcome.MADE
    assert len(backups_in(shelter.access.data_dir.backups)) == 1


def test_home_shows_a_missing_stick_in_amber_and_how_to_fix_it(
    shelter, open_window, tmp_path: Path
) -> None:
    stick = unplugged_stick(shelter, tmp_path, days_ago=2)
    window = open_window(Role.COUNSELOR)
    home = home_of(window)
    assert "not made" not in home.backup_status_text()
    window.backup_scheduler.check_now()
    text = home.backup_status_text()
    assert f"the backup folder {stick} is not there" in text
    assert "Plug in the backup USB stick; the backup is tried again every few minutes." in text
    assert "Tell your administrator" not in text  # anyone can plug it in
    assert text.split("\n")[1].startswith("The last successful backup was made on ")
    assert home.backup_status.styleSheet() == PROBLEM_WARNING_STYLE
    assert home.backup_status.isVisibleTo(home)

    stick.mkdir()  # plugged in: the next check makes it and Home says so
    window.backup_scheduler.check_now()
    assert window.backup_scheduler.last_result.outcome is ScheduledOutcome.MADE
    text = home.backup_status_text()
    assert text.startswith("Last backup: ") and "not made" not in text
    assert home.backup_status.styleSheet() not in (PROBLEM_WARNING_STYLE, PROBLEM_ERROR_STYLE)


def test_home_shows_a_full_disk_in_red_and_sends_others_to_the_administrator(
    shelter, open_window, tmp_path: Path, monkeypatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    shelter.services.backups.backup_now(shelter.admin, stick)
    age_last_backup(shelter, timedelta(days=2))
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(backups_module.shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 10))

    manager = open_window(Role.HOUSE_MANAGER)
    manager.backup_scheduler.check_now()
    text = home_of(manager).backup_status_text()
    first_line = text.split("\n")[0]
    assert f"there is not enough free space in {stick}" in first_line
    assert first_line.endswith("Tell your administrator.")
    assert text.count("Tell your administrator") == 1
    assert "Administration" not in text  # a place this account cannot open
    assert home_of(manager).backup_status.styleSheet() == PROBLEM_ERROR_STYLE

    admin = open_window(Role.ADMINISTRATOR)  # a new window reads it on showing Home
    first_line = home_of(admin).backup_status_text().split("\n")[0]
    assert "choose another folder and make a backup under Administration → Backups" in first_line
    assert "Tell your administrator" not in first_line
    assert home_of(admin).backup_status.styleSheet() == PROBLEM_ERROR_STYLE


def test_a_stick_missing_for_over_a_week_shows_in_red(shelter, open_window, tmp_path: Path) -> None:
    unplugged_stick(shelter, tmp_path, days_ago=10)
    window = open_window(Role.ADMINISTRATOR)
    window.backup_scheduler.check_now()
    home = home_of(window)
    assert "is not there. Plug in the backup USB stick" in home.backup_status_text()
    assert home.backup_status_text().split("\n")[1].startswith(
        "The last successful backup was made on "
    )
    assert home.backup_status.styleSheet() == PROBLEM_ERROR_STYLE
