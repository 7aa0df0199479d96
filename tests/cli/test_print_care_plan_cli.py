"""`shelter-desktop print-care-plan CASE_NUMBER -o FILE.pdf`, in-process through main(argv)."""

from __future__ import annotations

import io
import json
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from factories import add_resident
from pypdf import PdfReader
from sqlalchemy import select

from shelter_desktop import cli
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import AuditEventRow, CarePlanGoalRow, CarePlanRow
from shelter_desktop.storage.paths import DataDir

PASSWORD = "cli-pass-2026"
NOW = datetime(2026, 3, 1, 9, 0)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def open_database(data: Path):  # type: ignore[no-untyped-def]
    access = ShelterAccess(DataDir(data), KeyStore())
    return access, access.open_with_keyring(record_unlock=False)


def add_plan(database, resident_id: int, author: int, status: str, version: int) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session, session.begin():
        plan = CarePlanRow(resident_id=resident_id, version=version, previous_id=None,
                           assessment_id=None, status=status, review_date=date(2026, 9, 1),
                           summary="", created_by=author, created_at=NOW, updated_at=NOW)
        session.add(plan)
        session.flush()
        session.add(CarePlanGoalRow(care_plan_id=plan.id, position=0, domain_code="",
                                    goal=f"VERSION{version}GOAL ការសិក្សា", responsible_id=None,
                                    target_date=None, status="not_started"))
        return plan.id


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str],
         monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database made by `init` (admin 'boss') with counselor 'worker' and resident
    TS-2026-0001, who has a draft care plan."""
    monkeypatch.setenv("SHELTER_PASSWORD", PASSWORD)
    folder = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", str(folder), "init", "--admin", "boss",
                       "--shelter-code", "TS")
    assert code == 0, err
    access, database = open_database(folder)
    services = Services(access, database)
    try:
        boss = services.auth.sign_in("boss", PASSWORD)
        worker = services.staff.add_staff(boss, "worker", "Case Worker", Role.COUNSELOR, PASSWORD)
        resident = add_resident(database, case_number="TS-2026-0001")
        add_plan(database, resident, worker.value.id, "draft", 1)
    finally:
        services.close()
    return folder


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


def print_events(folder: Path) -> list[AuditEventRow]:
    _, database = open_database(folder)
    try:
        with database.session() as session:
            return list(session.scalars(
                select(AuditEventRow).where(AuditEventRow.action == "print")
                .order_by(AuditEventRow.id)
            ))
    finally:
        database.close()


def test_prints_the_draft_saying_so_then_the_active_plan(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.pdf"
    code, out, err = run(capsys, "--data-dir", str(data), "print-care-plan", "TS-2026-0001",
                         "-o", str(target), "--user", "worker", "--language", "en")
    assert (code, err) == (0, ""), err
    assert "no active care plan" in out and "draft" in out and str(target) in out
    text = pdf_text(target)
    assert "VERSION1GOAL" in text and "TS-2026-0001" in text and "Draft" in text
    assert not list(tmp_path.glob(".plan.pdf.*"))  # no temporary file left behind

    _, database = open_database(data)
    with database.session() as session:
        resident_id, author = session.execute(
            select(CarePlanRow.resident_id, CarePlanRow.created_by)
        ).one()
    add_plan(database, resident_id, author, "active", 2)
    database.close()
    code, out, err = run(capsys, "--data-dir", str(data), "print-care-plan", "TS-2026-0001",
                         "-o", str(target), "--user", "worker")
    assert (code, err) == (0, ""), err
    assert "no active care plan" not in out and "version 2" in out
    text = pdf_text(target)
    assert "VERSION2GOAL" in text and "Care plan" in text  # default language: both
    details = [json.loads(e.detail or "{}") for e in print_events(data)]
    assert [d["language"] for d in details] == ["en", "both"]


def test_unknown_case_number_is_one_clear_line_and_exit_1(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.pdf"
    code, out, err = run(capsys, "--data-dir", str(data), "print-care-plan", "TS-1999-0404",
                         "-o", str(target), "--user", "worker")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "TS-1999-0404" in err
    assert "Traceback" not in err and not target.exists()


def test_a_role_without_resident_access_is_refused(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.pdf"
    code, _, err = run(capsys, "--data-dir", str(data), "print-care-plan", "TS-2026-0001",
                       "-o", str(target), "--user", "boss")
    assert code == 1 and "not allowed" in err and len(err.strip().splitlines()) == 1
    assert not target.exists() and print_events(data) == []


def test_wrong_password_missing_folder_and_bad_language(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = run(capsys, "--data-dir", str(data), "print-care-plan", "TS-2026-0001",
                       "-o", str(tmp_path / "absent" / "plan.pdf"), "--user", "worker")
    assert code == 1 and "does not exist" in err
    with pytest.raises(SystemExit) as usage:
        cli.main(["--data-dir", str(data), "print-care-plan", "TS-2026-0001", "-o",
                  str(tmp_path / "p.pdf"), "--user", "worker", "--language", "fr"])
    assert usage.value.code == 2
    capsys.readouterr()
    monkeypatch.setenv("SHELTER_PASSWORD", "wrong-password")
    code, _, err = run(capsys, "--data-dir", str(data), "print-care-plan", "TS-2026-0001",
                       "-o", str(tmp_path / "plan.pdf"), "--user", "worker")
    assert code == 1 and "password" in err and not (tmp_path / "plan.pdf").exists()


def test_an_existing_file_is_replaced_whole(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old contents")
    code, _, err = run(capsys, "--data-dir", str(data), "print-care-plan", "TS-2026-0001",
                       "-o", str(target), "--user", "worker", "--language", "km")
    assert (code, err) == (0, ""), err
    assert target.read_bytes().startswith(b"%PDF")
