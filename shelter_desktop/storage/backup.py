"""Encrypted copies of the database with the SQLite online backup API (DESIGN.md section 5).

The copy uses the same key, is written under a temporary name, fsynced, verified by opening it
and running both integrity checks, and only then renamed into place.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from ..domain.errors import DatabaseDamaged
from .engine import raw_key_literal


def _keyed(path: Path, key: bytes) -> "sqlcipher3.Connection":
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
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(target.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
