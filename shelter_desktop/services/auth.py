"""Sign-in, lockout and password changes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from ..domain.audit import AuditAction
from ..domain.clock import utc_now
from ..domain.dto import SignedInUser
from ..domain.errors import AccountDisabled, AccountLocked, SignInFailed, ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.passwords import LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, check_new_password
from ..domain.roles import Role
from ..storage.models import StaffAccountRow
from .base import ServiceBase
from .passwords import hash_password, needs_rehash, verify_password


def _local_time(utc: datetime) -> str:
    return utc.replace(tzinfo=timezone.utc).astimezone().strftime("%H:%M")


def _user(row: StaffAccountRow) -> SignedInUser:
    return SignedInUser(
        row.id, row.username, row.display_name, Role(row.role), row.must_change_password
    )


class AuthService(ServiceBase):
    def sign_in(self, username: str, password: str) -> SignedInUser:
        """Check the password; count failures; lock after MAX_FAILED_SIGN_INS for a while.

        A failure is committed (and audited) even though the call raises.
        """
        name = username.strip().lower()
        now = utc_now()
        outcome: Exception | None = None
        with self.unit_of_work(None) as uow:
            row = uow.session.scalars(
                select(StaffAccountRow).where(func.lower(StaffAccountRow.username) == name)
            ).first()
            if row is not None and row.locked_until is not None and row.locked_until > now:
                uow.audit(AuditAction.FAILED_LOGIN, "staff", row.id, {"reason": "locked"},
                          actor_username=row.username, actor_id=row.id)
                outcome = AccountLocked(until=_local_time(row.locked_until))
            elif not verify_password(row.password_hash if row else None, password) or row is None:
                if row is not None:
                    row.failed_sign_ins += 1
                    detail = {"reason": "password", "failures": row.failed_sign_ins}
                    if row.failed_sign_ins >= MAX_FAILED_SIGN_INS:
                        row.locked_until = now + timedelta(minutes=LOCKOUT_MINUTES)
                        row.failed_sign_ins = 0
                        detail["locked"] = True
                        outcome = AccountLocked(until=_local_time(row.locked_until))
                    uow.audit(AuditAction.FAILED_LOGIN, "staff", row.id, detail,
                              actor_username=row.username, actor_id=row.id)
                else:
                    # The typed name is not stored: it may be a password typed in the wrong box.
                    uow.audit(AuditAction.FAILED_LOGIN, "staff", None, {"reason": "unknown user"})
                outcome = outcome or SignInFailed()
            elif not row.active:
                uow.audit(AuditAction.FAILED_LOGIN, "staff", row.id, {"reason": "disabled"},
                          actor_username=row.username, actor_id=row.id)
                outcome = AccountDisabled()
            else:
                row.failed_sign_ins = 0
                row.locked_until = None
                row.last_sign_in_at = now
                if needs_rehash(row.password_hash):
                    row.password_hash = hash_password(password)
                uow.audit(AuditAction.LOGIN, "staff", row.id,
                          actor_username=row.username, actor_id=row.id)
                user = _user(row)
        if outcome is not None:
            raise outcome
        return user

    def verify_current_user(self, user: SignedInUser, password: str) -> None:
        """Unlock after idle lock: the same person must type their password again."""
        signed_in = self.sign_in(user.username, password)
        if signed_in.id != user.id:  # pragma: no cover - same name means same row
            raise SignInFailed()

    def change_password(self, user: SignedInUser, old_password: str, new_password: str) -> SignedInUser:
        check_new_password(new_password, user.username)
        if old_password == new_password:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The new password must differ from the old one.")
            )
        with self.unit_of_work(user) as uow:
            row = uow.session.get(StaffAccountRow, user.id)
            if row is None or not verify_password(row.password_hash, old_password):
                raise SignInFailed()
            row.password_hash = hash_password(new_password)
            row.must_change_password = False
            uow.audit(AuditAction.UPDATE, "staff", row.id, {"field": "password"})
            return _user(row)

    def record_lock(self, user: SignedInUser, unlocked: bool) -> None:
        with self.unit_of_work(user) as uow:
            uow.audit(AuditAction.UNLOCK if unlocked else AuditAction.LOCK, "session", None)

    def sign_out(self, user: SignedInUser) -> None:
        with self.unit_of_work(user) as uow:
            uow.audit(AuditAction.LOGOUT, "staff", user.id)
