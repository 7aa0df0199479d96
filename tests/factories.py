"""Synthetic records written straight through the storage models, for tests only."""

from __future__ import annotations

from datetime import date, datetime

from shelter_desktop.domain.residents import NoteVisibility, search_key
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.models import CounselingNoteRow, ResidentRow


def add_resident(
    database: ShelterDatabase,
    name_latin: str = "Sok Sreypov",
    name_khmer: str = "សុខ ស្រីពៅ",
    case_number: str = "TS-2026-0001",
    status: str = "active",
    admission_date: date = date(2026, 3, 1),
) -> int:
    now = datetime(2026, 3, 1, 9, 0)
    with database.session() as session, session.begin():
        row = ResidentRow(
            case_number=case_number,
            name_khmer=name_khmer,
            name_latin=name_latin,
            name_latin_key=search_key(name_latin),
            alias=None,
            sex="female",
            date_of_birth=date(2011, 5, 17),
            birth_date_estimated=False,
            nationality="Cambodian",
            province_code="12",
            district_code=None,
            admission_date=admission_date,
            status=status,
            risk_level="medium",
            counselor_id=None,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        return row.id


def add_note(
    database: ShelterDatabase,
    resident_id: int,
    counselor_id: int,
    visibility: NoteVisibility,
    text: str = "Talked about school and sleep.",
    signed: bool = True,
) -> int:
    with database.session() as session, session.begin():
        row = CounselingNoteRow(
            resident_id=resident_id,
            counselor_id=counselor_id,
            session_date=date(2026, 3, 2),
            note_type="individual",
            duration_minutes=45,
            presenting_issues=text,
            observations="",
            interventions="",
            plan="",
            risk_flags="",
            visibility=visibility.value,
            signed_at=datetime(2026, 3, 2, 12, 0) if signed else None,
            created_at=datetime(2026, 3, 2, 11, 0),
        )
        session.add(row)
        session.flush()
        return row.id
