"""Roles and what each may do (DESIGN.md section 1). The service layer enforces these."""

from __future__ import annotations

from enum import Enum

from .i18n import QT_TRANSLATE_NOOP


class Role(str, Enum):
    COUNSELOR = "counselor"
    HOUSE_MANAGER = "house_manager"
    DATA_OFFICER = "data_officer"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.COUNSELOR: QT_TRANSLATE_NOOP("Roles", "Counselor"),
    Role.HOUSE_MANAGER: QT_TRANSLATE_NOOP("Roles", "House manager"),
    Role.DATA_OFFICER: QT_TRANSLATE_NOOP("Roles", "Data officer"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


class Permission(str, Enum):
    """One thing a person can be allowed to do. Values double as audit action names."""

    VIEW_RESIDENTS = "view_residents"  # see names and case files
    EDIT_RESIDENTS = "edit_residents"
    READ_CASE_TEAM_NOTES = "read_case_team_notes"
    READ_COUNSELOR_ONLY_NOTES = "read_counselor_only_notes"
    WRITE_NOTES = "write_notes"
    PRINT_FORMS = "print_forms"
    EXPORT_ANONYMIZED = "export_anonymized"
    MANAGE_STAFF = "manage_staff"
    VIEW_AUDIT_LOG = "view_audit_log"
    MANAGE_SETTINGS = "manage_settings"
    BACKUP_RESTORE = "backup_restore"
    VIEW_FILE_HISTORY = "view_file_history"  # who opened or changed a resident's file
    READ_HEALTH = "read_health"  # HIV status, pregnancy: sensitive even inside the case team


_CASE_WORK = {
    Permission.VIEW_RESIDENTS,
    Permission.EDIT_RESIDENTS,
    Permission.READ_CASE_TEAM_NOTES,
    Permission.PRINT_FORMS,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COUNSELOR: frozenset(
        _CASE_WORK
        | {Permission.READ_COUNSELOR_ONLY_NOTES, Permission.WRITE_NOTES, Permission.READ_HEALTH}
    ),
    # A house manager does everything on residents but never reads counselor-only notes.
    Role.HOUSE_MANAGER: frozenset(
        _CASE_WORK
        | {Permission.EXPORT_ANONYMIZED, Permission.VIEW_FILE_HISTORY, Permission.READ_HEALTH}
    ),
    # The data officer sees aggregates only: never a name, a note or a photo.
    Role.DATA_OFFICER: frozenset({Permission.EXPORT_ANONYMIZED}),
    # The administrator runs the installation; resident data is not part of that job.
    Role.ADMINISTRATOR: frozenset(
        {
            Permission.MANAGE_STAFF,
            Permission.VIEW_AUDIT_LOG,
            Permission.MANAGE_SETTINGS,
            Permission.BACKUP_RESTORE,
            Permission.EXPORT_ANONYMIZED,
            Permission.VIEW_FILE_HISTORY,
        }
    ),
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
