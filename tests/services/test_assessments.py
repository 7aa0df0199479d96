"""Assessment service on the real encrypted database: versioned templates stored on first use,
views read from the stored snapshot, trends, validation that explains itself, permission
denials audited, audit details without what was written about her."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from factories import add_resident
from sqlalchemy import func, select

from shelter_desktop.domain import assessments as domain
from shelter_desktop.domain.assessments import (
    AssessmentInput,
    AssessmentInvalid,
    AssessmentTemplate,
    parse_template,
)
from shelter_desktop.domain.errors import NotFound, PermissionDenied
from shelter_desktop.domain.roles import Role
from shelter_desktop.services import assessment_templates
from shelter_desktop.services import assessments as service_module
from shelter_desktop.storage.models import (
    AssessmentRow,
    AssessmentScoreRow,
    AssessmentTemplateRow,
    AuditEventRow,
)

TODAY = date.today()
SECRET_COMMENT = "Nightmares about the karaoke owner ខ្លាចម្ចាស់ហាង"


def scores_for(template: AssessmentTemplate, pattern: list[int]) -> dict[str, int]:
    items = [item.code for domain_ in template.domains for item in domain_.items]
    return {code: pattern[i % len(pattern)] for i, code in enumerate(items)}


def csi_input(days_ago: int = 10, pattern: list[int] | None = None, **changes: object) -> AssessmentInput:
    template = assessment_templates.latest_template("csi")
    values: dict[str, object] = {
        "template_key": "csi",
        "assessed_on": TODAY - timedelta(days=days_ago),
        "purpose": "intake",
        "scores": scores_for(template, pattern or [1, 2, 3, 4]),
        "comments": {"1A": "  Eats twice a day  ", "5A": SECRET_COMMENT, "6B": "   "},
        "summary": "  Synthetic summary.  ",
    }
    values.update(changes)
    return AssessmentInput(**values)  # type: ignore[arg-type]


def audit_events(shelter, action: str, entity: str | None = "assessment") -> list[AuditEventRow]:  # type: ignore[no-untyped-def]
    with shelter.services.database.session() as session:
        query = select(AuditEventRow).where(AuditEventRow.action == action)
        if entity is not None:
            query = query.where(AuditEventRow.entity == entity)
        return list(session.scalars(query.order_by(AuditEventRow.id)))


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database)


def _with_version_2(monkeypatch: pytest.MonkeyPatch) -> AssessmentTemplate:
    """Ship a csi v2 beside v1: domain 1A renamed and given a second item, 6B dropped."""
    v1 = assessment_templates.latest_template("csi")
    raw = json.loads(v1.source_json)
    raw["version"] = 2
    raw["domains"][0]["label"] = {"en": "Food security (v2)", "km": "សន្តិសុខស្បៀង (ជំនាន់ ២)"}
    extra = json.loads(json.dumps(raw["domains"][0]["items"][0]))
    extra["code"] = "1A.2"
    extra["label"] = {"en": "Eats three meals a day", "km": "បរិភោគអាហារបីពេលក្នុងមួយថ្ងៃ"}
    raw["domains"][0]["items"].append(extra)
    raw["domains"] = [d for d in raw["domains"] if d["code"] != "6B"]
    v2 = parse_template(json.dumps(raw, ensure_ascii=False))
    shipped = dict(assessment_templates.shipped_templates())
    shipped["csi"] = [v1, v2]
    monkeypatch.setattr(assessment_templates, "shipped_templates", lambda: shipped)
    return v2


def test_add_list_get_and_latest(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.assessments, shelter.users[Role.COUNSELOR]
    templates = service.templates(counselor)
    assert {t.key for t in templates} == {"csi", "recovery"}

    added = service.add(counselor, resident, csi_input(days_ago=30))
    assert added.changes.touches("assessments")
    view = added.value
    assert (view.template_key, view.template_version) == ("csi", 1)
    assert view.assessor_name == counselor.display_name
    assert view.summary == "Synthetic summary."
    assert len(view.domains) == 12
    by_code = {d.code: d for d in view.domains}
    assert by_code["1A"].comment == "Eats twice a day"  # stripped
    assert by_code["6B"].comment == ""  # blank comment not stored
    assert by_code["1A"].score == 1 and by_code["1B"].score == 2 and by_code["2B"].score == 4
    assert by_code["1A"].group is not None and by_code["1A"].group.en == "Food and nutrition"

    recovery = assessment_templates.latest_template("recovery")
    newer = service.add(
        counselor, resident,
        AssessmentInput("recovery", TODAY - timedelta(days=5), "review",
                        scores_for(recovery, [2, 3, 3]), {}, ""),
    ).value
    # a recovery domain with items 2, 3 → mean 2.5 rounds half up to 3
    r1 = {d.code: d for d in newer.domains}["R1"]
    assert r1.item_scores == {"R1.1": 2, "R1.2": 3} and r1.score == 3

    listed = service.list(counselor, resident)
    assert [v.id for v in listed] == [newer.id, view.id]  # newest first
    assert service.get(counselor, view.id) == view
    assert service.latest(counselor, resident) == newer
    assert service.latest(counselor, resident, "csi") == view
    other = add_resident(shelter.services.database, case_number="TS-2026-0002")
    assert service.latest(counselor, other) is None
    with pytest.raises(NotFound):
        service.get(counselor, 987654)

    with shelter.services.database.session() as session:
        assert service_module.latest_assessment_row_id(session, resident) == newer.id
        assert service_module.latest_assessment_row_id(session, resident, "csi") == view.id
        assert service_module.latest_assessment_row_id(session, other) is None
        assert service_module.load_assessment_view(session, view.id) == view
        # one snapshot per template version used
        assert session.scalar(select(func.count(AssessmentTemplateRow.id))) == 2

    created = audit_events(shelter, "create")
    assert len(created) == 2
    detail = json.loads(created[0].detail or "{}")
    assert detail["template"] == "csi" and detail["version"] == 1
    assert detail["purpose"] == "intake" and detail["items"] == 12 and detail["comments"] == 2
    assert len(audit_events(shelter, "view")) >= 5
    for event in audit_events(shelter, "create") + audit_events(shelter, "view"):
        assert "Nightmares" not in (event.detail or "")
        assert "Synthetic summary" not in (event.detail or "")
        assert "Eats twice" not in (event.detail or "")


def test_update_keeps_the_template_version_and_audits_what_changed(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, manager = shelter.services.assessments, shelter.users[Role.HOUSE_MANAGER]
    original = service.add(manager, resident, csi_input()).value
    changed_scores = dict(domain.assessment_input(original).scores)
    changed_scores["1A.1"] = 4
    value = domain.assessment_input(original)
    updated = service.update(
        manager, original.id,
        AssessmentInput(value.template_key, value.assessed_on - timedelta(days=1), "review",
                        changed_scores, {"1A": "Now eats three times a day"}, ""),
    ).value
    assert updated.id == original.id
    assert updated.template_version == original.template_version
    assert updated.purpose == "review" and updated.summary == ""
    by_code = {d.code: d for d in updated.domains}
    assert by_code["1A"].score == 4
    assert by_code["1A"].comment == "Now eats three times a day"
    assert by_code["5A"].comment == ""  # comment removed
    with shelter.services.database.session() as session:
        count = session.scalar(
            select(func.count(AssessmentScoreRow.id)).where(
                AssessmentScoreRow.assessment_id == original.id
            )
        )
        assert count == 12  # replaced, not appended
    event = audit_events(shelter, "update")[-1]
    detail = json.loads(event.detail or "{}")
    assert set(detail["fields"]) == {"assessed_on", "purpose", "summary"}
    assert detail["scores_changed"] == 1 and detail["comments_changed"] == 2
    assert "three times" not in (event.detail or "")

    # saving the same values again changes nothing
    again = service.update(manager, original.id, domain.assessment_input(updated)).value
    assert again == updated
    assert json.loads(audit_events(shelter, "update")[-1].detail or "{}")["fields"] == []


def test_a_new_template_version_leaves_old_assessments_unchanged(
    shelter, resident: int, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    service, counselor = shelter.services.assessments, shelter.users[Role.COUNSELOR]
    old = service.add(counselor, resident, csi_input(days_ago=60)).value
    v1_scores = dict(domain.assessment_input(old).scores)
    v2 = _with_version_2(monkeypatch)

    assert {t.key: t.version for t in service.templates(counselor)}["csi"] == 2
    # an input made for v1 is refused against v2
    with pytest.raises(AssessmentInvalid) as missing:
        service.add(counselor, resident, csi_input(days_ago=5, scores=v1_scores, comments={}))
    assert missing.value.field == "6B.1"  # no longer part of the form
    without_6b = {code: score for code, score in v1_scores.items() if code != "6B.1"}
    with pytest.raises(AssessmentInvalid) as missing:
        service.add(counselor, resident, csi_input(days_ago=5, scores=without_6b, comments={}))
    assert missing.value.field == "1A.2"  # the new item has no score
    # and 6B is no longer part of the form
    with pytest.raises(AssessmentInvalid) as unknown:
        service.add(counselor, resident, csi_input(days_ago=5, scores={
            **scores_for(v2, [2]), "6B.1": 3}, comments={}))
    assert unknown.value.field == "6B.1"

    new = service.add(
        counselor, resident, csi_input(days_ago=5, scores=scores_for(v2, [3]), comments={})
    ).value
    assert new.template_version == 2
    assert [d.code for d in new.domains][:1] == ["1A"]
    assert {d.code: d for d in new.domains}["1A"].label.en == "Food security (v2)"
    assert "6B" not in {d.code for d in new.domains}

    # the old assessment still reads exactly as it was made
    assert service.get(counselor, old.id) == old
    assert {d.code: d for d in old.domains}["1A"].label.en == "Food security"
    # editing it keeps v1: its own items, not v2's
    own = service.template_for(counselor, old.id)
    assert own.version == 1 and len(own.domains) == 12
    assert service.template_for(counselor, new.id) == v2
    edited = service.update(counselor, old.id, domain.assessment_input(old)).value
    assert edited.template_version == 1 and len(edited.domains) == 12

    # even with the v1 file gone from the application, v1 assessments still read
    monkeypatch.setattr(assessment_templates, "shipped_templates", lambda: {"csi": [v2]})
    assert service.get(counselor, old.id) == edited

    trends = {t.code: t for t in service.trends(counselor, resident, "csi")}
    assert [p.score for p in trends["1A"].points] == [1, 3]
    assert trends["1A"].label.en == "Food security (v2)"  # labelled as the newest version
    assert [p.assessment_id for p in trends["6B"].points] == [old.id]  # only in v1
    codes = list(trends)
    assert codes.index("6B") == len(codes) - 1  # old-only domains come last


def test_the_stored_snapshot_wins_over_a_changed_file_of_the_same_version(
    shelter, resident: int, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    service, counselor = shelter.services.assessments, shelter.users[Role.COUNSELOR]
    first = service.add(counselor, resident, csi_input(days_ago=20)).value
    raw = json.loads(assessment_templates.latest_template("csi").source_json)
    raw["domains"][0]["label"]["en"] = "Edited in place without a new version"
    edited = parse_template(json.dumps(raw, ensure_ascii=False))
    shipped = dict(assessment_templates.shipped_templates())
    shipped["csi"] = [edited]
    monkeypatch.setattr(assessment_templates, "shipped_templates", lambda: shipped)

    second = service.add(counselor, resident, csi_input(days_ago=2)).value
    label = {d.code: d for d in second.domains}["1A"].label.en
    assert label == {d.code: d for d in first.domains}["1A"].label.en == "Food security"
    assert {t.key: t for t in service.templates(counselor)}["csi"].domains[0].label.en == (
        "Food security"
    )
    with shelter.services.database.session() as session:
        rows = list(session.scalars(select(AssessmentTemplateRow)))
        assert len(rows) == 1
        assert rows[0].content_sha256 == service_module._sha256(rows[0].content)


def test_trends_are_oldest_first_per_domain(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.assessments, shelter.users[Role.COUNSELOR]
    patterns = {90: [1], 60: [2], 30: [4], 45: [3]}  # added out of date order
    for days_ago, pattern in patterns.items():
        service.add(counselor, resident, csi_input(days_ago=days_ago, pattern=pattern))
    trends = service.trends(counselor, resident, "csi")
    assert [t.code for t in trends] == [f"{n}{x}" for n in range(1, 7) for x in "AB"]
    for trend in trends:
        assert [p.score for p in trend.points] == [1, 2, 3, 4]
        dates = [p.assessed_on for p in trend.points]
        assert dates == sorted(dates)
    assert service.trends(counselor, resident, "recovery") == []
    columns, rows, cells = domain.score_grid(service.list(counselor, resident))
    assert [c.assessed_on for c in columns] == sorted(c.assessed_on for c in columns)
    assert len(rows) == 12 and len(cells) == 48


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"assessed_on": TODAY + timedelta(days=1)}, "assessed_on"),
        ({"assessed_on": date(1899, 12, 31)}, "assessed_on"),
        ({"purpose": "holiday"}, "purpose"),
        ({"summary": "x" * (domain.MAX_SUMMARY + 1)}, "summary"),
        ({"summary": "ok\x00hidden"}, "summary"),
        ({"summary": "lone \ud800 surrogate"}, "summary"),
        ({"comments": {"2A": "ក" * (domain.MAX_COMMENT + 1)}}, "2A"),
        ({"comments": {"2A": "bell\x07"}}, "2A"),
        ({"comments": {"9Z": "unknown domain"}}, "9Z"),
        ({"template_key": "nope"}, "template_key"),
        ({"template_key": None}, "template_key"),
        ({"purpose": None}, "purpose"),
        ({"comments": {"2A": "\ud83d"}}, "2A"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(
    shelter, resident: int, changes: dict[str, object], field: str,  # type: ignore[no-untyped-def]
) -> None:
    service, counselor = shelter.services.assessments, shelter.users[Role.COUNSELOR]
    with pytest.raises(AssessmentInvalid) as error:
        service.add(counselor, resident, csi_input(**changes))
    assert error.value.field == field
    assert error.value.message and "{" not in error.value.message
    with shelter.services.database.session() as session:
        assert session.scalar(select(func.count(AssessmentRow.id))) == 0
        assert session.scalar(select(func.count(AssessmentTemplateRow.id))) == 0


@pytest.mark.parametrize("bad", [0, 5, -1, True, "3", 2.5, None])
def test_every_item_needs_a_score_from_1_to_4(shelter, resident: int, bad: object) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.assessments, shelter.users[Role.COUNSELOR]
    value = csi_input()
    scores = dict(value.scores)
    scores["3B.1"] = bad  # type: ignore[assignment]
    with pytest.raises(AssessmentInvalid) as error:
        service.add(counselor, resident, csi_input(scores=scores))
    assert error.value.field == "3B.1"


def test_a_date_and_time_counts_as_its_day(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    service, counselor = shelter.services.assessments, shelter.users[Role.COUNSELOR]
    moment = datetime.combine(TODAY - timedelta(days=2), datetime.min.time()).replace(hour=15)
    view = service.add(counselor, resident, csi_input(assessed_on=moment)).value
    assert view.assessed_on == TODAY - timedelta(days=2)
    assert type(view.assessed_on) is date


def test_khmer_and_mixed_script_texts_are_kept(shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.assessments, shelter.users[Role.COUNSELOR]
    text = "គេងមិនលក់\u200bញឹកញាប់ (sleeps badly) ៣ ដង\nលើកទី២"
    view = service.add(
        counselor, resident,
        csi_input(comments={"5A": text}, summary="សង្ខេប: improving ល្អប្រសើរ"),
    ).value
    assert {d.code: d for d in view.domains}["5A"].comment == text
    assert view.summary == "សង្ខេប: improving ល្អប្រសើរ"
    limit = service.add(
        counselor, resident, csi_input(comments={"5A": "ក" * domain.MAX_COMMENT})
    ).value
    assert len({d.code: d for d in limit.domains}["5A"].comment) == domain.MAX_COMMENT


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_no_resident_access_is_refused_and_audited(shelter, resident: int, role: Role) -> None:  # type: ignore[no-untyped-def]
    service = shelter.services.assessments
    existing = service.add(shelter.users[Role.COUNSELOR], resident, csi_input()).value
    user = shelter.users[role]
    calls = [
        lambda: service.templates(user),
        lambda: service.template_for(user, existing.id),
        lambda: service.list(user, resident),
        lambda: service.get(user, existing.id),
        lambda: service.latest(user, resident),
        lambda: service.trends(user, resident, "csi"),
        lambda: service.add(user, resident, csi_input()),
        lambda: service.update(user, existing.id, csi_input()),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    denied = [e for e in audit_events(shelter, "denied") if e.actor_username == user.username]
    assert len(denied) == len(calls)
    assert {json.loads(e.detail or "{}")["permission"] for e in denied} == {
        "view_residents", "edit_residents",
    }
    with shelter.services.database.session() as session:
        assert session.scalar(select(func.count(AssessmentRow.id))) == 1


def test_unknown_resident_is_not_found(shelter) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.assessments, shelter.users[Role.COUNSELOR]
    with pytest.raises(NotFound):
        service.add(counselor, 424242, csi_input())
    with pytest.raises(NotFound):
        service.list(counselor, 424242)
    with pytest.raises(NotFound):
        service.update(counselor, 424242, csi_input())
