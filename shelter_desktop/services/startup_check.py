"""What the start screen needs when the database cannot be opened: the backups in the data
folder (listed from the file system: there is no database and no signed-in user yet) and a
restore that uses the remembered key, or a typed recovery key when that does not fit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import RecoveryKeyNeeded
from ..domain.recovery_key import parse_recovery_key
from .backups import RestoreResult, restore_from
from .shelter_access import ShelterAccess

BACKUP_PATTERN = "shelter-*.db"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    size_bytes: int
    modified: datetime  # aware UTC


def backups_in_data_folder(root: Path) -> list[BackupFile]:
    """Files named ``shelter-*.db`` in ``<root>/backups``, newest first; none if no folder."""
    folder = Path(root) / "backups"
    if not folder.is_dir():
        return []
    found: list[BackupFile] = []
    for path in folder.glob(BACKUP_PATTERN):
        try:
            stat = path.stat()
        except OSError:
            continue
        if path.is_file():
            modified = datetime.fromtimestamp(stat.st_mtime, tz=UTC)
            found.append(BackupFile(path, stat.st_size, modified))
    return sorted(found, key=lambda b: (b.modified, b.path.name), reverse=True)


def remembered_key(access: ShelterAccess) -> bytes:
    """The key kept in the OS credential store for this data folder; RecoveryKeyNeeded (with
    the reason) when there is none."""
    settings = access.settings()
    lookup = access.keystore.load(settings.database_id) if settings.database_id else None
    if lookup is None or lookup.key is None:
        reason = lookup.reason if lookup else access.keystore_reason_for_unknown_id()
        raise RecoveryKeyNeeded(reason=reason)
    return lookup.key


def restore_at_start(
    access: ShelterAccess, path: Path, recovery_key: str = ""
) -> RestoreResult:
    """Restore ``path`` over the database that could not be opened.

    With ``recovery_key`` empty, the remembered key is used; a backup it does not open raises
    BackupUnreadable (and nothing changes), so the caller can ask for the recovery key.
    """
    if recovery_key.strip():
        key = parse_recovery_key(recovery_key)
    else:
        key = remembered_key(access)
    return restore_from(access.data_dir, access.keystore, Path(path), key)
