"""The assessment templates shipped with the application (``resources/assessments``).

Each file is ``<key>-v<version>.json`` in the package ``shelter_desktop.resources`` (the
``resources/`` folder of the repository, shipped inside the wheel and the installer bundle).
Only *new* assessments use a shipped file: a past assessment reads the snapshot stored with it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from ..domain.assessments import AssessmentTemplate, TemplateInvalid, parse_template

PACKAGE = "shelter_desktop.resources"
FOLDER = "assessments"
_NAME = re.compile(r"^(?P<key>[a-z0-9_]+)-v(?P<version>[1-9][0-9]*)\.json$")


@lru_cache(maxsize=1)
def shipped_templates() -> dict[str, list[AssessmentTemplate]]:
    """Every shipped template version, by key, oldest version first."""
    found: dict[str, list[AssessmentTemplate]] = {}
    folder = files(PACKAGE) / FOLDER
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None:
            continue
        template = parse_template(entry.read_text(encoding="utf-8"))
        if template.key != match["key"] or template.version != int(match["version"]):
            raise TemplateInvalid(
                f"{entry.name}: holds {template.key} v{template.version}, not what its name says"
            )
        found.setdefault(template.key, []).append(template)
    for versions in found.values():
        versions.sort(key=lambda template: template.version)
    return found


def template_keys() -> list[str]:
    return sorted(shipped_templates())


def latest_template(key: str) -> AssessmentTemplate:
    """The newest shipped version of ``key``; KeyError when no such template ships."""
    versions = shipped_templates().get(key)
    if not versions:
        raise KeyError(key)
    return versions[-1]


def shipped_version(key: str, version: int) -> AssessmentTemplate | None:
    for template in shipped_templates().get(key, []):
        if template.version == version:
            return template
    return None
