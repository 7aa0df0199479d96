"""Keyring backends for tests: an in-memory store, and stores that fail in the ways real ones do."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordSetError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class FailingKeyring(MemoryKeyring):
    """A store that raises when asked to keep a secret (e.g. a locked Secret Service)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the credential store refused")


class ForgetfulKeyring(MemoryKeyring):
    """A store that accepts a secret but gives back something else."""

    def get_password(self, service: str, username: str) -> str | None:
        value = super().get_password(service, username)
        return None if value is None else value[:-2] + "00"
