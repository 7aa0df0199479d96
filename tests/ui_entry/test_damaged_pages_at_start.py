"""A database that opens (its key and first page are fine) but has a damaged page further in:
at start nothing is written to it (no unlock or sign-in event, no migration, no change to the
copy of the audit chain head in settings.json), the restore dialog explains it in plain words,
and a restore keeps the damaged file aside. A database from a newer version is refused with
a message and never migrated."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import sqlcipher3
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shelter_desktop.domain.roles import Role
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.engine import raw_key_literal
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.restore_dialog import RestoreDialog
from shelter_desktop.ui.sign_in_dialog import SignInDialog
from shelter_desktop.ui.unlock_dialog import UnlockDialog
from tests.conftest import ADMIN_PASSWORD, create_shelter
from tests.factories import add_resident

PAGE = 4096


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def shelter_with_backup(data_dir: DataDir) -> tuple[bytes, Path]:
    """A closed shelter with residents and one backup in its data folder; (key, backup)."""
    made = create_shelter(data_dir)
    for number in range(120):
        add_resident(made.services.database, f"Synthetic {number}",
                     case_number=f"TS-2026-{number:04d}")
    info = made.services.backups.backup_now(made.users[Role.ADMINISTRATOR])
    key = made.services.database.key
    made.close()
    return key, info.path


def damage_one_page(path: Path) -> int:
    """Overwrite a few bytes in a page in the middle of the file (never page 1); its number."""
    pages = path.stat().st_size // PAGE
    page = pages // 2 + 1
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * PAGE + 700)
        handle.write(os.urandom(16))
    return page


def click(qtbot: QtBot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_one_damaged_page_starts_into_the_restore_offer_and_writes_nothing(
    qtbot: QtBot, data_dir: DataDir, make_flow, shown_errors: list[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _key, backup = shelter_with_backup(data_dir)
    page = damage_one_page(data_dir.database)
    damaged = data_dir.database.read_bytes()
    before = snapshot(data_dir.root)

    flow = make_flow(ShelterAccess(data_dir, KeyStore()))
    exits: list[int] = []
    flow.finished.connect(exits.append)
    flow.start()

    dialog = flow.window
    assert isinstance(dialog, RestoreDialog), type(dialog)
    assert flow.services is None  # never got as far as services or a sign-in window
    text = dialog.reason_label.text()
    assert "Part of the database file is damaged" in text
    assert f"page {page}" in text
    assert "Nothing was written to it" in text and "never deleted" in text
    assert dialog.backup_list.count() == 1 and backup.name in dialog.backup_list.item(0).text()
    assert shown_errors == []
    # Not a byte written, no -wal/-shm left, no pre-upgrade backup, settings.json unchanged.
    assert snapshot(data_dir.root) == before
    dialog.resize(820, 470)
    dialog.grab().save(str(tmp_path / "damaged-pages-restore.png"))

    click(qtbot, dialog.restore_button)
    assert shown_errors == []
    assert dialog.result_info is not None and dialog.result_info.replaced is not None
    kept = dialog.result_info.replaced
    assert kept.parent == data_dir.root / "replaced"
    assert kept.read_bytes() == damaged  # the damaged file kept aside, unchanged
    click(qtbot, dialog.continue_button)
    assert isinstance(flow.window, SignInDialog)
    assert flow.services is not None
    assert flow.services.auth.sign_in("admin", ADMIN_PASSWORD).username == "admin"
    assert exits == []


def test_quitting_the_offer_leaves_every_file_as_it_was(
    qtbot: QtBot, data_dir: DataDir, make_flow
) -> None:  # type: ignore[no-untyped-def]
    shelter_with_backup(data_dir)
    damage_one_page(data_dir.database)
    before = snapshot(data_dir.root)
    flow = make_flow(ShelterAccess(data_dir, KeyStore()))
    exits: list[int] = []
    flow.finished.connect(exits.append)
    flow.start()
    dialog = flow.window
    assert isinstance(dialog, RestoreDialog)
    click(qtbot, dialog.quit_button)
    assert exits == [0]
    assert snapshot(data_dir.root) == before
    assert not (data_dir.root / "replaced").exists()


def test_a_database_from_a_newer_version_is_explained_and_not_migrated(
    qtbot: QtBot, data_dir: DataDir, make_flow, shown_errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    key, _backup = shelter_with_backup(data_dir)
    connection = sqlcipher3.connect(str(data_dir.database))
    connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = snapshot(data_dir.root)

    flow = make_flow(ShelterAccess(data_dir, KeyStore()))
    exits: list[int] = []
    flow.finished.connect(exits.append)
    flow.start()
    assert len(shown_errors) == 1
    assert "made by a newer version of Shelter Desktop" in shown_errors[0]
    assert "Install that version or newer" in shown_errors[0]
    assert exits == [1] and flow.services is None
    assert snapshot(data_dir.root) == before


def test_a_damaged_journal_starts_into_the_restore_offer_and_is_kept_with_the_file(
    qtbot: QtBot, data_dir: DataDir, make_flow, shown_errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    shelter_with_backup(data_dir)
    journal = Path(f"{data_dir.database}-wal")
    journal.write_bytes(os.urandom(3 * PAGE))
    garbage, database = journal.read_bytes(), data_dir.database.read_bytes()
    before = snapshot(data_dir.root)

    flow = make_flow(ShelterAccess(data_dir, KeyStore()))
    flow.start()
    dialog = flow.window
    assert isinstance(dialog, RestoreDialog), type(dialog)
    assert "journal file shelter.db-wal is damaged" in dialog.reason_label.text()
    assert snapshot(data_dir.root) == before

    click(qtbot, dialog.restore_button)
    assert shown_errors == []
    assert dialog.result_info is not None and dialog.result_info.replaced is not None
    kept = dialog.result_info.replaced
    assert kept.read_bytes() == database
    assert Path(f"{kept}-wal").read_bytes() == garbage  # the log is kept beside it
    click(qtbot, dialog.continue_button)
    assert isinstance(flow.window, SignInDialog)


def test_typing_the_recovery_key_for_a_damaged_database_explains_it_and_writes_nothing(
    qtbot: QtBot, data_dir: DataDir, make_flow, shown_errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    import keyring

    made = create_shelter(data_dir)
    recovery_key = made.recovery_key
    made.close()
    keyring.get_keyring().items.clear()  # type: ignore[attr-defined]
    damage_one_page(data_dir.database)
    before = snapshot(data_dir.root)

    flow = make_flow(ShelterAccess(data_dir, KeyStore()))
    flow.start()
    unlock = flow.window
    assert isinstance(unlock, UnlockDialog)
    qtbot.keyClicks(unlock.key_field, recovery_key)
    click(qtbot, unlock.open_button)
    assert unlock.isVisible() and flow.services is None
    assert "Part of the database file is damaged" in unlock.error_label.text()
    assert snapshot(data_dir.root) == before
    click(qtbot, unlock.restore_backup_button)  # type: ignore[attr-defined]
    assert isinstance(flow.window, RestoreDialog)
    assert shown_errors == []
    assert snapshot(data_dir.root) == before
