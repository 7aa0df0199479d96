"""Backups and Integrity tabs, and the last-backup line on Home, on a real database (issue 6)."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from pathlib import Path

from sqlalchemy import select, update

from shelter_desktop.domain.audit import AuditAction
from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.backups import LAST_BACKUP_AT, verify_backup
from shelter_desktop.storage import immutability
from shelter_desktop.storage.models import AuditEventRow
from shelter_desktop.ui.backup_panel import BackupPanel
from shelter_desktop.ui.home_page import HomePage
from shelter_desktop.ui.integrity_panel import IntegrityPanel


def backup_panel(page) -> BackupPanel:  # type: ignore[no-untyped-def]
    page.show_tab(page.backup_panel)  # switching to the tab loads it
    return page.backup_panel


def last_event(shelter) -> AuditEventRow:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return session.scalars(select(AuditEventRow).order_by(AuditEventRow.id.desc())).first()


def test_backup_now_makes_a_verified_backup_in_the_chosen_folder(
    shelter, make_page, tmp_path: Path
) -> None:
    panel = backup_panel(make_page(shelter.admin))
    assert panel.folder() == shelter.access.data_dir.backups
    assert panel.empty_label.text() == "There are no backups in this folder yet."
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    panel.set_folder(stick)
    panel.backup_button.click()

    files = list(stick.glob("shelter-*.db"))
    assert len(files) == 1
    key = shelter.services.database.key
    assert verify_backup(files[0], key)  # opens with the key, both checks pass
    result = panel.result_text()
    assert result.startswith(f"Backup made and verified: {files[0].name}, ")
    assert result.endswith(" MB.")
    assert [b.name for b in panel.listed()] == [files[0].name]
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 2).text() == files[0].name
    assert panel.table.item(0, 1).text().endswith(" MB")
    assert panel.folder_label.text() == str(stick)
    assert last_event(shelter).action == AuditAction.BACKUP.value


def test_a_new_panel_starts_at_the_folder_of_the_last_backup(
    shelter, make_page, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    shelter.services.backups.backup_now(shelter.admin, stick)
    panel = backup_panel(make_page(shelter.admin))
    assert panel.folder() == stick
    assert len(panel.listed()) == 1
    panel.default_button.click()
    assert panel.folder() == shelter.access.data_dir.backups
    assert panel.listed() == []


def test_a_missing_folder_is_explained_inline(shelter, make_page, tmp_path: Path, shown_errors) -> None:
    panel = backup_panel(make_page(shelter.admin))
    gone = tmp_path / "unplugged-stick"
    panel.set_folder(gone)
    expected = (
        f"The backup folder {gone} is not there. Plug in the USB stick or choose another "
        "folder. No backup was made."
    )
    assert panel.result_text() == expected
    assert panel.empty_label.isHidden()  # not "no backups": the folder could not be read
    panel.backup_button.click()
    assert panel.result_text() == expected
    assert panel.backup_button.isEnabled()
    assert not gone.exists()
    assert shown_errors == []  # inline, not in a box


def test_integrity_check_reports_intact_then_a_changed_audit_event(shelter, make_page) -> None:
    page = make_page(shelter.admin)
    page.show_tab(page.integrity_panel)
    panel = page.integrity_panel
    panel.check_button.click()
    assert panel.report() is not None and panel.report().ok
    assert panel.result_text().startswith("The database and the audit log are intact")

    with shelter.services.database.session() as session:
        immutability.uninstall(session.connection())  # what a tamperer would do first
        target = session.scalar(
            select(AuditEventRow.id).where(AuditEventRow.action == "create").limit(1)
        )
        session.execute(update(AuditEventRow).where(AuditEventRow.id == target).values(detail="{}"))
        session.commit()
    panel.check_button.click()
    text = panel.result_text()
    assert "The audit log has been changed or damaged:" in text
    assert f"audit event {target}: its content was changed" in text
    assert "shelter-desktop restore --from FILE" in text
    assert "intact" not in text


def test_a_counselor_cannot_run_the_integrity_check(shelter, qtbot, runner) -> None:
    counselor = shelter.users[Role.COUNSELOR]
    panel = IntegrityPanel(shelter.services, counselor, runner)
    qtbot.addWidget(panel)
    panel.check()
    assert panel.report() is None
    assert panel.result_text() == (
        "Your account is not allowed to do this (backup_restore). The attempt was recorded. "
        "Ask an administrator if you need this access."
    )
    event = last_event(shelter)
    assert event.action == AuditAction.DENIED.value
    assert event.actor_username == counselor.username
    assert json.loads(event.detail) == {"permission": "backup_restore"}


def make_home(shelter, qtbot, runner, role: Role) -> HomePage:  # type: ignore[no-untyped-def]
    home = HomePage(shelter.services, shelter.users[role], runner)
    qtbot.addWidget(home)
    home.refresh()
    return home


def test_home_shows_the_last_backup_with_a_warning_when_missing(shelter, qtbot, runner) -> None:
    home = make_home(shelter, qtbot, runner, Role.ADMINISTRATOR)
    assert home.backup_status_text() == (
        "No backup has been made yet. Make one under Administration → Backups."
    )
    assert home.backup_warning()
    counselor_home = make_home(shelter, qtbot, runner, Role.COUNSELOR)
    assert counselor_home.backup_status_text() == (
        "No backup has been made yet. Tell your administrator."
    )

    info = shelter.services.backups.backup_now(shelter.admin)
    home.refresh()
    local = info.taken_at.replace(tzinfo=UTC).astimezone()
    assert home.backup_status_text() == f"Last backup: {local:%d/%m/%Y %H:%M}"
    assert not home.backup_warning()


def test_home_warns_when_the_last_backup_is_older_than_a_week(shelter, qtbot, runner) -> None:
    settings = shelter.access.settings()
    settings.extra[LAST_BACKUP_AT] = (utc_now() - timedelta(days=8)).isoformat()
    settings.save(shelter.access.data_dir.settings)
    home = make_home(shelter, qtbot, runner, Role.HOUSE_MANAGER)
    assert home.backup_warning()
    text = home.backup_status_text()
    assert text.startswith("Last backup: ")
    assert text.endswith(", more than 7 days ago. Tell your administrator.")
