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
from shelter_desktop.domain.audit_fields import FIELD_LABELS
from shelter_desktop.domain.case_file import ContactInput
from shelter_desktop.domain.case_policy import CasePolicy
from shelter_desktop.storage.models import ResidentRow

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


# -- the names of changed fields ----------------------------------------------------------------
# An update audits the fields it changed: {"fields": [...]}, {"changed": [...]} or {"field": ...}.
# The list is a literal, or a variable built in the same function from literals, appends and
# module tuples of names (ENROLMENT_FIELDS); the resident's and a contact's lists come from
# their columns and the contact input's fields, checked below as a whole.
FIELD_KEYS = {"fields", "changed", "field"}
# Resident columns no update writes: the id, the case number (never changes), bookkeeping.
NOT_EDITED_RESIDENT_COLUMNS = {"id", "case_number", "created_at", "updated_at"}


def _tuple_constants(tree: ast.Module) -> dict[str, set[str]]:
    """Module-level NAME = ("a", "b", ...) tuples of names."""
    found: dict[str, set[str]] = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, (ast.Tuple, ast.List))):
            names = _names_in(node.value, {})
            if names:
                found[node.targets[0].id] = names
    return found


def _names_in(node: ast.AST, tuples: dict[str, set[str]]) -> set[str]:
    """The field names an expression can produce: its string constants that look like names,
    and the names in any module tuple of names it uses."""
    names: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str) \
                and sub.value.replace("_", "").replace(" ", "").isalpha():
            names.add(sub.value)
        elif isinstance(sub, ast.Name) and sub.id in tuples:
            names |= tuples[sub.id]
    return names


def _field_lists(function: ast.AST, tuples: dict[str, set[str]]) -> set[str]:
    """Field names a function audits as changed."""
    variables: set[str] = set()
    names: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and key.value in FIELD_KEYS:
                    if isinstance(value, ast.Name):
                        variables.add(value.id)
                    else:
                        names |= _names_in(value, tuples)
    for node in ast.walk(function):
        # changed = [...] / fields = [...]
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id in variables:
            names |= _names_in(node.value, tuples)
        # changed.append("exit_date")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "append" and isinstance(node.func.value, ast.Name)
              and node.func.value.id in variables):
            for arg in node.args:
                names |= _names_in(arg, tuples)
    return names


def audited_field_names() -> set[str]:
    """Every field name the services can audit as changed."""
    names: set[str] = set()
    for path in sorted(SERVICES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        tuples = _tuple_constants(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                names |= _field_lists(node, tuples)
    # Computed from the record: a resident's changed columns, a contact's changed fields.
    names |= {c.key for c in ResidentRow.__table__.columns} - NOT_EDITED_RESIDENT_COLUMNS
    names |= {f.name for f in fields(ContactInput)}
    return names


def test_the_source_reading_finds_the_known_field_names() -> None:
    names = audited_field_names()
    assert {
        "date_of_birth", "exit_date", "referral_source",  # a resident
        "relation", "is_guardian",  # a contact
        "certificate", "monthly_income_usd",  # module tuples of names
        "assessed_on", "review_date", "goals", "decision_reason", "placement_place",
        "password", "password reset",
    } <= names


def test_every_audited_field_name_has_a_label() -> None:
    assert sorted(audited_field_names() - FIELD_LABELS.keys()) == []


def test_field_labels_are_distinct() -> None:
    # Two fields with the same words would make a list of changes ambiguous.
    labels = list(FIELD_LABELS.values())
    assert sorted({t for t in labels if labels.count(t) > 1}) == []
