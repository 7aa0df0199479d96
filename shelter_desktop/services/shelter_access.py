"""Create and unlock a shelter database: keys, recovery key, first administrator.

The key lives in the OS credential store when a usable one exists; otherwise the database is
still created, and every start asks for the recovery key. There is never a plaintext fallback.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import secrets
import uuid
from dataclasses import dataclass

from ..domain.audit import AuditAction, ChainHead
from ..domain.clock import utc_now
from ..domain.dto import ShelterProfile
from ..domain.errors import NoDatabase, RecoveryKeyNeeded, ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.key_change import (
    FINISHED_AT_START,
    KEY_CHANGE_MARKER,
    LAST_KEY_CHANGE,
    OldRecoveryKeyAfterChange,
    key_fingerprint,
)
from ..domain.passwords import check_new_password
from ..domain.recovery_key import KEY_BYTES, format_recovery_key, parse_recovery_key
from ..domain.roles import Role
from ..storage.audit_log import event_has_hash
from ..storage.database import ShelterDatabase
from ..storage.keystore import KeyStore
from ..storage.models import ShelterProfileRow, StaffAccountRow
from ..storage.paths import DataDir
from ..storage.rekey import opens_with
from ..storage.settings_file import AppSettings
from .key_change import key_that_opens, keys_to_try, settle_interrupted_change
from .passwords import hash_password
from .unit_of_work import HeadListener, UnitOfWork

log = logging.getLogger(__name__)

SHELTER_CODE = re.compile(r"^[A-Z]{2,6}$")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class NewShelter:
    name: str
    code: str
    admin_username: str
    admin_display_name: str
    admin_password: str


@dataclass(frozen=True)
class CreatedShelter:
    recovery_key: str
    key_remembered: bool
    keyring_reason: str  # why the key could not be remembered, when it could not


def validate_username(username: str) -> str:
    cleaned = username.strip().lower()
    if not USERNAME.match(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A user name has 2 to 32 letters a-z, digits, dots, dashes or underscores, "
                "and starts with a letter or digit.",
            )
        )
    return cleaned


def validate_display_name(name: str) -> str:
    cleaned = " ".join(name.split())
    unprintable = any(unicodedata.category(ch) in ("Cc", "Cs") for ch in cleaned)
    if not cleaned or len(cleaned) > 200 or unprintable:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter a name of 1 to 200 characters.")
        )
    return cleaned


def validate_new_shelter(new: NewShelter) -> NewShelter:
    name = " ".join(new.name.split())
    if not name or len(name) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the shelter's name (1 to 200 characters).")
        )
    code = new.code.strip().upper()
    if not SHELTER_CODE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The shelter code is 2 to 6 Latin capital letters, e.g. PP for Phnom Penh. "
                "It starts every case number.",
            )
        )
    username = validate_username(new.admin_username)
    check_new_password(new.admin_password, username)
    return NewShelter(
        name, code, username, validate_display_name(new.admin_display_name), new.admin_password
    )


class ShelterAccess:
    """Finds, creates and unlocks the database in one data folder."""

    def __init__(self, data_dir: DataDir, keystore: KeyStore) -> None:
        self.data_dir = data_dir
        self.keystore = keystore
        # What the last open did about an interrupted key change (a translatable sentence to
        # show the person unlocking), or None.
        self.key_change_note: str | None = None

    def settings(self) -> AppSettings:
        return AppSettings.load(self.data_dir.settings)

    def has_database(self) -> bool:
        return self.data_dir.has_database()

    def create(self, new: NewShelter) -> tuple[ShelterDatabase, CreatedShelter]:
        new = validate_new_shelter(new)
        key = secrets.token_bytes(KEY_BYTES)
        database = ShelterDatabase.create(self.data_dir, key)
        settings = self.settings()
        settings.database_id = str(uuid.uuid4())
        settings.audit_head_id, settings.audit_head_hash = 0, ""
        settings.save(self.data_dir.settings)
        stored = self.keystore.store(settings.database_id, key)
        now = utc_now()
        with UnitOfWork(database, None, self.head_recorder(database)) as uow:
            uow.session.add(ShelterProfileRow(id=1, name=new.name, code=new.code, created_at=now))
            admin = StaffAccountRow(
                username=new.admin_username,
                display_name=new.admin_display_name,
                role=Role.ADMINISTRATOR.value,
                password_hash=hash_password(new.admin_password),
                active=True,
                must_change_password=False,
                failed_sign_ins=0,
                created_at=now,
            )
            uow.session.add(admin)
            uow.session.flush()
            uow.audit(
                AuditAction.SETUP,
                "shelter",
                1,
                {"key_remembered": stored.key is not None},
                actor_username=admin.username,
                actor_id=admin.id,
            )
        return database, CreatedShelter(
            format_recovery_key(key), stored.key is not None, stored.reason
        )

    def open_with_keyring(self, record_unlock: bool = True) -> ShelterDatabase:
        """Open with the remembered key, or raise RecoveryKeyNeeded saying why it is needed.

        ``record_unlock=False`` opens without writing (``check`` must not write to a database
        that may be damaged).
        """
        if not self.has_database():
            raise NoDatabase(folder=str(self.data_dir.root))
        settings = self.settings()
        lookup = self.keystore.load(settings.database_id) if settings.database_id else None
        # After an interrupted key change the new key may be kept as the pending one.
        keys = keys_to_try(self.keystore, settings.database_id, lookup.key) if lookup else []
        if not keys:
            reason = lookup.reason if lookup else self.keystore_reason_for_unknown_id()
            raise RecoveryKeyNeeded(reason=reason)
        key = (key_that_opens(self.data_dir, keys) if len(keys) > 1 else None) or keys[0]
        return self._open(key, via="keyring", record_unlock=record_unlock)

    def keystore_reason_for_unknown_id(self) -> str:
        return self.keystore.load("").reason or QT_TRANSLATE_NOOP(
            "Errors", "This database's settings file is missing, so its key cannot be found."
        )

    def open_with_recovery_key(
        self, text: str, remember: bool = True, record_unlock: bool = True
    ) -> ShelterDatabase:
        """Open with a typed recovery key; remember it in the credential store when possible."""
        if not self.has_database():
            raise NoDatabase(folder=str(self.data_dir.root))
        key = parse_recovery_key(text)
        database = self._open(key, via="recovery_key", record_unlock=record_unlock)
        if remember:
            settings = self.settings()
            if not settings.database_id:
                settings.database_id = str(uuid.uuid4())
                settings.save(self.data_dir.settings)
            self.keystore.store(settings.database_id, key)
        return database

    def _open(self, key: bytes, via: str, record_unlock: bool) -> ShelterDatabase:
        self.key_change_note = None
        if opens_with(self.data_dir.database, key):
            # Finish or undo an interrupted key change (services/key_change.py).
            note = settle_interrupted_change(self.data_dir, self.keystore, key)
        else:
            self._refuse_old_key(key)
            note = None
        database = ShelterDatabase.open(self.data_dir, key)
        self.key_change_note = note
        if record_unlock:
            with UnitOfWork(database, None, self.head_recorder(database)) as uow:
                uow.audit(AuditAction.UNLOCK, "database", None, {"via": via})
                if note:
                    step = "finished_at_start" if note == FINISHED_AT_START else "undone_at_start"
                    uow.audit(AuditAction.UPDATE, "database_key", None, {"step": step})
        return database

    def _refuse_old_key(self, key: bytes) -> None:
        """Say so when ``key`` is the key a finished key change replaced."""
        extra = self.settings().extra
        fingerprint = key_fingerprint(key)
        for record, when in ((extra.get(LAST_KEY_CHANGE), "at"),
                             (extra.get(KEY_CHANGE_MARKER), "started_at")):
            if isinstance(record, dict) and record.get("old") == fingerprint:
                raise OldRecoveryKeyAfterChange(date=str(record.get(when, ""))[:10])

    def head_recorder(self, database: ShelterDatabase) -> HeadListener:
        """Callback that keeps a copy of the audit chain head outside the database.

        The copy only moves forward while the event it names is still unchanged in the
        database: after a rebuilt or shortened chain it stays put, so `check` keeps reporting it.
        """
        path = self.data_dir.settings

        def record(head: ChainHead) -> None:
            settings = AppSettings.load(path)
            if head.event_id <= settings.audit_head_id:
                return
            if settings.audit_head_id and not event_has_hash(
                database, settings.audit_head_id, settings.audit_head_hash
            ):
                log.warning("audit chain head differs from the copy kept outside; not advancing")
                return
            settings.audit_head_id, settings.audit_head_hash = head.event_id, head.hash
            settings.save(path)

        return record

    def outside_head(self) -> ChainHead | None:
        settings = self.settings()
        if not settings.audit_head_id:
            return None
        return ChainHead(settings.audit_head_id, settings.audit_head_hash)

    def profile(self, database: ShelterDatabase) -> ShelterProfile:
        with database.session() as session:
            row = session.get(ShelterProfileRow, 1)
            return ShelterProfile(row.name, row.code) if row else ShelterProfile("", "")

