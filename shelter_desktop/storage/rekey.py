"""Re-key the database file: a verified copy under the new key, renamed over the old file.

Why not ``PRAGMA rekey``? It rewrites every page of the live file in place. SQLCipher's
documentation does not promise that a crash in the middle leaves a file one key can open, and in
WAL mode rekeying is refused or corrupts the file in SQLCipher's relatives (SQLite3 Multiple
Ciphers: "rekeying is not supported for a database in WAL mode"; better-sqlite3-multiple-ciphers
issue 91: a rekey in WAL mode left a database no key opens). And the SQLite backup API refuses
to copy between different SQLCipher keys. So, the documented way to change the key of a copy,
``sqlcipher_export`` into an ATTACHed database keyed with the new key, and this order:

1. Open the live file with the old key and switch it out of WAL (``journal_mode=DELETE``, after a
   TRUNCATE checkpoint). SQLite only allows that when no other connection has the file open, so
   it doubles as the proof that nobody else is writing; it also removes the -wal file, whose
   frames are encrypted with the old key and would be read as part of the new file otherwise.
2. Hold the write lock (``BEGIN IMMEDIATE``) and ``sqlcipher_export`` everything into
   ``.shelter-rekey.db`` (DELETE journal mode, so no side files under that name either).
3. Copy the schema version pragmas sqlcipher_export leaves out, fsync, verify the copy with the
   new key: SQLCipher's page HMAC check, SQLite's integrity and foreign key checks, and the same
   number of rows in every table as the live file.
4. Release the lock and close, then ``os.replace`` the copy over the live file and fsync the
   folder. That rename is the one moment the key changes: before it the old key opens
   ``shelter.db``, after it the new one does, and a kill can only land on one side of it.

This module knows files and keys only; who keeps which key, and finishing or undoing an
interrupted change at the next start, is services/key_change.py's job.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from ..domain.errors import CannotOpenDatabase, DatabaseDamaged
from ..domain.key_change import DatabaseInUse
from .backup import fsync_folder, integrity_problems
from .engine import probe_key, raw_key_literal

REKEY_FILE = ".shelter-rekey.db"
REKEY_BUSY_TIMEOUT_MS = 3_000  # a writer elsewhere finishes its short transaction in this time
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# Pragmas stored in the file header that sqlcipher_export does not carry over.
HEADER_PRAGMAS = ("user_version", "application_id")

Step = Callable[[str], None]


def rekey_path(database: Path) -> Path:
    return database.with_name(REKEY_FILE)


def remove_rekey_leftovers(database: Path) -> bool:
    """Delete a half-written re-keyed copy (and its side files); True when there was one."""
    found = False
    target = rekey_path(database)
    for suffix in ("", *SIDE_SUFFIXES):
        path = Path(f"{target}{suffix}")
        if path.exists():
            path.unlink()
            found = True
    if found:
        fsync_folder(database.parent)
    return found


def opens_with(path: Path, key: bytes) -> bool:
    """True when ``key`` opens the shelter database at ``path`` (reads page 1 only)."""
    try:
        probe_key(path, key)
    except CannotOpenDatabase:
        return False
    return True


def _connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    connection.execute(f"PRAGMA busy_timeout = {REKEY_BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def _tables(connection: sqlcipher3.Connection, schema: str) -> list[str]:
    rows = connection.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0 "
        "ORDER BY name"
    ).fetchall()
    return [row[0] for row in rows]


def row_counts(connection: sqlcipher3.Connection, schema: str = "main") -> dict[str, int]:
    return {
        table: connection.execute(f'SELECT count(*) FROM {schema}."{table}"').fetchone()[0]
        for table in _tables(connection, schema)
    }


def _leave_wal(connection: sqlcipher3.Connection, database: Path) -> None:
    """Checkpoint everything into the file and switch it to DELETE journal mode; raise
    DatabaseInUse when another connection holds the file open."""
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlcipher3.OperationalError:  # "database is locked": another connection has it
        raise DatabaseInUse() from None
    if busy or str(mode).lower() != "delete":
        raise DatabaseInUse()
    wal = Path(f"{database}-wal")
    if wal.exists() and wal.stat().st_size > 0:  # pragma: no cover - SQLite removed it above
        raise DatabaseInUse()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def rekey_database(
    database: Path, old_key: bytes, new_key: bytes, step: Step | None = None
) -> None:
    """Replace ``database`` (old key) by a verified copy encrypted with ``new_key``.

    The caller must have closed every connection of this process to the file. On any error
    before the rename the live file is unchanged apart from its journal mode (the next open
    switches it back to WAL), the partial copy is removed, and the error is raised.
    ``step(name)`` is called as the phases start: "export", "verify", "swap".
    """
    if len(new_key) != 32 or new_key == old_key:
        raise ValueError("a new 32-byte key is needed")
    say = step or (lambda _name: None)
    target = rekey_path(database)
    remove_rekey_leftovers(database)
    source = _connect(database, old_key)
    try:
        try:
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise CannotOpenDatabase() from exc
        _leave_wal(source, database)
        say("export")
        source.execute(
            "ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), raw_key_literal(new_key))
        )
        source.execute("BEGIN IMMEDIATE")  # nobody writes until the copy is renamed in place
        source.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
        for pragma in HEADER_PRAGMAS:
            value = int(source.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            source.execute(f"PRAGMA rekeyed.{pragma} = {value}")
        expected = row_counts(source, "main")
        copied = row_counts(source, "rekeyed")
        source.execute("COMMIT")
        source.execute("DETACH DATABASE rekeyed")
        # Keep the write lock on the live file until just before the rename, so nobody slips
        # in a write that the copy would not have.
        source.execute("BEGIN IMMEDIATE")
        if copied != expected:
            differing = sorted(t for t in expected if copied.get(t) != expected[t])
            raise DatabaseDamaged(problem=f"copy differs in {', '.join(differing[:3])}")
        _fsync(target)
        fsync_folder(database.parent)
        say("verify")
        _verify_copy(target, new_key, expected)
        say("swap")
        source.execute("ROLLBACK")
    except BaseException:
        try:
            source.close()
        finally:
            remove_rekey_leftovers(database)
        raise
    source.close()
    for suffix in ("-wal", "-shm"):
        side = Path(f"{database}{suffix}")
        if side.exists() and side.stat().st_size > 0 and suffix == "-wal":
            remove_rekey_leftovers(database)
            raise DatabaseInUse()
        side.unlink(missing_ok=True)
    os.replace(target, database)
    fsync_folder(database.parent)


def _verify_copy(target: Path, key: bytes, expected: dict[str, int]) -> None:
    problems = integrity_problems(target, key)
    if problems:
        raise DatabaseDamaged(problem="; ".join(problems[:3]))
    probe_key(target, key)
    connection = _connect(target, key)
    try:
        counts = row_counts(connection)
        mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        connection.close()
    if counts != expected:
        raise DatabaseDamaged(problem="the new copy has different row counts")
    if str(mode).lower() == "wal":  # pragma: no cover - the attached copy is never in WAL
        raise DatabaseDamaged(problem="the new copy is in WAL mode")
