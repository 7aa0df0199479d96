"""Frozen values that services hand to the UI and the command line. ORM objects never leave."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, TypeVar

from .roles import Permission, Role, role_allows

T = TypeVar("T")


@dataclass(frozen=True)
class SignedInUser:
    id: int
    username: str
    display_name: str
    role: Role
    must_change_password: bool = False

    def can(self, permission: Permission) -> bool:
        """For showing or hiding controls only: services check again on every call."""
        return role_allows(self.role, permission)


@dataclass(frozen=True)
class StaffMember:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    locked_until: datetime | None
    last_sign_in_at: datetime | None


@dataclass(frozen=True)
class AuditEventView:
    id: int
    occurred_at: datetime
    actor_username: str | None
    action: str
    entity: str | None
    entity_id: str | None
    detail: str | None


@dataclass(frozen=True)
class ShelterProfile:
    name: str
    code: str


@dataclass(frozen=True)
class ResidentSummary:
    id: int
    case_number: str
    name_khmer: str
    name_latin: str
    sex: str
    age: int | None
    status: str
    risk_level: str
    admission_date: date


@dataclass(frozen=True)
class Changes:
    """Which kinds of record a call changed, so each view refreshes only what it shows."""

    entities: frozenset[str] = field(default_factory=frozenset)

    def touches(self, entity: str) -> bool:
        return entity in self.entities


@dataclass(frozen=True)
class Changed(Generic[T]):
    value: T
    changes: Changes


@dataclass(frozen=True)
class HomeSummary:
    shelter: ShelterProfile
    active_residents: int
    unsigned_notes_mine: int
    unsigned_notes_all: int
