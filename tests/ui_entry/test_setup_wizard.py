"""The set-up wizard driven like a person would, and the first-run dialog around it."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

from shelter_desktop.domain.recovery_key import parse_recovery_key
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.keystore import SERVICE_NAME, KeyStore
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.first_run_dialog import DEMO_PASSWORD, FirstRunDialog
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.setup_wizard import SetupWizard
from shelter_desktop.ui.sign_in_dialog import SignInDialog
from tests.conftest import create_shelter

PASSWORD = "river-mango-2026"


def make_wizard(qtbot: QtBot, access: ShelterAccess, runner: SynchronousOpRunner) -> SetupWizard:
    wizard = SetupWizard(access, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot: QtBot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_shelter(qtbot: QtBot, wizard: SetupWizard, name: str, code: str) -> None:
    assert wizard.currentPage() is wizard.shelter_page
    qtbot.keyClicks(wizard.shelter_page.name, name)
    qtbot.keyClicks(wizard.shelter_page.code, code)


def fill_admin(
    qtbot: QtBot, wizard: SetupWizard, password: str = PASSWORD, repeat: str | None = None
) -> None:
    page = wizard.admin_page
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.username, "sokha")
    qtbot.keyClicks(page.full_name, "Sokha Chan")
    qtbot.keyClicks(page.password, password)
    qtbot.keyClicks(page.repeat, password if repeat is None else repeat)


def to_key_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_shelter(qtbot, wizard, "Phnom Penh Girls' Shelter", "PP")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_admin(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentPage() is wizard.key_page


def confirm(qtbot: QtBot, wizard: SetupWizard, key: str) -> None:
    groups = key.split("-")
    page = wizard.confirm_page
    first, second = page.asked
    qtbot.keyClicks(page.first, groups[first].lower())
    qtbot.keyClicks(page.second, groups[second])


def test_setup_end_to_end_creates_database_and_shows_a_working_key(
    qtbot: QtBot, access: ShelterAccess, runner: SynchronousOpRunner, memory_keyring, data_dir: DataDir
) -> None:
    wizard = make_wizard(qtbot, access, runner)
    assert wizard.currentPage() is wizard.welcome_page
    assert "encrypted" in wizard.welcome_page.body.text()
    assert "ONCE" in wizard.welcome_page.steps.text()
    to_key_page(qtbot, wizard)

    key = wizard.key_page.groups.shown_key()
    assert len(key.split("-")) == 11 and all(len(g) == 5 for g in key.split("-"))
    assert "never be shown again" in wizard.key_page.warning.text()
    assert wizard.key_page.keyring_note.isHidden()
    assert data_dir.has_database()
    # The key in the credential store is the one shown.
    database_id = access.settings().database_id
    assert memory_keyring.items[(SERVICE_NAME, database_id)] == parse_recovery_key(key).hex()
    # No way back to change what was just created.
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible() or not wizard.button(
        QWizard.WizardButton.BackButton
    ).isEnabled()

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.confirm_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    first, second = wizard.confirm_page.asked
    assert first != second
    qtbot.keyClicks(wizard.confirm_page.first, "ZZZZZ")
    qtbot.keyClicks(wizard.confirm_page.second, key.split("-")[second])
    assert not finish.isEnabled()
    assert "does not match" in wizard.confirm_page.result_label.text()
    wizard.confirm_page.first.clear()
    qtbot.keyClicks(wizard.confirm_page.first, key.split("-")[first].lower())
    assert finish.isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.admin_username == "sokha"

    # The database the wizard hands over works: the administrator signs in with the new password.
    services = Services(access, wizard.database)  # type: ignore[arg-type]
    try:
        admin = services.auth.sign_in("sokha", PASSWORD)
        assert admin.display_name == "Sokha Chan" and not admin.must_change_password
        assert services.profile().name == "Phnom Penh Girls' Shelter"
    finally:
        services.close()

    # The shown recovery key alone opens the database (a computer without the stored key).
    keyring.get_keyring().items.clear()  # type: ignore[attr-defined]
    reopened = ShelterAccess(data_dir, KeyStore()).open_with_recovery_key(key, remember=False)
    try:
        assert ShelterAccess(data_dir, KeyStore()).profile(reopened).code == "PP"
    finally:
        reopened.close()


def test_bad_shelter_code_is_said_inline(
    qtbot: QtBot, access: ShelterAccess, runner: SynchronousOpRunner
) -> None:
    wizard = make_wizard(qtbot, access, runner)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_shelter(qtbot, wizard, "Shelter", "P1")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.shelter_page
    error = wizard.shelter_page.error_label
    assert error.isVisible()
    assert "2 to 6 Latin capital letters" in error.text()
    # Fixing it clears the message and moves on; lower case is accepted and capitalised.
    wizard.shelter_page.code.clear()
    qtbot.keyClicks(wizard.shelter_page.code, "kc")
    assert not error.isVisible()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.admin_page


def test_next_needs_every_field(qtbot: QtBot, access: ShelterAccess, runner: SynchronousOpRunner) -> None:
    wizard = make_wizard(qtbot, access, runner)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.shelter_page.name, "Shelter")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.shelter_page.code, "KC")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize(
    ("password", "repeat", "message"),
    [
        ("short1", "short1", "at least 8 characters"),
        (PASSWORD, PASSWORD + "x", "not the same"),
        ("aaaaaaaaaa", "aaaaaaaaaa", "too few different characters"),
    ],
)
def test_admin_password_problems_are_said_inline_and_nothing_is_created(
    qtbot: QtBot,
    access: ShelterAccess,
    runner: SynchronousOpRunner,
    data_dir: DataDir,
    password: str,
    repeat: str,
    message: str,
) -> None:
    wizard = make_wizard(qtbot, access, runner)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_shelter(qtbot, wizard, "Shelter", "KC")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_admin(qtbot, wizard, password, repeat)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.admin_page.error_label.isVisible()
    assert message in wizard.admin_page.error_label.text()
    assert wizard.database is None
    assert not data_dir.has_database()


def test_bad_user_name_is_said_inline(
    qtbot: QtBot, access: ShelterAccess, runner: SynchronousOpRunner
) -> None:
    wizard = make_wizard(qtbot, access, runner)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_shelter(qtbot, wizard, "Shelter", "KC")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.admin_page.username, "Sokha Chan!")
    qtbot.keyClicks(wizard.admin_page.full_name, "Sokha Chan")
    qtbot.keyClicks(wizard.admin_page.password, PASSWORD)
    qtbot.keyClicks(wizard.admin_page.repeat, PASSWORD)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert "A user name has 2 to 32" in wizard.admin_page.error_label.text()


def test_without_credential_store_the_key_page_says_it_will_be_asked(
    qtbot: QtBot, access: ShelterAccess, runner: SynchronousOpRunner
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    wizard = make_wizard(qtbot, access, runner)
    to_key_page(qtbot, wizard)
    note = wizard.key_page.keyring_note
    assert note.isVisible()
    assert "no usable password store" in note.text()
    assert "asked at every start" in note.text()
    assert wizard.created is not None and not wizard.created.key_remembered


def test_recovery_sheet_is_saved_as_pdf(
    qtbot: QtBot, access: ShelterAccess, runner: SynchronousOpRunner, tmp_path: Path
) -> None:
    pytest.importorskip("shelter_desktop.services.recovery_sheet")
    wizard = make_wizard(qtbot, access, runner)
    to_key_page(qtbot, wizard)
    target = tmp_path / "sheet.pdf"
    wizard.key_page.save_sheet(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in wizard.key_page.saved_label.text()


def test_print_document_holds_the_key(
    qtbot: QtBot, access: ShelterAccess, runner: SynchronousOpRunner
) -> None:
    wizard = make_wizard(qtbot, access, runner)
    to_key_page(qtbot, wizard)
    text = wizard.key_page.key_document().toPlainText()
    groups = wizard.key_page.groups.shown_key().split("-")
    assert " ".join(groups[:4]) in text
    assert "Phnom Penh Girls' Shelter" in text


def test_closing_after_creation_asks_first(
    qtbot: QtBot, access: ShelterAccess, runner: SynchronousOpRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = make_wizard(qtbot, access, runner)
    to_key_page(qtbot, wizard)
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    asked: list[bool] = []
    monkeypatch.setattr(wizard, "confirm_close_without_key", lambda: asked.append(True) or False)
    wizard.reject()
    assert asked and wizard.isVisible()


# --- first-run dialog ---------------------------------------------------------------------


def test_first_run_says_there_is_no_database_and_offers_three_ways(
    qtbot: QtBot, access: ShelterAccess, runner: SynchronousOpRunner, data_dir: DataDir
) -> None:
    dialog = FirstRunDialog(access, runner, lambda folder: ShelterAccess(DataDir(folder), KeyStore()))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "no shelter database" in dialog.body.text()
    assert str(data_dir.root) in dialog.body.text()
    for button in (dialog.setup_button, dialog.demo_button, dialog.folder_button):
        assert button.isVisible() and button.isEnabled()


def test_first_run_setup_through_the_flow_reaches_sign_in(
    qtbot: QtBot, access: ShelterAccess, make_flow
) -> None:  # type: ignore[no-untyped-def]
    flow = make_flow(access)
    flow.start()
    dialog = flow.window
    assert isinstance(dialog, FirstRunDialog)
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    wizard = dialog.wizard
    assert wizard is not None and wizard.isVisible()
    to_key_page(qtbot, wizard)
    key = wizard.key_page.groups.shown_key()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    confirm(qtbot, wizard, key)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    sign_in = flow.window
    assert isinstance(sign_in, SignInDialog)
    assert sign_in.username.text() == "sokha"
    qtbot.keyClicks(sign_in.password, PASSWORD)
    qtbot.mouseClick(sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    assert flow.user is not None and flow.user.username == "sokha"
    assert flow._main_window is not None and flow._main_window.isVisible()


def test_first_run_demo_shows_accounts_and_key_then_sign_in(
    qtbot: QtBot, access: ShelterAccess, make_flow, data_dir: DataDir
) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("shelter_desktop.services.demo")
    flow = make_flow(access)
    flow.start()
    dialog = flow.window
    assert isinstance(dialog, FirstRunDialog)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    ready = dialog.demo_dialog
    assert ready is not None and ready.isVisible()
    assert ready.password_value.text() == DEMO_PASSWORD
    usernames = [name for name, _role in ready.accounts]
    assert {"admin", "manager", "counselor", "dataofficer"} <= set(usernames)
    parse_recovery_key(ready.key_value.text())  # a real, valid key
    qtbot.mouseClick(ready.ok_button, Qt.MouseButton.LeftButton)
    assert data_dir.has_database()
    sign_in = flow.window
    assert isinstance(sign_in, SignInDialog)
    assert sign_in.username.text() == "admin"
    qtbot.keyClicks(sign_in.password, DEMO_PASSWORD)
    qtbot.mouseClick(sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    assert flow.user is not None
    assert flow.services is not None
    assert flow.services.residents is not None


def test_first_run_other_folder_with_a_database_goes_to_unlock(
    qtbot: QtBot, access: ShelterAccess, make_flow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    other = DataDir(tmp_path / "usb-disk")
    create_shelter(other).close()
    flow = make_flow(access)
    flow.start()
    dialog = flow.window
    assert isinstance(dialog, FirstRunDialog)
    dialog.choose_folder(tmp_path / "empty-folder")
    assert flow.window is dialog and "empty-folder" in dialog.body.text()
    dialog.choose_folder(other.root)
    # The key of that database is in the (test) credential store: straight to sign-in.
    assert isinstance(flow.window, SignInDialog)
    assert flow.access.data_dir == other
