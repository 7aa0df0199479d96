"""Acknowledged writes survive ``kill -9`` (issue 6 item 4, DESIGN.md section 4).

A writer child process (tests/safety/writer.py) writes residents and note autosaves through
the real services and prints an acknowledgement after each committed call; every other child
also takes backups between writes. The parent kills it with SIGKILL at a random moment, reopens
the database and checks that every acknowledged record is there with the acknowledged content,
that SQLCipher's and SQLite's integrity checks and the foreign key check pass, that the audit
chain verifies against the head kept outside the database, and that a backup under its final
name is always a whole, healthy copy (a half-written one only ever exists as ``.partial``).
"""

from __future__ import annotations

import hashlib
import os
import random
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.backup import integrity_problems
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import AuditEventRow, CounselingNoteRow, ResidentRow
from shelter_desktop.storage.paths import DataDir

from ..conftest import STAFF_PASSWORD, Shelter
from .writer import KEY_VARIABLE, PASSWORD_VARIABLE, intake

KILLS = 50
MAX_ACKS = 15
MAX_DELAY_S = 0.030
CHILD_TIMEOUT_S = 30.0
REPO_ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")


@dataclass
class Acknowledged:
    """Everything the children acknowledged, over all runs."""

    residents: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> (case, sha)
    notes: dict[int, tuple[int, str]] = field(default_factory=dict)  # id -> (length, sha)

    def take(self, line: str) -> None:
        parts = line.split()
        if parts[:2] == ["ACK", "resident"]:
            self.residents[int(parts[2])] = (parts[3], parts[4])
        elif parts[:2] == ["ACK", "note"]:
            note_id, length = int(parts[2]), int(parts[3])
            previous = self.notes.get(note_id)
            assert previous is None or previous[0] < length, f"autosave went back: {line}"
            self.notes[note_id] = (length, parts[4])

    def count(self) -> int:
        return len(self.residents) + len(self.notes)


@dataclass
class Run:
    lines: list[str]
    acks: int
    killed_in_backup: bool


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _run_and_kill(
    command: list[str], env: dict[str, str], stderr_path: Path, rng: random.Random
) -> Run:
    """Start the writer, wait for a random number of acknowledgements, wait a random few ms
    more, SIGKILL it, and return every complete line it wrote (the ones after the count too:
    they were acknowledged as well)."""
    target = rng.randint(1, MAX_ACKS)
    delay = rng.uniform(0.0, MAX_DELAY_S)
    with open(stderr_path, "wb") as stderr:
        child = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr, bufsize=0
        )
    assert child.stdout is not None
    buffer = b""
    deadline = time.monotonic() + CHILD_TIMEOUT_S
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        while buffer.count(b"\nACK ") + buffer.startswith(b"ACK ") < target:
            if time.monotonic() > deadline:
                child.kill()
                child.wait()
                pytest.fail(f"writer hung: {stderr_path.read_text(errors='replace')[-2000:]}")
            if not selector.select(timeout=0.5):
                continue
            chunk = os.read(child.stdout.fileno(), 65536)
            if not chunk:
                child.wait()
                pytest.fail(
                    f"writer stopped by itself (exit {child.returncode}): "
                    f"{stderr_path.read_text(errors='replace')[-2000:]}"
                )
            buffer += chunk
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    buffer += child.stdout.read()  # whatever it printed before it died: acknowledged too
    child.stdout.close()
    assert child.wait() == -signal.SIGKILL, "the writer ended before it was killed"
    complete = buffer.decode("utf-8").split("\n")[:-1]  # a cut-off last line is no ack
    starts = sum(1 for line in complete if line.startswith("BACKUP start"))
    dones = sum(1 for line in complete if line.startswith("BACKUP done"))
    acks = sum(1 for line in complete if line.startswith("ACK "))
    return Run(complete, acks, starts > dones)


@dataclass
class Findings:
    """What one check after a kill saw that is allowed, counted for the summary."""

    head_lagged: bool  # the kill fell between a commit and the settings write of the chain head
    partial_backup_left: bool  # the kill fell inside a backup: only the temporary file remains


def _verify(
    data: DataDir, recovery_key: str, acknowledged: Acknowledged, backup: Path
) -> Findings:
    """Check the database and the backup target as the killed child left them."""
    access = ShelterAccess(data, KeyStore())
    database = access.open_with_recovery_key(recovery_key, remember=False, record_unlock=False)
    try:
        problems = integrity_problems(data.database, database.key)
        assert not problems, f"database damaged after a kill: {problems}"

        with database.session() as session:
            residents = {
                row.id: (row.case_number, row.name_latin)
                for row in session.execute(
                    select(ResidentRow.id, ResidentRow.case_number, ResidentRow.name_latin)
                )
            }
            notes = {
                row.id: row.presenting_issues
                for row in session.execute(
                    select(CounselingNoteRow.id, CounselingNoteRow.presenting_issues)
                )
            }
            last_event = session.scalar(select(func.max(AuditEventRow.id))) or 0
        cases = [case for case, _ in residents.values()]
        assert len(cases) == len(set(cases)), "two residents share a case number"
        for resident_id, (case, sha) in acknowledged.residents.items():
            assert resident_id in residents, f"acknowledged resident {resident_id} lost"
            assert residents[resident_id][0] == case, f"resident {resident_id}: case changed"
            assert _sha(residents[resident_id][1]) == sha, f"resident {resident_id}: name changed"
        for note_id, (length, sha) in acknowledged.notes.items():
            assert note_id in notes, f"acknowledged note {note_id} lost"
            text = notes[note_id]
            assert len(text) >= length, f"note {note_id}: acknowledged autosave lost"
            assert _sha(text[:length]) == sha, f"note {note_id}: acknowledged text changed"

        outside = access.outside_head()
        report = Services(access, database).audit.verify(None, outside)
        assert report.ok, f"audit chain after a kill: {report.problems}"
        lagged = outside is not None and outside.event_id < last_event

        if backup.exists():
            problems = integrity_problems(backup, database.key)
            assert not problems, f"a damaged backup was left under its final name: {problems}"
        partial = backup.with_name(f".{backup.name}.partial").exists()
        return Findings(lagged, partial)
    finally:
        database.close()


@pytest.mark.slow
def test_acknowledged_writes_survive_kill_9(shelter: Shelter, tmp_path: Path) -> None:
    seed = int(os.environ.get("SHELTER_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    data = shelter.access.data_dir
    shelter.close()  # the children write; the parent only reopens between kills
    backup = tmp_path / "backups" / "shelter-backup.db"
    env = dict(
        os.environ,
        **{KEY_VARIABLE: shelter.recovery_key, PASSWORD_VARIABLE: STAFF_PASSWORD},
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # never the machine's store
    )
    acknowledged = Acknowledged()
    in_backup = lagged = partial = 0
    started = time.monotonic()
    for run in range(KILLS):
        command = [sys.executable, "-m", "tests.safety.writer", "--data", str(data.root)]
        command += ["--run", str(run)]
        if run % 2:
            command += ["--backup-to", str(backup), "--backup-every", "2"]
        result = _run_and_kill(command, env, tmp_path / f"writer-{run}.err", rng)
        for line in result.lines:
            acknowledged.take(line)
        in_backup += result.killed_in_backup
        try:
            findings = _verify(data, shelter.recovery_key, acknowledged, backup)
        except AssertionError as exc:
            raise AssertionError(
                f"after kill {run + 1} of {KILLS} (seed {seed}, rerun with SHELTER_KILL_SEED; "
                f"{acknowledged.count()} acknowledged records so far, last writer output "
                f"{result.lines[-3:]}): {exc}"
            ) from exc
        lagged += findings.head_lagged
        partial += result.killed_in_backup and findings.partial_backup_left
    elapsed = time.monotonic() - started
    summary = (
        f"kill -9 harness (seed {seed}): {KILLS} kills, {in_backup} during a backup "
        f"({partial} of them left a .partial file), "
        f"{acknowledged.count()} acknowledged records verified "
        f"({len(acknowledged.residents)} residents, {len(acknowledged.notes)} notes), "
        f"outside audit head behind the database after {lagged} kills, {elapsed:.1f} s"
    )
    print(summary)
    assert acknowledged.count() >= KILLS, summary
    assert backup.exists(), f"no backup ever completed: {summary}"


def test_the_check_notices_a_lost_or_changed_record(shelter: Shelter) -> None:
    """The harness is only worth its kills if its check fails when a record is missing."""
    counselor = shelter.users[Role.COUNSELOR]
    made = shelter.services.residents.create(counselor, intake(0, 1, date.today())).value
    data = shelter.access.data_dir
    shelter.close()
    backup = data.root / "no-backup.db"
    good = Acknowledged(residents={made.id: (made.case_number, _sha(made.name_latin))})
    _verify(data, shelter.recovery_key, good, backup)
    lost = Acknowledged(residents={made.id + 1: ("TS-2026-9999", _sha("Nobody"))})
    with pytest.raises(AssertionError, match="lost"):
        _verify(data, shelter.recovery_key, lost, backup)
    changed = Acknowledged(residents={made.id: (made.case_number, _sha("Someone else"))})
    with pytest.raises(AssertionError, match="name changed"):
        _verify(data, shelter.recovery_key, changed, backup)
    note = Acknowledged(notes={1: (5, _sha("calm "))})
    with pytest.raises(AssertionError, match="note 1 lost"):
        _verify(data, shelter.recovery_key, note, backup)
