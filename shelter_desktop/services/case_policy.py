"""Reading and changing the case-work policy (domain/case_policy.py)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.case_policy import CasePolicy, validate_policy
from ..domain.dto import SignedInUser
from ..domain.roles import Permission
from ..storage.models import CaseSettingRow
from .base import ServiceBase

POLICY_KEY = "case_policy"


def load_policy(session: Session) -> CasePolicy:
    """The stored policy, defaults for anything missing or unreadable."""
    row = session.get(CaseSettingRow, POLICY_KEY)
    if row is None:
        return CasePolicy()
    try:
        raw = json.loads(row.value)
        known = {f.name for f in fields(CasePolicy)}
        values = {k: v for k, v in raw.items() if k in known}
        if "follow_up_months" in values:
            values["follow_up_months"] = tuple(values["follow_up_months"])
        return validate_policy(CasePolicy(**values))
    except Exception:  # noqa: BLE001 - a damaged value falls back to the defaults
        return CasePolicy()


class CasePolicyService(ServiceBase):
    def get(self, actor: SignedInUser) -> CasePolicy:
        """Anyone signed in may read it (due dates depend on it)."""
        with self.unit_of_work(actor) as uow:
            uow.actor_role()
            return load_policy(uow.session)

    def set(self, actor: SignedInUser, policy: CasePolicy) -> CasePolicy:
        """Administrators and house managers run the shelter's case work."""
        validate_policy(policy)
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.MANAGE_SETTINGS, "case_policy")
            before = load_policy(uow.session)
            value = asdict(policy)
            value["follow_up_months"] = list(policy.follow_up_months)
            row = uow.session.get(CaseSettingRow, POLICY_KEY)
            if row is None:
                uow.session.add(CaseSettingRow(key=POLICY_KEY, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
            changed = {k: v for k, v in value.items() if getattr(before, k) != getattr(policy, k)}
            uow.audit(AuditAction.UPDATE, "case_policy", None, changed)
            return policy
