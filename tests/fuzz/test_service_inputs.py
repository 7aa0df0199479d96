"""Bad input at the service boundary (issue 6, item 5).

Every generated input is either accepted and read back exactly as the domain normalises it,
or refused with a ShelterError whose message is plain words; a refusal changes no row. One
encrypted database serves the whole module (creating one is slow).
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

import keyring
import pytest
from conftest import Shelter, create_shelter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring_backends import MemoryKeyring
from sqlalchemy import func, select

from shelter_desktop.domain.case_file import ConsentInput, ContactInput, ResidentIntake
from shelter_desktop.domain.documents import MAX_DOCUMENT_BYTES
from shelter_desktop.domain.errors import ShelterError
from shelter_desktop.domain.intake import normalise_contact, normalise_intake
from shelter_desktop.domain.notes import NoteDraft
from shelter_desktop.domain.progress import (
    EnrolmentInput,
    TermResultInput,
    TrainingInput,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.residents import ResidentQuery
from shelter_desktop.storage.models import (
    ConsentRow,
    ContactRow,
    CounselingNoteRow,
    DocumentContentRow,
    DocumentRow,
    EducationEnrolmentRow,
    EducationResultRow,
    NoteAddendumRow,
    ResidentRow,
    StaffAccountRow,
    VocationalMilestoneRow,
    VocationalTrainingRow,
)
from shelter_desktop.storage.paths import DataDir

FUZZ = settings(
    derandomize=True,
    # SHELTER_FUZZ_EXAMPLES=500 for a longer hunt; the default keeps the file under 60 s.
    max_examples=int(os.environ.get("SHELTER_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)

TABLES = (
    ResidentRow, ConsentRow, ContactRow, CounselingNoteRow, NoteAddendumRow,
    EducationEnrolmentRow, EducationResultRow, VocationalTrainingRow, VocationalMilestoneRow,
    DocumentRow, DocumentContentRow, StaffAccountRow,
)
NOISE = ("Traceback", "sqlite3", "sqlalchemy", "SQLAlchemy", "IntegrityError", "OperationalError")
TODAY = date.today()
ADMITTED = TODAY - timedelta(days=400)

T = TypeVar("T")

# ---- strategies -------------------------------------------------------------------------

KHMER = st.characters(min_codepoint=0x1780, max_codepoint=0x17FF)
LATIN = st.characters(min_codepoint=0x41, max_codepoint=0x7A)
EMOJI = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
CONTROL = st.sampled_from(
    ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\n", "\r", "\t", "\u200b", "\u200d",
     "\u202e", "\u2066", "\ufeff", "\u00ad", "\u2028"]
)
PUNCT = st.sampled_from(list(" -'.()\"*%_\\:^{}[]<>") + ["NEAR(", " OR ", " AND ", " NOT "])
CHARS = st.one_of(KHMER, LATIN, EMOJI, CONTROL, PUNCT, st.characters())


def texts(max_size: int = 60) -> st.SearchStrategy[str]:
    """Mixed Khmer, Latin, emoji, control characters and syntax; sometimes very long."""
    short = st.lists(CHARS, max_size=max_size).map("".join)
    huge = st.builds(lambda s, n: s * n, st.lists(CHARS, min_size=1, max_size=5).map("".join),
                     st.sampled_from([1_000, 20_001, 100_000]))
    return st.one_of(short, short, short, huge)


ODD_DATES = st.one_of(
    st.sampled_from([date(1, 1, 1), date(9999, 12, 31), TODAY, TODAY + timedelta(days=1),
                     date(1900, 2, 28), date(2000, 2, 29)]),
    st.dates(),
    st.dates(min_value=TODAY - timedelta(days=12_000), max_value=TODAY + timedelta(days=30)),
)
ODD_INTS = st.one_of(
    st.sampled_from([0, -1, 1, 10_000, -(2**63), 2**63, 2**64, 10**30]),
    st.integers(min_value=-(10**6), max_value=10**6),
)
VOCAB_NOISE = st.one_of(texts(20), st.sampled_from(["", " ", "FEMALE", "female ", "null"]))


# ---- helpers ----------------------------------------------------------------------------


def counts(shelter: Shelter) -> dict[str, int]:
    with shelter.services.database.session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in TABLES
        }


def assert_clear(error: ShelterError) -> None:
    message = error.message
    assert isinstance(message, str) and message.strip()
    for noise in NOISE:
        assert noise not in message, message


def attempt(shelter: Shelter, action: Callable[[], T]) -> T | None:
    """Run ``action``: its result, or None after a clear refusal that changed no row. Any other
    exception (a raw ValueError, sqlite error...) escapes and fails the test."""
    before = counts(shelter)
    try:
        return action()
    except ShelterError as error:
        assert_clear(error)
        assert counts(shelter) == before
        return None


def valid_intake(**changes: Any) -> ResidentIntake:
    base = ResidentIntake(
        name_khmer="សុខ ដារា",
        name_latin="Sok Dara",
        sex="female",
        admission_date=ADMITTED,
        date_of_birth=date(ADMITTED.year - 15, 3, 4),
        consents=(ConsentInput("care_and_records", True, "resident", ADMITTED),),
    )
    return replace(base, **changes)


# ---- the module's database --------------------------------------------------------------


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shelter]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    made = create_shelter(DataDir(Path(tmp_path_factory.mktemp("fuzz")) / "shelter-data"))
    try:
        yield made
    finally:
        made.close()
        keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def resident_id(db: Shelter) -> int:
    return db.services.residents.create(db.users[Role.COUNSELOR], valid_intake()).value.id


@pytest.fixture(scope="module")
def enrolment(db: Shelter, resident_id: int) -> int:
    value = EnrolmentInput("maths", "Village school", "3", ADMITTED, None, "in_progress")
    manager = db.users[Role.HOUSE_MANAGER]
    return db.services.education.add_enrolment(manager, resident_id, value).value.id


# ---- residents ----------------------------------------------------------------------------


def _check_round_trip(db: Shelter, intake: ResidentIntake, created_id: int) -> None:
    expected = normalise_intake(intake)
    detail = db.services.residents.detail(db.users[Role.COUNSELOR], created_id)
    assert detail.name_khmer == expected.name_khmer
    assert detail.name_latin == expected.name_latin
    assert detail.alias == expected.alias
    assert detail.sex == expected.sex
    assert detail.admission_date == expected.admission_date
    if expected.date_of_birth is not None:
        assert detail.date_of_birth == expected.date_of_birth
        assert not detail.birth_date_estimated
    else:
        assert detail.date_of_birth == date(expected.birth_year or 0, 1, 1)
        assert detail.birth_date_estimated
    assert detail.nationality == expected.nationality
    assert detail.languages == expected.languages
    assert detail.exploitation_types == expected.exploitation_types
    assert detail.referral_reason == expected.referral_reason
    assert detail.health_notes == expected.health_notes
    assert detail.legal_case_number == expected.legal_case_number
    assert detail.risk_level == expected.risk_level


@FUZZ
@given(name_khmer=texts(), name_latin=texts(), alias=texts(30))
def test_resident_names(db: Shelter, name_khmer: str, name_latin: str, alias: str) -> None:
    intake = valid_intake(name_khmer=name_khmer, name_latin=name_latin, alias=alias)
    created = attempt(db, lambda: db.services.residents.create(db.users[Role.COUNSELOR], intake))
    if created is not None:
        _check_round_trip(db, intake, created.value.id)


@FUZZ
@given(
    admission=ODD_DATES,
    born=st.one_of(st.none(), ODD_DATES),
    birth_year=st.one_of(st.none(), ODD_INTS, st.integers(min_value=-40, max_value=10)),
    consent_on=ODD_DATES,
)
def test_resident_dates(
    db: Shelter, admission: date, born: date | None, birth_year: int | None, consent_on: date
) -> None:
    # Known bug, pinned by test_estimated_birth_year_before_year_one: remove once fixed.
    intake = valid_intake(
        admission_date=admission, date_of_birth=born, birth_year=birth_year,
        consents=(ConsentInput("care_and_records", True, "resident", consent_on),),
    )
    created = attempt(db, lambda: db.services.residents.create(db.users[Role.COUNSELOR], intake))
    if created is not None:
        _check_round_trip(db, intake, created.value.id)


@FUZZ
@given(
    sex=VOCAB_NOISE, nationality=VOCAB_NOISE, risk=VOCAB_NOISE, hiv=VOCAB_NOISE,
    languages=st.lists(VOCAB_NOISE, max_size=3), exploitation=st.lists(VOCAB_NOISE, max_size=3),
    referral_reason=texts(), health_notes=texts(), case_number=texts(80),
)
def test_resident_vocabulary_and_texts(
    db: Shelter, sex: str, nationality: str, risk: str, hiv: str, languages: list[str],
    exploitation: list[str], referral_reason: str, health_notes: str, case_number: str,
) -> None:
    intake = valid_intake(
        sex=sex, nationality=nationality, risk_level=risk, hiv_status=hiv,
        languages=tuple(languages), exploitation_types=tuple(exploitation),
        referral_reason=referral_reason, health_notes=health_notes,
        legal_case_number=case_number,
    )
    created = attempt(db, lambda: db.services.residents.create(db.users[Role.COUNSELOR], intake))
    if created is not None:
        _check_round_trip(db, intake, created.value.id)


@pytest.mark.parametrize("birth_year", [0, -1, -29])
def test_estimated_birth_year_before_year_one(db: Shelter, birth_year: int) -> None:
    """Admitted in year 1 with an estimated birth year in [-29, 0]: once a crash (a raw
    ValueError from date(0, 1, 1)); now refused by the intake rules."""
    intake = valid_intake(admission_date=date(1, 6, 1), date_of_birth=None, birth_year=birth_year,
                          consents=(ConsentInput("care_and_records", True, "resident",
                                                 date(1, 6, 1)),))
    created = attempt(db, lambda: db.services.residents.create(db.users[Role.COUNSELOR], intake))
    if created is not None:
        _check_round_trip(db, intake, created.value.id)


@pytest.mark.parametrize(
    "field", ["referral_reason", "health_notes", "referral_organisation", "mosvy_number"]
)
def test_resident_lone_surrogate_in_text(db: Shelter, field: str) -> None:
    """A lone UTF-16 surrogate (what a broken clipboard can hand over) in a free-text field."""
    intake = valid_intake(**{field: "before \ud800 after"})
    created = attempt(db, lambda: db.services.residents.create(db.users[Role.COUNSELOR], intake))
    if created is not None:
        _check_round_trip(db, intake, created.value.id)


# ---- search -------------------------------------------------------------------------------

SEARCH_SYNTAX = st.sampled_from(
    ['"', '""', "*", "NEAR(", "NEAR(a b", "OR", "AND", "NOT", "-", "-x", "'", "\\", "%", "_",
     "a:b", "^", "(", ")", "{", "}", "[", "]", "សុខ*", "\x00", "\ud800", "😀", "1-2", "TS-2025-"]
)


@FUZZ
@given(text=st.one_of(
    texts(),
    st.lists(SEARCH_SYNTAX, min_size=1, max_size=6).map(" ".join),
    st.lists(SEARCH_SYNTAX, min_size=1, max_size=6).map("".join),
))
def test_resident_search(db: Shelter, resident_id: int, text: str) -> None:
    # Known bug, pinned by test_search_lone_surrogate_with_digit: remove once fixed.
    actor = db.users[Role.COUNSELOR]
    query = ResidentQuery(text=text)
    before = counts(db)
    total = db.services.residents.count(actor, query)
    rows = db.services.residents.page(actor, query, 0, 50)
    assert isinstance(total, int) and total >= 0
    assert len(rows) == min(total, 50)
    assert counts(db) == before


@pytest.mark.parametrize("text", ['"', "NEAR(", "*", "\\", "%", "_", "a" * 100_000,
                                  "Sok OR Dara", "-Sok", "\ud800", "\x00"])
def test_resident_search_examples(db: Shelter, resident_id: int, text: str) -> None:
    actor = db.users[Role.COUNSELOR]
    assert db.services.residents.count(actor, ResidentQuery(text=text)) >= 0
    assert isinstance(db.services.residents.page(actor, ResidentQuery(text=text), 0, 20), list)


@pytest.mark.parametrize("text", ["\ud800 1", "TS-2025-\ud800"])
def test_search_lone_surrogate_with_digit(db: Shelter, resident_id: int, text: str) -> None:
    actor = db.users[Role.COUNSELOR]
    assert db.services.residents.count(actor, ResidentQuery(text=text)) >= 0


# ---- notes --------------------------------------------------------------------------------

NOTE_DRAFTS = st.builds(
    NoteDraft,
    session_date=st.one_of(ODD_DATES, st.just(TODAY)),
    note_type=st.one_of(st.just("individual"), VOCAB_NOISE),
    duration_minutes=st.one_of(st.just(45), ODD_INTS),
    presenting_issues=texts(),
    observations=st.one_of(texts(), st.just("x" * 50_001)),
    interventions=texts(),
    plan=texts(),
    risk_flags=st.one_of(st.just(()), st.lists(VOCAB_NOISE, max_size=2).map(tuple)),
    visibility=st.one_of(st.just("counselor_only"), VOCAB_NOISE),
)


def _note_texts(detail: Any) -> dict[str, str]:
    return {name: getattr(detail, name) for name in
            ("presenting_issues", "observations", "interventions", "plan")}


@FUZZ
@given(first=NOTE_DRAFTS, second=NOTE_DRAFTS)
def test_notes_draft_autosave_sign(
    db: Shelter, resident_id: int, first: NoteDraft, second: NoteDraft
) -> None:
    notes = db.services.notes
    counselor = db.users[Role.COUNSELOR]
    started = attempt(db, lambda: notes.start_draft(counselor, resident_id, first))
    if started is None:
        return
    assert started.draft() == first
    saved = attempt(db, lambda: notes.autosave(counselor, started.id, second))
    signed = attempt(db, lambda: notes.sign(counselor, started.id, second))
    current = notes.read(counselor, started.id)
    if signed is not None:
        assert _note_texts(current) == second.texts()
    elif saved is None:
        assert _note_texts(current) == first.texts()


# ---- contacts, education, vocational -------------------------------------------------------


@FUZZ
@given(
    relation=texts(80), name=texts(), phone=st.one_of(texts(20), st.just("+855 12 345 678")),
    address=texts(), notes=texts(), safety=st.one_of(st.just("none"), VOCAB_NOISE),
)
def test_add_contact(
    db: Shelter, resident_id: int, relation: str, name: str, phone: str, address: str,
    notes: str, safety: str,
) -> None:
    contact = ContactInput(relation, name, phone, address, False, safety, notes)
    added = attempt(db, lambda: db.services.contacts.add_contact(
        db.users[Role.HOUSE_MANAGER], resident_id, contact))
    if added is not None:
        expected = normalise_contact(contact)
        view = added.value
        assert (view.relation, view.name, view.phone, view.address, view.safety_flag,
                view.notes) == (expected.relation, expected.name, expected.phone,
                                expected.address, expected.safety_flag, expected.notes)


@FUZZ
@given(
    programme=st.one_of(st.just("maths"), VOCAB_NOISE), institution=texts(), grade=texts(40),
    start=ODD_DATES, end=st.one_of(st.none(), ODD_DATES),
    status=st.one_of(st.sampled_from(["planned", "in_progress", "completed", "dropped"]),
                     VOCAB_NOISE),
    certificate=texts(),
)
def test_add_enrolment(
    db: Shelter, resident_id: int, programme: str, institution: str, grade: str, start: date,
    end: date | None, status: str, certificate: str,
) -> None:
    value = EnrolmentInput(programme, institution, grade, start, end, status, certificate)
    added = attempt(db, lambda: db.services.education.add_enrolment(
        db.users[Role.HOUSE_MANAGER], resident_id, value))
    if added is not None:
        view = added.value
        assert (view.institution, view.grade, view.certificate) == (
            institution.strip(), grade.strip(), certificate.strip())
        assert (view.start_date, view.end_date) == (start, end)


@FUZZ
@given(
    term=texts(80), recorded_on=ODD_DATES, score=st.one_of(st.none(), ODD_INTS),
    result_text=texts(), attendance=st.one_of(st.none(), ODD_INTS),
)
def test_add_result(
    db: Shelter, enrolment: int, term: str, recorded_on: date, score: int | None,
    result_text: str, attendance: int | None,
) -> None:
    value = TermResultInput(term, recorded_on, score, result_text, attendance)
    added = attempt(db, lambda: db.services.education.add_result(
        db.users[Role.HOUSE_MANAGER], enrolment, value))
    if added is not None:
        view = added.value
        assert (view.term, view.score, view.result_text, view.attendance_percent) == (
            term.strip(), score, result_text.strip(), attendance)


@FUZZ
@given(
    trade=st.one_of(st.just("sewing"), VOCAB_NOISE), provider=texts(),
    start=ODD_DATES, end=st.one_of(st.none(), ODD_DATES),
    status=st.one_of(st.sampled_from(["planned", "in_progress", "completed", "dropped"]),
                     VOCAB_NOISE),
    kit=texts(), employer=texts(), job_start=st.one_of(st.none(), ODD_DATES),
    income=st.one_of(st.none(), ODD_INTS),
)
def test_add_training(
    db: Shelter, resident_id: int, trade: str, provider: str, start: date, end: date | None,
    status: str, kit: str, employer: str, job_start: date | None, income: int | None,
) -> None:
    value = TrainingInput(trade, provider, start, end, status, kit, employer, job_start, income)
    added = attempt(db, lambda: db.services.vocational.add_training(
        db.users[Role.HOUSE_MANAGER], resident_id, value))
    if added is not None:
        view = added.value
        assert (view.provider, view.employer, view.monthly_income_usd) == (
            provider.strip(), employer.strip(), income)


@pytest.mark.parametrize("where", ["institution", "provider", "term"])
def test_progress_lone_surrogate(db: Shelter, resident_id: int, enrolment: int,
                                 where: str) -> None:
    manager = db.users[Role.HOUSE_MANAGER]
    text = "School \ud800"
    if where == "institution":
        value = EnrolmentInput("maths", text, "3", ADMITTED, None, "in_progress")
        attempt(db, lambda: db.services.education.add_enrolment(manager, resident_id, value))
    elif where == "provider":
        training = TrainingInput("sewing", text, ADMITTED, None, "in_progress")
        attempt(db, lambda: db.services.vocational.add_training(manager, resident_id, training))
    else:
        result = TermResultInput(text, TODAY, 50)
        attempt(db, lambda: db.services.education.add_result(manager, enrolment, result))


# ---- documents ----------------------------------------------------------------------------


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


PNG = _png()
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"

CONTENTS = st.one_of(
    st.binary(max_size=300),
    st.sampled_from([b"", PNG, PDF, JPEG]),
    st.builds(lambda data, n: data[: n % max(1, len(data))],
              st.sampled_from([PNG, PDF, JPEG]), st.integers(min_value=0, max_value=400)),
    st.builds(lambda head, tail: head + tail, st.sampled_from([b"%PDF-", b"\xff\xd8\xff",
                                                               b"\x89PNG\r\n\x1a\n"]),
              st.binary(max_size=200)),
)


@FUZZ
@given(
    kind=st.one_of(st.sampled_from(["photo", "other", "court_paper"]), VOCAB_NOISE),
    title=texts(), content=CONTENTS,
)
def test_attach_document(
    db: Shelter, resident_id: int, kind: str, title: str, content: bytes
) -> None:
    counselor = db.users[Role.COUNSELOR]
    added = attempt(db, lambda: db.services.documents.attach(
        counselor, resident_id, kind, title, content))
    if added is not None:
        assert db.services.documents.content(counselor, added.value.id) == content
        assert added.value.size_bytes == len(content)


def test_attach_oversized_document_refused_before_work(db: Shelter, resident_id: int) -> None:
    """Just over the limit, and a valid PDF otherwise: refused on size alone."""
    content = b"%PDF-1.4\n" + bytes(MAX_DOCUMENT_BYTES) + b"\n%%EOF\n"
    assert attempt(db, lambda: db.services.documents.attach(
        db.users[Role.COUNSELOR], resident_id, "other", "Big", content)) is None


# ---- staff --------------------------------------------------------------------------------

USERNAMES = st.one_of(
    st.from_regex(r"[a-z0-9][a-z0-9._-]{1,31}", fullmatch=True),
    texts(40),
    st.sampled_from(["", " ", "ab\n", "\u212aaren", "ស្រី", "a\x00b", "x" * 10_000, "ADMIN"]),
)
PASSWORDS = st.one_of(
    texts(40),
    st.sampled_from(["", "short", "x" * 10_000, "ពាក្យសម្ងាត់ខ្លាំង", "pass\x00word-2026",
                     "😀🙂🙃😉😊😇"]),
)


@FUZZ
@given(username=USERNAMES, display=texts(), password=PASSWORDS,
       role=st.sampled_from(list(Role)))
def test_add_staff(db: Shelter, username: str, display: str, password: str, role: Role) -> None:
    added = attempt(db, lambda: db.services.staff.add_staff(
        db.admin, username, display, role, password))
    if added is not None:
        assert added.value.username == username.strip().lower()
        assert added.value.display_name == " ".join(display.split())


def test_add_staff_password_with_lone_surrogate(db: Shelter) -> None:
    attempt(db, lambda: db.services.staff.add_staff(
        db.admin, "surrogate.pw", "Surrogate Test", Role.COUNSELOR, "pass\ud800word-2026"))


def _surrogate_actions(db: Shelter, resident_id: int) -> dict[str, Callable[[], object]]:
    text = "Dara \ud800"
    counselor, manager = db.users[Role.COUNSELOR], db.users[Role.HOUSE_MANAGER]
    return {
        "contact_address": lambda: db.services.contacts.add_contact(
            manager, resident_id, ContactInput("mother", "Sok Dara", address=text)),
        "contact_name": lambda: db.services.contacts.add_contact(
            manager, resident_id, ContactInput("mother", text)),
        "document_title": lambda: db.services.documents.attach(
            counselor, resident_id, "other", text, PDF),
        "staff_display_name": lambda: db.services.staff.add_staff(
            db.admin, "surrogate.name", text, Role.COUNSELOR, "long-enough-2026"),
        "note_text": lambda: db.services.notes.start_draft(
            counselor, resident_id, NoteDraft(TODAY, observations=text)),
        "search": lambda: db.services.residents.page(counselor, ResidentQuery(text=text), 0, 10),
    }


@pytest.mark.parametrize("where", ["note_text", "search"])
def test_lone_surrogate_refused_or_ignored(db: Shelter, resident_id: int, where: str) -> None:
    attempt(db, _surrogate_actions(db, resident_id)[where])


@pytest.mark.parametrize("where", ["contact_address", "contact_name", "document_title",
                                   "staff_display_name"])
def test_lone_surrogate_elsewhere(db: Shelter, resident_id: int, where: str) -> None:
    attempt(db, _surrogate_actions(db, resident_id)[where])
