"""Random synthetic shelters for the anonymized-summary tests: residents with names, aliases,
case numbers, villages and free text that must never leave in a summary, plus education,
vocational training, reintegration, follow-up visits and assessments. Written straight through
the storage models; the expected counts are kept beside, computed here independently."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from care_plan_factories import add_assessment

from shelter_desktop.domain.age_bands import band_on
from shelter_desktop.domain.residents import search_key
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.models import (
    CounselingNoteRow,
    EducationEnrolmentRow,
    FollowUpVisitRow,
    ReintegrationRow,
    ResidentRow,
    VocationalTrainingRow,
)

SYLLABLES = ("sok", "dara", "vann", "srey", "pov", "chan", "thida", "mony", "rith", "lina",
             "kanha", "bopha", "nary", "vuthy", "sophea")
KHMER_SYLLABLES = ("សុខ", "ដារា", "វណ្ណ", "ស្រី", "ពៅ", "ចាន់", "ធីតា", "មុន្នី", "រិទ្ធ", "លីណា")
SEXES = ("female", "female", "female", "male", "other")
NATIONALITIES = ("KH", "KH", "KH", "VN", "TH", "LA", "Cambodian")
PROVINCES = ("12", "02", "01", "17", "08", None, "99")
SOURCES = ("police", "anti_trafficking_police", "ngo", "family", "self", None)
EXPLOITATION = ("sexual_exploitation", "forced_labour", "forced_begging", "domestic_servitude",
                "forced_marriage", "rape_sexual_abuse", "other")
PROGRAMMES = ("khmer_literacy", "maths", "english", "public_school", "life_skills")
STATUSES = ("planned", "in_progress", "completed", "dropped")
TRADES = ("sewing", "hairdressing", "cooking", "beauty")
DECISIONS = ("family", "kinship", "foster", "independent_living", "group_home", "other")
DANGEROUS = ("=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)")


@dataclass
class Filled:
    secrets: set[str] = field(default_factory=set)  # strings that must never be exported
    admissions: Counter = field(default_factory=Counter)  # (year, month, sex)
    age_sex: Counter = field(default_factory=Counter)  # (band or "age_unknown", sex) for 2025
    referral: Counter = field(default_factory=Counter)  # 2025 admissions
    exploitation: Counter = field(default_factory=Counter)
    exits: Counter = field(default_factory=Counter)  # (year, month, how she left)


def _name(rng: random.Random, n: int) -> str:
    return f"{rng.choice(SYLLABLES).title()} {rng.choice(SYLLABLES).title()}{n:03d}q"


def fill(database: ShelterDatabase, staff_id: int, seed: int, residents: int,
         years: tuple[int, ...] = (2024, 2025, 2026)) -> Filled:
    rng = random.Random(seed)
    out = Filled()
    now = datetime(2026, 6, 1, 9, 0)
    with database.session() as session, session.begin():
        for n in range(residents):
            year = rng.choice(years)
            admitted = date(year, rng.randint(1, 12 if year < 2026 else 10), rng.randint(1, 28))
            born = None if rng.random() < 0.1 else admitted - timedelta(days=rng.randint(3, 25) * 365 + rng.randint(0, 364))
            sex = rng.choice(SEXES)
            latin = _name(rng, n)
            khmer = f"{rng.choice(KHMER_SYLLABLES)} {rng.choice(KHMER_SYLLABLES)}{n}"
            alias = rng.choice(DANGEROUS) + f" {n}" if rng.random() < 0.2 else f"Nick{n}zz"
            case = f"TS-{year}-{n + 1:04d}"
            village = f"{rng.randint(10, 25)}{rng.randint(10, 99)}{rng.randint(10, 99)}{rng.randint(10, 99)}"
            province = rng.choice(PROVINCES)
            source = rng.choice(SOURCES)
            types = sorted(set(rng.sample(EXPLOITATION, rng.randint(0, 3))))
            reason = f"Referral story {latin} in village {village}"
            row = ResidentRow(
                case_number=case, name_khmer=khmer, name_latin=latin,
                name_latin_key=search_key(latin), alias=alias, alias_key=search_key(alias),
                sex=sex, date_of_birth=born, birth_date_estimated=False,
                nationality=rng.choice(NATIONALITIES), province_code=province,
                district_code=None, commune_code=None, village_code=village,
                admission_date=admitted, status="active", risk_level="medium",
                counselor_id=None, created_at=now, updated_at=now,
                referral_source=source, referral_organisation=f"Org of {latin}",
                referral_reason=reason, exploitation_types=",".join(types),
                health_notes=f"Health note {khmer}", mosvy_number=f"MOSVY{n:05d}x",
            )
            session.add(row)
            session.flush()
            out.secrets |= {latin, khmer, alias, case, village, reason, row.referral_organisation,
                            row.health_notes, row.mosvy_number}
            out.admissions[(year, admitted.month, sex)] += 1
            if year == 2025:
                band = band_on(born, admitted) if born else None
                out.age_sex[(band.value if band else "age_unknown", sex)] += 1
                out.referral[source or "not_recorded"] += 1
                for t in types:
                    out.exploitation[t] += 1
                if not types:
                    out.exploitation["not_recorded"] += 1
            note = f"Counseling note about {latin}: {rng.choice(DANGEROUS)}"
            session.add(CounselingNoteRow(
                resident_id=row.id, counselor_id=staff_id, session_date=admitted,
                note_type="individual", duration_minutes=30, presenting_issues=note,
                observations="", interventions="", plan="", risk_flags="",
                visibility="case_team", signed_at=now, created_at=now,
            ))
            out.secrets.add(note)
            for _ in range(rng.randint(0, 2)):
                start = admitted + timedelta(days=rng.randint(0, 200))
                institution = f"School of {latin}"
                session.add(EducationEnrolmentRow(
                    resident_id=row.id, programme=rng.choice(PROGRAMMES),
                    institution=institution, grade="", start_date=start,
                    end_date=start + timedelta(days=rng.randint(30, 300)),
                    status=rng.choice(STATUSES), certificate="",
                ))
                out.secrets.add(institution)
            if rng.random() < 0.5:
                start = admitted + timedelta(days=rng.randint(0, 200))
                employer = f"Employer {latin}"
                session.add(VocationalTrainingRow(
                    resident_id=row.id, trade=rng.choice(TRADES), provider=f"Provider {khmer}",
                    start_date=start, end_date=None, status=rng.choice(STATUSES),
                    startup_kit="", employer=employer,
                    job_start_date=start + timedelta(days=90) if rng.random() < 0.5 else None,
                ))
                out.secrets.add(employer)
            reintegration = None
            if rng.random() < 0.4:
                placed = admitted + timedelta(days=rng.randint(30, 300))
                place = f"Home of {latin}"
                reintegration = ReintegrationRow(
                    resident_id=row.id, status=rng.choice(("preparing", "placed", "closed")),
                    decision=rng.choice(DECISIONS), decided_on=placed - timedelta(days=10),
                    decision_reason=f"Because {latin}", placement_date=placed,
                    placement_place=place, placement_province_code=province,
                    follow_up_months="1,3", closed_on=None, closure_reason=None,
                    closure_note="", created_by=staff_id, created_at=now, updated_at=now,
                )
                session.add(reintegration)
                session.flush()
                out.secrets |= {place, reintegration.decision_reason}
                for months in (1, 3):
                    findings = f"Visit findings for {latin} {months}"
                    session.add(FollowUpVisitRow(
                        reintegration_id=reintegration.id, months_after=months,
                        due_on=placed + timedelta(days=30 * months),
                        status=rng.choice(("done", "missed", "cancelled", "scheduled")),
                        visited_on=None, visit_type="home", visitor_id=staff_id,
                        risk_level=rng.choice(("low", "medium", "high", None)),
                        findings=findings, risks="", next_steps="",
                    ))
                    out.secrets.add(findings)
            _leave(rng, row, reintegration, out)
    return out


def _leave(rng: random.Random, row: ResidentRow, reintegration: ReintegrationRow | None,
           out: Filled) -> None:
    """Her status and exit date, as the services would have written them: placed → left on
    the placement date; a closed reintegration → case closed, left on the placement; else
    still in the shelter, transferred, left without notice or closed on some later day, and a
    few old exits with no recorded day (never counted)."""
    status, left, reason = "active", None, None
    if reintegration is not None and reintegration.status in ("placed", "closed"):
        left = reintegration.placement_date
        assert left is not None
        status = "reintegrated" if reintegration.status == "placed" else "closed"
        reason = "reintegrated"
        if status == "closed":
            reintegration.closed_on = left + timedelta(days=rng.randint(0, 400))
            reintegration.closure_reason = "goals_met"
    elif reintegration is None:
        roll = rng.random()
        status = ("transferred" if roll < 0.15 else "absconded" if roll < 0.27
                  else "closed" if roll < 0.35 else "reintegrated" if roll < 0.38 else "active")
        if status != "active" and rng.random() < 0.9:
            left = row.admission_date + timedelta(days=rng.randint(0, 500))
            reason = status
    row.status, row.exit_date = status, left
    if left is not None and reason is not None:
        out.exits[(left.year, left.month, reason)] += 1


def add_assessments(database: ShelterDatabase, staff_id: int, resident_ids: list[int],
                    seed: int) -> dict[str, list[float]]:
    """Two assessments per resident (first 2024, latest 2025); returns the changes per domain."""
    rng = random.Random(seed)
    changes: dict[str, list[float]] = defaultdict(list)
    for resident_id in resident_ids:
        first = {"RM": rng.randint(1, 4), "PH": rng.randint(1, 4)}
        latest = {"RM": rng.randint(1, 4), "PH": rng.randint(1, 4)}
        add_assessment(database, resident_id, staff_id, first, date(2024, 5, 1))
        add_assessment(database, resident_id, staff_id, latest, date(2025, 5, 1))
        for code in first:
            changes[code].append(latest[code] - first[code])
    return changes


def csv_tables(data: bytes) -> dict[str, list[list[str]]]:
    """Every CSV file of an exported zip, parsed."""
    import csv
    import io
    import zipfile

    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            raw = archive.read(name)
            assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, for Excel"
            out[name] = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    return out


def xlsx_sheets(data: bytes) -> dict[str, list[list[object]]]:
    import io

    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in book.worksheets}


def pdf_text(data: bytes) -> str:
    import io
    import unicodedata

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


def exported_strings(file_format: str, data: bytes) -> list[str]:
    if file_format == "csv":
        return [cell for rows in csv_tables(data).values() for row in rows for cell in row]
    if file_format == "xlsx":
        return [str(cell) for rows in xlsx_sheets(data).values() for row in rows
                for cell in row if cell is not None]
    return pdf_text(data).split("\n")
