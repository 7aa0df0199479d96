"""Staff accounts: administrators add, disable, enable and reset them."""

from __future__ import annotations

from sqlalchemy import func, select

from ..domain.audit import AuditAction
from ..domain.clock import utc_now
from ..domain.dto import Changed, Changes, SignedInUser, StaffMember
from ..domain.errors import NotFound, ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.passwords import check_new_password
from ..domain.roles import Permission, Role
from ..storage.models import StaffAccountRow
from .base import ServiceBase
from .passwords import hash_password
from .shelter_access import validate_display_name, validate_username

STAFF_CHANGED = Changes(frozenset({"staff"}))


def _member(row: StaffAccountRow) -> StaffMember:
    return StaffMember(
        row.id,
        row.username,
        row.display_name,
        Role(row.role),
        row.active,
        row.must_change_password,
        row.locked_until if row.locked_until and row.locked_until > utc_now() else None,
        row.last_sign_in_at,
    )


class StaffService(ServiceBase):
    def list_staff(self, actor: SignedInUser) -> list[StaffMember]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.MANAGE_STAFF, "staff")
            rows = uow.session.scalars(select(StaffAccountRow).order_by(StaffAccountRow.username))
            return [_member(row) for row in rows]

    def add_staff(
        self,
        actor: SignedInUser,
        username: str,
        display_name: str,
        role: Role,
        initial_password: str,
    ) -> Changed[StaffMember]:
        """New accounts must change their initial password at first sign-in."""
        name = validate_username(username)
        display = validate_display_name(display_name)
        check_new_password(initial_password, name)
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.MANAGE_STAFF, "staff")
            taken = uow.session.scalar(
                select(func.count()).where(func.lower(StaffAccountRow.username) == name)
            )
            if taken:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The user name '{name}' is already taken. Choose another."
                    ),
                    name=name,
                )
            row = StaffAccountRow(
                username=name,
                display_name=display,
                role=Role(role).value,
                password_hash=hash_password(initial_password),
                active=True,
                must_change_password=True,
                failed_sign_ins=0,
                created_at=utc_now(),
            )
            uow.session.add(row)
            uow.session.flush()
            uow.audit(AuditAction.CREATE, "staff", row.id, {"role": row.role})
            return Changed(_member(row), STAFF_CHANGED)

    def set_active(self, actor: SignedInUser, staff_id: int, active: bool) -> Changed[StaffMember]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.MANAGE_STAFF, "staff", staff_id)
            row = self._row(uow.session, staff_id)
            if not active and row.id == actor.id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "You cannot disable your own account while signed in with it."
                    )
                )
            if not active and row.role == Role.ADMINISTRATOR.value and self._last_admin(uow.session, row.id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This is the last active administrator account; "
                        "add another administrator first.",
                    )
                )
            row.active = active
            uow.audit(AuditAction.UPDATE, "staff", row.id, {"active": active})
            return Changed(_member(row), STAFF_CHANGED)

    def reset_password(
        self, actor: SignedInUser, staff_id: int, initial_password: str
    ) -> Changed[StaffMember]:
        """Give a new initial password, clear the lockout, and force a change at next sign-in."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.MANAGE_STAFF, "staff", staff_id)
            row = self._row(uow.session, staff_id)
            check_new_password(initial_password, row.username)
            row.password_hash = hash_password(initial_password)
            row.must_change_password = True
            row.failed_sign_ins = 0
            row.locked_until = None
            uow.audit(AuditAction.UPDATE, "staff", row.id, {"field": "password reset"})
            return Changed(_member(row), STAFF_CHANGED)

    def counselors(self, actor: SignedInUser) -> list[StaffMember]:
        """Active counselors, for choosing who holds a caseload."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "staff")
            rows = uow.session.scalars(
                select(StaffAccountRow)
                .where(StaffAccountRow.role == Role.COUNSELOR.value, StaffAccountRow.active)
                .order_by(StaffAccountRow.display_name)
            )
            return [_member(row) for row in rows]

    @staticmethod
    def _row(session, staff_id: int) -> StaffAccountRow:  # type: ignore[no-untyped-def]
        row = session.get(StaffAccountRow, staff_id)
        if row is None:
            raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "staff account"))
        return row

    @staticmethod
    def _last_admin(session, staff_id: int) -> bool:  # type: ignore[no-untyped-def]
        others = session.scalar(
            select(func.count()).where(
                StaffAccountRow.role == Role.ADMINISTRATOR.value,
                StaffAccountRow.active,
                StaffAccountRow.id != staff_id,
            )
        )
        return not others
