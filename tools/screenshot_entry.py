"""Screenshots of every window a person sees before the main window, in English and Khmer.

    xvfb-run -a -s "-screen 0 1366x850x24" .venv/bin/python tools/screenshot_entry.py [OUT_DIR]

Writes entry-<lang>-<nn>-<name>.png (default OUT_DIR: screenshots/ in the repository). Everything
happens in a temporary folder with an in-memory credential store; the machine's own credential
store is never touched. Khmer shots are made only when resources/translations/shelter_km.qm exists.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import keyring
import keyring.backends.fail
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from shelter_desktop.app import load_stylesheet, make_access
from shelter_desktop.domain.errors import (
    CannotOpenDatabase,
    RecoveryKeyNeeded,
    SignInFailed,
    ValidationError,
)
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import NewShelter
from shelter_desktop.storage.keystore import NO_BACKEND
from shelter_desktop.ui.change_password_dialog import ChangePasswordDialog
from shelter_desktop.ui.first_run_dialog import DemoReadyDialog, FirstRunDialog
from shelter_desktop.ui.i18n import install_language, register_fonts
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.setup_wizard import SetupWizard
from shelter_desktop.ui.sign_in_dialog import SignInDialog
from shelter_desktop.ui.unlock_dialog import UnlockDialog

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "river-mango-2026"


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


class Shooter:
    def __init__(self, out: Path, language: str) -> None:
        self.out, self.language, self.count = out, language, 0

    def __call__(self, widget: QWidget, name: str) -> None:
        widget.show()
        widget.raise_()
        settle()
        self.count += 1
        path = self.out / f"entry-{self.language}-{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)


def shoot_language(language: str, out: Path, work: Path) -> None:
    install_language(language)
    shot = Shooter(out, language)
    runner = SynchronousOpRunner()
    folder = work / f"new-{language}"
    access = make_access(folder)

    first = FirstRunDialog(access, runner, make_access)
    first.resize(640, 470)
    shot(first, "first-run")
    first.close()
    first.deleteLater()

    wizard = SetupWizard(access, runner)
    wizard.resize(800, 600)
    shot(wizard, "wizard-1-welcome")
    wizard.next()
    wizard.shelter_page.name.setText("Phnom Penh Girls' Shelter")
    wizard.shelter_page.code.setText("pp1")
    wizard.next()  # refused: the code is wrong, the error shows inline
    shot(wizard, "wizard-2-shelter-error")
    wizard.shelter_page.code.setText("PP")
    wizard.shelter_page.error_label.clear_error()
    shot(wizard, "wizard-2-shelter")
    wizard.next()
    page = wizard.admin_page
    page.username.setText("sokha")
    page.full_name.setText("Sokha Chan")
    page.password.setText(PASSWORD)
    page.repeat.setText(PASSWORD + "x")
    wizard.button(QWizard.WizardButton.CommitButton).click()  # refused: passwords differ
    shot(wizard, "wizard-3-admin-error")
    page.repeat.setText(PASSWORD)
    page.error_label.clear_error()
    shot(wizard, "wizard-3-admin")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    shot(wizard, "wizard-4-recovery-key")
    key = wizard.key_page.groups.shown_key()
    wizard.next()
    first_group, _second = wizard.confirm_page.asked
    wizard.confirm_page.first.setText(key.split("-")[first_group])
    shot(wizard, "wizard-5-confirm")
    database = wizard.database
    wizard.hide()
    wizard.deleteLater()

    # The key page on a computer without a usable credential store.
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    no_store = SetupWizard(make_access(work / f"nostore-{language}"), runner)
    no_store.resize(800, 600)
    no_store.show()
    settle()
    no_store.next()
    no_store.shelter_page.name.setText("Siem Reap Shelter")
    no_store.shelter_page.code.setText("SR")
    no_store.next()
    for field, text in ((no_store.admin_page.username, "dara"),
                        (no_store.admin_page.full_name, "Dara Kim"),
                        (no_store.admin_page.password, PASSWORD),
                        (no_store.admin_page.repeat, PASSWORD)):
        field.setText(text)
    no_store.button(QWizard.WizardButton.CommitButton).click()
    shot(no_store, "wizard-4-recovery-key-no-store")
    no_store.hide()
    if no_store.database is not None:
        no_store.database.close()  # type: ignore[attr-defined]
    no_store.deleteLater()
    keyring.set_keyring(previous)

    unlock = UnlockDialog(access, runner, RecoveryKeyNeeded(reason=NO_BACKEND))
    shot(unlock, "unlock")
    unlock.key_field.setText(key[:-1] + ("0" if key[-1] != "0" else "1"))
    unlock.error_label.show_error(CannotOpenDatabase())
    shot(unlock, "unlock-error")
    unlock.close()
    unlock.deleteLater()

    services = Services(access, database)  # type: ignore[arg-type]
    sign_in = SignInDialog(services, runner, "sokha")
    shot(sign_in, "sign-in")
    sign_in.error_label.show_error(SignInFailed())
    shot(sign_in, "sign-in-error")
    sign_in.close()
    sign_in.deleteLater()

    admin = services.auth.sign_in("sokha", PASSWORD)
    member = services.staff.add_staff(admin, "srey", "Srey Mom", _counselor(), "first-pass-2026")
    srey = services.auth.sign_in("srey", "first-pass-2026")
    change = ChangePasswordDialog(services, runner, srey)
    change.old_password.setText("first-pass-2026")
    change.new_password.setText("new")
    change.error_label.show_error(ValidationError(
        "The password must have at least {n} characters. Choose a longer one.", n=8))
    shot(change, "change-password")
    change.close()
    change.deleteLater()
    del member

    created = _demo_like(work / f"demo-{language}")
    if created is not None:
        ready = DemoReadyDialog(created)
        shot(ready, "demo-ready")
        ready.close()
        ready.deleteLater()
    services.close()
    settle()


def _counselor():  # type: ignore[no-untyped-def]
    from shelter_desktop.domain.roles import Role

    return Role.COUNSELOR


def _demo_like(folder: Path):  # type: ignore[no-untyped-def]
    """A small real database, only for the CreatedShelter the demo dialog shows."""
    access = make_access(folder)
    database, created = access.create(
        NewShelter("Demo Shelter", "PP", "admin", "Demo Administrator", "demo-password")
    )
    database.close()
    return created


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else REPO / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(_MemoryKeyring())
    QCoreApplication.setOrganizationName("Shelter Desktop screenshots")
    QCoreApplication.setApplicationName("Shelter Desktop screenshots")
    app = QApplication(argv[:1])
    register_fonts()
    load_stylesheet(app)
    languages = ["en"]
    if (files("shelter_desktop.resources") / "translations" / "shelter_km.qm").is_file():
        languages.append("km")
    else:
        print("no shelter_km.qm: English only", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="shelter-shots-") as work:
        for language in languages:
            shoot_language(language, out, Path(work))
    install_language("en")
    settle()
    return 0


Shot = Callable[[QWidget, str], None]

if __name__ == "__main__":
    sys.exit(main(sys.argv))
