"""A database that cannot be opened at start: nothing is written to it, the restore dialog
explains why and restores a backup (the damaged file kept in replaced/), then sign-in follows."""

from __future__ import annotations

from pathlib import Path

import keyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shelter_desktop.domain.errors import CannotOpenDatabase
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.services.startup_check import backups_in_data_folder
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.restore_dialog import RestoreDialog
from shelter_desktop.ui.sign_in_dialog import SignInDialog
from shelter_desktop.ui.unlock_dialog import UnlockDialog
from tests.conftest import ADMIN_PASSWORD, create_shelter

HEADER = 4096


def backed_up_then_damaged(data_dir: DataDir) -> tuple[str, Path, bytes]:
    """A shelter with one backup in its data folder, closed, then its header overwritten with
    zeros. Returns (recovery key, backup path, the damaged file's bytes)."""
    made = create_shelter(data_dir)
    info = made.services.backups.backup_now(made.users[Role.ADMINISTRATOR])
    recovery_key = made.recovery_key
    made.close()
    with open(data_dir.database, "r+b") as handle:
        handle.write(bytes(HEADER))
    return recovery_key, info.path, data_dir.database.read_bytes()


def leftovers(data_dir: DataDir) -> list[str]:
    return sorted(
        p.name
        for p in data_dir.root.iterdir()
        if p.name.startswith("shelter.db") and p.name != "shelter.db"
    )


def click(qtbot: QtBot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_damaged_database_is_not_touched_and_restore_continues_to_sign_in(
    qtbot: QtBot, data_dir: DataDir, make_flow, shown_errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    _key, backup, damaged = backed_up_then_damaged(data_dir)
    flow = make_flow(ShelterAccess(data_dir, KeyStore()))
    flow.start()

    dialog = flow.window
    assert isinstance(dialog, RestoreDialog)
    text = dialog.reason_label.text()
    assert text.startswith("The shelter database could not be opened:")
    assert "It has not been changed" in text and "never deleted" in text
    assert dialog.backup_list.count() == 1
    assert backup.name in dialog.backup_list.item(0).text()
    assert not dialog.key_field.isVisible()  # the remembered key is tried first
    # Nothing written while the dialog is up.
    assert data_dir.database.read_bytes() == damaged
    assert leftovers(data_dir) == []

    click(qtbot, dialog.restore_button)
    assert shown_errors == []
    assert dialog.result_info is not None and dialog.result_info.replaced is not None
    kept = dialog.result_info.replaced
    assert kept.parent == data_dir.root / "replaced"
    assert kept.read_bytes() == damaged  # the damaged file kept aside, unchanged
    assert "Restored. The previous file was kept at" in dialog.done_label.text()
    assert str(kept) in dialog.done_label.text()
    assert dialog.continue_button.isVisible() and not dialog.restore_button.isVisible()

    click(qtbot, dialog.continue_button)
    sign_in = flow.window
    assert isinstance(sign_in, SignInDialog)
    assert flow.services is not None
    # The restored data is there: the administrator of the backup signs in.
    assert flow.services.auth.sign_in("admin", ADMIN_PASSWORD).username == "admin"


def test_quit_leaves_the_damaged_file_byte_identical(
    qtbot: QtBot, data_dir: DataDir, make_flow
) -> None:  # type: ignore[no-untyped-def]
    _key, _backup, damaged = backed_up_then_damaged(data_dir)
    flow = make_flow(ShelterAccess(data_dir, KeyStore()))
    exits: list[int] = []
    flow.finished.connect(exits.append)
    flow.start()
    dialog = flow.window
    assert isinstance(dialog, RestoreDialog)
    click(qtbot, dialog.quit_button)
    assert exits == [0]
    assert data_dir.database.read_bytes() == damaged
    assert leftovers(data_dir) == []
    assert not (data_dir.root / "replaced").exists()


def test_backup_of_another_key_asks_for_the_recovery_key_and_says_a_wrong_one_inline(
    qtbot: QtBot, data_dir: DataDir, tmp_path: Path, runner: SynchronousOpRunner,
    shown_errors: list[str],
) -> None:  # type: ignore[no-untyped-def]
    _key, _backup, damaged = backed_up_then_damaged(data_dir)
    # A backup on a "USB stick" made from another database (another key): the remembered key
    # does not open it.
    other = create_shelter(DataDir(tmp_path / "other"))
    (tmp_path / "usb").mkdir()
    usb_backup = other.services.backups.backup_to(
        other.users[Role.ADMINISTRATOR], tmp_path / "usb" / "shelter-usb.db"
    )
    other_key = other.recovery_key
    other.close()
    third = create_shelter(DataDir(tmp_path / "third"))
    wrong_key = third.recovery_key
    third.close()

    dialog = RestoreDialog(ShelterAccess(data_dir, KeyStore()), runner, CannotOpenDatabase())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_chosen_file(usb_backup.path)
    assert "shelter-usb.db" in dialog.file_label.text()

    click(qtbot, dialog.restore_button)
    assert dialog.key_field.isVisible()
    assert "cannot be opened with this key" in dialog.key_reason_label.text()
    assert "Enter the recovery key" in dialog.key_reason_label.text()
    assert data_dir.database.read_bytes() == damaged

    qtbot.keyClicks(dialog.key_field, wrong_key)
    click(qtbot, dialog.restore_button)
    assert dialog.result_info is None and dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "cannot be opened with this key" in dialog.error_label.text()
    assert "Nothing was changed" in dialog.error_label.text()
    assert data_dir.database.read_bytes() == damaged
    assert shown_errors == []

    dialog.key_field.clear()
    qtbot.keyClicks(dialog.key_field, other_key)
    click(qtbot, dialog.restore_button)
    assert dialog.result_info is not None
    assert dialog.result_info.replaced is not None
    assert dialog.result_info.replaced.read_bytes() == damaged
    # The restored database opens with the key now remembered.
    database = ShelterAccess(data_dir, KeyStore()).open_with_keyring(record_unlock=False)
    database.close()


def test_unlock_dialog_offers_restore_when_the_key_is_not_remembered(
    qtbot: QtBot, data_dir: DataDir, make_flow, shown_errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    recovery_key, _backup, damaged = backed_up_then_damaged(data_dir)
    keyring.get_keyring().items.clear()  # type: ignore[attr-defined]
    flow = make_flow(ShelterAccess(data_dir, KeyStore()))
    flow.start()
    unlock = flow.window
    assert isinstance(unlock, UnlockDialog)

    qtbot.keyClicks(unlock.key_field, recovery_key)
    click(qtbot, unlock.open_button)  # the right key, but the file is damaged
    assert unlock.isVisible() and "could not be opened" in unlock.error_label.text()
    assert data_dir.database.read_bytes() == damaged

    click(qtbot, unlock.restore_backup_button)  # type: ignore[attr-defined]
    dialog = flow.window
    assert isinstance(dialog, RestoreDialog)
    click(qtbot, dialog.restore_button)
    assert dialog.key_field.isVisible()  # no remembered key: asked, with the reason
    assert data_dir.database.read_bytes() == damaged
    qtbot.keyClicks(dialog.key_field, recovery_key)
    click(qtbot, dialog.restore_button)
    assert dialog.result_info is not None
    click(qtbot, dialog.continue_button)
    assert isinstance(flow.window, SignInDialog)
    assert shown_errors == []


def test_backups_are_listed_from_the_folder_without_a_database(tmp_path: Path) -> None:
    assert backups_in_data_folder(tmp_path) == []
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "shelter-20260101-010101.db").write_bytes(b"x" * 10)
    (folder / "before-upgrade-1.db").write_bytes(b"y")
    found = backups_in_data_folder(tmp_path)
    assert [(b.path.name, b.size_bytes) for b in found] == [("shelter-20260101-010101.db", 10)]
