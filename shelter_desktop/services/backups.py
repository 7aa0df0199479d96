"""Encrypted backups (same key, verified, rotated) and restore (DESIGN.md section 5).

``BackupService`` runs on an open database. ``restore_from`` deliberately does not: the database
being replaced may be damaged, missing (a new PC), or unopenable, so it works on files only and
opens the restored database itself.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from ..domain.audit import AuditAction
from ..domain.backup_rotation import backups_to_keep
from ..domain.clock import utc_now
from ..domain.dto import SignedInUser
from ..domain.errors import CannotOpenDatabase, DatabaseDamaged, ShelterError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.roles import Permission
from ..storage.audit_log import chain_head
from ..storage.backup import (
    backup_database,
    free_backup_path,
    backup_time,
    copy_durably,
    database_size,
    integrity_problems,
    move_database_aside,
    schema_revision,
)
from ..storage.database import ShelterDatabase
from ..storage.migrations import known_revisions
from ..storage.engine import probe_key
from ..storage.keystore import KeyStore
from ..storage.paths import DataDir
from ..storage.settings_file import AppSettings
from .base import ServiceBase
from .shelter_access import ShelterAccess
from .unit_of_work import HeadListener, UnitOfWork

# Keys in AppSettings.extra (settings.json): no personal data, only times, folders, file names.
LAST_BACKUP_AT = "last_backup_at"  # ISO time, naive UTC
LAST_BACKUP_FOLDER = "last_backup_folder"
LAST_BACKUP_ERROR = "last_backup_error"  # {"code", "at"}: why the scheduled backup failed
RESTORED_FROM = "restored_from"  # {"file", "at", "replaced"}

SPACE_MARGIN = 1.1


class BackupFolderMissing(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Backups",
        "The backup folder {folder} is not there. Plug in the USB stick or choose another "
        "folder. No backup was made.",
    )


class BackupFolderFull(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Backups",
        "There is not enough free space in {folder} for a backup ({needed} MB needed, "
        "{free} MB free). Free some space or choose another folder. No backup was made.",
    )


class BackupUnreadable(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Backups",
        "The backup {file} cannot be opened with this key: either the key belongs to another "
        "database or the file is damaged or not a backup. Nothing was changed.",
    )


class BackupDamaged(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Backups",
        "The backup {file} is damaged ({problem}). Nothing was changed. Try an older backup.",
    )


class BackupFromNewerVersion(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Backups",
        "This backup was made by a newer version of Shelter Desktop (schema {revision}). "
        "Install the newer version, then restore it. Nothing was changed.",
    )


class BackupMissing(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Backups", "There is no backup file at {file}. Nothing was changed."
    )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    name: str
    taken_at: datetime  # naive UTC
    size_bytes: int


@dataclass(frozen=True)
class RestoreResult:
    replaced: Path | None  # where the previous database was moved; None on a new PC
    revision: str  # the backup's schema revision before migrations ran
    key_remembered: bool


# ---------------------------------------------------------------- verification (no database)


def verify_backup(path: Path, key: bytes, shown_name: str | None = None) -> str:
    """Raise unless ``path`` opens with ``key``, passes the integrity checks and has a schema
    this version knows; return its schema revision. Only reads the file. ``shown_name`` is the
    file name errors mention (restore verifies a staged copy under another name)."""
    name = shown_name or path.name
    if not path.is_file():
        raise BackupMissing(file=str(path))
    try:
        probe_key(path, key)
    except CannotOpenDatabase:
        raise BackupUnreadable(file=name) from None
    problems = integrity_problems(path, key)
    if problems:
        raise BackupDamaged(file=name, problem="; ".join(problems[:3]))
    try:
        revision = schema_revision(path, key)
    except sqlcipher3.DatabaseError:
        raise BackupDamaged(file=name, problem="no schema version") from None
    if revision is None or revision not in known_revisions():
        raise BackupFromNewerVersion(revision=revision or "?")
    return revision


# ---------------------------------------------------------------- the service


class BackupService(ServiceBase):
    def __init__(
        self, database: ShelterDatabase, on_head: HeadListener | None, data_dir: DataDir
    ) -> None:
        super().__init__(database, on_head)
        self._data_dir = data_dir

    def backup_now(self, actor: SignedInUser, folder: Path | None = None) -> BackupInfo:
        """A verified backup named ``shelter-YYYYMMDD-HHMMSS.db`` in ``folder`` (default: the
        data folder's ``backups``), then rotation of the backups of that name in it."""
        default = folder is None
        target_folder = self._data_dir.backups if folder is None else Path(folder)
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.BACKUP_RESTORE, "database")
        if default:
            target_folder.mkdir(parents=True, exist_ok=True)
        taken_at = utc_now().replace(microsecond=0)
        info = self._write(free_backup_path(target_folder, taken_at), taken_at)
        self._rotate(target_folder, taken_at)
        self._record(actor, info)
        return info

    def backup_to(self, actor: SignedInUser, target: Path) -> BackupInfo:
        """A verified backup written to exactly ``target`` (the ``backup --to FILE`` command);
        no rotation."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.BACKUP_RESTORE, "database")
        info = self._write(Path(target), utc_now().replace(microsecond=0))
        self._record(actor, info)
        return info

    def _write(self, target: Path, taken_at: datetime) -> BackupInfo:
        folder = target.parent
        if not folder.is_dir():
            raise BackupFolderMissing(folder=str(folder))
        needed = database_size(self._database.data_dir.database) * SPACE_MARGIN
        free = shutil.disk_usage(folder).free
        if free < needed:
            raise BackupFolderFull(
                folder=str(folder), needed=max(1, round(needed / 1e6)), free=round(free / 1e6)
            )
        try:
            backup_database(self._database.data_dir.database, self._database.key, target)
        except DatabaseDamaged:
            raise
        except (OSError, sqlcipher3.Error) as exc:
            raise ShelterError(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "The backup could not be written to {folder} ({kind}). Check the folder "
                    "or USB stick and try again.",
                ),
                folder=str(folder),
                kind=type(exc).__name__,
            ) from None
        return BackupInfo(target, target.name, taken_at, target.stat().st_size)

    def _record(self, actor: SignedInUser, info: BackupInfo) -> None:
        with self.unit_of_work(actor) as uow:
            uow.audit(AuditAction.BACKUP, "database", None, {"file": info.name})
        self._remember_success(info)

    def _remember_success(self, info: BackupInfo) -> None:
        """Record the last backup's time and folder; a successful backup clears the error the
        scheduled backup recorded (services/scheduled_backup.py)."""
        settings = AppSettings.load(self._data_dir.settings)
        settings.extra[LAST_BACKUP_AT] = info.taken_at.isoformat()
        settings.extra[LAST_BACKUP_FOLDER] = str(info.path.parent)
        settings.extra.pop(LAST_BACKUP_ERROR, None)
        settings.save(self._data_dir.settings)

    def _rotate(self, folder: Path, now: datetime) -> None:
        found = _backups_in(folder)
        keep = backups_to_keep([b.taken_at for b in found], now)
        for backup in found:
            if backup.taken_at not in keep:
                backup.path.unlink(missing_ok=True)

    def list_backups(
        self, actor: SignedInUser, folder: Path | None = None
    ) -> list[BackupInfo]:
        """Backups named by the pattern in ``folder`` (default: the data folder's), newest first."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.BACKUP_RESTORE, "database")
        target_folder = self._data_dir.backups if folder is None else Path(folder)
        if not target_folder.is_dir():
            raise BackupFolderMissing(folder=str(target_folder))
        return _backups_in(target_folder)

    def last_backup(self) -> datetime | None:
        """When the last successful backup finished (naive UTC); no actor: Home shows it."""
        value = AppSettings.load(self._data_dir.settings).extra.get(LAST_BACKUP_AT)
        try:
            return datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def verify_backup(self, path: Path, key: bytes) -> str:
        return verify_backup(path, key)


def _backups_in(folder: Path) -> list[BackupInfo]:
    found: list[BackupInfo] = []
    for path in folder.iterdir():
        taken_at = backup_time(path.name)
        if taken_at is not None and path.is_file():
            found.append(BackupInfo(path, path.name, taken_at, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


# ---------------------------------------------------------------- restore (no database needed)


def restore_from(
    data_dir: DataDir,
    keystore: KeyStore,
    path: Path,
    key: bytes,
    username: str | None = None,
) -> RestoreResult:
    """Replace the database in ``data_dir`` with the backup at ``path``.

    Order, so that a failure before the swap changes nothing: copy the backup into the data
    folder under a temporary name (fsynced), verify that copy (key, both integrity checks, a
    schema this version knows), move the current database and its -wal/-shm aside into
    ``replaced/`` (never deleted), rename the copy into place, open it (migrations run), and
    append a RESTORE event to the restored database's audit log.

    The copy of the audit chain head kept in settings.json is reset to the restored database's
    last event before that RESTORE event (which then advances it as usual). Moving the outside
    head *backwards* is what a tamperer would want, so why is it safe here? Nothing is lost or
    hidden: the replaced database is kept aside unmodified with its own complete chain, the
    restore is itself the next audited event of the restored chain, and settings.json records
    which backup was restored and where the replaced database went. Keeping the old head would
    instead make every later ``check`` report tampering that did not happen.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupMissing(file=str(path))
    data_dir.ensure()
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    staged = data_dir.root / f".restore-{stamp}.db"
    try:
        copy_durably(path, staged)
        revision = verify_backup(staged, key, path.name)
        replaced: Path | None = None
        if data_dir.has_database():
            replaced = data_dir.root / "replaced" / f"shelter-replaced-{stamp}.db"
            move_database_aside(data_dir.database, replaced)
        move_database_aside(staged, data_dir.database)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{staged}{suffix}").unlink(missing_ok=True)

    settings = AppSettings.load(data_dir.settings)
    if not settings.database_id:
        settings.database_id = str(uuid.uuid4())
    remembered = keystore.store(settings.database_id, key).key is not None

    database = ShelterDatabase.open(data_dir, key)
    try:
        with database.session() as session:
            head = chain_head(session)
        settings.audit_head_id = head.event_id if head else 0
        settings.audit_head_hash = head.hash if head else ""
        settings.extra[RESTORED_FROM] = {
            "file": path.name,
            "at": utc_now().isoformat(timespec="seconds"),
            "replaced": replaced.name if replaced else None,
        }
        settings.save(data_dir.settings)
        recorder = ShelterAccess(data_dir, keystore).head_recorder(database)
        with UnitOfWork(database, None, recorder) as uow:
            uow.audit(
                AuditAction.RESTORE,
                "database",
                None,
                {"file": path.name, "replaced": replaced.name if replaced else None,
                 "revision": revision},
                actor_username=username,
            )
    finally:
        database.close()
    return RestoreResult(replaced, revision, remembered)
