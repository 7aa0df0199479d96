"""The SQLCipher engine under SQLAlchemy's ``pysqlcipher`` dialect (DESIGN.md section 4).

The key is 32 random bytes used as a raw key (``x'…'``), so opening costs no KDF delay. Every
connection gets the same pragmas, and the first connection proves they took effect: a database
that would run with weaker settings is closed again rather than used.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from ..domain.errors import (
    CannotOpenDatabase,
    DatabaseDamaged,
    NoDatabase,
    UnsafeDatabaseSettings,
)
from ..domain.i18n import QT_TRANSLATE_NOOP

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
    -wal or -shm file or changes a byte. When a write-ahead log with content is there (after a
    crash, or while another program has the database open), closing this connection may copy
    the log into the file: so every page is checked first (verify_pages: CannotOpenDatabase or
    DatabaseDamaged), and a damaged log or file is never written to.
    """
    if not path.exists():
        raise NoDatabase(folder=str(path.parent))
    if path.stat().st_size == 0:
        raise CannotOpenDatabase()
    # Before any connection: closing one would reset (and so lose) a damaged write-ahead log.
    check_wal_header(path)
    if _log_has_content(path):
        verify_pages(path, key)
    connection = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        # SQLCipher would otherwise print its HMAC failure to stderr; we explain it ourselves.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlcipher3.DatabaseError as exc:
        raise cannot_open(exc) from exc
    finally:
        connection.close()
    if "alembic_version" not in tables:
        # An empty or foreign file: SQLite would happily turn it into a new database.
        raise CannotOpenDatabase()


PAGES_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "Part of the database file is damaged (the check found: {problem}). "
    "A failing disk, a USB stick pulled out too early or a power cut can do this. "
    "Nothing was written to it. Restore the latest backup, or ask for technical help.",
)
WAL_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The database's journal file {file} is damaged, so the latest changes kept in it cannot "
    "be read. Nothing was written to the database or the journal. Restore the latest backup, "
    "or ask for technical help.",
)
FILE_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The database file is damaged: the key fits, but the file is cut short or its list of "
    "tables cannot be read. The file was not changed. Restore a backup.",
)
SQLITE_CORRUPT = 11
WAL_HEADER_BYTES = 32
WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000


def _wal_checksum(
    data: bytes, big_endian: bool, start: tuple[int, int] = (0, 0)
) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), continued from ``start``."""
    order = ">" if big_endian else "<"
    s0, s1 = start
    for x0, x1 in struct.iter_unpack(f"{order}2I", data):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def wal_header_problem(path: Path) -> str | None:
    """What is wrong with the write-ahead log beside ``path``, or None when there is none, it
    is empty, or its header is sound. SQLite silently ignores a log with a bad header (and
    resets it at the next write), so a damaged one must be caught before a connection opens."""
    wal = Path(f"{path}-wal")
    try:
        with open(wal, "rb") as handle:
            header = handle.read(WAL_HEADER_BYTES)
    except FileNotFoundError:
        return None
    if not header:
        return None
    if len(header) < WAL_HEADER_BYTES:
        return "shorter than its header"
    magic, version, page_size, _seq, _s1, _s2, c1, c2 = struct.unpack(">8I", header)
    if magic not in WAL_MAGIC or version != WAL_VERSION:
        return "not a write-ahead log"
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return "impossible page size"
    if _wal_checksum(header[:24], big_endian=bool(magic & 1)) != (c1, c2):
        return "header checksum"
    return None


def wal_committed_pages(path: Path) -> frozenset[int]:
    """Numbers of the pages that the write-ahead log beside ``path`` holds in committed
    transactions (see wal_committed)."""
    return wal_committed(path)[0]


def wal_committed(path: Path) -> tuple[frozenset[int], int]:
    """The pages that the write-ahead log beside ``path`` holds in committed transactions, and
    the database's size in pages after the last of them (0 without one), read the way SQLite
    recovers a log: frames whose salts match the header and
    whose running checksum holds, up to the last commit frame. SQLite reads these pages from
    the log, never from the file, and copies them into the file at the next checkpoint: a
    torn copy of one in the file (power cut during a checkpoint) is healed, not damage."""
    try:
        with open(Path(f"{path}-wal"), "rb") as handle:
            log = handle.read()
    except FileNotFoundError:
        return frozenset(), 0
    if len(log) < WAL_HEADER_BYTES or wal_header_problem(path) is not None:
        return frozenset(), 0
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", log[:32])
    big_endian = bool(magic & 1)
    checksum = (c1, c2)
    committed: set[int] = set()
    pending: set[int] = set()
    size_in_pages = 0
    offset = WAL_HEADER_BYTES
    frame = 24 + page_size
    while offset + frame <= len(log):
        page, commit, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(
            ">6I", log[offset : offset + 24]
        )
        if (f_salt1, f_salt2) != (salt1, salt2) or page == 0:
            break
        checksum = _wal_checksum(log[offset : offset + 8], big_endian, checksum)
        checksum = _wal_checksum(log[offset + 24 : offset + frame], big_endian, checksum)
        if checksum != (f_c1, f_c2):
            break
        pending.add(page)
        if commit:
            committed |= pending
            pending = set()
            size_in_pages = commit
        offset += frame
    return frozenset(committed), size_in_pages


PAGE_NUMBER = re.compile(r"\bpage (\d+)\b")


def _page_number(problem: str) -> int | None:
    match = PAGE_NUMBER.search(problem)
    return int(match.group(1)) if match else None


def cannot_open(error: sqlcipher3.DatabaseError) -> CannotOpenDatabase:
    """The error for a file SQLCipher refused. A wrong key (or a foreign file) fails on the
    first page as "not a database"; "corrupt" means the first page decrypted, so the key fits
    and the file itself is damaged (cut short, or its schema pages unreadable)."""
    if getattr(error, "sqlite_errorcode", None) == SQLITE_CORRUPT:
        return CannotOpenDatabase(FILE_DAMAGED)
    return CannotOpenDatabase()


def _log_has_content(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def check_wal_header(path: Path) -> None:
    if wal_header_problem(path) is not None:
        raise DatabaseDamaged(WAL_DAMAGED, file=f"{path.name}-wal")


def page_problems(path: Path, key: bytes) -> list[str]:
    """What is wrong with the pages of the file at ``path`` (empty when every page passes
    SQLCipher's HMAC check and the file is as long as its header says). Only reads, and leaves
    no -wal or -shm behind: ``immutable=1`` reads the main file alone, without locks or side
    files (the HMAC check reads the main file only anyway).

    Raises NoDatabase; CannotOpenDatabase when the first page fails (a wrong key, a damaged
    header or not a shelter database: nothing else can be said then); DatabaseDamaged for a
    damaged write-ahead log (checked first: a connection's closing would reset it).
    """
    if not path.exists():
        raise NoDatabase(folder=str(path.parent))
    size = path.stat().st_size
    if size == 0:
        raise CannotOpenDatabase()
    check_wal_header(path)
    uri = f"{path.resolve().as_uri()}?immutable=1"
    try:
        connection = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    except sqlcipher3.Error as exc:
        raise CannotOpenDatabase() from exc
    try:
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
            first_page = int(connection.execute("PRAGMA cipher_page_size").fetchone()[0])
            found = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
        except sqlcipher3.DatabaseError as exc:
            raise CannotOpenDatabase() from exc
        if size < first_page:
            raise CannotOpenDatabase()
        failed = {_page_number(problem) for problem in found}
        # Pages the log holds committed copies of are read from the log, never from the file.
        in_log = wal_committed_pages(path) if found else frozenset()
        if 1 in failed and (1 not in in_log or len(failed) >= size // first_page):
            raise CannotOpenDatabase()  # a wrong key, a damaged header, or not ours at all
        problems = [problem for problem in found if _page_number(problem) not in in_log]
        try:
            page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
            header_pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            # The file alone cannot be read past its first page (which decrypted, so the key
            # fits). Whatever the file lacks must be in the log's committed transactions.
            log_pages, log_size = wal_committed(path)
            file_pages = size // first_page
            missing = [n for n in range(file_pages + 1, log_size + 1) if n not in log_pages]
            if missing:
                problems.append(f"the file has {file_pages} of its {log_size} pages")
            elif not log_size:
                problems = problems or [
                    "the file is shorter than its header says, or its list of tables cannot "
                    "be read"
                ]
            return problems
    finally:
        connection.close()
    file_pages = size // page_size
    short = size % page_size or header_pages > file_pages
    in_log = wal_committed_pages(path) if short else frozenset()
    if size % page_size and file_pages + 1 not in in_log:
        problems.append(f"the file ends inside page {file_pages + 1}")
    missing = set(range(file_pages + 1, header_pages + 1)) - in_log
    if missing:
        problems.append(f"the file has {file_pages} of its {header_pages} pages")
    return problems


def verify_pages(path: Path, key: bytes) -> None:
    """Raise unless every page passes (see page_problems); DatabaseDamaged names the first
    problem. Run before the first connection that could write, and before one whose closing
    would copy a write-ahead log into a damaged file."""
    problems = page_problems(path, key)
    if problems:
        raise DatabaseDamaged(PAGES_DAMAGED, problem=problems[0])


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
