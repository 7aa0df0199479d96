"""The child process of the kill -9 harness: writes records through the real services and
acknowledges each one on stdout only after the service call returned (it is committed).

Run as ``python -m tests.safety.writer --data DIR --run N [--backup-to FILE]`` from the
repository root, with the recovery key in ``SHELTER_TEST_RECOVERY_KEY`` and the counselor's
password in ``SHELTER_TEST_PASSWORD``. Output lines (one per event, flushed at once)::

    READY
    ACK resident <id> <case_number> <sha256 of name_latin>
    ACK note <id> <length of presenting_issues> <sha256 of presenting_issues>
    BACKUP start <n> / BACKUP done <n>

The records are synthetic; nothing here is anyone's personal data. The writer loops until it
is killed (the parent sends SIGKILL); ``--limit`` stops it on its own, for trying it by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from datetime import date, timedelta
from pathlib import Path

from argon2 import PasswordHasher

from shelter_desktop.domain.case_file import ConsentInput, ResidentIntake
from shelter_desktop.domain.notes import NoteDraft
from shelter_desktop.services import passwords
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.backup import backup_database
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir

KEY_VARIABLE = "SHELTER_TEST_RECOVERY_KEY"
PASSWORD_VARIABLE = "SHELTER_TEST_PASSWORD"
USERNAME = "counselor"
NOTE_WORD = "calm "  # the draft grows by one word per autosave, so any later state extends it


def checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def note_text(words: int) -> str:
    return NOTE_WORD * words


def acknowledge(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def letters(value: int) -> str:
    """A number spelled in letters (names may not contain digits): 0 -> "a", 27 -> "bb"."""
    spelled = ""
    while True:
        value, digit = divmod(value, 26)
        spelled = chr(ord("a") + digit) + spelled
        if not value:
            return spelled.capitalize()


def intake(run: int, number: int, today: date) -> ResidentIntake:
    admitted = today - timedelta(days=30)
    return ResidentIntake(
        name_khmer="សុខ ស្រីពៅ",
        name_latin=f"Kill Test {letters(run)} {letters(number)}",
        sex="female",
        birth_year=today.year - 17,
        admission_date=admitted,
        consents=(ConsentInput("care_and_records", True, "resident", admitted),),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--run", required=True, type=int)
    parser.add_argument("--backup-to", type=Path)
    parser.add_argument("--backup-every", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)

    # The same cheap argon2 parameters as the test suite: otherwise signing in would re-hash the
    # test account with the production parameters (slow, in every child).
    passwords._HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)

    access = ShelterAccess(DataDir(args.data), KeyStore())
    database = access.open_with_recovery_key(os.environ[KEY_VARIABLE], remember=False)
    services = Services(access, database)
    counselor = services.auth.sign_in(USERNAME, os.environ[PASSWORD_VARIABLE])
    acknowledge("READY")

    today = date.today()
    resident_id: int | None = None
    note_id: int | None = None
    words = 0
    backups = 0
    number = 0
    while not args.limit or number < args.limit:
        number += 1
        if resident_id is None or number % 4 == 1:
            made = services.residents.create(counselor, intake(args.run, number, today)).value
            resident_id, note_id = made.id, None
            acknowledge(f"ACK resident {made.id} {made.case_number} {checksum(made.name_latin)}")
        elif note_id is None:
            words = 1
            draft = NoteDraft(session_date=today, presenting_issues=note_text(words))
            note_id = services.notes.start_draft(counselor, resident_id, draft).id
            acknowledge(f"ACK note {note_id} {len(draft.presenting_issues)} "
                        f"{checksum(draft.presenting_issues)}")
        else:
            words += 1
            draft = NoteDraft(session_date=today, presenting_issues=note_text(words))
            services.notes.autosave(counselor, note_id, draft)
            acknowledge(f"ACK note {note_id} {len(draft.presenting_issues)} "
                        f"{checksum(draft.presenting_issues)}")
        if args.backup_to is not None and number % args.backup_every == 0:
            backups += 1
            acknowledge(f"BACKUP start {backups}")
            backup_database(access.data_dir.database, database.key, args.backup_to)
            acknowledge(f"BACKUP done {backups}")
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
