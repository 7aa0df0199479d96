"""Backups and restore on a real encrypted database in a temp folder (issue 6)."""

from __future__ import annotations

import hashlib
import shutil
from collections import namedtuple
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from factories import add_resident
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_desktop.domain.audit import AuditAction
from shelter_desktop.domain.backup_rotation import backups_to_keep
from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.errors import PermissionDenied
from shelter_desktop.domain.recovery_key import parse_recovery_key
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.backups import (
    BackupDamaged,
    BackupFolderFull,
    BackupFolderMissing,
    BackupFromNewerVersion,
    BackupUnreadable,
    restore_from,
    verify_backup,
)
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.audit_log import verify_chain
from shelter_desktop.storage.backup import backup_time, integrity_problems
from shelter_desktop.storage.engine import raw_key_literal
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import AuditEventRow, ResidentRow
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.storage.settings_file import AppSettings

OTHER_KEY = bytes(range(32))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def key_of(shelter) -> bytes:  # type: ignore[no-untyped-def]
    return parse_recovery_key(shelter.recovery_key)


def residents_in(data_dir: DataDir, key: bytes) -> int:
    connection = sqlcipher3.connect(str(data_dir.database))
    try:
        connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
        return connection.execute("SELECT count(*) FROM resident").fetchone()[0]
    finally:
        connection.close()


def audit_actions(shelter) -> list[str]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return list(session.scalars(select(AuditEventRow.action).order_by(AuditEventRow.id)))


# ---------------------------------------------------------------- rotation (pure, properties)

moments = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 12, 31))


@settings(max_examples=300, deadline=None)
@given(st.lists(moments, min_size=1, max_size=80), moments,
       st.integers(1, 10), st.integers(1, 6), st.integers(1, 14))
def test_rotation_properties(times, now, daily, weekly, monthly):  # type: ignore[no-untyped-def]
    kept = backups_to_keep(times, now, daily, weekly, monthly)
    assert kept <= set(times)
    assert max(times) in kept  # never deletes the newest
    past = sorted({t for t in times if t <= now}, reverse=True)
    future = {t for t in times if t > now}
    assert len(kept - future) <= max(1, daily + weekly + monthly)
    assert future <= kept
    for bucket, limit in ((lambda t: t.date(), daily),
                          (lambda t: t.isocalendar()[:2], weekly),
                          (lambda t: (t.year, t.month), monthly)):
        newest_per_bucket: dict = {}
        for t in past:
            newest_per_bucket.setdefault(bucket(t), t)
        wanted = list(newest_per_bucket.values())[:limit]
        assert set(wanted) <= kept  # the newest of each of the last N buckets
    # at most one kept per day among past backups (apart from the overall newest)
    days = [t.date() for t in kept - future]
    assert len(days) == len(set(days))


def test_rotation_keeps_daily_weekly_monthly_examples() -> None:
    now = datetime(2026, 11, 25, 12)
    hourly = [now - timedelta(hours=h) for h in range(0, 24 * 400, 6)]
    kept = backups_to_keep(hourly, now)
    assert now in kept
    assert len({t.date() for t in kept}) == len(kept)
    assert len(kept) <= 7 + 4 + 12
    assert {now.date() - timedelta(days=d) for d in range(7)} <= {t.date() for t in kept}
    assert datetime(2025, 12, 31, 18) in kept  # the newest of the 12th month back
    assert datetime(2025, 11, 30, 18) not in kept  # a 13th month is not kept
    assert min(hourly) not in kept


# ---------------------------------------------------------------- backup


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """A backup folder apart from the data folder (which also lives in tmp_path)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_backup_verifies_and_opens_only_with_the_key(shelter, usb: Path) -> None:
    add_resident(shelter.services.database)
    info = shelter.services.backups.backup_now(shelter.admin, usb)
    assert info.path.parent == usb and info.name.startswith("shelter-")
    assert info.name.endswith(".db") and len(info.name) == len("shelter-20261125-120000.db")
    key = key_of(shelter)
    assert verify_backup(info.path, key) is not None
    assert integrity_problems(info.path, key) == []
    connection = sqlcipher3.connect(str(info.path))
    connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    assert connection.execute("SELECT count(*) FROM resident").fetchone()[0] == 1
    connection.close()
    with pytest.raises(BackupUnreadable):
        verify_backup(info.path, OTHER_KEY)
    assert b"Sok Sreypov" not in info.path.read_bytes()
    assert list(usb.iterdir()) == [info.path]  # no temporary file left behind
    assert shelter.services.backups.last_backup() == info.taken_at
    settings_ = AppSettings.load(shelter.access.data_dir.settings)
    assert settings_.extra["last_backup_folder"] == str(usb)
    with shelter.services.database.session() as session:
        event = session.scalars(
            select(AuditEventRow).order_by(AuditEventRow.id.desc()).limit(1)).one()
    assert event.action == AuditAction.BACKUP.value and info.name in event.detail
    assert str(usb) not in event.detail  # the file name only


def test_backup_goes_to_the_data_folder_by_default(shelter) -> None:
    assert shelter.services.backups.last_backup() is None
    info = shelter.services.backups.backup_now(shelter.admin)
    assert info.path.parent == shelter.access.data_dir.backups
    listed = shelter.services.backups.list_backups(shelter.admin)
    assert [b.name for b in listed] == [info.name]


def test_two_backups_in_one_second_are_both_kept(
    shelter, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shelter_desktop.services.backups as backups_module

    frozen = utc_now().replace(microsecond=0)
    monkeypatch.setattr(backups_module, "utc_now", lambda: frozen)
    first = shelter.services.backups.backup_now(shelter.admin)
    second = shelter.services.backups.backup_now(shelter.admin)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert second.name == first.name.removesuffix(".db") + "-2.db"
    assert backup_time(second.name) == frozen
    listed = {b.name for b in shelter.services.backups.list_backups(shelter.admin)}
    assert {first.name, second.name} <= listed


def test_backup_rotation_deletes_only_old_backups_of_the_pattern(shelter, usb: Path) -> None:
    now = utc_now()
    names = set()
    for days in range(60):  # one fake backup a day for 60 days
        name = (now - timedelta(days=days + 1)).strftime("shelter-%Y%m%d-%H%M%S.db")
        (usb / name).write_bytes(b"old")
        names.add(name)
    (usb / "my-notes.txt").write_text("not a backup")
    (usb / "shelter-replaced-20200101-000000.db").write_bytes(b"x")
    info = shelter.services.backups.backup_now(shelter.admin, usb)
    left = {p.name for p in usb.iterdir()}
    assert info.name in left
    assert "my-notes.txt" in left and "shelter-replaced-20200101-000000.db" in left
    kept = {n for n in left if n in names}
    expected = backups_to_keep(
        [datetime.strptime(n, "shelter-%Y%m%d-%H%M%S.db") for n in names] + [info.taken_at],
        info.taken_at)
    assert {datetime.strptime(n, "shelter-%Y%m%d-%H%M%S.db") for n in kept} | {
        info.taken_at} == expected
    assert 7 < len(kept) < 7 + 4 + 12


def test_missing_folder_is_refused_clearly_and_writes_nothing(shelter, tmp_path: Path) -> None:
    missing = tmp_path / "usb-stick"
    with pytest.raises(BackupFolderMissing) as raised:
        shelter.services.backups.backup_now(shelter.admin, missing)
    assert "is not there. Plug in the USB stick or choose another folder" in raised.value.message
    assert not missing.exists()
    assert shelter.services.backups.last_backup() is None


def test_full_disk_is_refused_clearly_and_writes_nothing(
    shelter, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(BackupFolderFull) as raised:
        shelter.services.backups.backup_now(shelter.admin, usb)
    assert "not enough free space" in raised.value.message
    assert list(usb.iterdir()) == []
    assert shelter.services.backups.last_backup() is None


def test_a_counselor_cannot_back_up_and_the_attempt_is_audited(shelter, usb: Path) -> None:
    with pytest.raises(PermissionDenied):
        shelter.services.backups.backup_now(shelter.users[Role.COUNSELOR], usb)
    assert list(usb.iterdir()) == []
    assert audit_actions(shelter)[-1] == AuditAction.DENIED.value
    with pytest.raises(PermissionDenied):
        shelter.services.backups.list_backups(shelter.users[Role.DATA_OFFICER], usb)


# ---------------------------------------------------------------- restore


@pytest.fixture
def backed_up(shelter, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A backup with no resident, then a resident added after it; the database is closed."""
    folder = tmp_path / "usb"
    folder.mkdir()
    info = shelter.services.backups.backup_now(shelter.admin, folder)
    add_resident(shelter.services.database)
    shelter.services.close()
    return shelter, info.path


def test_restore_replaces_the_database_and_keeps_the_old_one_aside(backed_up) -> None:
    shelter, backup = backed_up
    data_dir = shelter.access.data_dir
    key = key_of(shelter)
    before = sha256(data_dir.database)
    assert residents_in(data_dir, key) == 1
    result = restore_from(data_dir, KeyStore(), backup, key, "admin")
    assert result.replaced is not None
    assert result.replaced.parent == data_dir.root / "replaced"
    assert result.replaced.name.startswith("shelter-replaced-")
    assert sha256(result.replaced) == before  # kept aside byte-identical
    assert residents_in(data_dir, key) == 0
    assert integrity_problems(data_dir.database, key) == []
    access = ShelterAccess(data_dir, KeyStore())
    database = access.open_with_keyring(record_unlock=False)
    try:
        with database.session() as session:
            report = verify_chain(session, access.outside_head())
            last = session.scalars(
                select(AuditEventRow).order_by(AuditEventRow.id.desc()).limit(1)).one()
        assert report.ok, report.problems
        assert last.action == AuditAction.RESTORE.value
        assert last.actor_username == "admin" and backup.name in last.detail
    finally:
        database.close()
    restored = AppSettings.load(data_dir.settings).extra["restored_from"]
    assert restored["file"] == backup.name and restored["replaced"] == result.replaced.name


def _unchanged(shelter, attempt) -> None:  # type: ignore[no-untyped-def]
    data_dir = shelter.access.data_dir
    files = {p.name: sha256(p) for p in data_dir.root.iterdir() if p.is_file()}
    attempt()
    assert {p.name: sha256(p) for p in data_dir.root.iterdir() if p.is_file()} == files
    assert not (data_dir.root / "replaced").exists()


def test_restore_of_a_truncated_backup_changes_nothing(backed_up, tmp_path: Path) -> None:
    shelter, backup = backed_up
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    key = key_of(shelter)

    def attempt() -> None:
        with pytest.raises((BackupDamaged, BackupUnreadable)):
            restore_from(shelter.access.data_dir, KeyStore(), truncated, key, "admin")

    _unchanged(shelter, attempt)


def test_restore_of_a_corrupt_backup_changes_nothing(backed_up, tmp_path: Path) -> None:
    shelter, backup = backed_up
    data = bytearray(backup.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # a flipped byte in every later page
        data[offset] ^= 0xFF
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(bytes(data))

    def attempt() -> None:
        with pytest.raises((BackupDamaged, BackupUnreadable)):
            restore_from(shelter.access.data_dir, KeyStore(), corrupt, key_of(shelter), "admin")

    _unchanged(shelter, attempt)


def test_restore_with_a_wrong_key_changes_nothing(backed_up) -> None:
    shelter, backup = backed_up

    def attempt() -> None:
        with pytest.raises(BackupUnreadable):
            restore_from(shelter.access.data_dir, KeyStore(), backup, OTHER_KEY, "admin")

    _unchanged(shelter, attempt)


def test_a_backup_from_a_newer_schema_is_refused(backed_up, tmp_path: Path) -> None:
    shelter, backup = backed_up
    newer = tmp_path / "newer.db"
    shutil.copyfile(backup, newer)
    key = key_of(shelter)
    connection = sqlcipher3.connect(str(newer))
    connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()

    def attempt() -> None:
        with pytest.raises(BackupFromNewerVersion) as raised:
            restore_from(shelter.access.data_dir, KeyStore(), newer, key, "admin")
        assert "made by a newer version of Shelter Desktop" in raised.value.message

    _unchanged(shelter, attempt)


def test_restore_onto_a_new_pc_creates_settings_and_stores_the_key(
    backed_up, tmp_path: Path, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    shelter, backup = backed_up
    new_pc = DataDir(tmp_path / "new-pc")
    key = key_of(shelter)
    result = restore_from(new_pc, KeyStore(), backup, key, None)
    assert result.replaced is None and result.key_remembered
    settings_ = AppSettings.load(new_pc.settings)
    assert settings_.database_id and settings_.database_id != AppSettings.load(
        shelter.access.data_dir.settings).database_id
    database = ShelterAccess(new_pc, KeyStore()).open_with_keyring()
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(ResidentRow)) == 0
    finally:
        database.close()
