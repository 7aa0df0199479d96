"""Shared fixtures: a real encrypted database in a temp folder, never a mock of it."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's per-person settings (window layout, text size, language of the last sign-in) go to a
# folder of this test run, never to the tester's own ~/.config.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shelter-tests-config-")

from keyring_backends import MemoryKeyring  # noqa: E402

from shelter_desktop.domain.dto import SignedInUser  # noqa: E402
from shelter_desktop.domain.roles import Role  # noqa: E402
from shelter_desktop.services.container import Services  # noqa: E402
from shelter_desktop.services.shelter_access import NewShelter, ShelterAccess  # noqa: E402
from shelter_desktop.storage.keystore import KeyStore  # noqa: E402
from shelter_desktop.storage.paths import DataDir  # noqa: E402

ADMIN_PASSWORD = "admin-pass-2026"
STAFF_PASSWORD = "staff-pass-2026"
ROLE_USERNAMES = {
    Role.ADMINISTRATOR: "admin",
    Role.HOUSE_MANAGER: "manager",
    Role.COUNSELOR: "counselor",
    Role.DATA_OFFICER: "dataofficer",
}


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> Iterator[None]:
    """argon2id with small parameters so hundreds of accounts hash quickly; the production
    parameters are checked in tests/services/test_auth.py."""
    from argon2 import PasswordHasher

    from shelter_desktop.services import passwords

    original = passwords._HASHER
    passwords._HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    yield
    passwords._HASHER = original


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests never touch the machine's credential store: each gets an empty in-memory one."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("SHELTER_RECOVERY_KEY", raising=False)
    monkeypatch.delenv("SHELTER_DATA_DIR", raising=False)
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "shelter-data")


@dataclass
class Shelter:
    access: ShelterAccess
    services: Services
    recovery_key: str
    users: dict[Role, SignedInUser]

    @property
    def admin(self) -> SignedInUser:
        return self.users[Role.ADMINISTRATOR]

    def close(self) -> None:
        self.services.close()


def create_shelter(data_dir: DataDir, keystore: KeyStore | None = None) -> Shelter:
    """A new encrypted shelter database with one signed-in user per role."""
    access = ShelterAccess(data_dir, keystore or KeyStore())
    database, created = access.create(
        NewShelter("Test Shelter", "TS", "admin", "Test Administrator", ADMIN_PASSWORD)
    )
    services = Services(access, database)
    admin = services.auth.sign_in("admin", ADMIN_PASSWORD)
    users = {Role.ADMINISTRATOR: admin}
    for role, username in ROLE_USERNAMES.items():
        if role is Role.ADMINISTRATOR:
            continue
        member = services.staff.add_staff(admin, username, f"Test {role.value}", role, STAFF_PASSWORD)
        users[role] = SignedInUser(
            member.value.id, username, member.value.display_name, role, True
        )
    return Shelter(access, services, created.recovery_key, users)


@pytest.fixture
def shelter(data_dir: DataDir) -> Iterator[Shelter]:
    made = create_shelter(data_dir)
    yield made
    made.close()
