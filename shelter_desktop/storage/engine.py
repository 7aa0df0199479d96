"""The SQLCipher engine under SQLAlchemy's ``pysqlcipher`` dialect (DESIGN.md section 4).

The key is 32 random bytes used as a raw key (``x'…'``), so opening costs no KDF delay. Every
connection gets the same pragmas, and the first connection proves they took effect: a database
that would run with weaker settings is closed again rather than used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from ..domain.errors import CannotOpenDatabase, NoDatabase, UnsafeDatabaseSettings

# Page cache per connection, in KiB (negative means KiB for SQLite). 64 MiB keeps the working set
# of a 50,000-resident database in memory without hurting a 4 GB office PC.
CACHE_KIB = 64 * 1024
BUSY_TIMEOUT_MS = 15_000

CONNECTION_PRAGMAS: tuple[str, ...] = (
    "PRAGMA cipher_log_level = NONE",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA cache_size = -{CACHE_KIB}",
)

# pragma -> value it must report once set (SQLite reports enums as numbers).
REQUIRED_SETTINGS: dict[str, Any] = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "temp_store": 2,  # MEMORY
}


def raw_key_literal(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("a database key has 32 bytes")
    return f"x'{key.hex()}'"


def probe_key(path: Path, key: bytes) -> None:
    """Raise CannotOpenDatabase unless ``key`` opens ``path``; never writes to the file.

    Only reads page 1: a wrong key or a damaged header fails here before SQLite creates a
    -wal or -shm file or changes a byte.
    """
    if not path.exists():
        raise NoDatabase(folder=str(path.parent))
    if path.stat().st_size == 0:
        raise CannotOpenDatabase()
    connection = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        # SQLCipher would otherwise print its HMAC failure to stderr; we explain it ourselves.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlcipher3.DatabaseError as exc:
        raise CannotOpenDatabase() from exc
    finally:
        connection.close()
    if "alembic_version" not in tables:
        # An empty or foreign file: SQLite would happily turn it into a new database.
        raise CannotOpenDatabase()


def _apply_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event below emit BEGIN itself (the pysqlite driver's own
    # transaction handling would defer it past the first SELECT).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _begin_immediate(connection: Any) -> None:
    # Every unit of work takes the write lock up front: audit events are appended in almost
    # every call, and a deferred transaction that upgrades later could fail with SQLITE_BUSY.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def verify_settings(engine: Engine) -> None:
    with engine.connect() as connection:
        for pragma, expected in REQUIRED_SETTINGS.items():
            actual = connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()
            if isinstance(actual, str):
                actual = actual.lower()
            if actual != expected:
                raise UnsafeDatabaseSettings(setting=pragma, actual=actual, expected=expected)
        connection.rollback()


def make_engine(path: Path, key: bytes) -> Engine:
    """Engine for the encrypted database at ``path`` (created when missing)."""
    url = URL.create("sqlite+pysqlcipher", password=raw_key_literal(key), database=str(path))
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False},
        # The dialect's default SingletonThreadPool ties a connection to a thread; a queue pool
        # lets the UI thread and the database worker thread share a few keyed connections.
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )
    event.listen(engine, "connect", _apply_pragmas)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def open_engine(path: Path, key: bytes) -> Engine:
    """Open an existing database: check the key without writing, then verify the pragmas."""
    probe_key(path, key)
    engine = make_engine(path, key)
    try:
        verify_settings(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine
