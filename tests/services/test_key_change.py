"""Changing the database key on a real encrypted database (issue 6 item 4)."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
import sqlcipher3
from factories import add_resident
from keyring_backends import FailingKeyring, MemoryKeyring
from sqlalchemy import select

from shelter_desktop.domain.audit import AuditAction
from shelter_desktop.domain.errors import CannotOpenDatabase, PermissionDenied
from shelter_desktop.domain.key_change import (
    FINISHED_AT_START,
    KEY_CHANGE_MARKER,
    LAST_KEY_CHANGE,
    ROLLED_BACK_AT_START,
    KeyChangeUnfinished,
    KeyNotWrittenDown,
    KeyringRefusedNewKey,
    OldRecoveryKeyAfterChange,
    key_fingerprint,
)
from shelter_desktop.domain.recovery_key import format_recovery_key, parse_recovery_key
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.key_change import pending_key_id
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage import rekey as rekey_module
from shelter_desktop.storage.audit_log import verify_chain
from shelter_desktop.storage.backup import integrity_problems
from shelter_desktop.storage.engine import raw_key_literal
from shelter_desktop.storage.keystore import SERVICE_NAME, KeyStore
from shelter_desktop.storage.models import AuditEventRow, ResidentRow
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.storage.rekey import opens_with, rekey_path
from shelter_desktop.storage.settings_file import AppSettings

from tests.conftest import create_shelter

NAMES = ["Sok Sreypov", "Chan Dara", "Ánh Nguyễn", "ស្រីពៅ សុខ"]


def _key(shelter) -> bytes:  # type: ignore[no-untyped-def]
    return parse_recovery_key(shelter.recovery_key)


def _residents(database) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        rows = session.execute(
            select(ResidentRow.case_number, ResidentRow.name_latin).order_by(ResidentRow.id)
        ).all()
    return [tuple(row) for row in rows]


def _fill(shelter) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    for number, name in enumerate(NAMES, start=1):
        add_resident(shelter.services.database, name_latin=name, case_number=f"TS-2026-{number:04d}")
    return _residents(shelter.services.database)


def _audit(database, entity: str) -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return list(session.scalars(select(AuditEventRow).where(AuditEventRow.entity == entity)))


def _chain_ok(access: ShelterAccess, database) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        report = verify_chain(session, access.outside_head())
    assert report.ok, report.problems


def test_change_key_in_keyring_mode(shelter, memory_keyring: MemoryKeyring) -> None:
    expected = _fill(shelter)
    old_key = _key(shelter)
    service = shelter.services.key_change
    assert service.key_remembered()
    plan = service.prepare(shelter.admin)
    assert plan.remembered_by_computer
    assert plan.old_fingerprint == key_fingerprint(old_key) != plan.fingerprint
    steps: list[str] = []
    result = service.change_key(shelter.admin, plan, written_down=False,
                                progress=lambda fraction, message: steps.append(message))
    new_key = parse_recovery_key(result.recovery_key)
    assert new_key != old_key and result.key_remembered
    database = shelter.services.database
    path = database.data_dir.database
    # The old key no longer opens the file; the new key and the new recovery key do.
    assert not opens_with(path, old_key)
    assert opens_with(path, new_key)
    assert not integrity_problems(path, new_key)
    # The running services go on with the new key: data and audit chain intact.
    assert database.key == new_key
    assert _residents(database) == expected
    _chain_ok(shelter.access, database)
    settings = AppSettings.load(database.data_dir.settings)
    assert KEY_CHANGE_MARKER not in settings.extra
    assert settings.extra[LAST_KEY_CHANGE]["new"] == result.fingerprint
    database_id = settings.database_id
    assert memory_keyring.items[(SERVICE_NAME, database_id)] == new_key.hex()
    assert (SERVICE_NAME, pending_key_id(database_id)) not in memory_keyring.items
    assert not rekey_path(path).exists()
    assert len(steps) >= 6 and steps[-1] == "The database key was changed."
    # The audit: UPDATE database_key started and finished, with no key material.
    events = _audit(database, "database_key")
    assert [json.loads(e.detail)["step"] for e in events] == ["started", "finished"]
    assert all(e.action == AuditAction.UPDATE.value for e in events)
    assert all(e.actor_username == "admin" for e in events)
    everything = " ".join(str(e.detail) for e in _audit(database, "database_key"))
    everything += " ".join(str(e.detail) for e in _audit(database, "database"))
    for secret in (old_key.hex(), new_key.hex(), result.recovery_key, shelter.recovery_key):
        assert secret.lower() not in everything.lower()
        assert secret.lower() not in path.with_name("settings.json").read_text().lower()
    # A verified backup was made first, with the OLD key.
    backup = database.data_dir.backups / result.backup_name
    assert opens_with(backup, old_key) and not opens_with(backup, new_key)
    # Work goes on; a fresh start opens with the keyring, and the recovery keys behave.
    add_resident(database, name_latin="After Change", case_number="TS-2026-0099")
    shelter.services.close()
    access = ShelterAccess(database.data_dir, KeyStore())
    reopened = access.open_with_keyring()
    try:
        assert access.key_change_note is None
        assert len(_residents(reopened)) == len(expected) + 1
        _chain_ok(access, reopened)
    finally:
        reopened.close()
    with pytest.raises(OldRecoveryKeyAfterChange) as refused:
        access.open_with_recovery_key(shelter.recovery_key, remember=False)
    assert refused.value.params["date"] == result.changed_at.date().isoformat()
    access.open_with_recovery_key(result.recovery_key, remember=False).close()


def test_no_keyring_needs_the_new_key_written_down(data_dir: DataDir) -> None:
    keyring.set_keyring(FailingKeyring())
    shelter = create_shelter(data_dir)
    try:
        expected = _fill(shelter)
        service = shelter.services.key_change
        assert not service.key_remembered()
        plan = service.prepare(shelter.admin)
        assert not plan.remembered_by_computer
        with pytest.raises(KeyNotWrittenDown):
            service.change_key(shelter.admin, plan, written_down=False)
        assert opens_with(data_dir.database, _key(shelter))  # nothing changed
        assert not _audit(shelter.services.database, "database_key")
        result = service.change_key(shelter.admin, plan, written_down=True)
        assert result.recovery_key == plan.recovery_key and not result.key_remembered
        assert _residents(shelter.services.database) == expected
    finally:
        shelter.close()
    access = ShelterAccess(data_dir, KeyStore())
    with pytest.raises(OldRecoveryKeyAfterChange):
        access.open_with_recovery_key(shelter.recovery_key)
    database = access.open_with_recovery_key(plan.recovery_key)
    try:
        assert _residents(database) == expected
        _chain_ok(access, database)
    finally:
        database.close()


def test_keyring_that_refuses_the_new_key_changes_nothing(
    shelter, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _fill(shelter)
    old_key = _key(shelter)
    service = shelter.services.key_change
    plan = service.prepare(shelter.admin)

    def refuse(service_name: str, username: str, password: str) -> None:
        if username.endswith(".pending-key"):
            raise keyring.errors.PasswordSetError("locked")
        MemoryKeyring.set_password(memory_keyring, service_name, username, password)

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    with pytest.raises(KeyringRefusedNewKey):
        service.change_key(shelter.admin, plan, written_down=True)
    database = shelter.services.database
    assert opens_with(database.data_dir.database, old_key)
    assert not opens_with(database.data_dir.database, plan.key)
    assert database.key == old_key and _residents(database) == expected
    settings = AppSettings.load(database.data_dir.settings)
    assert KEY_CHANGE_MARKER not in settings.extra
    assert all(not name.endswith(".pending-key") for _, name in memory_keyring.items)
    assert not _audit(database, "database_key")


def test_keyring_that_refuses_the_promotion_finishes_at_next_start(
    shelter, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new key went in as the pending entry but the store refuses to make it current."""
    expected = _fill(shelter)
    service = shelter.services.key_change
    plan = service.prepare(shelter.admin)
    database_id = AppSettings.load(shelter.access.data_dir.settings).database_id

    def refuse(service_name: str, username: str, password: str) -> None:
        if username == database_id:
            raise keyring.errors.PasswordSetError("locked")
        MemoryKeyring.set_password(memory_keyring, service_name, username, password)

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    result = service.change_key(shelter.admin, plan, written_down=False)
    assert result.key_remembered
    assert memory_keyring.items[(SERVICE_NAME, pending_key_id(database_id))] == plan.key.hex()
    shelter.services.close()
    monkeypatch.undo()
    access = ShelterAccess(shelter.access.data_dir, KeyStore())
    database = access.open_with_keyring()
    try:
        assert access.key_change_note == FINISHED_AT_START
        assert _residents(database) == expected
        assert memory_keyring.items[(SERVICE_NAME, database_id)] == plan.key.hex()
        assert (SERVICE_NAME, pending_key_id(database_id)) not in memory_keyring.items
        steps = [json.loads(e.detail)["step"] for e in _audit(database, "database_key")]
        assert steps == ["started", "finished", "finished_at_start"]
        _chain_ok(access, database)
    finally:
        database.close()


def test_failure_while_writing_the_copy_changes_nothing(
    shelter, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _fill(shelter)
    old_key = _key(shelter)
    service = shelter.services.key_change
    plan = service.prepare(shelter.admin)
    original = rekey_module._verify_copy

    def broken_disk(target: Path, key: bytes, counts: dict[str, int]) -> None:
        original(target, key, counts)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rekey_module, "_verify_copy", broken_disk)
    with pytest.raises(Exception) as failed:
        service.change_key(shelter.admin, plan, written_down=True)
    assert "Nothing was changed" in str(failed.value)
    database = shelter.services.database
    assert database.key == old_key and _residents(database) == expected
    assert opens_with(database.data_dir.database, old_key)
    assert not rekey_path(database.data_dir.database).exists()
    assert KEY_CHANGE_MARKER not in AppSettings.load(database.data_dir.settings).extra
    steps = [json.loads(e.detail)["step"] for e in _audit(database, "database_key")]
    assert steps == ["started", "failed"]
    # It can be tried again.
    monkeypatch.undo()
    result = service.change_key(shelter.admin, service.prepare(shelter.admin), written_down=True)
    assert opens_with(database.data_dir.database, parse_recovery_key(result.recovery_key))


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.COUNSELOR, Role.HOUSE_MANAGER])
def test_only_administrators_change_the_key(shelter, role: Role) -> None:
    service = shelter.services.key_change
    with pytest.raises(PermissionDenied):
        service.prepare(shelter.users[role])
    plan = service.prepare(shelter.admin)
    with pytest.raises(PermissionDenied):
        service.change_key(shelter.users[role], plan, written_down=True)
    database = shelter.services.database
    assert opens_with(database.data_dir.database, _key(shelter))
    denials = _audit(database, "database_key")
    assert [e.action for e in denials] == [AuditAction.DENIED.value] * 2
    assert {e.actor_username for e in denials} == {shelter.users[role].username}


def test_open_rolls_back_a_change_interrupted_before_the_rename(
    shelter, memory_keyring: MemoryKeyring
) -> None:
    """State left by a kill after the pending key was kept, during the export."""
    expected = _fill(shelter)
    old_key = _key(shelter)
    new_key = bytes(range(1, 33))
    data_dir = shelter.access.data_dir
    settings = AppSettings.load(data_dir.settings)
    settings.extra[KEY_CHANGE_MARKER] = {
        "old": key_fingerprint(old_key), "new": key_fingerprint(new_key), "started_at": "x"
    }
    settings.save(data_dir.settings)
    KeyStore().store(pending_key_id(settings.database_id), new_key)
    shelter.services.close()
    rekey_path(data_dir.database).write_bytes(b"half a copy")
    access = ShelterAccess(data_dir, KeyStore())
    database = access.open_with_keyring()
    try:
        assert access.key_change_note == ROLLED_BACK_AT_START
        assert database.key == old_key and _residents(database) == expected
        steps = [json.loads(e.detail)["step"] for e in _audit(database, "database_key")]
        assert steps == ["undone_at_start"]
    finally:
        database.close()
    assert not rekey_path(data_dir.database).exists()
    assert KEY_CHANGE_MARKER not in AppSettings.load(data_dir.settings).extra
    assert all(not name.endswith(".pending-key") for _, name in memory_keyring.items)


def test_no_new_change_while_one_is_unfinished(shelter) -> None:
    data_dir = shelter.access.data_dir
    settings = AppSettings.load(data_dir.settings)
    settings.extra[KEY_CHANGE_MARKER] = {"old": "AAAA-BBBB-CCCC", "new": "DDDD-EEEE-FFFF"}
    settings.save(data_dir.settings)
    with pytest.raises(KeyChangeUnfinished):
        shelter.services.key_change.prepare(shelter.admin)
    assert opens_with(data_dir.database, _key(shelter))


def test_open_finishes_a_change_interrupted_after_the_rename(
    shelter, memory_keyring: MemoryKeyring
) -> None:
    """State left by a kill just after os.replace: the file has the new key, the keyring's
    current entry still the old one, the new key only as the pending entry."""
    expected = _fill(shelter)
    old_key = _key(shelter)
    new_key = bytes(range(2, 34))
    data_dir = shelter.access.data_dir
    settings = AppSettings.load(data_dir.settings)
    settings.extra[KEY_CHANGE_MARKER] = {
        "old": key_fingerprint(old_key), "new": key_fingerprint(new_key), "started_at": "2026-11-25"
    }
    settings.save(data_dir.settings)
    KeyStore().store(pending_key_id(settings.database_id), new_key)
    shelter.services.close()
    rekey_module.rekey_database(data_dir.database, old_key, new_key)
    # Typing the old recovery key now is explained, not just refused.
    access = ShelterAccess(data_dir, KeyStore())
    with pytest.raises(OldRecoveryKeyAfterChange):
        access.open_with_recovery_key(shelter.recovery_key, remember=False)
    database = access.open_with_keyring()
    try:
        assert access.key_change_note == FINISHED_AT_START
        assert database.key == new_key and _residents(database) == expected
    finally:
        database.close()
    assert memory_keyring.items[(SERVICE_NAME, settings.database_id)] == new_key.hex()
    settled = AppSettings.load(data_dir.settings)
    assert KEY_CHANGE_MARKER not in settled.extra
    assert settled.extra[LAST_KEY_CHANGE]["new"] == key_fingerprint(new_key)
    # With no keyring at all (the recovery key typed at start), the new recovery key opens it.
    memory_keyring.items.clear()
    database = ShelterAccess(data_dir, KeyStore()).open_with_recovery_key(
        format_recovery_key(new_key), remember=False
    )
    database.close()


def test_a_wrong_key_is_still_refused_plainly(shelter) -> None:
    data_dir = shelter.access.data_dir
    shelter.services.close()
    with pytest.raises(CannotOpenDatabase) as refused:
        ShelterAccess(data_dir, KeyStore()).open_with_recovery_key(
            format_recovery_key(bytes(32)), remember=False
        )
    assert not isinstance(refused.value, OldRecoveryKeyAfterChange)
    connection = sqlcipher3.connect(str(data_dir.database))
    try:
        connection.execute(f'PRAGMA key = "{raw_key_literal(_key(shelter))}"')
        assert connection.execute("SELECT count(*) FROM staff_account").fetchone()[0] == 4
    finally:
        connection.close()


class PressedCancel(Exception):
    pass


def test_cancel_is_honoured_before_the_rename_only(shelter) -> None:  # type: ignore[no-untyped-def]
    expected = _fill(shelter)
    old_key = _key(shelter)
    service = shelter.services.key_change
    database = shelter.services.database

    def cancel_at(words: str):  # type: ignore[no-untyped-def]
        def progress(_fraction: float, message: str) -> None:
            if message.startswith(words):
                raise PressedCancel()
        return progress

    plan = service.prepare(shelter.admin)
    with pytest.raises(PressedCancel):
        service.change_key(shelter.admin, plan, True, cancel_at("Checking the new copy"))
    assert database.key == old_key and opens_with(database.data_dir.database, old_key)
    assert _residents(database) == expected
    assert KEY_CHANGE_MARKER not in AppSettings.load(database.data_dir.settings).extra
    # After the rename a Cancel is too late: the change completes.
    result = service.change_key(shelter.admin, plan, True, cancel_at("Forgetting the old key"))
    assert database.key == plan.key == parse_recovery_key(result.recovery_key)
    assert _residents(database) == expected
    _chain_ok(shelter.access, database)


def test_another_connection_blocks_the_change_and_nothing_changes(shelter) -> None:  # type: ignore[no-untyped-def]
    from shelter_desktop.domain.key_change import DatabaseInUse

    expected = _fill(shelter)
    old_key = _key(shelter)
    database = shelter.services.database
    other = sqlcipher3.connect(str(database.data_dir.database))
    try:
        other.execute(f'PRAGMA key = "{raw_key_literal(old_key)}"')
        other.execute("SELECT count(*) FROM resident").fetchone()
        service = shelter.services.key_change
        with pytest.raises(DatabaseInUse):
            service.change_key(shelter.admin, service.prepare(shelter.admin), True)
    finally:
        other.close()
    assert database.key == old_key and _residents(database) == expected
    add_resident(database, name_latin="Still Writable", case_number="TS-2026-0077")
    assert opens_with(database.data_dir.database, old_key)
    steps = [json.loads(e.detail)["step"] for e in _audit(database, "database_key")]
    assert steps == ["started", "failed"]


def test_an_error_right_after_the_rename_still_finishes_the_change(
    shelter, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """E.g. the folder fsync fails once the copy is in place: undoing would forget the only
    key that opens the file, so the change is finished instead."""
    expected = _fill(shelter)
    service = shelter.services.key_change
    plan = service.prepare(shelter.admin)
    real_replace = rekey_module.os.replace

    def replace_then_fail(source: object, target: object) -> None:
        real_replace(source, target)
        if Path(str(target)).name == "shelter.db":
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(rekey_module.os, "replace", replace_then_fail)
    result = service.change_key(shelter.admin, plan, written_down=True)
    monkeypatch.undo()
    database = shelter.services.database
    assert database.key == plan.key == parse_recovery_key(result.recovery_key)
    assert _residents(database) == expected
    database_id = AppSettings.load(database.data_dir.settings).database_id
    assert memory_keyring.items[(SERVICE_NAME, database_id)] == plan.key.hex()
    assert KEY_CHANGE_MARKER not in AppSettings.load(database.data_dir.settings).extra
