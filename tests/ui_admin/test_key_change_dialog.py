"""The "Change the database key…" dialog on a real database, offscreen (issue 6 item 4)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import keyring
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from shelter_desktop.domain.recovery_key import parse_recovery_key
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import AuditEventRow
from shelter_desktop.storage.rekey import opens_with
from shelter_desktop.ui.key_change_dialog import KeyChangeDialog
from shelter_desktop.ui.op_runner import Cancelled, SynchronousOpRunner
from tests.conftest import create_shelter
from tests.keyring_backends import FailingKeyring


def _dialog(qtbot: QtBot, shelter, user, runner) -> KeyChangeDialog:  # type: ignore[no-untyped-def]
    dialog = KeyChangeDialog(shelter.services, user, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_explains_shows_the_new_key_then_changes_it(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner, tmp_path: Path
) -> None:
    shelter.services.backups.backup_now(shelter.admin)
    dialog = _dialog(qtbot, shelter, shelter.admin, runner)
    assert dialog.page() == dialog.EXPLAIN
    assert "OLD recovery key (1 in the backup folder now" in dialog.backups_note.text()
    dialog.grab().save("/tmp/key_change_1_explain.png")
    dialog.new_key_button.click()
    assert dialog.page() == dialog.NEW_KEY and dialog.plan is not None
    assert dialog.groups.shown_key() == dialog.plan.recovery_key
    assert not dialog.change_button.isEnabled()  # not before "written down" is ticked
    dialog.save_sheet(tmp_path / "sheet.pdf")
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    dialog.written_down.setChecked(True)
    dialog.grab().save("/tmp/key_change_2_new_key.png")
    assert dialog.change_button.isEnabled()
    dialog.change_button.click()
    assert dialog.page() == dialog.DONE and dialog.result is not None
    assert dialog.groups.shown_key() == dialog.result.recovery_key
    assert dialog.result.backup_name in dialog.done_text.text()
    dialog.grab().save("/tmp/key_change_3_done.png")
    new_key = parse_recovery_key(dialog.result.recovery_key)
    assert shelter.services.database.key == new_key
    with shelter.services.database.session() as session:
        steps = [
            json.loads(e.detail)["step"]
            for e in session.scalars(
                select(AuditEventRow).where(AuditEventRow.entity == "database_key")
            )
        ]
    assert steps == ["started", "finished"]


def test_a_data_officer_is_refused_and_nothing_changes(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner
) -> None:
    old_key = shelter.services.database.key
    dialog = _dialog(qtbot, shelter, shelter.users[Role.DATA_OFFICER], runner)
    dialog.new_key_button.click()
    assert dialog.page() == dialog.EXPLAIN
    assert "not allowed" in dialog.error_label.text()
    assert shelter.services.database.key == old_key


def test_without_a_credential_store_the_dialog_says_the_new_key_is_needed_at_each_start(
    qtbot: QtBot, data_dir, runner: SynchronousOpRunner  # type: ignore[no-untyped-def]
) -> None:
    keyring.set_keyring(FailingKeyring())
    shelter = create_shelter(data_dir)
    try:
        dialog = _dialog(qtbot, shelter, shelter.admin, runner)
        dialog.new_key_button.click()
        assert dialog.keyring_note.isVisible()
        assert "typed at every start" in dialog.keyring_note.text()
        dialog.written_down.setChecked(True)
        dialog.change_button.click()
        assert dialog.result is not None and not dialog.result.key_remembered
    finally:
        shelter.close()
    database = ShelterAccess(data_dir, KeyStore()).open_with_recovery_key(
        dialog.result.recovery_key, remember=False
    )
    database.close()


class CancellingRunner(SynchronousOpRunner):
    """Presses Cancel when the copy with the new key is being written."""

    def run_long(self, parent, fn, on_success, label, on_error=None):  # type: ignore[no-untyped-def, override]
        def progress(_fraction: float, message: str) -> None:
            if message.startswith("Writing a copy"):
                raise Cancelled()

        cancel = threading.Event()
        self.run_op(parent, lambda: fn(progress, cancel), on_success, label, on_error)


def test_cancel_while_copying_changes_nothing_and_can_be_retried(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner
) -> None:
    old_key = shelter.services.database.key
    dialog = _dialog(qtbot, shelter, shelter.admin, CancellingRunner())
    dialog.new_key_button.click()
    dialog.written_down.setChecked(True)
    dialog.change_button.click()
    assert dialog.page() == dialog.NEW_KEY and dialog.result is None
    assert "cancelled" in dialog.error_label.text() and dialog.error_label.isVisible()
    assert shelter.services.database.key == old_key
    assert opens_with(shelter.access.data_dir.database, old_key)
    assert "key_change" not in shelter.access.settings().extra
    dialog._runner = runner  # Cancel not pressed this time
    dialog.change_button.click()
    assert dialog.result is not None
    assert opens_with(shelter.access.data_dir.database, parse_recovery_key(dialog.result.recovery_key))
