"""GUI fixtures: offscreen QApplication with the bundled fonts, a signed-in window per role,
and residents written straight into the test database (tests may use storage; the UI may not)."""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.dto import SignedInUser
from shelter_desktop.domain.residents import ResidentStatus, search_key
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.storage.models import CounselingNoteRow, ResidentRow
from shelter_desktop.ui.i18n import install_language, register_fonts
from shelter_desktop.ui.main_window import MainWindow
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.text_size import apply_text_size

KHMER_GIVEN = ["សុភា", "ស្រីពៅ", "ចាន់ធី", "សុខា", "ស្រីនាង", "បុប្ផា", "រតនា", "ស្រីលក្ខណ៍"]
LATIN_GIVEN = ["Sophea", "Sreypov", "Chanthy", "Sokha", "Sreyneang", "Bopha", "Rathana", "Sreyleak"]
KHMER_FAMILY = ["សុខ", "ចាន់", "ហេង", "កែវ", "លី", "ម៉ៅ"]
LATIN_FAMILY = ["Sok", "Chan", "Heng", "Keo", "Ly", "Mao"]


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp: QApplication) -> None:
    register_fonts()


@pytest.fixture
def user_settings(tmp_path: Path) -> Iterator[QSettings]:
    """Default QSettings() go to a folder of this test (window layout, text size); the text
    size is back to 100 % afterwards."""
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    yield QSettings()
    apply_text_size(100)
    home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, home)


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: QApplication) -> Iterator[None]:
    """A test that switches language must not leave the next one in Khmer."""
    yield
    install_language("en")
    qapp.processEvents()


@dataclass
class NewResident:
    name_latin: str
    name_khmer: str = "សុភា សុខ"
    status: ResidentStatus = ResidentStatus.ACTIVE
    sex: str = "female"
    date_of_birth: date | None = date(2010, 4, 2)
    admission_date: date = field(default_factory=lambda: date(2025, 3, 1))
    risk_level: str = "medium"
    alias: str | None = None


def add_residents(services: Services, residents: list[NewResident], code: str = "TS") -> list[int]:
    """Insert residents with the storage models; returns their ids in the given order."""
    now = utc_now()
    with services.database.session() as session, session.begin():
        rows = []
        existing = session.scalar(select(func.count(ResidentRow.id))) or 0
        for number, r in enumerate(residents, start=existing + 1):
            row = ResidentRow(
                case_number=f"{code}-{r.admission_date.year}-{number:04d}",
                name_khmer=r.name_khmer,
                name_latin=r.name_latin,
                name_latin_key=search_key(r.name_latin),
                alias=r.alias,
                sex=r.sex,
                date_of_birth=r.date_of_birth,
                birth_date_estimated=False,
                nationality="Cambodian",
                admission_date=r.admission_date,
                status=r.status.value,
                risk_level=r.risk_level,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            rows.append(row)
        session.flush()
        return [row.id for row in rows]


def synthetic_residents(n: int, seed: int = 7) -> list[NewResident]:
    """``n`` residents with varied Khmer and Latin names and admissions, newest last."""
    rng = random.Random(seed)
    start = date(2020, 1, 6)
    people = []
    for i in range(n):
        g, f = rng.randrange(len(LATIN_GIVEN)), rng.randrange(len(LATIN_FAMILY))
        people.append(
            NewResident(
                name_latin=f"{LATIN_GIVEN[g]} {LATIN_FAMILY[f]}",
                name_khmer=f"{KHMER_GIVEN[g]} {KHMER_FAMILY[f]}",
                status=rng.choice(list(ResidentStatus)),
                date_of_birth=date(2004 + rng.randrange(12), 1 + rng.randrange(12), 1 + rng.randrange(28)),
                admission_date=start + timedelta(days=i * 2),
                risk_level=rng.choice(["low", "medium", "high"]),
            )
        )
    return people


def add_unsigned_note(
    services: Services, resident_id: int, counselor: SignedInUser, session_date: date
) -> int:
    now = utc_now()
    with services.database.session() as session, session.begin():
        note = CounselingNoteRow(
            resident_id=resident_id,
            counselor_id=counselor.id,
            session_date=session_date,
            note_type="individual",
            duration_minutes=45,
            visibility="case_team",
            created_at=now,
        )
        session.add(note)
        session.flush()
        return note.id


@dataclass
class SignedIn:
    """A test shelter and a way to open the main window as any of its users."""

    shelter: object
    runner: SynchronousOpRunner
    open: Callable[..., MainWindow]

    @property
    def services(self) -> Services:
        return self.shelter.services  # type: ignore[attr-defined, no-any-return]

    def user(self, role: Role) -> SignedInUser:
        return self.shelter.users[role]  # type: ignore[attr-defined, no-any-return]


@pytest.fixture
def signed_in(shelter, qtbot) -> Iterator[SignedIn]:  # type: ignore[no-untyped-def]
    runner = SynchronousOpRunner()
    windows: list[MainWindow] = []

    def open_window(role: Role = Role.COUNSELOR, **kwargs: object) -> MainWindow:
        window = MainWindow(shelter.services, shelter.users[role], runner, **kwargs)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield SignedIn(shelter, runner, open_window)
    for window in windows:
        window.idle_watcher.stop()
