"""Synthetic assessments written straight through the storage models, for the care plan tests
(tests may use storage; the UI and services under test read them back)."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime

from sqlalchemy import select

from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.models import (
    AssessmentRow,
    AssessmentScoreRow,
    AssessmentTemplateRow,
)

# (code, English, Khmer, item codes)
DOMAINS = (
    ("RM", "Risk management", "ការគ្រប់គ្រងហានិភ័យ", ("RM1", "RM2")),
    ("PH", "Physical health", "សុខភាពរាងកាយ", ("PH1",)),
    ("WE", "Work skills and education", "ជំនាញការងារ និងការអប់រំ", ("WE1", "WE2")),
    ("IN", "Income", "ប្រាក់ចំណូល", ("IN1",)),
    ("FM", "Financial management", "ការគ្រប់គ្រងហិរញ្ញវត្ថុ", ("FM1",)),
    ("TR", "Recovery from trauma", "ការជាសះស្បើយពីរបួសផ្លូវចិត្ត", ("TR1", "TR2")),
    ("FR", "Family relationships", "ទំនាក់ទំនងគ្រួសារ", ("FR1",)),
    ("LR", "Knowledge of legal rights", "ចំណេះដឹងអំពីសិទ្ធិស្របច្បាប់", ("LR1",)),
)


def template_json(key: str = "testset", version: int = 1, domains=DOMAINS) -> str:  # type: ignore[no-untyped-def]
    anchors = {
        str(n): {"en": f"Score {n}", "km": f"ពិន្ទុ {n}"} for n in (1, 2, 3, 4)
    }
    return json.dumps({
        "key": key,
        "version": version,
        "title": {"en": "Recovery assessment (test)", "km": "ការវាយតម្លៃការជាសះស្បើយ"},
        "domains": [
            {
                "code": code,
                "label": {"en": en, "km": km},
                "items": [
                    {"code": item, "label": {"en": f"{en} {item}", "km": km}, "anchors": anchors}
                    for item in items
                ],
            }
            for code, en, km, items in domains
        ],
    }, ensure_ascii=False)


def ensure_template(database: ShelterDatabase, key: str = "testset", version: int = 1,
                    domains=DOMAINS) -> int:  # type: ignore[no-untyped-def]
    content = template_json(key, version, domains)
    with database.session() as session, session.begin():
        row = session.scalars(
            select(AssessmentTemplateRow).where(
                AssessmentTemplateRow.key == key, AssessmentTemplateRow.version == version
            )
        ).first()
        if row is not None:
            return row.id
        row = AssessmentTemplateRow(
            key=key, version=version, content=content,
            content_sha256=hashlib.sha256(content.encode()).hexdigest(),
            stored_at=datetime(2026, 1, 1, 8, 0),
        )
        session.add(row)
        session.flush()
        return row.id


def add_assessment(
    database: ShelterDatabase,
    resident_id: int,
    assessor_id: int,
    domain_scores: dict[str, int | tuple[int, ...]],
    assessed_on: date = date(2026, 3, 10),
    domains=DOMAINS,  # type: ignore[no-untyped-def]
    key: str = "testset",
    version: int = 1,
) -> int:
    """An assessment with the given scores: a domain's value is one score for all its items,
    or a tuple of item scores. Domains left out are not scored."""
    template_id = ensure_template(database, key, version, domains)
    items_of = {code: items for code, _en, _km, items in domains}
    now = datetime(2026, 3, 10, 9, 0)
    with database.session() as session, session.begin():
        row = AssessmentRow(
            resident_id=resident_id, template_id=template_id, assessed_on=assessed_on,
            assessor_id=assessor_id, purpose="intake", summary="", created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        for code, value in domain_scores.items():
            items = items_of[code]
            scores = value if isinstance(value, tuple) else (value,) * len(items)
            for item, score in zip(items, scores, strict=True):
                session.add(AssessmentScoreRow(
                    assessment_id=row.id, domain_code=code, item_code=item, score=score
                ))
        return row.id
