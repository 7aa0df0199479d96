"""The database key in the OS credential store (Windows Credential Manager, macOS Keychain,
Secret Service), through ``keyring``.

Never falls back to a plaintext file. Where no usable store exists (the fail or null backend, an
error, or a key that does not read back equal) the caller must ask for the recovery key.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from ..domain.i18n import QT_TRANSLATE_NOOP

SERVICE_NAME = "Shelter Desktop"

NO_BACKEND = QT_TRANSLATE_NOOP(
    "Errors",
    "This computer has no usable password store (credential manager), so the key cannot be "
    "remembered here; the recovery key is needed at each start.",
)
NOT_STORED = QT_TRANSLATE_NOOP(
    "Errors",
    "The key for this database is not in this computer's password store (for example after "
    "moving to a new computer or user account).",
)
STORE_FAILED = QT_TRANSLATE_NOOP(
    "Errors",
    "The password store of this computer did not keep the key correctly, so the recovery key "
    "is needed at each start.",
)


@dataclass(frozen=True)
class KeyLookup:
    key: bytes | None
    reason: str  # why the key is missing; empty when found


class KeyStore:
    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def usable(self) -> bool:
        name = type(self.backend).__module__
        return not (name.endswith("backends.fail") or name.endswith("backends.null"))

    def store(self, database_id: str, key: bytes) -> KeyLookup:
        """Store ``key``; return it read back, or None with the reason it could not be kept."""
        if not self.usable():
            return KeyLookup(None, NO_BACKEND)
        try:
            self.backend.set_password(SERVICE_NAME, database_id, key.hex())
            back = self.backend.get_password(SERVICE_NAME, database_id)
        except (keyring.errors.KeyringError, OSError, RuntimeError):
            return KeyLookup(None, STORE_FAILED)
        if back is None or back.lower() != key.hex():
            self.forget(database_id)  # never leave a wrong key behind to be tried later
            return KeyLookup(None, STORE_FAILED)
        return KeyLookup(key, "")

    def load(self, database_id: str) -> KeyLookup:
        if not self.usable():
            return KeyLookup(None, NO_BACKEND)
        try:
            text = self.backend.get_password(SERVICE_NAME, database_id)
        except (keyring.errors.KeyringError, OSError, RuntimeError):
            return KeyLookup(None, STORE_FAILED)
        if not text:
            return KeyLookup(None, NOT_STORED)
        try:
            key = bytes.fromhex(text)
        except ValueError:
            return KeyLookup(None, STORE_FAILED)
        if len(key) != 32:
            return KeyLookup(None, STORE_FAILED)
        return KeyLookup(key, "")

    def forget(self, database_id: str) -> None:
        if not self.usable():
            return
        try:
            self.backend.delete_password(SERVICE_NAME, database_id)
        except (keyring.errors.KeyringError, OSError, RuntimeError):
            pass
