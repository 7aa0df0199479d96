"""The demo database: synthetic residents and notes, bulk-inserted into a real encrypted file."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.residents import (
    NoteType,
    NoteVisibility,
    ResidentStatus,
    search_key,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.domain.synthetic import (
    FAMILY_NAMES,
    GIVEN_NAMES,
    UNSIGNED_WINDOW_DAYS,
    active_target,
    five_years_before,
    generate_residents,
)
from shelter_desktop.services.audit_log import AuditLogService
from shelter_desktop.services.demo import create_demo
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import (
    AuditEventRow,
    CounselingNoteRow,
    ResidentRow,
    StaffAccountRow,
)
from shelter_desktop.storage.paths import DataDir

PASSWORD = "demo-pass-2026"
KHMER = re.compile(r"[\u1780-\u17FF]")
CASE_NUMBER = re.compile(r"^PP-(\d{4})-(\d{4})$")


@pytest.fixture
def demo(tmp_path: Path) -> tuple[ShelterAccess, ShelterDatabase]:
    access = ShelterAccess(DataDir(tmp_path / "demo"), KeyStore())
    database, created = create_demo(access, 120, seed=3, password=PASSWORD)
    assert created.recovery_key
    yield access, database
    database.close()


def test_counts_and_staff(demo: tuple[ShelterAccess, ShelterDatabase]) -> None:
    _, database = demo
    with database.session() as s:
        residents = s.scalar(select(func.count()).select_from(ResidentRow))
        notes = s.scalar(select(func.count()).select_from(CounselingNoteRow))
        without_notes = s.scalar(
            select(func.count()).select_from(ResidentRow).where(
                ~select(CounselingNoteRow.id)
                .where(CounselingNoteRow.resident_id == ResidentRow.id)
                .exists()
            )
        )
        staff = {row.username: row for row in s.scalars(select(StaffAccountRow))}
        statuses = Counter(s.scalars(select(ResidentRow.status)))
    assert residents == 120
    assert 2 * 120 <= notes <= 8 * 120
    assert without_notes == 0
    assert {name: Role(row.role) for name, row in staff.items()} == {
        "admin": Role.ADMINISTRATOR,
        "manager": Role.HOUSE_MANAGER,
        "counselor": Role.COUNSELOR,
        "counselor2": Role.COUNSELOR,
        "counselor3": Role.COUNSELOR,
        "dataofficer": Role.DATA_OFFICER,
    }
    assert not any(row.must_change_password for row in staff.values())
    assert statuses[ResidentStatus.ACTIVE.value] == active_target(120) == 50
    assert set(statuses) <= {s.value for s in ResidentStatus}
    assert len(statuses) >= 3  # former residents left in different ways


def test_names_are_khmer_with_their_romanization(
    demo: tuple[ShelterAccess, ShelterDatabase],
) -> None:
    _, database = demo
    with database.session() as s:
        rows = s.execute(
            select(ResidentRow.name_khmer, ResidentRow.name_latin, ResidentRow.name_latin_key)
        ).all()
    latin_by_khmer = {k: latin for k, latin in FAMILY_NAMES} | {k: latin for k, latin, _ in
                                                                 GIVEN_NAMES}
    for khmer, latin, key in rows:
        assert KHMER.search(khmer)
        assert latin.isascii()
        assert key == search_key(latin)
        family, given = khmer.split(" ")
        assert latin == f"{latin_by_khmer[family]} {latin_by_khmer[given]}"
    assert len({latin for _, latin, _ in rows}) > 60  # varied, not a handful of names


def test_dates_and_case_numbers(demo: tuple[ShelterAccess, ShelterDatabase]) -> None:
    _, database = demo
    today = utc_now().date()
    with database.session() as s:
        rows = s.execute(
            select(ResidentRow.case_number, ResidentRow.admission_date,
                   ResidentRow.date_of_birth).order_by(ResidentRow.id)
        ).all()
        note_dates = s.execute(
            select(CounselingNoteRow.session_date, CounselingNoteRow.signed_at,
                   ResidentRow.admission_date)
            .join(ResidentRow, ResidentRow.id == CounselingNoteRow.resident_id)
        ).all()
    sequences: dict[int, int] = {}
    for case_number, admitted, born in rows:
        assert five_years_before(today) <= admitted <= today
        age = (admitted - born).days / 365.25
        assert 5.5 < age < 25.5
        match = CASE_NUMBER.match(case_number)
        assert match, case_number
        year, sequence = int(match[1]), int(match[2])
        assert year == admitted.year
        sequences[year] = sequences.get(year, 0) + 1
        assert sequence == sequences[year]  # numbered per admission year, in admission order
    for session_date, signed_at, admitted in note_dates:
        assert admitted <= session_date <= today
        if signed_at is None:
            assert (today - session_date).days < UNSIGNED_WINDOW_DAYS
    assert any(signed is None for _, signed, _ in note_dates)  # some recent notes await signing
    assert sum(signed is not None for _, signed, _ in note_dates) > len(note_dates) / 2


def test_notes_vary_in_type_visibility_and_language(
    demo: tuple[ShelterAccess, ShelterDatabase],
) -> None:
    _, database = demo
    with database.session() as s:
        notes = s.execute(
            select(CounselingNoteRow.note_type, CounselingNoteRow.visibility,
                   CounselingNoteRow.presenting_issues, CounselingNoteRow.plan)
        ).all()
    assert {n.note_type for n in notes} == {t.value for t in NoteType}
    assert {n.visibility for n in notes} == {v.value for v in NoteVisibility}
    assert any(KHMER.search(n.presenting_issues) for n in notes)
    assert all(n.presenting_issues and n.plan for n in notes)


def test_the_fill_is_one_audit_event_and_the_chain_holds(
    demo: tuple[ShelterAccess, ShelterDatabase],
) -> None:
    access, database = demo
    with database.session() as s:
        fills = s.scalars(
            select(AuditEventRow).where(AuditEventRow.entity == "demo_data")
        ).all()
        events = s.scalar(select(func.count()).select_from(AuditEventRow))
    assert len(fills) == 1 and fills[0].action == "create"
    assert '"residents": 120' in (fills[0].detail or "")
    assert events < 20  # no event per resident or note
    report = AuditLogService(database).verify(None, access.outside_head())
    assert report.ok, report.problems


def test_progress_is_reported_up_to_done(tmp_path: Path) -> None:
    seen: list[float] = []
    access = ShelterAccess(DataDir(tmp_path / "d"), KeyStore())
    database, _ = create_demo(access, 10, 1, PASSWORD, lambda f, _m: seen.append(f))
    database.close()
    assert seen == sorted(seen)
    assert seen[0] == 0.0 and seen[-1] == 1.0


def test_an_interrupted_fill_leaves_no_half_database(tmp_path: Path) -> None:
    access = ShelterAccess(DataDir(tmp_path / "d"), KeyStore())

    def interrupt(fraction: float, _message: str) -> None:
        if 0.1 < fraction < 1.0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        create_demo(access, 50, 1, PASSWORD, interrupt)
    assert not access.has_database()
    database, _ = create_demo(access, 5, 1, PASSWORD)  # and it can simply be run again
    database.close()


def test_generator_is_reproducible() -> None:
    now = datetime(2026, 3, 1, 12, 0)
    first = list(generate_residents(40, 11, now))
    assert first == list(generate_residents(40, 11, now))
    assert first != list(generate_residents(40, 12, now))
    assert [r.admission_date for r in first] == sorted(r.admission_date for r in first)
    assert all(r.admission_date <= now.date() for r in first)
    assert all(n.created_at <= now and (n.signed_at is None or n.signed_at <= now)
               for r in first for n in r.notes)
    assert all(r.admission_date >= now.date() - timedelta(days=5 * 366) for r in first)


def test_name_lists_are_large_and_consistent() -> None:
    assert len(FAMILY_NAMES) >= 40
    assert len(GIVEN_NAMES) >= 80
    for khmer, latin in FAMILY_NAMES:
        assert all(KHMER.match(ch) for ch in khmer) and latin.isascii() and latin.istitle()
    for khmer, latin, sex in GIVEN_NAMES:
        assert all(KHMER.match(ch) for ch in khmer) and latin.isascii()
        assert sex in ("female", "male", None)
    assert sum(sex == "male" for *_, sex in GIVEN_NAMES) < len(GIVEN_NAMES) / 2
