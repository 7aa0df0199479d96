"""Screenshots of a resident's file window, every tab, for looking at them.

Builds a throwaway shelter in a temp folder with one synthetic resident (Khmer and Latin names,
origin in Prey Veng, contacts of whom one must not be contacted, notes with risk flags, an
unsigned draft, education results, vocational milestones, a scanned form) and a few others,
opens her file as the house manager (every tab) and the counselor, and saves PNGs to
screenshots/. Khmer too when resources/translations/shelter_km.qm exists.

    xvfb-run -a -s "-screen 0 1366x850x24" .venv/bin/python tools/screenshot_file.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from shelter_desktop.domain.case_file import ConsentInput, ContactInput, ResidentIntake
from shelter_desktop.domain.notes import NoteDraft
from shelter_desktop.domain.progress import (
    EnrolmentInput,
    MilestoneInput,
    TermResultInput,
    TrainingInput,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import NewShelter, ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.i18n import install_language, register_fonts
from shelter_desktop.ui.main_window import MainWindow, load_stylesheet
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.resident_file_window import TAB_ORDER, ResidentFileWindow

OUT = Path(__file__).resolve().parent.parent / "screenshots"
PASSWORD = "demo-pass-2026"
SIZE = QSize(1280, 800)


class MemoryKeyring(KeyringBackend):
    """Keeps the throwaway database key in memory: the real credential store is not touched."""

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
        ("manager", "Malis Pen", Role.HOUSE_MANAGER),
    ]:
        services.staff.add_staff(admin, username, name, role, PASSWORD)
    return services


def scanned_form() -> bytes:
    """A PNG that looks like a scanned, signed consent form (no real person on it)."""
    image = QImage(820, 1100, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbfaf6"))
    painter = QPainter(image)
    painter.setPen(QColor("#333333"))
    font = QFont("Noto Sans", 22)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(60, 60, 700, 60), "Consent to care and case records")
    painter.setFont(QFont("Noto Sans Khmer", 16))
    painter.drawText(QRectF(60, 130, 700, 50), "ការយល់ព្រមទទួលការថែទាំ")
    painter.setPen(QColor("#9aa3ab"))
    for y in range(230, 900, 42):
        painter.drawLine(60, y, 760, y)
    painter.setPen(QColor("#1f3f8f"))
    painter.drawLine(480, 980, 700, 960)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def add_resident(services: Services) -> int:
    counselor = services.auth.sign_in("counselor", PASSWORD)
    today = date.today()
    admitted = today - timedelta(days=140)
    intake = ResidentIntake(
        name_khmer="សុខ ស្រីពៅ",
        name_latin="Sok Sreypov",
        alias="Pov",
        sex="female",
        admission_date=admitted,
        date_of_birth=date(today.year - 15, 5, 17),
        languages=("km", "th"),
        province_code="14",
        district_code="1402",
        commune_code="140201",
        village_code="14020103",
        referral_source="anti_trafficking_police",
        referral_organisation="Prey Veng provincial police",
        referral_contact="Officer on duty, 012 000 000",
        referral_reason="Found at a karaoke bar in Poipet during a raid.",
        exploitation_types=("sexual_exploitation", "forced_labour"),
        destination_country="TH",
        legal_court="Prey Veng Provincial Court",
        legal_case_number="PV-2026-118",
        legal_status="investigation",
        hiv_status="negative",
        risk_level="high",
        counselor_id=counselor.id,
        mosvy_number="MOSVY-14-0457",
        consents=(
            ConsentInput("care_and_records", True, "guardian", admitted),
            ConsentInput("medical", True, "guardian", admitted),
        ),
        contacts=(
            ContactInput("mother", "Chan Sophal", "012 345 678",
                         "Trapeang Romeas village, Cheach commune", True),
            ContactInput("stepfather", "Heng Vuthy", "", "Cheach commune",
                         safety_flag="suspected_involvement",
                         notes="Named by her as the one who sold her."),
            ContactInput("uncle", "Chan Dara", "097 111 2223", "Poipet",
                         safety_flag="no_contact"),
            ContactInput("aunt", "Chan Srey Leak", "088 765 4321", "Phnom Penh"),
        ),
    )
    rid = services.residents.create(counselor, intake).value.id
    contacts = services.contacts
    contacts.add_consent(counselor, rid, ConsentInput("photo", False, "resident",
                                                      admitted + timedelta(days=3)))

    notes = services.notes
    for days_ago, flags, visibility, text in [
        (60, (), "case_team", "Settling in; sleeps badly, eats well."),
        (21, ("abscond",), "case_team", "Talked about wanting to go home to her mother."),
        (6, ("self_harm", "disclosure"), "counselor_only", "Disclosed more about the bar."),
    ]:
        note = notes.start_draft(counselor, rid, NoteDraft(
            today - timedelta(days=days_ago), duration_minutes=50, presenting_issues=text,
            plan="Follow up next week.", risk_flags=flags, visibility=visibility,
        ))
        notes.sign(counselor, note.id)
    notes.start_draft(counselor, rid, NoteDraft(
        today - timedelta(days=5), presenting_issues="Group session on safety plans.",
        note_type="group", visibility="case_team",
    ))

    education = services.education
    enrolment = education.add_enrolment(counselor, rid, EnrolmentInput(
        "khmer_literacy", "Shelter classroom", "Level 2", admitted + timedelta(days=7), None,
        "in_progress",
    )).value
    for weeks, score, attendance in [(4, 52, 80), (10, 61, 88), (16, 74, 95)]:
        education.add_result(counselor, enrolment.id, TermResultInput(
            f"Month {weeks // 4}", admitted + timedelta(weeks=weeks), score,
            attendance_percent=attendance,
        ))
    vocational = services.vocational
    training = vocational.add_training(counselor, rid, TrainingInput(
        "sewing", "Women's Sewing Workshop", admitted + timedelta(days=20), None,
        "in_progress",
    )).value
    for weeks, text in [(4, "Uses the machine safely"), (9, "Sews a simple skirt"),
                        (15, "Finishes an order on her own")]:
        vocational.add_milestone(counselor, training.id, MilestoneInput(
            admitted + timedelta(weeks=weeks), text,
        ))
    services.documents.attach(counselor, rid, "consent_form", "Consent form (intake)",
                              scanned_form())
    return rid


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    path = OUT / name
    widget.grab().save(str(path))
    print(f"saved {path}")


def shoot_tabs(app: QApplication, window: ResidentFileWindow, suffix: str) -> None:
    for key in TAB_ORDER:
        if window.tab(key) is None:
            continue
        window.show_tab(key)
        settle(app)
        save(window, f"file_{key}_{suffix}.png")


def main() -> int:
    OUT.mkdir(exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv)
    register_fonts()
    app.setStyleSheet(load_stylesheet())
    install_language("en")  # also the date format (the app installs the saved language)
    runner = SynchronousOpRunner()
    has_khmer = (files("shelter_desktop.resources") / "translations" / "shelter_km.qm").is_file()
    with tempfile.TemporaryDirectory(prefix="shelter-shots-") as tmp:
        services = build_shelter(Path(tmp) / "data")
        rid = add_resident(services)

        manager = services.auth.sign_in("manager", PASSWORD)
        main_window = MainWindow(services, manager, runner)
        main_window.resize(SIZE)
        main_window.show()
        window = main_window.resident_windows.open(rid)
        assert window is not None
        window.resize(SIZE)
        window.move(40, 20)
        settle(app)
        shoot_tabs(app, window, "en")
        window.show_tab("overview")
        scroll = window.tab("overview").findChild(QScrollArea)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        settle(app)
        save(window, "file_overview_bottom_en.png")
        scroll.verticalScrollBar().setValue(0)

        window.show_tab("contacts")
        contacts = window.tab("contacts")
        contacts.select_contact(contacts.contacts()[2].id)
        dialog = contacts.open_edit_dialog()
        dialog.name.clear()
        dialog.phone.setText("097 111 2223 (evenings)")
        dialog.save()
        settle(app)
        save(dialog, "file_contact_dialog_errors_en.png")
        dialog.reject()
        consent = contacts.open_consent_dialog()
        settle(app)
        save(consent, "file_consent_dialog_en.png")
        consent.reject()

        if has_khmer:
            main_window.set_language("km")
            settle(app)
            shoot_tabs(app, window, "km")
            window.show_tab("contacts")
            dialog = contacts.open_add_dialog()
            dialog.save()
            settle(app)
            save(dialog, "file_contact_dialog_errors_km.png")
            dialog.reject()
            install_language("en")
            settle(app)

        main_window.lock()
        settle(app)
        save(main_window, "file_locked_main_window.png")
        print("file windows visible while locked:",
              [w.isVisible() for w in main_window.resident_windows.windows()])
        main_window.idle_watcher.stop()
        main_window.resident_windows.close_all()
        main_window.close()

        counselor = services.auth.sign_in("counselor", PASSWORD)
        main_window = MainWindow(services, counselor, runner)
        main_window.show()
        window = main_window.resident_windows.open(rid)
        assert window is not None
        window.resize(SIZE)
        settle(app)
        save(window, "file_overview_counselor_en.png")
        window.show_tab("counseling")
        settle(app)
        save(window, "file_counseling_counselor_en.png")
        main_window.idle_watcher.stop()
        main_window.resident_windows.close_all()
        main_window.close()
        settle(app)
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
