"""Unlocking with the recovery key, and the flow choosing between keyring and unlock dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from shelter_desktop.domain.errors import RecoveryKeyNeeded
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.keystore import NO_BACKEND, NOT_STORED, SERVICE_NAME, KeyStore
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.sign_in_dialog import SignInDialog
from shelter_desktop.ui.unlock_dialog import UnlockDialog
from tests.conftest import create_shelter


def make_dialog(qtbot: QtBot, access: ShelterAccess, runner: SynchronousOpRunner) -> UnlockDialog:
    dialog = UnlockDialog(access, runner, RecoveryKeyNeeded(reason=NOT_STORED))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def messy(key: str) -> str:
    """The key as someone might type it from paper: lower case, spaces instead of dashes."""
    return "  " + key.lower().replace("-", " ") + " "


def test_reason_is_shown_in_plain_words(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, shelter.access, runner)
    assert "Enter the recovery key" in dialog.reason_label.text()
    assert "not in this computer's password store" in dialog.reason_label.text()
    assert str(shelter.access.data_dir.root) in dialog.folder_label.text()
    assert dialog.remember.isChecked()


def test_wrong_key_is_said_inline_and_the_dialog_stays(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner, shown_errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, shelter.access, runner)
    # A well-formed key of another database: parses, but does not open this one.
    other = create_shelter(DataDir(shelter.access.data_dir.root.parent / "other"))
    other.close()
    qtbot.keyClicks(dialog.key_field, other.recovery_key)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.database is None
    assert "could not be opened with this key" in dialog.error_label.text()
    assert dialog.key_field.text() == other.recovery_key  # kept, to correct it
    assert shown_errors == []


def test_mistyped_key_says_what_is_wrong(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, shelter.access, runner)
    qtbot.keyClicks(dialog.key_field, shelter.recovery_key[:-6])
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "not a valid recovery key" in dialog.error_label.text()
    assert dialog.key_field.text() == shelter.recovery_key[:-6]
    # A changed character is caught by the check digits.
    swapped = ("1" if shelter.recovery_key[0] != "1" else "2") + shelter.recovery_key[1:]
    dialog.key_field.setText(swapped)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "check digits do not match" in dialog.error_label.text()


def test_right_key_typed_loosely_opens_and_is_remembered(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    memory_keyring.items.clear()
    dialog = make_dialog(qtbot, shelter.access, runner)
    qtbot.keyClicks(dialog.key_field, messy(shelter.recovery_key))
    with qtbot.waitSignal(dialog.opened):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.database is not None
    dialog.database.close()  # type: ignore[attr-defined]
    database_id = shelter.access.settings().database_id
    assert (SERVICE_NAME, database_id) in memory_keyring.items
    assert dialog.key_field.text() == ""


def test_not_remembering_leaves_the_credential_store_alone(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    memory_keyring.items.clear()
    dialog = make_dialog(qtbot, shelter.access, runner)
    dialog.remember.setChecked(False)
    qtbot.keyClicks(dialog.key_field, shelter.recovery_key)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.database is not None
    dialog.database.close()  # type: ignore[attr-defined]
    assert memory_keyring.items == {}


# --- the flow -----------------------------------------------------------------------------


def test_key_in_the_credential_store_goes_straight_to_sign_in(
    shelter, make_flow
) -> None:  # type: ignore[no-untyped-def]
    flow = make_flow(ShelterAccess(shelter.access.data_dir, KeyStore()))
    shown = []
    flow.first_shown.connect(shown.append)
    flow.start()
    assert isinstance(flow.window, SignInDialog)
    assert shown == [flow.window]


def test_no_credential_store_shows_unlock_with_the_reason_then_sign_in(
    qtbot: QtBot, data_dir: DataDir, make_flow
) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(keyring.backends.fail.Keyring())
    made = create_shelter(data_dir)
    made.close()
    flow = make_flow(ShelterAccess(data_dir, KeyStore()))
    flow.start()
    dialog = flow.window
    assert isinstance(dialog, UnlockDialog)
    assert "no usable password store" in dialog.reason_label.text()
    assert NO_BACKEND.split(",")[0] in dialog.reason_label.text()
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    qtbot.keyClicks(dialog.key_field, "wrong")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert flow.window is dialog and dialog.error_label.isVisible()
    dialog.key_field.clear()
    qtbot.keyClicks(dialog.key_field, made.recovery_key)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert isinstance(flow.window, SignInDialog)
    assert flow.services is not None


def test_key_missing_from_the_store_says_so(
    shelter, make_flow, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    memory_keyring.items.clear()
    flow = make_flow(ShelterAccess(shelter.access.data_dir, KeyStore()))
    flow.start()
    assert isinstance(flow.window, UnlockDialog)
    assert "not in this computer's password store" in flow.window.reason_label.text()


def test_quitting_the_unlock_dialog_ends_the_flow(
    qtbot: QtBot, shelter, make_flow, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    memory_keyring.items.clear()
    flow = make_flow(ShelterAccess(shelter.access.data_dir, KeyStore()))
    flow.start()
    with qtbot.waitSignal(flow.finished) as finished:
        qtbot.mouseClick(flow.window.quit_button, Qt.MouseButton.LeftButton)
    assert finished.args == [0]
    assert flow.services is None


# --- the application's start, as the benchmark runs it ------------------------------------


def _start_app(folder: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SHELTER_QUIT_AFTER_SHOWN="1",
        # Never the machine's own credential store.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    code = "import sys; from pathlib import Path; from shelter_desktop.app import main; " \
           "sys.exit(main(Path(sys.argv[1])))"
    return subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        env=env, capture_output=True, text=True, timeout=120,
    )


def test_start_without_database_shows_first_run_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "nothing-here"
    done = _start_app(folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "shown"
    assert not folder.exists()


def test_start_with_database_but_no_key_shows_unlock_and_logs(data_dir: DataDir) -> None:
    create_shelter(data_dir).close()
    done = _start_app(data_dir.root)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "shown"
    log = (data_dir.root / "logs" / "shelter.log").read_text(encoding="utf-8")
    assert "starting" in log and "stopped" in log
    assert "Test Shelter" not in log and "admin" not in log
