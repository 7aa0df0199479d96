"""A ``kill -9`` during a schema migration loses nothing (issue 6 item 4, DESIGN.md section 4).

The parent builds a database at revision 0001 holding a couple of thousand residents (enough
rows that the upgrade takes a measurable time), starts tests/safety/migration_child.py, which
opens it with ShelterDatabase.open (backup under data/backups, then every migration in one
transaction), and SIGKILLs it after a random delay aimed inside the measured migration window.
After each kill the parent checks that the key still opens the database, that SQLCipher's and
SQLite's integrity checks and the foreign key check pass, that the schema is exactly the
revision the database claims (never half of an upgrade), that every resident is there with
its data, that a pre-upgrade backup under its final name is whole, and that opening it again
completes the upgrade with every resident still there.
"""

from __future__ import annotations

import os
import random
import selectors
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from shelter_desktop.storage import migrations
from shelter_desktop.storage.backup import integrity_problems, schema_revision
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.engine import make_engine, probe_key
from shelter_desktop.storage.paths import DataDir

from .migration_child import KEY_VARIABLE

KILLS = 15
RESIDENTS = 2000
OLD_REVISION = "0001"
CHILD_TIMEOUT_S = 30.0
REPO_ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")

Resident = tuple[int, str, str, str, str | None, str]
RESIDENT_COLUMNS = "id, case_number, name_khmer, name_latin, alias, admission_date"

# What each revision adds, as (kind, table, name) read from sqlite_master / pragma table_info:
# a database claiming a revision has everything up to it and nothing after it.
MARKERS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "0002": (
        ("table", "consent", ""),
        ("table", "document_content", ""),
        ("table", "vocational_milestone", ""),
        ("column", "resident", "alias_key"),
        ("column", "resident", "mosvy_number"),
        ("column", "counseling_note", "updated_at"),
        ("index", "resident", "ix_resident_alias_key"),
    ),
    "0003": (
        ("table", "resident_fts", ""),
        ("trigger", "resident", "resident_fts_insert"),
    ),
    "0004": (
        ("trigger", "audit_event", "audit_event_no_update"),
        ("trigger", "counseling_note", "signed_note_no_delete"),
        ("index", "audit_event", "ix_audit_event_entity"),
    ),
    "0005": (
        ("table", "reintegration", ""),
        ("table", "care_plan", ""),
        ("trigger", "care_plan", "care_plan_superseded_no_update"),
    ),
    "0006": (
        ("column", "resident", "exit_date"),
        ("index", "resident", "ix_resident_exit_date"),
        ("index", "resident", "ix_resident_admission_date"),
    ),
}


def _insert_residents(engine: Engine) -> None:
    rows = [
        {
            "case": f"TS-2025-{number:05d}",
            "khmer": f"សុខា {number}",
            "latin": f"Migration Test {number}",
            "key": f"migration test {number}",
            "alias": f"Ms Ánh {number}" if number % 3 else None,
            "admitted": f"2025-{1 + number % 12:02d}-{1 + number % 28:02d}",
        }
        for number in range(1, RESIDENTS + 1)
    ]
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO resident (case_number, name_khmer, name_latin, name_latin_key, alias,"
                " sex, birth_date_estimated, nationality, admission_date, status, risk_level,"
                " created_at, updated_at) VALUES (:case, :khmer, :latin, :key, :alias, 'female',"
                " 0, 'KH', :admitted, 'active', 'low', '2025-01-01 00:00:00',"
                " '2025-01-01 00:00:00')"
            ),
            rows,
        )


def _build_old_database(data: DataDir, key: bytes) -> None:
    data.ensure()
    engine = make_engine(data.database, key)
    try:
        config = migrations._config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, OLD_REVISION)
        _insert_residents(engine)
    finally:
        engine.dispose()


def _residents(engine: Engine) -> dict[int, Resident]:
    with engine.connect() as connection:
        rows = connection.execute(text(f"SELECT {RESIDENT_COLUMNS} FROM resident")).all()
    return {row[0]: tuple(row) for row in rows}  # type: ignore[misc]


def _schema(engine: Engine) -> set[tuple[str, str, str]]:
    found: set[tuple[str, str, str]] = set()
    with engine.connect() as connection:
        for kind, name, table in connection.execute(
            text("SELECT type, name, tbl_name FROM sqlite_master")
        ):
            found.add((kind, table if kind != "table" else name, "" if kind == "table" else name))
        for table in [name for kind, name, _ in list(found) if kind == "table"]:
            for column in connection.execute(text(f'PRAGMA table_info("{table}")')):
                found.add(("column", table, column[1]))
    return found


def _check_schema_matches(engine: Engine, revision: str) -> None:
    schema = _schema(engine)
    for marker_revision, markers in MARKERS.items():
        expected = marker_revision <= revision
        for marker in markers:
            assert (marker in schema) == expected, (
                f"database at revision {revision} {'lacks' if expected else 'already has'} "
                f"{marker} of revision {marker_revision}: a half-applied migration"
            )


@dataclass
class Kill:
    started: bool
    upgrading: bool  # the pre-upgrade backup was done and the migrations had begun
    migrated: bool
    delay: float


def _run_and_kill(
    command_line: list[str], env: dict[str, str], stderr_path: Path, delay: float, early: bool
) -> Kill:
    """Start the child; SIGKILL it ``delay`` seconds after it printed ``starting`` (or after it
    was spawned, when ``early``), and report what it had printed by then."""
    with open(stderr_path, "wb") as stderr:
        child = subprocess.Popen(
            command_line,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            bufsize=0,
        )
    assert child.stdout is not None
    buffer = b""
    if not early:
        deadline = time.monotonic() + CHILD_TIMEOUT_S
        with selectors.DefaultSelector() as selector:
            selector.register(child.stdout, selectors.EVENT_READ)
            while b"starting\n" not in buffer:
                if time.monotonic() > deadline:
                    child.kill()
                    child.wait()
                    pytest.fail(f"child hung: {stderr_path.read_text(errors='replace')[-2000:]}")
                if not selector.select(timeout=0.5):
                    continue
                chunk = os.read(child.stdout.fileno(), 65536)
                if not chunk:
                    child.wait()
                    pytest.fail(
                        f"child stopped before it started (exit {child.returncode}): "
                        f"{stderr_path.read_text(errors='replace')[-2000:]}"
                    )
                buffer += chunk
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    buffer += child.stdout.read()
    child.stdout.close()
    returncode = child.wait()
    if returncode != -signal.SIGKILL:
        pytest.fail(
            f"the child ended by itself (exit {returncode}) before it was killed: "
            f"{stderr_path.read_text(errors='replace')[-2000:]}"
        )
    lines = buffer.decode("utf-8").split("\n")[:-1]
    return Kill("starting" in lines, "upgrading" in lines, "migrated" in lines, delay)


def _timed_open(data: DataDir, key: bytes) -> float:
    started = time.monotonic()
    ShelterDatabase.open(data, key).close()
    return time.monotonic() - started


def _verify(data: DataDir, key: bytes, expected: dict[int, Resident]) -> str:
    """Check the database as the killed child left it; return the revision it is at."""
    probe_key(data.database, key)  # the key still opens it
    problems = integrity_problems(data.database, key)
    assert not problems, f"database damaged after a kill: {problems}"
    revision = schema_revision(data.database, key)
    assert revision in (OLD_REVISION, migrations.head_revision()), (
        f"the database claims revision {revision}: neither the old one nor head"
    )
    engine = make_engine(data.database, key)
    try:
        _check_schema_matches(engine, revision)
        assert _residents(engine) == expected, "residents lost or changed by a killed migration"
    finally:
        engine.dispose()
    for backup in sorted(data.backups.glob("before-upgrade-*.db")):
        problems = integrity_problems(backup, key)
        assert not problems, f"a damaged pre-upgrade backup under its final name: {problems}"
        assert schema_revision(backup, key) == OLD_REVISION, f"{backup.name}: wrong revision"
        backup_engine = make_engine(backup, key)
        try:
            assert _residents(backup_engine) == expected, f"{backup.name}: residents differ"
        finally:
            backup_engine.dispose()
    # Opening it again finishes the upgrade and keeps every resident.
    database = ShelterDatabase.open(data, key)
    try:
        assert migrations.current_revision(database.engine) == migrations.head_revision()
        _check_schema_matches(database.engine, migrations.head_revision())
        assert _residents(database.engine) == expected, "residents lost after the re-open"
        with database.engine.connect() as connection:
            missing = connection.execute(
                text("SELECT count(*) FROM resident WHERE alias IS NOT NULL AND alias_key = ''")
            ).scalar()
        assert missing == 0, f"{missing} aliases without their search key after the upgrade"
    finally:
        database.close()
    assert not integrity_problems(data.database, key), "damaged after the completing open"
    return revision


@pytest.mark.slow
def test_kill_9_during_migration_loses_nothing(tmp_path: Path) -> None:
    seed = int(os.environ.get("SHELTER_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    key = os.urandom(32)
    template = DataDir(tmp_path / "template")
    _build_old_database(template, key)
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{template.database}{suffix}").exists(), "template not checkpointed"
    engine = make_engine(template.database, key)
    try:
        expected = _residents(engine)
    finally:
        engine.dispose()
    assert len(expected) == RESIDENTS

    env = dict(os.environ, **{KEY_VARIABLE: key.hex()})
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never the machine's store

    def fresh(run: int) -> DataDir:
        data = DataDir(tmp_path / f"run-{run}")
        shutil.copytree(template.root, data.root)
        return data

    # Measure the window: a child run to completion, timed from "starting" to "migrated".
    calibration = fresh(-1)
    window = _timed_open(calibration, key)
    window = max(window, 0.005)

    before = in_backup = in_upgrade = after = 0
    at_old = at_head = backups_whole = partial_left = 0
    started = time.monotonic()
    for run in range(KILLS):
        data = fresh(run)
        early = run % 5 == 4  # some kills land before the child even starts its open
        delay = rng.uniform(0.0, 0.15) if early else rng.uniform(0.0, window * 1.2)
        command_line = [sys.executable, "-m", "tests.safety.migration_child"]
        command_line += ["--data", str(data.root)]
        kill = _run_and_kill(command_line, env, tmp_path / f"child-{run}.err", delay, early)
        if not kill.started:
            before += 1
        elif kill.migrated:
            after += 1
        elif kill.upgrading:
            in_upgrade += 1
        else:
            in_backup += 1
        backups_whole += len(list(data.backups.glob("before-upgrade-*.db")))
        partial_left += len(list(data.backups.glob(".before-upgrade-*.partial")))
        try:
            revision = _verify(data, key, expected)
        except AssertionError as exc:
            raise AssertionError(
                f"after kill {run + 1} of {KILLS} (seed {seed}, rerun with SHELTER_KILL_SEED; "
                f"delay {kill.delay * 1000:.1f} ms, window {window * 1000:.1f} ms; so far "
                f"{before} before the open, {in_backup} in the pre-upgrade backup, {in_upgrade} in "
                f"the migrations, {after} after them): {exc}"
            ) from exc
        at_old += revision == OLD_REVISION
        at_head += revision != OLD_REVISION
        shutil.rmtree(data.root)
    elapsed = time.monotonic() - started
    summary = (
        f"kill -9 during migration (seed {seed}): {KILLS} kills, {before} before the open, "
        f"{in_backup} in the pre-upgrade backup, {in_upgrade} in the migrations, {after} "
        f"after them; left at {OLD_REVISION}: {at_old}, at head: "
        f"{at_head}; {backups_whole} whole pre-upgrade backups and {partial_left} .partial "
        f"left; {RESIDENTS} residents verified each time; window {window * 1000:.0f} ms, "
        f"{elapsed:.1f} s"
    )
    print(summary)
    assert before + in_backup + in_upgrade + after == KILLS, summary
    assert in_backup + in_upgrade >= 1, f"no kill landed inside the open: {summary}"


def test_the_checks_notice_a_half_schema_and_a_lost_resident(tmp_path: Path) -> None:
    """The kills are only worth running if the checks fail on a half upgrade or a lost row."""
    key = os.urandom(32)
    data = DataDir(tmp_path / "data")
    _build_old_database(data, key)
    engine = make_engine(data.database, key)
    try:
        expected = _residents(engine)
        _check_schema_matches(engine, OLD_REVISION)
        with pytest.raises(AssertionError, match="half-applied"):
            _check_schema_matches(engine, migrations.head_revision())
        with engine.begin() as connection:  # half of 0002: one of its tables, no columns
            connection.execute(text("CREATE TABLE consent (id INTEGER PRIMARY KEY)"))
        with pytest.raises(AssertionError, match="already has"):
            _check_schema_matches(engine, OLD_REVISION)
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE consent"))
            connection.execute(text("DELETE FROM resident WHERE id = :id"), {"id": min(expected)})
    finally:
        engine.dispose()
    with pytest.raises(AssertionError, match="residents lost"):
        _verify(data, key, expected)
