from shelter_desktop.domain.roles import Permission, Role, role_allows


def test_data_officer_sees_aggregates_only() -> None:
    allowed = {p for p in Permission if role_allows(Role.DATA_OFFICER, p)}
    assert allowed == {Permission.EXPORT_ANONYMIZED}


def test_house_manager_never_reads_counselor_only_notes() -> None:
    assert role_allows(Role.HOUSE_MANAGER, Permission.READ_CASE_TEAM_NOTES)
    assert not role_allows(Role.HOUSE_MANAGER, Permission.READ_COUNSELOR_ONLY_NOTES)
    assert role_allows(Role.HOUSE_MANAGER, Permission.PRINT_FORMS)


def test_counselor_writes_notes_but_cannot_export_or_manage() -> None:
    assert role_allows(Role.COUNSELOR, Permission.WRITE_NOTES)
    assert not role_allows(Role.COUNSELOR, Permission.EXPORT_ANONYMIZED)
    assert not role_allows(Role.COUNSELOR, Permission.MANAGE_STAFF)


def test_only_administrators_manage_staff_and_read_the_audit_log() -> None:
    for role in Role:
        expected = role is Role.ADMINISTRATOR
        assert role_allows(role, Permission.MANAGE_STAFF) is expected
        assert role_allows(role, Permission.VIEW_AUDIT_LOG) is expected
