"""Screenshots of the Education and Vocational tabs for looking at them (English, and Khmer when
resources/translations/shelter_km.qm exists).

Builds a throwaway shelter in a temp folder with one synthetic resident who has several terms
of results and several trainings with milestones and a job placement, then saves PNGs of both
tabs, their dialogs (one showing an inline error) and the charts at their smallest size.

    xvfb-run -a -s "-screen 0 1366x850x24" .venv/bin/python tools/screenshot_progress.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.progress import (
    EnrolmentInput,
    MilestoneInput,
    TermResultInput,
    TrainingInput,
)
from shelter_desktop.domain.residents import search_key
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import NewShelter, ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import ResidentRow
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.education_tab import EducationTab
from shelter_desktop.ui.i18n import install_language, register_fonts
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.progress_chart import EducationChart, VocationalChart
from shelter_desktop.ui.vocational_tab import VocationalTab

OUT = Path(__file__).resolve().parent.parent / "screenshots"
PASSWORD = "demo-pass-2026"
SIZE = QSize(1180, 720)


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
    services.staff.add_staff(admin, "counselor", "Sokha Chea", Role.COUNSELOR, PASSWORD)
    return services


def add_resident(services: Services) -> int:
    now = utc_now()
    today = now.date()
    with services.database.session() as session, session.begin():
        row = ResidentRow(
            case_number=f"MSH-{today.year - 2}-0007",
            name_khmer="ហេង ស្រីពៅ",
            name_latin="Heng Sreypov",
            name_latin_key=search_key("Heng Sreypov"),
            sex="female",
            date_of_birth=date(today.year - 16, 4, 2),
            birth_date_estimated=False,
            nationality="Cambodian",
            admission_date=today - timedelta(days=800),
            status="active",
            risk_level="medium",
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        return row.id


def add_progress(services: Services, resident_id: int) -> None:
    user = services.auth.sign_in("counselor", PASSWORD)
    today = date.today()
    education, vocational = services.education, services.vocational
    literacy = education.add_enrolment(user, resident_id, EnrolmentInput(
        "khmer_literacy", "ថ្នាក់រៀនក្នុងមណ្ឌល (Shelter classroom)", "Level 2",
        today - timedelta(days=760), None, "in_progress",
    )).value
    for n, (score, attendance) in enumerate([(38, 72), (47, 81), (55, 78), (61, 90), (70, 94), (76, 92)]):
        education.add_result(user, literacy.id, TermResultInput(
            f"Term {n % 3 + 1}, {(today - timedelta(days=730 - n * 120)).year}",
            today - timedelta(days=730 - n * 120), score, "", attendance,
        ))
    maths = education.add_enrolment(user, resident_id, EnrolmentInput(
        "maths", "Shelter classroom", "Level 1", today - timedelta(days=700),
        today - timedelta(days=340), "completed", "Numeracy level 1",
    )).value
    for n, score in enumerate([52, 64, 71]):
        education.add_result(user, maths.id, TermResultInput(
            f"Term {n + 1}", today - timedelta(days=650 - n * 120), score, "Passed", 88 + n * 3,
        ))
    education.add_enrolment(user, resident_id, EnrolmentInput(
        "public_school", "Wat Phnom Primary School", "Grade 5", today + timedelta(days=40),
        today + timedelta(days=400), "planned",
    ))

    sewing = vocational.add_training(user, resident_id, TrainingInput(
        "sewing", "Shelter sewing workshop", today - timedelta(days=600),
        today - timedelta(days=200), "completed", "Sewing machine and fabric",
    )).value
    for days, text in [
        (560, "Threads and runs the machine alone"),
        (470, "Sewed a skirt from a pattern"),
        (360, "សេរីបានអាវមួយដោយខ្លួនឯង (sewed a shirt on her own)"),
        (230, "Passed the practical test"),
    ]:
        vocational.add_milestone(user, sewing.id, MilestoneInput(today - timedelta(days=days), text))
    vocational.update_training(user, sewing.id, TrainingInput(
        "sewing", "Shelter sewing workshop", today - timedelta(days=600),
        today - timedelta(days=200), "completed", "Sewing machine and fabric",
        "Tailor shop, Ta Khmau", today - timedelta(days=150), 180,
    ))
    hair = vocational.add_training(user, resident_id, TrainingInput(
        "hairdressing", "Salon training centre", today - timedelta(days=120), None, "in_progress",
    )).value
    vocational.add_milestone(user, hair.id, MilestoneInput(today - timedelta(days=60), "Washes and cuts hair under supervision"))
    vocational.add_training(user, resident_id, TrainingInput(
        "computer_skills", "Youth centre", today - timedelta(days=500), today - timedelta(days=430),
        "dropped",
    ))


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    path = OUT / name
    widget.grab().save(str(path))
    print(f"saved {path}")


def shoot(app: QApplication, services: Services, resident_id: int, suffix: str) -> None:
    user = services.auth.sign_in("counselor", PASSWORD)
    runner = SynchronousOpRunner()
    window = QMainWindow()
    tabs = QTabWidget()
    education = EducationTab(services, user, runner, resident_id)
    vocational = VocationalTab(services, user, runner, resident_id)
    tabs.addTab(education, education.tr("Education"))
    tabs.addTab(vocational, vocational.tr("Vocational"))
    window.setCentralWidget(tabs)
    window.resize(SIZE)
    window.show()
    education.refresh()
    vocational.refresh()
    by_programme = {e.programme: e for e in education.enrolments()}
    education.select_enrolment(by_programme["khmer_literacy"].id)
    settle(app)
    save(window, f"progress_education{suffix}.png")

    education.add_result()
    dialog = education.dialog
    assert dialog is not None
    settle(app)
    save(dialog, f"progress_result_dialog{suffix}.png")
    dialog.term.setText("Term 1")  # type: ignore[attr-defined]
    dialog.submit()  # nothing to record yet: the inline error shows
    settle(app)
    save(dialog, f"progress_result_dialog_error{suffix}.png")
    dialog.reject()

    education.select_enrolment(by_programme["maths"].id)
    settle(app)
    save(window, f"progress_education_maths{suffix}.png")
    education.select_enrolment(by_programme["public_school"].id)
    settle(app)
    save(window, f"progress_education_planned{suffix}.png")

    tabs.setCurrentWidget(vocational)
    settle(app)
    save(window, f"progress_vocational{suffix}.png")
    vocational.record_placement()
    settle(app)
    assert vocational.dialog is not None
    save(vocational.dialog, f"progress_placement_dialog{suffix}.png")
    vocational.dialog.reject()
    vocational.edit_training()
    settle(app)
    assert vocational.dialog is not None
    save(vocational.dialog, f"progress_training_dialog{suffix}.png")
    vocational.dialog.reject()

    # The charts at the smallest size they must stay readable at.
    small = EducationChart()
    small.set_results(by_programme["khmer_literacy"].results, "Khmer literacy")
    small.resize(360, 220)
    small.show()
    settle(app)
    save(small, f"progress_chart_education_small{suffix}.png")
    timeline = VocationalChart()
    timeline.set_trainings(vocational.trainings())
    timeline.resize(360, 220)
    timeline.show()
    settle(app)
    save(timeline, f"progress_chart_vocational_small{suffix}.png")
    empty = EducationChart()
    empty.resize(360, 220)
    empty.show()
    settle(app)
    save(empty, f"progress_chart_empty{suffix}.png")
    for widget in (small, timeline, empty, window):
        widget.close()


def main() -> int:
    OUT.mkdir(exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv)
    register_fonts()
    # The application's look (ui/app.qss), read directly: the main window is not needed here.
    app.setStyleSheet((files("shelter_desktop.forms") / "app.qss").read_text(encoding="utf-8"))
    has_khmer = (files("shelter_desktop.resources") / "translations" / "shelter_km.qm").is_file()
    with tempfile.TemporaryDirectory(prefix="shelter-shots-") as tmp:
        services = build_shelter(Path(tmp) / "data")
        resident_id = add_resident(services)
        add_progress(services, resident_id)
        install_language("en")
        shoot(app, services, resident_id, "")
        if has_khmer:
            install_language("km")
            shoot(app, services, resident_id, "_km")
            install_language("en")
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
