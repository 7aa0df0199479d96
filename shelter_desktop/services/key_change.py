"""Change the database key (issue 6 item 4), and finish or undo an interrupted change at start.

Who holds which key at each step (K1 old, K2 new), so that the database is never openable by
neither key:

1. Verified backup with K1. The file opens with K1; K2 exists only in memory and on screen.
2. Marker in settings.json (fingerprints only), then K2 kept: as the credential store entry
   ``<database id>.pending-key``, or, with no usable store, as the new recovery key the
   administrator confirmed writing down. The file still opens with K1.
3. Audit "started"; every connection closed; re-keyed copy written and verified
   (storage/rekey.py). Still K1.
4. ``os.replace`` of the copy over shelter.db: from this instant the file opens with K2, which
   is already kept (step 2).
5. K2 stored as the current entry, the marker dropped, the pending entry forgotten last.

At every open (:func:`settle_interrupted_change`), the key that opened the file decides: the
marker's *new* fingerprint means the rename happened, so the change is finished (K2 becomes the
current key); the *old* fingerprint means it did not, so it is undone (the pending key and any
half-written copy are removed). Either way the log and the unlock screen say so; no personal
data and never a key, only fingerprints.

Old backups are not re-encrypted: a backup is the last good copy and is never rewritten, and
copies on USB sticks or elsewhere cannot be reached anyway. They keep opening with the OLD
recovery key, which the dialog says plainly, and the fingerprints of both keys are in the audit
log and in settings.json (``last_key_change``).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sqlcipher3

from ..domain.audit import AuditAction
from ..domain.clock import utc_now
from ..domain.dto import SignedInUser
from ..domain.errors import ShelterError
from ..domain.key_change import (
    FINISHED_AT_START,
    KEY_CHANGE_MARKER,
    LAST_KEY_CHANGE,
    ROLLED_BACK_AT_START,
    STEP_MESSAGES,
    KeyChangeFailed,
    KeyChangePlan,
    KeyChangeResult,
    KeyChangeUnfinished,
    KeyNotWrittenDown,
    KeyringRefusedNewKey,
    key_fingerprint,
)
from ..domain.recovery_key import KEY_BYTES, format_recovery_key
from ..domain.roles import Permission
from ..storage.database import ShelterDatabase
from ..storage.keystore import KeyStore
from ..storage.paths import DataDir
from ..storage.rekey import opens_with, rekey_database, remove_rekey_leftovers
from ..storage.settings_file import AppSettings
from .base import ServiceBase
from .unit_of_work import HeadListener

if TYPE_CHECKING:
    from .backups import BackupService

log = logging.getLogger(__name__)

ENTITY = "database_key"
Progress = Callable[[float, str], None]

# Where each step starts on the progress bar.
_FRACTIONS = {
    "backup": 0.02,
    "keep_new_key": 0.35,
    "export": 0.4,
    "verify": 0.7,
    "swap": 0.9,
    "promote": 0.95,
    "done": 1.0,
}


def pending_key_id(database_id: str) -> str:
    """The credential store entry holding the new key while a change is in progress."""
    return f"{database_id}.pending-key"


def pending_key(keystore: KeyStore, database_id: str) -> bytes | None:
    if not database_id:
        return None
    return keystore.load(pending_key_id(database_id)).key


def settle_interrupted_change(data_dir: DataDir, keystore: KeyStore, key: bytes) -> str | None:
    """Finish or undo a key change that was interrupted, given the ``key`` that opens the
    database now. Returns what was done (a translatable sentence) or None when there was
    nothing to do. Never writes to the database; only settings.json, the credential store and
    the half-written copy are touched. Call it only with a key that opens the file."""
    settings = AppSettings.load(data_dir.settings)
    marker = settings.extra.get(KEY_CHANGE_MARKER)
    database_id = settings.database_id
    pending = pending_key(keystore, database_id)
    leftovers = remove_rekey_leftovers(data_dir.database)
    if not isinstance(marker, dict) and pending is None:
        if leftovers:
            log.info("removed a half-written re-keyed copy left without a key change marker")
        return None
    fingerprint = key_fingerprint(key)
    current = keystore.load(database_id).key if database_id else None
    if isinstance(marker, dict):
        finished = fingerprint == marker.get("new")
        rolled_back = fingerprint == marker.get("old")
    else:  # the marker was already dropped: only the pending entry was left to forget
        finished = pending == key and current != key
        rolled_back = False
    if finished:
        if keystore.usable() and database_id and current != key:
            if keystore.store(database_id, key).key is None and pending == key:
                # The credential store holds the new key only as the pending entry: keep it
                # and the marker, the next start tries again.
                log.warning("key change finished at start; the credential store refused the "
                            "new key, it stays kept as the pending key")
                return FINISHED_AT_START
        settings.extra[LAST_KEY_CHANGE] = {
            "at": utc_now().isoformat(timespec="seconds"),
            "old": marker.get("old") if isinstance(marker, dict) else "",
            "new": fingerprint,
        }
    settings.extra.pop(KEY_CHANGE_MARKER, None)
    settings.save(data_dir.settings)
    if database_id:
        keystore.forget(pending_key_id(database_id))
    if finished:
        log.warning("an interrupted database key change was finished at start (new key %s)",
                    fingerprint)
        return FINISHED_AT_START
    if rolled_back:
        log.warning("an interrupted database key change was undone at start (key %s kept)",
                    fingerprint)
        return ROLLED_BACK_AT_START
    log.warning("a key change marker or pending key that matched neither key was dropped")
    return None


def keys_to_try(keystore: KeyStore, database_id: str, current: bytes | None) -> list[bytes]:
    """The keys the app tries at start, in order: the current one, then a pending one."""
    keys = [current] if current else []
    pending = pending_key(keystore, database_id)
    if pending and pending not in keys:
        keys.append(pending)
    return keys


def key_that_opens(data_dir: DataDir, keys: list[bytes]) -> bytes | None:
    for key in keys:
        if opens_with(data_dir.database, key):
            return key
    return None


class KeyChangeService(ServiceBase):
    """Administrators change the database key: ``prepare`` makes the new key and its recovery
    key (shown once), ``change_key`` does the change after a verified backup."""

    def __init__(
        self,
        database: ShelterDatabase,
        on_head: HeadListener | None,
        data_dir: DataDir,
        keystore: KeyStore,
        backups: "BackupService",
    ) -> None:
        super().__init__(database, on_head)
        self._data_dir = data_dir
        self._keystore = keystore
        self._backups = backups

    # ------------------------------------------------------------ helpers

    def _settings(self) -> AppSettings:
        return AppSettings.load(self._data_dir.settings)

    def key_remembered(self) -> bool:
        """True when this computer's credential store holds the key in use."""
        database_id = self._settings().database_id
        if not database_id or not self._keystore.usable():
            return False
        return self._keystore.load(database_id).key == self._database.key

    def _require(self, actor: SignedInUser) -> None:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.BACKUP_RESTORE, ENTITY)

    def _audit(self, actor: SignedInUser, detail: dict[str, Any]) -> None:
        with self.unit_of_work(actor) as uow:
            uow.audit(AuditAction.UPDATE, ENTITY, None, detail)

    def backups_with_old_key(self) -> int:
        """Backups in the data folder's backup folder: all made with the key in use now."""
        folder = self._data_dir.backups
        if not folder.is_dir():
            return 0
        return sum(1 for path in folder.iterdir() if path.suffix == ".db" and path.is_file())

    # ------------------------------------------------------------ the use case

    def prepare(self, actor: SignedInUser) -> KeyChangePlan:
        """A new key and its recovery key, not used yet. Nothing is written but a denial."""
        self._require(actor)
        if isinstance(self._settings().extra.get(KEY_CHANGE_MARKER), dict):
            raise KeyChangeUnfinished()
        key = secrets.token_bytes(KEY_BYTES)
        while key == self._database.key:  # pragma: no cover - 2**-256
            key = secrets.token_bytes(KEY_BYTES)
        return KeyChangePlan(
            recovery_key=format_recovery_key(key),
            fingerprint=key_fingerprint(key),
            old_fingerprint=key_fingerprint(self._database.key),
            remembered_by_computer=self.key_remembered(),
            backups_with_old_key=self.backups_with_old_key(),
            key=key,
        )

    def change_key(
        self,
        actor: SignedInUser,
        plan: KeyChangePlan,
        written_down: bool,
        progress: Progress | None = None,
    ) -> KeyChangeResult:
        """Re-key the database with ``plan``'s key. ``written_down``: the administrator confirmed
        writing down the new recovery key (required when this computer does not remember the
        key, because then the old recovery key stops working at the rename)."""
        self._require(actor)
        settings = self._settings()
        if isinstance(settings.extra.get(KEY_CHANGE_MARKER), dict):
            raise KeyChangeUnfinished()
        old_key, new_key = self._database.key, plan.key
        if key_fingerprint(old_key) != plan.old_fingerprint or len(new_key) != KEY_BYTES:
            raise KeyChangeFailed(problem="the key changed since the new one was made")
        remembered = self.key_remembered()
        if not remembered and not written_down:
            raise KeyNotWrittenDown()
        report = _reporter(progress)
        database_id = settings.database_id

        report("backup", allow_cancel=True)
        backup = self._backups.backup_now(actor)

        report("keep_new_key", allow_cancel=True)
        settings = self._settings()
        settings.extra[KEY_CHANGE_MARKER] = {
            "old": plan.old_fingerprint,
            "new": plan.fingerprint,
            "started_at": utc_now().isoformat(timespec="seconds"),
        }
        settings.save(self._data_dir.settings)
        if remembered:
            if self._keystore.store(pending_key_id(database_id), new_key).key is None:
                self._forget_attempt(database_id)
                raise KeyringRefusedNewKey()
        detail = {
            "step": "started",
            "old_key_id": plan.old_fingerprint,
            "new_key_id": plan.fingerprint,
            "backup": backup.name,
            "remembered": remembered,
        }
        try:
            self._audit(actor, detail)
            self._database.engine.dispose()  # the rename needs every connection closed
            rekey_database(
                self._data_dir.database,
                old_key,
                new_key,
                step=lambda name: report(name, allow_cancel=name != "swap"),
            )
        except BaseException as exc:
            if _renamed(self._data_dir, new_key):
                # The rename happened and something after it failed (e.g. the folder fsync):
                # the new key is the only one that opens the file now, so finish the change.
                log.warning("database key change: %s after the rename; finishing it",
                            type(exc).__name__)
            else:
                self._fail(actor, detail, database_id, old_key, exc)
                raise  # our own explained errors, Cancel, and anything unexpected

        # The rename happened: from here on only the new key opens the file.
        report("promote")
        self._database.reopen(new_key)
        stored = False
        if remembered:
            stored = self._keystore.store(database_id, new_key).key is not None
        if stored or not remembered:
            settings = self._settings()
            settings.extra.pop(KEY_CHANGE_MARKER, None)
            changed_at = utc_now()
            settings.extra[LAST_KEY_CHANGE] = {
                "at": changed_at.isoformat(timespec="seconds"),
                "old": plan.old_fingerprint,
                "new": plan.fingerprint,
            }
            settings.save(self._data_dir.settings)
            if database_id:
                self._keystore.forget(pending_key_id(database_id))
        else:
            # The new key stays kept as the pending entry; the next start promotes it.
            changed_at = utc_now()
            log.warning("the credential store refused the new key; it stays the pending key")
        self._audit(actor, {**detail, "step": "finished", "remembered": stored})
        log.info("database key changed (old %s, new %s)", plan.old_fingerprint, plan.fingerprint)
        report("done")
        return KeyChangeResult(
            recovery_key=plan.recovery_key,
            fingerprint=plan.fingerprint,
            old_fingerprint=plan.old_fingerprint,
            key_remembered=remembered,  # as the current entry, or still as the pending one
            backup_name=backup.name,
            changed_at=changed_at.replace(microsecond=0),
        )

    def _fail(
        self,
        actor: SignedInUser,
        detail: dict[str, Any],
        database_id: str,
        old_key: bytes,
        exc: BaseException,
    ) -> None:
        """Undo an attempt that failed before the rename; raise KeyChangeFailed for a disk or
        database error (the caller re-raises anything else)."""
        self._forget_attempt(database_id)
        self._database.reopen(old_key)
        log.warning("database key change failed before the rename (%s); nothing changed",
                    type(exc).__name__)
        self._audit(actor, {**detail, "step": "failed", "problem": type(exc).__name__})
        if isinstance(exc, (OSError, sqlcipher3.Error)):
            raise KeyChangeFailed(problem=type(exc).__name__) from None

    def _forget_attempt(self, database_id: str) -> None:
        """Undo the bookkeeping of an attempt that never reached the rename."""
        if database_id:
            self._keystore.forget(pending_key_id(database_id))
        settings = self._settings()
        settings.extra.pop(KEY_CHANGE_MARKER, None)
        settings.save(self._data_dir.settings)


def _renamed(data_dir: DataDir, new_key: bytes) -> bool:
    """True when the re-keyed copy is in place (the new key opens shelter.db)."""
    try:
        return opens_with(data_dir.database, new_key)
    except ShelterError:  # no file at all: nothing was renamed over it
        return False


def _reporter(progress: Progress | None) -> Callable[..., None]:
    def report(step: str, allow_cancel: bool = False) -> None:
        if progress is None:
            return
        try:
            progress(_FRACTIONS[step], STEP_MESSAGES[step])
        except Exception:
            # Cancel is honoured before the new key is kept; afterwards the change completes.
            if allow_cancel:
                raise

    return report
