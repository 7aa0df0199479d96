"""A resident's assessments (DESIGN.md section 3): scored with a versioned template.

The first time a template version is used, its JSON is stored in ``assessment_template``; from
then on that stored snapshot is the truth for every assessment made with it, whatever the shipped
file says now. Views are always built from the stored snapshot, never from the shipped file.
Reading needs VIEW_RESIDENTS (audited as VIEW), writing EDIT_RESIDENTS; audit details hold the
template key and version, the purpose and counts, never a comment or the summary.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.assessments import (
    FIELD_TEMPLATE,
    UNKNOWN_TEMPLATE,
    AssessmentInput,
    AssessmentInvalid,
    AssessmentTemplate,
    AssessmentView,
    DomainTrend,
    build_trends,
    domain_results,
    parse_template,
    validate_assessment,
)
from ..domain.audit import AuditAction
from ..domain.clock import utc_now
from ..domain.dto import Changed, Changes, SignedInUser
from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.roles import Permission
from ..storage.models import (
    AssessmentDomainCommentRow,
    AssessmentRow,
    AssessmentScoreRow,
    AssessmentTemplateRow,
    StaffAccountRow,
)
from . import assessment_templates
from .base import ServiceBase
from .lookups import existing_resident

ASSESSMENTS_CHANGED = Changes(frozenset({"assessments"}))
ENTITY = "assessment"
MAX_ASSESSMENTS = 500  # far above any real file; keeps one call bounded


def local_today() -> date:
    """Dates typed by staff are local dates, so "in the future" is judged by the PC's day."""
    return date.today()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---- template snapshots -----------------------------------------------------------------


def _stored_row(session: Session, key: str, version: int) -> AssessmentTemplateRow | None:
    return session.scalars(
        select(AssessmentTemplateRow).where(
            AssessmentTemplateRow.key == key, AssessmentTemplateRow.version == version
        )
    ).first()


def _current_template(session: Session, key: str) -> AssessmentTemplate:
    """The template a new assessment of ``key`` uses: the latest shipped version, read from
    its stored snapshot when that version was used before (the snapshot wins)."""
    try:
        if not isinstance(key, str):
            raise KeyError(key)
        shipped = assessment_templates.latest_template(key)
    except KeyError:
        raise AssessmentInvalid(UNKNOWN_TEMPLATE, FIELD_TEMPLATE, key=str(key)[:40]) from None
    stored = _stored_row(session, shipped.key, shipped.version)
    if stored is not None:
        return parse_template(stored.content)
    return shipped


def _snapshot_for_use(session: Session, key: str) -> tuple[AssessmentTemplateRow, AssessmentTemplate]:
    """The stored snapshot row of the latest version of ``key``, storing it on first use."""
    try:
        if not isinstance(key, str):
            raise KeyError(key)
        shipped = assessment_templates.latest_template(key)
    except KeyError:
        raise AssessmentInvalid(UNKNOWN_TEMPLATE, FIELD_TEMPLATE, key=str(key)[:40]) from None
    row = _stored_row(session, shipped.key, shipped.version)
    if row is None:
        content = shipped.source_json
        row = AssessmentTemplateRow(
            key=shipped.key,
            version=shipped.version,
            content=content,
            content_sha256=_sha256(content),
            stored_at=utc_now(),
        )
        session.add(row)
        session.flush()
        return row, shipped
    # A snapshot of this version exists: it is the truth (even when the shipped file of the
    # same version was changed since: its hash would differ).
    return row, parse_template(row.content)


# ---- reading ----------------------------------------------------------------------------


def _staff_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(
        session.execute(
            select(StaffAccountRow.id, StaffAccountRow.display_name).where(
                StaffAccountRow.id.in_(ids)
            )
        ).all()
    )


def _views(session: Session, rows: list[AssessmentRow]) -> list[AssessmentView]:
    """Views of ``rows`` (in the same order), with a constant number of queries."""
    if not rows:
        return []
    ids = [row.id for row in rows]
    scores: dict[int, dict[str, int]] = defaultdict(dict)
    for assessment_id, item_code, score in session.execute(
        select(
            AssessmentScoreRow.assessment_id, AssessmentScoreRow.item_code,
            AssessmentScoreRow.score,
        ).where(AssessmentScoreRow.assessment_id.in_(ids))
    ):
        scores[assessment_id][item_code] = score
    comments: dict[int, dict[str, str]] = defaultdict(dict)
    for assessment_id, domain_code, comment in session.execute(
        select(
            AssessmentDomainCommentRow.assessment_id, AssessmentDomainCommentRow.domain_code,
            AssessmentDomainCommentRow.comment,
        ).where(AssessmentDomainCommentRow.assessment_id.in_(ids))
    ):
        comments[assessment_id][domain_code] = comment
    templates: dict[int, AssessmentTemplate] = {}
    for template_row in session.scalars(
        select(AssessmentTemplateRow).where(
            AssessmentTemplateRow.id.in_({row.template_id for row in rows})
        )
    ):
        templates[template_row.id] = parse_template(template_row.content)
    names = _staff_names(session, {row.assessor_id for row in rows})
    views = []
    for row in rows:
        template = templates[row.template_id]
        views.append(
            AssessmentView(
                id=row.id,
                resident_id=row.resident_id,
                template_key=template.key,
                template_version=template.version,
                template_title=template.title,
                assessed_on=row.assessed_on,
                assessor_name=names.get(row.assessor_id, ""),
                purpose=row.purpose,
                summary=row.summary or "",
                domains=domain_results(template, scores[row.id], comments[row.id]),
            )
        )
    return views


def _assessment_row(session: Session, assessment_id: int) -> AssessmentRow:
    row = session.get(AssessmentRow, assessment_id)
    if row is None:
        raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "assessment"))
    return row


def load_assessment_view(session: Session, assessment_id: int) -> AssessmentView:
    """One assessment read with the template snapshot it was made with; NotFound if missing.
    No permission check or audit: the calling service does both."""
    return _views(session, [_assessment_row(session, assessment_id)])[0]


def _newest_first(query):  # type: ignore[no-untyped-def]
    return query.order_by(AssessmentRow.assessed_on.desc(), AssessmentRow.id.desc())


def _of_key(query, template_key: str | None):  # type: ignore[no-untyped-def]
    if template_key is None:
        return query
    return query.join(
        AssessmentTemplateRow, AssessmentTemplateRow.id == AssessmentRow.template_id
    ).where(AssessmentTemplateRow.key == template_key)


def latest_assessment_row_id(
    session: Session, resident_id: int, template_key: str | None = None
) -> int | None:
    """The id of the resident's most recent assessment (of ``template_key`` when given)."""
    query = _of_key(select(AssessmentRow.id), template_key).where(
        AssessmentRow.resident_id == resident_id
    )
    return session.scalars(_newest_first(query).limit(1)).first()


def _resident_rows(
    session: Session, resident_id: int, template_key: str | None = None
) -> list[AssessmentRow]:
    query = _of_key(select(AssessmentRow), template_key).where(
        AssessmentRow.resident_id == resident_id
    )
    return list(session.scalars(_newest_first(query).limit(MAX_ASSESSMENTS)))


# ---- writing ----------------------------------------------------------------------------


def _write_scores(
    session: Session, row: AssessmentRow, template: AssessmentTemplate, value: AssessmentInput
) -> None:
    session.execute(delete(AssessmentScoreRow).where(AssessmentScoreRow.assessment_id == row.id))
    session.execute(
        delete(AssessmentDomainCommentRow).where(
            AssessmentDomainCommentRow.assessment_id == row.id
        )
    )
    for domain in template.domains:
        for item in domain.items:
            session.add(
                AssessmentScoreRow(
                    assessment_id=row.id, domain_code=domain.code, item_code=item.code,
                    score=value.scores[item.code],
                )
            )
        comment = value.comments.get(domain.code, "")
        if comment:
            session.add(
                AssessmentDomainCommentRow(
                    assessment_id=row.id, domain_code=domain.code, comment=comment
                )
            )
    session.flush()


def _low_domains(template: AssessmentTemplate, value: AssessmentInput) -> int:
    return sum(
        1 for result in domain_results(template, value.scores, value.comments)
        if result.score <= 2
    )


class AssessmentService(ServiceBase):
    def templates(self, actor: SignedInUser) -> list[AssessmentTemplate]:
        """The form a new assessment uses, for each template key (latest version)."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY)
            return [
                _current_template(uow.session, key)
                for key in assessment_templates.template_keys()
            ]

    def template_for(self, actor: SignedInUser, assessment_id: int) -> AssessmentTemplate:
        """The stored template version an assessment was made with (to edit it with its own
        items and anchors). A template holds no personal data, so this is not audited."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY, assessment_id)
            row = _assessment_row(uow.session, assessment_id)
            template_row = uow.session.get(AssessmentTemplateRow, row.template_id)
            assert template_row is not None  # foreign key
            return parse_template(template_row.content)

    def list(self, actor: SignedInUser, resident_id: int) -> list[AssessmentView]:
        """The resident's assessments, newest first."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY)
            existing_resident(uow.session, resident_id)
            views = _views(uow.session, _resident_rows(uow.session, resident_id))
            uow.audit(
                AuditAction.VIEW, ENTITY, None,
                {"resident_id": resident_id, "assessments": len(views)},
            )
            return views

    def get(self, actor: SignedInUser, assessment_id: int) -> AssessmentView:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY, assessment_id)
            view = load_assessment_view(uow.session, assessment_id)
            uow.audit(AuditAction.VIEW, ENTITY, assessment_id, self._detail(view))
            return view

    def latest(
        self, actor: SignedInUser, resident_id: int, template_key: str | None = None
    ) -> AssessmentView | None:
        """The resident's most recent assessment (of ``template_key`` when given), or None."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY)
            existing_resident(uow.session, resident_id)
            found = latest_assessment_row_id(uow.session, resident_id, template_key)
            view = None if found is None else load_assessment_view(uow.session, found)
            detail: dict[str, object] = {"resident_id": resident_id, "found": view is not None}
            if template_key is not None:
                detail["template"] = template_key[:32]
            uow.audit(AuditAction.VIEW, ENTITY, found, detail)
            return view

    def trends(
        self, actor: SignedInUser, resident_id: int, template_key: str
    ) -> list[DomainTrend]:
        """Each domain's scores over time (oldest first) in the resident's assessments made
        with ``template_key`` (any version)."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, ENTITY)
            existing_resident(uow.session, resident_id)
            views = _views(uow.session, _resident_rows(uow.session, resident_id, template_key))
            uow.audit(
                AuditAction.VIEW, ENTITY, None,
                {"resident_id": resident_id, "template": template_key[:32],
                 "assessments": len(views), "trend": True},
            )
            return build_trends(views)

    def add(
        self, actor: SignedInUser, resident_id: int, value: AssessmentInput
    ) -> Changed[AssessmentView]:
        """Record a new assessment with the latest version of its template."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, ENTITY)
            existing_resident(uow.session, resident_id)
            template_row, template = _snapshot_for_use(uow.session, value.template_key)
            clean = validate_assessment(template, value, local_today())
            now = utc_now()
            assert uow.actor is not None  # require() passed
            row = AssessmentRow(
                resident_id=resident_id,
                template_id=template_row.id,
                assessed_on=clean.assessed_on,
                assessor_id=uow.actor.id,
                purpose=clean.purpose,
                summary=clean.summary,
                created_at=now,
                updated_at=now,
            )
            uow.session.add(row)
            uow.session.flush()
            _write_scores(uow.session, row, template, clean)
            uow.audit(
                AuditAction.CREATE, ENTITY, row.id,
                {
                    "resident_id": resident_id,
                    "template": template.key,
                    "version": template.version,
                    "purpose": clean.purpose,
                    "items": len(clean.scores),
                    "comments": len(clean.comments),
                    "low_domains": _low_domains(template, clean),
                },
            )
            return Changed(load_assessment_view(uow.session, row.id), ASSESSMENTS_CHANGED)

    def update(
        self, actor: SignedInUser, assessment_id: int, value: AssessmentInput
    ) -> Changed[AssessmentView]:
        """Correct an assessment; it keeps the template version it was made with."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, ENTITY, assessment_id)
            row = _assessment_row(uow.session, assessment_id)
            template_row = uow.session.get(AssessmentTemplateRow, row.template_id)
            assert template_row is not None  # foreign key
            template = parse_template(template_row.content)
            clean = validate_assessment(template, value, local_today())
            before = load_assessment_view(uow.session, assessment_id)
            old_scores = {c: s for d in before.domains for c, s in d.item_scores.items()}
            old_comments = {d.code: d.comment for d in before.domains if d.comment}
            fields = [
                name for name, old, new in (
                    ("assessed_on", row.assessed_on, clean.assessed_on),
                    ("purpose", row.purpose, clean.purpose),
                    ("summary", row.summary or "", clean.summary),
                )
                if old != new
            ]
            changed_scores = sum(
                1 for code, score in clean.scores.items() if old_scores.get(code) != score
            )
            changed_comments = sum(
                1 for code in set(old_comments) | set(clean.comments)
                if old_comments.get(code, "") != clean.comments.get(code, "")
            )
            row.assessed_on = clean.assessed_on
            row.purpose = clean.purpose
            row.summary = clean.summary
            row.updated_at = utc_now()
            _write_scores(uow.session, row, template, clean)
            uow.audit(
                AuditAction.UPDATE, ENTITY, row.id,
                {
                    "resident_id": row.resident_id,
                    "template": template.key,
                    "version": template.version,
                    "purpose": clean.purpose,
                    "fields": fields,
                    "scores_changed": changed_scores,
                    "comments_changed": changed_comments,
                },
            )
            return Changed(load_assessment_view(uow.session, row.id), ASSESSMENTS_CHANGED)

    @staticmethod
    def _detail(view: AssessmentView) -> dict[str, object]:
        return {
            "resident_id": view.resident_id,
            "template": view.template_key,
            "version": view.template_version,
            "purpose": view.purpose,
        }
