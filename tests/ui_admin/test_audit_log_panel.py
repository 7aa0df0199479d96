"""Audit log tab: listing, filters, paging and the hash chain check, on a real database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import select, update

from shelter_desktop.domain.errors import PermissionDenied
from shelter_desktop.storage import immutability
from shelter_desktop.domain.roles import Role
from shelter_desktop.storage.models import AuditEventRow
from shelter_desktop.ui.admin_page import AdministrationPage
from shelter_desktop.ui.audit_log_panel import PAGE_SIZE, AuditLogPanel

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
    assert panel.table.item(row, DETAILS).text().startswith("role: ")
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
