"""Anonymized summaries (DESIGN.md section 4, issue #5): aggregate counts for donors, partners
and the Ministry, protected before they leave (domain/disclosure.py).

Every count is a GROUP BY in SQL (a year at 50,000 residents reads aggregates, never resident
rows with names). Queries select only vocabulary values, codes, dates (turned into months and
age bands here) and counts: no name, alias, case number, village or text a person typed is ever
read. Building or exporting needs EXPORT_ANONYMIZED (data officer, house manager,
administrator); each is audited as EXPORT with its parameters (period, tables, k, format) and
never any number of the summary itself.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from importlib import metadata

from sqlalchemy import and_, distinct, extract, func, inspect, or_, select
from sqlalchemy.orm import Session

from ..domain.age_bands import AgeBand, band_on
from ..domain.assessments import parse_template
from ..domain.audit import AuditAction
from ..domain.disclosure import (
    CountTable,
    Label,
    MeasureTable,
    ProtectedTable,
    protect,
    protect_measures,
)
from ..domain.dto import SignedInUser
from ..domain.errors import ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.reintegration import Decision, ReintegrationStatus
from ..domain.roles import Permission
from ..domain.summary import (
    ADMISSIONS_BY_MONTH,
    AGE_BAND_BY_SEX,
    ASSESSMENT_CHANGE,
    EDUCATION,
    EXITS_BY_MONTH,
    EXPLOITATION_TYPE,
    FOLLOW_UP,
    NATIONALITY,
    PROVINCE,
    REFERRAL_SOURCE,
    REINTEGRATION,
    VOCATIONAL,
    VOCATIONAL_WORK,
    Period,
    Provenance,
    Summary,
    SummaryRequest,
)
from ..domain.summary_family import (
    family_periods,
    group_of,
    protect_family,
)
from ..domain.vocabulary import (
    NATIONALITY_LABELS,
    EducationProgramme,
    ExploitationType,
    ProgressStatus,
    ReferralSource,
    Sex,
    Trade,
)
from ..domain import geography
from ..reports import summary_labels as words
from ..storage.models import (
    AssessmentRow,
    AssessmentScoreRow,
    AssessmentTemplateRow,
    EducationEnrolmentRow,
    FollowUpVisitRow,
    ReintegrationRow,
    ResidentRow,
    ShelterProfileRow,
    VocationalTrainingRow,
)
from .base import ServiceBase

Progress = Callable[[float, str], None]
FORMATS = ("csv", "xlsx", "pdf")
APP_NAME = "shelter-desktop"
ENTITY = "summary"


class ExportFormatInvalid(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "Summaries", "Choose CSV, XLSX or PDF as the format of the export.")
    field = "format"


class ExportCancelled(ValidationError):
    template = QT_TRANSLATE_NOOP("Summaries", "The export was cancelled. Nothing was written.")


def app_version() -> str:
    try:
        return metadata.version(APP_NAME)
    except metadata.PackageNotFoundError:
        return "unknown"


def local_today() -> date:
    return date.today()


# ---- small helpers --------------------------------------------------------------------------


def _in_period(column, period: Period):  # type: ignore[no-untyped-def]
    return and_(column >= period.start, column <= period.end)


def _overlaps(start_col, end_col, period: Period):  # type: ignore[no-untyped-def]
    """Records running at some time during the period."""
    return and_(start_col <= period.end, or_(end_col.is_(None), end_col >= period.start))


def _matrix(rows: Sequence[str], columns: Sequence[str],
            counts: dict[tuple[str, str], int]) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(int(counts.get((r, c), 0)) for c in columns) for r in rows)


def _count_table(key: str, rows: Sequence[Label], columns: Sequence[Label],
                 counts: dict[tuple[str, str], int]) -> CountTable:
    return CountTable(key, tuple(rows), tuple(columns),
                      _matrix([r.key for r in rows], [c.key for c in columns], counts))


SEXES = tuple(s.value for s in Sex)
ONE_COLUMN = (words.label("residents"),)


def _sex_labels() -> list[Label]:
    return [words.label(s) for s in SEXES]


def _bucket(value: str | None, known: Iterable[str], fallback: str) -> str:
    return value if value in set(known) else fallback


# ---- the queries ------------------------------------------------------------------------------


def _admitted(period: Period):  # type: ignore[no-untyped-def]
    return _in_period(ResidentRow.admission_date, period)


def admissions_by_month(session: Session, period: Period) -> CountTable:
    year = extract("year", ResidentRow.admission_date)
    month = extract("month", ResidentRow.admission_date)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for y, m, sex, n in session.execute(
        select(year, month, ResidentRow.sex, func.count(ResidentRow.id))
        .where(_admitted(period)).group_by(year, month, ResidentRow.sex)
    ):
        counts[(f"{int(y):04d}-{int(m):02d}", _bucket(sex, SEXES, "other"))] += n
    rows = [words.month_label(y, m) for y, m in period.months()]
    return _count_table(ADMISSIONS_BY_MONTH, rows, _sex_labels(), counts)


def _has_table(session: Session, name: str) -> bool:
    return inspect(session.connection()).has_table(name)


def exits_by_month(session: Session, period: Period) -> CountTable:
    """Residents who left the shelter, by the month of their exit date and how they left.

    The column is her status since: reintegrated, transferred, left without notice
    (absconded) or case closed. A closed case whose exit was her placement (the exit date is
    a placement date of hers) left by reintegration, so it counts as reintegrated. Old exits
    whose day was never recorded have no exit date and are not counted.
    """
    reasons = ("reintegrated", "transferred", "absconded", "closed")
    r = ResidentRow
    year, month = extract("year", r.exit_date), extract("month", r.exit_date)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for y, m, status, n in session.execute(
        select(year, month, r.status, func.count(distinct(r.id)))
        .where(_in_period(r.exit_date, period)).group_by(year, month, r.status)
    ):
        if status in reasons:
            counts[(f"{int(y):04d}-{int(m):02d}", status)] += n
    if _has_table(session, "reintegration"):
        placed = ReintegrationRow
        for y, m, n in session.execute(
            select(year, month, func.count(distinct(r.id)))
            .join(placed, and_(placed.resident_id == r.id,
                               placed.placement_date == r.exit_date))
            .where(_in_period(r.exit_date, period), r.status == "closed")
            .group_by(year, month)
        ):
            key = f"{int(y):04d}-{int(m):02d}"
            counts[(key, "closed")] -= n
            counts[(key, "reintegrated")] += n
    rows = [words.month_label(y, m) for y, m in period.months()]
    columns = [words.label(reason, f"exit_{reason}") for reason in reasons]
    return _count_table(EXITS_BY_MONTH, rows, columns, counts)


def age_band_by_sex(session: Session, period: Period) -> CountTable:
    """Age at admission. Dates of birth are grouped in SQL (many residents share one), then
    turned into bands here; only (date of birth, admission date, sex, count) is read."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for born, admitted, sex, n in session.execute(
        select(ResidentRow.date_of_birth, ResidentRow.admission_date, ResidentRow.sex,
               func.count(ResidentRow.id))
        .where(_admitted(period))
        .group_by(ResidentRow.date_of_birth, ResidentRow.admission_date, ResidentRow.sex)
    ):
        band = band_on(born, admitted) if born is not None else None
        counts[(band.value if band else "age_unknown", _bucket(sex, SEXES, "other"))] += n
    rows = [words.label(b.value) for b in AgeBand] + [words.label("age_unknown")]
    return _count_table(AGE_BAND_BY_SEX, rows, _sex_labels(), counts)


def _one_column(key: str, session: Session, column, period: Period,  # type: ignore[no-untyped-def]
                known: Sequence[str], fallback: str, rows: Sequence[Label]) -> CountTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for value, n in session.execute(
        select(column, func.count(ResidentRow.id)).where(_admitted(period)).group_by(column)
    ):
        counts[(_bucket(value, known, fallback), "residents")] += n
    return _count_table(key, rows, ONE_COLUMN, counts)


def nationality(session: Session, period: Period) -> CountTable:
    codes = list(NATIONALITY_LABELS)
    return _one_column(NATIONALITY, session, ResidentRow.nationality, period, codes, "XX",
                       [words.label(c) for c in codes])


def province_of_origin(session: Session, period: Period) -> CountTable:
    codes = [p.code for p in geography.provinces()]
    rows = [words.province_label(c) for c in codes] + [words.label("outside_or_unknown")]
    return _one_column(PROVINCE, session, ResidentRow.province_code, period, codes,
                       "outside_or_unknown", rows)


def referral_source(session: Session, period: Period) -> CountTable:
    sources = [s.value for s in ReferralSource]
    rows = [words.label(s) for s in sources] + [words.label("not_recorded")]
    return _one_column(REFERRAL_SOURCE, session, ResidentRow.referral_source, period, sources,
                       "not_recorded", rows)


def exploitation_type(session: Session, period: Period) -> CountTable:
    """Types are stored comma-separated: group by the stored list, split the few lists here.
    A resident with two types counts once in each (never twice in one row)."""
    types = [t.value for t in ExploitationType]
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for stored, n in session.execute(
        select(ResidentRow.exploitation_types, func.count(ResidentRow.id))
        .where(_admitted(period)).group_by(ResidentRow.exploitation_types)
    ):
        values = {v.strip() for v in (stored or "").split(",") if v.strip()}
        if not values:
            counts[("not_recorded", "residents")] += n
        for value in values:
            counts[(_bucket(value, types, "other"), "residents")] += n
    rows = [words.label(t) for t in types] + [words.label("not_recorded")]
    return _count_table(EXPLOITATION_TYPE, rows, ONE_COLUMN, counts)


STATUSES = tuple(s.value for s in ProgressStatus)


def _status_labels() -> list[Label]:
    return [words.label(s) for s in STATUSES]


def education(session: Session, period: Period) -> CountTable:
    """Residents enrolled at some time in the period, by programme and the enrolment's status."""
    programmes = [p.value for p in EducationProgramme]
    e = EducationEnrolmentRow
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for programme, status, n in session.execute(
        select(e.programme, e.status, func.count(distinct(e.resident_id)))
        .where(_overlaps(e.start_date, e.end_date, period)).group_by(e.programme, e.status)
    ):
        if programme in programmes and status in STATUSES:
            counts[(programme, status)] += n
    return _count_table(EDUCATION, [words.label(p) for p in programmes], _status_labels(),
                        counts)


def _trade_labels() -> tuple[list[str], list[Label]]:
    trades = [t.value for t in Trade]
    return trades, [words.label(t, "other_trade" if t == "other" else None) for t in trades]


def vocational(session: Session, period: Period) -> CountTable:
    trades, rows = _trade_labels()
    v = VocationalTrainingRow
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for trade, status, n in session.execute(
        select(v.trade, v.status, func.count(distinct(v.resident_id)))
        .where(_overlaps(v.start_date, v.end_date, period)).group_by(v.trade, v.status)
    ):
        if status in STATUSES:
            counts[(_bucket(trade, trades, "other"), status)] += n
    return _count_table(VOCATIONAL, rows, _status_labels(), counts)


def vocational_work(session: Session, period: Period) -> CountTable:
    trades, rows = _trade_labels()
    v = VocationalTrainingRow
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for trade, n in session.execute(
        select(v.trade, func.count(distinct(v.resident_id)))
        .where(_in_period(v.job_start_date, period)).group_by(v.trade)
    ):
        counts[(_bucket(trade, trades, "other"), "placed_in_work")] += n
    return _count_table(VOCATIONAL_WORK, rows, (words.label("placed_in_work"),), counts)


def reintegration(session: Session, period: Period) -> CountTable:
    decisions = [d.value for d in Decision]
    statuses = [s.value for s in ReintegrationStatus]
    counts: dict[tuple[str, str], int] = defaultdict(int)
    if _has_table(session, "reintegration"):
        r = ReintegrationRow
        for decision, status, n in session.execute(
            select(r.decision, r.status, func.count(distinct(r.resident_id)))
            .where(_in_period(r.decided_on, period)).group_by(r.decision, r.status)
        ):
            if decision in decisions and status in statuses:
                counts[(decision, status)] += n
    rows = [words.label(d, "decision_family" if d == "family" else None) for d in decisions]
    return _count_table(REINTEGRATION, rows, [words.label(s) for s in statuses], counts)


FOLLOW_UP_OUTCOMES = ("done_low", "done_medium", "done_high", "done_unrated", "missed",
                      "cancelled", "scheduled")


def _outcome(status: str, risk: str | None) -> str | None:
    if status == "done":
        return f"done_{risk}" if risk in ("low", "medium", "high") else "done_unrated"
    return status if status in ("missed", "cancelled", "scheduled") else None


def follow_up(session: Session, period: Period) -> CountTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    if _has_table(session, "follow_up_visit"):
        f, r = FollowUpVisitRow, ReintegrationRow
        for status, risk, n in session.execute(
            select(f.status, f.risk_level, func.count(distinct(r.resident_id)))
            .join(r, r.id == f.reintegration_id)
            .where(_in_period(f.due_on, period)).group_by(f.status, f.risk_level)
        ):
            outcome = _outcome(status, risk)
            if outcome is not None:
                counts[(outcome, "residents")] += n
    rows = [words.label(o) for o in FOLLOW_UP_OUTCOMES]
    return _count_table(FOLLOW_UP, rows, ONE_COLUMN, counts)


def assessment_change(session: Session, period: Period, k: int) -> MeasureTable:
    """Per template domain: residents whose latest assessment (of that template) falls in the
    period and who had an earlier one; the average of (latest − first) domain score, where a
    domain's score is the mean of its item scores. All in SQL: first and latest dates per
    resident and template, then the domain means of just those two assessments."""
    if not _has_table(session, "assessment"):
        return protect_measures(ASSESSMENT_CHANGE, [], k)
    a, s = AssessmentRow, AssessmentScoreRow
    span = (
        select(a.resident_id.label("resident_id"), a.template_id.label("template_id"),
               func.min(a.assessed_on).label("first_on"),
               func.max(a.assessed_on).label("latest_on"))
        .group_by(a.resident_id, a.template_id)
        .having(and_(func.min(a.assessed_on) < func.max(a.assessed_on),
                     func.max(a.assessed_on) >= period.start,
                     func.max(a.assessed_on) <= period.end))
        .subquery()
    )

    def domain_means(date_column, name: str):  # type: ignore[no-untyped-def]
        # One assessment per resident, template and day: the one with the lowest id.
        chosen = (
            select(func.min(a.id).label("id"), a.resident_id, a.template_id)
            .join(span, and_(span.c.resident_id == a.resident_id,
                             span.c.template_id == a.template_id,
                             span.c[date_column] == a.assessed_on))
            .group_by(a.resident_id, a.template_id)
            .subquery()
        )
        return (
            select(chosen.c.resident_id, chosen.c.template_id,
                   s.domain_code.label("domain"), func.avg(s.score).label(name))
            .join(s, s.assessment_id == chosen.c.id)
            .group_by(chosen.c.resident_id, chosen.c.template_id, s.domain_code)
            .subquery()
        )

    first = domain_means("first_on", "first_mean")
    latest = domain_means("latest_on", "latest_mean")
    rows = session.execute(
        select(first.c.template_id, first.c.domain,
               func.count(first.c.resident_id),
               func.avg(latest.c.latest_mean - first.c.first_mean))
        .join(latest, and_(latest.c.resident_id == first.c.resident_id,
                           latest.c.template_id == first.c.template_id,
                           latest.c.domain == first.c.domain))
        .group_by(first.c.template_id, first.c.domain)
    ).all()
    templates = {
        row.id: parse_template(row.content)
        for row in session.scalars(select(AssessmentTemplateRow))
    }
    by_key: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    for template_id, domain, count, average in rows:
        template = templates.get(template_id)
        if template is None:
            continue
        by_key[(template.key, domain)].append((int(count), float(average or 0.0)))
    out: list[tuple[Label, int, float]] = []
    seen: set[tuple[str, str]] = set()
    for template in sorted(templates.values(), key=lambda t: (t.key, -t.version)):
        for domain in template.domains:
            key = (template.key, domain.code)
            if key in seen:
                continue
            seen.add(key)
            parts = by_key.get(key, [])
            count = sum(c for c, _ in parts)
            average = sum(c * avg for c, avg in parts) / count if count else 0.0
            title = template.title
            out.append((
                Label(f"{template.key}:{domain.code}",
                      f"{title.en} · {domain.code} {domain.label.en}",
                      f"{title.km or title.en} · {domain.code} {domain.label.km or domain.label.en}"),
                count, average,
            ))
    return protect_measures(ASSESSMENT_CHANGE, out, k)


COUNT_BUILDERS: dict[str, Callable[[Session, Period], CountTable]] = {
    ADMISSIONS_BY_MONTH: admissions_by_month,
    EXITS_BY_MONTH: exits_by_month,
    AGE_BAND_BY_SEX: age_band_by_sex,
    NATIONALITY: nationality,
    PROVINCE: province_of_origin,
    REFERRAL_SOURCE: referral_source,
    EXPLOITATION_TYPE: exploitation_type,
    EDUCATION: education,
    VOCATIONAL: vocational,
    VOCATIONAL_WORK: vocational_work,
    REINTEGRATION: reintegration,
    FOLLOW_UP: follow_up,
}


def build_summary(session: Session, request: SummaryRequest, today: date,
                  progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> Summary:
    """The protected tables of a request. Tables that add up over quarters are protected with
    the year and the four quarters of their period (domain/summary_family.py), and always as a
    whole group, whichever of them a summary shows: two exports of the same data, for any
    tables and any of those periods, never hide different cells of the same counts."""
    family = family_periods(request.period)
    protected: dict[str, ProtectedTable] = {}
    measures: list[MeasureTable] = []
    steps = len(request.tables)
    for n, key in enumerate(request.tables):
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        if progress is not None:
            progress(n / max(1, steps), words.title(key, "en"))
        if key == ASSESSMENT_CHANGE:
            measures.append(assessment_change(session, request.period, request.k))
        elif key in protected:
            continue
        elif (group := group_of(key)) is not None:
            raw = {period: [COUNT_BUILDERS[name](session, period) for name in group]
                   for period in family}
            mine = protect_family(raw, family, request.k)[request.period]
            protected.update({table.key: table for table in mine})
        else:
            protected[key] = protect(COUNT_BUILDERS[key](session, request.period), request.k)
    tables = [protected[key] for key in request.tables if key in protected]
    shelter = session.scalar(select(ShelterProfileRow.name).limit(1)) or ""
    provenance = Provenance(shelter, request.period, request.k, today, app_version())
    return Summary(provenance, tuple(tables), tuple(measures))


class SummaryService(ServiceBase):
    """Build a protected summary for the screen, or export it as CSV (zip), XLSX or PDF."""

    def build(self, actor: SignedInUser | None, request: SummaryRequest,
              progress: Progress | None = None,
              cancel: threading.Event | None = None) -> Summary:
        return self._run(actor, request, "preview", progress, cancel)

    def export(self, actor: SignedInUser | None, request: SummaryRequest, file_format: str,
               language: str = "en", progress: Progress | None = None,
               cancel: threading.Event | None = None) -> tuple[Summary, bytes]:
        """The summary and its file's bytes; nothing is written to disk here."""
        from ..reports import summary_export

        if file_format not in FORMATS:
            raise ExportFormatInvalid()
        words.check_language(language)
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EXPORT_ANONYMIZED, ENTITY)
            summary = build_summary(uow.session, request, local_today(), progress, cancel)
            data = summary_export.render(summary, file_format, language)
            if cancel is not None and cancel.is_set():
                raise ExportCancelled()
            uow.audit(AuditAction.EXPORT, ENTITY, None, _detail(request, file_format, language))
        if progress is not None:
            progress(1.0, "")
        return summary, data

    def _run(self, actor: SignedInUser | None, request: SummaryRequest, file_format: str,
             progress: Progress | None, cancel: threading.Event | None) -> Summary:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EXPORT_ANONYMIZED, ENTITY)
            summary = build_summary(uow.session, request, local_today(), progress, cancel)
            uow.audit(AuditAction.EXPORT, ENTITY, None, _detail(request, file_format, None))
        return summary


def _detail(request: SummaryRequest, file_format: str, language: str | None) -> dict:
    detail: dict[str, object] = {
        "period": request.period.audit_value(),
        "period_kind": request.period.kind,
        "tables": list(request.tables),
        "k": request.k,
        "format": file_format,
    }
    if language is not None:
        detail["language"] = language
    return detail
