"""The audit log is hash-chained: any edit, removal or rebuild is detected by `check`."""

from __future__ import annotations

import json

from sqlalchemy import delete, select, update

from shelter_desktop.domain.audit import GENESIS_HASH, AuditFields, event_hash
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.storage import immutability
from shelter_desktop.storage.models import AuditEventRow


def _tamper(session) -> None:  # type: ignore[no-untyped-def]
    """What someone holding the key would do first: drop the append-only triggers."""
    immutability.uninstall(session.connection())


def _verify(shelter):  # type: ignore[no-untyped-def]
    return shelter.services.audit.verify(None, shelter.access.outside_head())


def test_fresh_chain_is_intact_and_head_is_kept_outside(shelter) -> None:  # type: ignore[no-untyped-def]
    report = _verify(shelter)
    assert report.ok and report.events_checked >= 5
    settings = json.loads(shelter.access.data_dir.settings.read_text())
    with shelter.services.database.session() as session:
        last = session.scalars(select(AuditEventRow).order_by(AuditEventRow.id.desc())).first()
    assert (settings["audit_head_id"], settings["audit_head_hash"]) == (last.id, last.hash)


def test_an_edited_row_is_detected(shelter) -> None:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session, session.begin():
        _tamper(session)
        session.execute(update(AuditEventRow).where(AuditEventRow.id == 3).values(action="view"))
    report = _verify(shelter)
    assert not report.ok
    assert any("event 3" in p and "changed" in p for p in report.problems)


def test_a_removed_tail_is_detected_by_the_outside_head(shelter) -> None:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session, session.begin():
        _tamper(session)
        last_id = session.scalar(select(AuditEventRow.id).order_by(AuditEventRow.id.desc()))
        session.execute(delete(AuditEventRow).where(AuditEventRow.id >= last_id - 1))
    report = _verify(shelter)
    assert not report.ok and any("removed" in p for p in report.problems)


def test_a_rebuilt_chain_is_detected_by_the_outside_head(shelter) -> None:  # type: ignore[no-untyped-def]
    """Someone with the key rewrites history and recomputes every hash: the chain is
    self-consistent, but it no longer ends where the copy outside the database says."""
    with shelter.services.database.session() as session, session.begin():
        _tamper(session)
        rows = session.scalars(select(AuditEventRow).order_by(AuditEventRow.id)).all()
        rows[1].actor_username = "someone-else"
        prev = GENESIS_HASH
        for row in rows:
            row.prev_hash = f"tmp-{row.id}"
        session.flush()
        for row in rows:
            fields = AuditFields(
                row.occurred_at, row.actor_id, row.actor_username, row.action,
                row.entity, row.entity_id, row.detail,
            )
            row.prev_hash = prev
            row.hash = event_hash(prev, row.id, fields)
            prev = row.hash
    report = _verify(shelter)
    assert not report.ok and any("rebuilt" in p for p in report.problems)


def test_denied_attempts_appear_in_the_log_for_administrators(shelter) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from shelter_desktop.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        shelter.services.staff.list_staff(shelter.users[Role.DATA_OFFICER])
    events, total = shelter.services.audit.list_events(shelter.admin, AuditFilter(action="denied"))
    assert total == 1 and events[0].actor_username == "dataofficer"
    assert _verify(shelter).ok


def test_the_outside_copy_does_not_follow_a_rebuilt_chain(shelter) -> None:  # type: ignore[no-untyped-def]
    """After tampering, new events must not move the outside head past the evidence."""
    head_before = shelter.access.outside_head()
    with shelter.services.database.session() as session, session.begin():
        _tamper(session)
        session.execute(
            update(AuditEventRow).where(AuditEventRow.id == head_before.event_id).values(hash="f" * 64)
        )
    shelter.services.auth.sign_in("admin", "admin-pass-2026")  # writes new events
    assert shelter.access.outside_head() == head_before
    assert not _verify(shelter).ok
