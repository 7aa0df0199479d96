"""Wrong key, damaged or foreign files: a clear error, and the file left exactly as it was."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from shelter_desktop.domain.errors import CannotOpenDatabase, NoDatabase, UnsafeDatabaseSettings
from shelter_desktop.domain.recovery_key import format_recovery_key
from shelter_desktop.storage import engine as engine_module
from shelter_desktop.storage.backup import backup_database, integrity_problems
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.paths import DataDir


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_wrong_key_is_refused_and_changes_nothing(shelter) -> None:  # type: ignore[no-untyped-def]
    path = shelter.access.data_dir.database
    shelter.close()
    before, names = _digest(path), _siblings(path)
    with pytest.raises(CannotOpenDatabase) as caught:
        shelter.access.open_with_recovery_key(format_recovery_key(os.urandom(32)))
    assert "key is wrong or the file is damaged" in caught.value.message
    assert _digest(path) == before
    assert _siblings(path) == names  # no stray -wal / -shm


def test_right_recovery_key_opens(shelter) -> None:  # type: ignore[no-untyped-def]
    shelter.close()
    database = shelter.access.open_with_recovery_key(shelter.recovery_key)
    try:
        assert database.audit_event_count() > 0
    finally:
        database.close()


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:100],  # truncated inside the first page
        lambda data: b"\0" * len(data),  # wiped
        lambda data: os.urandom(len(data)),  # replaced by noise
        lambda data: b"SQLite format 3\0" + data[16:],  # header rewritten
        lambda data: b"",  # empty file
    ],
    ids=["truncated", "zeroed", "noise", "header", "empty"],
)
def test_damaged_header_is_refused_and_left_alone(shelter, damage) -> None:  # type: ignore[no-untyped-def]
    path = shelter.access.data_dir.database
    shelter.close()
    path.write_bytes(damage(path.read_bytes()))
    before, names = _digest(path), _siblings(path)
    with pytest.raises(CannotOpenDatabase):
        shelter.access.open_with_keyring()
    assert _digest(path) == before and _siblings(path) == names


def test_damaged_inner_page_is_found_by_the_integrity_check(shelter) -> None:  # type: ignore[no-untyped-def]
    path = shelter.access.data_dir.database
    key = shelter.services.database.key
    shelter.close()
    data = bytearray(path.read_bytes())
    assert len(data) > 3 * 4096
    data[2 * 4096 + 200 : 2 * 4096 + 260] = os.urandom(60)
    path.write_bytes(bytes(data))
    problems = integrity_problems(path, key)
    assert problems  # e.g. "database disk image is malformed" or an HMAC failure per page


def test_missing_database_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(NoDatabase) as caught:
        ShelterDatabase.open(DataDir(tmp_path / "nothing"), os.urandom(32))
    assert str(tmp_path / "nothing") in caught.value.message


def test_unsafe_settings_are_refused(shelter, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shelter.close()
    weaker = tuple(
        p.replace("synchronous = FULL", "synchronous = OFF") for p in engine_module.CONNECTION_PRAGMAS
    )
    monkeypatch.setattr(engine_module, "CONNECTION_PRAGMAS", weaker)
    with pytest.raises(UnsafeDatabaseSettings) as caught:
        shelter.access.open_with_keyring()
    assert "synchronous" in caught.value.message


def test_pragmas_in_force(shelter) -> None:  # type: ignore[no-untyped-def]
    with shelter.services.database.engine.connect() as connection:
        values = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "temp_store")
        }
        cipher = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
    assert values == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "temp_store": 2}
    assert cipher.startswith("4.")


def test_backup_is_a_verified_encrypted_copy(shelter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = shelter.services.database.key
    target = tmp_path / "backups" / "copy.db"
    backup_database(shelter.access.data_dir.database, key, target)
    assert integrity_problems(target, key) == []
    assert not list(target.parent.glob("*.partial"))
    with pytest.raises(CannotOpenDatabase):
        engine_module.probe_key(target, os.urandom(32))
    engine_module.probe_key(target, key)
