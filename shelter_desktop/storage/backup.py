"""Encrypted copies of the database with the SQLite online backup API (DESIGN.md section 5).

The copy uses the same key, is written under a temporary name, fsynced, verified by opening it
and running both integrity checks, and only then renamed into place.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import datetime
from pathlib import Path

import sqlcipher3

from ..domain.errors import DatabaseDamaged
from .engine import raw_key_literal

# Scheduled and manual backups: shelter-YYYYMMDD-HHMMSS.db, the time in UTC.
BACKUP_NAME = re.compile(r"^shelter-(\d{8})-(\d{6})(?:-(\d{1,3}))?\.db$")
SIDE_FILES = ("", "-wal", "-shm")


def _keyed(path: Path, key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(path), check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    return connection


def integrity_problems(path: Path, key: bytes) -> list[str]:
    """Run SQLCipher's page HMAC check, SQLite's integrity check and the foreign key check;
    return what they report (empty when healthy). Each runs on its own, so one that stops on
    damage does not hide what the others would find."""
    checks = (
        ("PRAGMA cipher_integrity_check", lambda rows: [row[0] for row in rows]),
        ("PRAGMA integrity_check", lambda rows: [r[0] for r in rows if r[0] != "ok"]),
        (
            "PRAGMA foreign_key_check",
            lambda rows: [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in rows],
        ),
    )
    problems: list[str] = []
    for pragma, describe in checks:
        connection = _keyed(path, key)
        try:
            problems.extend(describe(connection.execute(pragma).fetchall()))
        except sqlcipher3.DatabaseError as exc:
            problems.append(f"{pragma.split()[1]}: {exc}")
        finally:
            connection.close()
    return problems


def backup_database(source: Path, key: bytes, target: Path) -> None:
    """Copy ``source`` to ``target`` (same key), verified, atomically; raise if the copy is bad."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.partial")
    for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
        leftover.unlink(missing_ok=True)
    source_connection = _keyed(source, key)
    target_connection = _keyed(temporary, key)
    try:
        source_connection.backup(target_connection)
        target_connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        target_connection.close()
        source_connection.close()
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    problems = integrity_problems(temporary, key)
    if problems:
        temporary.unlink(missing_ok=True)
        raise DatabaseDamaged(problem="; ".join(problems[:3]))
    os.replace(temporary, target)
    fsync_folder(target.parent)


def backup_file_name(taken_at: datetime) -> str:
    return taken_at.strftime("shelter-%Y%m%d-%H%M%S.db")


def free_backup_path(folder: Path, taken_at: datetime) -> Path:
    """Where a backup taken at ``taken_at`` goes: ``shelter-YYYYMMDD-HHMMSS.db``, or with
    ``-2``, ``-3``, ... when a backup of that second is already there (two backups in one
    second must never replace each other)."""
    first = folder / backup_file_name(taken_at)
    if not first.exists():
        return first
    stem = first.name.removesuffix(".db")
    for number in range(2, 1000):
        candidate = folder / f"{stem}-{number}.db"
        if not candidate.exists():
            return candidate
    raise FileExistsError(first)


def backup_time(name: str) -> datetime | None:
    """The (naive UTC) time in a backup file name, or None for any other file."""
    match = BACKUP_NAME.match(name)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None


def database_size(path: Path) -> int:
    """Bytes of the database and its write-ahead log (an upper bound for a copy's size)."""
    return sum(Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists())


def schema_revision(path: Path, key: bytes) -> str | None:
    """The Alembic revision stored in the database at ``path`` (read only)."""
    connection = _keyed(path, key)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return row[0] if row else None


def fsync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def copy_durably(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` under a temporary name, fsync it, then rename it in place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.partial")
    try:
        with open(source, "rb") as reader, open(temporary, "wb") as writer:
            shutil.copyfileobj(reader, writer, 1024 * 1024)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    fsync_folder(target.parent)


def move_database_aside(database: Path, target: Path) -> None:
    """Rename the database file and its -wal/-shm together to ``target`` (never deletes them)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in SIDE_FILES:
        current = Path(f"{database}{suffix}")
        if current.exists():
            os.replace(current, Path(f"{target}{suffix}"))
    fsync_folder(target.parent)
    fsync_folder(database.parent)
