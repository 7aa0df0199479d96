"""The child process of the kill-during-key-change test: changes the database key through the
real KeyChangeService and says where it is, so the parent can SIGKILL it in every phase.

Run as ``python -m tests.safety.rekey_child --data DIR [--keyring FILE]`` from the repository
root, with the administrator's password in ``SHELTER_TEST_PASSWORD``. With ``--keyring`` the
keys live in a file-backed credential store (the stand-in for the OS one, shared with the
parent); without it there is no usable store and the current recovery key is read from
``SHELTER_TEST_RECOVERY_KEY`` (the person types it at each start).

Output lines, each flushed at once: ``starting``; ``shown <new recovery key>`` (the new recovery
key is on screen, and the person confirmed writing it down); ``step <id>`` as each step of
domain/key_change.py STEPS begins (``promote`` is only printed after the rename); ``done``
once change_key returned; then it waits to be killed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import keyring
from argon2 import PasswordHasher
from keyring.backend import KeyringBackend

from shelter_desktop.domain.key_change import STEP_OF_MESSAGE
from shelter_desktop.services import passwords
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.atomic import write_atomically
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir

PASSWORD_VARIABLE = "SHELTER_TEST_PASSWORD"
RECOVERY_VARIABLE = "SHELTER_TEST_RECOVERY_KEY"
USERNAME = "admin"


class FileKeyring(KeyringBackend):
    """A credential store in one JSON file, each change written atomically and fsynced, like
    an OS store that survives the process: the parent reads what the killed child kept."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)

    def _items(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        return json.loads(self.path.read_text(encoding="utf-8"))

    def _save(self, items: dict[str, str]) -> None:
        write_atomically(self.path, json.dumps(items, sort_keys=True).encode("utf-8"))

    def get_password(self, service: str, username: str) -> str | None:
        return self._items().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._items()
        items[f"{service}/{username}"] = password
        self._save(items)

    def delete_password(self, service: str, username: str) -> None:
        items = self._items()
        if items.pop(f"{service}/{username}", None) is not None:
            self._save(items)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--keyring", type=Path)
    args = parser.parse_args(argv)
    # The template's hashes were made with small argon2 parameters; keep them (no rehash).
    passwords._HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    if args.keyring:
        keyring.set_keyring(FileKeyring(args.keyring))
    access = ShelterAccess(DataDir(args.data), KeyStore())
    say("starting")
    if args.keyring:
        database = access.open_with_keyring()
    else:
        database = access.open_with_recovery_key(os.environ[RECOVERY_VARIABLE], remember=False)
    services = Services(access, database)
    admin = services.auth.sign_in(USERNAME, os.environ[PASSWORD_VARIABLE])
    plan = services.key_change.prepare(admin)
    say(f"shown {plan.recovery_key}")

    def progress(_fraction: float, message: str) -> None:
        say(f"step {STEP_OF_MESSAGE[message]}")

    services.key_change.change_key(admin, plan, written_down=True, progress=progress)
    say("done")
    services.close()
    time.sleep(120)  # the parent kills it; the sleep only ends if it never does
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
