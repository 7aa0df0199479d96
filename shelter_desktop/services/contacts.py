"""A resident's contacts (family and others) and her consent records.

A contact's safety flag (no contact / suspected involvement) is shown wherever contact is
planned: ``safety_alerts`` gives the flagged ones. A consent record is never edited: a
withdrawal is a new record with ``given=False``, so the history of what was agreed stays whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.case_file import ConsentInput, ConsentView, ContactInput, ContactView
from ..domain.clock import utc_now
from ..domain.dto import Changed, Changes, SignedInUser
from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.intake import (
    IntakeInvalid,
    IntakeProblem,
    consent_problems,
    contact_problems,
    normalise_consent,
    normalise_contact,
)
from ..domain.roles import Permission
from ..domain.vocabulary import SafetyFlag
from ..storage.models import ConsentRow, ContactRow
from .base import ServiceBase
from .lookups import existing_resident

CONTACTS_CHANGED = Changes(frozenset({"contact"}))
CONSENTS_CHANGED = Changes(frozenset({"consent"}))

_CONTACT_FIELDS = tuple(f.name for f in fields(ContactInput))


def _contact_view(row: ContactRow) -> ContactView:
    return ContactView(
        row.id, row.resident_id, row.relation, row.name, row.phone, row.address,
        row.is_guardian, row.safety_flag, row.notes,
    )


def _consent_view(row: ConsentRow) -> ConsentView:
    return ConsentView(row.id, row.consent_type, row.given, row.given_by, row.recorded_on,
                       row.notes)


def _raise_if(problems: Iterable[IntakeProblem]) -> None:
    found = list(problems)
    if found:
        raise IntakeInvalid(found)


class ContactService(ServiceBase):
    # The calendar day for "in the future" checks; tests may replace it.
    today = staticmethod(date.today)

    # -- contacts ------------------------------------------------------------------------

    def list_contacts(self, actor: SignedInUser, resident_id: int) -> list[ContactView]:
        """A resident's contacts, guardians first (audited)."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "contact", resident_id)
            existing_resident(uow.session, resident_id)
            rows = uow.session.scalars(
                select(ContactRow)
                .where(ContactRow.resident_id == resident_id)
                .order_by(ContactRow.is_guardian.desc(), ContactRow.id)
            )
            contacts = [_contact_view(row) for row in rows]
            uow.audit(AuditAction.VIEW, "contacts", resident_id, {"count": len(contacts)})
            return contacts

    def safety_alerts(self, actor: SignedInUser, resident_id: int) -> list[ContactView]:
        """Contacts flagged 'no contact' or 'suspected involvement' (audited)."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "contact", resident_id)
            rows = uow.session.scalars(
                select(ContactRow)
                .where(
                    ContactRow.resident_id == resident_id,
                    ContactRow.safety_flag != SafetyFlag.NONE.value,
                )
                .order_by(ContactRow.id)
            )
            alerts = [_contact_view(row) for row in rows]
            uow.audit(AuditAction.VIEW, "contacts", resident_id, {"safety_alerts": len(alerts)})
            return alerts

    def add_contact(
        self, actor: SignedInUser, resident_id: int, contact: ContactInput
    ) -> Changed[ContactView]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "contact", resident_id)
            existing_resident(uow.session, resident_id)
            contact = normalise_contact(contact)
            _raise_if(contact_problems(contact))
            now = utc_now()
            row = ContactRow(
                resident_id=resident_id,
                created_at=now,
                updated_at=now,
                **{name: getattr(contact, name) for name in _CONTACT_FIELDS},
            )
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                AuditAction.CREATE, "contact", row.id,
                {"resident_id": resident_id, "guardian": row.is_guardian,
                 "safety_flag": row.safety_flag},
            )
            return Changed(_contact_view(row), CONTACTS_CHANGED)

    def update_contact(
        self, actor: SignedInUser, contact_id: int, contact: ContactInput
    ) -> Changed[ContactView]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "contact", contact_id)
            row = self._contact(uow.session, contact_id)
            contact = normalise_contact(contact)
            _raise_if(contact_problems(contact))
            changed = [name for name in _CONTACT_FIELDS
                       if getattr(row, name) != getattr(contact, name)]
            for name in changed:
                setattr(row, name, getattr(contact, name))
            if changed:
                row.updated_at = utc_now()
                uow.audit(
                    AuditAction.UPDATE, "contact", contact_id,
                    {"resident_id": row.resident_id, "fields": changed},
                )
            return Changed(_contact_view(row), CONTACTS_CHANGED)

    def remove_contact(self, actor: SignedInUser, contact_id: int) -> Changed[int]:
        """Remove a contact (audited); returns the resident's id."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "contact", contact_id)
            row = self._contact(uow.session, contact_id)
            resident_id = row.resident_id
            uow.session.delete(row)
            uow.audit(
                AuditAction.DELETE, "contact", contact_id,
                {"resident_id": resident_id, "removed": True},
            )
            return Changed(resident_id, CONTACTS_CHANGED)

    @staticmethod
    def _contact(session: Session, contact_id: int) -> ContactRow:
        row = session.get(ContactRow, contact_id)
        if row is None:
            raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "contact"))
        return row

    # -- consents ------------------------------------------------------------------------

    def list_consents(self, actor: SignedInUser, resident_id: int) -> list[ConsentView]:
        """Every consent record of a resident, oldest first (audited)."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "consent", resident_id)
            existing_resident(uow.session, resident_id)
            rows = uow.session.scalars(
                select(ConsentRow)
                .where(ConsentRow.resident_id == resident_id)
                .order_by(ConsentRow.recorded_on, ConsentRow.id)
            )
            consents = [_consent_view(row) for row in rows]
            uow.audit(AuditAction.VIEW, "consents", resident_id, {"count": len(consents)})
            return consents

    def add_consent(
        self, actor: SignedInUser, resident_id: int, consent: ConsentInput
    ) -> Changed[ConsentView]:
        """Record a consent or its withdrawal (``given=False``); records are never edited."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "consent", resident_id)
            session = uow.session
            existing_resident(session, resident_id)
            consent = normalise_consent(consent)
            has_guardian = bool(
                session.scalar(
                    select(func.count(ContactRow.id)).where(
                        ContactRow.resident_id == resident_id, ContactRow.is_guardian
                    )
                )
            )
            _raise_if(consent_problems(consent, self.today(), has_guardian))
            row = ConsentRow(
                resident_id=resident_id,
                consent_type=consent.consent_type,
                given=consent.given,
                given_by=consent.given_by,
                recorded_on=consent.recorded_on,
                notes=consent.notes,
                recorded_by=actor.id,
            )
            session.add(row)
            session.flush()
            uow.audit(
                AuditAction.CREATE, "consent", row.id,
                {"resident_id": resident_id, "type": row.consent_type, "given": row.given},
            )
            return Changed(_consent_view(row), CONSENTS_CHANGED)
