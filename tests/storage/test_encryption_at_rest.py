"""A database written by the app shows no readable text: not in the file, -wal or -shm."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from shelter_desktop.domain.residents import search_key
from shelter_desktop.storage.models import CounselingNoteRow, ResidentRow

# 24 or more printable ASCII bytes in a row, or a run of four Khmer characters in UTF-8
# (E1 9E/9F xx each). A single 3-byte match turns up by chance in random bytes; four in a row don't.
PRINTABLE_RUN = re.compile(rb"[\x20-\x7e]{24,}")
KHMER_RUN = re.compile(rb"(?:\xe1[\x9e\x9f][\x80-\xbf]){4,}")

SECRET_LATIN = "Sreypov Chanthavy lives in Kampong Cham village of Prey Veng"
SECRET_KHMER = "ស្រីពៅ ចន្ធាវី រស់នៅភូមិព្រៃវែង"


def _write_sensitive_records(shelter) -> None:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session, session.begin():
        for i in range(200):
            resident = ResidentRow(
                case_number=f"TS-2026-{i:04d}",
                name_khmer=f"{SECRET_KHMER} {i}",
                name_latin=f"{SECRET_LATIN} {i}",
                name_latin_key=search_key(f"{SECRET_LATIN} {i}"),
                alias=None,
                sex="female",
                date_of_birth=date(2010, 1, 1),
                birth_date_estimated=False,
                nationality="Cambodian",
                province_code="14",
                district_code=None,
                admission_date=date(2026, 1, 2),
                status="active",
                risk_level="high",
                counselor_id=None,
                created_at=datetime(2026, 1, 2),
                updated_at=datetime(2026, 1, 2),
            )
            session.add(resident)
            session.flush()
            session.add(
                CounselingNoteRow(
                    resident_id=resident.id,
                    counselor_id=1,
                    session_date=date(2026, 1, 3),
                    note_type="individual",
                    duration_minutes=50,
                    presenting_issues=SECRET_LATIN * 3,
                    observations=SECRET_KHMER * 3,
                    interventions="",
                    plan="",
                    risk_flags="",
                    visibility="case_team",
                    created_at=datetime(2026, 1, 3),
                )
            )


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p.suffix != ".json"]


def _assert_unreadable(path: Path) -> None:
    data = path.read_bytes()
    run = PRINTABLE_RUN.search(data)
    assert run is None, f"{path.name} holds readable text at byte {run.start()}"
    assert KHMER_RUN.search(data) is None, f"{path.name} holds Khmer text"
    assert SECRET_LATIN[:12].encode() not in data


def test_database_wal_and_shm_hold_no_readable_text(shelter) -> None:  # type: ignore[no-untyped-def]
    _write_sensitive_records(shelter)
    folder = shelter.access.data_dir.root
    # While open, recent pages sit in the -wal file: check it before it is checkpointed.
    with shelter.services.database.session() as session:
        assert session.query(ResidentRow).count() == 200
        files = _files(folder)
        assert any(p.name.endswith("-wal") for p in files)
        for path in files:
            _assert_unreadable(path)
    shelter.close()
    for path in _files(folder):
        _assert_unreadable(path)


def test_settings_file_holds_nothing_about_residents(shelter) -> None:  # type: ignore[no-untyped-def]
    _write_sensitive_records(shelter)
    text = shelter.access.data_dir.settings.read_text(encoding="utf-8")
    assert "Sreypov" not in text and "ស្រី" not in text
    assert set(__import__("json").loads(text)) >= {"database_id", "audit_head_hash"}


def test_the_scan_finds_text_in_an_unencrypted_file(tmp_path: Path) -> None:
    """Control: the same patterns do catch plaintext, so the tests above prove something."""
    import sqlite3

    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (latin TEXT, khmer TEXT)")
        connection.execute("INSERT INTO t VALUES (?, ?)", (SECRET_LATIN, SECRET_KHMER))
    data = path.read_bytes()
    assert PRINTABLE_RUN.search(data) and KHMER_RUN.search(data)
