"""Rules the database itself enforces, below every code path (defence in depth):

- the audit log is append-only: no event can be changed or deleted;
- a signed counseling note never changes and is never deleted (corrections are addenda);
- a superseded care plan version, its goals, actions and sign-offs never change and are never
  deleted, and a stored assessment template snapshot never changes (migration 0005). New rows
  under a superseded plan are refused by the care plan service; the database does not block
  inserts, so that imports and the demo can write a plan's history in any order.

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


SUPERSEDED_PLAN_FROZEN = "A superseded care plan cannot be changed."
TEMPLATE_SNAPSHOT_FROZEN = "A stored assessment template cannot be changed."
_PLAN_OF_GOAL = "(SELECT status FROM care_plan WHERE id = {row}.care_plan_id)"
_PLAN_OF_ACTION = (
    "(SELECT p.status FROM care_plan p JOIN care_plan_goal g ON g.care_plan_id = p.id "
    "WHERE g.id = {row}.goal_id)"
)


def _frozen_under_plan(table: str, plan_status: str) -> dict[str, str]:
    triggers = {}
    for event in ("UPDATE", "DELETE"):
        name = f"{table}_superseded_no_{event.lower()}"
        triggers[name] = (
            f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
            f"WHEN {plan_status.format(row='OLD')} = 'superseded' "
            f"BEGIN SELECT RAISE(ABORT, '{SUPERSEDED_PLAN_FROZEN}'); END"
        )
    return triggers


CASE_MANAGEMENT_TRIGGERS: dict[str, str] = {
    "care_plan_superseded_no_update": (
        "CREATE TRIGGER care_plan_superseded_no_update BEFORE UPDATE ON care_plan "
        "WHEN OLD.status = 'superseded' "
        f"BEGIN SELECT RAISE(ABORT, '{SUPERSEDED_PLAN_FROZEN}'); END"
    ),
    "care_plan_superseded_no_delete": (
        "CREATE TRIGGER care_plan_superseded_no_delete BEFORE DELETE ON care_plan "
        "WHEN OLD.status = 'superseded' "
        f"BEGIN SELECT RAISE(ABORT, '{SUPERSEDED_PLAN_FROZEN}'); END"
    ),
    **_frozen_under_plan("care_plan_goal", _PLAN_OF_GOAL),
    **_frozen_under_plan("care_plan_signoff", _PLAN_OF_GOAL),
    **_frozen_under_plan("care_plan_action", _PLAN_OF_ACTION),
    "assessment_template_no_update": (
        "CREATE TRIGGER assessment_template_no_update BEFORE UPDATE ON assessment_template "
        f"BEGIN SELECT RAISE(ABORT, '{TEMPLATE_SNAPSHOT_FROZEN}'); END"
    ),
    "assessment_template_no_delete": (
        "CREATE TRIGGER assessment_template_no_delete BEFORE DELETE ON assessment_template "
        f"BEGIN SELECT RAISE(ABORT, '{TEMPLATE_SNAPSHOT_FROZEN}'); END"
    ),
}


def install(connection: Connection) -> None:
    """The audit and signed-note rules (migration 0004)."""
    _create(connection, TRIGGERS)


def install_case_management(connection: Connection) -> None:
    """The care plan and template snapshot rules (migration 0005)."""
    _create(connection, CASE_MANAGEMENT_TRIGGERS)


def _create(connection: Connection, triggers: dict[str, str]) -> None:
    if connection.dialect.name != "sqlite":
        return
    for ddl in triggers.values():
        connection.execute(text(ddl))


def uninstall(connection: Connection) -> None:
    """Drop every rule (tests that tamper with the database on purpose start here)."""
    if connection.dialect.name != "sqlite":
        return
    for name in (*TRIGGERS, *CASE_MANAGEMENT_TRIGGERS):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
