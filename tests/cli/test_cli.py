"""The command line, driven in-process through ``main(argv)`` and once as a real process."""

from __future__ import annotations

import hashlib
import os
import secrets
import subprocess
import sys
import types
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
import sqlcipher3

from shelter_desktop import cli
from shelter_desktop.storage import immutability
from shelter_desktop.domain.recovery_key import format_recovery_key, parse_recovery_key
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.residents import ResidentQuery
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.engine import raw_key_literal
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "cli-pass-2026"
DEMO_PASSWORD = "demo-pass-2026"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def recovery_key_from(out: str) -> str:
    lines = [line for line in out.splitlines() if line.startswith("Recovery key: ")]
    assert len(lines) == 1, out
    key = lines[0].removeprefix("Recovery key: ")
    parse_recovery_key(key)  # a well-formed, check-summed key
    return key


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def no_keyring() -> None:
    """No usable credential store: the fail backend (restored by the autouse fixture)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())


@pytest.fixture
def password_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHELTER_PASSWORD", PASSWORD)


@pytest.fixture
def initialized(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_keyring: None, password_env: None
) -> tuple[Path, str]:
    folder = tmp_path / "data"
    code, out, err = run(capsys, "--data-dir", str(folder), "init", "--admin", "boss",
                         "--shelter-name", "Riverside House", "--shelter-code", "RH")
    assert code == 0, err
    return folder, recovery_key_from(out)


def test_init_without_keyring_prints_the_recovery_key_and_says_it_is_needed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_keyring: None, password_env: None
) -> None:
    folder = tmp_path / "data"
    code, out, err = run(capsys, "--data-dir", str(folder), "init", "--admin", "boss")
    assert code == 0
    assert err == ""
    recovery_key_from(out)
    assert "could NOT be stored" in out
    assert "SHELTER_RECOVERY_KEY" in out
    assert (folder / "shelter.db").exists()


def test_init_with_a_keyring_remembers_the_key_and_check_needs_nothing_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], password_env: None
) -> None:
    folder = tmp_path / "data"
    code, out, _ = run(capsys, "--data-dir", str(folder), "init", "--admin", "boss")
    assert code == 0
    recovery_key_from(out)
    assert "is stored in this computer's credential store" in out
    code, out, err = run(capsys, "--data-dir", str(folder), "check")
    assert (code, err) == (0, "")
    assert out.startswith("Healthy")


def test_check_opens_with_the_recovery_key_from_the_environment(
    initialized: tuple[Path, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, recovery_key = initialized
    monkeypatch.setenv("SHELTER_RECOVERY_KEY", recovery_key)
    code, out, err = run(capsys, "--data-dir", str(folder), "check")
    assert (code, err) == (0, "")
    assert "Healthy" in out and "audit log" in out


def test_check_never_writes_to_the_database(
    initialized: tuple[Path, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, recovery_key = initialized
    monkeypatch.setenv("SHELTER_RECOVERY_KEY", recovery_key)
    before = (sha256(folder / "shelter.db"), (folder / "settings.json").read_bytes())
    for _ in range(2):
        code, _, _ = run(capsys, "--data-dir", str(folder), "check")
        assert code == 0
    assert (sha256(folder / "shelter.db"), (folder / "settings.json").read_bytes()) == before
    assert files_in(folder) == {"shelter.db", "settings.json"}


def test_check_without_any_key_exits_2_with_one_clear_line(
    initialized: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = initialized
    code, out, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "SHELTER_RECOVERY_KEY" in err and "not available" in err


def test_check_with_a_wrong_key_exits_2_and_leaves_the_file_untouched(
    initialized: tuple[Path, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _ = initialized
    database = folder / "shelter.db"
    before_hash, before_files = sha256(database), files_in(folder)
    monkeypatch.setenv("SHELTER_RECOVERY_KEY", format_recovery_key(secrets.token_bytes(32)))
    code, _, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 2
    assert "could not be opened with this key" in err
    assert sha256(database) == before_hash
    assert files_in(folder) == before_files
    assert not (folder / "shelter.db-wal").exists() and not (folder / "shelter.db-shm").exists()


def test_check_with_a_mistyped_recovery_key_exits_2(
    initialized: tuple[Path, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, recovery_key = initialized
    monkeypatch.setenv("SHELTER_RECOVERY_KEY", recovery_key[:-1])
    code, _, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 2
    assert "not a valid recovery key" in err


def test_check_without_a_database_exits_2_naming_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The data folder comes from SHELTER_DATA_DIR when --data-dir is not given.
    folder = tmp_path / "elsewhere"
    monkeypatch.setenv("SHELTER_DATA_DIR", str(folder))
    code, _, err = run(capsys, "check")
    assert code == 2
    assert str(folder) in err and "no shelter database" in err


def test_a_tampered_audit_event_makes_check_exit_1(
    initialized: tuple[Path, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, recovery_key = initialized
    connection = sqlcipher3.connect(str(folder / "shelter.db"))
    connection.execute(f'PRAGMA key = "{raw_key_literal(parse_recovery_key(recovery_key))}"')
    # Someone with the key drops the append-only triggers, then rewrites an event.
    for name in immutability.TRIGGERS:
        connection.execute(f"DROP TRIGGER IF EXISTS {name}")
    connection.execute("UPDATE audit_event SET detail = '{\"rewritten\": true}' WHERE id = 1")
    connection.commit()
    connection.close()
    monkeypatch.setenv("SHELTER_RECOVERY_KEY", recovery_key)
    code, out, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 1
    assert out == ""
    assert "audit log" in err and "audit event 1" in err


def corrupt_middle_pages(path: Path) -> None:
    size = path.stat().st_size
    pages = size // 4096
    assert pages >= 8, "the database is too small to corrupt its middle"
    with open(path, "r+b") as handle:
        for page in (pages // 2, pages // 2 + 1):
            handle.seek(page * 4096 + 100)
            handle.write(secrets.token_bytes(512))


def test_a_corrupted_file_makes_check_report_damage_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
) -> None:
    folder = tmp_path / "data"
    code, out, _ = run(capsys, "--data-dir", str(folder), "demo", "--residents", "150",
                       "--password", DEMO_PASSWORD)
    assert code == 0
    monkeypatch.setenv("SHELTER_RECOVERY_KEY", recovery_key_from(out))
    corrupt_middle_pages(folder / "shelter.db")
    code, out, err = run(capsys, "--data-dir", str(folder), "check")
    assert code in (1, 2)
    assert out == ""
    assert "damaged" in err
    assert "Traceback" not in err


def test_demo_is_reproducible_by_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listings = []
    for name in ("first", "second"):
        folder = tmp_path / name
        code, out, _ = run(capsys, "--data-dir", str(folder), "demo", "--residents", "30",
                           "--seed", "7", "--password", DEMO_PASSWORD)
        assert code == 0
        recovery_key_from(out)
        access = ShelterAccess(DataDir(folder), KeyStore())
        services = Services(access, access.open_with_keyring())
        try:
            manager = services.auth.sign_in("manager", DEMO_PASSWORD)
            rows = services.residents.page(manager, ResidentQuery(), 0, 100)
        finally:
            services.close()
        listings.append(sorted((r.case_number, r.name_latin, r.name_khmer) for r in rows))
    assert len(listings[0]) == 30
    assert listings[0] == listings[1]
    assert all(case.startswith("PP-") for case, _, _ in listings[0])


def test_demo_accounts_sign_in_with_the_password_without_a_forced_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    monkeypatch.setenv("SHELTER_PASSWORD", DEMO_PASSWORD)  # --password not given: taken from here
    code, out, _ = run(capsys, "--data-dir", str(folder), "demo", "--residents", "5")
    assert code == 0
    assert "manager" in out and "dataofficer" in out
    assert DEMO_PASSWORD not in out
    access = ShelterAccess(DataDir(folder), KeyStore())
    services = Services(access, access.open_with_keyring())
    try:
        roles = {}
        for name in ("admin", "manager", "counselor", "counselor2", "dataofficer"):
            user = services.auth.sign_in(name, DEMO_PASSWORD)
            assert not user.must_change_password
            roles[name] = user.role
    finally:
        services.close()
    assert roles["admin"] is Role.ADMINISTRATOR
    assert roles["manager"] is Role.HOUSE_MANAGER
    assert roles["counselor2"] is Role.COUNSELOR
    assert roles["dataofficer"] is Role.DATA_OFFICER


def test_demo_refuses_an_existing_database_and_leaves_it_alone(
    initialized: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = initialized
    before = sha256(folder / "shelter.db")
    code, out, err = run(capsys, "--data-dir", str(folder), "demo", "--residents", "3")
    assert code == 1
    assert "already exists" in err and out == ""
    assert sha256(folder / "shelter.db") == before


def test_init_refuses_a_weak_password_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHELTER_PASSWORD", "short")
    folder = tmp_path / "data"
    code, out, err = run(capsys, "--data-dir", str(folder), "init", "--admin", "boss")
    assert code == 1
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "at least 8 characters" in err
    assert not (folder / "shelter.db").exists()


def test_init_asks_twice_and_refuses_different_passwords(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SHELTER_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter(["first-pass-2026", "other-pass-2026"])
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt="": next(answers))
    folder = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", str(folder), "init", "--admin", "boss")
    assert code == 1
    assert "not the same" in err
    assert not (folder / "shelter.db").exists()


def test_init_without_a_terminal_or_password_says_how_to_give_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SHELTER_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "init", "--admin", "boss")
    assert code == 1
    assert "SHELTER_PASSWORD" in err


def test_ctrl_c_exits_130(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(_name: str) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "ask_new_password", interrupted)
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "init", "--admin", "boss")
    assert code == 130
    assert err.strip() == "Interrupted."


def test_an_unexpected_error_prints_only_its_kind(
    initialized: tuple[Path, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, recovery_key = initialized
    monkeypatch.setenv("SHELTER_RECOVERY_KEY", recovery_key)

    def broken(_path: Path, _key: bytes) -> list[str]:
        raise RuntimeError("value 'Sok Sreypov' could not be read")

    monkeypatch.setattr(cli, "integrity_problems", broken)
    code, out, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 1
    assert "RuntimeError" in err
    assert "Sreypov" not in err + out
    assert len(err.strip().splitlines()) == 1


def test_no_command_starts_the_gui_with_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[Path] = []
    fake_app = types.ModuleType("shelter_desktop.app")
    fake_app.main = lambda data_dir: started.append(data_dir) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "shelter_desktop.app", fake_app)
    assert cli.main(["--data-dir", str(tmp_path / "gui")]) == 0
    assert started == [tmp_path / "gui"]


def subprocess_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHELTER_")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", **extra)
    return env


def test_as_a_real_process_failures_never_show_a_traceback(tmp_path: Path) -> None:
    """The installed entry point's promise: one line on stderr, an exit code, no traceback."""
    folder = tmp_path / "data"
    command = [sys.executable, "-m", "shelter_desktop.cli", "--data-dir", str(folder)]
    made = subprocess.run(
        command + ["demo", "--residents", "150", "--password", DEMO_PASSWORD],
        env=subprocess_env(), capture_output=True, text=True, cwd=REPO, timeout=120,
    )
    assert made.returncode == 0, made.stderr
    recovery_key = recovery_key_from(made.stdout)
    database = folder / "shelter.db"

    wrong = subprocess.run(
        command + ["check"],
        env=subprocess_env(SHELTER_RECOVERY_KEY=format_recovery_key(secrets.token_bytes(32))),
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )
    assert wrong.returncode == 2
    assert "Traceback" not in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1

    corrupt_middle_pages(database)
    damaged = subprocess.run(
        command + ["check"], env=subprocess_env(SHELTER_RECOVERY_KEY=recovery_key),
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )
    assert damaged.returncode in (1, 2)
    assert "damaged" in damaged.stderr
    assert "Traceback" not in damaged.stderr + damaged.stdout


def test_the_command_line_never_imports_qt() -> None:
    probe = subprocess.run(
        [sys.executable, "-c",
         "import sys, shelter_desktop.cli; "
         "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"],
        env=subprocess_env(), cwd=REPO, timeout=60,
    )
    assert probe.returncode == 0


def test_unlock_uses_the_keyring_then_the_environment(
    initialized: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper later commands share: credential store first, else SHELTER_RECOVERY_KEY,
    which is not remembered."""
    folder, recovery_key = initialized
    access = cli.make_access(folder)
    with pytest.raises(cli.KeyUnavailable):
        cli.unlock(access)
    monkeypatch.setenv("SHELTER_RECOVERY_KEY", recovery_key)
    cli.unlock(access).close()

    from keyring_backends import MemoryKeyring

    stale = MemoryKeyring()  # a store holding a key that no longer fits this database
    keyring.set_keyring(stale)
    database_id = access.settings().database_id
    KeyStore(stale).store(database_id, secrets.token_bytes(32))
    cli.unlock(access).close()  # falls back to the recovery key
    assert stale.get_password("Shelter Desktop", database_id) != parse_recovery_key(
        recovery_key
    ).hex()  # and does not remember it
    monkeypatch.delenv("SHELTER_RECOVERY_KEY")
    with pytest.raises(cli.CannotOpenDatabase):
        cli.unlock(access)
