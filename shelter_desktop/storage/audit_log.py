"""Append to and verify the hash-chained audit log."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.audit import GENESIS_HASH, AuditFields, ChainHead, ChainReport, event_hash
from .models import AuditEventRow

if TYPE_CHECKING:
    from .database import ShelterDatabase

_VERIFY_BATCH = 5000


def chain_head(session: Session) -> ChainHead | None:
    row = session.execute(
        select(AuditEventRow.id, AuditEventRow.hash).order_by(AuditEventRow.id.desc()).limit(1)
    ).first()
    return ChainHead(row.id, row.hash) if row else None


def event_has_hash(database: "ShelterDatabase", event_id: int, expected_hash: str) -> bool:
    with database.session() as session:
        return session.scalar(select(AuditEventRow.hash).where(AuditEventRow.id == event_id)) == (
            expected_hash
        )


def append_event(session: Session, fields: AuditFields) -> ChainHead:
    """Append one event after the current head, inside the caller's transaction."""
    head = chain_head(session)
    prev_hash = head.hash if head else GENESIS_HASH
    new_id = (head.event_id if head else 0) + 1
    row = AuditEventRow(
        id=new_id,
        occurred_at=fields.occurred_at,
        actor_id=fields.actor_id,
        actor_username=fields.actor_username,
        action=fields.action,
        entity=fields.entity,
        entity_id=fields.entity_id,
        detail=fields.detail,
        prev_hash=prev_hash,
        hash=event_hash(prev_hash, new_id, fields),
    )
    session.add(row)
    session.flush()
    return ChainHead(row.id, row.hash)


def _rows(session: Session) -> Iterator[AuditEventRow]:
    last_id = 0
    while True:
        batch = session.scalars(
            select(AuditEventRow)
            .where(AuditEventRow.id > last_id)
            .order_by(AuditEventRow.id)
            .limit(_VERIFY_BATCH)
        ).all()
        if not batch:
            return
        yield from batch
        last_id = batch[-1].id
        session.expunge_all()


def verify_chain(session: Session, outside_head: ChainHead | None) -> ChainReport:
    """Recompute every hash; compare the last one with the head kept outside the database."""
    problems: list[str] = []
    expected_prev = GENESIS_HASH
    count = 0
    seen_outside_head = outside_head is None or outside_head.event_id == 0
    for row in _rows(session):
        count += 1
        fields = AuditFields(
            row.occurred_at,
            row.actor_id,
            row.actor_username,
            row.action,
            row.entity,
            row.entity_id,
            row.detail,
        )
        if row.prev_hash != expected_prev:
            problems.append(f"audit event {row.id}: does not follow the event before it")
        if event_hash(row.prev_hash, row.id, fields) != row.hash:
            problems.append(f"audit event {row.id}: its content was changed after it was written")
        if outside_head and row.id == outside_head.event_id:
            seen_outside_head = True
            if row.hash != outside_head.hash:
                problems.append(
                    f"audit event {row.id}: differs from the copy of the chain head kept outside "
                    "the database (the log was rebuilt)"
                )
        expected_prev = row.hash
        if len(problems) >= 20:
            break
    if not seen_outside_head:
        problems.append(
            f"audit log ends before event {outside_head.event_id}, which the copy kept outside "
            "the database has seen (events were removed)"
        )
    return ChainReport(ok=not problems, events_checked=count, problems=tuple(problems))
