"""Sign-in, lockout, disabled accounts, forced password change: all audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.errors import (
    AccountDisabled,
    AccountLocked,
    SignInFailed,
    ValidationError,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.services import auth as auth_module
from shelter_desktop.storage.models import AuditEventRow, StaffAccountRow


def _actions(shelter, username: str) -> list[str]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        return list(
            session.scalars(
                select(AuditEventRow.action)
                .where(AuditEventRow.actor_username == username)
                .order_by(AuditEventRow.id)
            )
        )


def test_sign_in_is_case_insensitive_and_audited(shelter) -> None:  # type: ignore[no-untyped-def]
    user = shelter.services.auth.sign_in("  ADMIN ", ADMIN_PASSWORD)
    assert user.role is Role.ADMINISTRATOR
    assert _actions(shelter, "admin").count("login") >= 2


def test_wrong_password_and_unknown_user_look_the_same(shelter) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SignInFailed) as wrong:
        shelter.services.auth.sign_in("admin", "not-the-password")
    with pytest.raises(SignInFailed) as unknown:
        shelter.services.auth.sign_in("nobody", "whatever-pass")
    assert wrong.value.message == unknown.value.message
    assert "failed_login" in _actions(shelter, "admin")


def test_five_failures_lock_the_account_for_five_minutes(shelter, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    auth = shelter.services.auth
    for _ in range(4):
        with pytest.raises(SignInFailed):
            auth.sign_in("counselor", "wrong-password")
    with pytest.raises(AccountLocked) as locked:
        auth.sign_in("counselor", "wrong-password")
    assert "locked" in locked.value.message
    # Even the right password is refused while locked.
    with pytest.raises(AccountLocked):
        auth.sign_in("counselor", STAFF_PASSWORD)
    later = utc_now() + timedelta(minutes=5, seconds=5)
    monkeypatch.setattr(auth_module, "utc_now", lambda: later)
    assert auth.sign_in("counselor", STAFF_PASSWORD).username == "counselor"
    assert _actions(shelter, "counselor").count("failed_login") == 6


def test_success_resets_the_failure_count(shelter) -> None:  # type: ignore[no-untyped-def]
    auth = shelter.services.auth
    for _ in range(4):
        with pytest.raises(SignInFailed):
            auth.sign_in("manager", "wrong-password")
    auth.sign_in("manager", STAFF_PASSWORD)
    for _ in range(4):
        with pytest.raises(SignInFailed):
            auth.sign_in("manager", "wrong-password")
    assert auth.sign_in("manager", STAFF_PASSWORD).username == "manager"


def test_disabled_account_cannot_sign_in(shelter) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    shelter.services.staff.set_active(shelter.admin, counselor.id, False)
    with pytest.raises(AccountDisabled):
        shelter.services.auth.sign_in("counselor", STAFF_PASSWORD)


def test_initial_password_must_be_changed(shelter) -> None:  # type: ignore[no-untyped-def]
    auth = shelter.services.auth
    user = auth.sign_in("counselor", STAFF_PASSWORD)
    assert user.must_change_password
    with pytest.raises(ValidationError):
        auth.change_password(user, STAFF_PASSWORD, "short")
    with pytest.raises(ValidationError):
        auth.change_password(user, STAFF_PASSWORD, STAFF_PASSWORD)
    with pytest.raises(SignInFailed):
        auth.change_password(user, "not-my-password", "a-new-long-password")
    changed = auth.change_password(user, STAFF_PASSWORD, "a-new-long-password")
    assert not changed.must_change_password
    assert not auth.sign_in("counselor", "a-new-long-password").must_change_password


def test_reset_password_clears_lockout_and_forces_change(shelter) -> None:  # type: ignore[no-untyped-def]
    auth, staff = shelter.services.auth, shelter.services.staff
    for _ in range(5):
        with pytest.raises((SignInFailed, AccountLocked)):
            auth.sign_in("manager", "wrong-password")
    manager = shelter.users[Role.HOUSE_MANAGER]
    staff.reset_password(shelter.admin, manager.id, "fresh-initial-1")
    user = auth.sign_in("manager", "fresh-initial-1")
    assert user.must_change_password


def test_passwords_are_argon2id_hashes(shelter) -> None:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        hashes = list(session.scalars(select(StaffAccountRow.password_hash)))
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)


def test_last_administrator_cannot_be_disabled(shelter) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        shelter.services.staff.set_active(shelter.admin, shelter.admin.id, False)


def test_production_hashing_parameters_are_strong() -> None:
    from shelter_desktop.services.passwords import PRODUCTION_HASHER

    assert PRODUCTION_HASHER.type.name == "ID"
    assert PRODUCTION_HASHER.time_cost >= 3 and PRODUCTION_HASHER.memory_cost >= 64 * 1024
