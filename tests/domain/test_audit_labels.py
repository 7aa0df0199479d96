"""Every record type and detail key the services write to the audit log has a label to show.

The services are read as source (no database): each ``audit``/``require``/``deny`` call's entity
(a string, or a module constant naming one) and the keys of the detail dicts they write. A new
audit call with a new name fails here until domain/audit.py gives the name a label.
"""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

from shelter_desktop.domain.audit import DETAIL_LABELS, ENTITY_LABELS, parse_detail
from shelter_desktop.domain.case_policy import CasePolicy

SERVICES = Path(__file__).resolve().parents[2] / "shelter_desktop" / "services"
AUDITING_CALLS = {"audit", "require", "deny", "_require"}


def _constants(tree: ast.Module) -> dict[str, str]:
    return {
        node.targets[0].id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def _entity_argument(call: ast.Call) -> ast.expr | None:
    # audit(action, entity, ...), require(permission, entity, ...), _require(uow, entity, ...)
    return call.args[1] if len(call.args) > 1 else None


def _dict_keys(node: ast.expr) -> set[str]:
    if not isinstance(node, ast.Dict):
        return set()
    return {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}


def audited_names() -> tuple[set[str], set[str]]:
    """(entities, detail keys) written by the services."""
    entities: set[str] = set()
    keys: set[str] = set()
    for path in sorted(SERVICES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _constants(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr not in AUDITING_CALLS:
                    continue
                entity = _entity_argument(node)
                if isinstance(entity, ast.Constant) and isinstance(entity.value, str):
                    entities.add(entity.value)
                elif isinstance(entity, ast.Name) and entity.id in constants:
                    entities.add(constants[entity.id])
                if node.func.attr == "audit" and len(node.args) > 3:
                    keys |= _dict_keys(node.args[3])
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                # detail = {...}; detail["x"] = ...
                if isinstance(target, ast.Name) and target.id == "detail":
                    keys |= _dict_keys(node.value)
                if (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                        and target.value.id == "detail"
                        and isinstance(target.slice, ast.Constant)):
                    keys.add(target.slice.value)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                if node.target.id == "detail" and node.value is not None:
                    keys |= _dict_keys(node.value)
            elif isinstance(node, ast.FunctionDef) and node.name == "_detail":
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and ret.value is not None:
                        keys |= _dict_keys(ret.value)
        # {**detail, "step": ...} passed to a helper that audits it
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "_audit":
                for arg in node.args:
                    keys |= _dict_keys(arg)
    return entities, keys


def test_the_source_reading_finds_the_known_names() -> None:
    entities, keys = audited_names()
    assert {"resident", "contacts", "documents", "care_plan", "summary"} <= entities
    assert {"count", "safety_alerts", "health", "fields", "period", "step"} <= keys


def test_every_audited_entity_has_a_label() -> None:
    entities, _keys = audited_names()
    assert sorted(entities - ENTITY_LABELS.keys()) == []


def test_every_audited_detail_key_has_a_label() -> None:
    _entities, keys = audited_names()
    # The case work policy's audit detail is its changed fields, by name.
    keys |= {f.name for f in fields(CasePolicy)}
    assert sorted(keys - DETAIL_LABELS.keys()) == []


def test_parse_detail() -> None:
    assert parse_detail('{"count": 1, "health": true}') == {"count": 1, "health": True}
    assert parse_detail(None) is None
    assert parse_detail("") is None
    assert parse_detail("not json") is None
    assert parse_detail("[1, 2]") is None
