"""Audit events and their hash chain (DESIGN.md section 4).

Every event stores the hash of the event before it; changing, removing or re-ordering any event
breaks every hash after it. The head (last id and hash) is also kept outside the database, so a
chain rebuilt from scratch is detected too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

GENESIS_HASH = "0" * 64


class AuditAction(str, Enum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    SIGN = "sign"
    PRINT = "print"
    EXPORT = "export"
    LOGIN = "login"
    FAILED_LOGIN = "failed_login"
    LOGOUT = "logout"
    LOCK = "lock"
    UNLOCK = "unlock"
    BACKUP = "backup"
    RESTORE = "restore"
    DENIED = "denied"
    DELETE = "delete"
    SETUP = "setup"
    MIGRATE = "migrate"


@dataclass(frozen=True)
class AuditFields:
    """What an event says; ``detail`` never holds a resident's personal data."""

    occurred_at: datetime
    actor_id: int | None
    actor_username: str | None
    action: str
    entity: str | None
    entity_id: str | None
    detail: str | None


def event_hash(prev_hash: str, event_id: int, fields: AuditFields) -> str:
    """Hash of one event, binding it to its id and to the event before it."""
    canonical = json.dumps(
        [
            prev_hash,
            event_id,
            fields.occurred_at.isoformat(timespec="microseconds"),
            fields.actor_id,
            fields.actor_username,
            fields.action,
            fields.entity,
            fields.entity_id,
            fields.detail,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainHead:
    event_id: int
    hash: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events_checked: int
    problems: tuple[str, ...]
