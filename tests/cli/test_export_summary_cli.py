"""`shelter-desktop export-summary --year YYYY --format csv|xlsx|pdf -o FILE --user NAME`,
in-process through main(argv), on a real encrypted database made by `init`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from summary_factories import csv_tables, exported_strings, fill, pdf_text, xlsx_sheets

from shelter_desktop import cli
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import AuditEventRow
from shelter_desktop.storage.paths import DataDir

PASSWORD = "cli-pass-2026"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def open_database(data: Path):  # type: ignore[no-untyped-def]
    access = ShelterAccess(DataDir(data), KeyStore())
    return access, access.open_with_keyring(record_unlock=False)


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str],
         monkeypatch: pytest.MonkeyPatch) -> tuple[Path, set[str]]:
    """A database made by `init` (admin 'boss') with data officer 'numbers', counselor 'worker'
    and 120 random residents; returns the folder and the strings that must never leave."""
    monkeypatch.setenv("SHELTER_PASSWORD", PASSWORD)
    folder = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", str(folder), "init", "--admin", "boss",
                       "--shelter-code", "TS")
    assert code == 0, err
    access, database = open_database(folder)
    services = Services(access, database)
    try:
        boss = services.auth.sign_in("boss", PASSWORD)
        services.staff.add_staff(boss, "numbers", "Data Officer", Role.DATA_OFFICER, PASSWORD)
        worker = services.staff.add_staff(boss, "worker", "Case Worker", Role.COUNSELOR, PASSWORD)
        filled = fill(database, worker.value.id, seed=21, residents=120)
    finally:
        services.close()
    return folder, filled.secrets


def summary_events(folder: Path) -> list[AuditEventRow]:
    _, database = open_database(folder)
    try:
        with database.session() as session:
            return list(session.scalars(
                select(AuditEventRow).where(AuditEventRow.action.in_(("export", "denied")))
                .order_by(AuditEventRow.id)))
    finally:
        database.close()


@pytest.mark.parametrize("file_format", ["csv", "xlsx", "pdf"])
def test_export_writes_the_file_audits_it_and_names_no_one(
        data, tmp_path: Path, capsys: pytest.CaptureFixture[str], file_format: str) -> None:  # type: ignore[no-untyped-def]
    folder, secrets = data
    target = tmp_path / f"summary.{file_format}"
    code, out, err = run(capsys, "--data-dir", str(folder), "export-summary", "--year", "2025",
                         "--format", file_format, "-o", str(target), "--user", "numbers",
                         "--k", "4", "--language", "km")
    assert code == 0, err
    assert "2025" in out and str(target) in out
    payload = target.read_bytes()
    strings = exported_strings(file_format, payload)
    assert strings
    for text in strings:
        for secret in secrets:
            assert text.strip() != secret
            if len(secret) >= 6:
                assert secret not in text
    if file_format == "csv":
        assert len(csv_tables(payload)) == 13
    elif file_format == "xlsx":
        assert len(xlsx_sheets(payload)) == 13
    else:
        assert "2025" in pdf_text(payload)
    exports = [e for e in summary_events(folder) if e.action == "export"]
    assert len(exports) == 1
    detail = json.loads(exports[0].detail or "{}")
    assert detail["format"] == file_format and detail["k"] == 4
    assert detail["period"] == "2025-01..2025-12" and detail["language"] == "km"
    assert exports[0].actor_username == "numbers"


def test_counselor_is_refused_exit_1_audited_and_no_file(data, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder, _ = data
    target = tmp_path / "summary.pdf"
    code, out, err = run(capsys, "--data-dir", str(folder), "export-summary", "--year", "2025",
                         "--format", "pdf", "-o", str(target), "--user", "worker")
    assert code == 1
    assert "export_anonymized" in err and "Traceback" not in err
    assert err.count("\n") == 1
    assert not target.exists()
    denied = [e for e in summary_events(folder) if e.action == "denied"]
    assert json.loads(denied[-1].detail or "{}")["permission"] == "export_anonymized"


@pytest.mark.parametrize("argv, expected", [
    (("--year", "2025", "--format", "pdf", "--k", "2"), "from 3 to 100"),
    (("--year", "3000", "--format", "pdf"), "cannot cover the future"),
])
def test_bad_k_or_year_is_one_clear_line_and_exit_1(data, tmp_path: Path, capsys, argv, expected) -> None:  # type: ignore[no-untyped-def]
    folder, _ = data
    target = tmp_path / "summary.pdf"
    code, _, err = run(capsys, "--data-dir", str(folder), "export-summary", *argv, "-o",
                       str(target), "--user", "numbers")
    assert code == 1 and expected in err and err.count("\n") == 1
    assert not target.exists()


def test_missing_folder_wrong_format_and_no_database(data, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder, _ = data
    code, _, err = run(capsys, "--data-dir", str(folder), "export-summary", "--year", "2025",
                       "--format", "csv", "-o", str(tmp_path / "nowhere" / "s.zip"),
                       "--user", "numbers")
    assert code == 1 and "does not exist" in err
    with pytest.raises(SystemExit) as usage:
        cli.main(["--data-dir", str(folder), "export-summary", "--year", "2025", "--format",
                  "docx", "-o", str(tmp_path / "s.docx"), "--user", "numbers"])
    assert usage.value.code == 2
    capsys.readouterr()
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "empty"), "export-summary",
                       "--year", "2025", "--format", "csv", "-o", str(tmp_path / "s.zip"),
                       "--user", "numbers")
    assert code == 2 and err.strip()
