"""Rules the database itself enforces, below every code path (defence in depth):

- the audit log is append-only: no event can be changed or deleted;
- a signed counseling note never changes and is never deleted (corrections are addenda).

SQLite triggers; this module is the only place with that SQLite-only SQL (DESIGN.md section 7).
Someone holding the key can still drop a trigger: that is why the audit log is also hash-chained
with its head kept outside the database.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

AUDIT_APPEND_ONLY = "The audit log is append-only."
SIGNED_NOTE_FROZEN = "A signed note cannot be changed."

TRIGGERS: dict[str, str] = {
    "audit_event_no_update": (
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
        f"BEGIN SELECT RAISE(ABORT, '{AUDIT_APPEND_ONLY}'); END"
    ),
    "audit_event_no_delete": (
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        f"BEGIN SELECT RAISE(ABORT, '{AUDIT_APPEND_ONLY}'); END"
    ),
    "signed_note_no_update": (
        "CREATE TRIGGER signed_note_no_update BEFORE UPDATE ON counseling_note "
        "WHEN OLD.signed_at IS NOT NULL "
        f"BEGIN SELECT RAISE(ABORT, '{SIGNED_NOTE_FROZEN}'); END"
    ),
    "signed_note_no_delete": (
        "CREATE TRIGGER signed_note_no_delete BEFORE DELETE ON counseling_note "
        "WHEN OLD.signed_at IS NOT NULL "
        f"BEGIN SELECT RAISE(ABORT, '{SIGNED_NOTE_FROZEN}'); END"
    ),
}


def install(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    for ddl in TRIGGERS.values():
        connection.execute(text(ddl))


def uninstall(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
