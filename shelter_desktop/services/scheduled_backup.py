"""Backups on a schedule and before closing (DESIGN.md section 5, issue #6).

The scheduled backup is a system task: nobody asked for it, so its audit event has no actor
(``actor_username`` "system", ``actor_id`` None). While the application is open it backs up into
the folder of the last successful backup (often a USB stick) whenever that backup is older than
``BACKUP_INTERVAL``. It never raises for the everyday failures (the stick is not plugged in, the
disk is full, the drive fails): it records why in settings.json under ``last_backup_error`` (a
code and a time, no personal data, no path), which Home shows with what to do, and tries again at
the next check. Any successful backup, scheduled or made by an administrator, clears it.

A failed attempt is not audited: it changed nothing. It is logged (the code only).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path

from ..domain.audit import AuditAction
from ..domain.clock import utc_now
from ..domain.dto import SignedInUser
from ..domain.errors import DatabaseDamaged, ShelterError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..storage.backup import free_backup_path
from ..storage.settings_file import AppSettings
from .backups import (
    LAST_BACKUP_AT,
    LAST_BACKUP_ERROR,
    LAST_BACKUP_FOLDER,
    BackupFolderFull,
    BackupFolderMissing,
    BackupInfo,
    BackupService,
)
from .unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

BACKUP_INTERVAL = timedelta(hours=24)
# After a failure that costs a whole copy (the drive failed while writing), wait this long
# before writing again; a missing folder or a full disk is found without writing, so those are
# tried again at every check (the stick may be plugged in any minute).
RETRY_AFTER_WRITE_FAILURE = timedelta(minutes=30)
# A missing USB stick is a warning; after this long without any backup it is an error.
LONG_WITHOUT_BACKUP = timedelta(days=7)
SYSTEM_ACTOR = "system"

# Never two backups at once in this process, whoever starts them (timer, exit question).
_ONE_AT_A_TIME = threading.Lock()


class BackupProblemCode(str, Enum):
    FOLDER_MISSING = "folder_missing"
    FOLDER_FULL = "folder_full"
    WRITE_FAILED = "write_failed"
    DATABASE_DAMAGED = "database_damaged"


# What happened and what to do; {time} is when it failed, {folder} the backup folder. The
# first text is for whoever may back up (an administrator); the second for everyone else.
_PLUG_IN = QT_TRANSLATE_NOOP(
    "Backups",
    "The automatic backup of {time} was not made: the backup folder {folder} is not there. "
    "Plug in the backup USB stick; the backup is tried again every few minutes.",
)
PROBLEM_MESSAGES: dict[BackupProblemCode, tuple[str, str]] = {
    BackupProblemCode.FOLDER_MISSING: (
        QT_TRANSLATE_NOOP(
            "Backups",
            "The automatic backup of {time} was not made: the backup folder {folder} is not "
            "there. Plug in the backup USB stick (the backup is tried again every few "
            "minutes), or choose another folder and make a backup under Administration → "
            "Backups.",
        ),
        _PLUG_IN,  # anyone can plug it in
    ),
    BackupProblemCode.FOLDER_FULL: (
        QT_TRANSLATE_NOOP(
            "Backups",
            "The automatic backup of {time} was not made: there is not enough free space in "
            "{folder}. Free some space there, or choose another folder and make a backup "
            "under Administration → Backups.",
        ),
        QT_TRANSLATE_NOOP(
            "Backups",
            "The automatic backup of {time} was not made: there is not enough free space in "
            "{folder}. Tell your administrator.",
        ),
    ),
    BackupProblemCode.WRITE_FAILED: (
        QT_TRANSLATE_NOOP(
            "Backups",
            "The automatic backup of {time} could not be written to {folder}. Check the USB "
            "stick or drive (is it write-protected or failing?), or choose another folder and "
            "make a backup under Administration → Backups.",
        ),
        QT_TRANSLATE_NOOP(
            "Backups",
            "The automatic backup of {time} could not be written to {folder}. Tell your "
            "administrator.",
        ),
    ),
    BackupProblemCode.DATABASE_DAMAGED: (
        QT_TRANSLATE_NOOP(
            "Backups",
            "The automatic backup of {time} was not kept: the copy of the database failed its "
            "check. Run the check under Administration → Integrity now, and restore the last "
            "good backup if it reports damage.",
        ),
        QT_TRANSLATE_NOOP(
            "Backups",
            "The automatic backup of {time} was not kept: the copy of the database failed its "
            "check. Tell your administrator today.",
        ),
    ),
}


@dataclass(frozen=True)
class BackupProblem:
    """Why the last scheduled backup failed (shown on Home until a backup succeeds)."""

    code: BackupProblemCode
    at: datetime  # naive UTC, when the attempt failed
    folder: str  # the folder it tried (from the settings, not stored with the error)
    last_backup: datetime | None  # naive UTC, the last successful backup

    def message(self, may_back_up: bool) -> str:
        """The English template (context "Backups") for an administrator, or for the others
        (whom it sends to the administrator, except for a stick anyone can plug in)."""
        for_admin, for_others = PROBLEM_MESSAGES[self.code]
        return for_admin if may_back_up else for_others

    @property
    def needs_administrator(self) -> bool:
        """Anyone can plug in a USB stick; the other remedies need an administrator."""
        return self.code is not BackupProblemCode.FOLDER_MISSING

    @property
    def severe(self) -> bool:
        """Red rather than amber: anything but a missing stick, or no backup for a week."""
        if self.code is not BackupProblemCode.FOLDER_MISSING:
            return True
        return self.last_backup is None or self.at - self.last_backup > LONG_WITHOUT_BACKUP


class ScheduledOutcome(str, Enum):
    NOT_DUE = "not_due"
    MADE = "made"
    FAILED = "failed"
    RETRY_LATER = "retry_later"  # a write failed a short while ago; not tried again yet
    BUSY = "busy"  # another backup is being made right now


@dataclass(frozen=True)
class ScheduledResult:
    outcome: ScheduledOutcome
    backup: BackupInfo | None = None
    problem: BackupProblem | None = None


@dataclass(frozen=True)
class ExitOffer:
    """What the question on closing needs: is a backup due, when was the last, where to."""

    due: bool
    last_backup: datetime | None
    folder: Path


def _parse_time(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def read_backup_problem(settings: AppSettings, default_folder: Path) -> BackupProblem | None:
    """The recorded failure of the scheduled backup, or None (also for a damaged entry)."""
    raw = settings.extra.get(LAST_BACKUP_ERROR)
    if not isinstance(raw, dict):
        return None
    try:
        code = BackupProblemCode(raw.get("code"))
    except ValueError:
        return None
    at = _parse_time(raw.get("at"))
    if at is None:
        return None
    return BackupProblem(
        code, at, str(_last_folder(settings) or default_folder), _parse_time(
            settings.extra.get(LAST_BACKUP_AT)
        )
    )


def _last_folder(settings: AppSettings) -> Path | None:
    value = settings.extra.get(LAST_BACKUP_FOLDER)
    return Path(value) if isinstance(value, str) and value else None


def backup_is_due(last: datetime | None, now: datetime, interval: timedelta = BACKUP_INTERVAL) -> bool:
    """Due when there was none, or the last is ``interval`` old. A last backup dated well after
    ``now`` means the clock was wrong or went back: due too, or none would be made for years."""
    if last is None:
        return True
    return now - last >= interval or last - now >= interval


class ScheduledBackupService(BackupService):
    """``run_if_due`` for the timer (no actor), ``exit_offer`` and ``backup_before_exit`` for the
    question on closing (an administrator)."""

    def _settings(self) -> AppSettings:
        return AppSettings.load(self._data_dir.settings)

    def target_folder(self) -> Path:
        """The folder of the last successful backup, else the data folder's ``backups``."""
        return _last_folder(self._settings()) or self._data_dir.backups

    def is_due(self, now: datetime | None = None) -> bool:
        return backup_is_due(self.last_backup(), now or utc_now())

    def last_problem(self) -> BackupProblem | None:
        return read_backup_problem(self._settings(), self._data_dir.backups)

    # -- the timer -------------------------------------------------------------------------

    def run_if_due(self, now: datetime | None = None) -> ScheduledResult:
        """Make a backup if one is due; never raises for a missing folder, a full disk or a
        failing drive (see the module docstring)."""
        now = now or utc_now()
        if not self.is_due(now):
            return ScheduledResult(ScheduledOutcome.NOT_DUE)
        problem = self.last_problem()
        if (
            problem is not None
            and problem.code is BackupProblemCode.WRITE_FAILED
            and timedelta(0) <= now - problem.at < RETRY_AFTER_WRITE_FAILURE
        ):
            return ScheduledResult(ScheduledOutcome.RETRY_LATER, problem=problem)
        if not _ONE_AT_A_TIME.acquire(blocking=False):
            return ScheduledResult(ScheduledOutcome.BUSY)
        try:
            return self._back_up_as_system()
        finally:
            _ONE_AT_A_TIME.release()

    def _back_up_as_system(self) -> ScheduledResult:
        folder = self.target_folder()
        is_default = folder == self._data_dir.backups
        taken_at = utc_now().replace(microsecond=0)
        target: Path | None = None  # a name of our own: only that file may be removed
        try:
            if is_default:  # ours to create; a chosen folder (a USB stick) never is
                folder.mkdir(parents=True, exist_ok=True)
            target = free_backup_path(folder, taken_at)
            info = self._write(target, taken_at)
        except BackupFolderMissing:
            return self._failed(BackupProblemCode.FOLDER_MISSING)
        except BackupFolderFull:
            return self._failed(BackupProblemCode.FOLDER_FULL)
        except DatabaseDamaged:
            return self._failed(BackupProblemCode.DATABASE_DAMAGED)
        except (ShelterError, OSError):
            if target is not None:
                _remove_partial(target)  # a half-written copy must not fill the stick
            return self._failed(BackupProblemCode.WRITE_FAILED)
        try:
            self._rotate(folder, taken_at)
        except OSError as exc:  # the backup is made and verified; old ones stay for now
            log.warning("rotating backups failed: %s", type(exc).__name__)
        with UnitOfWork(self._database, None, self._on_head) as uow:
            uow.audit(
                AuditAction.BACKUP,
                "database",
                None,
                {"file": info.name, "scheduled": True},
                actor_username=SYSTEM_ACTOR,
            )
        self._remember_success(info)
        return ScheduledResult(ScheduledOutcome.MADE, backup=info)

    def _failed(self, code: BackupProblemCode) -> ScheduledResult:
        log.warning("scheduled backup failed: %s", code.value)
        settings = self._settings()
        settings.extra[LAST_BACKUP_ERROR] = {
            "code": code.value,
            "at": utc_now().replace(microsecond=0).isoformat(),
        }
        settings.save(self._data_dir.settings)
        return ScheduledResult(
            ScheduledOutcome.FAILED,
            problem=read_backup_problem(settings, self._data_dir.backups),
        )

    # -- the question on closing -----------------------------------------------------------

    def exit_offer(self, now: datetime | None = None) -> ExitOffer:
        """Reads settings only (no database), so it also works while the window closes."""
        last = self.last_backup()
        return ExitOffer(backup_is_due(last, now or utc_now()), last, self.target_folder())

    def backup_before_exit(self, actor: SignedInUser) -> BackupInfo:
        """The administrator's backup on closing, into the last used folder; raises like
        ``backup_now`` (the question shows the error and lets them close without one)."""
        folder = self.target_folder()
        with _ONE_AT_A_TIME:  # waits for a scheduled backup still being made
            return self.backup_now(actor, None if folder == self._data_dir.backups else folder)


def _remove_partial(target: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(f"{target.with_name(f'.{target.name}.partial')}{suffix}").unlink(missing_ok=True)
        except OSError:
            pass
