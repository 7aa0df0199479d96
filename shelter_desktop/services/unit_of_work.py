"""One unit of work per service call: transaction, permission check and audit in one place."""

from __future__ import annotations

import json
from collections.abc import Callable
from types import TracebackType
from typing import Any

from sqlalchemy.orm import Session

from ..domain.audit import AuditAction, AuditFields, ChainHead
from ..domain.clock import utc_now
from ..domain.dto import SignedInUser
from ..domain.errors import AccountDisabled, PermissionDenied
from ..domain.roles import Permission, Role, role_allows
from ..storage.audit_log import append_event
from ..storage.database import ShelterDatabase
from ..storage.models import StaffAccountRow

HeadListener = Callable[[ChainHead], None]


class UnitOfWork:
    """``with UnitOfWork(db, actor, on_head) as uow:`` commits on success, rolls back on error.

    ``require`` checks the actor's *current* role from the database (not the role remembered at
    sign-in), and a denial is audited and committed before PermissionDenied is raised.
    """

    def __init__(
        self,
        database: ShelterDatabase,
        actor: SignedInUser | None,
        on_head: HeadListener | None = None,
    ) -> None:
        self._database = database
        self.actor = actor
        self._on_head = on_head
        self._head: ChainHead | None = None
        self.session: Session

    def __enter__(self) -> "UnitOfWork":
        self.session = self._database.session()
        self.session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self.session.commit()
                self._publish_head()
            else:
                self.session.rollback()
        finally:
            self.session.close()

    def _publish_head(self) -> None:
        if self._head is not None and self._on_head is not None:
            self._on_head(self._head)
        self._head = None

    def actor_role(self) -> Role:
        if self.actor is None:
            raise PermissionDenied(action="sign in first")
        row = self.session.get(StaffAccountRow, self.actor.id)
        if row is None or not row.active:
            raise AccountDisabled()
        return Role(row.role)

    def require(
        self, permission: Permission, entity: str | None = None, entity_id: Any = None
    ) -> None:
        if role_allows(self.actor_role(), permission):
            return
        self.deny(permission.value, entity, entity_id)

    def deny(self, what: str, entity: str | None = None, entity_id: Any = None) -> None:
        """Record the denied attempt durably, then raise PermissionDenied."""
        self.session.rollback()
        self.session.begin()
        self.audit(AuditAction.DENIED, entity, entity_id, {"permission": what})
        self.session.commit()
        self._publish_head()
        self.session.begin()
        raise PermissionDenied(action=what)

    def audit(
        self,
        action: AuditAction,
        entity: str | None = None,
        entity_id: Any = None,
        detail: dict[str, Any] | None = None,
        *,
        actor_username: str | None = None,
        actor_id: int | None = None,
    ) -> None:
        """Append an audit event in this transaction. ``detail`` never holds personal data."""
        fields = AuditFields(
            occurred_at=utc_now(),
            actor_id=self.actor.id if self.actor else actor_id,
            actor_username=self.actor.username if self.actor else actor_username,
            action=action.value,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            detail=json.dumps(detail, sort_keys=True, ensure_ascii=False) if detail else None,
        )
        self._head = append_event(self.session, fields)
