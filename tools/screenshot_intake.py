"""Screenshots of the intake wizard, every page filled with synthetic data, in English and (when
resources/translations/shelter_km.qm exists) Khmer, for looking at them.

    xvfb-run -a -s "-screen 0 1366x850x24" .venv/bin/python tools/screenshot_intake.py

Writes screenshots/intake-<language>-<nn>-<page>.png. A throwaway shelter is created in a temp
folder (the real credential store is not touched) with one resident who looks like the person
being admitted, so the duplicate check has something to show.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QDate, QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from shelter_desktop.domain import geography
from shelter_desktop.domain.case_file import ConsentInput, ResidentIntake
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import NewShelter, ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.i18n import install_language, register_fonts
from shelter_desktop.ui.intake_wizard import GIVEN, REFUSED, IntakeWizard
from shelter_desktop.ui.main_window import load_stylesheet
from shelter_desktop.ui.op_runner import SynchronousOpRunner

OUT = Path(__file__).resolve().parent.parent / "screenshots"
PASSWORD = "demo-pass-2026"
SIZE = QSize(1120, 780)
TODAY = date.today()


class MemoryKeyring(KeyringBackend):
    """Keeps the throwaway database key in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._data.pop((service, username), None)


def build_shelter(folder: Path) -> Services:
    access = ShelterAccess(DataDir(folder), KeyStore())
    database, _created = access.create(
        NewShelter("Mekong Safe House", "MSH", "admin", "Dara Vann", PASSWORD)
    )
    services = Services(access, database)
    admin = services.auth.sign_in("admin", PASSWORD)
    for username, name, role in [
        ("counselor", "Sokha Chea", Role.COUNSELOR),
        ("counselor2", "Bopha Lim", Role.COUNSELOR),
        ("manager", "Malis Pen", Role.HOUSE_MANAGER),
    ]:
        services.staff.add_staff(admin, username, name, role, PASSWORD)
    # First sign-ins would force a password change; these accounts are only for screenshots.
    manager = services.auth.sign_in("manager", PASSWORD)
    services.residents.create(
        manager,
        ResidentIntake(
            name_khmer="ស្រីពៅ ចាន់",
            name_latin="Sreypov Chan",
            sex="female",
            admission_date=TODAY - timedelta(days=400),
            date_of_birth=date(2009, 8, 14),
            province_code="17",
            consents=(ConsentInput("care_and_records", True, "resident", TODAY - timedelta(days=400)),),
        ),
    )
    return services


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def type_text(widget: QWidget, text: str) -> None:
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            )


def choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


class Shooter:
    def __init__(self, app: QApplication, language: str) -> None:
        self.app = app
        self.language = language
        self.count = 0

    def save(self, widget: QWidget, name: str, whole_screen: bool = False) -> None:
        settle(self.app)
        self.count += 1
        path = OUT / f"intake-{self.language}-{self.count:02d}-{name}.png"
        if whole_screen:
            # Popups (the place list) are windows of their own: grab the screen around them.
            screen = QGuiApplication.primaryScreen()
            top_left = widget.mapToGlobal(QPoint(0, 0))
            frame = widget.frameGeometry()
            screen.grabWindow(
                0, top_left.x(), top_left.y(), frame.width(), frame.height()
            ).save(str(path))
        else:
            widget.grab().save(str(path))
        print(f"saved {path}")


def walk(app: QApplication, services: Services, language: str) -> None:
    user = services.auth.sign_in("counselor", PASSWORD)
    wizard = IntakeWizard(services, user, SynchronousOpRunner())
    wizard.resize(SIZE)
    wizard.move(20, 20)
    wizard.show()
    wizard.activateWindow()
    shots = Shooter(app, language)
    settle(app)

    identity = wizard.identity_page
    shots.save(wizard, "identity-empty")
    wizard.next()  # nothing filled in: every problem of the page, under its field
    shots.save(wizard, "identity-problems")
    identity.name_khmer.setFocus()
    type_text(identity.name_khmer, "ស្រីពៅ ចាន់")
    identity.name_latin.setText("Sreypov Chan")
    identity.alias.setText("Pov")
    choose(identity.sex, "female")
    identity.date_of_birth.set_value(TODAY + timedelta(days=20))
    identity.admission.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-1))
    identity.languages["th"].setChecked(True)
    wizard.next()  # a date of birth in the future
    shots.save(wizard, "identity-future-birth")
    identity.date_of_birth.set_value(date(2009, 8, 14))
    wizard.next()
    if wizard.currentPage() is identity:  # should not happen: then the picture shows why
        shots.save(wizard, "identity-still-problems")

    origin = wizard.origin_page
    geo = origin.geo
    geo.province.setFocus()
    type_text(geo.province.lineEdit(), "siem")
    shots.save(wizard, "origin-typing", whole_screen=True)
    geo.province.completer().popup().hide()
    geo.set_codes("17", "1702")
    geo.commune.setFocus()
    type_text(geo.commune.lineEdit(), "ក")
    shots.save(wizard, "origin-typing-khmer", whole_screen=True)
    geo.commune.completer().popup().hide()
    commune = geography.communes("1702")[0]
    geo.commune.set_code(commune.code)
    geo.village.set_code(geography.villages(commune.code)[0].code)
    choose(origin.destination, "TH")
    shots.save(wizard, "origin")
    wizard.next()

    referral = wizard.referral_page
    choose(referral.source, "anti_trafficking_police")
    referral.organisation.setText("Siem Reap anti-trafficking police")
    referral.contact.setText("Officer Vuthy, 012 555 010")
    referral.reason.setPlainText("Returned from Thailand after being found at a construction site.")
    referral.exploitation["forced_labour"].setChecked(True)
    referral.exploitation["domestic_servitude"].setChecked(True)
    shots.save(wizard, "referral")
    wizard.next()

    legal = wizard.legal_page
    choose(legal.status, "investigation")
    legal.court.setText("Siem Reap Provincial Court")
    legal.case_number.setText("0421/2026")
    shots.save(wizard, "legal")
    wizard.next()

    health = wizard.health_page
    choose(health.hiv, "not_disclosed")
    health.notes.setPlainText("Skin infection on both hands; antibiotics until Friday.")
    shots.save(wizard, "health")
    wizard.next()

    consent = wizard.consent_page
    wizard.next()  # no consent yet
    shots.save(wizard, "consent-missing")
    choose(consent.rows[0].state, GIVEN)
    choose(consent.rows[0].giver, "guardian")
    choose(consent.rows[1].state, REFUSED)
    choose(consent.rows[2].state, GIVEN)
    consent.guardian_name.setText("Chan Sophal")
    consent.guardian_relation.setEditText(consent.guardian_relation.itemText(4))
    consent.guardian_phone.setText("097 123 4567")
    shots.save(wizard, "consent")
    wizard.next()

    contacts = wizard.contacts_page
    contacts.name.setText("Chan Rith")
    contacts.relation.setEditText(contacts.relation.itemText(1))
    contacts.phone.setText("088 765 4321")
    choose(contacts.safety, "suspected_involvement")
    contacts.add_contact()
    contacts.name.setText("Mao Sreymom")
    contacts.relation.setEditText(contacts.relation.itemText(0))
    contacts.address.setText("Phum Kouk Chak, Siem Reap")
    contacts.add_contact()
    shots.save(wizard, "contacts")
    wizard.next()

    assignment = wizard.assignment_page
    choose(assignment.risk, "high")
    assignment.mosvy.setText("SR-2026-118")
    shots.save(wizard, "assignment")
    wizard.next()

    shots.save(wizard, "duplicates")
    wizard.duplicate_page.confirm_new_person()
    shots.save(wizard, "review")
    wizard.next()
    shots.save(wizard, "done")
    wizard.close()
    wizard.deleteLater()
    settle(app)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv)
    register_fonts()
    app.setStyleSheet(load_stylesheet())
    languages = ["en"]
    if (files("shelter_desktop.resources") / "translations" / "shelter_km.qm").is_file():
        languages.append("km")
    with tempfile.TemporaryDirectory(prefix="shelter-intake-shots-") as tmp:
        services = build_shelter(Path(tmp) / "data")
        for language in languages:
            install_language(language)
            settle(app)
            walk(app, services, language)
        install_language("en")
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
