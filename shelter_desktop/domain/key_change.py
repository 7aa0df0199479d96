"""Changing the database key (issue 6): the steps, their words, and the values passed around.

A key change never leaves the database openable by neither key. The new key is kept (OS
credential store, or the new recovery key the user confirmed writing down) *before* the file is
touched; the re-keyed database is written as a new file, verified, and renamed over the old one
in one atomic step. Until that rename the old key opens the database, afterwards the new one
does; an interrupted change is finished or rolled back at the next start.

A key *fingerprint* names a key without revealing it: 48 bits of a salted SHA-256 of the 256-bit
key. It is kept in settings.json while a change is in progress and in the audit log, so that a
person can tell which recovery sheet belongs to which key. It is never the key, and the key can
not be recovered from it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from .errors import CannotOpenDatabase, ShelterError, ValidationError
from .i18n import QT_TRANSLATE_NOOP

# settings.json ``extra`` key for a key change in progress: {"old", "new", "started_at"}.
KEY_CHANGE_MARKER = "key_change"
# settings.json ``extra`` key: the last finished change, {"at", "old", "new"} (fingerprints).
LAST_KEY_CHANGE = "last_key_change"


def key_fingerprint(key: bytes) -> str:
    """A short, non-secret name for ``key``: ``XXXX-XXXX-XXXX`` (hex)."""
    digest = hashlib.sha256(b"shelter-desktop-key-fingerprint" + key).hexdigest()[:12].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 12, 4))


# The steps of a key change, in order: (id, words shown in the progress dialog).
STEPS: tuple[tuple[str, str], ...] = (
    ("backup", QT_TRANSLATE_NOOP("KeyChange", "Making a verified backup with the old key…")),
    ("keep_new_key", QT_TRANSLATE_NOOP("KeyChange", "Keeping the new key safe…")),
    ("export", QT_TRANSLATE_NOOP("KeyChange", "Writing a copy of the database with the new key…")),
    ("verify", QT_TRANSLATE_NOOP("KeyChange", "Checking the new copy…")),
    ("swap", QT_TRANSLATE_NOOP("KeyChange", "Putting the new copy in place…")),
    ("promote", QT_TRANSLATE_NOOP("KeyChange", "Forgetting the old key…")),
    ("done", QT_TRANSLATE_NOOP("KeyChange", "The database key was changed.")),
)
STEP_MESSAGES: dict[str, str] = dict(STEPS)
STEP_OF_MESSAGE: dict[str, str] = {message: step for step, message in STEPS}

# What the open-time recovery did, for the log and the person unlocking (no personal data).
FINISHED_AT_START = QT_TRANSLATE_NOOP(
    "KeyChange",
    "A database key change was interrupted after the new key was put in place. It was finished "
    "now: the NEW recovery key opens the database, the old one no longer does.",
)
ROLLED_BACK_AT_START = QT_TRANSLATE_NOOP(
    "KeyChange",
    "A database key change was interrupted before the new key was put in place. Nothing was "
    "changed: the OLD recovery key still opens the database. A new recovery key written down "
    "during that attempt was never used; cross it out.",
)


@dataclass(frozen=True)
class KeyChangePlan:
    """A new key, made but not yet used. ``recovery_key`` is shown to the administrator, who
    must write it down before the change when the key is not remembered by this computer."""

    recovery_key: str
    fingerprint: str
    old_fingerprint: str
    remembered_by_computer: bool  # the current key is in the credential store
    backups_with_old_key: int
    key: bytes = field(repr=False)


@dataclass(frozen=True)
class KeyChangeResult:
    recovery_key: str
    fingerprint: str
    old_fingerprint: str
    key_remembered: bool
    backup_name: str
    changed_at: datetime  # naive UTC


class KeyNotWrittenDown(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This computer does not remember the database key, so after the change only the NEW "
        "recovery key opens the database. Write it down (or print the recovery sheet), tick "
        "that you did, then change the key. Nothing was changed.",
    )

    def __init__(self) -> None:
        super().__init__()
        self.field = "written_down"


class KeyringRefusedNewKey(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This computer's password store (credential manager) did not keep the new key, so the "
        "key was not changed. Nothing was changed: the old key and recovery key still work. "
        "Try again, or restart the computer first.",
    )


class KeyChangeUnfinished(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "An earlier key change was not finished. Close Shelter Desktop and open it again: it "
        "finishes or undoes that change at the start. Nothing was changed now.",
    )


class KeyChangeFailed(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database key could not be changed ({problem}). Nothing was changed: the old key "
        "and recovery key still work.",
    )


class DatabaseInUse(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database is open in another Shelter Desktop window or command, so its key cannot "
        "be changed now. Close the other one and try again. Nothing was changed.",
    )


class OldRecoveryKeyAfterChange(CannotOpenDatabase):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This is the OLD recovery key: the database key was changed on {date}. Type the NEW "
        "recovery key, the one shown during the change. Backups made before that day still "
        "open with the old one.",
    )
