"""Screenshots of the main window (Home, Residents, Due work, lock screen) for looking at them.

Builds a throwaway demo-like shelter in a temp folder with ~60 synthetic residents (Khmer and
Latin names), opens the main window as several roles and saves PNGs to screenshots/.

    xvfb-run -a -s "-screen 0 1366x850x24" .venv/bin/python tools/screenshot_main.py
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.residents import ResidentStatus, search_key
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import NewShelter, ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import CounselingNoteRow, ResidentRow
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.i18n import install_language, register_fonts
from shelter_desktop.ui.main_window import MainWindow, load_stylesheet
from shelter_desktop.ui.op_runner import SynchronousOpRunner

OUT = Path(__file__).resolve().parent.parent / "screenshots"
PASSWORD = "demo-pass-2026"
SIZE = QSize(1280, 800)

GIVEN = [
    ("សុភា", "Sophea"), ("ស្រីពៅ", "Sreypov"), ("ចាន់ធី", "Chanthy"), ("សុខា", "Sokha"),
    ("ស្រីនាង", "Sreyneang"), ("បុប្ផា", "Bopha"), ("រតនា", "Rathana"), ("ស្រីលក្ខណ៍", "Sreyleak"),
    ("ធីតា", "Thida"), ("សុគន្ធា", "Sokunthea"), ("ច័ន្ទមុនី", "Chanmony"), ("ស្រីមុំ", "Sreymom"),
]
FAMILY = [
    ("សុខ", "Sok"), ("ចាន់", "Chan"), ("ហេង", "Heng"), ("កែវ", "Keo"), ("លី", "Ly"),
    ("ម៉ៅ", "Mao"), ("ឈឹម", "Chhim"), ("ប្រាក់", "Prak"), ("អ៊ុំ", "Um"), ("ស៊ន", "Son"),
]


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
        ("dataofficer", "Vuthy Ros", Role.DATA_OFFICER),
    ]:
        services.staff.add_staff(admin, username, name, role, PASSWORD)
    return services


def add_residents(services: Services, counselor_id: int, n: int = 60, seed: int = 4) -> None:
    rng = random.Random(seed)
    now = utc_now()
    today = now.date()
    statuses = [ResidentStatus.ACTIVE] * 6 + [
        ResidentStatus.REINTEGRATED, ResidentStatus.TRANSFERRED, ResidentStatus.CLOSED,
        ResidentStatus.ABSCONDED,
    ]
    with services.database.session() as session, session.begin():
        rows = []
        for i in range(n):
            (gk, gl), (fk, fl) = rng.choice(GIVEN), rng.choice(FAMILY)
            admitted = today - timedelta(days=(n - i) * 23 + rng.randrange(10))
            row = ResidentRow(
                case_number=f"MSH-{admitted.year}-{i + 1:04d}",
                name_khmer=f"{fk} {gk}",
                name_latin=f"{fl} {gl}",
                name_latin_key=search_key(f"{fl} {gl}"),
                sex="female",
                date_of_birth=date(today.year - 12 - rng.randrange(8), 1 + rng.randrange(12),
                                   1 + rng.randrange(28)),
                birth_date_estimated=False,
                nationality="Cambodian",
                admission_date=admitted,
                status=rng.choice(statuses).value,
                risk_level=rng.choice(["low", "low", "medium", "high"]),
                counselor_id=counselor_id,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            rows.append(row)
        session.flush()
        for days_ago, row in zip([1, 2, 6, 9], rows[-4:], strict=True):
            session.add(CounselingNoteRow(
                resident_id=row.id, counselor_id=counselor_id,
                session_date=today - timedelta(days=days_ago), note_type="individual",
                duration_minutes=45, visibility="case_team", created_at=now,
            ))


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    path = OUT / name
    widget.grab().save(str(path))
    print(f"saved {path}")


def open_window(services: Services, username: str, runner: SynchronousOpRunner) -> MainWindow:
    user = services.auth.sign_in(username, PASSWORD)
    window = MainWindow(services, user, runner)
    window.resize(SIZE)
    window.show()
    return window


def main() -> int:
    OUT.mkdir(exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv)
    register_fonts()
    app.setStyleSheet(load_stylesheet())
    runner = SynchronousOpRunner()
    has_khmer = (files("shelter_desktop.resources") / "translations" / "shelter_km.qm").is_file()
    with tempfile.TemporaryDirectory(prefix="shelter-shots-") as tmp:
        services = build_shelter(Path(tmp) / "data")
        counselor_id = services.auth.sign_in("counselor", PASSWORD).id
        add_residents(services, counselor_id)

        window = open_window(services, "counselor", runner)
        settle(app)
        save(window, "main_home_counselor.png")
        window.show_page("residents")
        settle(app)
        save(window, "main_residents.png")
        page = window.page("residents")
        page.search_box.setText("srey")
        page.apply_filters()
        settle(app)
        save(window, "main_residents_search.png")
        page.open_resident(0)
        settle(app)
        file_windows = window.resident_windows.windows()
        if file_windows:
            save(file_windows[0], "main_resident_file.png")
            file_windows[0].close()
        window.show_page("due_work")
        settle(app)
        save(window, "main_due_work.png")
        window.lock()
        settle(app)
        save(window, "main_lock.png")
        window.lock_screen.password.setText("wrong password")
        window.lock_screen.try_unlock()
        settle(app)
        save(window, "main_lock_error.png")
        window.lock_screen.password.setText(PASSWORD)
        window.lock_screen.try_unlock()
        if has_khmer:
            window.set_language("km")
            window.show_page("residents")
            page.search_box.clear()
            page.apply_filters()
            settle(app)
            save(window, "main_residents_km.png")
            window.show_page("home")
            settle(app)
            save(window, "main_home_km.png")
            window.lock()
            settle(app)
            save(window, "main_lock_km.png")
            install_language("en")
            settle(app)
        window.idle_watcher.stop()
        window.close()

        for username, name in [("manager", "main_due_work_manager.png")]:
            window = open_window(services, username, runner)
            window.show_page("due_work")
            settle(app)
            save(window, name)
            window.idle_watcher.stop()
            window.close()

        window = open_window(services, "dataofficer", runner)
        settle(app)
        save(window, "main_home_dataofficer.png")
        window.idle_watcher.stop()
        window.close()

        window = open_window(services, "admin", runner)
        settle(app)
        save(window, "main_home_admin.png")
        if window.page("administration") is not None:
            window.show_page("administration")
            settle(app)
            save(window, "main_administration.png")
        window.idle_watcher.stop()
        window.close()
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
