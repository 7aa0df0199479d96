"""Where the key is kept: a usable credential store, none at all, or one that misbehaves.

The database is always created; without a usable store, the recovery key opens it every time.
Nothing is ever written to a plaintext key file.
"""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail, null

from keyring_backends import FailingKeyring, ForgetfulKeyring, MemoryKeyring
from shelter_desktop.domain.errors import RecoveryKeyNeeded
from shelter_desktop.services.shelter_access import NewShelter, ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir

NEW = NewShelter("Keyring Test Shelter", "KT", "admin", "Admin", "admin-pass-2026")


def _no_key_material_in(folder) -> None:  # type: ignore[no-untyped-def]
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix == ".json":
            text = path.read_text()
            assert "key" not in {k for k in __import__("json").loads(text)}


def test_usable_store_remembers_the_key(data_dir: DataDir, memory_keyring: MemoryKeyring) -> None:
    access = ShelterAccess(data_dir, KeyStore())
    database, created = access.create(NEW)
    database.close()
    assert created.key_remembered and created.keyring_reason == ""
    assert len(memory_keyring.items) == 1
    access.open_with_keyring().close()


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), FailingKeyring(), ForgetfulKeyring()],
    ids=["fail", "null", "refuses", "reads-back-wrong"],
)
def test_without_a_usable_store_the_recovery_key_is_asked(data_dir: DataDir, backend) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(backend)
    access = ShelterAccess(data_dir, KeyStore())
    database, created = access.create(NEW)
    database.close()
    assert not created.key_remembered
    assert created.keyring_reason  # a plain sentence saying why
    with pytest.raises(RecoveryKeyNeeded) as caught:
        access.open_with_keyring()
    assert "recovery key" in caught.value.message.lower()
    access.open_with_recovery_key(created.recovery_key).close()
    _no_key_material_in(data_dir.root)


def test_new_computer_unlocks_with_recovery_key_and_then_remembers(
    data_dir: DataDir, memory_keyring: MemoryKeyring
) -> None:
    access = ShelterAccess(data_dir, KeyStore())
    database, created = access.create(NEW)
    database.close()
    memory_keyring.items.clear()  # the credential store was lost
    with pytest.raises(RecoveryKeyNeeded) as caught:
        access.open_with_keyring()
    assert "not in this computer's password store" in caught.value.message
    access.open_with_recovery_key(created.recovery_key.lower().replace("-", " ")).close()
    access.open_with_keyring().close()


def test_lost_settings_file_still_opens_with_recovery_key(data_dir: DataDir) -> None:
    access = ShelterAccess(data_dir, KeyStore())
    database, created = access.create(NEW)
    database.close()
    data_dir.settings.unlink()
    with pytest.raises(RecoveryKeyNeeded):
        access.open_with_keyring()
    access.open_with_recovery_key(created.recovery_key).close()
    access.open_with_keyring().close()
