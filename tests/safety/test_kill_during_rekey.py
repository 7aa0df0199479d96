"""A ``kill -9`` during a database key change never leaves a database no key opens (issue 6
item 4).

The parent builds two shelters with a couple of thousand synthetic residents: one whose key is
kept in a credential store (a file-backed stand-in for the OS one, shared with the child), one
with no usable store, where the person types the recovery key at each start. For each kill it
copies one of them, starts tests/safety/rekey_child.py (which changes the key through the real
KeyChangeService and prints each step), and SIGKILLs it: either a random delay into the measured
run, or just after a chosen step began plus a random part of that step, so that kills land in
every phase, including right before and right after the rename.

After each kill, before anything is repaired, the parent checks the keys the app would try (the
current and pending entries of the store, or the old and the newly shown recovery key) and that
at least one of them opens the file: the database is never openable by neither key. Before the
``swap`` step the old key must open it; once ``promote`` was printed, the new one. Then it
unlocks the way the app does (ShelterAccess, which finishes or undoes the interrupted change)
and checks both integrity checks and the foreign key check, every resident, the audit chain
against the head kept outside the database, that no marker, pending key or half-written copy is
left, and that a pre-change backup under its final name is whole and opens with the old key.
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
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from shelter_desktop.domain.key_change import KEY_CHANGE_MARKER, STEPS
from shelter_desktop.domain.recovery_key import format_recovery_key, parse_recovery_key
from shelter_desktop.domain.residents import search_key
from shelter_desktop.services.key_change import key_that_opens, keys_to_try, pending_key_id
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.audit_log import verify_chain
from shelter_desktop.storage.backup import integrity_problems
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import ResidentRow
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.storage.rekey import opens_with, rekey_database, rekey_path
from shelter_desktop.storage.settings_file import AppSettings

from ..conftest import ADMIN_PASSWORD, create_shelter
from .rekey_child import PASSWORD_VARIABLE, RECOVERY_VARIABLE, FileKeyring

KILLS = 36  # at least 30, half with a credential store, half without
RESIDENTS = 2000
TIME_BUDGET_S = 60.0
CHILD_TIMEOUT_S = 30.0
REPO_ROOT = Path(__file__).resolve().parents[2]
PHASES = ("before", "opened", *[step for step, _ in STEPS], "returned")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")

Resident = tuple[int, str, str, str]


@dataclass
class Template:
    root: Path
    keyring_file: Path | None  # None: no usable credential store
    recovery_key: str
    expected: dict[int, Resident]


@dataclass
class Kill:
    phase: str  # the last step the child began before it died
    shown: str | None  # the new recovery key shown to the person, if it was
    lines: list[str]


def _residents(database: ShelterDatabase) -> dict[int, Resident]:
    with database.session() as session:
        rows = session.execute(
            select(ResidentRow.id, ResidentRow.case_number, ResidentRow.name_khmer,
                   ResidentRow.name_latin)
        ).all()
    return {row[0]: tuple(row) for row in rows}  # type: ignore[misc]


def _add_residents(database: ShelterDatabase) -> None:
    with database.session() as session, session.begin():
        for number in range(1, RESIDENTS + 1):
            name = f"Rekey Test {number}"
            session.add(
                ResidentRow(
                    case_number=f"TS-2026-{number:05d}",
                    name_khmer=f"សុខា {number}",
                    name_latin=name,
                    name_latin_key=search_key(name),
                    alias=None,
                    sex="female",
                    birth_date_estimated=False,
                    nationality="Cambodian",
                    admission_date=date(2026, 1 + number % 12, 1),
                    status="active",
                    risk_level="low",
                    created_at=datetime(2026, 1, 1),
                    updated_at=datetime(2026, 1, 1),
                )
            )


def _build(root: Path, with_keyring: bool) -> Template:
    keyring_file = root / "keyring.json" if with_keyring else None
    backend = FileKeyring(keyring_file) if keyring_file else fail.Keyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        shelter = create_shelter(DataDir(root / "data"), KeyStore(backend))
        try:
            _add_residents(shelter.services.database)
            expected = _residents(shelter.services.database)
        finally:
            shelter.close()
    finally:
        keyring.set_keyring(previous)
    assert len(expected) == RESIDENTS
    assert not Path(f"{root / 'data' / 'shelter.db'}-wal").exists(), "template not checkpointed"
    return Template(root, keyring_file, shelter.recovery_key, expected)


def _run_and_kill(
    template: Template, run_root: Path, env: dict[str, str], target: str | None, delay: float
) -> Kill:
    """Start the child on a copy of the template; SIGKILL it ``delay`` seconds after it printed
    the line for ``target`` (``None``: after it was spawned)."""
    command = [sys.executable, "-m", "tests.safety.rekey_child", "--data", str(run_root / "data")]
    if template.keyring_file:
        command += ["--keyring", str(run_root / "keyring.json")]
    stderr_path = run_root / "child.err"
    with open(stderr_path, "wb") as stderr:
        child = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=stderr, bufsize=0,
        )
    assert child.stdout is not None
    buffer = b""
    if target is not None:
        deadline = time.monotonic() + CHILD_TIMEOUT_S
        with selectors.DefaultSelector() as selector:
            selector.register(child.stdout, selectors.EVENT_READ)
            while f"\n{target}\n".encode() not in b"\n" + buffer:  # a whole line
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
                        f"child stopped (exit {child.returncode}) before {target}: "
                        f"{stderr_path.read_text(errors='replace')[-2000:]}"
                    )
                buffer += chunk
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    buffer += child.stdout.read()
    child.stdout.close()
    if child.wait() != -signal.SIGKILL:
        pytest.fail(f"the child ended by itself: {stderr_path.read_text(errors='replace')[-2000:]}")
    lines = buffer.decode("utf-8").split("\n")[:-1]
    phase = "before"
    shown = None
    for line in lines:
        if line == "starting":
            phase = "opened"
        elif line.startswith("shown "):
            shown = line.split(" ", 1)[1]
        elif line.startswith("step "):
            phase = line.split(" ", 1)[1]
        elif line == "done":
            phase = "returned"
    return Kill(phase, shown, lines)


def _keys_the_app_would_try(template: Template, run_root: Path, kill: Kill) -> list[bytes]:
    if template.keyring_file:
        keystore = KeyStore(FileKeyring(run_root / "keyring.json"))
        database_id = AppSettings.load(run_root / "data" / "settings.json").database_id
        return keys_to_try(keystore, database_id, keystore.load(database_id).key)
    # No credential store: the person has the old recovery key and, once shown, the new one.
    keys = [parse_recovery_key(template.recovery_key)]
    if kill.shown:
        keys.append(parse_recovery_key(kill.shown))
    return keys


def _verify(template: Template, run_root: Path, kill: Kill) -> str:
    """Check what the killed child left; return "old" or "new": the key that opens it."""
    data = DataDir(run_root / "data")
    old_key = parse_recovery_key(template.recovery_key)
    new_key = parse_recovery_key(kill.shown) if kill.shown else None
    keys = _keys_the_app_would_try(template, run_root, kill)
    opening = key_that_opens(data, keys)
    assert opening is not None, "NO key the app would try opens the database"
    step_index = PHASES.index(kill.phase)
    if step_index < PHASES.index("swap"):
        assert opening == old_key, "the old key must open it until the rename"
    if step_index >= PHASES.index("promote"):
        assert new_key is not None and opening == new_key, "after the rename the new key opens it"
        assert not opens_with(data.database, old_key)
    assert not integrity_problems(data.database, opening), "damaged after a kill"
    # Unlock the way the app does: it finishes or undoes the interrupted change.
    if template.keyring_file:
        backend = FileKeyring(run_root / "keyring.json")
        access = ShelterAccess(data, KeyStore(backend))
        database = access.open_with_keyring()
    else:
        access = ShelterAccess(data, KeyStore(fail.Keyring()))
        database = access.open_with_recovery_key(format_recovery_key(opening), remember=False)
    try:
        assert database.key == opening
        assert _residents(database) == template.expected, "residents lost or changed"
        with database.session() as session:
            report = verify_chain(session, access.outside_head())
        assert report.ok, f"audit chain: {report.problems}"
    finally:
        database.close()
    assert not integrity_problems(data.database, opening), "damaged after the unlock"
    settings = AppSettings.load(data.settings)
    assert KEY_CHANGE_MARKER not in settings.extra, "the key change marker was left behind"
    assert not rekey_path(data.database).exists(), "a half-written copy was left behind"
    if template.keyring_file:
        keystore = KeyStore(FileKeyring(run_root / "keyring.json"))
        assert keystore.load(settings.database_id).key == opening, "keyring not settled"
        assert keystore.load(pending_key_id(settings.database_id)).key is None
    for backup in data.backups.glob("*.db"):
        assert opens_with(backup, old_key), f"{backup.name} does not open with the old key"
        assert not integrity_problems(backup, old_key), f"{backup.name} is damaged"
    return "old" if opening == old_key else "new"


@pytest.mark.slow
def test_kill_9_during_key_change_never_locks_the_database(tmp_path: Path) -> None:
    seed = int(os.environ.get("SHELTER_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    templates = [_build(tmp_path / "with-keyring", True), _build(tmp_path / "no-keyring", False)]
    envs = []
    for template in templates:
        env = dict(os.environ, **{PASSWORD_VARIABLE: ADMIN_PASSWORD})
        env[RECOVERY_VARIABLE] = template.recovery_key
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never the machine's
        envs.append(env)

    def fresh(template: Template, run: str) -> Path:
        run_root = tmp_path / f"run-{run}"
        shutil.copytree(template.root, run_root)
        return run_root

    # Measure the run once per template (from "starting" to "done"), to aim random kills.
    windows = []
    for index, template in enumerate(templates):
        run_root = fresh(template, f"calibrate-{index}")
        started = time.monotonic()
        kill = _run_and_kill(template, run_root, envs[index], "done", 0.0)
        windows.append(time.monotonic() - started)
        assert kill.phase == "returned", kill.lines
        assert _verify(template, run_root, kill) == "new"
        shutil.rmtree(run_root)

    targets = ["starting", *[f"step {step}" for step, _ in STEPS]]
    landed: Counter[str] = Counter()
    outcome: Counter[str] = Counter()
    started = time.monotonic()
    kills = 0
    while kills < KILLS:
        if kills >= 30 and time.monotonic() - started > TIME_BUDGET_S:
            break
        index = kills % 2
        template = templates[index]
        run_root = fresh(template, str(kills))
        choice = (kills // 2) % (len(targets) + 2)
        if choice < len(targets):  # just after a chosen step began
            target: str | None = targets[choice]
            delay = rng.uniform(0.0, 0.004)  # most steps take a few ms; the rename less
        elif choice == len(targets):  # before or while opening
            target, delay = None, rng.uniform(0.0, 0.4)
        else:  # anywhere in the measured run
            target, delay = "starting", rng.uniform(0.0, windows[index] * 1.1)
        kill = _run_and_kill(template, run_root, envs[index], target, delay)
        kills += 1
        landed[kill.phase] += 1
        try:
            outcome[_verify(template, run_root, kill)] += 1
        except AssertionError as exc:
            raise AssertionError(
                f"after kill {kills} (seed {seed}, rerun with SHELTER_KILL_SEED; "
                f"{'credential store' if template.keyring_file else 'no credential store'}, "
                f"target {target}, delay {delay * 1000:.1f} ms, died in {kill.phase}, "
                f"output {kill.lines[:1] + [ln for ln in kill.lines if not ln.startswith('shown')]}"
                f"): {exc}"
            ) from exc
        shutil.rmtree(run_root)
    elapsed = time.monotonic() - started
    by_phase = ", ".join(f"{phase} {landed[phase]}" for phase in PHASES if landed[phase])
    summary = (
        f"kill -9 during key change (seed {seed}): {kills} kills in {elapsed:.1f} s; died in: "
        f"{by_phase}; afterwards the old key opened it {outcome['old']} times, the new key "
        f"{outcome['new']} times, neither 0 times; {RESIDENTS} residents and the audit chain "
        f"verified each time; runs {windows[0] * 1000:.0f} / {windows[1] * 1000:.0f} ms"
    )
    print(summary)
    assert kills >= 30, summary
    assert outcome["old"] and outcome["new"], summary
    for phase in ("backup", "export", "verify", "promote"):
        assert landed[phase], f"no kill landed in {phase}: {summary}"


def test_the_checks_notice_a_database_no_key_opens(tmp_path: Path) -> None:
    """The kills are only worth running if the check fails when no key the app has opens it."""
    template = _build(tmp_path / "template", False)
    run_root = tmp_path / "run"
    shutil.copytree(template.root, run_root)
    rekey_database(run_root / "data" / "shelter.db", parse_recovery_key(template.recovery_key),
                   bytes(range(32)))
    lost = Kill("export", None, [])  # the new key was never shown: nobody has it
    with pytest.raises(AssertionError, match="NO key"):
        _verify(template, run_root, lost)
