"""Assessments, care plans, reintegration and follow-up for the demo database.

Runs after ``demo.fill_residents``: reads the residents back in id order (admission, status,
counselor, names, guardian, last note), asks ``domain.synthetic_case_management`` for each one's
case work (deterministic for the seed) and writes it with SQLAlchemy Core ``insert()`` in
batches, a few transactions in all, like the rest of the demo.

At 50,000 residents this is a few million rows (most of them item scores), so each table's Core
``insert()`` is compiled once for the engine's dialect and executed with positional rows, the
columns' bind processors (dates on SQLite) applied here: half the per-row cost of dictionaries.
Ids are given explicitly (after the tables' current highest id) so that child rows point at
their parents without reading ids back.

The shipped template versions used (the latest of ``csi`` and, when shipped, ``recovery``) are
stored as snapshots first, exactly as the assessment service stores them on first use.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select
from sqlalchemy.orm import Session

from ..domain.assessments import AssessmentTemplate
from ..domain.case_policy import CasePolicy
from ..domain.clock import utc_now
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.roles import Role
from ..domain.synthetic_case_management import (
    CSI,
    MANAGER,
    RECOVERY,
    CaseWorkGenerator,
    DemoCaseWork,
    ResidentFacts,
)
from ..storage.models import (
    AssessmentDomainCommentRow,
    AssessmentRow,
    AssessmentScoreRow,
    AssessmentTemplateRow,
    CarePlanActionRow,
    CarePlanGoalRow,
    CarePlanRow,
    CarePlanSignoffRow,
    ContactRow,
    CounselingNoteRow,
    FollowUpVisitRow,
    ReadinessAssessmentRow,
    ReintegrationRow,
    ResidentRow,
    StaffAccountRow,
)
from .assessment_templates import latest_template
from .case_policy import load_policy

Progress = Callable[[float, str], None]

# Residents per batch of inserts, and batches per transaction.
_BATCH = 2000
_BATCHES_PER_TRANSACTION = 5

# Column order of the rows built below (every column of each table).
_COLUMNS: dict[type, tuple[str, ...]] = {
    AssessmentRow: ("id", "resident_id", "template_id", "assessed_on", "assessor_id", "purpose",
                    "summary", "created_at", "updated_at"),
    AssessmentScoreRow: ("id", "assessment_id", "domain_code", "item_code", "score"),
    AssessmentDomainCommentRow: ("id", "assessment_id", "domain_code", "comment"),
    CarePlanRow: ("id", "resident_id", "version", "previous_id", "assessment_id", "status",
                  "review_date", "summary", "created_by", "created_at", "updated_at"),
    CarePlanGoalRow: ("id", "care_plan_id", "position", "domain_code", "goal", "responsible_id",
                      "target_date", "status"),
    CarePlanActionRow: ("id", "goal_id", "position", "action", "responsible_id", "target_date",
                        "done"),
    CarePlanSignoffRow: ("id", "care_plan_id", "party", "signer_name", "signed_on",
                         "recorded_by", "recorded_at"),
    ReintegrationRow: ("id", "resident_id", "status", "decision", "decided_on",
                       "decision_reason", "placement_date", "placement_place",
                       "placement_province_code", "follow_up_months", "closed_on",
                       "closure_reason", "closure_note", "created_by", "created_at",
                       "updated_at"),
    ReadinessAssessmentRow: ("id", "reintegration_id", "assessed_on", "assessor_id",
                             "child_score", "child_comment", "family_visit_date", "family_score",
                             "family_comment", "community_score", "community_comment",
                             "access_score", "access_comment", "retrafficking_risk",
                             "risk_comment", "recommendation", "created_at"),
    FollowUpVisitRow: ("id", "reintegration_id", "months_after", "due_on", "status",
                       "visited_on", "visit_type", "visitor_id", "safety_score",
                       "wellbeing_score", "family_score", "education_work_score", "risk_level",
                       "findings", "risks", "next_steps", "updated_at"),
}
_ORDER = tuple(_COLUMNS)  # parents before children


@dataclass
class CaseWorkCounts:
    assessments: int = 0
    scores: int = 0
    care_plans: int = 0
    goals: int = 0
    reintegrations: int = 0
    follow_up_visits: int = 0


def demo_templates() -> dict[str, AssessmentTemplate]:
    """The latest shipped version of each template the demo uses (recovery only if shipped)."""
    templates = {CSI: latest_template(CSI)}
    try:
        templates[RECOVERY] = latest_template(RECOVERY)
    except KeyError:
        pass
    return templates


class _Writer:
    """One table's Core insert, compiled once, executed with many positional rows.

    Rows come as tuples in ``_COLUMNS`` order. The columns' bind processors (on SQLite: dates
    and times to text) are applied column by column: the values repeat a lot (days, quarter
    hours, True/False), so each distinct value is converted once and looked up after that.
    """

    def __init__(self, connection: Connection, model: type) -> None:
        table: Table = model.__table__  # type: ignore[attr-defined]
        dialect = connection.dialect
        compiled = insert(table).compile(dialect=dialect)
        self.sql = str(compiled)
        columns = _COLUMNS[model]
        if set(columns) != {c.key for c in table.columns}:
            raise AssertionError(f"{table.name}: the demo's columns differ from the model's")
        self.positional = bool(compiled.positional)
        wanted = list(compiled.positiontup or ()) if self.positional else list(columns)
        self.order = [columns.index(name) for name in wanted]
        self.names = wanted
        self.identity = self.order == list(range(len(columns)))
        # (column index in _COLUMNS order, processor, converted values so far)
        self.processors: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = []
        for index, name in enumerate(columns):
            column_type = table.c[name].type
            processor = column_type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                self.processors.append((index, processor, {None: None}))

    def write(self, connection: Connection, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.processors or not self.identity:
            columns: list[Iterable[Any]] = list(zip(*rows))
            for index, processor, converted in self.processors:
                values = columns[index]
                for value in set(values).difference(converted):
                    converted[value] = processor(value)
                columns[index] = map(converted.__getitem__, values)
            rows = list(zip(*(columns[i] for i in self.order)))
        if self.positional:
            connection.exec_driver_sql(self.sql, rows)
        else:
            connection.exec_driver_sql(self.sql, [dict(zip(self.names, row)) for row in rows])


@dataclass
class _Ids:
    """The last id used in each table; the next row gets one more."""

    last: dict[type, int]

    def next(self, model: type) -> int:
        self.last[model] += 1
        return self.last[model]


def _store_templates(connection: Connection, templates: dict[str, AssessmentTemplate]) -> dict[str, int]:
    """The snapshot id of each template version, storing the snapshot when missing."""
    ids = {}
    now = utc_now()
    for key, template in templates.items():
        found = connection.scalar(
            select(AssessmentTemplateRow.id).where(
                AssessmentTemplateRow.key == key,
                AssessmentTemplateRow.version == template.version,
            )
        )
        if found is None:
            content = template.source_json
            found = connection.execute(
                insert(AssessmentTemplateRow.__table__).returning(AssessmentTemplateRow.id),
                {
                    "key": key, "version": template.version, "content": content,
                    "content_sha256": hashlib.sha256(content.encode("utf-8")).hexdigest(),
                    "stored_at": now,
                },
            ).scalar_one()
        ids[key] = found
    return ids


def _staff(connection: Connection) -> tuple[list[int], int | None, str]:
    """Counselor ids in id order, the house manager's id and display name (if any)."""
    rows = connection.execute(
        select(StaffAccountRow.id, StaffAccountRow.role, StaffAccountRow.display_name)
        .where(StaffAccountRow.role.in_((Role.COUNSELOR.value, Role.HOUSE_MANAGER.value)))
        .order_by(StaffAccountRow.id)
    ).all()
    counselors = [r.id for r in rows if r.role == Role.COUNSELOR.value]
    managers = [r for r in rows if r.role == Role.HOUSE_MANAGER.value]
    if managers:
        return counselors, managers[0].id, managers[0].display_name
    return counselors, None, ""


def _facts(connection: Connection, first: int, last: int, counselor_index: dict[int, int]) -> list[tuple[int, ResidentFacts]]:
    """(resident id, facts) for residents with ids first … last, in id order."""
    in_range = ResidentRow.id.between(first, last)
    last_notes = dict(
        connection.execute(
            select(CounselingNoteRow.resident_id, func.max(CounselingNoteRow.session_date))
            .where(CounselingNoteRow.resident_id.between(first, last))
            .group_by(CounselingNoteRow.resident_id)
        ).all()
    )
    guardians: dict[int, str] = {}
    for resident_id, name in connection.execute(
        select(ContactRow.resident_id, ContactRow.name)
        .where(ContactRow.resident_id.between(first, last), ContactRow.is_guardian)
        .order_by(ContactRow.id)
    ):
        guardians.setdefault(resident_id, name)
    out = []
    for row in connection.execute(
        select(
            ResidentRow.id, ResidentRow.admission_date, ResidentRow.status,
            ResidentRow.date_of_birth, ResidentRow.province_code, ResidentRow.nationality,
            ResidentRow.counselor_id, ResidentRow.name_latin, ResidentRow.name_khmer,
            ResidentRow.exit_date,
        ).where(in_range).order_by(ResidentRow.id)
    ):
        out.append((row.id, ResidentFacts(
            position=row.id - 1,
            admission_date=row.admission_date,
            status=row.status,
            date_of_birth=row.date_of_birth,
            province_code=row.province_code,
            nationality=row.nationality or "",
            counselor=counselor_index.get(row.counselor_id, 0),
            name_latin=row.name_latin or row.name_khmer or "",
            name_khmer=row.name_khmer or row.name_latin or "",
            guardian_name=guardians.get(row.id),
            last_note_on=last_notes.get(row.id),
            left_on=row.exit_date,
        )))
    return out


def _rows(
    batch: Sequence[tuple[int, DemoCaseWork]],
    ids: _Ids,
    template_ids: dict[str, int],
    shapes: dict[str, tuple[tuple[str, str], ...]],
    staff: Callable[[int], int],
) -> dict[type, list[tuple[Any, ...]]]:
    out: dict[type, list[tuple[Any, ...]]] = {model: [] for model in _ORDER}
    assessments, scores, comments = out[AssessmentRow], out[AssessmentScoreRow], out[
        AssessmentDomainCommentRow]
    plans, goals, actions, signoffs = (out[CarePlanRow], out[CarePlanGoalRow],
                                       out[CarePlanActionRow], out[CarePlanSignoffRow])
    last = ids.last
    score_id = last[AssessmentScoreRow]
    for resident_id, work in batch:
        assessment_ids = []
        for a in work.assessments:
            assessment_id = ids.next(AssessmentRow)
            assessment_ids.append(assessment_id)
            assessments.append((assessment_id, resident_id, template_ids[a.template_key],
                                a.assessed_on, staff(a.assessor), a.purpose, a.summary,
                                a.created_at, a.created_at))
            items = shapes[a.template_key]
            scores.extend(
                (score_id + n, assessment_id, item[0], item[1], score)
                for n, (item, score) in enumerate(zip(items, a.scores), 1)
            )
            score_id += len(items)
            for code, text in a.comments:
                comments.append((ids.next(AssessmentDomainCommentRow), assessment_id, code, text))
        previous = None
        for p in work.care_plans:
            plan_id = ids.next(CarePlanRow)
            plans.append((plan_id, resident_id, p.version, previous,
                          assessment_ids[p.assessment], p.status, p.review_date, p.summary,
                          staff(p.created_by), p.created_at, p.updated_at))
            previous = plan_id
            for position, g in enumerate(p.goals):
                goal_id = ids.next(CarePlanGoalRow)
                goals.append((goal_id, plan_id, position, g.domain_code, g.goal,
                              staff(g.responsible), g.target_date, g.status))
                for a_position, action in enumerate(g.actions):
                    actions.append((ids.next(CarePlanActionRow), goal_id, a_position,
                                    action.action, staff(action.responsible),
                                    action.target_date, action.done))
            for s in p.signoffs:
                signoffs.append((ids.next(CarePlanSignoffRow), plan_id, s.party, s.signer_name,
                                 s.signed_on, staff(s.recorded_by), s.recorded_at))
        r = work.reintegration
        if r is not None:
            reintegration_id = ids.next(ReintegrationRow)
            out[ReintegrationRow].append((
                reintegration_id, resident_id, r.status, r.decision, r.decided_on,
                r.decision_reason, r.placement_date, r.placement_place,
                r.placement_province_code, r.follow_up_months, r.closed_on, r.closure_reason,
                r.closure_note, staff(r.created_by), r.created_at, r.updated_at,
            ))
            for x in r.readiness:
                out[ReadinessAssessmentRow].append((
                    ids.next(ReadinessAssessmentRow), reintegration_id, x.assessed_on,
                    staff(x.assessor), x.child_score, x.child_comment, x.family_visit_date,
                    x.family_score, x.family_comment, x.community_score, x.community_comment,
                    x.access_score, x.access_comment, x.retrafficking_risk, x.risk_comment,
                    x.recommendation, x.created_at,
                ))
            for v in r.visits:
                out[FollowUpVisitRow].append((
                    ids.next(FollowUpVisitRow), reintegration_id, v.months_after, v.due_on,
                    v.status, v.visited_on, v.visit_type,
                    None if v.visitor is None else staff(v.visitor), v.safety_score,
                    v.wellbeing_score, v.family_score, v.education_work_score, v.risk_level,
                    v.findings, v.risks, v.next_steps, v.updated_at,
                ))
    last[AssessmentScoreRow] = score_id
    return out


def fill_case_management(
    engine: Engine,
    seed: int,
    progress: Progress | None = None,
    span: tuple[float, float] = (0.0, 1.0),
    templates: dict[str, AssessmentTemplate] | None = None,
) -> CaseWorkCounts:
    """Give every resident in the database synthetic assessments, care plan versions and,
    where her status calls for it, a reintegration with follow-up visits.

    Meant for a new demo database right after ``fill_residents`` (it adds, never replaces).
    ``progress`` is told fractions within ``span``. Takes an engine, like ``fill_residents``,
    so a benchmark can fill a plain SQLite file the same way.
    """
    counts = CaseWorkCounts()
    templates = templates if templates is not None else demo_templates()
    now = utc_now()
    message = QT_TRANSLATE_NOOP("Demo", "Adding assessments, care plans and follow-up visits…")
    with engine.begin() as connection:
        template_ids = _store_templates(connection, templates)
        counselor_ids, manager_id, manager_name = _staff(connection)
        policy = _policy(connection)
        first_id, last_id = connection.execute(
            select(func.min(ResidentRow.id), func.max(ResidentRow.id))
        ).one()
        ids = _Ids({
            model: connection.scalar(select(func.max(model.id))) or 0  # type: ignore[attr-defined]
            for model in _ORDER
        })
    if not counselor_ids or first_id is None:
        return counts
    generator = CaseWorkGenerator(
        templates, seed, now, len(counselor_ids), manager_name or "Case manager", policy,
        has_manager=manager_id is not None,
    )
    staff_ids = {index: staff_id for index, staff_id in enumerate(counselor_ids)}
    staff_ids[MANAGER] = manager_id if manager_id is not None else counselor_ids[0]
    staff = staff_ids.__getitem__
    counselor_index = {staff_id: index for index, staff_id in enumerate(counselor_ids)}
    shapes = {
        key: tuple((d.code, i.code) for d in t.domains for i in d.items)
        for key, t in templates.items()
    }
    total = last_id - first_id + 1
    low, high = span
    with no_cyclic_gc():
        _fill(engine, generator, ids, template_ids, shapes, staff, counselor_index, counts,
              first_id, last_id, lambda done: _report(
                  progress, low + (high - low) * (done - first_id) / total, message))
    return counts


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Millions of small tuples and no reference cycles: the cyclic collector would scan the
    growing heap again and again for nothing (about a third of the time), so pause it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _fill(
    engine: Engine,
    generator: CaseWorkGenerator,
    ids: _Ids,
    template_ids: dict[str, int],
    shapes: dict[str, tuple[tuple[str, str], ...]],
    staff: Callable[[int], int],
    counselor_index: dict[int, int],
    counts: CaseWorkCounts,
    first_id: int,
    last_id: int,
    report: Callable[[int], None],
) -> None:
    start = first_id
    writers: dict[type, _Writer] = {}
    while start <= last_id:
        with engine.begin() as connection:
            if not writers:
                writers.update({model: _Writer(connection, model) for model in _ORDER})
            for _ in range(_BATCHES_PER_TRANSACTION):
                if start > last_id:
                    break
                end = min(last_id, start + _BATCH - 1)
                batch = [(rid, generator.for_resident(facts))
                         for rid, facts in _facts(connection, start, end, counselor_index)]
                rows = _rows(batch, ids, template_ids, shapes, staff)
                for model in _ORDER:
                    writers[model].write(connection, rows[model])
                _count(counts, rows)
                start = end + 1
        report(start)


def _policy(connection: Connection) -> CasePolicy:
    with Session(bind=connection) as session:
        return load_policy(session)


def _count(counts: CaseWorkCounts, rows: dict[type, list[tuple[Any, ...]]]) -> None:
    counts.assessments += len(rows[AssessmentRow])
    counts.scores += len(rows[AssessmentScoreRow])
    counts.care_plans += len(rows[CarePlanRow])
    counts.goals += len(rows[CarePlanGoalRow])
    counts.reintegrations += len(rows[ReintegrationRow])
    counts.follow_up_visits += len(rows[FollowUpVisitRow])


def _report(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(max(0.0, min(1.0, fraction)), message)


__all__ = ("CaseWorkCounts", "demo_templates", "fill_case_management", "no_cyclic_gc")
