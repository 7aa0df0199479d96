"""The scheduled backup (a system task) and the backup offered on closing, on a real encrypted
database in a temp folder (issue 6, DESIGN.md section 5)."""

from __future__ import annotations

import errno
import json
import shutil
from collections import namedtuple
from datetime import timedelta
from pathlib import Path

import pytest
from factories import add_resident
from sqlalchemy import func, select

from shelter_desktop.domain.audit import AuditAction
from shelter_desktop.domain.backup_rotation import backups_to_keep
from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.errors import PermissionDenied
from shelter_desktop.domain.roles import Role
from shelter_desktop.services import backups as backups_module
from shelter_desktop.services import scheduled_backup
from shelter_desktop.services.backups import (
    LAST_BACKUP_AT,
    LAST_BACKUP_ERROR,
    LAST_BACKUP_FOLDER,
    BackupFolderMissing,
    verify_backup,
)
from shelter_desktop.services.scheduled_backup import (
    BACKUP_INTERVAL,
    PROBLEM_MESSAGES,
    RETRY_AFTER_WRITE_FAILURE,
    SYSTEM_ACTOR,
    BackupProblemCode,
    ScheduledOutcome,
    backup_is_due,
)
from shelter_desktop.storage.audit_log import verify_chain
from shelter_desktop.storage.backup import backup_file_name, backup_time
from shelter_desktop.storage.models import AuditEventRow
from shelter_desktop.storage.settings_file import AppSettings


def settings_of(shelter) -> AppSettings:  # type: ignore[no-untyped-def]
    return AppSettings.load(shelter.access.data_dir.settings)


def set_last_backup(shelter, age: timedelta) -> None:  # type: ignore[no-untyped-def]
    settings = settings_of(shelter)
    settings.extra[LAST_BACKUP_AT] = (utc_now() - age).replace(microsecond=0).isoformat()
    settings.save(shelter.access.data_dir.settings)


def events(shelter) -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return list(session.scalars(select(AuditEventRow).order_by(AuditEventRow.id)))


def event_count(shelter) -> int:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return session.scalar(select(func.count(AuditEventRow.id))) or 0


def backups_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if backup_time(p.name) is not None) if folder.is_dir() else []


def usb_stick(shelter, tmp_path: Path, name: str = "usb-stick") -> Path:  # type: ignore[no-untyped-def]
    """A folder an administrator backed up into (so it is the last used folder)."""
    stick = tmp_path / name
    stick.mkdir()
    shelter.services.backups.backup_now(shelter.admin, stick)
    return stick


# ---------------------------------------------------------------- due or not


def test_due_when_there_was_none_and_again_after_the_interval() -> None:
    now = utc_now()
    assert backup_is_due(None, now)
    assert not backup_is_due(now - BACKUP_INTERVAL + timedelta(minutes=1), now)
    assert backup_is_due(now - BACKUP_INTERVAL, now)
    assert backup_is_due(now - timedelta(days=40), now)
    # A backup "made" two days from now: the clock was wrong or went back; still due.
    assert backup_is_due(now + timedelta(days=2), now)
    assert not backup_is_due(now + timedelta(minutes=5), now)


def test_a_first_scheduled_backup_is_made_audited_as_the_system(shelter) -> None:
    add_resident(shelter.services.database)
    scheduled = shelter.services.scheduled_backups
    assert scheduled.is_due()
    before = event_count(shelter)

    result = scheduled.run_if_due()

    assert result.outcome is ScheduledOutcome.MADE and result.problem is None
    folder = shelter.access.data_dir.backups  # nothing chosen yet: the data folder's
    assert [p.name for p in backups_in(folder)] == [result.backup.name]
    assert verify_backup(result.backup.path, shelter.services.database.key)
    new = events(shelter)[before:]
    assert len(new) == 1
    event = new[0]
    assert event.action == AuditAction.BACKUP.value
    assert event.actor_username == SYSTEM_ACTOR and event.actor_id is None
    assert json.loads(event.detail) == {"file": result.backup.name, "scheduled": True}
    settings = settings_of(shelter)
    assert settings.extra[LAST_BACKUP_AT] == result.backup.taken_at.isoformat()
    assert settings.extra[LAST_BACKUP_FOLDER] == str(folder)
    with shelter.services.database.session() as session:
        report = verify_chain(session, shelter.access.outside_head())
    assert report.ok, report.problems

    # Just made: not due, and the next check changes nothing.
    assert not scheduled.is_due()
    again = scheduled.run_if_due()
    assert again.outcome is ScheduledOutcome.NOT_DUE
    assert len(backups_in(folder)) == 1 and event_count(shelter) == before + 1


def test_not_due_after_a_recent_backup_then_due_a_day_later_into_the_last_folder(
    shelter, tmp_path: Path
) -> None:
    stick = usb_stick(shelter, tmp_path)
    scheduled = shelter.services.scheduled_backups
    assert scheduled.run_if_due().outcome is ScheduledOutcome.NOT_DUE
    assert len(backups_in(stick)) == 1

    set_last_backup(shelter, BACKUP_INTERVAL + timedelta(hours=1))
    result = scheduled.run_if_due()
    assert result.outcome is ScheduledOutcome.MADE
    assert result.backup.path.parent == stick
    assert backups_in(shelter.access.data_dir.backups) == []  # not the default folder


def test_a_khmer_folder_name_works(shelter, tmp_path: Path) -> None:
    stick = usb_stick(shelter, tmp_path, "ការបម្រុងទុក ២០២៦")
    set_last_backup(shelter, timedelta(days=2))
    result = shelter.services.scheduled_backups.run_if_due()
    assert result.outcome is ScheduledOutcome.MADE and result.backup.path.parent == stick


# ---------------------------------------------------------------- failures


def test_a_missing_usb_stick_records_the_error_and_changes_nothing(
    shelter, tmp_path: Path
) -> None:
    stick = usb_stick(shelter, tmp_path)
    shutil.rmtree(stick)  # unplugged
    set_last_backup(shelter, timedelta(days=2))
    before_settings = settings_of(shelter).extra.copy()
    before_events = event_count(shelter)

    result = shelter.services.scheduled_backups.run_if_due()  # does not raise

    assert result.outcome is ScheduledOutcome.FAILED and result.backup is None
    problem = result.problem
    assert problem is not None and problem.code is BackupProblemCode.FOLDER_MISSING
    assert problem.folder == str(stick)
    assert not problem.needs_administrator and not problem.severe  # last backup 2 days old
    assert not stick.exists()  # never created: it is a USB stick, not ours
    assert backups_in(shelter.access.data_dir.backups) == []
    assert event_count(shelter) == before_events  # a failed attempt changed nothing
    after = settings_of(shelter).extra
    assert after[LAST_BACKUP_AT] == before_settings[LAST_BACKUP_AT]
    assert after[LAST_BACKUP_FOLDER] == before_settings[LAST_BACKUP_FOLDER]
    # Only a code and a time are stored: no path, no message, nothing personal.
    assert set(after[LAST_BACKUP_ERROR]) == {"code", "at"}
    assert after[LAST_BACKUP_ERROR]["code"] == "folder_missing"
    assert str(stick) not in json.dumps(after[LAST_BACKUP_ERROR])
    # Home shows it to every role (anyone can plug the stick in).
    counselor = shelter.users[Role.COUNSELOR]
    assert shelter.services.home.figures(counselor).last_backup_error == problem
    assert shelter.services.scheduled_backups.last_problem() == problem
    for may_back_up in (True, False):
        message = problem.message(may_back_up)
        assert "Plug in the backup USB stick" in message
        assert message.format(time="t", folder=problem.folder).count(str(stick)) == 1


def test_a_stick_missing_for_over_a_week_is_severe(shelter, tmp_path: Path) -> None:
    stick = usb_stick(shelter, tmp_path)
    shutil.rmtree(stick)
    set_last_backup(shelter, timedelta(days=9))
    problem = shelter.services.scheduled_backups.run_if_due().problem
    assert problem is not None and problem.code is BackupProblemCode.FOLDER_MISSING
    assert problem.severe


def test_success_clears_the_error(shelter, tmp_path: Path) -> None:
    stick = usb_stick(shelter, tmp_path)
    shutil.rmtree(stick)
    set_last_backup(shelter, timedelta(days=2))
    scheduled = shelter.services.scheduled_backups
    assert scheduled.run_if_due().outcome is ScheduledOutcome.FAILED
    assert scheduled.run_if_due().outcome is ScheduledOutcome.FAILED  # tried at every check

    stick.mkdir()  # plugged in again
    result = scheduled.run_if_due()
    assert result.outcome is ScheduledOutcome.MADE and result.backup.path.parent == stick
    assert LAST_BACKUP_ERROR not in settings_of(shelter).extra
    assert scheduled.last_problem() is None
    assert shelter.services.home.figures(shelter.admin).last_backup_error is None


def test_an_administrators_backup_clears_the_error_too(shelter, tmp_path: Path) -> None:
    stick = usb_stick(shelter, tmp_path)
    shutil.rmtree(stick)
    set_last_backup(shelter, timedelta(days=2))
    assert shelter.services.scheduled_backups.run_if_due().outcome is ScheduledOutcome.FAILED
    other = tmp_path / "other-drive"
    other.mkdir()
    shelter.services.backups.backup_now(shelter.admin, other)
    assert shelter.services.scheduled_backups.last_problem() is None


def test_a_full_disk_records_the_error_and_writes_nothing(
    shelter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = usb_stick(shelter, tmp_path)
    set_last_backup(shelter, timedelta(days=2))
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(backups_module.shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 1000))
    before = event_count(shelter)

    result = shelter.services.scheduled_backups.run_if_due()

    assert result.outcome is ScheduledOutcome.FAILED
    assert result.problem.code is BackupProblemCode.FOLDER_FULL
    assert result.problem.needs_administrator and result.problem.severe
    assert len(backups_in(stick)) == 1  # only the administrator's first backup
    assert not list(stick.glob(".*partial*"))
    assert event_count(shelter) == before


def test_a_failing_drive_leaves_no_partial_copy_and_waits_before_writing_again(
    shelter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = usb_stick(shelter, tmp_path)
    set_last_backup(shelter, timedelta(days=2))
    real_backup = backups_module.backup_database
    attempts: list[Path] = []

    def no_space_left(_source: Path, _key: bytes, target: Path) -> None:
        attempts.append(target)
        target.with_name(f".{target.name}.partial").write_bytes(b"\0" * 4096)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups_module, "backup_database", no_space_left)
    scheduled = shelter.services.scheduled_backups
    result = scheduled.run_if_due()
    assert result.outcome is ScheduledOutcome.FAILED
    assert result.problem.code is BackupProblemCode.WRITE_FAILED
    assert not list(stick.glob(".*partial*"))  # the half-written copy is gone
    assert len(backups_in(stick)) == 1

    # Tried again only after a while: each attempt writes a whole copy.
    later = scheduled.run_if_due()
    assert later.outcome is ScheduledOutcome.RETRY_LATER and len(attempts) == 1
    monkeypatch.setattr(backups_module, "backup_database", real_backup)
    retried = scheduled.run_if_due(utc_now() + RETRY_AFTER_WRITE_FAILURE + timedelta(minutes=1))
    assert retried.outcome is ScheduledOutcome.MADE
    assert scheduled.last_problem() is None


def test_never_two_backups_at_once(shelter) -> None:
    with scheduled_backup._ONE_AT_A_TIME:  # another backup is being made
        result = shelter.services.scheduled_backups.run_if_due()
    assert result.outcome is ScheduledOutcome.BUSY
    assert backups_in(shelter.access.data_dir.backups) == []
    assert shelter.services.scheduled_backups.is_due()


def test_a_damaged_error_entry_in_the_settings_is_ignored(shelter) -> None:
    for value in ("folder_missing", {"code": "melted"}, {"code": "folder_full", "at": "soon"}, 7):
        settings = settings_of(shelter)
        settings.extra[LAST_BACKUP_ERROR] = value
        settings.save(shelter.access.data_dir.settings)
        assert shelter.services.scheduled_backups.last_problem() is None
        assert shelter.services.home.figures(shelter.admin).last_backup_error is None


def test_every_problem_has_a_message_saying_what_to_do() -> None:
    assert set(PROBLEM_MESSAGES) == set(BackupProblemCode)
    for code, (for_admin, for_others) in PROBLEM_MESSAGES.items():
        for message in (for_admin, for_others):
            assert "{time}" in message
            assert message.format(time="t", folder="f")
        assert "Tell your administrator" not in for_admin
        if code is BackupProblemCode.FOLDER_MISSING:  # anyone can plug the stick in
            assert "Plug in the backup USB stick" in for_admin
            assert "Plug in the backup USB stick" in for_others
            assert "Administration →" in for_admin and "Administration" not in for_others
        else:
            assert "Tell your administrator" in for_others
            assert "Administration →" in for_admin and "Administration" not in for_others


# ---------------------------------------------------------------- rotation


def test_rotation_is_applied_to_the_folder(shelter, tmp_path: Path) -> None:
    stick = usb_stick(shelter, tmp_path)
    now = utc_now().replace(microsecond=0)
    for days in range(2, 60, 3):  # an older history of daily backups in the same folder
        (stick / backup_file_name(now - timedelta(days=days))).write_bytes(b"old")
    (stick / "notes.txt").write_text("not a backup")
    set_last_backup(shelter, timedelta(days=2))
    present = [backup_time(p.name) for p in backups_in(stick)]

    result = shelter.services.scheduled_backups.run_if_due()

    assert result.outcome is ScheduledOutcome.MADE
    expected = backups_to_keep([*present, result.backup.taken_at], result.backup.taken_at)
    kept = {backup_time(p.name) for p in backups_in(stick)}
    assert kept == set(expected)
    assert len(kept) < len(present) + 1  # some were removed
    assert result.backup.taken_at in kept
    assert (stick / "notes.txt").exists()  # other files are never touched


# ---------------------------------------------------------------- the offer on closing


def test_the_offer_on_closing_says_when_and_where(shelter, tmp_path: Path) -> None:
    scheduled = shelter.services.scheduled_backups
    offer = scheduled.exit_offer()
    assert offer.due and offer.last_backup is None
    assert offer.folder == shelter.access.data_dir.backups
    stick = usb_stick(shelter, tmp_path)
    offer = scheduled.exit_offer()
    assert not offer.due and offer.folder == stick
    assert offer.last_backup == shelter.services.backups.last_backup()
    assert scheduled.exit_offer(utc_now() + timedelta(days=2)).due


def test_the_backup_on_closing_goes_to_the_last_folder_and_is_the_administrators(
    shelter, tmp_path: Path
) -> None:
    stick = usb_stick(shelter, tmp_path)
    info = shelter.services.scheduled_backups.backup_before_exit(shelter.admin)
    assert info.path.parent == stick and info.name in [p.name for p in backups_in(stick)]
    event = events(shelter)[-1]
    assert event.action == AuditAction.BACKUP.value and event.actor_username == "admin"
    shutil.rmtree(stick)
    with pytest.raises(BackupFolderMissing):
        shelter.services.scheduled_backups.backup_before_exit(shelter.admin)


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.HOUSE_MANAGER, Role.DATA_OFFICER])
def test_other_roles_cannot_make_the_backup_on_closing(shelter, role: Role) -> None:
    user = shelter.users[role]
    with pytest.raises(PermissionDenied):
        shelter.services.scheduled_backups.backup_before_exit(user)
    event = events(shelter)[-1]
    assert event.action == AuditAction.DENIED.value and event.actor_username == user.username
    assert json.loads(event.detail) == {"permission": "backup_restore"}
    assert backups_in(shelter.access.data_dir.backups) == []
