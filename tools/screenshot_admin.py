"""Screenshots of the Administration page, to look at it (not a test).

Creates a throw-away shelter in a temp folder (the key goes to an in-memory store, never the
machine's credential store), adds a few staff and events, and saves one PNG per tab and dialog:

    xvfb-run -a -s "-screen 0 1366x850x24" .venv/bin/python tools/screenshot_admin.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from sqlalchemy import select, update

from shelter_desktop.domain.errors import ShelterError
from shelter_desktop.storage import immutability
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import NewShelter, ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import AuditEventRow
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.admin_page import AdministrationPage
from shelter_desktop.ui.i18n import install_language, register_fonts
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.staff_dialogs import AddStaffDialog

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "screenshots"
PASSWORD = "start-pass-2026"
STAFF = (
    ("sokha", "ចាន់ សុខា (Chan Sokha)", Role.COUNSELOR),
    ("dara", "Dara Kim", Role.COUNSELOR),
    ("srey.mom", "ស្រីមុំ ហេង", Role.HOUSE_MANAGER),
    ("vibol", "Vibol Meas", Role.DATA_OFFICER),
    ("bopha", "Bopha Sok", Role.COUNSELOR),
)


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


def populate(services: Services) -> None:
    admin = services.auth.sign_in("admin", PASSWORD)
    ids = {}
    for username, name, role in STAFF:
        ids[username] = services.staff.add_staff(admin, username, name, role, PASSWORD).value.id
    for username in ("sokha", "srey.mom", "vibol"):
        services.auth.sign_in(username, PASSWORD)
    for _ in range(5):  # dara forgets her password and is locked out
        try:
            services.auth.sign_in("dara", "wrong-guess-1")
        except ShelterError:
            pass
    vibol = services.auth.sign_in("vibol", PASSWORD)
    try:
        services.staff.list_staff(vibol)  # a data officer may not: denied and audited
    except ShelterError:
        pass
    services.staff.set_active(admin, ids["bopha"], False)
    services.settings.set_idle_lock_minutes(admin, 10)


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = OUT / name
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    register_fonts()
    install_language("en")
    with tempfile.TemporaryDirectory() as tmp:
        access = ShelterAccess(DataDir(Path(tmp) / "data"), KeyStore(_MemoryKeyring()))
        database, _created = access.create(
            NewShelter("Phnom Penh Shelter", "PP", "admin", "Sophea Admin", PASSWORD)
        )
        services = Services(access, database)
        try:
            populate(services)
            admin = services.auth.sign_in("admin", PASSWORD)
            window = QMainWindow()
            window.setWindowTitle("Shelter Desktop — Administration")
            page = AdministrationPage(services, admin, SynchronousOpRunner())
            window.setCentralWidget(page)
            window.resize(1200, 750)
            window.show()
            page.refresh()
            page.staff_panel.select_username("dara")
            save(window, "admin_staff.png")

            page.staff_panel.add_staff()
            dialog = page.staff_panel.dialog
            assert isinstance(dialog, AddStaffDialog)
            dialog.username.setText("dara")
            dialog.display_name.setText("Dara Chhim")
            dialog.password.setText(PASSWORD)
            dialog.repeat_password.setText(PASSWORD)
            dialog.submit()  # the name is taken: the reason shows inside the dialog
            save(dialog, "admin_staff_add_dialog.png")
            dialog.reject()

            page.staff_panel.reset_password()
            save(page.staff_panel.dialog, "admin_staff_reset_dialog.png")
            page.staff_panel.dialog.reject()

            page.staff_panel.select_username("sokha")
            page.staff_panel.toggle_active()
            box = page.staff_panel.confirmation
            assert isinstance(box, QMessageBox)
            save(box, "admin_staff_disable_confirm.png")
            box.reject()

            page.show_tab(page.audit_panel)
            page.audit_panel.verify_chain()
            save(window, "admin_audit.png")

            with database.session() as session:
                immutability.uninstall(session.connection())  # what a tamperer would do first
                target = session.scalar(
                    select(AuditEventRow.id).where(AuditEventRow.action == "create").limit(1)
                )
                session.execute(
                    update(AuditEventRow).where(AuditEventRow.id == target).values(detail="{}")
                )
                session.commit()
            page.audit_panel.set_action("failed_login")
            page.audit_panel.apply_filters()
            page.audit_panel.verify_chain()
            save(window, "admin_audit_tampered.png")

            page.show_tab(page.settings_panel)
            page.settings_panel.idle_minutes.setValue(15)
            page.settings_panel.save()
            save(window, "admin_settings.png")
            window.close()
        finally:
            services.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
