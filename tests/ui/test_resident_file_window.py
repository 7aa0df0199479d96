"""The resident file window: tabs per role, the audited open, alert banners, contacts through
the dialog, the History tab, one window per resident, lock/unlock, drafts saved on close."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from factories import add_resident
from shelter_desktop.domain.case_file import ContactInput
from shelter_desktop.domain.notes import NoteDraft
from shelter_desktop.domain.residents import NoteVisibility
from shelter_desktop.domain.roles import Role
from shelter_desktop.storage.models import AuditEventRow
from shelter_desktop.ui.contacts_tab import ContactDialog, ContactsTab
from shelter_desktop.ui.history_tab import HistoryTab
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.overview_tab import RISK, SAFETY, OverviewTab
from shelter_desktop.ui.resident_file_window import ResidentFileWindow
from shelter_desktop.ui.resident_windows import ResidentWindows

from ..conftest import STAFF_PASSWORD

ALL_TABS = ["overview", "contacts", "counseling", "assessments", "care_plan", "education",
            "vocational", "reintegration", "documents", "history"]
TABS = {
    Role.COUNSELOR: [t for t in ALL_TABS if t != "history"],
    Role.HOUSE_MANAGER: ALL_TABS,
}
TITLES = ["Overview", "Contacts & family", "Counseling", "Assessments", "Care plan",
          "Education", "Vocational", "Reintegration", "Documents", "History"]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "geometry.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def resident(shelter) -> int:
    return add_resident(shelter.services.database)


@pytest.fixture
def open_file(shelter, settings):
    """Opens a file window as ``role``; windows are closed (and drafts saved) afterwards."""
    runner = SynchronousOpRunner()
    windows: list[ResidentFileWindow] = []

    def opener(role: Role, resident_id: int) -> ResidentFileWindow:
        window = ResidentFileWindow(
            shelter.services, shelter.users[role], runner, resident_id, settings=settings
        )
        windows.append(window)  # a top-level window lives as long as its Python reference
        window.show()
        return window

    yield opener
    for window in windows:
        if shiboken6.isValid(window) and not window.is_closing():
            window.close()


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """Message boxes shown (instead of blocking the test)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text)
    )
    return shown


def view_events(shelter, username: str, resident_id: int) -> list[str]:
    with shelter.services.database.session() as session:
        return list(
            session.scalars(
                select(AuditEventRow.entity).where(
                    AuditEventRow.action == "view",
                    AuditEventRow.actor_username == username,
                    AuditEventRow.entity_id == str(resident_id),
                )
            )
        )


def add_contact(shelter, resident_id: int, **fields) -> int:
    values = {"relation": "uncle", "name": "Chan Dara", **fields}
    changed = shelter.services.contacts.add_contact(
        shelter.users[Role.COUNSELOR], resident_id, ContactInput(**values)
    )
    return changed.value.id


# -- opening ---------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.HOUSE_MANAGER])
def test_opening_shows_the_tabs_the_role_may_use(shelter, open_file, resident, role):
    window = open_file(role, resident)
    assert window.tab_keys() == TABS[role]
    assert window.tab_titles() == [t for k, t in zip(ALL_TABS, TITLES) if k in TABS[role]]
    assert window.windowTitle() == "TS-2026-0001 — Sok Sreypov"
    assert window._name.text() == "សុខ ស្រីពៅ"
    assert window._status_chip.text() == "Active"
    assert window.tab_widget.currentWidget() is window.tab("overview")
    facts = window.tab("overview").facts()
    assert facts["Case number"] == "TS-2026-0001"
    assert facts["Latin name"] == "Sok Sreypov"
    assert facts["Province"] == "Phnom Penh"


def test_opening_is_audited(shelter, open_file, resident):
    assert view_events(shelter, "counselor", resident) == []
    open_file(Role.COUNSELOR, resident)
    assert "resident" in view_events(shelter, "counselor", resident)


@pytest.mark.parametrize("role", [Role.ADMINISTRATOR, Role.DATA_OFFICER])
def test_roles_without_resident_access_get_an_error_and_no_window(
    shelter, open_file, resident, errors, role
):
    window = open_file(role, resident)
    assert window.is_closing()
    assert window.tab_keys() == []
    assert len(errors) == 1 and "not allowed" in errors[0]
    assert "Sok Sreypov" not in window.windowTitle()
    with shelter.services.database.session() as session:
        denied = session.scalar(
            select(AuditEventRow.id).where(
                AuditEventRow.action == "denied",
                AuditEventRow.actor_username == shelter.users[role].username,
            )
        )
    assert denied is not None


def test_health_fields_show_only_when_sent(shelter, open_file, resident):
    window = open_file(Role.HOUSE_MANAGER, resident)
    facts = window.tab("overview").facts()
    assert facts["HIV status"] == "Not known"
    assert facts["Pregnant"] == "No"


# -- alerts ----------------------------------------------------------------------------------


def test_no_contact_flag_and_risk_flag_show_as_banners(shelter, open_file, resident):
    add_contact(shelter, resident, relation="uncle", safety_flag="no_contact")
    add_contact(shelter, resident, relation="mother", name="Sok Mealea")
    counselor = shelter.users[Role.COUNSELOR]
    notes = shelter.services.notes
    today = date.today()
    draft = notes.start_draft(
        counselor, resident,
        NoteDraft(today - timedelta(days=1), presenting_issues="Sad, not sleeping.",
                  risk_flags=("self_harm", "abscond"), visibility=NoteVisibility.COUNSELOR_ONLY.value),
    )
    notes.sign(counselor, draft.id)

    window = open_file(Role.HOUSE_MANAGER, resident)
    overview = window.tab("overview")
    assert isinstance(overview, OverviewTab)
    assert [a.text for a in overview.alerts(SAFETY)] == [
        "No contact: uncle — do not plan contact"
    ]
    [risk] = overview.alerts(RISK)
    assert risk.text.startswith("Risk: Self-harm, Risk of leaving the shelter — noted on ")
    # The counselor-only note's words never reach the overview of a house manager.
    assert "Sad" not in " ".join(a.text for a in overview.alerts())
    banners = [b for b in overview._banners if b.isVisible()]
    # (then "due": she was never assessed, so her first assessment is due)
    assert [b.property("kind") for b in banners][:2] == ["risk", "safety"]


def test_due_work_of_this_resident_only(shelter, open_file, resident):
    other = add_resident(shelter.services.database, "Bopha Keo", "បុប្ផា កែវ", "TS-2026-0002")
    counselor = shelter.users[Role.COUNSELOR]
    for rid in (resident, other):
        shelter.services.notes.start_draft(
            counselor, rid, NoteDraft(date.today() - timedelta(days=10), presenting_issues="x")
        )
    overview = open_file(Role.COUNSELOR, resident).tab("overview")
    due = [a for a in overview.alerts("due") if a.text.startswith("Unsigned")]
    assert len(due) == 1
    assert due[0].text.startswith("Unsigned counseling note — overdue since ")


def test_without_a_photo_a_silhouette_is_drawn(open_file, resident):
    overview = open_file(Role.COUNSELOR, resident).tab("overview")
    assert not overview.has_photo()
    assert not overview.photo_label.pixmap().isNull()


# -- contacts --------------------------------------------------------------------------------


def test_add_a_contact_through_the_dialog_with_inline_errors(shelter, open_file, resident, qtbot):
    window = open_file(Role.COUNSELOR, resident)
    window.show_tab("contacts")
    tab = window.tab("contacts")
    assert isinstance(tab, ContactsTab)
    assert tab.contacts() == []

    dialog = tab.open_add_dialog()
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    errors = dialog.field_errors()
    assert errors["name"] == "Enter the contact's name."
    assert errors["relation"].startswith("Enter how the contact is related to the resident")
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.relation, "uncle")
    qtbot.keyClicks(dialog.name, "Chan Dara")
    qtbot.keyClicks(dialog.phone, "012 345 678x")
    dialog.safety.setCurrentIndex(dialog.safety.findData("no_contact"))
    assert dialog.safety_help.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert list(dialog.field_errors()) == ["phone"]
    dialog.phone.setText("012 345 678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    [contact] = tab.contacts()
    assert (contact.relation, contact.name, contact.phone, contact.safety_flag) == (
        "uncle", "Chan Dara", "012 345 678", "no_contact"
    )
    assert tab.table.item(0, ContactsTab.SAFETY).text() == "No contact"
    assert tab.table.item(0, ContactsTab.NAME).background().color().name() == "#fff1e0"
    # The overview learns of the new safety flag at once.
    assert [a.text for a in window.tab("overview").alerts(SAFETY)] == [
        "No contact: uncle — do not plan contact"
    ]


def test_edit_a_contact_through_the_dialog(shelter, open_file, resident, qtbot):
    contact_id = add_contact(shelter, resident, relation="aunt", name="Keo Srey")
    window = open_file(Role.HOUSE_MANAGER, resident)
    window.show_tab("contacts")
    tab = window.tab("contacts")
    tab.select_contact(contact_id)
    dialog = tab.open_edit_dialog()
    assert dialog.name.text() == "Keo Srey"
    dialog.phone.setText("+855 12 000 111")
    dialog.guardian.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [contact] = shelter.services.contacts.list_contacts(shelter.users[Role.COUNSELOR], resident)
    assert (contact.phone, contact.is_guardian) == ("+855 12 000 111", True)
    assert tab.table.item(0, ContactsTab.GUARDIAN).text() == "Guardian"


def test_record_a_consent_withdrawal(shelter, open_file, resident, qtbot):
    window = open_file(Role.COUNSELOR, resident)
    window.show_tab("contacts")
    tab = window.tab("contacts")
    dialog = tab.open_consent_dialog()
    dialog.consent_type.setCurrentIndex(dialog.consent_type.findData("photo"))
    dialog.given_by.setCurrentIndex(dialog.given_by.findData("guardian"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_errors()["given_by"].startswith("This consent was given by a guardian")
    dialog.given_by.setCurrentIndex(dialog.given_by.findData("resident"))
    dialog.refused.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [consent] = tab.consents()
    assert (consent.consent_type, consent.given) == ("photo", False)
    assert tab.consent_table.item(0, ContactsTab.C_DECISION).text() == "Refused or withdrawn"


# -- history ---------------------------------------------------------------------------------


def test_history_lists_events_without_personal_data(shelter, open_file, resident):
    add_contact(shelter, resident, relation="uncle", safety_flag="no_contact")
    open_file(Role.COUNSELOR, resident).close()
    window = open_file(Role.HOUSE_MANAGER, resident)
    window.show_tab("history")
    tab = window.tab("history")
    assert isinstance(tab, HistoryTab)
    rows = tab.rows()
    assert rows, "the history shows the events of this file"
    actions = {(row[2], row[3]) for row in rows}
    assert ("View", "Resident record") in actions
    assert ("Create", "Contact") in actions
    assert any(row[1] == "Test counselor (counselor)" for row in rows)
    shown = " ".join(" ".join(row) for row in rows)
    for personal in ("Sok Sreypov", "សុខ ស្រីពៅ", "TS-2026-0001", "Chan Dara", "uncle"):
        assert personal not in shown
    assert not tab.older_button.isEnabled()


def test_counselors_have_no_history_tab(open_file, resident):
    window = open_file(Role.COUNSELOR, resident)
    assert window.tab("history") is None
    assert "History" not in window.tab_titles()


# -- windows, lock, drafts -------------------------------------------------------------------


def test_one_window_per_resident(shelter, resident, settings, qtbot):
    other = add_resident(shelter.services.database, "Bopha Keo", "បុប្ផា កែវ", "TS-2026-0002")
    registry = ResidentWindows(
        shelter.services, shelter.users[Role.COUNSELOR], SynchronousOpRunner(), settings=settings
    )
    first = registry.open(resident)
    assert first is not None
    assert registry.open(resident) is first
    second = registry.open(other)
    assert second is not first
    assert registry.windows() == [first, second]
    assert view_events(shelter, "counselor", resident).count("resident") == 1
    first.close()
    assert registry.windows() == [second]
    reopened = registry.open(resident)
    assert reopened is not None and reopened is not first
    registry.close_all()
    assert registry.windows() == []


def test_lock_hides_every_file_window_and_unlock_restores_them(signed_in, qtbot):
    services = signed_in.services
    first = add_resident(services.database)
    second = add_resident(services.database, "Bopha Keo", "បុប្ផា កែវ", "TS-2026-0002")
    window = signed_in.open(Role.COUNSELOR)
    window.open_resident(first)
    window.open_resident(second)
    files = window.resident_windows.windows()
    assert len(files) == 2 and all(f.isVisible() for f in files)
    files[0].show_tab("contacts")
    dialog = files[0].tab("contacts").open_add_dialog()
    qtbot.keyClicks(dialog.name, "Chan Dara")
    assert dialog.isVisible()

    window.lock()

    assert window.is_locked()
    assert not any(f.isVisible() for f in files)
    assert not dialog.isVisible()
    window.open_resident(first)  # e.g. a late double-click: nothing opens while locked
    assert not any(f.isVisible() for f in files)

    qtbot.keyClicks(window.lock_screen.password, STAFF_PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)

    assert not window.is_locked()
    assert all(f.isVisible() for f in files)
    assert dialog.isVisible() and dialog.name.text() == "Chan Dara"
    window.idle_watcher.stop()


def test_sign_out_closes_every_file_window(signed_in, qtbot):
    rid = add_resident(signed_in.services.database)
    window = signed_in.open(Role.HOUSE_MANAGER)
    window.open_resident(rid)
    [file_window] = window.resident_windows.windows()
    window.sign_out()
    assert window.resident_windows.windows() == []
    assert not shiboken6.isValid(file_window) or not file_window.isVisible()


def test_closing_a_window_saves_the_counselors_draft(shelter, open_file, resident, qtbot):
    counselor = shelter.users[Role.COUNSELOR]
    window = open_file(Role.COUNSELOR, resident)
    window.show_tab("counseling")
    tab = window.tab("counseling")
    tab.new_note()
    qtbot.keyClicks(tab.editor.texts["presenting_issues"], "Worried about her sister.")
    window.close()
    [draft] = shelter.services.notes.my_drafts(counselor, resident)
    assert shelter.services.notes.read(counselor, draft.id).presenting_issues == (
        "Worried about her sister."
    )


def test_geometry_is_remembered(open_file, resident, settings):
    window = open_file(Role.COUNSELOR, resident)
    window.resize(780, 600)
    window.close()
    assert settings.value("residentFile/geometry") is not None
    again = open_file(Role.COUNSELOR, resident)
    assert (again.width(), again.height()) == (780, 600)


def test_signing_out_from_the_lock_screen_saves_drafts_and_closes_hidden_windows(
    signed_in, qtbot
):
    services = signed_in.services
    rid = add_resident(services.database)
    counselor = signed_in.user(Role.COUNSELOR)
    window = signed_in.open(Role.COUNSELOR)
    window.open_resident(rid)
    [file_window] = window.resident_windows.windows()
    file_window.show_tab("counseling")
    tab = file_window.tab("counseling")
    tab.new_note()
    qtbot.keyClicks(tab.editor.texts["presenting_issues"], "Asked about her brother.")
    window.lock()
    assert not file_window.isVisible()
    [draft] = services.notes.my_drafts(counselor, rid)  # saved when the screen locked
    window.lock_screen.sign_out_button.click()
    assert window.resident_windows.windows() == []
    assert not shiboken6.isValid(file_window) or file_window.is_closing()
    assert services.notes.read(counselor, draft.id).presenting_issues == (
        "Asked about her brother."
    )


def test_new_resident_opens_the_intake_wizard_which_the_lock_hides_and_keeps(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR)
    window.show_page("residents")
    window.page("residents").new_resident_requested.emit()
    wizard = window.intake_wizard()
    assert wizard is not None and wizard.isVisible()
    window.page("residents").new_resident_requested.emit()  # a second click: the same wizard
    assert window.intake_wizard() is wizard
    window.lock()
    assert not wizard.isVisible()
    qtbot.keyClicks(window.lock_screen.password, STAFF_PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert wizard.isVisible()
    wizard.reject()
    assert window.intake_wizard() is None


def test_a_resident_created_by_the_wizard_opens_in_her_file(signed_in, qtbot):
    rid = add_resident(signed_in.services.database)
    window = signed_in.open(Role.COUNSELOR)
    window.new_resident()
    wizard = window.intake_wizard()
    wizard.resident_created.emit(rid)  # what the wizard says once it has saved her
    [file_window] = window.resident_windows.windows()
    assert file_window.resident_id == rid and file_window.isVisible()
    wizard.reject()


def test_a_risk_flag_signed_in_the_counseling_tab_reaches_the_overview(
    shelter, open_file, resident
):
    window = open_file(Role.COUNSELOR, resident)
    overview = window.tab("overview")
    assert overview.alerts(RISK) == []
    counselor = shelter.users[Role.COUNSELOR]
    note = shelter.services.notes.start_draft(
        counselor, resident,
        NoteDraft(date.today(), presenting_issues="Cut her arm.", risk_flags=("self_harm",)),
    )
    shelter.services.notes.sign(counselor, note.id)
    window.tab("counseling").notes_changed.emit()  # what the tab says after signing
    [risk] = overview.alerts(RISK)
    assert risk.text.startswith("Risk: Self-harm — noted on ")


def test_a_change_in_one_tab_reloads_the_others_when_next_shown(shelter, open_file, resident):
    """A new assessment proposes care plan goals: the Care plan tab must not show stale data."""
    window = open_file(Role.HOUSE_MANAGER, resident)
    care_plan = window.tab("care_plan")
    refreshed: list[str] = []
    care_plan.refresh = lambda: refreshed.append("care_plan")  # type: ignore[method-assign]
    window.show_tab("care_plan")
    window.show_tab("assessments")
    assert refreshed == ["care_plan"]
    window.tab("assessments").changed.emit(None)
    window.show_tab("care_plan")
    assert refreshed == ["care_plan", "care_plan"]
    window.show_tab("assessments")
    window.show_tab("care_plan")  # nothing changed since: no reload
    assert refreshed == ["care_plan", "care_plan"]
