"""Counseling notes on the real encrypted database: drafts, autosave, signing, immutability,
addenda, author-only edits, visibility, risk alerts, draft recovery and validation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from factories import add_resident
from sqlalchemy import select

from shelter_desktop.domain.dto import SignedInUser
from shelter_desktop.domain.errors import PermissionDenied, ValidationError
from shelter_desktop.domain.notes import (
    MAX_TEXT_CHARS,
    DraftIsPrivate,
    NoteDraft,
    NoteIsSigned,
    NoteNotSigned,
    NotNoteAuthor,
    RiskAlert,
    strip_control_characters,
)
from shelter_desktop.domain.residents import NoteType, NoteVisibility
from shelter_desktop.domain.roles import Role
from shelter_desktop.domain.vocabulary import RiskFlag
from shelter_desktop.services.container import Services
from shelter_desktop.services.notes import AUTOSAVE_AUDIT_INTERVAL, NoteService
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import (
    AuditEventRow,
    CounselingNoteRow,
    NoteAddendumRow,
)

TODAY = date.today()
KHMER_EMOJI = (
    "កុមារីនិយាយថា ខ្ញុំចង់ត្រឡប់ទៅផ្ទះវិញ 🙂\n"
    "\tស្ត្រី ក្ស្ម ព្រះ — 👩🏽‍⚕️ family 👨‍👩‍👧 (ZWJ) and a\u200bzero\u200bwidth space"
)
SECRET = "She described the man at the border crossing"


def draft(**changes: object) -> NoteDraft:
    base = NoteDraft(
        session_date=TODAY - timedelta(days=1),
        note_type=NoteType.INDIVIDUAL.value,
        duration_minutes=50,
        presenting_issues=SECRET,
        observations="Calm, made eye contact.",
        interventions="Grounding exercise.",
        plan="Meet again on Friday.",
        risk_flags=(),
        visibility=NoteVisibility.CASE_TEAM.value,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database, admission_date=TODAY - timedelta(days=200))


@pytest.fixture
def counselor(shelter) -> SignedInUser:  # type: ignore[no-untyped-def]
    return shelter.users[Role.COUNSELOR]


@pytest.fixture
def manager(shelter) -> SignedInUser:  # type: ignore[no-untyped-def]
    return shelter.users[Role.HOUSE_MANAGER]


@pytest.fixture
def colleague(shelter) -> SignedInUser:  # type: ignore[no-untyped-def]
    made = shelter.services.staff.add_staff(
        shelter.admin, "counselor2", "Second Counselor", Role.COUNSELOR, "staff-pass-2026"
    )
    return SignedInUser(made.value.id, "counselor2", "Second Counselor", Role.COUNSELOR)


def note_row(shelter, note_id: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        row = session.get(CounselingNoteRow, note_id)
        assert row is not None
        return {c.name: getattr(row, c.name) for c in CounselingNoteRow.__table__.columns}


def audit_events(shelter, **where: object) -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        query = select(AuditEventRow).order_by(AuditEventRow.id)
        for name, value in where.items():
            query = query.where(getattr(AuditEventRow, name) == value)
        return list(session.scalars(query))


def signed_note(shelter, resident: int, author: SignedInUser, **changes: object) -> int:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    note = notes.start_draft(author, resident, draft(**changes))
    notes.sign(author, note.id)
    return note.id


# ---- drafts and autosave ---------------------------------------------------------------------


def test_a_draft_is_started_by_its_author_and_autosaves(shelter, resident, counselor) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    note = notes.start_draft(counselor, resident, draft())
    assert note.is_draft and note.signed_at is None
    assert note.counselor_id == counselor.id and note.counselor_name == counselor.display_name
    assert note.presenting_issues == SECRET

    saved_at = notes.autosave(counselor, note.id, draft(observations="Tired, but talked more."))
    again = notes.read(counselor, note.id)
    assert again.observations == "Tired, but talked more."
    assert again.updated_at == saved_at
    assert [e.action for e in audit_events(shelter, entity="counseling_note")] == [
        "create", "view"
    ]


def test_an_unchanged_autosave_writes_nothing(shelter, resident, counselor) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    note = notes.start_draft(counselor, resident, draft())
    first = notes.autosave(counselor, note.id, draft(plan="Call the family."))
    events = len(audit_events(shelter))
    assert notes.autosave(counselor, note.id, draft(plan="Call the family.")) == first
    assert len(audit_events(shelter)) == events


def test_autosaves_are_audited_at_most_once_per_ten_minutes(shelter, resident, counselor) -> None:  # type: ignore[no-untyped-def]
    now = [datetime(2026, 5, 4, 9, 0)]
    notes = NoteService(shelter.services.database, clock=lambda: now[0])
    note = notes.start_draft(counselor, resident, draft())
    for second in range(1, 200):  # typing for ten minutes, saved every three seconds
        now[0] = datetime(2026, 5, 4, 9, 0) + timedelta(seconds=3 * second)
        notes.autosave(counselor, note.id, draft(observations="x" * second))
    updates = audit_events(shelter, entity="counseling_note", action="update")
    assert updates == []  # creating the draft at 9:00 was audited; the next event is due at 9:10
    now[0] = datetime(2026, 5, 4, 9, 0) + AUTOSAVE_AUDIT_INTERVAL + timedelta(seconds=3)
    notes.autosave(counselor, note.id, draft(observations="done"))
    now[0] += timedelta(seconds=3)
    notes.autosave(counselor, note.id, draft(observations="done, really"))
    updates = audit_events(shelter, entity="counseling_note", action="update")
    assert len(updates) == 1
    assert '"autosaves": 200' in (updates[0].detail or "")


def test_note_text_never_reaches_the_audit_log(shelter, resident, counselor) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    note = notes.start_draft(counselor, resident, draft(risk_flags=(RiskFlag.SELF_HARM.value,)))
    notes.update(counselor, note.id, draft(plan=KHMER_EMOJI))
    notes.sign(counselor, note.id)
    notes.add_addendum(counselor, note.id, "Correction: the meeting is on Saturday.")
    notes.read(counselor, note.id)
    for event in audit_events(shelter):
        text = f"{event.entity} {event.entity_id} {event.detail}"
        for secret in (SECRET, "Saturday", "Grounding", "ស្ត្រី", "self_harm"):
            assert secret not in text


# ---- signing and immutability ----------------------------------------------------------------


def test_a_signed_note_can_never_change(shelter, resident, counselor) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    note = notes.start_draft(counselor, resident, draft())
    signed = notes.sign(counselor, note.id, draft(plan="Final plan."))
    assert not signed.is_draft and signed.signed_at is not None and signed.plan == "Final plan."
    before = note_row(shelter, note.id)

    attempts = {
        "autosave": lambda: notes.autosave(counselor, note.id, draft(plan="changed")),
        "update": lambda: notes.update(counselor, note.id, draft(plan="changed")),
        "sign again": lambda: notes.sign(counselor, note.id),
        "sign with new text": lambda: notes.sign(counselor, note.id, draft(plan="changed")),
        "discard": lambda: notes.discard_draft(counselor, note.id),
    }
    for name, attempt in attempts.items():
        with pytest.raises(NoteIsSigned) as raised:
            attempt()
        assert raised.value.message == (
            "A signed note cannot be changed. Add an addendum instead."
        ), name
    assert note_row(shelter, note.id) == before
    assert [e.action for e in audit_events(shelter, entity="counseling_note")].count("sign") == 1


def test_signing_validates_and_an_empty_note_cannot_be_signed(shelter, resident, counselor) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    empty = NoteDraft(session_date=TODAY)
    note = notes.start_draft(counselor, resident, empty)  # an empty draft may be saved
    with pytest.raises(ValidationError, match="empty"):
        notes.sign(counselor, note.id)
    assert note_row(shelter, note.id)["signed_at"] is None
    with pytest.raises(ValidationError, match="future"):
        notes.sign(counselor, note.id, draft(session_date=TODAY + timedelta(days=1)))
    assert note_row(shelter, note.id)["presenting_issues"] == ""  # the failed sign saved nothing
    with pytest.raises(ValidationError, match="not a risk flag"):
        notes.sign(counselor, note.id, draft(risk_flags=("bad_mood",)))
    assert note_row(shelter, note.id)["signed_at"] is None


# ---- authorship ------------------------------------------------------------------------------


def test_only_the_author_changes_signs_or_discards_a_draft(shelter, resident, counselor, colleague) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    note = notes.start_draft(counselor, resident, draft())
    before = note_row(shelter, note.id)
    for attempt in (
        lambda: notes.autosave(colleague, note.id, draft(plan="not mine")),
        lambda: notes.update(colleague, note.id, draft(plan="not mine")),
        lambda: notes.sign(colleague, note.id),
        lambda: notes.discard_draft(colleague, note.id),
    ):
        with pytest.raises(NotNoteAuthor):
            attempt()
    assert note_row(shelter, note.id) == before
    denials = audit_events(shelter, action="denied", actor_username="counselor2")
    assert len(denials) == 4 and all(d.entity == "counseling_note" for d in denials)


def test_a_draft_is_private_to_its_author(shelter, resident, counselor, colleague, manager) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    note = notes.start_draft(counselor, resident, draft())
    assert [n.id for n in notes.list_notes(counselor, resident)] == [note.id]
    assert notes.list_notes(colleague, resident) == []
    assert notes.list_notes(manager, resident) == []
    with pytest.raises(DraftIsPrivate):
        notes.read(colleague, note.id)
    with pytest.raises(DraftIsPrivate):
        notes.read(manager, note.id)
    notes.sign(counselor, note.id)
    assert [n.id for n in notes.list_notes(colleague, resident)] == [note.id]
    assert notes.read(manager, note.id).plan == "Meet again on Friday."


# ---- visibility ------------------------------------------------------------------------------


def test_a_house_manager_never_lists_or_reads_counselor_only_notes(shelter, resident, counselor, manager) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    team = signed_note(shelter, resident, counselor, visibility=NoteVisibility.CASE_TEAM.value)
    private = signed_note(
        shelter, resident, counselor, visibility=NoteVisibility.COUNSELOR_ONLY.value
    )
    assert {n.id for n in notes.list_notes(counselor, resident)} == {team, private}
    assert [n.id for n in notes.list_notes(manager, resident)] == [team]
    assert notes.count(manager, resident) == 1 and notes.count(counselor, resident) == 2

    with pytest.raises(PermissionDenied):
        notes.read(manager, private)
    denied = audit_events(shelter, action="denied", actor_username="manager")
    assert [(d.entity, d.entity_id) for d in denied] == [("counseling_note", str(private))]
    assert "read_counselor_only_notes" in (denied[0].detail or "")
    assert not audit_events(shelter, action="view", actor_username="manager")
    assert notes.read(manager, team).id == team
    assert audit_events(shelter, action="view", actor_username="manager")[0].entity_id == str(team)


def test_writing_needs_write_notes_and_reading_needs_the_case_team(shelter, resident, counselor) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    note = signed_note(shelter, resident, counselor)
    manager = shelter.users[Role.HOUSE_MANAGER]
    officer = shelter.users[Role.DATA_OFFICER]
    admin = shelter.admin
    with pytest.raises(PermissionDenied):
        notes.start_draft(manager, resident, draft())
    with pytest.raises(PermissionDenied):
        notes.add_addendum(manager, note, "A manager's remark.")
    for outsider in (officer, admin):
        for attempt in (
            lambda who=outsider: notes.list_notes(who, resident),
            lambda who=outsider: notes.read(who, note),
            lambda who=outsider: notes.risk_alerts(who, resident),
            lambda who=outsider: notes.count(who, resident),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
    assert len(audit_events(shelter, action="denied")) == 2 + 2 * 4


# ---- addenda ---------------------------------------------------------------------------------


def test_addenda_are_added_to_signed_notes_only(shelter, resident, counselor, colleague) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    note = notes.start_draft(counselor, resident, draft())
    with pytest.raises(NoteNotSigned):
        notes.add_addendum(counselor, note.id, "Too early.")
    notes.sign(counselor, note.id)
    before = note_row(shelter, note.id)
    notes.add_addendum(counselor, note.id, "Correction: the session lasted 40 minutes.")
    detail = notes.add_addendum(colleague, note.id, KHMER_EMOJI)
    assert [(a.author_name, a.text) for a in detail.addenda] == [
        (counselor.display_name, "Correction: the session lasted 40 minutes."),
        ("Second Counselor", KHMER_EMOJI),
    ]
    assert note_row(shelter, note.id) == before  # the note itself is untouched
    assert notes.list_notes(counselor, resident)[0].addenda == 2
    events = audit_events(shelter, entity="note_addendum", action="create")
    assert len(events) == 2 and all(f'"note_id": {note.id}' in (e.detail or "") for e in events)
    with pytest.raises(ValidationError):
        notes.add_addendum(counselor, note.id, "   \n ")
    with pytest.raises(ValidationError):
        notes.add_addendum(counselor, note.id, "x" * (MAX_TEXT_CHARS + 1))
    with shelter.services.database.session() as session:
        assert len(session.scalars(select(NoteAddendumRow)).all()) == 2


# ---- risk alerts -----------------------------------------------------------------------------


def test_risk_alerts_show_recent_flags_to_the_case_team_without_text(shelter, resident, counselor, manager) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    private = signed_note(
        shelter, resident, counselor,
        visibility=NoteVisibility.COUNSELOR_ONLY.value,
        risk_flags=(RiskFlag.SELF_HARM.value, RiskFlag.ABSCOND.value),
        session_date=TODAY - timedelta(days=3),
    )
    signed_note(
        shelter, resident, counselor,
        risk_flags=(RiskFlag.HEALTH.value,), session_date=TODAY - timedelta(days=91),
    )
    signed_note(shelter, resident, counselor, session_date=TODAY - timedelta(days=2))
    draft_note = notes.start_draft(
        counselor, resident,
        draft(risk_flags=(RiskFlag.DISCLOSURE.value,), session_date=TODAY),
    )
    alerts = notes.risk_alerts(manager, resident)
    assert alerts == [
        RiskAlert(resident, RiskFlag.DISCLOSURE.value, draft_note.id, TODAY, signed=False),
        RiskAlert(resident, RiskFlag.SELF_HARM.value, private, TODAY - timedelta(days=3)),
        RiskAlert(resident, RiskFlag.ABSCOND.value, private, TODAY - timedelta(days=3)),
    ]
    assert notes.risk_alerts(counselor, resident) == alerts
    with pytest.raises(PermissionDenied):  # the flag is visible, the note still is not
        notes.read(manager, private)


# ---- recovery, listing, paging ---------------------------------------------------------------


def test_drafts_are_offered_back_after_the_database_is_reopened(shelter, resident, counselor, colleague, data_dir) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    other = add_resident(
        shelter.services.database, "Chan Dara", "ចាន់ ដារា", "TS-2026-0002",
        admission_date=TODAY - timedelta(days=30),
    )
    first = notes.start_draft(counselor, resident, draft())
    second = notes.start_draft(counselor, other, draft())
    notes.autosave(counselor, first.id, draft(plan=KHMER_EMOJI))
    signed_note(shelter, resident, counselor)
    notes.start_draft(colleague, resident, draft())
    shelter.services.close()

    database = ShelterAccess(data_dir, KeyStore()).open_with_recovery_key(
        shelter.recovery_key, remember=False
    )
    services = Services(ShelterAccess(data_dir, KeyStore()), database)
    try:
        mine = services.notes.my_drafts(counselor)
        assert [d.id for d in mine] == [first.id, second.id]  # last saved first
        assert mine[0].case_number == "TS-2026-0001" and mine[0].is_draft
        assert [d.id for d in services.notes.my_drafts(counselor, other)] == [second.id]
        assert services.notes.read(counselor, first.id).plan == KHMER_EMOJI
        assert services.notes.my_drafts(shelter.users[Role.HOUSE_MANAGER]) == []
    finally:
        services.close()


def test_discarding_a_draft_removes_it(shelter, resident, counselor) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    note = notes.start_draft(counselor, resident, draft())
    notes.discard_draft(counselor, note.id)
    assert notes.my_drafts(counselor) == []
    with shelter.services.database.session() as session:
        assert session.get(CounselingNoteRow, note.id) is None
    event = audit_events(shelter, entity="counseling_notes")[-1]
    assert event.entity_id == str(resident) and f'"discarded_draft": {note.id}' in event.detail


def test_notes_come_in_pages_newest_first(shelter, resident, counselor) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    made = []
    for day in range(120):
        note = notes.start_draft(
            counselor, resident,
            draft(session_date=TODAY - timedelta(days=day % 60), plan=f"plan {day}"),
        )
        made.append((TODAY - timedelta(days=day % 60), note.id))
    expected = [note_id for _, note_id in sorted(made, reverse=True)]
    pages = [notes.list_notes(counselor, resident, offset, 50) for offset in (0, 50, 100)]
    assert [len(p) for p in pages] == [50, 50, 20]
    assert [n.id for page in pages for n in page] == expected
    assert notes.count(counselor, resident) == 120
    assert notes.list_notes(counselor, resident, 120, 50) == []


# ---- validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"session_date": TODAY + timedelta(days=1)}, "in the future"),
        ({"session_date": TODAY - timedelta(days=231)}, "before the resident's admission"),
        ({"duration_minutes": 0}, "between 1 and 600"),
        ({"duration_minutes": 601}, "between 1 and 600"),
        ({"note_type": "chat"}, "type of session"),
        ({"visibility": "everyone"}, "who may read"),
        ({"risk_flags": ("bad_mood",)}, "not a risk flag"),
        ({"observations": "x" * (MAX_TEXT_CHARS + 1)}, "Observations is too long: 50,001"),
        ({"plan": "line\x00nul"}, "control character (U+0000)"),
        ({"interventions": "escape \x1b[31m red"}, "control character (U+001B)"),
        ({"presenting_issues": "old\r\nline ending"}, "control character (U+000D)"),
    ],
)
def test_validation_explains_what_is_wrong(shelter, resident, counselor, changes, words) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    with pytest.raises(ValidationError) as raised:
        notes.start_draft(counselor, resident, draft(**changes))
    assert words in raised.value.message
    good = notes.start_draft(counselor, resident, draft())
    with pytest.raises(ValidationError):
        notes.autosave(counselor, good.id, draft(**changes))
    assert notes.read(counselor, good.id).presenting_issues == SECRET


def test_limits_themselves_are_accepted(shelter, resident, counselor) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    limit = draft(
        session_date=TODAY - timedelta(days=230),  # admission minus 30 days
        duration_minutes=600,
        observations="ក" * MAX_TEXT_CHARS,
        plan="tabs\tand\nnewlines",
    )
    note = notes.start_draft(counselor, resident, limit)
    signed = notes.sign(counselor, note.id)
    assert len(signed.observations) == MAX_TEXT_CHARS and signed.plan == "tabs\tand\nnewlines"


def test_khmer_and_emoji_text_round_trips_exactly(shelter, resident, counselor) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    texts = draft(
        presenting_issues=KHMER_EMOJI,
        observations=KHMER_EMOJI[::-1].replace("\u200d", ""),
        interventions="ព្រះរាជាណាចក្រកម្ពុជា",
        plan="🧕🏾 " * 100,
    )
    note = notes.start_draft(counselor, resident, texts)
    notes.autosave(counselor, note.id, replace(texts, plan="🧕🏾 " * 101))
    stored = notes.sign(counselor, note.id)
    assert stored.draft() == replace(texts, plan="🧕🏾 " * 101)
    assert notes.read(counselor, note.id).presenting_issues.encode() == KHMER_EMOJI.encode()


def test_pasted_text_is_cleaned_of_control_characters() -> None:
    assert strip_control_characters("a\r\nb\rc\x00d\x1be\tf\u200bg🙂") == "a\nb\ncde\tf\u200bg🙂"
