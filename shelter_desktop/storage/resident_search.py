"""Search as you type over residents' names, aliases and case numbers.

On SQLite the search runs on an FTS5 table, ``resident_fts``, kept in step with ``resident`` by
triggers (so rows written by any code path, the demo generator included, are found). It finds a
prefix of *any* word ("sreyp" finds "Sok Sreypov"), ignores case and accents, and also indexes
each name without its spaces, so "សុខស្រីពៅ" and "សុខ ស្រីពៅ" find each other. The table and the
triggers are created by migration 0003 through :func:`install`. This module is the only place
with SQLite-only SQL for the search (DESIGN.md section 7): on another database, or on a file
made without the migration, :func:`text_condition` falls back to dialect-neutral index range
and LIKE conditions.
"""

from __future__ import annotations

import unicodedata
import weakref
from collections.abc import Iterable, Sequence

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    and_,
    column,
    false,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from ..domain.residents import search_key
from .models import ResidentRow

FTS_TABLE = "resident_fts"
# Words are letters, digits and combining marks: Khmer vowel signs and subscripts (Mn/Mc) stay
# inside their word instead of splitting it. Zero-width spaces and punctuation separate words.
TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
# Short prefixes are what people type first: index them so "s" or "sr" answer at once.
PREFIXES = "1 2 3"
COLUMNS = ("name_latin", "alias", "name_khmer", "case_number", "latin_compact", "khmer_compact")
ZWSP = "\u200b"

_VALUES_NEW = (
    "new.id, new.name_latin, coalesce(new.alias, ''), new.name_khmer, new.case_number, "
    "replace(replace(new.name_latin, ' ', ''), '-', ''), "
    "replace(replace(new.name_khmer, ' ', ''), char(8203), '')"
)
_INSERT_NEW = (
    f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(COLUMNS)}) VALUES ({_VALUES_NEW});"
)
_DDL = (
    (
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({', '.join(COLUMNS)}, "
        f"tokenize = \"{TOKENIZER}\", prefix = '{PREFIXES}')"
    ),
    f"CREATE TRIGGER {FTS_TABLE}_insert AFTER INSERT ON resident BEGIN {_INSERT_NEW} END",
    (
        f"CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF name_latin, alias, name_khmer, "
        f"case_number ON resident BEGIN DELETE FROM {FTS_TABLE} WHERE rowid = old.id; "
        f"{_INSERT_NEW} END"
    ),
    (
        f"CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON resident BEGIN "
        f"DELETE FROM {FTS_TABLE} WHERE rowid = old.id; END"
    ),
)
_FILL = (
    f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(COLUMNS)}) "
    f"SELECT {_VALUES_NEW.replace('new.', '')} FROM resident"
)
_DROP = (
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_insert",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_update",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_delete",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

_fts = table(FTS_TABLE, column("rowid"), *(column(name) for name in (FTS_TABLE, *COLUMNS)))

# ---- schema (migration 0003) ------------------------------------------------------------


def install(connection: Connection) -> None:
    """Create the search table and its triggers, and index every resident already there."""
    if connection.dialect.name != "sqlite":
        return
    for statement in _DDL:
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql(_FILL)


def uninstall(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    for statement in _DROP:
        connection.exec_driver_sql(statement)


def rebuild(connection: Connection) -> None:
    """Index every resident again (after a repair, or if the table were ever out of step)."""
    if connection.dialect.name != "sqlite":
        return
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")
    connection.exec_driver_sql(_FILL)


_available: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def fts_available(session: Session) -> bool:
    """True when this database has the FTS5 search table (remembered per engine)."""
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    known = _available.get(engine)
    if known is None:
        if engine.dialect.name != "sqlite":
            known = False
        else:
            known = bool(
                session.execute(
                    text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :n"),
                    {"n": FTS_TABLE},
                ).scalar()
            )
        _available[engine] = known
    return known


# ---- queries ----------------------------------------------------------------------------


def words(typed: str) -> list[str]:
    """The words of what was typed, split the way the FTS tokenizer splits them."""
    found: list[str] = []
    current: list[str] = []
    for ch in unicodedata.normalize("NFC", typed):
        category = unicodedata.category(ch)
        if category[0] in "LNM" or category == "Co":
            current.append(ch)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_expression(typed: str) -> str | None:
    """FTS5 query: every typed word must start some word of the resident (any column)."""
    terms = [f"{_quoted(word)}*" for word in words(typed)]
    return " AND ".join(terms) if terms else None


def prefix_any(column_name: str, alternatives_per_word: Sequence[Iterable[str]]) -> str | None:
    """FTS5 query on one column: for each word, one of its alternative prefixes must start
    some word. ``[["so"], ["sr", "sa"]]`` gives ``name_latin : ("so"*) AND ...``."""
    groups = []
    for alternatives in alternatives_per_word:
        options = sorted({a for a in alternatives if words(a)})
        if options:
            quoted = " OR ".join(f"{_quoted(' '.join(words(a)))}*" for a in options)
            groups.append(f"{column_name} : ({quoted})")
    return " AND ".join(groups) if groups else None


def fts_ids(expression: str) -> ColumnElement[bool]:
    """``resident.id IN (rowids matching expression)`` (SQLite with the FTS table only)."""
    return ResidentRow.id.in_(
        select(_fts.c.rowid).where(_fts.c[FTS_TABLE].match(expression))
    )


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def next_prefix(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def key_prefix(column_: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    """``column starts with prefix`` as an index range: SQLite uses no index for LIKE on a
    case-sensitive column, but it does for ``>= p AND < p_next``."""
    return and_(column_ >= prefix, column_ < next_prefix(prefix))


def _case_number_contains(typed: str) -> ColumnElement[bool]:
    pattern = f"%{_escape_like(typed.strip().upper())}%"
    # Through the unique index on case_number: a scan of short index entries, not of rows.
    return ResidentRow.id.in_(
        select(ResidentRow.id).where(ResidentRow.case_number.like(pattern, escape="\\"))
    )


def _fallback(typed: str) -> ColumnElement[bool]:
    """Dialect-neutral search for databases without the FTS table."""
    key = search_key(typed)
    raw = " ".join(typed.split())
    conditions: list[ColumnElement[bool]] = [_case_number_contains(typed)]
    if key:
        conditions += [
            key_prefix(ResidentRow.name_latin_key, key),
            ResidentRow.name_latin_key.like(f"% {_escape_like(key)}%", escape="\\"),
            key_prefix(ResidentRow.alias_key, key),
        ]
    if raw:
        conditions += [
            key_prefix(ResidentRow.name_khmer, raw),
            ResidentRow.name_khmer.like(f"% {_escape_like(raw)}%", escape="\\"),
        ]
    return or_(*conditions)


def text_condition(session: Session, typed: str) -> ColumnElement[bool]:
    """Residents whose name, alias or case number matches what was typed."""
    # Lone surrogates (from broken input methods or pasted bytes) can match nothing stored.
    typed = "".join(ch for ch in typed if not "\ud800" <= ch <= "\udfff").strip()
    if not typed:
        return ResidentRow.id.is_not(None)
    if not fts_available(session):
        return _fallback(typed)
    expression = match_expression(typed)
    conditions: list[ColumnElement[bool]] = []
    if expression is not None:
        conditions.append(fts_ids(expression))
    if any(ch.isdigit() for ch in typed):
        conditions.append(_case_number_contains(typed))
    if not conditions:
        return false()
    return or_(*conditions)
