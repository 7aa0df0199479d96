"""Printing service on the real encrypted database: permissions (denials audited), every print
audited, batch printing of plans due for review with progress and cancel, blank forms."""

from __future__ import annotations

import io
import json
import re
import threading
import unicodedata
from datetime import date, datetime

import pytest
from factories import add_resident
from pypdf import PdfReader
from sqlalchemy import select

from shelter_desktop.domain.errors import PermissionDenied
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.printing import PrintCancelled, PrintInvalid
from shelter_desktop.storage.models import (
    AuditEventRow,
    CarePlanActionRow,
    CarePlanGoalRow,
    CarePlanRow,
    FollowUpVisitRow,
    ReintegrationRow,
)

NOW = datetime(2026, 3, 1, 9, 0)


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def events(shelter, action: str, entity: str | None = None) -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        query = select(AuditEventRow).where(AuditEventRow.action == action)
        if entity is not None:
            query = query.where(AuditEventRow.entity == entity)
        return list(session.scalars(query.order_by(AuditEventRow.id)))


def add_plan(shelter, resident_id: int, review: date, status: str = "active",  # type: ignore[no-untyped-def]
             version: int = 1, goals: int = 2) -> int:
    author = shelter.users[Role.COUNSELOR].id
    with shelter.services.database.session() as session, session.begin():
        plan = CarePlanRow(resident_id=resident_id, version=version, previous_id=None,
                           assessment_id=None, status=status, review_date=review,
                           summary="Synthetic plan", created_by=author, created_at=NOW,
                           updated_at=NOW)
        session.add(plan)
        session.flush()
        for position in range(goals):
            goal = CarePlanGoalRow(care_plan_id=plan.id, position=position, domain_code="",
                                   goal=f"PLAN{plan.id}GOAL{position} Attend literacy class",
                                   responsible_id=author, target_date=date(2026, 6, 1),
                                   status="in_progress")
            session.add(goal)
            session.flush()
            session.add(CarePlanActionRow(goal_id=goal.id, position=0,
                                          action="Weekly review ពិនិត្យ​វឌ្ឍនភាព",
                                          responsible_id=author, target_date=None, done=False))
        return plan.id


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database, case_number="TS-2026-0001")


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.HOUSE_MANAGER])
def test_case_workers_print_a_care_plan_and_it_is_audited(shelter, resident: int, role: Role) -> None:  # type: ignore[no-untyped-def]
    plan_id = add_plan(shelter, resident, date(2026, 9, 1))
    user = shelter.users[role]
    data = shelter.services.printing.care_plan_pdf(user, plan_id, "both")
    assert data.startswith(b"%PDF")
    text = text_of(data)
    assert "TS-2026-0001" in text and "Sok Sreypov" in text and "Test Shelter" in text
    assert f"PLAN{plan_id}GOAL1" in text
    assert user.display_name in text  # the footer names who printed
    printed = events(shelter, "print", "care_plan")
    assert len(printed) == 1
    assert printed[0].entity_id == str(plan_id) and printed[0].actor_id == user.id
    detail = json.loads(printed[0].detail or "{}")
    assert detail["language"] == "both" and detail["count"] == 1
    assert "Sok" not in (printed[0].detail or "")


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_data_officer_and_administrator_are_denied_and_it_is_audited(shelter, resident: int, role: Role) -> None:  # type: ignore[no-untyped-def]
    plan_id = add_plan(shelter, resident, date(2026, 9, 1))
    user = shelter.users[role]
    printing = shelter.services.printing
    calls = [
        lambda: printing.care_plan_pdf(user, plan_id, "en"),
        lambda: printing.care_plans_due_pdf(user, date(2027, 1, 1), "en"),
        lambda: printing.count_due(user, date(2027, 1, 1)),
        lambda: printing.blank_assessment_form(user, "csi", "en"),
        lambda: printing.blank_follow_up_form(user, "en"),
        lambda: printing.blank_follow_up_form(user, "en", resident),
        lambda: printing.care_plan_for_case_number(user, "TS-2026-0001", "en"),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    denied = events(shelter, "denied")
    assert len(denied) == len(calls)
    assert all(json.loads(e.detail or "{}")["permission"] == "print_forms" for e in denied)
    assert {e.entity for e in denied} == {"care_plan", "assessment_form", "follow_up_form"}
    assert events(shelter, "print") == []


def test_batch_prints_plans_due_oldest_first_with_progress(shelter) -> None:  # type: ignore[no-untyped-def]
    database = shelter.services.database
    ids = [add_resident(database, case_number=f"TS-2026-{n:04d}", name_latin=f"Name {n}")
           for n in range(1, 5)]
    late = add_plan(shelter, ids[0], date(2026, 5, 1))
    early = add_plan(shelter, ids[1], date(2026, 4, 1))
    add_plan(shelter, ids[2], date(2026, 12, 1))  # not due yet
    add_plan(shelter, ids[3], date(2026, 3, 1), status="draft")  # drafts are not reviewed
    user = shelter.users[Role.HOUSE_MANAGER]
    assert shelter.services.printing.count_due(user, date(2026, 6, 30)) == 2
    seen: list[float] = []
    data, count = shelter.services.printing.care_plans_due_pdf(
        user, date(2026, 6, 30), "en", lambda fraction, _message: seen.append(fraction)
    )
    assert count == 2
    texts = [unicodedata.normalize("NFKC", p.extract_text())
             for p in PdfReader(io.BytesIO(data)).pages]
    starts = [n for n, t in enumerate(texts) if re.search(r"Page 1 of \d+", t)]
    assert len(starts) == 2
    assert "TS-2026-0002" in texts[starts[0]] and "TS-2026-0001" in texts[starts[1]]
    assert "TS-2026-0003" not in "".join(texts) and "TS-2026-0004" not in "".join(texts)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 3
    printed = events(shelter, "print", "care_plan")
    assert sorted(int(e.entity_id or 0) for e in printed) == sorted([late, early])
    assert all(json.loads(e.detail or "{}")["count"] == 2 for e in printed)


def test_cancel_stops_the_batch_prints_nothing_and_audits_no_print(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    add_plan(shelter, resident, date(2026, 4, 1))
    other = add_resident(shelter.services.database, case_number="TS-2026-0002")
    add_plan(shelter, other, date(2026, 4, 2))
    user = shelter.users[Role.COUNSELOR]
    cancel = threading.Event()

    def progress(fraction: float, _message: str) -> None:
        if fraction > 0:
            cancel.set()  # the user presses Cancel while the second plan is prepared

    with pytest.raises(PrintCancelled) as raised:
        shelter.services.printing.care_plans_due_pdf(user, date(2026, 6, 1), "km", progress,
                                                     cancel)
    assert "Cancelled" in raised.value.message
    already = threading.Event()
    already.set()
    with pytest.raises(PrintCancelled):
        shelter.services.printing.care_plans_due_pdf(user, date(2026, 6, 1), "en", None, already)
    assert events(shelter, "print") == []


def test_nothing_due_and_bad_input_explain_themselves(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    user = shelter.users[Role.COUNSELOR]
    printing = shelter.services.printing
    with pytest.raises(PrintInvalid) as nothing:
        printing.care_plans_due_pdf(user, date(2026, 1, 1), "en")
    assert nothing.value.field == "until" and "01/01/2026" in nothing.value.message
    with pytest.raises(PrintInvalid) as language:
        printing.blank_follow_up_form(user, "fr")
    assert language.value.field == "language"
    with pytest.raises(PrintInvalid) as template:
        printing.blank_assessment_form(user, "no-such-form", "en")
    assert template.value.field == "template"
    with pytest.raises(PrintInvalid) as unknown:
        printing.care_plan_for_case_number(user, "TS-1999-9999", "en")
    assert "TS-1999-9999" in unknown.value.message
    with pytest.raises(PrintInvalid) as no_plan:
        printing.care_plan_for_case_number(user, "TS-2026-0001", "en")
    assert "no care plan" in no_plan.value.message


def test_case_number_prints_the_active_plan_else_the_latest_draft(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    user = shelter.users[Role.COUNSELOR]
    printing = shelter.services.printing
    draft = add_plan(shelter, resident, date(2026, 9, 1), status="draft", version=1)
    printed = printing.care_plan_for_case_number(user, " TS-2026-0001 ", "en")
    assert (printed.plan_id, printed.status) == (draft, "draft")
    active = add_plan(shelter, resident, date(2026, 9, 1), status="active", version=2)
    printed = printing.care_plan_for_case_number(user, "TS-2026-0001", "km")
    assert (printed.plan_id, printed.status, printed.version) == (active, "active", 2)
    assert printed.pdf.startswith(b"%PDF")
    assert [e.entity_id for e in events(shelter, "print", "care_plan")] == [str(draft), str(active)]


def test_blank_forms_are_printed_and_audited(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    user = shelter.users[Role.HOUSE_MANAGER]
    printing = shelter.services.printing
    keys = [key for key, _title in printing.assessment_forms()]
    assert {"csi", "recovery"} <= set(keys)
    blank = printing.blank_assessment_form(user, "csi", "en")
    assert "TS-2026-0001" not in text_of(blank)
    named = printing.blank_assessment_form(user, "recovery", "both", resident)
    assert "TS-2026-0001" in text_of(named)
    forms = events(shelter, "print", "assessment_form")
    assert [e.entity_id for e in forms] == [None, str(resident)]
    assert json.loads(forms[1].detail or "{}")["template"] == "recovery"
    assert json.loads(forms[1].detail or "{}")["language"] == "both"


def test_follow_up_form_prints_the_next_scheduled_visit(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    user = shelter.users[Role.COUNSELOR]
    with shelter.services.database.session() as session, session.begin():
        reintegration = ReintegrationRow(resident_id=resident, status="placed",
                                         created_by=user.id, created_at=NOW, updated_at=NOW)
        session.add(reintegration)
        session.flush()
        for months, due, status in ((1, date(2026, 4, 1), "done"),
                                    (3, date(2026, 6, 1), "scheduled"),
                                    (6, date(2026, 9, 1), "scheduled")):
            session.add(FollowUpVisitRow(reintegration_id=reintegration.id, months_after=months,
                                         due_on=due, status=status))
    data = shelter.services.printing.blank_follow_up_form(user, "en", resident)
    text = text_of(data)
    assert "01/06/2026" in text and "TS-2026-0001" in text and "01/04/2026" not in text
    blank = shelter.services.printing.blank_follow_up_form(user, "km")
    assert page_count(blank) >= 1
    printed = events(shelter, "print", "follow_up_form")
    assert [e.entity_id for e in printed] == [str(resident), None]
    assert [json.loads(e.detail or "{}")["language"] for e in printed] == ["en", "km"]


def test_printing_for_a_resident_who_does_not_exist_says_so(shelter) -> None:  # type: ignore[no-untyped-def]
    from shelter_desktop.domain.errors import NotFound

    user = shelter.users[Role.COUNSELOR]
    with pytest.raises(NotFound):
        shelter.services.printing.blank_follow_up_form(user, "en", 9999)
    with pytest.raises(NotFound):
        shelter.services.printing.care_plan_pdf(user, 9999, "en")
    assert events(shelter, "print") == []
