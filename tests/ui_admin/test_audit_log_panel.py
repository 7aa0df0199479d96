"""Audit log tab: listing, filters, paging and the hash chain check, on a real database."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from factories import add_resident
from PySide6.QtCore import QDate, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from shelter_desktop.domain.errors import PermissionDenied
from shelter_desktop.domain.residents import ResidentStatus
from shelter_desktop.domain.roles import Role
from shelter_desktop.storage import immutability
from shelter_desktop.storage.models import AuditEventRow
from shelter_desktop.ui.admin_page import AdministrationPage
from shelter_desktop.ui.audit_log_panel import (
    PAGE_SIZE,
    AuditLogPanel,
    detail_text,
    record_label,
)

from ..conftest import STAFF_PASSWORD

TIME, USER, ACTION, RECORD, RECORD_ID, DETAILS = range(6)


def audit_panel(page: AdministrationPage) -> AuditLogPanel:
    page.show_tab(page.audit_panel)  # switching to the tab loads it
    return page.audit_panel


def column(panel: AuditLogPanel, col: int) -> list[str]:
    return [panel.table.item(row, col).text() for row in range(panel.table.rowCount())]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_shows_the_events_newest_first(shelter, make_page) -> None:
    panel = audit_panel(make_page(shelter.admin))
    total = panel.total()
    assert total == shelter.services.database.audit_event_count()
    assert panel.table.rowCount() == total
    ids = [e.id for e in panel.events()]
    assert ids == sorted(ids, reverse=True)
    actions = column(panel, ACTION)
    assert actions[-1] == "Setup"  # the oldest event: the database was created
    assert actions.count("Create") == 3  # the three staff accounts of the fixture
    assert "Sign-in" in actions
    row = actions.index("Create")
    assert panel.table.item(row, USER).text() == "admin"
    assert panel.table.item(row, RECORD).text() == "Staff account"
    assert panel.table.item(row, DETAILS).text().startswith("Role: ")
    assert panel.page_label.text() == f"Events 1–{total} of {total}"


def test_filters_by_action_user_and_date(shelter, make_page) -> None:
    shelter.services.auth.sign_in("counselor", STAFF_PASSWORD)
    panel = audit_panel(make_page(shelter.admin))
    everything = panel.total()

    panel.set_action("create")
    panel.apply_filters()
    assert panel.total() == 3
    assert set(column(panel, ACTION)) == {"Create"}
    assert panel.page_label.text() == "Events 1–3 of 3"

    panel.set_action("login")
    panel.username.setText("Counselor")
    panel.apply_filters()
    assert panel.total() == 1
    assert column(panel, USER) == ["counselor"]

    panel.set_action(None)
    panel.username.clear()
    panel.until_unlimited.setChecked(False)
    assert panel.until.isEnabled()
    panel.until.setDate(qdate(date.today() - timedelta(days=2)))
    panel.apply_filters()
    assert panel.total() == 0 and panel.table.rowCount() == 0
    assert panel.page_label.text() == "No events match these filters."

    panel.clear_filters()
    panel.since_unlimited.setChecked(False)
    panel.since.setDate(qdate(date.today() - timedelta(days=1)))
    panel.apply_filters()
    assert panel.total() == everything

    panel.until_unlimited.setChecked(False)
    panel.until.setDate(qdate(date.today() - timedelta(days=3)))
    panel.apply_filters()  # from after to: refused with a message, the list is kept
    assert "after the 'to' date" in panel.page_label.text()


def test_pages_through_many_events(shelter, make_page) -> None:
    counselor = shelter.users[Role.COUNSELOR]
    for _ in range(PAGE_SIZE + 5):
        with pytest.raises(PermissionDenied):
            shelter.services.staff.list_staff(counselor)
    panel = audit_panel(make_page(shelter.admin))
    total = panel.total()
    assert total > PAGE_SIZE
    assert panel.table.rowCount() == PAGE_SIZE
    assert panel.page_label.text() == f"Events 1–{PAGE_SIZE} of {total}"
    assert not panel.newer_button.isEnabled() and panel.older_button.isEnabled()

    newest_first = panel.events()[0].id
    panel.older_button.click()
    assert panel.page_label.text() == f"Events {PAGE_SIZE + 1}–{total} of {total}"
    assert panel.table.rowCount() == total - PAGE_SIZE
    assert panel.newer_button.isEnabled() and not panel.older_button.isEnabled()
    assert panel.events()[0].id == newest_first - PAGE_SIZE

    panel.newer_button.click()
    assert panel.events()[0].id == newest_first


def test_verify_reports_intact_then_a_tampered_row(shelter, make_page) -> None:
    panel = audit_panel(make_page(shelter.admin))
    panel.verify_button.click()
    report = panel.report()
    assert report is not None and report.ok
    count = shelter.services.database.audit_event_count()
    assert f"The audit log is intact: {count} events checked." in panel.result_text()
    assert panel.verify_result.isVisibleTo(panel)

    with shelter.services.database.session() as session:
        # Someone with the key first removes the append-only triggers, then edits history.
        immutability.uninstall(session.connection())
        target = session.scalar(
            select(AuditEventRow.id).where(AuditEventRow.action == "create").limit(1)
        )
        session.execute(
            update(AuditEventRow)
            .where(AuditEventRow.id == target)
            .values(detail='{"role": "administrator"}')
        )
        session.commit()

    panel.verify_button.click()
    report = panel.report()
    assert report is not None and not report.ok
    text = panel.result_text()
    assert "has been changed or damaged" in text
    assert f"Event {target} was changed after it was written." in text
    assert "Restore the most recent backup" in text
    assert "organisation's management" in text
    assert "intact" not in text


def test_verify_by_non_admin_is_refused(shelter, make_page, shown_errors) -> None:
    page = make_page(shelter.users[Role.DATA_OFFICER])
    page.audit_panel.verify_chain()
    assert page.audit_panel.report() is None
    assert len(shown_errors) == 1 and "not allowed" in shown_errors[0]
    assert page.audit_panel.verify_button.isEnabled()


# -- record types and details in words --------------------------------------------------------

def test_record_types_read_as_words() -> None:
    assert record_label("documents") == "Documents"
    assert record_label("contacts") == "Contacts"
    assert record_label("care_plan") == "Care plan"
    assert record_label("vocational") == "Vocational training"
    assert record_label("reintegration") == "Reintegration"
    assert record_label("consents") == "Consents"
    assert record_label("summary") == "Anonymized summary"
    assert record_label("something_new") == "something new"  # unknown: as stored, readable
    assert record_label(None) == "" and record_label("") == ""


def test_details_read_as_words() -> None:
    assert detail_text('{"count": 1}') == "Number: 1"
    assert detail_text('{"health": true, "safety_alerts": 2}') == (
        "Health information included: Yes · Safety alerts: 2"
    )
    assert detail_text('{"active": false}') == "Active: No"
    # Without the record type a status stays as stored: "active" is a resident's and a plan's.
    assert detail_text('{"fields": ["date_of_birth", "status"], "status": ["active", "closed"]}') \
        == "Changed: Date of birth, Status · Status: active → closed"
    assert detail_text('{"role": "house_manager"}') == "Role: House manager"
    assert detail_text('{"reason": "password", "failures": 2}') == (
        "Reason: wrong password · Failed attempts: 2"
    )
    assert detail_text('{"for": "care_plan"}') == "For: Care plan"
    assert detail_text('{"tables": ["admissions_by_month"], "k": 5}') == (
        "Tables: Admissions by month and sex · Smallest published count: 5"
    )
    assert detail_text('{"replaced": null}') == "Replaced database kept as: –"
    # Codes the app has words for elsewhere read as those words.
    assert detail_text('{"kind": "consent_form", "media_type": "image/png", "profile_photo": '
                       'false}') == "Kind: Consent form · File type: PNG image · Profile photo: No"
    assert detail_text('{"visit_type": "home", "risk_level": "high", "trade": "sewing"}') == (
        "Visit type: Home visit · Risk level: High risk · Trade: Sewing"
    )
    assert detail_text('{"kind": "not_a_kind"}') == "Kind: not_a_kind"


def test_changed_fields_and_statuses_read_as_words() -> None:
    detail = ('{"fields": ["date_of_birth", "exit_date", "referral_source", "status"], '
              '"status": ["active", "reintegrated"]}')
    assert detail_text(detail, "resident") == (
        "Changed: Date of birth, Left the shelter, Referred by, Status · "
        "Status: Active → Reintegrated"
    )
    assert detail_text('{"field": "password reset"}', "staff") == "Changed: Password reset"
    assert detail_text('{"step": "placement", "changed": ["placement_date", "exit_date"]}',
                       "reintegration") == "Step: placement · Changed: Placed on, Left the shelter"
    # The same code reads as the status of the record the event is about.
    assert detail_text('{"status": "active"}', "care_plan") == "Status: Active"
    assert detail_text('{"status": "superseded"}', "care_plan") == (
        "Status: Replaced by a later version"
    )
    assert detail_text('{"status": ["scheduled", "done"]}', "follow_up_visit") == (
        "Status: Scheduled → Done"
    )
    assert detail_text('{"status": "placed"}', "reintegration") == "Status: Placed"
    assert detail_text('{"fields": ["status"], "status": "dropped"}', "vocational_training") \
        == "Changed: Status · Status: Stopped"
    assert detail_text('{"programme": "public_school", "status": "in_progress"}',
                       "education_enrolment") == "Programme: Public school · Status: In progress"
    assert detail_text('{"reason": "goals_met", "resident_status": ["reintegrated", "closed"]}',
                       "case_closure") == (
        "Reason: Care plan goals met, living safely · Resident's status: Reintegrated → Closed"
    )
    # Unknown fields and codes: as stored, field names with spaces for underscores.
    assert detail_text('{"fields": ["some_new_field"], "status": ["active", "odd_code"]}',
                       "resident") == "Changed: some new field · Status: Active → odd_code"
    assert detail_text('{"status": "active"}', "something_new") == "Status: active"


def test_the_table_shows_changed_fields_in_words(shelter, make_page) -> None:
    resident = add_resident(shelter.services.database,
                            admission_date=date.today() - timedelta(days=100))
    shelter.services.residents.record_departure(
        shelter.users[Role.HOUSE_MANAGER], resident, ResidentStatus.TRANSFERRED,
        date.today() - timedelta(days=1),
    )
    counselor = shelter.users[Role.COUNSELOR]
    shelter.services.staff.reset_password(shelter.admin, counselor.id, "Another-pass-2026!")
    panel = audit_panel(make_page(shelter.admin))
    details = column(panel, DETAILS)
    assert details[0] == "Changed: Password reset"
    assert details[1] == "Changed: Status, Left the shelter · Status: Active → Transferred"
    assert column(panel, RECORD)[1] == "Resident"


def test_details_that_are_not_known_show_as_stored() -> None:
    assert detail_text('{"new_key": 3}') == "new_key: 3"
    assert detail_text('{"reason": "some new reason"}') == "Reason: some new reason"
    assert detail_text("free text") == "free text"
    assert detail_text('{"count": ') == '{"count": '  # damaged JSON
    assert detail_text("[1, 2]") == "[1, 2]"  # not an object
    assert detail_text(None) == "" and detail_text("") == ""


# A small Khmer translation written for this test (the real one is checked as a whole by
# tests/test_translations.py): the panel must ask for these contexts.
KHMER = {
    "AuditRecords": {"Documents": "បញ្ជីឯកសារ", "Staff account": "គណនីបុគ្គលិក"},
    "AuditDetails": {
        "{label}: {value}": "{label}៖ {value}",
        "Number": "ចំនួន",
        "Health information included": "រួមបញ្ចូលព័ត៌មានសុខភាព",
        "Yes": "មែន",
        "Role": "តួនាទី",
        "Changed": "បានប្តូរ",
        "Status": "ស្ថានភាព",
    },
    "AuditFields": {"Date of birth": "ថ្ងៃខែឆ្នាំកំណើត", "Left the shelter": "ថ្ងៃចាកចេញពីមណ្ឌល"},
    "Residents": {"Active": "កំពុងស្នាក់នៅ", "Reintegrated": "បានធ្វើសមាហរណកម្ម"},
    "Roles": {"Counselor": "អ្នកប្រឹក្សា"},
}
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def khmer_translator(folder: Path) -> QTranslator:
    contexts = "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation>"
            "</message>" for s, t in messages.items()
        ) + "</context>"
        for name, messages in KHMER.items()
    )
    ts = folder / "audit_km.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                  f'<TS version="2.1" language="km_KH">{contexts}</TS>', encoding="utf-8")
    qm = folder / "audit_km.qm"
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_record_types_and_details_in_khmer(shelter, make_page, qtbot, tmp_path) -> None:
    panel = audit_panel(make_page(shelter.admin))
    app = QApplication.instance()
    translator = khmer_translator(tmp_path)
    app.installTranslator(translator)
    try:
        assert record_label("documents") == "បញ្ជីឯកសារ"
        assert detail_text('{"count": 1, "health": true}') == (
            "ចំនួន៖ 1 · រួមបញ្ចូលព័ត៌មានសុខភាព៖ មែន"
        )
        assert detail_text('{"fields": ["date_of_birth", "exit_date", "new_field"]}') == (
            "បានប្តូរ៖ ថ្ងៃខែឆ្នាំកំណើត, ថ្ងៃចាកចេញពីមណ្ឌល, new field"
        )
        assert detail_text('{"status": ["active", "reintegrated"]}', "resident") == (
            "ស្ថានភាព៖ កំពុងស្នាក់នៅ → បានធ្វើសមាហរណកម្ម"
        )
        # The table follows the language at once (LanguageChange -> retranslate).
        qtbot.waitUntil(lambda: "គណនីបុគ្គលិក" in column(panel, RECORD), timeout=2000)
        assert "តួនាទី៖ អ្នកប្រឹក្សា" in column(panel, DETAILS)
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: "Staff account" in column(panel, RECORD), timeout=2000)
    assert "Role: Counselor" in column(panel, DETAILS)


def test_date_filters_show_day_month_year(shelter, make_page) -> None:
    panel = audit_panel(make_page(shelter.admin))
    for edit in (panel.since, panel.until):
        assert edit.displayFormat() == "dd/MM/yyyy"
    panel.since.setDate(QDate(2026, 3, 4))
    assert panel.since.text() == "04/03/2026"
