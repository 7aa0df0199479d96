"""File-level re-keying (storage/rekey.py) on real SQLCipher files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlcipher3
from factories import add_resident
from sqlalchemy import text

from shelter_desktop.domain.errors import CannotOpenDatabase, DatabaseDamaged
from shelter_desktop.domain.key_change import DatabaseInUse, key_fingerprint
from shelter_desktop.domain.recovery_key import parse_recovery_key
from shelter_desktop.storage import rekey as rekey_module
from shelter_desktop.storage.backup import integrity_problems
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.engine import raw_key_literal
from shelter_desktop.storage.rekey import (
    opens_with,
    rekey_database,
    rekey_path,
    remove_rekey_leftovers,
    row_counts,
)

NEW_KEY = bytes(range(100, 132))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(path))
    connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    return connection


def _schema(path: Path, key: bytes) -> set[tuple[str, str, str]]:
    connection = _connect(path, key)
    try:
        rows = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    finally:
        connection.close()
    return {(kind, name, sql or "") for kind, name, sql in rows}


@pytest.fixture
def closed_shelter(shelter):  # type: ignore[no-untyped-def]
    """A shelter with residents (Khmer and Latin names), every connection closed."""
    database = shelter.services.database
    for number, name in enumerate(["Sok Sreypov", "Ánh Nguyễn", "ស្រីពៅ សុខ"], start=1):
        add_resident(database, name_latin=name, case_number=f"TS-2026-{number:04d}")
    shelter.services.close()
    return shelter


def test_rekeyed_file_has_everything_and_only_the_new_key_opens_it(closed_shelter) -> None:
    path = closed_shelter.access.data_dir.database
    old_key = parse_recovery_key(closed_shelter.recovery_key)
    schema = _schema(path, old_key)
    connection = _connect(path, old_key)
    try:
        counts = row_counts(connection)
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    assert counts["resident"] == 3 and counts["audit_event"] > 0

    rekey_database(path, old_key, NEW_KEY)

    assert not opens_with(path, old_key) and opens_with(path, NEW_KEY)
    assert not integrity_problems(path, NEW_KEY)
    assert _schema(path, NEW_KEY) == schema  # tables, indexes, triggers, the FTS table
    connection = _connect(path, NEW_KEY)
    try:
        assert row_counts(connection) == counts
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == version
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{path}{suffix}").exists()
    assert not rekey_path(path).exists()
    # The application opens it in WAL again; search (FTS) and the append-only audit trigger work.
    database = ShelterDatabase.open(closed_shelter.access.data_dir, NEW_KEY)
    try:
        with database.engine.connect() as db:
            assert db.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            found = db.execute(
                text("SELECT count(*) FROM resident_fts WHERE resident_fts MATCH 'sreypov'")
            ).scalar()
            assert found == 1
        with pytest.raises(Exception, match="append-only|audit|abort|not allowed"):
            with database.engine.begin() as db:
                db.execute(text("UPDATE audit_event SET actor_username = 'x'"))
    finally:
        database.close()


def test_refused_while_another_connection_has_it_open(closed_shelter) -> None:
    path = closed_shelter.access.data_dir.database
    old_key = parse_recovery_key(closed_shelter.recovery_key)
    other = _connect(path, old_key)
    try:
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("SELECT count(*) FROM resident").fetchone()
        with pytest.raises(DatabaseInUse):
            rekey_database(path, old_key, NEW_KEY)
    finally:
        other.close()
    assert opens_with(path, old_key) and not opens_with(path, NEW_KEY)
    assert not rekey_path(path).exists()


def test_wrong_old_key_changes_nothing(closed_shelter) -> None:
    path = closed_shelter.access.data_dir.database
    before = _sha(path)
    with pytest.raises(CannotOpenDatabase):
        rekey_database(path, bytes(32), NEW_KEY)
    assert _sha(path) == before
    assert not rekey_path(path).exists()


def test_same_or_short_key_is_refused(closed_shelter) -> None:
    path = closed_shelter.access.data_dir.database
    old_key = parse_recovery_key(closed_shelter.recovery_key)
    for bad in (old_key, b"short"):
        with pytest.raises(ValueError):
            rekey_database(path, old_key, bad)
    assert opens_with(path, old_key)


def test_a_copy_that_fails_verification_is_removed(
    closed_shelter, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = closed_shelter.access.data_dir.database
    old_key = parse_recovery_key(closed_shelter.recovery_key)

    def damaged(_path: Path, _key: bytes) -> list[str]:
        return ["page 3: hmac check failed"]

    monkeypatch.setattr(rekey_module, "integrity_problems", damaged)
    with pytest.raises(DatabaseDamaged):
        rekey_database(path, old_key, NEW_KEY)
    assert opens_with(path, old_key)
    assert not rekey_path(path).exists()


def test_leftovers_are_removed_and_reported(tmp_path: Path) -> None:
    database = tmp_path / "shelter.db"
    assert remove_rekey_leftovers(database) is False
    rekey_path(database).write_bytes(b"half")
    Path(f"{rekey_path(database)}-journal").write_bytes(b"j")
    assert remove_rekey_leftovers(database) is True
    assert list(tmp_path.iterdir()) == []


def test_fingerprints_name_keys_without_revealing_them() -> None:
    first, second = key_fingerprint(NEW_KEY), key_fingerprint(bytes(32))
    assert first != second and len(first) == 14 and first.count("-") == 2
    assert first == key_fingerprint(NEW_KEY)
    assert first.replace("-", "").lower() not in NEW_KEY.hex()
