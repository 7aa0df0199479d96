"""`shelter-desktop backup --to FILE` and `restore --from FILE`, in-process through main(argv)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from factories import add_resident
from sqlalchemy import func, select

from shelter_desktop import cli
from shelter_desktop.domain.audit import AuditAction
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import AuditEventRow, ResidentRow
from shelter_desktop.storage.paths import DataDir

PASSWORD = "cli-pass-2026"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A database made by `init` (key in the in-memory credential store), admin 'boss'."""
    monkeypatch.setenv("SHELTER_PASSWORD", PASSWORD)
    data = tmp_path / "data"
    code, out, err = run(capsys, "--data-dir", str(data), "init", "--admin", "boss")
    assert code == 0, err
    key = next(line for line in out.splitlines() if line.startswith("Recovery key: "))
    return data, key.removeprefix("Recovery key: ")


def count_residents(data: Path) -> int:
    database = ShelterAccess(DataDir(data), KeyStore()).open_with_keyring(record_unlock=False)
    try:
        with database.session() as session:
            return session.scalar(select(func.count()).select_from(ResidentRow)) or 0
    finally:
        database.close()


def test_backup_add_resident_restore_round_trip(
    folder: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _ = folder
    target = tmp_path / "usb" / "nightly.db"
    target.parent.mkdir()
    code, out, err = run(capsys, "--data-dir", str(data), "backup", "--to", str(target),
                         "--user", "boss")
    assert (code, err) == (0, ""), err
    assert "verified" in out and target.exists()

    database = ShelterAccess(DataDir(data), KeyStore()).open_with_keyring(record_unlock=False)
    add_resident(database)
    database.close()
    assert count_residents(data) == 1
    before = sha256(data / "shelter.db")

    code, out, err = run(capsys, "--data-dir", str(data), "restore", "--from", str(target),
                         "--user", "boss")
    assert (code, err) == (0, ""), err
    assert "Restored" in out and "kept, unchanged" in out
    assert count_residents(data) == 0
    replaced = list((data / "replaced").iterdir())
    assert [sha256(p) for p in replaced if p.suffix == ".db"] == [before]

    code, out, err = run(capsys, "--data-dir", str(data), "check")
    assert (code, err) == (0, ""), err
    assert out.startswith("Healthy")


def test_restore_on_a_new_pc_with_the_recovery_key(
    folder: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, recovery_key = folder
    target = tmp_path / "backup.db"
    assert run(capsys, "--data-dir", str(data), "backup", "--to", str(target),
               "--user", "boss")[0] == 0
    keyring.set_keyring(keyring.backends.fail.Keyring())  # a new PC without a credential store
    new_pc = tmp_path / "new-pc"
    code, _, err = run(capsys, "--data-dir", str(new_pc), "restore", "--from", str(target))
    assert code == 2 and len(err.strip().splitlines()) == 1  # no key available yet
    assert "SHELTER_RECOVERY_KEY" in err and not new_pc.joinpath("shelter.db").exists()

    monkeypatch.setenv("SHELTER_RECOVERY_KEY", recovery_key)
    code, out, err = run(capsys, "--data-dir", str(new_pc), "restore", "--from", str(target))
    assert (code, err) == (0, ""), err
    assert "SHELTER_RECOVERY_KEY" in out  # the key could not be stored: said so
    assert (new_pc / "settings.json").exists()
    code, out, err = run(capsys, "--data-dir", str(new_pc), "check")
    assert (code, err) == (0, ""), err


def test_restore_on_a_new_pc_stores_the_key_in_the_credential_store(
    folder: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, recovery_key = folder
    target = tmp_path / "backup.db"
    assert run(capsys, "--data-dir", str(data), "backup", "--to", str(target),
               "--user", "boss")[0] == 0
    monkeypatch.setenv("SHELTER_RECOVERY_KEY", recovery_key)
    new_pc = tmp_path / "new-pc"
    assert run(capsys, "--data-dir", str(new_pc), "restore", "--from", str(target))[0] == 0
    monkeypatch.delenv("SHELTER_RECOVERY_KEY")
    code, _, err = run(capsys, "--data-dir", str(new_pc), "check")
    assert (code, err) == (0, ""), err


def test_restore_of_a_bad_backup_fails_with_one_line_and_changes_nothing(
    folder: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _ = folder
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\0" * 8192)
    before = sha256(data / "shelter.db")
    code, _, err = run(capsys, "--data-dir", str(data), "restore", "--from", str(bad))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "Nothing was changed" in err and "Traceback" not in err
    assert "bad.db" in err and ".restore-" not in err
    code, _, err = run(capsys, "--data-dir", str(data), "restore", "--from",
                       str(tmp_path / "absent.db"))
    assert code == 1 and "no backup file" in err
    assert sha256(data / "shelter.db") == before
    assert not (data / "replaced").exists()


def test_a_counselor_cannot_back_up(
    folder: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _ = folder
    access = ShelterAccess(DataDir(data), KeyStore())
    services = Services(access, access.open_with_keyring())
    admin = services.auth.sign_in("boss", PASSWORD)
    services.staff.add_staff(admin, "kanha", "Kanha", Role.COUNSELOR, PASSWORD)
    services.close()
    target = tmp_path / "backup.db"
    code, _, err = run(capsys, "--data-dir", str(data), "backup", "--to", str(target),
                       "--user", "kanha")
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert not target.exists()
    database = access.open_with_keyring(record_unlock=False)
    try:
        with database.session() as session:
            actions = list(session.scalars(
                select(AuditEventRow.action).order_by(AuditEventRow.id.desc()).limit(3)))
    finally:
        database.close()
    assert AuditAction.DENIED.value in actions


def test_backup_with_a_wrong_password_or_missing_folder_fails_clearly(
    folder: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, _ = folder
    code, _, err = run(capsys, "--data-dir", str(data), "backup", "--to",
                       str(tmp_path / "no-stick" / "b.db"), "--user", "boss")
    assert code == 1 and "Plug in the USB stick" in err
    monkeypatch.setenv("SHELTER_PASSWORD", "wrong-password-1")
    code, _, err = run(capsys, "--data-dir", str(data), "backup", "--to",
                       str(tmp_path / "b.db"), "--user", "boss")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "b.db").exists()
