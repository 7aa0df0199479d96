"""`shelter-desktop rekey --user NAME`, in-process through main(argv)."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from shelter_desktop import cli
from shelter_desktop.domain.recovery_key import parse_recovery_key
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.storage.rekey import opens_with

PASSWORD = "cli-pass-2026"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _init(capsys, data: Path) -> str:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--data-dir", str(data), "init", "--admin", "boss")
    assert code == 0, err
    line = next(line for line in out.splitlines() if line.startswith("Recovery key: "))
    return line.removeprefix("Recovery key: ")


def _new_key(out: str) -> str:
    lines = [line for line in out.splitlines() if line.startswith("Recovery key: ")]
    assert len(lines) == 1, "the new recovery key is printed exactly once"
    return lines[0].removeprefix("Recovery key: ")


def test_rekey_with_the_credential_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHELTER_PASSWORD", PASSWORD)
    data = tmp_path / "data"
    old = _init(capsys, data)
    code, out, err = run(capsys, "--data-dir", str(data), "rekey", "--user", "boss")
    assert code == 0, err
    new = _new_key(out)
    assert new != old and "OLD recovery key" in out
    database = DataDir(data).database
    assert opens_with(database, parse_recovery_key(new))
    assert not opens_with(database, parse_recovery_key(old))
    ShelterAccess(DataDir(data), KeyStore()).open_with_keyring().close()
    code, _out, err = run(capsys, "--data-dir", str(data), "check")
    assert code == 0, err


def test_rekey_without_a_credential_store_and_refusals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("SHELTER_PASSWORD", PASSWORD)
    data = tmp_path / "data"
    old = _init(capsys, data)
    monkeypatch.setenv("SHELTER_RECOVERY_KEY", old)
    code, out, err = run(capsys, "--data-dir", str(data), "rekey", "--user", "boss")
    assert code == 0, err
    new = _new_key(out)
    assert "SHELTER_RECOVERY_KEY" in out
    # The old recovery key is now refused with an explanation, on one line, exit 2.
    code, out, err = run(capsys, "--data-dir", str(data), "backup", "--to",
                         str(tmp_path / "copy.db"), "--user", "boss")
    assert code == 2 and "OLD recovery key" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setenv("SHELTER_RECOVERY_KEY", new)
    code, _out, err = run(capsys, "--data-dir", str(data), "check")
    assert code == 0, err
    monkeypatch.setenv("SHELTER_PASSWORD", "wrong-password-1")
    code, out, err = run(capsys, "--data-dir", str(data), "rekey", "--user", "boss")
    assert code != 0 and "Recovery key:" not in out
    assert opens_with(DataDir(data).database, parse_recovery_key(new))


def test_check_and_commands_after_a_change_cut_after_the_rename(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The credential store's current entry still has the old key, the new one is pending."""
    from shelter_desktop.domain.key_change import KEY_CHANGE_MARKER, key_fingerprint
    from shelter_desktop.services.key_change import pending_key_id
    from shelter_desktop.storage.rekey import rekey_database
    from shelter_desktop.storage.settings_file import AppSettings

    monkeypatch.setenv("SHELTER_PASSWORD", PASSWORD)
    data = tmp_path / "data"
    old = parse_recovery_key(_init(capsys, data))
    new = bytes(range(3, 35))
    folder = DataDir(data)
    settings = AppSettings.load(folder.settings)
    settings.extra[KEY_CHANGE_MARKER] = {"old": key_fingerprint(old), "new": key_fingerprint(new)}
    settings.save(folder.settings)
    KeyStore().store(pending_key_id(settings.database_id), new)
    rekey_database(folder.database, old, new)
    code, out, err = run(capsys, "--data-dir", str(data), "check")
    assert code == 0, err  # read-only, with the pending key
    code, out, err = run(capsys, "--data-dir", str(data), "backup", "--to",
                         str(tmp_path / "copy.db"), "--user", "boss")
    assert code == 0, err
    assert opens_with(tmp_path / "copy.db", new)
    assert KeyStore().load(settings.database_id).key == new  # the change was finished
    assert KEY_CHANGE_MARKER not in AppSettings.load(folder.settings).extra
