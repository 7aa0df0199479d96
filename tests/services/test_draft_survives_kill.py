"""A counselor's draft survives the process being killed: every autosave that was acknowledged
(committed) is still there after SIGKILL at a random moment, and the database stays healthy.

The writer is a real child process (tests/services/draft_writer.py) that opens the encrypted
test database with the recovery key, signs in and autosaves a growing Khmer text, printing an
acknowledgement after each commit. The parent kills it after a random number of
acknowledgements plus a random few milliseconds (so the kill often lands inside a write), then
reopens the database and checks the draft and both integrity checks and the audit chain.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD
from factories import add_resident

from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.backup import integrity_problems
from shelter_desktop.storage.keystore import KeyStore

from .draft_writer import text_for

WRITER = Path(__file__).with_name("draft_writer.py")
RUNS = 10
TIME_BUDGET_S = 50.0  # stop early (after at least MIN_RUNS) rather than exceed a minute
MIN_RUNS = 3
CHILD_TIMEOUT_S = 20.0

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal"
)


def _run_and_kill(
    data_dir: Path, resident_id: int, recovery_key: str, kill_after: int, delay_s: float
) -> tuple[int, int]:
    """Start the writer, kill it after ``kill_after`` acknowledgements and ``delay_s`` more
    seconds; return the last acknowledged (note id, step)."""
    env = dict(os.environ)
    env.update(
        SHELTER_RECOVERY_KEY=recovery_key,
        SHELTER_USER="counselor",
        SHELTER_PASSWORD=STAFF_PASSWORD,
        # The child never needs the credential store (the key comes from the environment).
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), str(resident_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    watchdog = threading.Timer(CHILD_TIMEOUT_S, child.kill)
    watchdog.start()
    last: tuple[int, int] | None = None
    acks = 0
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ACK "):
                _, note_id, step = line.split()
                last = (int(note_id), int(step))
                acks += 1
                if acks >= kill_after:
                    time.sleep(delay_s)
                    child.send_signal(signal.SIGKILL)
                    break
    finally:
        watchdog.cancel()
        child.wait(timeout=CHILD_TIMEOUT_S)
    stderr = child.stderr.read() if child.stderr else ""
    assert last is not None and acks >= kill_after, (
        f"the writer stopped after {acks} acknowledgements:\n{stderr[-2000:]}"
    )
    assert child.returncode == -signal.SIGKILL, stderr[-2000:]
    return last


def test_a_killed_writer_keeps_every_acknowledged_autosave(shelter, data_dir) -> None:  # type: ignore[no-untyped-def]
    recovery_key = shelter.recovery_key
    counselor = shelter.users[Role.COUNSELOR]
    resident = add_resident(
        shelter.services.database, admission_date=date.today() - timedelta(days=20)
    )
    shelter.services.close()  # the children write alone; the parent only reads in between

    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    started = time.monotonic()
    runs = 0
    drafts: list[int] = []
    while runs < RUNS and (runs < MIN_RUNS or time.monotonic() - started < TIME_BUDGET_S):
        kill_after = rng.randint(2, 40)
        delay_s = rng.uniform(0.0, 0.02)
        note_id, step = _run_and_kill(data_dir.root, resident, recovery_key, kill_after, delay_s)
        runs += 1
        context = f"seed {seed}, run {runs}: killed after ACK {step} (+{delay_s * 1000:.1f} ms)"

        access = ShelterAccess(data_dir, KeyStore())
        database = access.open_with_recovery_key(recovery_key, remember=False)
        services = Services(access, database)
        try:
            note = services.notes.read(counselor, note_id)
            saved_step = int(note.plan.removeprefix("after step "))
            assert saved_step >= step, context
            # The whole draft is one consistent autosave: text and plan of the same step.
            assert note.observations == text_for(saved_step), context
            assert note.is_draft, context
            drafts.append(note_id)
            offered = [d.id for d in services.notes.my_drafts(counselor, resident)]
            assert sorted(offered) == sorted(drafts), context
            chain = services.audit.verify(None, access.outside_head())
            assert chain.ok, f"{context}: {chain.problems}"
            key = database.key
        finally:
            services.close()
        assert integrity_problems(data_dir.database, key) == [], context

    assert runs >= MIN_RUNS
