"""Child process of test_draft_survives_kill: types a growing counseling note into a draft.

Usage: python draft_writer.py DATA_DIR RESIDENT_ID, with SHELTER_RECOVERY_KEY, SHELTER_USER and
SHELTER_PASSWORD in the environment (never on the command line). Prints ``READY`` once signed
in, then ``ACK <note id> <step>`` after each autosave has committed; the parent kills it with
SIGKILL at a moment of its choosing.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

# A passage with Khmer (stacked subscripts), emoji and a newline: grows by one every step.
CHUNK = "ស្ត្រីនិយាយអំពីសាលារៀន និងការគេង 🙂 step\n"
MAX_STEPS = 1000


def text_for(step: int) -> str:
    """The draft's text after ``step`` autosaves (a prefix of every later one)."""
    return "".join(f"{n:04d} {CHUNK}" for n in range(step))


def main() -> int:
    data_dir, resident_id = Path(sys.argv[1]), int(sys.argv[2])
    # Same cheap argon2 parameters as tests/conftest.py, so signing in neither costs the
    # production hash nor rehashes the parent's password with it.
    from argon2 import PasswordHasher

    from shelter_desktop.services import passwords

    passwords._HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)

    from shelter_desktop.domain.notes import NoteDraft
    from shelter_desktop.services.container import Services
    from shelter_desktop.services.shelter_access import ShelterAccess
    from shelter_desktop.storage.keystore import KeyStore
    from shelter_desktop.storage.paths import DataDir

    access = ShelterAccess(DataDir(data_dir), KeyStore())
    database = access.open_with_recovery_key(os.environ["SHELTER_RECOVERY_KEY"], remember=False)
    services = Services(access, database)
    user = services.auth.sign_in(os.environ["SHELTER_USER"], os.environ["SHELTER_PASSWORD"])
    print("READY", flush=True)

    def draft(step: int) -> NoteDraft:
        return NoteDraft(session_date=date.today(), duration_minutes=45,
                         observations=text_for(step), plan=f"after step {step}")

    note = services.notes.start_draft(user, resident_id, draft(0))
    print(f"ACK {note.id} 0", flush=True)
    for step in range(1, MAX_STEPS):
        services.notes.autosave(user, note.id, draft(step))
        print(f"ACK {note.id} {step}", flush=True)
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
